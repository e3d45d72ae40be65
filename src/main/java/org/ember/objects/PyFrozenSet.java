package org.ember.objects;

/**
 * Python frozenset: an immutable, hashable {@link PyAnySet}. The empty frozenset made by
 * {@code frozenset()} is an immortal singleton. Operations live in {@link SetMethods}.
 */
public class PyFrozenSet extends PyAnySet {
    public static final PyType TYPE = PyType.builtin("frozenset", PyFrozenSet.class, SetMethods::defineFrozenSet);
    /** The immortal empty frozenset. */
    public static final PyFrozenSet EMPTY = new PyFrozenSet(TYPE);

    protected PyFrozenSet(PyType type) {
        super(type);
    }

    /** frozenset(iterable): the same object for an exact frozenset, the singleton when empty. */
    public static PyFrozenSet of(PyObject iterable) {
        if (iterable.type == TYPE) {
            return (PyFrozenSet) iterable;
        }
        PyFrozenSet s = new PyFrozenSet(TYPE);
        SetMethods.update(s, iterable);
        return s.used == 0 ? EMPTY : s;
    }

    /** A frozenset of the given items (e.g. compiler constants), added in order. */
    public static PyFrozenSet ofItems(PyObject... items) {
        if (items.length == 0) {
            return EMPTY;
        }
        PyFrozenSet s = new PyFrozenSet(TYPE);
        for (PyObject o : items) {
            s.addEntry(o, Abstract.hash(o));
        }
        return s;
    }

    @Override
    public boolean isImmortal() {
        return this == EMPTY;
    }

    /** hash(self), cached. */
    public final long hashValue() {
        long h = hash;
        if (h == -1) {
            h = computeHash();
            hash = h;
        }
        return h;
    }

    /** item in self. */
    public final boolean contains(PyObject item) {
        return SetMethods.contains(this, item);
    }

    /** Instances of Python subclasses of frozenset. */
    public static final class Derived extends PyFrozenSet implements Instance {
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
