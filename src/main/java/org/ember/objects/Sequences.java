package org.ember.objects;

/** Algorithms shared by list and tuple: lexicographic comparison, repetition, index clamping. */
public final class Sequences {
    private Sequences() {}

    /** Lexicographic rich comparison of two object arrays (list/tuple richcompare). */
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

    public static PyObject[] repeat(PyObject[] a, int n, long count) {
        if (count <= 0 || n == 0) {
            return new PyObject[0];
        }
        if ((long) n * count > Integer.MAX_VALUE - 8) {
            throw Err.memory();
        }
        int total = (int) (n * count);
        PyObject[] r = new PyObject[total];
        for (int k = 0; k < total; k += n) {
            System.arraycopy(a, 0, r, k, n);
        }
        return r;
    }

    /** start/stop arguments of index() clamped to [0, n] as CPython's _PyEval_SliceIndexNotNone. */
    public static long[] clampRange(PyObject start, PyObject stop, long n) {
        long s = Abstract.asSsize(start, null);
        long e = Abstract.asSsize(stop, null);
        if (s < 0) {
            s = Math.max(0, s + n);
        }
        if (e < 0) {
            e = Math.max(0, e + n);
        }
        return new long[] {s, Math.min(e, n)};
    }
}
