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
 * The _functools module (CPython's Modules/_functoolsmodule.c): partial, reduce and cmp_to_key.
 * functools.py keeps its pure-Python lru_cache.
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
            t.getset("func", self -> ((Partial) self).fn);
            t.getset("args", self -> ((Partial) self).args);
            t.getset("keywords", self -> ((Partial) self).kw);
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
        private final PyObject object;

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
                return o == null ? Py.None : o;
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
        PyType.ready(Partial.TYPE, KeyWrapper.TYPE);
        PyModule m = new PyModule(MODULE);
        m.put("__doc__", PyStr.of("Tools that operate on functions."));
        m.put("partial", Partial.TYPE);
        m.put("reduce", REDUCE);
        m.put("cmp_to_key", CMP_TO_KEY);
        return m;
    }
}
