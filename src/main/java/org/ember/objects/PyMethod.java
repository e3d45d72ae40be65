package org.ember.objects;

/** method: a function bound to an instance (or a class, for classmethods). */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyMethod.class, PyMethod::define);

    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        super(TYPE);
        this.func = func;
        this.self = self;
    }

    private static void define(PyType t) {
        t.tp_new = (type, args, kw) -> {
            ArgParser.noKeywords("method", kw);
            ArgParser.checkPositional("method", args.length, 2, 2);
            if (!Abstract.isCallable(args[0])) {
                throw Err.type("first argument must be callable");
            }
            if (args[1] == Py.None) {
                throw Err.type("instance must not be None");
            }
            return new PyMethod(args[0], args[1]);
        };
        t.tp_call = (s, args, kw) -> {
            PyMethod m = (PyMethod) s;
            return Abstract.callBound(m.func, m.self, args, kw);
        };
        t.tp_descr_get = (s, obj, type) -> s;
        t.tp_getattro = (s, name) -> {
            PyObject r = ObjectType.genericGetAttrOrNull(s, name);
            if (r != null) {
                return r;
            }
            return Abstract.getAttr(((PyMethod) s).func, name);
        };
        t.tp_repr = s -> {
            PyMethod m = (PyMethod) s;
            PyObject qn = Abstract.lookupAttr(m.func, PyStr.of("__qualname__"));
            if (qn == null) {
                qn = Abstract.lookupAttr(m.func, PyStr.of("__name__"));
            }
            String name = qn instanceof PyStr ps ? ps.value : "?";
            return PyStr.of("<bound method " + name + " of " + Abstract.reprJava(m.self) + ">");
        };
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyMethod y) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return Py.NotImplemented;
            }
            PyMethod x = (PyMethod) a;
            boolean eq = x.self == y.self && Abstract.richCompareBool(x.func, y.func, CompareOp.EQ);
            return Py.bool(op == CompareOp.EQ ? eq : !eq);
        };
        t.tp_hash = s -> {
            PyMethod m = (PyMethod) s;
            return Hashing.hashIdentity(m.self) ^ Abstract.hash(m.func);
        };
        t.getset("__func__", s -> ((PyMethod) s).func);
        t.getset("__self__", s -> ((PyMethod) s).self);
        t.getset("__doc__", s -> {
            PyObject d = Abstract.lookupAttr(((PyMethod) s).func, PyStr.of("__doc__"));
            return d == null ? Py.None : d;
        });
        t.method0("__reduce__", s -> {
            PyMethod m = (PyMethod) s;
            return PyTuple.of(Builtins.getattrFunction(), PyTuple.of(m.self, Abstract.getAttr(m.func, PyStr.of("__name__"))));
        });
    }
}
