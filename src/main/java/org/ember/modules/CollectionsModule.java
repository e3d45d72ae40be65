package org.ember.modules;

import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.Builtins;
import org.ember.objects.CompareOp;
import org.ember.objects.Err;
import org.ember.objects.ExtensibleObject;
import org.ember.objects.GenericAlias;
import org.ember.objects.HeapSlots;
import org.ember.objects.Instance;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyDict;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PySlice;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.objects.Sequences;
import org.ember.objects.Slots;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/**
 * The _collections module (CPython's Modules/_collectionsmodule.c): deque and its iterators,
 * defaultdict, _count_elements and _tuplegetter. (OrderedDict keeps its pure-Python version.)
 */
public final class CollectionsModule {
    private CollectionsModule() {}

    // ---- deque ---------------------------------------------------------------------------------

    /**
     * deque([iterable[, maxlen]]): a circular array. CPython's block layout is emulated only
     * through the index of the first item within its 64-slot block, which fixes __sizeof__.
     */
    public static final class Deque extends ExtensibleObject {
        private static final int BLOCKLEN = 64;
        private static final int CENTER = (BLOCKLEN - 1) / 2;
        private static final ArgParser INIT = new ArgParser("deque", "iterable=NULL, maxlen=NULL");

        public static final PyType TYPE = PyType.builtin("deque", Deque.class, Deque::define);

        private PyObject[] buf = new PyObject[8];
        private int head;
        private int size;
        /** maxlen, or -1 for unbounded. */
        long maxlen = -1;
        /** Changes on every structural mutation (detects mutation during iteration). */
        long state;
        /** CPython's leftindex: position of the first item in its block. */
        private int leftindex = CENTER + 1;

        Deque(PyType type) {
            super(type);
        }

        public int size() {
            return size;
        }

        PyObject get(int i) {
            return buf[(head + i) & (buf.length - 1)];
        }

        void set(int i, PyObject v) {
            buf[(head + i) & (buf.length - 1)] = v;
        }

        private void grow() {
            PyObject[] nb = new PyObject[buf.length * 2];
            for (int i = 0; i < size; i++) {
                nb[i] = get(i);
            }
            buf = nb;
            head = 0;
        }

        private int rightindex() {
            return Math.floorMod(leftindex + size - 1, BLOCKLEN);
        }

        /** deque_append_internal: append, then trim from the left beyond maxlen. */
        void append(PyObject v, long max) {
            if (size == buf.length) {
                grow();
            }
            buf[(head + size) & (buf.length - 1)] = v;
            size++;
            if (max >= 0 && size > max) {
                popLeft();
            } else {
                state++;
            }
        }

        void appendLeft(PyObject v, long max) {
            if (size == buf.length) {
                grow();
            }
            head = (head - 1) & (buf.length - 1);
            buf[head] = v;
            size++;
            leftindex = leftindex == 0 ? BLOCKLEN - 1 : leftindex - 1;
            if (max >= 0 && size > max) {
                pop();
            } else {
                state++;
            }
        }

        PyObject pop() {
            if (size == 0) {
                throw Err.index("pop from an empty deque");
            }
            int r = rightindex();
            int i = (head + size - 1) & (buf.length - 1);
            PyObject v = buf[i];
            buf[i] = null;
            size--;
            state++;
            if (r == 0 && size == 0) {
                leftindex = CENTER + 1;
            }
            return v;
        }

        PyObject popLeft() {
            if (size == 0) {
                throw Err.index("pop from an empty deque");
            }
            PyObject v = buf[head];
            buf[head] = null;
            head = (head + 1) & (buf.length - 1);
            size--;
            state++;
            leftindex++;
            if (leftindex == BLOCKLEN) {
                leftindex = size > 0 ? 0 : CENTER + 1;
            }
            return v;
        }

        void clear() {
            if (size == 0) {
                return;
            }
            buf = new PyObject[8];
            head = 0;
            size = 0;
            leftindex = CENTER + 1;
            state++;
        }

