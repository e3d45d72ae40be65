package org.ember.modules;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

import org.ember.objects.Abstract;
import org.ember.objects.CompareOp;
import org.ember.objects.Err;
import org.ember.objects.Instance;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;
import org.ember.objects.Slots;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/**
 * Module _weakref: weak references over Java weak references. The JVM's collector decides
 * when a referent dies; callbacks are then delivered on a Python thread of the referent's
 * interpreter at the next safe point ({@link #processPending}), which the interpreter calls
 * periodically and gc.collect() calls after collecting.
 */
public final class WeakrefModule {
    private WeakrefModule() {}

    /** Per-interpreter queue of references whose referents died. */
    public static final class State {
        final ReferenceQueue<PyObject> queue = new ReferenceQueue<>();
    }

    static State state(Interpreter interp) {
        return interp.moduleState(State.class, i -> new State());
    }

    /** The Java weak reference behind a weakref or proxy object. */
    static final class Link extends WeakReference<PyObject> {
        final PyObject owner;

        Link(PyObject referent, PyObject owner, ReferenceQueue<PyObject> q) {
            super(referent, q);
            this.owner = owner;
        }
    }

    /**
     * Delivers the callbacks of weak references whose referents were collected (call at safe
     * points with the interpreter lock held). Exceptions in callbacks are reported as unraisable.
     */
    public static void processPending(Interpreter interp) {
        State st = state(interp);
        Reference<? extends PyObject> r;
        while ((r = st.queue.poll()) != null) {
            if (!(r instanceof Link link)) {
                continue;
            }
            PyObject owner = link.owner;
            PyObject cb = owner instanceof Ref ref ? ref.callback : owner instanceof Proxy p ? p.callback : null;
            if (owner instanceof Ref ref) {
                ref.callback = null;
            } else if (owner instanceof Proxy p) {
                p.callback = null;
            }
            if (cb != null && cb != Py.None) {
                try {
                    Abstract.call(cb, owner);
                } catch (PyException e) {
                    reportUnraisable(interp, cb, e);
                }
            }
        }
    }

    static void reportUnraisable(Interpreter interp, PyObject where, PyException e) {
        reportUnraisable(interp, where, e, "Exception ignored in");
    }

    /** PyErr_WriteUnraisable: "{prefix}: {where!r}" and the traceback on sys.stderr. */
    static void reportUnraisable(Interpreter interp, PyObject where, PyException e, String prefix) {
        PyObject stderr = interp.sysModule == null ? null : interp.sysModule.getDict().getStr("stderr");
        try {
            if (stderr != null && stderr != Py.None) {
                Abstract.callMethod(stderr, "write", PyStr.of(prefix + ": " + Abstract.reprJava(where) + "\n"));
                ThreadModule.printException(interp, stderr, e.value);
                return;
            }
        } catch (PyException ignored) {
            // fall back to the raw stream
        }
        interp.rawStderr.println(prefix + ": " + Abstract.reprJava(where));
        interp.rawStderr.println(e.getMessage());
    }

