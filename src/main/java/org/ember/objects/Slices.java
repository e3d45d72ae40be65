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

    public static Bounds bounds(PySlice s, long n) {
        long step;
        if (s.step == Py.None) {
            step = 1;
        } else {
            step = Abstract.asSsize(s.step, null);
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
            start = Abstract.asSsize(s.start, null);
        }
        if (s.stop == Py.None) {
            stop = step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else {
            stop = Abstract.asSsize(s.stop, null);
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
