package org.ember.objects;

/**
 * Algorithms shared by the sequence types: lexicographic comparison, repetition, index
 * clamping, argument conversion and length hints.
 */
public final class Sequences {
    private Sequences() {}

    private static final PyStr S_LENGTH_HINT = PyStr.immortal("__length_hint__");

    /** Lexicographic rich comparison of two object arrays (tuple richcompare). */
    public static PyObject compare(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op) {
        if (na != nb && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return Py.bool(op == CompareOp.NE);
        }
        int i = 0;
        for (; i < na && i < nb; i++) {
            if (!Abstract.richCompareBool(a[i], b[i], CompareOp.EQ)) {
                break;
            }
        }
        if (i >= na || i >= nb) {
            return Py.bool(op.fromCompare(Integer.compare(na, nb)));
        }
        if (op == CompareOp.EQ) {
            return Py.False;
        }
        if (op == CompareOp.NE) {
            return Py.True;
        }
        return Abstract.richCompare(a[i], b[i], op);
    }

    /** list richcompare: like {@link #compare} but re-reading the lists (they may change while comparing). */
    public static PyObject compareLists(PyList v, PyList w, CompareOp op) {
        if (v.size != w.size && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return Py.bool(op == CompareOp.NE);
        }
        int i = 0;
        for (; i < v.size && i < w.size; i++) {
            PyObject x = v.items[i];
            PyObject y = w.items[i];
            if (x == y) {
                continue;
            }
            if (!Abstract.richCompareBool(x, y, CompareOp.EQ)) {
                break;
            }
        }
        if (i >= v.size || i >= w.size) {
            return Py.bool(op.fromCompare(Integer.compare(v.size, w.size)));
        }
        if (op == CompareOp.EQ) {
            return Py.False;
        }
        if (op == CompareOp.NE) {
            return Py.True;
        }
        return Abstract.richCompare(v.items[i], w.items[i], op);
    }

    public static PyObject[] repeat(PyObject[] a, int n, long count) {
        if (count <= 0 || n == 0) {
            return PyList.NONE;
        }
        if ((long) n * count > Integer.MAX_VALUE - 8) {
            throw Err.memory();
        }
        int total = (int) (n * count);
        PyObject[] r = new PyObject[total];
        if (n == 1) {
            java.util.Arrays.fill(r, a[0]);
            return r;
        }
        System.arraycopy(a, 0, r, 0, n);
        int done = n;
        while (done < total) {
            int chunk = Math.min(done, total - done);
            System.arraycopy(r, 0, r, done, chunk);
            done += chunk;
        }
        return r;
    }

    /** start/stop arguments of index() clamped to [0, n] as CPython's _PyEval_SliceIndexNotNone. */
    public static long[] clampRange(PyObject start, PyObject stop, long n) {
        long s = sliceIndex(start);
        long e = sliceIndex(stop);
        if (s < 0) {
            s = Math.max(0, s + n);
        }
        if (e < 0) {
            e = Math.max(0, e + n);
        }
        return new long[] {s, Math.min(e, n)};
    }

    /** A slice index (_PyEval_SliceIndex): clamped to the long range; TypeError for non-integers. */
    public static long sliceIndex(PyObject v) {
        if (!Abstract.hasIndex(v)) {
            throw Err.type("slice indices must be integers or have an __index__ method");
        }
        return Abstract.asSsize(v, null);
    }

    /** A Py_ssize_t argument (Argument Clinic's converter): OverflowError when it does not fit. */
    public static long asSsizeT(PyObject v) {
        PyInt i = Abstract.index(v);
        if (!i.isSmall()) {
            throw Err.overflow("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    /** operator.length_hint / PyObject_LengthHint: len(o), else o.__length_hint__(), else dflt. */
    public static long lengthHint(PyObject o, long dflt) {
        if (o.type.sq_length != null) {
            try {
                return Abstract.length(o);
            } catch (PyException e) {
                if (!e.matches(PyExc.TypeError)) {
                    throw e;
                }
            }
        }
        PyObject hint = o.type.lookup(S_LENGTH_HINT);
        if (hint == null) {
            return dflt;
        }
        PyObject r;
        try {
            r = Abstract.callBound(hint, o);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                return dflt;
            }
            throw e;
        }
        if (r == Py.NotImplemented) {
            return dflt;
        }
        if (!(r instanceof PyInt ri)) {
            throw Err.type("__length_hint__ must be an integer, not %s", Err.tn(r));
        }
        if (!ri.isSmall()) {
            throw Err.overflow("Python int too large to convert to C ssize_t");
        }
        long n = ri.longValue();
        if (n < 0) {
            throw Err.value("__length_hint__() should return >= 0");
        }
        return n;
    }
}
