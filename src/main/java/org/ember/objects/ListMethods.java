package org.ember.objects;

import java.util.Arrays;

import org.ember.runtime.ThreadState;

/** The operations of list (CPython's listobject.c), list_iterator and list_reverseiterator. */
public final class ListMethods {
    private ListMethods() {}

    // ---- indexing ----------------------------------------------------------------------------

    static PyObject getItem(PyObject self, PyObject key) {
        PyList l = (PyList) self;
        if (key instanceof PyInt i && i.isSmall()) {
            long idx = i.longValue();
            if (idx < 0) {
                idx += l.size;
            }
            if (idx < 0 || idx >= l.size) {
                throw Err.index("list index out of range");
            }
            return l.items[(int) idx];
        }
        if (key instanceof PySlice s) {
            return slice(l, s);
        }
        if (Abstract.hasIndex(key)) {
            long idx = Abstract.asSsize(key, PyExc.IndexError);
            if (idx < 0) {
                idx += l.size;
            }
            if (idx < 0 || idx >= l.size) {
                throw Err.index("list index out of range");
            }
            return l.items[(int) idx];
        }
        throw Err.type("list indices must be integers or slices, not %s", Err.tn(key));
    }

    static PyList slice(PyList l, PySlice s) {
        Slices.Bounds b = Slices.bounds(s, l.size);
        int n = (int) b.length();
        if (n <= 0) {
            return new PyList();
        }
        PyObject[] out = new PyObject[n];
        if (b.step() == 1) {
            System.arraycopy(l.items, (int) b.start(), out, 0, n);
        } else {
            long cur = b.start();
            for (int k = 0; k < n; k++, cur += b.step()) {
                out[k] = l.items[(int) cur];
            }
        }
        return new PyList(out);
    }

    static void setItem(PyObject self, PyObject key, PyObject value) {
        PyList l = (PyList) self;
        if (key instanceof PyInt || (!(key instanceof PySlice) && Abstract.hasIndex(key))) {
            long idx = Abstract.asSsize(key, PyExc.IndexError);
            if (idx < 0) {
                idx += l.size;
            }
            if (idx < 0 || idx >= l.size) {
                throw Err.index("list assignment index out of range");
            }
            if (value == null) {
                assignSlice(l, idx, idx + 1, null);
            } else {
                l.items[(int) idx] = value;
            }
            return;
        }
        if (key instanceof PySlice s) {
            Slices.Bounds b = Slices.bounds(s, l.size);
            if (b.step() == 1) {
                assignSlice(l, b.start(), b.stop(), value);
                return;
            }
            if (value == null) {
                deleteExtended(l, b);
            } else {
                assignExtended(l, b, value);
            }
            return;
        }
        throw Err.type("list indices must be integers or slices, not %s", Err.tn(key));
    }

    /** a[lo:hi] = v (v null deletes), as CPython's list_ass_slice. */
    static void assignSlice(PyList a, long lo, long hi, PyObject v) {
        PyObject[] src;
        int n;
        if (v == null) {
            src = PyList.NONE;
            n = 0;
        } else if (v == a) {
            src = a.toArray();
            n = src.length;
        } else if (v.type == PyList.TYPE) {
            PyList vl = (PyList) v;
            src = vl.items;
            n = vl.size;
        } else if (v.type == PyTuple.TYPE) {
            src = ((PyTuple) v).items();
            n = src.length;
        } else {
            src = sequenceFast(v, "can only assign an iterable");
            n = src.length;
        }
        int size = a.size;
        if (lo < 0) {
            lo = 0;
        } else if (lo > size) {
            lo = size;
        }
        if (hi < lo) {
            hi = lo;
        } else if (hi > size) {
            hi = size;
        }
        int ilow = (int) lo;
        int ihigh = (int) hi;
        int norig = ihigh - ilow;
        int d = n - norig;
        if (size + d == 0) {
            a.items = PyList.NONE;
            a.size = 0;
            return;
        }
        if (d < 0) {
            System.arraycopy(a.items, ihigh, a.items, ihigh + d, size - ihigh);
            a.resize(size + d);
        } else if (d > 0) {
            a.resize(size + d);
            System.arraycopy(a.items, ihigh, a.items, ihigh + d, size - ihigh);
        }
        System.arraycopy(src, 0, a.items, ilow, n);
    }

