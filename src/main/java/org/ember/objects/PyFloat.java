package org.ember.objects;

/** Python float: an IEEE double. Python methods live in {@link FloatMethods}. */
public class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float", PyFloat.class, FloatMethods::define);

    public final double value;

    public PyFloat(double value) {
        super(TYPE);
        this.value = value;
    }

    protected PyFloat(PyType type, double value) {
        super(type);
        this.value = value;
    }

    public static PyFloat of(double v) {
        return new PyFloat(v);
    }

    @Override
    public String toString() {
        return FloatMethods.repr(value);
    }

    /** Instances of Python subclasses of float. */
    public static final class Derived extends PyFloat implements Instance {
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type, double value) {
            super(type, value);
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
