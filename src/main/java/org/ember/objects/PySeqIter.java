package org.ember.objects;

/** iterator: iterates an object with __getitem__ by index until IndexError or StopIteration. */
public final class PySeqIter extends PyObject {
    public static final PyType TYPE = PyType.builtin("iterator", PySeqIter.class, PySeqIter::define);

    private PyObject seq;
    private long index;

    public PySeqIter(PyObject seq) {
        super(TYPE);
        this.seq = seq;
    }

    private static void define(PyType t) {
        t.flags(PyType.DISALLOW_INSTANTIATION);
        t.tp_iter = self -> self;
        t.tp_iternext = self -> {
            PySeqIter it = (PySeqIter) self;
            if (it.seq == null) {
                return null;
            }
            if (it.index == Long.MAX_VALUE) {
                throw Err.overflow("iter index too large");
            }
            try {
                PyObject r = Abstract.getItem(it.seq, PyInt.of(it.index));
                it.index++;
                return r;
            } catch (PyException e) {
                if (e.matches(PyExc.IndexError) || e.matches(PyExc.StopIteration)) {
                    it.seq = null;
                    return null;
                }
                throw e;
            }
        };
        t.method0("__length_hint__", self -> {
            PySeqIter it = (PySeqIter) self;
            if (it.seq == null) {
                return PyInt.ZERO;
            }
            if (it.seq.type.sq_length != null) {
                long n = Abstract.length(it.seq) - it.index;
                return PyInt.of(Math.max(0, n));
            }
            return Py.NotImplemented;
        });
        t.method0("__reduce__", self -> {
            PySeqIter it = (PySeqIter) self;
            PyObject iterFn = Builtins.builtin("iter");
            if (it.seq == null) {
                return PyTuple.of(iterFn, PyTuple.of(PyTuple.EMPTY));
            }
            return PyTuple.of(iterFn, PyTuple.of(it.seq), PyInt.of(it.index));
        });
        t.method1("__setstate__", (self, state) -> {
            PySeqIter it = (PySeqIter) self;
            if (it.seq != null) {
                it.index = Math.max(0, Abstract.asLong(state));
            }
            return Py.None;
        });
    }
}
