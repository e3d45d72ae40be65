package org.ember.objects;

import java.util.Arrays;

/** The operations of tuple, and tuple_iterator. */
public final class TupleMethods {
    private TupleMethods() {}

    static PyObject getItem(PyObject self, PyObject key) {
        PyTuple t = (PyTuple) self;
        PyObject[] a = t.items();
        if (key instanceof PyInt i && i.isSmall()) {
            long idx = i.longValue();
            if (idx < 0) {
                idx += a.length;
            }
            if (idx < 0 || idx >= a.length) {
                throw Err.index("tuple index out of range");
            }
            return a[(int) idx];
        }
        if (key instanceof PySlice s) {
            Slices.Bounds b = Slices.bounds(s, a.length);
            if (b.step() == 1 && b.length() == a.length && self.type == PyTuple.TYPE) {
                return self;
            }
            PyObject[] out = new PyObject[(int) b.length()];
            for (int k = 0; k < out.length; k++) {
                out[k] = a[(int) (b.start() + k * b.step())];
            }
            return PyTuple.of(out);
        }
        if (Abstract.hasIndex(key)) {
            long idx = Slices.normIndex(key, a.length);
            if (idx < 0) {
                throw Err.index("tuple index out of range");
            }
            return a[(int) idx];
        }
        throw Err.type("tuple indices must be integers or slices, not %s", Err.tn(key));
    }