        /** _deque_rotate: n > 0 moves items from the right end to the left. */
        void rotate(long n) {
            int len = size;
            if (len <= 1) {
                return;
            }
            long half = len >> 1;
            if (n > half || n < -half) {
                n %= len;
                if (n > half) {
                    n -= len;
                } else if (n < -half) {
                    n += len;
                }
            }
            state++;
            if (n == 0) {
                return;
            }
            PyObject[] tmp = new PyObject[len];
            for (int i = 0; i < len; i++) {
                tmp[(int) Math.floorMod(i + n, len)] = get(i);
            }
            for (int i = 0; i < len; i++) {
                set(i, tmp[i]);
            }
            leftindex = (int) Math.floorMod(leftindex - n, BLOCKLEN);
        }

        PyObject[] toArray() {
            PyObject[] a = new PyObject[size];
            for (int i = 0; i < size; i++) {
                a[i] = get(i);
            }
            return a;
        }

        void extend(PyObject iterable) {
            if (iterable == this) {
                iterable = new PyList(toArray());
            }
            PyObject it = Abstract.iter(iterable);
            Slots.Next next = it.type.tp_iternext;
            if (maxlen == 0) {
                for (PyObject x = next.next(it); x != null; x = next.next(it)) {
                    // consume
                }
                return;
            }
            if (size == 0) {
                leftindex = 1;
            }
            for (PyObject x = next.next(it); x != null; x = next.next(it)) {
                append(x, maxlen);
            }
        }

        void extendLeft(PyObject iterable) {
            if (iterable == this) {
                iterable = new PyList(toArray());
            }
            PyObject it = Abstract.iter(iterable);
            Slots.Next next = it.type.tp_iternext;
            if (maxlen == 0) {
                for (PyObject x = next.next(it); x != null; x = next.next(it)) {
                    // consume
                }
                return;
            }
            if (size == 0) {
                leftindex = BLOCKLEN - 1;
            }
            for (PyObject x = next.next(it); x != null; x = next.next(it)) {
                appendLeft(x, maxlen);
            }
        }

        private void delItem(int i) {
            rotate(-i);
            popLeft();
            rotate(i);
        }

        private static long index(Deque d, PyObject key) {
            if (!Abstract.hasIndex(key)) {
                throw Err.type("sequence index must be integer, not '%s'", Err.tn(key));
            }
            long i = Abstract.asSsize(key, PyExc.IndexError);
            if (i < 0) {
                i += d.size;
            }
            if (i < 0 || i >= d.size) {
                throw Err.index("deque index out of range");
            }
            return i;
        }

        private PyObject copy() {
            if (type == TYPE) {
                Deque n = new Deque(TYPE);
                n.maxlen = maxlen;
                if (size == 1) {
                    n.append(get(0), n.maxlen);
                } else {
                    n.extend(this);
                }
                return n;
            }
            PyObject r = maxlen < 0 ? Abstract.call(type, this) : Abstract.call(type, this, PyInt.of(maxlen));
            if (!(r instanceof Deque)) {
                throw Err.type("%s() must return a deque, not %s", type.getName(), Err.tn(r));
            }
            return r;
        }

        private PyObject inplaceRepeat(long n) {
            int len = size;
            if (len == 0 || n == 1) {
                return this;
            }
            if (n <= 0) {
                clear();
                return this;
            }
            if (len == 1) {
                PyObject item = get(0);
                if (maxlen >= 0 && n > maxlen) {
                    n = maxlen;
                }
                for (long i = 1; i < n; i++) {
                    append(item, maxlen);
                }
                return this;
            }
            if (len > Long.MAX_VALUE / n) {
                throw Err.memory();
            }
            if (maxlen >= 0 && n * len > maxlen) {
                n = (maxlen + len - 1) / len;
            }
            if ((long) len * n > Integer.MAX_VALUE - 8) {
                throw Err.memory();
            }
            PyObject[] orig = toArray();
            for (long k = 1; k < n; k++) {
                for (PyObject o : orig) {
                    append(o, maxlen);
                }
            }
            return this;
        }

        private static void checkState(Deque d, long start) {
            if (d.state != start) {
                throw Err.runtime("deque mutated during iteration");
            }
        }

