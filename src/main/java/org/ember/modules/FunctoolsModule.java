package org.ember.modules;

import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.Err;
import org.ember.objects.GenericAlias;
import org.ember.objects.Instance;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/**
 * The _functools module (CPython's Modules/_functoolsmodule.c): partial, reduce, cmp_to_key and
 * _lru_cache_wrapper (the engine of functools.lru_cache).
 */
public final class FunctoolsModule {
    private FunctoolsModule() {}

    private static final String MODULE = "_functools";

    /** The tp_name CPython shows in reprs: "functools.partial" for the builtin, the bare name for subclasses. */
    private static String tpName(PyType t) {
        return t.isHeapType() ? t.getName() : t.getFullName();
    }

    // ---- partial ----------------------------------------------------------------------------------

    /** partial(func, *args, **keywords) */
    public static final class Partial extends PyObject implements Instance {
        public static final PyType TYPE = PyType.builtin("partial", Partial.class, Partial::define);

        PyObject fn;
        PyTuple args;
        PyDict kw;
        private PyDict dict;
        private final PyObject[] slots;

        Partial(PyType type) {
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

        private static PyObject partialNew(PyType type, PyObject[] args, String[] kwnames) {
            int nkw = kwnames == null ? 0 : kwnames.length;
            int npos = args.length - nkw;
            if (npos < 1) {
                throw Err.type("type 'partial' takes at least one argument");
            }
            PyObject func = args[0];
            PyTuple pargs = null;
            PyDict pkw = null;
            if (func instanceof Partial part && part.type.tp_call == TYPE.tp_call && part.getDictOrNull() == null) {
                pargs = part.args;
                pkw = part.kw;
                func = part.fn;
            }
            if (!Abstract.isCallable(func)) {
                throw Err.type("the first argument must be callable");
            }
            Partial p = new Partial(type);
            p.fn = func;
            PyObject[] nargs = java.util.Arrays.copyOfRange(args, 1, npos);
            if (pargs == null) {
                p.args = PyTuple.of(nargs);
            } else {
                PyObject[] all = java.util.Arrays.copyOf(pargs.items(), pargs.size() + nargs.length);
                System.arraycopy(nargs, 0, all, pargs.size(), nargs.length);
                p.args = PyTuple.of(all);
            }
            PyDict k = pkw == null || pkw.size() == 0 ? new PyDict() : pkw.copy();
            for (int i = 0; i < nkw; i++) {
                k.setItem(PyStr.of(kwnames[i]), args[npos + i]);
            }
            p.kw = k;
            return p;
        }

        private static PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
            Partial p = (Partial) self;
            int nkw = kwnames == null ? 0 : kwnames.length;
            int npos = args.length - nkw;
            PyObject[] pa = p.args.items();
            if (p.kw.size() == 0) {
                if (pa.length == 0) {
                    return Abstract.call(p.fn, args, kwnames);
                }
                PyObject[] all = new PyObject[pa.length + args.length];
                System.arraycopy(pa, 0, all, 0, pa.length);
                System.arraycopy(args, 0, all, pa.length, args.length);
                return Abstract.call(p.fn, all, kwnames);
            }
            PyDict kw = p.kw.copy();
            for (int i = 0; i < nkw; i++) {
                kw.setItem(PyStr.of(kwnames[i]), args[npos + i]);
            }
            int n = kw.size();
            PyObject[] all = new PyObject[pa.length + npos + n];
            System.arraycopy(pa, 0, all, 0, pa.length);
            System.arraycopy(args, 0, all, pa.length, npos);
            String[] names = new String[n];
            int j = 0;
            for (int i = kw.nextIndex(0); i >= 0; i = kw.nextIndex(i + 1)) {
                PyObject key = kw.keyAt(i);
                if (!(key instanceof PyStr ks)) {
                    throw Err.type("keywords must be strings");
                }
                names[j] = ks.value;
                all[pa.length + npos + j] = kw.valueAt(i);
                j++;
            }
            return Abstract.call(p.fn, all, names);
        }

        private static PyObject repr(PyObject self) {
            Partial p = (Partial) self;
            ThreadState ts = ThreadState.current();
            if (!ts.reprEnter(self)) {
                return PyStr.of("...");
            }
            try {
                StringBuilder sb = new StringBuilder();
                for (PyObject a : p.args.items()) {
                    sb.append(", ").append(Abstract.reprJava(a));
                }
                PyDict kw = p.kw;
                for (int i = kw.nextIndex(0); i >= 0; i = kw.nextIndex(i + 1)) {
                    PyObject key = kw.keyAt(i);
                    PyObject value = kw.valueAt(i);
                    sb.append(", ").append(Abstract.strJava(key)).append('=').append(Abstract.reprJava(value));
                }
                return PyStr.of(tpName(self.type) + "(" + Abstract.reprJava(p.fn) + sb + ")");
            } finally {
                ts.reprLeave(self);
            }
        }

