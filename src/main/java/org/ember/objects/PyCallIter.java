package org.ember.objects;

/** callable_iterator: iter(callable, sentinel) calls callable until it returns sentinel. */
public final class PyCallIter extends PyObject {
    public static final PyType TYPE = PyType.builtin("callable_iterator", PyCallIter.class, PyCallIter::define);

    private PyObject callable;
    private PyObject sentinel;

    public PyCallIter(PyObject callable, PyObject sentinel) {
        super(TYPE);
        this.callable = callable;
        this.sentinel = sentinel;
    }

    private PyObject next() {
        PyObject c = callable;
        if (c == null) {
            return null;
        }
        PyObject r;
        try {
            r = Abstract.call(c, Py.NO_ARGS, null);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                callable = null;
                sentinel = null;
                return null;
            }
            throw e;
        }
        if (!Abstract.richCompareBool(sentinel, r, CompareOp.EQ)) {
            return r;
        }
        callable = null;
        sentinel = null;
        return null;
    }

    private static void define(PyType t) {
        t.flags(PyType.DISALLOW_INSTANTIATION);
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyCallIter) self).next();
        t.method0("__reduce__", self -> {
            PyCallIter it = (PyCallIter) self;
            PyObject iter = Builtins.builtin("iter");
            if (it.callable != null && it.sentinel != null) {
                return PyTuple.of(iter, PyTuple.of(it.callable, it.sentinel));
            }
            return PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY));
        });
    }
}