        private static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
            if (!(v instanceof Deque dv) || !(w instanceof Deque dw)) {
                return Py.NotImplemented;
            }
            if (op == CompareOp.EQ || op == CompareOp.NE) {
                if (v == w) {
                    return Py.bool(op == CompareOp.EQ);
                }
                if (dv.size != dw.size) {
                    return Py.bool(op == CompareOp.NE);
                }
            }
            PyObject it1 = Abstract.iter(v);
            PyObject it2 = Abstract.iter(w);
            PyObject x;
            PyObject y;
            while (true) {
                x = Abstract.next(it1);
                y = Abstract.next(it2);
                if (x == null || y == null) {
                    break;
                }
                if (!Abstract.richCompareBool(x, y, CompareOp.EQ)) {
                    return Abstract.richCompare(x, y, op);
                }
            }
            return Py.bool(switch (op) {
                case LT -> y != null;
                case LE -> x == null;
                case EQ -> x == y;
                case NE -> x != y;
                case GT -> x != null;
                case GE -> y == null;
            });
        }

        private static PyObject repr(PyObject self) {
            Deque d = (Deque) self;
            ThreadState ts = ThreadState.current();
            if (!ts.reprEnter(self)) {
                return PyStr.of("[...]");
            }
            try {
                String list = Abstract.reprJava(new PyList(d.toArray()));
                String name = self.type.getName();
                if (d.maxlen >= 0) {
                    return PyStr.of(name + "(" + list + ", maxlen=" + d.maxlen + ")");
                }
                return PyStr.of(name + "(" + list + ")");
            } finally {
                ts.reprLeave(self);
            }
        }

