package org.ember.objects;

/** Python tuple: an immutable array of objects. The empty tuple is an immortal singleton. */
public class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple", PyTuple.class, TupleMethods::define);
    public static final PyTuple EMPTY = new PyTuple(TYPE, new PyObject[0]);

    private final PyObject[] items;

    protected PyTuple(PyType type, PyObject[] items) {
        super(type);
        this.items = items;
    }

    /** A tuple that takes ownership of {@code items} (the caller must not modify the array afterwards). */
    public static PyTuple of(PyObject... items) {
        if (items.length == 0) {
            return EMPTY;
        }
        return new PyTuple(TYPE, items);
    }

    /** tuple(iterable): the same object for an exact tuple. */
    public static PyTuple fromIterable(PyObject iterable) {
        if (iterable.type == TYPE) {
            return (PyTuple) iterable;
        }
        return of(TupleMethods.sequenceTuple(iterable));
    }

    @Override
    public boolean isImmortal() {
        return this == EMPTY;
    }

    public final int size() {
        return items.length;
    }

    public final PyObject get(int i) {
        return items[i];
    }

    /** The backing array: callers must not modify it. */
    public final PyObject[] items() {
        return items;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(items[i]);
        }
        if (items.length == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }

    /** Instances of Python subclasses of tuple. */
    public static final class Derived extends PyTuple implements Instance {
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type, PyObject[] items) {
            super(type, items);
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
