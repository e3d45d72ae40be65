package org.ember.objects;

import java.util.Arrays;
import java.util.List;

/** Python list: a growable array. Python methods live in {@link ListMethods}. */
public class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", PyList.class, ListMethods::define);
    private static final PyObject[] NONE = new PyObject[0];

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

    public PyList(List<? extends PyObject> items) {
        this(items.toArray(new PyObject[0]));
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
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = v;
    }

    final void grow(int min) {
        int n = Math.max(min, size + (size >> 3) + (size < 9 ? 3 : 6));
        items = Arrays.copyOf(items, n);
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
