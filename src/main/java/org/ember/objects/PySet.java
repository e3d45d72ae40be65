package org.ember.objects;

/** Python set: a mutable {@link PyAnySet}. Operations live in {@link SetMethods}. */
public class PySet extends PyAnySet {
    public static final PyType TYPE = PyType.builtin("set", PySet.class, SetMethods::defineSet);

    public PySet() {
        super(TYPE);
    }

    protected PySet(PyType type) {
        super(type);
    }

    /** set(iterable) */
    public static PySet of(PyObject iterable) {
        PySet s = new PySet();
        SetMethods.update(s, iterable);
        return s;
    }

    /** Adds an item (PySet_Add): raises TypeError for unhashable items. */
    public final void add(PyObject item) {
        addEntry(item, Abstract.hash(item));
    }

    /** Adds all items of an iterable (set.update with one argument). */
    public final void addAll(PyObject iterable) {
        SetMethods.update(this, iterable);
    }

    /** item in self (with set.__contains__'s frozenset fallback for set items). */
    public final boolean contains(PyObject item) {
        return SetMethods.contains(this, item);
    }

    /** Removes item if present; true when it was. */
    public final boolean discard(PyObject item) {
        return SetMethods.discard(this, item);
    }

    /** Instances of Python subclasses of set. */
    public static final class Derived extends PySet implements Instance {
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
