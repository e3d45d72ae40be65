package org.ember.objects;

/** Python complex: a pair of doubles. Python methods live in {@link ComplexMethods}. */
public class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.builtin("complex", PyComplex.class, ComplexMethods::define);

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        super(TYPE);
        this.real = real;
        this.imag = imag;
    }

    protected PyComplex(PyType type, double real, double imag) {
        super(type);
        this.real = real;
        this.imag = imag;
    }

    /** a ** b for two complex values (CPython's complex_pow without the modulo argument). */
    public static PyComplex pow(PyComplex a, PyComplex b) {
        return ComplexMethods.power(a.real, a.imag, b.real, b.imag);
    }

    @Override
    public String toString() {
        return ComplexMethods.repr(real, imag);
    }

    /** Instances of Python subclasses of complex. */
    public static final class Derived extends PyComplex implements Instance {
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type, double real, double imag) {
            super(type, real, imag);
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