        private static void define(PyType t) {
            t.module("functools");
            t.flags(PyType.BASETYPE | PyType.HAS_DICT | PyType.HAS_WEAKREF);
            t.doc("partial(func, *args, **keywords) - new function with partial application\n"
                    + "    of the given arguments and keywords.\n");
            t.tp_new = Partial::partialNew;
            t.tp_call = Partial::call;
            t.tp_repr = Partial::repr;
            org.ember.objects.Members.readonly(t, "func", self -> ((Partial) self).fn);
            org.ember.objects.Members.readonly(t, "args", self -> ((Partial) self).args);
            org.ember.objects.Members.readonly(t, "keywords", self -> ((Partial) self).kw);
            t.getset("__dict__", self -> ((Partial) self).getDict(), (self, v) -> {
                if (!(v instanceof PyDict d)) {
                    throw Err.type("__dict__ must be set to a dictionary, not a '%s'", Err.tn(v));
                }
                ((Partial) self).setDict(d);
            });
            t.method0("__reduce__", self -> {
                Partial p = (Partial) self;
                PyObject d = p.getDictOrNull();
                return PyTuple.of(self.type, PyTuple.of(p.fn), PyTuple.of(p.fn, p.args, p.kw, d == null ? Py.None : d));
            });
            t.method1("__setstate__", (self, state) -> {
                Partial p = (Partial) self;
                if (!(state instanceof PyTuple st) || st.size() != 4) {
                    throw Err.type("invalid partial state");
                }
                PyObject fn = st.get(0);
                PyObject fnargs = st.get(1);
                PyObject kw = st.get(2);
                PyObject dict = st.get(3);
                if (!Abstract.isCallable(fn) || !(fnargs instanceof PyTuple) || (kw != Py.None && !(kw instanceof PyDict))) {
                    throw Err.type("invalid partial state");
                }
                p.fn = fn;
                p.args = fnargs.type == PyTuple.TYPE ? (PyTuple) fnargs : PyTuple.fromIterable(fnargs);
                p.kw = kw == Py.None ? new PyDict() : kw.type != PyDict.TYPE ? ((PyDict) kw).copy() : (PyDict) kw;
                p.dict = dict == Py.None ? null : (PyDict) dict;
                return Py.None;
            });
            t.classMethod("__class_getitem__", NativeFunction.of("__class_getitem__", (cls, item) -> GenericAlias.of(cls, item)));
        }
    }

    // ---- cmp_to_key ---------------------------------------------------------------------------------

    /** functools.KeyWrapper: the key object made by cmp_to_key(mycmp). */
    public static final class KeyWrapper extends PyObject {
        private static final ArgParser CALL = new ArgParser("K", "obj");
        public static final PyType TYPE = PyType.builtin("KeyWrapper", KeyWrapper.class, KeyWrapper::define);

        private final PyObject cmp;
        private PyObject object;

        KeyWrapper(PyObject cmp, PyObject object) {
            super(TYPE);
            this.cmp = cmp;
            this.object = object;
        }

        private static void define(PyType t) {
            t.module("functools");
            t.flags(PyType.DISALLOW_INSTANTIATION);
            t.tp_hash = org.ember.objects.HeapSlots.HASH_NOT_IMPLEMENTED;
            t.tp_call = (self, args, kw) -> {
                PyObject[] a = CALL.bind(args, kw);
                return new KeyWrapper(((KeyWrapper) self).cmp, a[0]);
            };
            t.tp_richcompare = (a, b, op) -> {
                if (b.type != a.type) {
                    throw Err.type("other argument must be K instance");
                }
                KeyWrapper x = (KeyWrapper) a;
                KeyWrapper y = (KeyWrapper) b;
                if (x.object == null || y.object == null) {
                    throw Err.format(PyExc.AttributeError, "object");
                }
                PyObject res = Abstract.call(x.cmp, x.object, y.object);
                return Abstract.richCompare(res, PyInt.ZERO, op);
            };
            t.getset("obj", self -> {
                PyObject o = ((KeyWrapper) self).object;
                if (o == null) {
                    throw Err.attribute(self, PyStr.of("obj"));
                }
                return o;
            }, (self, v) -> ((KeyWrapper) self).object = v, self -> ((KeyWrapper) self).object = null);
        }
    }

