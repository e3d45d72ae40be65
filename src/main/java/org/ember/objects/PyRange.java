package org.ember.objects;

import java.math.BigInteger;

/**
 * range: an immutable arithmetic sequence of ints (CPython's rangeobject.c). start, stop, step
 * and the length are ints of any size; membership, indexing, slicing, count and index are O(1)
 * for ints. Iteration uses range_iterator over Java longs when everything fits, otherwise
 * longrange_iterator.
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyRange.class, PyRange::define);

    public final PyInt start;
    public final PyInt stop;
    public final PyInt step;
    /** The number of items (may exceed a long). */
    public final PyInt length;

    private PyRange(PyInt start, PyInt stop, PyInt step, PyInt length) {
        super(TYPE);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = length;
    }

    /** range(start, stop, step); step must not be zero. */
    public static PyRange of(PyInt start, PyInt stop, PyInt step) {
        return new PyRange(start, stop, step, computeLength(start, stop, step));
    }

    public static PyRange of(long start, long stop, long step) {
        return of(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
    }

    // ---- arithmetic ---------------------------------------------------------------------

    private static BigInteger big(PyInt i) {
        return i.bigValue();
    }

    private static PyInt computeLength(PyInt start, PyInt stop, PyInt step) {
        if (start.isSmall() && stop.isSmall() && step.isSmall()) {
            long lo = start.value;
            long hi = stop.value;
            long st = step.value;
            if (st < 0) {
                lo = stop.value;
                hi = start.value;
            }
            if (lo >= hi) {
                return PyInt.ZERO;
            }
            // (hi - lo - 1) / |step| + 1, in unsigned arithmetic (the difference fits in 64 bits unsigned)
            long diff = hi - lo - 1;
            long ast = st < 0 ? -st : st; // Long.MIN_VALUE stays 2**63 as an unsigned divisor
            long q = Long.divideUnsigned(diff, ast);
            if (q >= 0 && q < Long.MAX_VALUE) {
                return PyInt.of(q + 1);
            }
            return PyInt.of(new BigInteger(Long.toUnsignedString(q)).add(BigInteger.ONE));
        }
        BigInteger lo = big(start);
        BigInteger hi = big(stop);
        BigInteger st = big(step);
        if (st.signum() < 0) {
            BigInteger t = lo;
            lo = hi;
            hi = t;
            st = st.negate();
        }
        if (lo.compareTo(hi) >= 0) {
            return PyInt.ZERO;
        }
        return PyInt.of(hi.subtract(lo).subtract(BigInteger.ONE).divide(st).add(BigInteger.ONE));
    }

    /** start + i * step (no bounds check). */
    private PyInt item(PyInt i) {
        if (i.isSmall() && start.isSmall() && step.isSmall()) {
            try {
                return PyInt.of(Math.addExact(start.value, Math.multiplyExact(i.value, step.value)));
            } catch (ArithmeticException e) {
                // fall through
            }
        }
        return PyInt.of(big(start).add(big(i).multiply(big(step))));
    }

    /** self[i] for an int index (compute_range_item). */
    PyInt getIndex(PyInt i) {
        if (i.isSmall() && length.isSmall()) {
            long idx = i.value;
            long n = length.value;
            if (idx < 0) {
                idx += n;
            }
            if (idx < 0 || idx >= n) {
                throw Err.index("range object index out of range");
            }
            return item(PyInt.of(idx));
        }
        BigInteger idx = big(i);
        BigInteger n = big(length);
        if (idx.signum() < 0) {
            idx = idx.add(n);
        }
        if (idx.signum() < 0 || idx.compareTo(n) >= 0) {
            throw Err.index("range object index out of range");
        }
        return item(PyInt.of(idx));
    }

    /** The length as a long, or OverflowError as len() does. */
    public long len() {
        if (!length.isSmall()) {
            throw Err.overflow("Python int too large to convert to C ssize_t");
        }
        return length.value;
    }

    private PyRange slice(PySlice s) {
        BigInteger[] r = Slices.longIndices(s, big(length));
        PyInt substep = PyInt.of(r[2].multiply(big(step)));
        return of(item(PyInt.of(r[0])), item(PyInt.of(r[1])), substep);
    }

    /** ob in self for an int ob (range_contains_long). */
    private boolean containsInt(PyInt ob) {
        if (ob.isSmall() && start.isSmall() && stop.isSmall() && step.isSmall()) {
            long v = ob.value;
            long st = step.value;
            if (st > 0 ? !(start.value <= v && v < stop.value) : !(stop.value < v && v <= start.value)) {
                return false;
            }
            BigInteger d = BigInteger.valueOf(v).subtract(BigInteger.valueOf(start.value));
            return d.mod(BigInteger.valueOf(st).abs()).signum() == 0;
        }
        BigInteger v = big(ob);
        BigInteger s0 = big(start);
        BigInteger s1 = big(stop);
        BigInteger st = big(step);
        boolean in = st.signum() > 0 ? s0.compareTo(v) <= 0 && v.compareTo(s1) < 0 : v.compareTo(s0) <= 0 && s1.compareTo(v) < 0;
        return in && v.subtract(s0).mod(st.abs()).signum() == 0;
    }

    private static boolean isIntLike(PyObject o) {
        return o.type == PyInt.TYPE || o.type == PyBool.TYPE;
    }

    public boolean contains(PyObject ob) {
        if (isIntLike(ob)) {
            return containsInt((PyInt) ob);
        }
        return Abstract.iterSearchContains(this, ob);
    }

    // ---- Python interface ---------------------------------------------------------------

    private static PyObject rangeNew(PyType type, PyObject[] args, String[] kw) {
        ArgParser.noKeywords("range", kw);
        switch (args.length) {
            case 1:
                return of(PyInt.ZERO, Abstract.index(args[0]), PyInt.ONE);
            case 2:
                return of(Abstract.index(args[0]), Abstract.index(args[1]), PyInt.ONE);
            case 3: {
                PyInt st = Abstract.index(args[2]);
                if (st.signum() == 0) {
                    throw Err.value("range() arg 3 must not be zero");
                }
                return of(Abstract.index(args[0]), Abstract.index(args[1]), st);
            }
            case 0:
                throw Err.type("range expected at least 1 argument, got 0");
            default:
                throw Err.type("range expected at most 3 arguments, got %d", args.length);
        }
    }

    private static PyObject getItem(PyObject self, PyObject key) {
        PyRange r = (PyRange) self;
        if (key instanceof PyInt i) {
            return r.getIndex(i);
        }
        if (key instanceof PySlice s) {
            return r.slice(s);
        }
        if (key.type.nb_index != null) {
            return r.getIndex(Abstract.index(key));
        }
        throw Err.type("range indices must be integers or slices, not %s", Err.tn(key));
    }

    private static boolean rangeEquals(PyRange a, PyRange b) {
        if (a == b) {
            return true;
        }
        if (!Abstract.eq(a.length, b.length)) {
            return false;
        }
        if (a.length.signum() == 0) {
            return true;
        }
        if (!Abstract.eq(a.start, b.start)) {
            return false;
        }
        if (a.length.isSmall() && a.length.value == 1) {
            return true;
        }
        return Abstract.eq(a.step, b.step);
    }

    private static long hash(PyObject self) {
        PyRange r = (PyRange) self;
        PyObject[] t = new PyObject[3];
        t[0] = r.length;
        if (r.length.signum() == 0) {
            t[1] = Py.None;
            t[2] = Py.None;
        } else if (r.length.isSmall() && r.length.value == 1) {
            t[1] = r.start;
            t[2] = Py.None;
        } else {
            t[1] = r.start;
            t[2] = r.step;
        }
        return Hashing.hashTuple(t, 3);
    }

    static PyObject repr(PyObject self) {
        PyRange r = (PyRange) self;
        if (r.step.isSmall() && r.step.value == 1) {
            return PyStr.of("range(" + Abstract.reprJava(r.start) + ", " + Abstract.reprJava(r.stop) + ")");
        }
        return PyStr.of("range(" + Abstract.reprJava(r.start) + ", " + Abstract.reprJava(r.stop) + ", "
                + Abstract.reprJava(r.step) + ")");
    }

    /** iter(range) or reversed(range): a long-based iterator when all values fit. */
    private static PyObject iterator(PyRange r, boolean reverse) {
        PyInt len = r.length;
        if (r.start.isSmall() && r.stop.isSmall() && r.step.isSmall() && len.isSmall()) {
            long lstart = r.start.value;
            long lstep = r.step.value;
            long n = len.value;
            if (!reverse) {
                long lstop = r.stop.value;
                boolean ok = n == 0 || (lstep > 0 ? lstop <= Long.MAX_VALUE - (lstep - 1) : lstop >= Long.MIN_VALUE + (-1 - lstep));
                if (ok) {
                    return new RangeIterator(lstart, lstep, n);
                }
            } else if (lstep != Long.MIN_VALUE) {
                try {
                    long newStop = Math.subtractExact(lstart, lstep);
                    long newStart = newStop + n * lstep;
                    return new RangeIterator(newStart, -lstep, n);
                } catch (ArithmeticException e) {
                    // long range
                }
            }
        }
        if (!reverse) {
            return new LongRangeIterator(big(r.start), big(r.step), big(len));
        }
        BigInteger st = big(r.step);
        BigInteger last = big(r.start).add(big(len).subtract(BigInteger.ONE).multiply(st));
        return new LongRangeIterator(last, st.negate(), big(len));
    }

    private static PyObject count(PyObject self, PyObject ob) {
        PyRange r = (PyRange) self;
        if (isIntLike(ob)) {
            return PyInt.of(r.containsInt((PyInt) ob) ? 1 : 0);
        }
        long n = 0;
        PyObject it = Abstract.iter(r);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (Abstract.richCompareBool(x, ob, CompareOp.EQ)) {
                n++;
            }
        }
        return PyInt.of(n);
    }

    private static PyObject index(PyObject self, PyObject ob) {
        PyRange r = (PyRange) self;
        if (isIntLike(ob)) {
            PyInt v = (PyInt) ob;
            if (r.containsInt(v)) {
                return PyInt.of(big(v).subtract(big(r.start)).divide(big(r.step)));
            }
            throw Err.value("%s is not in range", Abstract.reprJava(ob));
        }
        long i = 0;
        PyObject it = Abstract.iter(r);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (Abstract.richCompareBool(x, ob, CompareOp.EQ)) {
                return PyInt.of(i);
            }
            i++;
        }
        throw Err.value("sequence.index(x): x not in sequence");
    }

    private static void define(PyType t) {
        t.flags(PyType.SEQUENCE);
        t.doc("range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
                + "Return an object that produces a sequence of integers from start (inclusive)\n"
                + "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
                + "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
                + "These are exactly the valid indices for a list of 4 elements.\n"
                + "When step is given, it specifies the increment (or decrement).");
        t.tp_new = PyRange::rangeNew;
        t.tp_repr = PyRange::repr;
        t.tp_hash = PyRange::hash;
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyRange rb) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return Py.NotImplemented;
            }
            boolean eq = rangeEquals((PyRange) a, rb);
            return Py.bool(op == CompareOp.EQ ? eq : !eq);
        };
        t.tp_iter = self -> iterator((PyRange) self, false);
        t.sq_length = self -> ((PyRange) self).len();
        t.nb_bool = self -> ((PyRange) self).length.signum() != 0;
        t.mp_subscript = PyRange::getItem;
        t.sq_contains = (self, ob) -> ((PyRange) self).contains(ob);
        t.method0("__reversed__", self -> iterator((PyRange) self, true));
        t.method0("__reduce__", self -> {
            PyRange r = (PyRange) self;
            return PyTuple.of(TYPE, PyTuple.of(r.start, r.stop, r.step));
        });
        t.method1("count", PyRange::count);
        t.method1("index", PyRange::index);
        t.getset("start", self -> ((PyRange) self).start);
        t.getset("stop", self -> ((PyRange) self).stop);
        t.getset("step", self -> ((PyRange) self).step);
    }

    /** range_iterator: iterates start + i * step for i in [index, len) over Java longs. */
    public static final class RangeIterator extends PyObject {
        public static final PyType TYPE = PyType.builtin("range_iterator", RangeIterator.class, RangeIterator::define);

        private final long start;
        private final long step;
        private final long len;
        private long index;

        public RangeIterator(long start, long step, long len) {
            super(TYPE);
            this.start = start;
            this.step = step;
            this.len = len;
        }

        /** The next value, or null when exhausted. */
        public PyObject next() {
            if (index < len) {
                return PyInt.of(start + (index++) * step);
            }
            return null;
        }

        private static void define(PyType t) {
            t.flags(PyType.DISALLOW_INSTANTIATION);
            t.tp_iter = self -> self;
            t.tp_iternext = self -> ((RangeIterator) self).next();
            t.method0("__length_hint__", self -> {
                RangeIterator it = (RangeIterator) self;
                return PyInt.of(it.len - it.index);
            });
            t.method0("__reduce__", self -> {
                RangeIterator it = (RangeIterator) self;
                PyRange r = of(it.start, it.start + it.len * it.step, it.step);
                return PyTuple.of(Builtins.builtin("iter"), PyTuple.of(r), PyInt.of(it.index));
            });
            t.method1("__setstate__", (self, state) -> {
                RangeIterator it = (RangeIterator) self;
                long i = Abstract.asLong(state);
                it.index = Math.max(0, Math.min(i, it.len));
                return Py.None;
            });
        }
    }

    /** longrange_iterator: a range iterator over ints that do not fit in a long. */
    public static final class LongRangeIterator extends PyObject {
        public static final PyType TYPE = PyType.builtin("longrange_iterator", LongRangeIterator.class, LongRangeIterator::define);

        private final BigInteger start;
        private final BigInteger step;
        private final BigInteger len;
        private BigInteger index = BigInteger.ZERO;

        LongRangeIterator(BigInteger start, BigInteger step, BigInteger len) {
            super(TYPE);
            this.start = start;
            this.step = step;
            this.len = len;
        }

        private PyObject next() {
            if (index.compareTo(len) < 0) {
                PyObject r = PyInt.of(start.add(index.multiply(step)));
                index = index.add(BigInteger.ONE);
                return r;
            }
            return null;
        }

        private static void define(PyType t) {
            t.flags(PyType.DISALLOW_INSTANTIATION);
            t.tp_iter = self -> self;
            t.tp_iternext = self -> ((LongRangeIterator) self).next();
            t.method0("__length_hint__", self -> {
                LongRangeIterator it = (LongRangeIterator) self;
                return PyInt.of(it.len.subtract(it.index));
            });
            t.method0("__reduce__", self -> {
                LongRangeIterator it = (LongRangeIterator) self;
                PyRange r = of(PyInt.of(it.start), PyInt.of(it.start.add(it.len.multiply(it.step))), PyInt.of(it.step));
                return PyTuple.of(Builtins.builtin("iter"), PyTuple.of(r), PyInt.of(it.index));
            });
            t.method1("__setstate__", (self, state) -> {
                LongRangeIterator it = (LongRangeIterator) self;
                BigInteger i = Abstract.index(state).bigValue();
                if (i.signum() < 0) {
                    i = BigInteger.ZERO;
                } else if (i.compareTo(it.len) > 0) {
                    i = it.len;
                }
                it.index = i;
                return Py.None;
            });
        }
    }
}
