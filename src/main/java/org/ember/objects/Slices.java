package org.ember.objects;

/** Index and slice arithmetic shared by the sequence types (CPython's PySlice_Unpack/AdjustIndices). */
public final class Slices {
    private Slices() {}

    /** Normalizes an index for a sequence of length n, or -1 if out of range. */
    public static long normIndex(PyObject key, long n) {
        long i = Abstract.asSsize(key, PyExc.IndexError);
        if (i < 0) {
            i += n;
        }
        return i < 0 || i >= n ? -1 : i;
    }

    /** start, stop, step and slice length for a slice over a sequence of length n. */
    public record Bounds(long start, long stop, long step, long length) {}

    /** _PyEval_SliceIndex: an index clamped to the long range. */
    private static long sliceIndex(PyObject v) {
        if (v instanceof PyInt i) {
            return i.isSmall() ? i.longValue() : (i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
        }
        if (!Abstract.hasIndex(v)) {
            throw Err.type("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.asSsize(v, null);
    }

    private static java.math.BigInteger evalIndex(PyObject v) {
        if (!Abstract.hasIndex(v)) {
            throw Err.type("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.index(v).bigValue();
    }

    /** start, stop, step for a sequence of any length (_PySlice_GetLongIndices). */
    public static java.math.BigInteger[] longIndices(PySlice s, java.math.BigInteger length) {
        java.math.BigInteger step;
        if (s.step == Py.None) {
            step = java.math.BigInteger.ONE;
        } else {
            step = evalIndex(s.step);
            if (step.signum() == 0) {
                throw Err.value("slice step cannot be zero");
            }
        }
        boolean neg = step.signum() < 0;
        java.math.BigInteger lower = neg ? java.math.BigInteger.ONE.negate() : java.math.BigInteger.ZERO;
        java.math.BigInteger upper = neg ? length.add(lower) : length;
        java.math.BigInteger start = s.start == Py.None ? (neg ? upper : lower) : clamp(evalIndex(s.start), length, lower, upper);
        java.math.BigInteger stop = s.stop == Py.None ? (neg ? lower : upper) : clamp(evalIndex(s.stop), length, lower, upper);
        return new java.math.BigInteger[] {start, stop, step};
    }

    private static java.math.BigInteger clamp(java.math.BigInteger i, java.math.BigInteger length,
            java.math.BigInteger lower, java.math.BigInteger upper) {
        if (i.signum() < 0) {
            i = i.add(length);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

    public static Bounds bounds(PySlice s, long n) {
        long step;
        if (s.step == Py.None) {
            step = 1;
        } else {
            step = sliceIndex(s.step);
            if (step == 0) {
                throw Err.value("slice step cannot be zero");
            }
            if (step < -Long.MAX_VALUE) {
                step = -Long.MAX_VALUE;
            }
        }
        long start;
        long stop;
        if (s.start == Py.None) {
            start = step < 0 ? Long.MAX_VALUE : 0;
        } else {
            start = sliceIndex(s.start);
        }
        if (s.stop == Py.None) {
            stop = step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else {
            stop = sliceIndex(s.stop);
        }
        if (start < 0) {
            start += n;
            if (start < 0) {
                start = step < 0 ? -1 : 0;
            }
        } else if (start >= n) {
            start = step < 0 ? n - 1 : n;
        }
        if (stop < 0) {
            stop += n;
            if (stop < 0) {
                stop = step < 0 ? -1 : 0;
            }
        } else if (stop >= n) {
            stop = step < 0 ? n - 1 : n;
        }
        long len;
        if (step < 0) {
            len = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        } else {
            len = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return new Bounds(start, stop, step, len);
    }

    public static PyException indexError(String what) {
        return Err.index("%s index out of range", what);
    }

    public static PyException indicesError(String what, PyObject key) {
        return Err.type("%s indices must be integers or slices, not %s", what, Err.tn(key));
    }
}