    /** The items of v as an array (PySequence_Fast): TypeError msg when v is not iterable. */
    static PyObject[] sequenceFast(PyObject v, String msg) {
        if (v.type == PyList.TYPE) {
            return ((PyList) v).toArray();
        }
        if (v.type == PyTuple.TYPE) {
            return ((PyTuple) v).items();
        }
        PyObject it;
        try {
            it = Abstract.iter(v);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                throw Err.type("%s", msg);
            }
            throw e;
        }
        PyList l = new PyList();
        extend(l, it);
        return l.toArray();
    }

    private static void deleteExtended(PyList l, Slices.Bounds b) {
        long len = b.length();
        if (len <= 0) {
            return;
        }
        long start = b.start();
        long step = b.step();
        if (step < 0) {
            start = start + step * (len - 1);
            step = -step;
        }
        int size = l.size;
        PyObject[] it = l.items;
        int dst = (int) start;
        long cur = start;
        for (long k = 0; k < len; k++, cur += step) {
            long lim = Math.min(cur + step, size);
            for (long j = cur + 1; j < lim; j++) {
                it[dst++] = it[(int) j];
            }
        }
        long tail = start + len * step;
        if (tail < size) {
            System.arraycopy(it, (int) tail, it, dst, size - (int) tail);
            dst += size - (int) tail;
        }
        l.resize(dst);
    }

    private static void assignExtended(PyList l, Slices.Bounds b, PyObject value) {
        PyObject[] seq;
        if (value == l) {
            seq = l.toArray();
        } else {
            seq = sequenceFast(value, "must assign iterable to extended slice");
        }
        if (seq.length != b.length()) {
            throw Err.value("attempt to assign sequence of size %d to extended slice of size %d", seq.length, b.length());
        }
        long cur = b.start();
        for (int k = 0; k < seq.length; k++, cur += b.step()) {
            l.items[(int) cur] = seq[k];
        }
    }

    // ---- growing -------------------------------------------------------------------------------

    /** list.extend (list_extend): fast for lists and tuples, otherwise iterates with a length hint. */
    public static void extend(PyList l, PyObject iterable) {
        if (iterable.type == PyList.TYPE || iterable.type == PyTuple.TYPE || iterable == l) {
            PyObject[] src;
            int n;
            if (iterable instanceof PyList o) {
                src = o.items;
                n = o.size;
            } else {
                src = ((PyTuple) iterable).items();
                n = src.length;
            }
            if (n == 0) {
                return;
            }
            int m = l.size;
            if (l.items.length == 0) {
                l.preallocateExact(n);
                l.size = n;
            } else {
                l.resize(m + n);
            }
            System.arraycopy(src, 0, l.items, m, n);
            return;
        }
        PyObject it = Abstract.iter(iterable);
        Slots.Next next = it.type.tp_iternext;
        long hint = Sequences.lengthHint(iterable, 8);
        int m = l.size;
        if (m + hint < Integer.MAX_VALUE - 8) {
            if (l.items.length == 0) {
                if (hint > 0) {
                    l.preallocateExact(hint);
                }
            } else {
                l.resize((int) (m + hint));
                l.size = m;
            }
        }
        for (PyObject x = next.next(it); x != null; x = next.next(it)) {
            if (l.size < l.items.length) {
                l.items[l.size++] = x;
            } else {
                l.append(x);
            }
        }
        if (l.size < l.items.length) {
            l.resize(l.size);
        }
    }

    /** list.__init__(iterable) on a fresh or existing list. */
    static void initFrom(PyList l, PyObject iterable) {
        if (l.size > 0 || l.items.length > 0) {
            l.items = PyList.NONE;
            l.size = 0;
        }
        if (iterable == null) {
            return;
        }
        if (iterable.type.sq_length != null) {
            long n = -1;
            try {
                n = Abstract.length(iterable);
            } catch (PyException e) {
                if (!e.matches(PyExc.TypeError)) {
                    throw e;
                }
            }
            if (n > 0 && l.items.length == 0) {
                l.preallocateExact(n);
            }
        }
        extend(l, iterable);
    }

    static void insert(PyList l, long where, PyObject v) {
        int n = l.size;
        if (where < 0) {
            where += n;
            if (where < 0) {
                where = 0;
            }
        }
        if (where > n) {
            where = n;
        }
        l.resize(n + 1);
        int i = (int) where;
        System.arraycopy(l.items, i, l.items, i + 1, n - i);
        l.items[i] = v;
    }

    static PyObject pop(PyList l, long i) {
        if (l.size == 0) {
            throw Err.index("pop from empty list");
        }
        if (i < 0) {
            i += l.size;
        }
        if (i < 0 || i >= l.size) {
            throw Err.index("pop index out of range");
        }
        int idx = (int) i;
        PyObject v = l.items[idx];
        int n = l.size;
        if (n == 1) {
            l.items = PyList.NONE;
            l.size = 0;
            return v;
        }
        System.arraycopy(l.items, idx + 1, l.items, idx, n - idx - 1);
        l.resize(n - 1);
        return v;
    }

    static PyObject repeat(PyList l, long n) {
        if (n <= 0 || l.size == 0) {
            return new PyList();
        }
        return new PyList(Sequences.repeat(l.items, l.size, n));
    }

    static PyObject inplaceRepeat(PyList l, long n) {
        int size = l.size;
        if (size == 0 || n == 1) {
            return l;
        }
        if (n < 1) {
            l.items = PyList.NONE;
            l.size = 0;
            return l;
        }
        if (n > (Integer.MAX_VALUE - 8) / size) {
            throw Err.memory();
        }
        int total = (int) (size * n);
        l.resize(total);
        PyObject[] a = l.items;
        int done = size;
        while (done < total) {
            int chunk = Math.min(done, total - done);
            System.arraycopy(a, 0, a, done, chunk);
            done += chunk;
        }
        return l;
    }

    // ---- repr, comparison ----------------------------------------------------------------------

    static PyObject repr(PyObject self) {
        PyList l = (PyList) self;
        if (l.size == 0) {
            return PyStr.of("[]");
        }
        ThreadState ts = ThreadState.current();
        if (!ts.reprEnter(self)) {
            return PyStr.of("[...]");
        }
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.reprJava(l.items[i]));
            }
            return PyStr.of(sb.append(']').toString());
        } finally {
            ts.reprLeave(self);
        }
    }

    private static boolean contains(PyList l, PyObject item) {
        for (int i = 0; i < l.size; i++) {
            PyObject x = l.items[i];
            if (x == item || Abstract.richCompareBool(x, item, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    // ---- registration --------------------------------------------------------------------------

    static void define(PyType t) {
        t.flags(PyType.BASETYPE | PyType.LIST_SUBCLASS | PyType.SEQUENCE | PyType.MATCH_SELF);
        t.doc("Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\n"
                + "The argument must be an iterable if specified.");
        t.tp_alloc = type -> type == PyList.TYPE ? new PyList() : new PyList.Derived(type);
        t.tp_new = (type, args, kw) -> type.tp_alloc.alloc(type);
        t.tp_init = (self, args, kw) -> {
            ArgParser.noKeywords("list", kw);
            ArgParser.checkPositional("list", args.length, 0, 1);
            initFrom((PyList) self, args.length == 1 ? args[0] : null);
        };
        t.tp_repr = ListMethods::repr;
        t.tp_hash = HeapSlots.HASH_NOT_IMPLEMENTED;
        t.tp_richcompare = (a, b, op) -> {
            if (!(a instanceof PyList la) || !(b instanceof PyList lb)) {
                return Py.NotImplemented;
            }
            return Sequences.compareLists(la, lb, op);
        };
        t.tp_iter = self -> new ListIterator((PyList) self);
        t.sq_length = self -> ((PyList) self).size;
        t.mp_subscript = ListMethods::getItem;
        t.mp_ass_subscript = ListMethods::setItem;
        t.sq_contains = (self, item) -> contains((PyList) self, item);
        t.sq_concat = (a, b) -> {
            if (!(b instanceof PyList lb)) {
                throw Err.type("can only concatenate list (not \"%s\") to list", Err.tn(b));
            }
            PyList la = (PyList) a;
            int n = la.size + lb.size;
            if (n == 0) {
                return new PyList();
            }
            PyObject[] r = Arrays.copyOf(la.items, n);
            System.arraycopy(lb.items, 0, r, la.size, lb.size);
            return new PyList(r);
        };
        t.sq_inplace_concat = (a, b) -> {
            extend((PyList) a, b);
            return a;
        };
        t.sq_repeat = (self, n) -> repeat((PyList) self, n);
        t.sq_inplace_repeat = (self, n) -> inplaceRepeat((PyList) self, n);
        t.method1("append", (self, v) -> {
            ((PyList) self).append(v);
            return Py.None;
        });
        t.method1("extend", (self, v) -> {
            extend((PyList) self, v);
            return Py.None;
        });
        t.method2("insert", (self, index, v) -> {
            insert((PyList) self, Sequences.asSsizeT(index), v);
            return Py.None;
        });
        t.method("pop", "index=-1, /", (self, a) -> pop((PyList) self, Sequences.asSsizeT(a[0])));
        t.method1("remove", (self, v) -> {
            PyList l = (PyList) self;
            for (int i = 0; i < l.size; i++) {
                PyObject x = l.items[i];
                if (x == v || Abstract.richCompareBool(x, v, CompareOp.EQ)) {
                    if (i < l.size) {
                        assignSlice(l, i, i + 1, null);
                    }
                    return Py.None;
                }
            }
            throw Err.value("list.remove(x): x not in list");
        });
        t.method("index", "value, start=0, stop=9223372036854775807, /", (self, a) -> {
            PyList l = (PyList) self;
            long[] r = Sequences.clampRange(a[1], a[2], l.size);
            for (long i = r[0]; i < r[1] && i < l.size; i++) {
                PyObject x = l.items[(int) i];
                if (x == a[0] || Abstract.richCompareBool(x, a[0], CompareOp.EQ)) {
                    return PyInt.of(i);
                }
            }
            throw Err.value("%s is not in list", Abstract.reprJava(a[0]));
        });
        t.method1("count", (self, v) -> {
            PyList l = (PyList) self;
            long c = 0;
            for (int i = 0; i < l.size; i++) {
                PyObject x = l.items[i];
                if (x == v || Abstract.richCompareBool(x, v, CompareOp.EQ)) {
                    c++;
                }
            }
            return PyInt.of(c);
        });
        t.method0("reverse", self -> {
            PyList l = (PyList) self;
            for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                PyObject x = l.items[i];
                l.items[i] = l.items[j];
                l.items[j] = x;
            }
            return Py.None;
        });
        t.method0("clear", self -> {
            PyList l = (PyList) self;
            l.items = PyList.NONE;
            l.size = 0;
            return Py.None;
        });
        t.method0("copy", self -> {
            PyList l = (PyList) self;
            return l.size == 0 ? new PyList() : new PyList(l.toArray());
        });
        t.method("sort", "*, key=None, reverse=False", (self, a) -> {
            boolean reverse = a[1] instanceof PyBool b ? b.booleanValue() : Abstract.asInt(a[1]) != 0;
            ListSort.sort((PyList) self, a[0], reverse);
            return Py.None;
        });
        t.method0("__reversed__", self -> new ListReverseIterator((PyList) self));
        t.method0("__sizeof__", self -> PyInt.of(40 + 8L * ((PyList) self).items.length));
        t.classMethod("__class_getitem__", NativeFunction.of("__class_getitem__", (cls, item) -> GenericAlias.of(cls, item)));
    }

    /** list_iterator. */
    public static final class ListIterator extends PyObject {
        public static final PyType TYPE = PyType.builtin("list_iterator", ListIterator.class, ListIterator::define);
        private PyList seq;
        private int index;

        public ListIterator(PyList seq) {
            super(TYPE);
            this.seq = seq;
        }

        /** The next item or null (for callers that hold a ListIterator). */
        public PyObject next() {
            PyList s = seq;
            if (s == null) {
                return null;
            }
            if (index < s.size) {
                return s.items[index++];
            }
            seq = null;
            return null;
        }

        private static void define(PyType t) {
            t.flags(PyType.DISALLOW_INSTANTIATION);
            t.tp_iter = self -> self;
            t.tp_iternext = self -> ((ListIterator) self).next();
            t.method0("__length_hint__", self -> {
                ListIterator it = (ListIterator) self;
                return PyInt.of(it.seq == null ? 0 : Math.max(0, it.seq.size - it.index));
            });
            t.method0("__reduce__", self -> {
                ListIterator it = (ListIterator) self;
                PyObject iter = Builtins.builtin("iter");
                return it.seq == null ? PyTuple.of(iter, PyTuple.of(new PyList()))
                        : PyTuple.of(iter, PyTuple.of(it.seq), PyInt.of(it.index));
            });
            t.method1("__setstate__", (self, st) -> {
                ListIterator it = (ListIterator) self;
                long i = Sequences.asSsizeT(st);
                if (it.seq != null) {
                    it.index = (int) Math.max(0, Math.min(i, it.seq.size));
                }
                return Py.None;
            });
        }
    }

    /** list_reverseiterator. */
    public static final class ListReverseIterator extends PyObject {
        public static final PyType TYPE = PyType.builtin("list_reverseiterator", ListReverseIterator.class, ListReverseIterator::define);
        private PyList seq;
        private int index;

        ListReverseIterator(PyList seq) {
            super(TYPE);
            this.seq = seq;
            this.index = seq.size - 1;
        }

        private static void define(PyType t) {
            t.flags(PyType.DISALLOW_INSTANTIATION);
            t.tp_iter = self -> self;
            t.tp_iternext = self -> {
                ListReverseIterator it = (ListReverseIterator) self;
                PyList s = it.seq;
                if (s != null && it.index >= 0 && it.index < s.size) {
                    return s.items[it.index--];
                }
                it.index = -1;
                it.seq = null;
                return null;
            };
            t.method0("__length_hint__", self -> {
                ListReverseIterator it = (ListReverseIterator) self;
                return PyInt.of(it.seq == null || it.index >= it.seq.size ? 0 : it.index + 1);
            });
            t.method0("__reduce__", self -> {
                ListReverseIterator it = (ListReverseIterator) self;
                if (it.seq != null) {
                    return PyTuple.of(Builtins.builtin("reversed"), PyTuple.of(it.seq), PyInt.of(it.index));
                }
                return PyTuple.of(Builtins.builtin("iter"), PyTuple.of(new PyList()));
            });
            t.method1("__setstate__", (self, st) -> {
                ListReverseIterator it = (ListReverseIterator) self;
                long i = Sequences.asSsizeT(st);
                if (it.seq != null) {
                    it.index = (int) (i < -1 ? -1 : Math.min(i, it.seq.size - 1));
                }
                return Py.None;
            });
        }
    }
}
