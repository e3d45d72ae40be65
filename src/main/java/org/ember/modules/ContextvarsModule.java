package org.ember.modules;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.CompareOp;
import org.ember.objects.Err;
import org.ember.objects.GenericAlias;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyExc;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/**
 * The _contextvars module (CPython's Python/context.c and Modules/_contextvarsmodule.c):
 * Context, ContextVar and Token (PEP 567). Each thread's current context lives on its
 * {@link ThreadState}. A context's mapping is immutable and shared on copy; setting a variable
 * replaces the current context's mapping with a modified copy.
 */
public final class ContextvarsModule {
    private ContextvarsModule() {}

    /** An immutable mapping from ContextVar to value, in insertion order. */
    static final class Vars {
        static final Vars EMPTY = new Vars(new LinkedHashMap<>());
        final Map<PyObject, PyObject> map;

        private Vars(Map<PyObject, PyObject> map) {
            this.map = map;
        }

        PyObject get(PyObject var) {
            return map.get(var);
        }

        Vars with(PyObject var, PyObject value) {
            Map<PyObject, PyObject> m = new LinkedHashMap<>(map);
            m.put(var, value);
            return new Vars(m);
        }

        Vars without(PyObject var) {
            if (!map.containsKey(var)) {
                return this;
            }
            Map<PyObject, PyObject> m = new LinkedHashMap<>(map);
            m.remove(var);
            return new Vars(m);
        }
    }

    // ---- Context -------------------------------------------------------------------------------

    /** contextvars.Context. */
    public static final class PyContext extends PyObject {
        public static final PyType TYPE = PyType.builtin("Context", PyContext.class, PyContext::define);

        Vars vars;
        PyContext prev;
        boolean entered;

        PyContext(Vars vars) {
            super(TYPE);
            this.vars = vars;
        }

        /** The thread's current context, created empty on first use. */
        static PyContext current(ThreadState ts) {
            if (ts.context == null) {
                ts.context = new PyContext(Vars.EMPTY);
            }
            return (PyContext) ts.context;
        }

        /** copy_context(). */
        public static PyContext copyCurrent() {
            return new PyContext(current(ThreadState.current()).vars);
        }

        void enter(ThreadState ts) {
            if (entered) {
                throw Err.runtime("cannot enter context: %s is already entered", Abstract.reprJava(this));
            }
            prev = (PyContext) ts.context;
            entered = true;
            ts.context = this;
        }

        void exit(ThreadState ts) {
            if (!entered) {
                throw Err.runtime("cannot exit context: %s has not been entered", Abstract.reprJava(this));
            }
            if (ts.context != this) {
                throw Err.runtime("cannot exit context: thread state references a different context object");
            }
            ts.context = prev;
            prev = null;
            entered = false;
        }

        /** Context.run(callable, *args, **kwargs). */
        public PyObject run(PyObject callable, PyObject[] args, String[] kwnames) {
            ThreadState ts = ThreadState.current();
            enter(ts);
            try {
                return Abstract.call(callable, args, kwnames);
            } finally {
                exit(ts);
            }
        }

        private static PyObject checkKey(PyObject key) {
            if (!(key instanceof PyContextVar)) {
                throw Err.type("a ContextVar key was expected, got %s", Abstract.reprJava(key));
            }
            return key;
        }

        private static void define(PyType t) {
            t.module("_contextvars");
            t.tp_new = (type, args, kw) -> {
                if (args.length > 0) {
                    throw Err.type("Context() does not accept any arguments");
                }
                return new PyContext(Vars.EMPTY);
            };
            t.tp_hash = org.ember.objects.HeapSlots.HASH_NOT_IMPLEMENTED;
            t.tp_richcompare = (a, b, op) -> {
                if (!(a instanceof PyContext ca) || !(b instanceof PyContext cb)
                        || (op != CompareOp.EQ && op != CompareOp.NE)) {
                    return Py.NotImplemented;
                }
                boolean eq = equal(ca.vars, cb.vars);
                return Py.bool(op == CompareOp.EQ ? eq : !eq);
            };
            t.mp_subscript = (self, key) -> {
                PyObject v = ((PyContext) self).vars.get(checkKey(key));
                if (v == null) {
                    throw Err.key(key);
                }
                return v;
            };
            t.sq_contains = (self, key) -> ((PyContext) self).vars.get(checkKey(key)) != null;
            t.sq_length = self -> ((PyContext) self).vars.map.size();
            t.tp_iter = self -> Abstract.iter(PyTuple.of(((PyContext) self).vars.map.keySet().toArray(new PyObject[0])));
            t.methodV("run", (self, args, kw) -> {
                int npos = args.length - (kw == null ? 0 : kw.length);
                if (npos < 1) {
                    throw Err.type("run() missing 1 required positional argument");
                }
                return ((PyContext) self).run(args[0], java.util.Arrays.copyOfRange(args, 1, args.length), kw);
            });
            t.method0("copy", self -> new PyContext(((PyContext) self).vars));
            t.methodV("get", (self, args, kw) -> {
                PyObject[] a = GET.bind(args, kw);
                PyObject v = ((PyContext) self).vars.get(checkKey(a[0]));
                return v == null ? a[1] : v;
            });
            t.method0("keys", self -> new View(View.KEYS, ((PyContext) self).vars));
            t.method0("values", self -> new View(View.VALUES, ((PyContext) self).vars));
            t.method0("items", self -> new View(View.ITEMS, ((PyContext) self).vars));
        }