    // ---- _lru_cache_wrapper ------------------------------------------------------------------------------

    /** A cache entry of a bounded lru cache: a node of the circular recency list (lru_list_elem). */
    static final class Link extends PyObject {
        static final PyType TYPE = PyType.builtin("_lru_list_elem", Link.class, t -> {
            t.module("functools");
            t.flags(PyType.DISALLOW_INSTANTIATION);
        });
        Link prev;
        Link next;
        long hash;
        PyObject key;
        PyObject result;

        Link() {
            super(TYPE);
        }
    }

    /** _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type): the engine of functools.lru_cache. */
    public static final class LruCache extends PyObject implements Instance {
        private static final ArgParser ARGS = new ArgParser("lru_cache", "user_function, maxsize, typed, cache_info_type");
        public static final PyType TYPE = PyType.builtin("_lru_cache_wrapper", LruCache.class, LruCache::define);
        /** Separates positional arguments from keyword items in keys (CPython's kwd_mark). */
        private static final PyObject KWD_MARK = new PyObject(PyObject.TYPE) {
            @Override
            public boolean isImmortal() {
                return true;
            }
        };

        private final PyObject func;
        /** -1: unbounded; 0: no caching; else the bound. */
        private final long maxsize;
        private final boolean typed;
        private final PyObject cacheInfoType;
        private final PyDict cache = new PyDict();
        private final Link root = new Link();
        private long hits;
        private long misses;
        private PyDict dict;
        private final PyObject[] slots;

        LruCache(PyType type, PyObject func, long maxsize, boolean typed, PyObject cacheInfoType) {
            super(type);
            this.func = func;
            this.maxsize = maxsize;
            this.typed = typed;
            this.cacheInfoType = cacheInfoType;
            this.slots = type.slotCount == 0 ? null : new PyObject[type.slotCount];
            root.prev = root;
            root.next = root;
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

        /** lru_cache_make_key */
        private PyObject makeKey(PyObject[] args, int npos, String[] kwnames) {
            int nkw = kwnames == null ? 0 : kwnames.length;
            if (!typed && nkw == 0) {
                if (npos == 1) {
                    PyObject k = args[0];
                    if (k.type == PyStr.TYPE || k.type == PyInt.TYPE) {
                        return k;
                    }
                }
                return PyTuple.of(java.util.Arrays.copyOf(args, npos));
            }
            int size = npos;
            if (nkw > 0) {
                size += nkw * 2 + 1;
            }
            if (typed) {
                size += npos + nkw;
            }
            PyObject[] key = new PyObject[size];
            int pos = 0;
            for (int i = 0; i < npos; i++) {
                key[pos++] = args[i];
            }
            if (nkw > 0) {
                key[pos++] = KWD_MARK;
                for (int i = 0; i < nkw; i++) {
                    key[pos++] = PyStr.of(kwnames[i]);
                    key[pos++] = args[npos + i];
                }
            }
            if (typed) {
                for (int i = 0; i < npos; i++) {
                    key[pos++] = args[i].type;
                }
                for (int i = 0; i < nkw; i++) {
                    key[pos++] = args[npos + i].type;
                }
            }
            return PyTuple.of(key);
        }

        private void extract(Link l) {
            l.prev.next = l.next;
            l.next.prev = l.prev;
        }

        private void append(Link l) {
            Link last = root.prev;
            last.next = l;
            root.prev = l;
            l.prev = last;
            l.next = root;
        }

        private PyObject call(PyObject[] args, String[] kwnames) {
            int npos = args.length - (kwnames == null ? 0 : kwnames.length);
            if (maxsize == 0) {
                misses++;
                return Abstract.call(func, args, kwnames);
            }
            PyObject key = makeKey(args, npos, kwnames);
            long hash = Abstract.hash(key);
            PyObject found = cache.getItem(key, hash);
            if (maxsize < 0) {
                if (found != null) {
                    hits++;
                    return found;
                }
                misses++;
                PyObject result = Abstract.call(func, args, kwnames);
                cache.setItem(key, hash, result);
                return result;
            }
            if (found != null) {
                Link link = (Link) found;
                extract(link);
                append(link);
                hits++;
                return link.result;
            }
            misses++;
            PyObject result = Abstract.call(func, args, kwnames);
            if (cache.getItem(key, hash) != null) {
                return result;
            }
            if (cache.size() < maxsize || root.next == root) {
                Link link = new Link();
                link.hash = hash;
                link.key = key;
                link.result = result;
                cache.setItem(key, hash, link);
                append(link);
                return result;
            }
            Link link = root.next;
            extract(link);
            PyObject popped = cache.pop(link.key);
            if (popped == null) {
                return result;
            }
            link.hash = hash;
            link.key = key;
            link.result = result;
            cache.setItem(key, hash, link);
            append(link);
            return result;
        }

        private static void define(PyType t) {
            t.module("functools");
            t.flags(PyType.BASETYPE | PyType.HAS_DICT | PyType.HAS_WEAKREF | PyType.METHOD_DESCRIPTOR);
            t.doc("Create a cached callable that wraps another function.\n\n"
                    + "user_function:      the function being cached\n\n"
                    + "maxsize:  0         for no caching\n"
                    + "          None      for unlimited cache size\n"
                    + "          n         for a bounded cache\n\n"
                    + "typed:    False     cache f(3) and f(3.0) as identical calls\n"
                    + "          True      cache f(3) and f(3.0) as distinct calls\n\n"
                    + "cache_info_type:    namedtuple class with the fields:\n"
                    + "                        hits misses currsize maxsize\n");
            t.tp_new = (type, args, kw) -> {
                PyObject[] a = ARGS.bind(args, kw);
                if (!Abstract.isCallable(a[0])) {
                    throw Err.type("the first argument must be callable");
                }
                long maxsize;
                if (a[1] == Py.None) {
                    maxsize = -1;
                } else if (Abstract.hasIndex(a[1])) {
                    maxsize = Math.max(0, Abstract.asSsize(a[1], PyExc.OverflowError));
                } else {
                    throw Err.type("maxsize should be integer or None");
                }
                return new LruCache(type, a[0], maxsize, Abstract.isTrue(a[2]), a[3]);
            };
            t.tp_call = (self, args, kw) -> ((LruCache) self).call(args, kw);
            t.tp_descr_get = (self, obj, type) -> obj == null || obj == Py.None ? self
                    : new org.ember.objects.PyMethod(self, obj);
            t.method0("cache_info", self -> {
                LruCache c = (LruCache) self;
                PyObject max = c.maxsize < 0 ? Py.None : PyInt.of(c.maxsize);
                return Abstract.call(c.cacheInfoType, PyInt.of(c.hits), PyInt.of(c.misses), max, PyInt.of(c.cache.size()));
            });
            t.method0("cache_clear", self -> {
                LruCache c = (LruCache) self;
                c.hits = 0;
                c.misses = 0;
                c.root.next = c.root;
                c.root.prev = c.root;
                c.cache.clear();
                return Py.None;
            });
            t.method0("__reduce__", self -> Abstract.getAttr(self, "__qualname__"));
            t.method0("__copy__", self -> self);
            t.method1("__deepcopy__", (self, memo) -> self);
            t.getset("__dict__", self -> ((LruCache) self).getDict(), (self, v) -> {
                if (!(v instanceof PyDict d)) {
                    throw Err.type("__dict__ must be set to a dictionary, not a '%s'", Err.tn(v));
                }
                ((LruCache) self).setDict(d);
            });
        }
    }

