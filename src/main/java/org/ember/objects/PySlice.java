package org.ember.objects;

/** slice: start, stop and step of an extended index. */
public final class PySlice extends PyObject {
    private static final PyStr S_DOC = PyStr.immortal("slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2]).");
    public static final PyType TYPE = PyType.builtin("slice", PySlice.class, PySlice::define);

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        super(TYPE);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    private static void define(PyType t) {
        t.doc(S_DOC.value);
        t.tp_new = (type, args, kw) -> {
            ArgParser.noKeywords("slice", kw);
            ArgParser.checkPositional("slice", args.length, 1, 3);
            if (args.length == 1) {
                return new PySlice(Py.None, args[0], Py.None);
            }
            return new PySlice(args[0], args[1], args.length > 2 ? args[2] : Py.None);
        };
        t.tp_repr = self -> {
            PySlice s = (PySlice) self;
            return PyStr.of("slice(" + Abstract.reprJava(s.start) + ", " + Abstract.reprJava(s.stop) + ", "
                    + Abstract.reprJava(s.step) + ")");
        };
        t.tp_hash = HeapSlots.HASH_NOT_IMPLEMENTED;
        t.tp_richcompare = (a, b, op) -> {
            if (!(a instanceof PySlice x) || !(b instanceof PySlice y)) {
                return Py.NotImplemented;
            }
            if (a == b) {
                return Py.bool(op == CompareOp.EQ || op == CompareOp.LE || op == CompareOp.GE);
            }
            return Abstract.richCompare(PyTuple.of(x.start, x.stop, x.step), PyTuple.of(y.start, y.stop, y.step), op);
        };
        t.getset("start", self -> ((PySlice) self).start);
        t.getset("stop", self -> ((PySlice) self).stop);
        t.getset("step", self -> ((PySlice) self).step);
        t.method1("indices", (self, len) -> {
            PyInt n = Abstract.index(len);
            if (n.signum() < 0) {
                throw Err.value("length should not be negative");
            }
            java.math.BigInteger[] r = Slices.longIndices((PySlice) self, n.bigValue());
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
        });
        t.method0("__reduce__", self -> {
            PySlice s = (PySlice) self;
            return PyTuple.of(TYPE, PyTuple.of(s.start, s.stop, s.step));
        });
    }
}