    static void poll() {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null) {
            processPending(ts.interp);
        }
    }

    static boolean supportsWeakrefs(PyObject o) {
        return o.type.hasFlag(PyType.HAS_WEAKREF);
    }

    static String typeName(PyObject o) {
        return o.type.isHeapType() ? o.type.getName() : o.type.getFullName();
    }

    // ---- ref ----------------------------------------------------------------------------------------

    /** weakref.ReferenceType (_weakref.ref). */
    public static class Ref extends PyObject implements Instance {
        public static final PyType TYPE = PyType.builtin("ReferenceType", Ref.class, Ref::define);

        Link link;
        PyObject callback;
        long hash = -1;
        boolean hashed;
        private PyDict dict;
        private final PyObject[] slots;

        public Ref(PyType type) {
            super(type);
            this.slots = type.slotCount == 0 ? null : new PyObject[type.slotCount];
        }

        /** The referent, or null once it is gone. */
        public PyObject get() {
            return link == null ? null : link.get();
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

        private static void define(PyType t) {
            t.module("weakref").flags(PyType.BASETYPE);
            t.tp_alloc = Ref::new;
            t.tp_new = (type, args, kw) -> newRef(type, args);
            t.tp_init = (self, args, kw) -> {
                PyObject[] pos = org.ember.objects.ArgParser.positional(args, kw);
                org.ember.objects.ArgParser.checkPositional("__init__", pos.length, 1, 2);
            };
            t.tp_call = (self, args, kw) -> {
                if (kw != null && kw.length > 0) {
                    throw Err.type("weakref() takes no keyword arguments");
                }
                if (args.length != 0) {
                    throw Err.type("weakref expected 0 arguments, got %d", args.length);
                }
                PyObject o = ((Ref) self).get();
                return o == null ? Py.None : o;
            };
            t.tp_hash = self -> {
                Ref r = (Ref) self;
                if (r.hashed) {
                    return r.hash;
                }
                PyObject o = r.get();
                if (o == null) {
                    throw Err.type("weak object has gone away");
                }
                r.hash = Abstract.hash(o);
                r.hashed = true;
                return r.hash;
            };
            t.tp_richcompare = (a, b, op) -> {
                if (op != CompareOp.EQ && op != CompareOp.NE || !(b instanceof Ref rb)) {
                    return Py.NotImplemented;
                }
                PyObject oa = ((Ref) a).get();
                PyObject ob = rb.get();
                if (oa == null || ob == null) {
                    boolean same = a == b;
                    return Py.bool(op == CompareOp.EQ ? same : !same);
                }
                return Abstract.richCompare(oa, ob, op);
            };
            t.tp_repr = self -> {
                Ref r = (Ref) self;
                PyObject o = r.get();
                if (o == null) {
                    return PyStr.of("<weakref at " + Abstract.addressOf(self) + "; dead>");
                }
                PyObject name = null;
                try {
                    name = Abstract.lookupAttr(o, "__name__");
                } catch (PyException e) {
                    name = null;
                }
                String base = "<weakref at " + Abstract.addressOf(self) + "; to '" + typeName(o) + "' at "
                        + Abstract.addressOf(o);
                if (name instanceof PyStr) {
                    return PyStr.of(base + " (" + ((PyStr) name).value + ")>");
                }
                return PyStr.of(base + ">");
            };
            t.getset("__callback__", self -> {
                PyObject cb = ((Ref) self).callback;
                return cb == null ? Py.None : cb;
            });
            t.classMethod("__class_getitem__", NativeFunction.of("__class_getitem__",
                    (cls, item) -> Abstract.call(org.ember.objects.GenericAlias.TYPE, cls, item)));
        }
    }

    static PyObject newRef(PyType type, PyObject[] args) {
        if (args.length < 1) {
            throw Err.type("__new__ expected at least 1 argument, got 0");
        }
        if (args.length > 2) {
            throw Err.type("__new__ expected at most 2 arguments, got %d", args.length);
        }
        PyObject ob = args[0];
        PyObject callback = args.length > 1 ? args[1] : Py.None;
        return makeRef(type, ob, callback);
    }

    static Ref makeRef(PyType type, PyObject ob, PyObject callback) {
        poll();
        if (!supportsWeakrefs(ob)) {
            throw Err.type("cannot create weak reference to '%s' object", typeName(ob));
        }
        Interpreter interp = ThreadState.current().interp;
        boolean basic = callback == Py.None && type == Ref.TYPE;
        if (basic) {
            for (PyObject r : interp.weakRefs.all(ob)) {
                if (r.type == Ref.TYPE && ((Ref) r).callback == null) {
                    return (Ref) r;
                }
            }
        }
        Ref r = (Ref) type.tp_alloc.alloc(type);
        r.callback = callback == Py.None ? null : callback;
        r.link = new Link(ob, r, state(interp).queue);
        if (basic) {
            interp.weakRefs.addFirst(ob, r);
        } else {
            interp.weakRefs.add(ob, r);
        }
        return r;
    }

    // ---- proxies --------------------------------------------------------------------------------------

    /** weakref.ProxyType and weakref.CallableProxyType. */
    public static final class Proxy extends PyObject {
        public static final PyType TYPE = PyType.builtin("ProxyType", Proxy.class, t -> defineProxy(t, false));
        public static final PyType CALLABLE_TYPE = PyType.builtin("CallableProxyType", Proxy.class,
                t -> defineProxy(t, true));

        Link link;
        PyObject callback;

        Proxy(PyType type) {
            super(type);
        }

        PyObject target() {
            PyObject o = link == null ? null : link.get();
            if (o == null) {
                throw Err.format(PyExc.ReferenceError, "weakly-referenced object no longer exists");
            }
            return o;
        }
    }

    static PyObject unwrap(PyObject o) {
        return o instanceof Proxy p ? p.target() : o;
    }

    static Slots.Binary bin(BinaryOperator<PyObject> op) {
        return (a, b) -> op.apply(unwrap(a), unwrap(b));
    }

    static Slots.Unary un(UnaryOperator<PyObject> op) {
        return a -> op.apply(unwrap(a));
    }

    private static void defineProxy(PyType t, boolean callable) {
        t.module("weakref").flags(PyType.DISALLOW_INSTANTIATION);
        t.tp_getattro = (self, name) -> Abstract.getAttr(((Proxy) self).target(), name);
        t.tp_setattro = (self, name, value) -> Abstract.setAttr(((Proxy) self).target(), name, value);
        t.tp_repr = self -> {
            Proxy p = (Proxy) self;
            PyObject o = p.link.get();
            if (o == null) {
                return PyStr.of("<weakproxy at " + Abstract.addressOf(self) + "; dead>");
            }
            return PyStr.of("<weakproxy at " + Abstract.addressOf(self) + " to " + typeName(o) + " at "
                    + Abstract.addressOf(o) + ">");
        };
        t.tp_str = self -> Abstract.str(((Proxy) self).target());
        t.tp_hash = self -> {
            throw Err.type("unhashable type: '%s'", self.type.getFullName());
        };
        t.tp_richcompare = (a, b, op) -> Abstract.richCompare(unwrap(a), unwrap(b), op);
        t.tp_iter = self -> Abstract.iter(((Proxy) self).target());
        t.tp_iternext = self -> {
            PyObject o = ((Proxy) self).target();
            if (o.type.tp_iternext == null) {
                throw Err.type("Weakref proxy referenced a non-iterator '%s' object", Err.tn(o));
            }
            return o.type.tp_iternext.next(o);
        };
        t.nb_bool = self -> Abstract.isTrue(((Proxy) self).target());
        t.sq_length = self -> Abstract.length(((Proxy) self).target());
        t.sq_contains = (self, item) -> Abstract.contains(((Proxy) self).target(), item);
        t.mp_subscript = (self, key) -> Abstract.getItem(((Proxy) self).target(), key);
        t.mp_ass_subscript = (self, key, value) -> {
            if (value == null) {
                Abstract.delItem(((Proxy) self).target(), key);
            } else {
                Abstract.setItem(((Proxy) self).target(), key, value);
            }
        };
        t.nb_add = bin(Abstract::add);
        t.nb_subtract = bin(Abstract::subtract);
        t.nb_multiply = bin(Abstract::multiply);
        t.nb_true_divide = bin(Abstract::trueDivide);
        t.nb_floor_divide = bin(Abstract::floorDivide);
        t.nb_remainder = bin(Abstract::remainder);
        t.nb_divmod = bin(Abstract::divmod);
        t.nb_lshift = bin(Abstract::lshift);
        t.nb_rshift = bin(Abstract::rshift);
        t.nb_and = bin(Abstract::and);
        t.nb_or = bin(Abstract::or);
        t.nb_xor = bin(Abstract::xor);
        t.nb_matrix_multiply = bin(Abstract::matmul);
        t.nb_power = (a, b, c) -> Abstract.power(unwrap(a), unwrap(b), unwrap(c));
        t.nb_inplace_add = bin(Abstract::inplaceAdd);
        t.nb_inplace_subtract = bin(Abstract::inplaceSubtract);
        t.nb_inplace_multiply = bin(Abstract::inplaceMultiply);
        t.nb_inplace_true_divide = bin(Abstract::inplaceTrueDivide);
        t.nb_inplace_floor_divide = bin(Abstract::inplaceFloorDivide);
        t.nb_inplace_remainder = bin(Abstract::inplaceRemainder);
        t.nb_inplace_lshift = bin(Abstract::inplaceLshift);
        t.nb_inplace_rshift = bin(Abstract::inplaceRshift);
        t.nb_inplace_and = bin(Abstract::inplaceAnd);
        t.nb_inplace_or = bin(Abstract::inplaceOr);
        t.nb_inplace_xor = bin(Abstract::inplaceXor);
        t.nb_inplace_matrix_multiply = bin(Abstract::inplaceMatmul);
        t.nb_negative = un(Abstract::negative);
        t.nb_positive = un(Abstract::positive);
        t.nb_absolute = un(Abstract::absolute);
        t.nb_invert = un(Abstract::invert);
        t.nb_index = un(o -> Abstract.index(o));
        t.nb_int = self -> {
            PyObject o = ((Proxy) self).target();
            if (o.type.nb_int == null) {
                throw Err.type("int() argument must be a string, a bytes-like object or a real number, not '%s'",
                        Err.tn(o));
            }
            return o.type.nb_int.apply(o);
        };
        t.nb_float = self -> {
            PyObject o = ((Proxy) self).target();
            return Py.float_(Abstract.asDouble(o));
        };
        t.method0("__bytes__", self -> {
            PyObject bytesType = org.ember.objects.PyBytes.TYPE;
            return Abstract.call(bytesType, ((Proxy) self).target());
        });
        t.method0("__reversed__", self -> Abstract.callMethod(((Proxy) self).target(), "__reversed__"));
        if (callable) {
            t.tp_call = (self, args, kw) -> Abstract.call(((Proxy) self).target(), args, kw);
        }
    }

    static PyObject proxy(PyObject ob, PyObject callback) {
        poll();
        if (!supportsWeakrefs(ob)) {
            throw Err.type("cannot create weak reference to '%s' object", typeName(ob));
        }
        Interpreter interp = ThreadState.current().interp;
        boolean callable = Abstract.isCallable(ob);
        PyType type = callable ? Proxy.CALLABLE_TYPE : Proxy.TYPE;
        if (callback == Py.None) {
            for (PyObject r : interp.weakRefs.all(ob)) {
                if (r.type == type && ((Proxy) r).callback == null) {
                    return r;
                }
            }
        }
        Proxy p = new Proxy(type);
        p.callback = callback == Py.None ? null : callback;
        p.link = new Link(ob, p, state(interp).queue);
        interp.weakRefs.add(ob, p);
        return p;
    }

    // ---- module ----------------------------------------------------------------------------------

    private static final NativeFunction[] FUNCTIONS = {
        NativeFunction.of("getweakrefcount", (s, o) -> {
            poll();
            return PyInt.of(ThreadState.current().interp.weakRefs.all(o).size());
        }),
        NativeFunction.of("getweakrefs", (s, o) -> {
            poll();
            List<PyObject> l = ThreadState.current().interp.weakRefs.all(o);
            return new PyList(l.toArray(new PyObject[0]));
        }),
        NativeFunction.of("proxy", "object, callback=None, /", (s, a) -> proxy(a[0], a[1])),
        NativeFunction.of("_remove_dead_weakref", "dct, key, /", (s, a) -> {
            if (!(a[0] instanceof PyDict d)) {
                throw Err.type("_remove_dead_weakref() argument 1 must be dict, not %s", Err.tn(a[0]));
            }
            PyObject v = d.getItem(a[1]);
            if (v instanceof Ref r && r.get() == null || v instanceof Proxy p && p.link.get() == null) {
                d.delItem(a[1]);
            } else if (v != null && !(v instanceof Ref) && !(v instanceof Proxy)) {
                throw Err.type("not a weakref");
            }
            return Py.None;
        }),
    };

    public static PyModule create(Interpreter interp) {
        PyType.ready(Ref.TYPE, Proxy.TYPE, Proxy.CALLABLE_TYPE);
        PyModule m = new PyModule("_weakref");
        m.put("__doc__", PyStr.of("Weak-reference support module."));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        m.put("ref", Ref.TYPE);
        m.put("ReferenceType", Ref.TYPE);
        m.put("ProxyType", Proxy.TYPE);
        m.put("CallableProxyType", Proxy.CALLABLE_TYPE);
        return m;
    }
}
