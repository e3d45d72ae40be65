package org.ember.objects;

import java.util.Arrays;
import java.util.List;

/**
 * Python list: a growable array. The backing array's length plays CPython's "allocated" and
 * grows and shrinks by CPython's list_resize policy (so {@code __sizeof__} agrees). Python
 * methods live in {@link ListMethods}.
 */
public class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", PyList.class, ListMethods::define);
    static final PyObject[] NONE = new PyObject[0];

    PyObject[] items;
    int size;

    public PyList() {
        super(TYPE);
        items = NONE;
    }

    protected PyList(PyType type) {
        super(type);
        items = NONE;
    }

    /** A list that takes ownership of the array. */
    public PyList(PyObject[] items) {
        super(TYPE);
        this.items = items;
        this.size = items.length;
    }

    /** A list of the first n items of the array (taking ownership of it). */
    public PyList(PyObject[] items, int n) {
        super(TYPE);
        this.items = items;
        this.size = n;
    }

    public PyList(List<? extends PyObject> items) {
        this(items.toArray(new PyObject[0]));
    }

    /** list(iterable) */
    public static PyList of(PyObject iterable) {
        PyList l = new PyList();
        ListMethods.initFrom(l, iterable);
        return l;
    }

    public final int size() {
        return size;
    }

    public final PyObject get(int i) {
        return items[i];
    }

    public final void set(int i, PyObject v) {
        items[i] = v;
    }

    public final void append(PyObject v) {
        int n = size;
        if (n == items.length) {
            resize(n + 1);
        } else {
            size = n + 1;
        }
        items[n] = v;
    }

    /**
     * Sets the size to newsize, reallocating by CPython's list_resize policy: over-allocate
     * by about 1/8 when growing; shrink when under half full. New slots are null.
     */
    final void resize(int newsize) {
        int allocated = items.length;
        if (allocated >= newsize && newsize >= (allocated >> 1)) {
            if (newsize < size) {
                Arrays.fill(items, newsize, size, null);
            }
            size = newsize;
            return;
        }
        long newAllocated = ((long) newsize + (newsize >> 3) + 6) & ~3L;
        if (newsize - size > newAllocated - newsize) {
            newAllocated = ((long) newsize + 3) & ~3L;
        }
        if (newsize == 0) {
            newAllocated = 0;
        }
        if (newAllocated > Integer.MAX_VALUE - 8) {
            throw Err.memory();
        }
        PyObject[] a = newAllocated == 0 ? NONE : new PyObject[(int) newAllocated];
        System.arraycopy(items, 0, a, 0, Math.min(size, newsize));
        items = a;
        size = newsize;
    }

    /** Allocates exactly room for n items (rounded up to even) in an empty list (list_preallocate_exact). */
    final void preallocateExact(long n) {
        n = (n + 1) & ~1L;
        if (n > Integer.MAX_VALUE - 8) {
            throw Err.memory();
        }
        items = new PyObject[(int) n];
    }

    /** A copy of the live elements. */
    public final PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces the whole contents (taking ownership of the array). */
    public final void setArray(PyObject[] a, int n) {
        items = a;
        size = n;
    }

    /** The backing array (length >= size); callers must not retain it across mutations. */
    public final PyObject[] backingArray() {
        return items;
    }

    /** del self[lo:hi] (list internals, not __delitem__). */
    public final void deleteRange(int lo, int hi) {
        ListMethods.assignSlice(this, lo, hi, null);
    }

    /** list.insert(index, item) */
    public final void insert(long index, PyObject item) {
        ListMethods.insert(this, index, item);
    }

    /** list.extend(iterable) */
    public final void extend(PyObject iterable) {
        ListMethods.extend(this, iterable);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(items[i]);
        }
        return sb.append(']').toString();
    }

    /** Instances of Python subclasses of list. */
    public static final class Derived extends PyList implements Instance {
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type) {
            super(type);
            this.slots = type.slotCount == 0 ? null : new PyObject[type.slotCount];
        }

        @Override
        public PyDict getDict() {
            return dict == null ? dict = new PyDict() : dict;
        }

        @Override
        public PyDict getDictOrNull() {
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }

        @Override
        public PyObject[] slotValues() {
            return slots;
        }
    }
}