        private static void define(PyType t) {
            t.module("collections");
            t.flags(PyType.BASETYPE | PyType.SEQUENCE | PyType.HAS_WEAKREF);
            t.doc("deque([iterable[, maxlen]]) --> deque object\n\n"
                    + "A list-like sequence optimized for data accesses near its endpoints.");
            t.tp_new = (type, args, kw) -> new Deque(type);
            t.tp_init = (self, args, kw) -> {
                Deque d = (Deque) self;
                PyObject[] a = INIT.bind(args, kw);
                long max = -1;
                if (a[1] != null && a[1] != Py.None) {
                    if (!(a[1] instanceof PyInt mi)) {
                        throw Err.type("an integer is required");
                    }
                    max = Sequences.asSsizeT(mi);
                    if (max < 0) {
                        throw Err.value("maxlen must be non-negative");
                    }
                }
                d.maxlen = max;
                if (d.size > 0) {
                    d.clear();
                }
                if (a[0] != null) {
                    d.extend(a[0]);
                }
            };
            t.tp_repr = Deque::repr;
            t.tp_hash = HeapSlots.HASH_NOT_IMPLEMENTED;
            t.tp_richcompare = Deque::richCompare;
            t.tp_iter = self -> new DequeIter(DequeIter.TYPE, (Deque) self);
            t.sq_length = self -> ((Deque) self).size;
            t.sq_contains = (self, v) -> {
                Deque d = (Deque) self;
                long start = d.state;
                int n = d.size;
                for (int i = 0; i < n && i < d.size; i++) {
                    PyObject item = d.get(i);
                    boolean eq = Abstract.richCompareBool(item, v, CompareOp.EQ);
                    checkState(d, start);
                    if (eq) {
                        return true;
                    }
                }
                return false;
            };
            t.mp_subscript = (self, key) -> {
                Deque d = (Deque) self;
                return d.get((int) index(d, key));
            };
            t.mp_ass_subscript = (self, key, value) -> {
                Deque d = (Deque) self;
                int i = (int) index(d, key);
                if (value == null) {
                    d.delItem(i);
                } else {
                    d.set(i, value);
                }
            };
            t.sq_concat = (a, b) -> {
                if (!Abstract.isInstance(b, TYPE)) {
                    throw Err.type("can only concatenate deque (not \"%s\") to deque", Err.tn(b));
                }
                Deque n = (Deque) ((Deque) a).copy();
                n.extend(b);
                return n;
            };
            t.sq_inplace_concat = (a, b) -> {
                ((Deque) a).extend(b);
                return a;
            };
            t.sq_repeat = (self, n) -> ((Deque) ((Deque) self).copy()).inplaceRepeat(n);
            t.sq_inplace_repeat = (self, n) -> ((Deque) self).inplaceRepeat(n);
            t.method1("append", (self, v) -> {
                Deque d = (Deque) self;
                d.append(v, d.maxlen);
                return Py.None;
            });
            t.method1("appendleft", (self, v) -> {
                Deque d = (Deque) self;
                d.appendLeft(v, d.maxlen);
                return Py.None;
            });
            t.method0("pop", self -> ((Deque) self).pop());
            t.method0("popleft", self -> ((Deque) self).popLeft());
            t.method1("extend", (self, v) -> {
                ((Deque) self).extend(v);
                return Py.None;
            });
            t.method1("extendleft", (self, v) -> {
                ((Deque) self).extendLeft(v);
                return Py.None;
            });
            t.method0("clear", self -> {
                ((Deque) self).clear();
                return Py.None;
            });
            t.method0("copy", self -> ((Deque) self).copy());
            t.method0("__copy__", self -> ((Deque) self).copy());
            t.method1("count", (self, v) -> {
                Deque d = (Deque) self;
                long start = d.state;
                int n = d.size;
                long count = 0;
                for (int i = 0; i < n; i++) {
                    PyObject item = d.get(i);
                    boolean eq = Abstract.richCompareBool(item, v, CompareOp.EQ);
                    checkState(d, start);
                    if (eq) {
                        count++;
                    }
                }
                return PyInt.of(count);
            });
            t.methodV("index", (self, args, kw) -> {
                ArgParser.noKeywords("deque.index", kw);
                ArgParser.checkPositional("index", args.length, 1, 3);
                Deque d = (Deque) self;
                long start = args.length > 1 ? Sequences.sliceIndex(args[1]) : 0;
                long stop = args.length > 2 ? Sequences.sliceIndex(args[2]) : Long.MAX_VALUE;
                if (start < 0) {
                    start = Math.max(0, start + d.size);
                }
                if (stop < 0) {
                    stop = Math.max(0, stop + d.size);
                }
                if (stop > d.size) {
                    stop = d.size;
                }
                if (start > stop) {
                    start = stop;
                }
                long st = d.state;
                for (long i = start; i < stop; i++) {
                    PyObject item = d.get((int) i);
                    if (Abstract.richCompareBool(item, args[0], CompareOp.EQ)) {
                        return PyInt.of(i);
                    }
                    checkState(d, st);
                }
                throw Err.value("%s is not in deque", Abstract.reprJava(args[0]));
            });
            t.method2("insert", (self, idx, v) -> {
                Deque d = (Deque) self;
                long index = Sequences.asSsizeT(idx);
                int n = d.size;
                if (d.maxlen == n) {
                    throw Err.index("deque already at its maximum size");
                }
                if (index >= n) {
                    d.append(v, d.maxlen);
                    return Py.None;
                }
                if (index <= -n || index == 0) {
                    d.appendLeft(v, d.maxlen);
                    return Py.None;
                }
                d.rotate(-index);
                if (index < 0) {
                    d.append(v, d.maxlen);
                } else {
                    d.appendLeft(v, d.maxlen);
                }
                d.rotate(index);
                return Py.None;
            });
            t.method1("remove", (self, v) -> {
                Deque d = (Deque) self;
                long start = d.state;
                int n = d.size;
                int i;
                for (i = 0; i < n; i++) {
                    PyObject item = d.get(i);
                    boolean eq = Abstract.richCompareBool(item, v, CompareOp.EQ);
                    if (start != d.state) {
                        throw Err.index("deque mutated during iteration");
                    }
                    if (eq) {
                        break;
                    }
                }
                if (i == n) {
                    throw Err.value("%s is not in deque", Abstract.reprJava(v));
                }
                d.delItem(i);
                return Py.None;
            });
            t.method0("reverse", self -> {
                Deque d = (Deque) self;
                for (int i = 0, j = d.size - 1; i < j; i++, j--) {
                    PyObject x = d.get(i);
                    d.set(i, d.get(j));
                    d.set(j, x);
                }
                return Py.None;
            });
            t.method("rotate", "n=1, /", (self, a) -> {
                ((Deque) self).rotate(Sequences.asSsizeT(a[0]));
                return Py.None;
            });
            t.method0("__reversed__", self -> new DequeIter(DequeIter.REV_TYPE, (Deque) self));
            t.method0("__reduce__", self -> {
                Deque d = (Deque) self;
                PyObject state = Abstract.callMethod(self, "__getstate__");
                PyObject it = Abstract.iter(self);
                if (d.maxlen < 0) {
                    return PyTuple.of(self.type, PyTuple.EMPTY, state, it);
                }
                return PyTuple.of(self.type, PyTuple.of(PyTuple.EMPTY, PyInt.of(d.maxlen)), state, it);
            });
            t.method0("__sizeof__", self -> {
                Deque d = (Deque) self;
                long blocks = (d.leftindex + d.size + BLOCKLEN - 1) / BLOCKLEN;
                return PyInt.of(216 + blocks * (16 + 8 * BLOCKLEN));
            });
            t.getset("maxlen", self -> {
                Deque d = (Deque) self;
                return d.maxlen < 0 ? Py.None : PyInt.of(d.maxlen);
            });
            t.classMethod("__class_getitem__", NativeFunction.of("__class_getitem__", (cls, item) -> GenericAlias.of(cls, item)));
        }
    }

    /** _deque_iterator and _deque_reverse_iterator. */
    public static final class DequeIter extends PyObject {
        public static final PyType TYPE = PyType.builtin("_deque_iterator", DequeIter.class, t -> defineIter(t, false));
        public static final PyType REV_TYPE = PyType.builtin("_deque_reverse_iterator", DequeIter.class, t -> defineIter(t, true));

        private final Deque deque;
        private final long state;
        private int index;
        private int counter;
        private final boolean reverse;

        DequeIter(PyType type, Deque deque) {
            super(type);
            this.deque = deque;
            this.state = deque.state;
            this.counter = deque.size();
            this.reverse = type == REV_TYPE;
            this.index = reverse ? deque.size() - 1 : 0;
        }

        private PyObject next() {
            if (deque.state != state) {
                counter = 0;
                throw Err.runtime("deque mutated during iteration");
            }
            if (counter == 0) {
                return null;
            }
            PyObject item = deque.get(index);
            index += reverse ? -1 : 1;
            counter--;
            return item;
        }

        private static void defineIter(PyType t, boolean reverse) {
            t.module("_collections");
            t.tp_new = (type, args, kw) -> {
                ArgParser.noKeywords(type.getName(), kw);
                ArgParser.checkPositional(type.getName(), args.length, 1, 2);
                if (!(args[0] instanceof Deque d)) {
                    throw Err.type("%s() argument 1 must be collections.deque, not %s", type.getName(), Err.tn(args[0]));
                }
                DequeIter it = new DequeIter(reverse ? REV_TYPE : TYPE, d);
                long n = args.length > 1 ? Sequences.asSsizeT(args[1]) : 0;
                for (long i = 0; i < n; i++) {
                    if (it.next() == null) {
                        break;
                    }
                }
                return it;
            };
            t.tp_iter = self -> self;
            t.tp_iternext = self -> ((DequeIter) self).next();
            t.method0("__length_hint__", self -> PyInt.of(((DequeIter) self).counter));
            t.method0("__reduce__", self -> {
                DequeIter it = (DequeIter) self;
                return PyTuple.of(self.type, PyTuple.of(it.deque, PyInt.of(it.deque.size() - it.counter)));
            });
        }
    }

    // ---- defaultdict ------------------------------------------------------------------------------

    /** defaultdict(default_factory=None, /, ...): a dict that calls default_factory for missing keys. */
    public static final class DefaultDict extends PyDict implements Instance {
        public static final PyType TYPE = PyType.builtin("defaultdict", DefaultDict.class, DefaultDict::define);

        /** The factory, or null when not set (shown as None). */
        PyObject factory;
        private PyDict dict;
        private final PyObject[] slots;

        DefaultDict(PyType type) {
            super(type);
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

        private PyObject factoryOrNone() {
            return factory == null ? Py.None : factory;
        }

        private static PyObject newLike(DefaultDict dd, PyObject arg) {
            return Abstract.call(dd.type, dd.factoryOrNone(), arg);
        }

        private static void define(PyType t) {
            t.module("collections");
            t.base(PyDict.TYPE);
            t.flags(PyType.BASETYPE);
            t.doc("defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
                    + "The default factory is called without arguments to produce\n"
                    + "a new value when a key is not present, in __getitem__ only.\n"
                    + "A defaultdict compares equal to a dict with the same items.\n"
                    + "All remaining arguments are treated the same as if they were\n"
                    + "passed to the dict constructor, including keyword arguments.\n");
            t.tp_alloc = DefaultDict::new;
            t.tp_new = (type, args, kw) -> type.tp_alloc.alloc(type);
            t.tp_init = (self, args, kw) -> {
                DefaultDict dd = (DefaultDict) self;
                int npos = args.length - (kw == null ? 0 : kw.length);
                PyObject nd = null;
                PyObject[] rest = args;
                if (npos > 0) {
                    nd = args[0];
                    if (!Abstract.isCallable(nd) && nd != Py.None) {
                        throw Err.type("first argument must be callable or None");
                    }
                    rest = java.util.Arrays.copyOfRange(args, 1, args.length);
                }
                dd.factory = nd;
                PyDict.TYPE.tp_init.init(self, rest, kw);
            };
            t.tp_repr = self -> {
                DefaultDict dd = (DefaultDict) self;
                String base = Abstract.strJava(PyDict.TYPE.tp_repr.apply(self));
                String def;
                if (dd.factory == null) {
                    def = "None";
                } else {
                    ThreadState ts = ThreadState.current();
                    if (!ts.reprEnter(dd.factory)) {
                        def = "...";
                    } else {
                        try {
                            def = Abstract.reprJava(dd.factory);
                        } finally {
                            ts.reprLeave(dd.factory);
                        }
                    }
                }
                return PyStr.of(self.type.getName() + "(" + def + ", " + base + ")");
            };
            t.nb_or = (a, b) -> {
                DefaultDict self;
                PyObject other;
                if (a instanceof DefaultDict da) {
                    self = da;
                    other = b;
                } else {
                    self = (DefaultDict) b;
                    other = a;
                }
                if (!(other instanceof PyDict)) {
                    return Py.NotImplemented;
                }
                PyObject n = newLike(self, a);
                Abstract.callMethod(n, "update", b);
                return n;
            };
            t.method1("__missing__", (self, key) -> {
                DefaultDict dd = (DefaultDict) self;
                if (dd.factory == null || dd.factory == Py.None) {
                    throw Err.key(key);
                }
                PyObject value = Abstract.call(dd.factory);
                Abstract.setItem(self, key, value);
                return value;
            });
            t.method0("copy", self -> newLike((DefaultDict) self, self));
            t.method0("__copy__", self -> newLike((DefaultDict) self, self));
            t.method0("__reduce__", self -> {
                DefaultDict dd = (DefaultDict) self;
                PyObject args = dd.factory == null || dd.factory == Py.None ? PyTuple.EMPTY : PyTuple.of(dd.factory);
                PyObject items = Abstract.iter(Abstract.callMethod(self, "items"));
                return PyTuple.of(self.type, args, Py.None, Py.None, items);
            });
            t.getset("default_factory", self -> ((DefaultDict) self).factoryOrNone(),
                    (self, v) -> ((DefaultDict) self).factory = v,
                    self -> ((DefaultDict) self).factory = null);
        }
    }

    // ---- _tuplegetter ------------------------------------------------------------------------------

    /** _tuplegetter(index, doc): the field descriptor of namedtuple classes. */
    public static final class TupleGetter extends PyObject {
        public static final PyType TYPE = PyType.builtin("_tuplegetter", TupleGetter.class, TupleGetter::define);

        private final long index;
        private PyObject doc;

        TupleGetter(long index, PyObject doc) {
            super(TYPE);
            this.index = index;
            this.doc = doc;
        }

        private static void define(PyType t) {
            t.module("_collections");
            t.tp_new = (type, args, kw) -> {
                ArgParser.noKeywords("_tuplegetter", kw);
                ArgParser.checkPositional("_tuplegetter", args.length, 2, 2);
                return new TupleGetter(Sequences.asSsizeT(args[0]), args[1]);
            };
            t.tp_descr_get = (self, obj, type) -> {
                TupleGetter g = (TupleGetter) self;
                if (obj == null) {
                    return self;
                }
                if (!(obj instanceof PyTuple tu)) {
                    if (obj == Py.None) {
                        return self;
                    }
                    throw Err.type("descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", g.index,
                            Err.tn(obj));
                }
                if (g.index < 0 || g.index >= tu.size()) {
                    throw Err.index("tuple index out of range");
                }
                return tu.get((int) g.index);
            };
            t.tp_descr_set = (self, obj, value) -> {
                throw Err.format(PyExc.AttributeError, value == null ? "can't delete attribute" : "can't set attribute");
            };
            t.tp_repr = self -> {
                TupleGetter g = (TupleGetter) self;
                return PyStr.of(self.type.getName() + "(" + g.index + ", " + Abstract.reprJava(g.doc) + ")");
            };
            t.method0("__reduce__", self -> {
                TupleGetter g = (TupleGetter) self;
                return PyTuple.of(self.type, PyTuple.of(PyInt.of(g.index), g.doc));
            });
            t.getset("__doc__", self -> ((TupleGetter) self).doc, (self, v) -> ((TupleGetter) self).doc = v);
        }
    }

    // ---- functions ---------------------------------------------------------------------------------------

    private static final PyStr S_GET = PyStr.immortal("get");
    private static final PyStr S_SETITEM = PyStr.immortal("__setitem__");

    private static PyObject countElements(PyObject self, PyObject mapping, PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        Slots.Next next = it.type.tp_iternext;
        PyObject one = PyInt.ONE;
        PyObject typeGet = mapping.type.lookup(S_GET);
        PyObject typeSet = mapping.type.lookup(S_SETITEM);
        if (mapping instanceof PyDict d && typeGet == PyDict.TYPE.lookup(S_GET) && typeSet == PyDict.TYPE.lookup(S_SETITEM)) {
            for (PyObject key = next.next(it); key != null; key = next.next(it)) {
                long h = Abstract.hash(key);
                PyObject old = d.getItem(key, h);
                d.setItem(key, h, old == null ? one : Abstract.add(old, one));
            }
        } else {
            PyObject get = Abstract.getAttr(mapping, S_GET);
            for (PyObject key = next.next(it); key != null; key = next.next(it)) {
                PyObject old = Abstract.call(get, key, PyInt.ZERO);
                Abstract.setItem(mapping, key, Abstract.add(old, one));
            }
        }
        return Py.None;
    }

    private static final PyBuiltinFunction COUNT_ELEMENTS = PyBuiltinFunction.function("_collections",
            NativeFunction.of("_count_elements", CollectionsModule::countElements));

    private static final PyType[] TYPES = {Deque.TYPE, DequeIter.TYPE, DequeIter.REV_TYPE, DefaultDict.TYPE, TupleGetter.TYPE};

    public static PyModule create(Interpreter interp) {
        PyType.ready(TYPES);
        PyModule m = new PyModule("_collections");
        m.put("__doc__", PyStr.of("High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n"
                + "- defaultdict:  dict subclass with a default value factory\n"));
        m.put("deque", Deque.TYPE);
        m.put("defaultdict", DefaultDict.TYPE);
        m.put("_deque_iterator", DequeIter.TYPE);
        m.put("_deque_reverse_iterator", DequeIter.REV_TYPE);
        m.put("_tuplegetter", TupleGetter.TYPE);
        m.put("_count_elements", COUNT_ELEMENTS);
        return m;
    }
}