    // ---- functions ------------------------------------------------------------------------------------

    private static PyObject reduce(PyObject self, PyObject[] args, String[] kw) {
        ArgParser.noKeywords("reduce", kw);
        ArgParser.checkPositional("reduce", args.length, 2, 3);
        PyObject func = args[0];
        PyObject result = args.length > 2 ? args[2] : null;
        PyObject it;
        try {
            it = Abstract.iter(args[1]);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                throw Err.type("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        for (PyObject op2 = Abstract.next(it); op2 != null; op2 = Abstract.next(it)) {
            result = result == null ? op2 : Abstract.call(func, result, op2);
        }
        if (result == null) {
            throw Err.type("reduce() of empty iterable with no initial value");
        }
        return result;
    }

    private static final PyBuiltinFunction REDUCE = PyBuiltinFunction.function(MODULE,
            NativeFunction.ofVector("reduce", FunctoolsModule::reduce));
    private static final PyBuiltinFunction CMP_TO_KEY = PyBuiltinFunction.function(MODULE,
            NativeFunction.of("cmp_to_key", "mycmp", (self, a) -> new KeyWrapper(a[0], null)));

    public static PyModule create(Interpreter interp) {
        PyType.ready(Partial.TYPE, KeyWrapper.TYPE, Link.TYPE, LruCache.TYPE);
        PyModule m = new PyModule(MODULE);
        m.put("__doc__", PyStr.of("Tools that operate on functions."));
        m.put("partial", Partial.TYPE);
        m.put("reduce", REDUCE);
        m.put("cmp_to_key", CMP_TO_KEY);
        m.put("_lru_cache_wrapper", LruCache.TYPE);
        return m;
    }
}
