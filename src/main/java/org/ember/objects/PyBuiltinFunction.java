package org.ember.objects;

/**
 * builtin_function_or_method: a Java function, optionally bound to {@code self} (a builtin
 * method bound to its object, a classmethod bound to its class). Module-level builtins such
 * as len are immortal and shared by every interpreter, so they do not hold their module: their
 * {@code __self__} is found by module name in the current interpreter.
 */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyBuiltinFunction.class, PyBuiltinFunction::define);

    public final NativeFunction fn;
    /** The bound object, or null for a module-level function. */
    public final PyObject self;
    /** The defining module's name for module-level functions. */
    public final String module;

    public PyBuiltinFunction(NativeFunction fn, PyObject self, String module) {
        super(TYPE);
        this.fn = fn;
        this.self = self;
        this.module = module;
    }

    /** A module-level builtin function of module {@code module}. */
    public static PyBuiltinFunction function(String module, NativeFunction fn) {
        return new PyBuiltinFunction(fn, null, module);
    }

    @Override
    public boolean isImmortal() {
        return self == null;
    }

    private static void define(PyType t) {
        t.flags(PyType.DISALLOW_INSTANTIATION);
        t.tp_call = (s, args, kw) -> {
            PyBuiltinFunction f = (PyBuiltinFunction) s;
            return f.fn.call(f.self, args, kw);
        };
        t.tp_repr = s -> {
            PyBuiltinFunction f = (PyBuiltinFunction) s;
            if (f.self == null || f.self instanceof PyModule) {
                return PyStr.of("<built-in function " + f.fn.name + ">");
            }
            return PyStr.of("<built-in method " + f.fn.name + " of " + Err.tn(f.self) + " object at "
                    + Abstract.addressOf(f.self) + ">");
        };
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyBuiltinFunction g) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return Py.NotImplemented;
            }
            PyBuiltinFunction f = (PyBuiltinFunction) a;
            boolean eq = f.fn == g.fn && f.self == g.self;
            return Py.bool(op == CompareOp.EQ ? eq : !eq);
        };
        t.tp_hash = s -> {
            PyBuiltinFunction f = (PyBuiltinFunction) s;
            return System.identityHashCode(f.fn) ^ (f.self == null ? 0 : Hashing.hashIdentity(f.self));
        };
        t.getset("__name__", s -> PyStr.of(((PyBuiltinFunction) s).fn.name));
        t.getset("__qualname__", s -> {
            PyBuiltinFunction f = (PyBuiltinFunction) s;
            if (f.self == null || f.self instanceof PyModule) {
                return PyStr.of(f.fn.name);
            }
            PyType owner = f.self instanceof PyType ty ? ty : f.self.type;
            return PyStr.of(owner.getQualname() + "." + f.fn.name);
        });
        t.getset("__self__", s -> {
            PyBuiltinFunction f = (PyBuiltinFunction) s;
            if (f.self != null) {
                return f.self;
            }
            PyObject m = f.module == null ? null : org.ember.runtime.ThreadState.current().interp.modules.getStr(f.module);
            return m == null ? Py.None : m;
        });
        t.getset("__module__", s -> {
            PyBuiltinFunction f = (PyBuiltinFunction) s;
            return f.module == null ? Py.None : PyStr.of(f.module);
        });
        t.getset("__doc__", s -> Py.None);
        t.getset("__text_signature__", s -> {
            String sig = ((PyBuiltinFunction) s).fn.getTextSignature();
            return sig == null ? Py.None : PyStr.of(sig);
        });
        t.method0("__reduce__", s -> {
            PyBuiltinFunction f = (PyBuiltinFunction) s;
            if (f.self == null || f.self instanceof PyModule) {
                return PyStr.of(f.fn.name);
            }
            return PyTuple.of(Builtins.getattrFunction(), PyTuple.of(f.self, PyStr.of(f.fn.name)));
        });
    }
}