        private static final ArgParser GET = new ArgParser("get", "key, default=None, /");

        static boolean equal(Vars a, Vars b) {
            if (a == b) {
                return true;
            }
            if (a.map.size() != b.map.size()) {
                return false;
            }
            for (Map.Entry<PyObject, PyObject> e : a.map.entrySet()) {
                PyObject other = b.map.get(e.getKey());
                if (other == null || !Abstract.richCompareBool(e.getValue(), other, CompareOp.EQ)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The keys/values/items views of a Context (a snapshot of its mapping). */
    static final class View extends PyObject {
        static final int KEYS = 0;
        static final int VALUES = 1;
        static final int ITEMS = 2;
        static final PyType KEYS_TYPE = PyType.builtin("keys", View.class, t -> defineView(t));
        static final PyType VALUES_TYPE = PyType.builtin("values", View.class, t -> defineView(t));
        static final PyType ITEMS_TYPE = PyType.builtin("items", View.class, t -> defineView(t));

        final int kind;
        final Vars vars;

        View(int kind, Vars vars) {
            super(kind == KEYS ? KEYS_TYPE : kind == VALUES ? VALUES_TYPE : ITEMS_TYPE);
            this.kind = kind;
            this.vars = vars;
        }

        private static void defineView(PyType t) {
            t.flags(PyType.DISALLOW_INSTANTIATION);
            t.sq_length = self -> ((View) self).vars.map.size();
            t.tp_iter = self -> {
                View v = (View) self;
                PyObject[] items = new PyObject[v.vars.map.size()];
                int i = 0;
                for (Map.Entry<PyObject, PyObject> e : v.vars.map.entrySet()) {
                    items[i++] = switch (v.kind) {
                        case KEYS -> e.getKey();
                        case VALUES -> e.getValue();
                        default -> PyTuple.of(e.getKey(), e.getValue());
                    };
                }
                return Abstract.iter(PyTuple.of(items));
            };
        }
    }

    // ---- ContextVar ----------------------------------------------------------------------------

    /** contextvars.ContextVar. */
    public static final class PyContextVar extends PyObject {
        public static final PyType TYPE = PyType.builtin("ContextVar", PyContextVar.class, PyContextVar::define);
        private static final ArgParser NEW = new ArgParser("ContextVar", "name, *, default=NULL");
        private static final ArgParser GET = new ArgParser("get", "default=NULL, /");

        final PyStr name;
        /** The default, or null when there is none. */
        final PyObject defaultValue;

        PyContextVar(PyStr name, PyObject defaultValue) {
            super(TYPE);
            this.name = name;
            this.defaultValue = defaultValue;
        }

        /** ContextVar.get(): the value in the current context, else the default. */
        public PyObject get(PyObject dflt) {
            ThreadState ts = ThreadState.current();
            if (ts.context != null) {
                PyObject v = ((PyContext) ts.context).vars.get(this);
                if (v != null) {
                    return v;
                }
            }
            if (dflt != null) {
                return dflt;
            }
            if (defaultValue != null) {
                return defaultValue;
            }
            throw Err.raise(PyExc.LookupError, this);
        }

        public PyToken set(PyObject value) {
            PyContext ctx = PyContext.current(ThreadState.current());
            PyObject old = ctx.vars.get(this);
            PyToken tok = new PyToken(ctx, this, old);
            ctx.vars = ctx.vars.with(this, value);
            return tok;
        }

        public void reset(PyObject token) {
            if (!(token instanceof PyToken tok)) {
                throw Err.type("expected an instance of Token, got %s", Abstract.reprJava(token));
            }
            if (tok.used) {
                throw Err.runtime("%s has already been used once", Abstract.reprJava(tok));
            }
            if (tok.var != this) {
                throw Err.value("%s was created by a different ContextVar", Abstract.reprJava(tok));
            }
            PyContext ctx = PyContext.current(ThreadState.current());
            if (tok.ctx != ctx) {
                throw Err.value("%s was created in a different Context", Abstract.reprJava(tok));
            }
            tok.used = true;
            ctx.vars = tok.old == null ? ctx.vars.without(this) : ctx.vars.with(this, tok.old);
        }

        private static void define(PyType t) {
            t.module("_contextvars");
            t.tp_new = (type, args, kw) -> {
                int npos = args.length - (kw == null ? 0 : kw.length);
                if (npos > 1) {
                    throw Err.type("ContextVar() takes at most 1 positional argument (%d given)", npos);
                }
                PyObject[] a = NEW.bind(args, kw);
                if (!(a[0] instanceof PyStr s)) {
                    throw Err.type("context variable name must be a str");
                }
                return new PyContextVar(s, a[1]);
            };
            t.tp_repr = self -> {
                PyContextVar v = (PyContextVar) self;
                StringBuilder sb = new StringBuilder("<ContextVar name=").append(Abstract.reprJava(v.name));
                if (v.defaultValue != null) {
                    sb.append(" default=").append(Abstract.reprJava(v.defaultValue));
                }
                return PyStr.of(sb.append(" at ").append(Abstract.addressOf(self)).append('>').toString());
            };
            t.methodV("get", (self, args, kw) -> ((PyContextVar) self).get(GET.bind(args, kw)[0]));
            t.method1("set", (self, v) -> ((PyContextVar) self).set(v));
            t.method1("reset", (self, tok) -> {
                ((PyContextVar) self).reset(tok);
                return Py.None;
            });
            t.getset("name", self -> ((PyContextVar) self).name);
            t.classMethod("__class_getitem__", NativeFunction.of("__class_getitem__", (cls, item) -> GenericAlias.of(cls, item)));
        }
    }

    // ---- Token ---------------------------------------------------------------------------------

    /** contextvars.Token. */
    public static final class PyToken extends PyObject {
        public static final PyType TYPE = PyType.builtin("Token", PyToken.class, PyToken::define);
        static final PyType MISSING_TYPE = PyType.builtin("Token.MISSING", PyObject.class, t -> {
            t.flags(PyType.DISALLOW_INSTANTIATION);
            t.tp_repr = self -> PyStr.of("<Token.MISSING>");
        });
        /** Token.MISSING (immortal). */
        static final PyObject MISSING = new Missing();

        final PyContext ctx;
        final PyContextVar var;
        /** The previous value, or null when the variable was not set. */
        final PyObject old;
        boolean used;

        PyToken(PyContext ctx, PyContextVar var, PyObject old) {
            super(TYPE);
            this.ctx = ctx;
            this.var = var;
            this.old = old;
        }

        private static void define(PyType t) {
            t.module("_contextvars");
            t.tp_new = (type, args, kw) -> {
                throw Err.runtime("Tokens can only be created by ContextVars");
            };
            t.tp_repr = self -> {
                PyToken tok = (PyToken) self;
                return PyStr.of("<Token" + (tok.used ? " used" : "") + " var=" + Abstract.reprJava(tok.var) + " at "
                        + Abstract.addressOf(self) + ">");
            };
            t.getset("var", self -> ((PyToken) self).var);
            t.getset("old_value", self -> {
                PyObject o = ((PyToken) self).old;
                return o == null ? MISSING : o;
            });
            t.attr("MISSING", MISSING);
            t.classMethod("__class_getitem__", NativeFunction.of("__class_getitem__", (cls, item) -> GenericAlias.of(cls, item)));
        }
    }

    /** The Token.MISSING marker. */
    static final class Missing extends PyObject {
        Missing() {
            super(PyToken.MISSING_TYPE);
        }

        @Override
        public boolean isImmortal() {
            return true;
        }
    }

    private static final NativeFunction COPY_CONTEXT = NativeFunction.of("copy_context", m -> PyContext.copyCurrent());

    public static PyModule create(Interpreter interp) {
        PyType.ready(PyToken.MISSING_TYPE, PyContext.TYPE, PyContextVar.TYPE, PyToken.TYPE, View.KEYS_TYPE,
                View.VALUES_TYPE, View.ITEMS_TYPE);
        PyModule m = new PyModule("_contextvars");
        m.put("__doc__", PyStr.of("Context Variables"));
        m.put("Context", PyContext.TYPE);
        m.put("ContextVar", PyContextVar.TYPE);
        m.put("Token", PyToken.TYPE);
        m.function(COPY_CONTEXT);
        return m;
    }
}
