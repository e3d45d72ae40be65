package org.ember.objects;

/** classmethod_descriptor: a Java classmethod of a builtin type (e.g. dict.fromkeys). */
public final class PyClassMethodDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("classmethod_descriptor", PyClassMethodDescr.class, PyClassMethodDescr::define);

    public final PyType owner;
    public final NativeFunction fn;

    public PyClassMethodDescr(PyType owner, NativeFunction fn) {
        super(TYPE);
        this.owner = owner;
        this.fn = fn;
        fn.setOwner(owner.getName());
    }

    @Override
    public boolean isImmortal() {
        return !owner.isHeapType();
    }

    private static void define(PyType t) {
        t.flags(PyType.DISALLOW_INSTANTIATION);
        t.tp_descr_get = (descr, obj, type) -> {
            PyClassMethodDescr d = (PyClassMethodDescr) descr;
            PyObject cls = type != null && type != Py.None ? type : obj.type;
            if (!(cls instanceof PyType ct) || !ct.isSubtype(d.owner)) {
                throw Err.type("descriptor '%s' for type '%s' needs a subtype of '%s' as arg 2", d.fn.name,
                        d.owner.getName(), d.owner.getName());
            }
            return new PyBuiltinFunction(d.fn, cls, null);
        };
        t.tp_call = (self, args, kw) -> {
            PyClassMethodDescr d = (PyClassMethodDescr) self;
            if (args.length < 1 || !(args[0] instanceof PyType ct) || !ct.isSubtype(d.owner)) {
                throw Err.type("descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", d.fn.name,
                        d.owner.getName(), args.length < 1 ? "NoneType" : Err.tn(args[0]));
            }
            return d.fn.call(args[0], java.util.Arrays.copyOfRange(args, 1, args.length), kw);
        };
        t.tp_repr = self -> {
            PyClassMethodDescr d = (PyClassMethodDescr) self;
            return PyStr.of("<method '" + d.fn.name + "' of '" + d.owner.getName() + "' objects>");
        };
        t.getset("__name__", self -> PyStr.of(((PyClassMethodDescr) self).fn.name));
        t.getset("__qualname__", self -> PyStr.of(((PyClassMethodDescr) self).fn.displayName));
        t.getset("__objclass__", self -> ((PyClassMethodDescr) self).owner);
        t.getset("__doc__", self -> Py.None);
    }
}
