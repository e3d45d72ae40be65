package org.ember.objects;

import java.math.BigInteger;

/** The immortal singletons and small conveniences used everywhere in Java code. */
public final class Py {
    private Py() {}

    public static final PyObject None = PyNone.NONE;
    public static final PyBool True = PyBool.TRUE;
    public static final PyBool False = PyBool.FALSE;
    public static final PyObject NotImplemented = PyNotImplemented.NOT_IMPLEMENTED;
    public static final PyObject Ellipsis = PyEllipsis.ELLIPSIS;
    public static final PyObject[] NO_ARGS = new PyObject[0];

    public static PyBool bool(boolean b) {
        return b ? PyBool.TRUE : PyBool.FALSE;
    }

    public static PyInt int_(long v) {
        return PyInt.of(v);
    }

    public static PyInt int_(BigInteger v) {
        return PyInt.of(v);
    }

    public static PyFloat float_(double v) {
        return new PyFloat(v);
    }

    public static PyStr str(String s) {
        return PyStr.of(s);
    }

    public static PyTuple tuple(PyObject... items) {
        return PyTuple.of(items);
    }
}
