package org.ember.objects;

/** reversed(sequence): iterates a sequence backwards by index (or calls its __reversed__). */
public class PyReversed extends PyObject {
    public static final PyType TYPE = PyType.builtin("reversed", PyReversed.class, PyReversed::define);
    private static final PyStr S_REVERSED = PyStr.immortal("__reversed__");

    private PyObject seq;
    private long index;

    protected PyReversed(PyType type, PyObject seq, long index) {
        super(type);
        this.seq = seq;
        this.index = index;
    }

    /** reversed(seq) as the builtin does. */
    public static PyObject of(PyObject seq) {
        return reversedNew(TYPE, new PyObject[] {seq}, null);
    }

    private PyObject next() {
        if (index >= 0 && seq != null) {
            try {
                PyObject item = Abstract.getItem(seq, PyInt.of(index));
                index--;
                return item;
            } catch (PyException e) {
                if (!e.matches(PyExc.IndexError) && !e.matches(PyExc.StopIteration)) {
                    throw e;
                }
            }
        }
        index = -1;
        seq = null;
        return null;
    }

    private static PyObject reversedNew(PyType type, PyObject[] args, String[] kw) {
        if (type == TYPE || (kw != null && kw.length > 0 && type.tp_init == TYPE.tp_init)) {
            ArgParser.noKeywords("reversed", kw);
        }
        int npos = args.length - (kw == null ? 0 : kw.length);
        ArgParser.checkPositional("reversed", npos, 1, 1);
        PyObject seq = args[0];
        PyObject meth = seq.type.lookup(S_REVERSED);
        if (meth == Py.None) {
            throw Err.type("'%s' object is not reversible", Err.tn(seq));
        }
        if (meth != null) {
            return Abstract.callBound(meth, seq);
        }
        if (!Abstract.isSequence(seq)) {
            throw Err.type("'%s' object is not reversible", Err.tn(seq));
        }
        long n = Abstract.length(seq);
        return type == TYPE ? new PyReversed(TYPE, seq, n - 1) : new Derived(type, seq, n - 1);
    }

    private static void define(PyType t) {
        t.flags(PyType.BASETYPE);
        t.doc("Return a reverse iterator over the values of the given sequence.");
        t.tp_new = PyReversed::reversedNew;
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyReversed) self).next();
        t.method0("__length_hint__", self -> {
            PyReversed r = (PyReversed) self;
            if (r.seq == null) {
                return PyInt.ZERO;
            }
            long n = Abstract.length(r.seq);
            long pos = r.index + 1;
            return PyInt.of(n < pos ? 0 : pos);
        });
        t.method0("__reduce__", self -> {
            PyReversed r = (PyReversed) self;
            if (r.seq != null) {
                return PyTuple.of(self.type, PyTuple.of(r.seq), PyInt.of(r.index));
            }
            return PyTuple.of(self.type, PyTuple.of(PyTuple.EMPTY));
        });
        t.method1("__setstate__", (self, state) -> {
            PyReversed r = (PyReversed) self;
            long i = Abstract.asSsize(state, PyExc.OverflowError);
            if (r.seq != null) {
                long n = Abstract.length(r.seq);
                r.index = i < -1 ? -1 : Math.min(i, n - 1);
            }
            return Py.None;
        });
    }

    /** Instances of Python subclasses of reversed. */
    public static final class Derived extends PyReversed implements Instance {
        private PyDict dict;
        private final PyObject[] slots;

        Derived(PyType type, PyObject seq, long index) {
            super(type, seq, index);
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