    static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(a instanceof PyTuple ta) || !(b instanceof PyTuple tb)) {
            return Py.NotImplemented;
        }
        PyObject[] v = ta.items();
        PyObject[] w = tb.items();
        int i = 0;
        for (; i < v.length && i < w.length; i++) {
            if (!Abstract.richCompareBool(v[i], w[i], CompareOp.EQ)) {
                break;
            }
        }
        if (i >= v.length || i >= w.length) {
            return Py.bool(op.fromCompare(Integer.compare(v.length, w.length)));
        }
        if (op == CompareOp.EQ) {
            return Py.False;
        }
        if (op == CompareOp.NE) {
            return Py.True;
        }
        return Abstract.richCompare(v[i], w[i], op);
    }

    /** tuple(iterable) for an arbitrary iterable (PySequence_Tuple). */
    static PyObject[] sequenceTuple(PyObject v) {
        if (v.type == PyTuple.TYPE) {
            return ((PyTuple) v).items();
        }
        if (v.type == PyList.TYPE) {
            return ((PyList) v).toArray();
        }
        PyObject it = Abstract.iter(v);
        long n = Sequences.lengthHint(v, 10);
        PyObject[] out = new PyObject[(int) Math.max(0, Math.min(n, 1 << 20))];
        int k = 0;
        Slots.Next next = it.type.tp_iternext;
        for (PyObject x = next.next(it); x != null; x = next.next(it)) {
            if (k == out.length) {
                out = Arrays.copyOf(out, Math.max(10, k + (k >> 2) + 10));
            }
            out[k++] = x;
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    static PyObject repr(PyObject self) {
        PyTuple t = (PyTuple) self;
        if (t.size() == 0) {
            return PyStr.of("()");
        }
        org.ember.runtime.ThreadState ts = org.ember.runtime.ThreadState.current();
        if (!ts.reprEnter(self)) {
            return PyStr.of("(...)");
        }
        try {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.reprJava(t.get(i)));
            }
            if (t.size() == 1) {
                sb.append(',');
            }
            return PyStr.of(sb.append(')').toString());
        } finally {
            ts.reprLeave(self);
        }
    }

    static PyObject tupleNew(PyType type, PyObject[] args, String[] kw) {
        if (type == PyTuple.TYPE || type.tp_init == PyTuple.TYPE.tp_init) {
            ArgParser.noKeywords("tuple", kw);
        }
        int npos = args.length - (kw == null ? 0 : kw.length);
        ArgParser.checkPositional("tuple", npos, 0, 1);
        if (type == PyTuple.TYPE) {
            if (npos == 0) {
                return PyTuple.EMPTY;
            }
            if (args[0].type == PyTuple.TYPE) {
                return args[0];
            }
            return PyTuple.of(sequenceTuple(args[0]));
        }
        PyObject[] items = npos == 0 ? new PyObject[0] : sequenceTuple(args[0]);
        return new PyTuple.Derived(type, items);
    }

    static void define(PyType t) {
        t.flags(PyType.BASETYPE | PyType.TUPLE_SUBCLASS | PyType.SEQUENCE | PyType.MATCH_SELF);
        t.doc("Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\n"
                + "If iterable is specified the tuple is initialized from iterable's items.\n\n"
                + "If the argument is a tuple, the return value is the same object.");
        t.tp_new = TupleMethods::tupleNew;
        t.tp_repr = TupleMethods::repr;
        t.tp_hash = self -> Hashing.hashTuple(((PyTuple) self).items(), ((PyTuple) self).size());
        t.tp_richcompare = TupleMethods::richCompare;
        t.tp_iter = self -> new TupleIterator((PyTuple) self);
        t.sq_length = self -> ((PyTuple) self).size();
        t.mp_subscript = TupleMethods::getItem;
        t.sq_contains = (self, item) -> {
            for (PyObject o : ((PyTuple) self).items()) {
                if (Abstract.richCompareBool(o, item, CompareOp.EQ)) {
                    return true;
                }
            }
            return false;
        };
        t.sq_concat = (a, b) -> {
            if (!(b instanceof PyTuple tb)) {
                throw Err.type("can only concatenate tuple (not \"%s\") to tuple", Err.tn(b));
            }
            PyTuple ta = (PyTuple) a;
            if (tb.size() == 0 && ta.type == PyTuple.TYPE) {
                return ta;
            }
            if (ta.size() == 0 && tb.type == PyTuple.TYPE) {
                return tb;
            }
            PyObject[] r = Arrays.copyOf(ta.items(), ta.size() + tb.size());
            System.arraycopy(tb.items(), 0, r, ta.size(), tb.size());
            return PyTuple.of(r);
        };
        t.sq_repeat = (self, n) -> {
            PyTuple ta = (PyTuple) self;
            if ((n == 1 || ta.size() == 0) && ta.type == PyTuple.TYPE) {
                return ta;
            }
            return PyTuple.of(Sequences.repeat(ta.items(), ta.size(), n));
        };
        t.method1("count", (self, v) -> {
            int c = 0;
            for (PyObject o : ((PyTuple) self).items()) {
                if (Abstract.richCompareBool(o, v, CompareOp.EQ)) {
                    c++;
                }
            }
            return PyInt.of(c);
        });
        t.method("index", "value, start=0, stop=9223372036854775807, /", (self, a) -> {
            PyTuple tu = (PyTuple) self;
            long[] r = Sequences.clampRange(a[1], a[2], tu.size());
            for (long i = r[0]; i < r[1]; i++) {
                if (Abstract.richCompareBool(tu.get((int) i), a[0], CompareOp.EQ)) {
                    return PyInt.of(i);
                }
            }
            throw Err.value("tuple.index(x): x not in tuple");
        });
        t.method0("__sizeof__", self -> PyInt.of(24 + 8L * ((PyTuple) self).size()));
        t.method0("__getnewargs__", self -> PyTuple.of(PyTuple.of(((PyTuple) self).items().clone())));
        t.classMethod("__class_getitem__", NativeFunction.of("__class_getitem__", (cls, item) -> GenericAlias.of(cls, item)));
    }

    /** tuple_iterator. */
    public static final class TupleIterator extends PyObject {
        public static final PyType TYPE = PyType.builtin("tuple_iterator", TupleIterator.class, TupleIterator::define);
        private PyTuple seq;
        private int index;

        TupleIterator(PyTuple seq) {
            super(TYPE);
            this.seq = seq;
        }

        private static void define(PyType t) {
            t.flags(PyType.DISALLOW_INSTANTIATION);
            t.tp_iter = self -> self;
            t.tp_iternext = self -> {
                TupleIterator it = (TupleIterator) self;
                PyTuple s = it.seq;
                if (s == null) {
                    return null;
                }
                if (it.index < s.size()) {
                    return s.get(it.index++);
                }
                it.seq = null;
                return null;
            };
            t.method0("__length_hint__", self -> {
                TupleIterator it = (TupleIterator) self;
                return PyInt.of(it.seq == null ? 0 : it.seq.size() - it.index);
            });
            t.method0("__reduce__", self -> {
                TupleIterator it = (TupleIterator) self;
                PyObject iter = Builtins.builtin("iter");
                return it.seq == null ? PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY))
                        : PyTuple.of(iter, PyTuple.of(it.seq), PyInt.of(it.index));
            });
            t.method1("__setstate__", (self, st) -> {
                TupleIterator it = (TupleIterator) self;
                long i = Sequences.asSsizeT(st);
                if (it.seq != null) {
                    it.index = (int) Math.max(0, Math.min(i, it.seq.size()));
                }
                return Py.None;
            });
        }
    }
}
