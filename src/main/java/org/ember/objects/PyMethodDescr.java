package org.ember.objects;

/** method_descriptor: a Java-implemented method in a builtin type's dict (e.g. list.append). */
public final class PyMethodDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("method_descriptor", PyMethodDescr.class, PyMethodDescr::define);

    public final PyType owner;
    public final NativeFunction fn;

    public PyMethodDescr(PyType owner, NativeFunction fn) {
        super(TYPE);
        this.owner = owner;
        this.fn = fn;
        fn.setOwner(owner.getName());
    }

    @Override
    public boolean isImmortal() {
        return !owner.isHeapType();
    }

    /** Checks that self is an instance of the owner type, with CPython's message. */
    void checkSelf(PyObject self) {
        if (!self.type.isSubtype(owner)) {
            throw Err.type("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", fn.name, owner.getName(),
                    Err.tn(self));
        }
    }

    private static void define(PyType t) {
        t.flags(PyType.METHOD_DESCRIPTOR | PyType.DISALLOW_INSTANTIATION);
        t.tp_descr_get = (descr, obj, type) -> {
            PyMethodDescr d = (PyMethodDescr) descr;
            if (obj == null || obj == Py.None && type != null && type != Py.None && type != PyNone.TYPE) {
                return descr;
            }
            d.checkSelf(obj);
            return new PyBuiltinFunction(d.fn, obj, null);
        };
        t.tp_call = (self, args, kw) -> {
            PyMethodDescr d = (PyMethodDescr) self;
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (npos < 1) {
                throw Err.type("unbound method %s() needs an argument", d.fn.displayName);
            }
            d.checkSelf(args[0]);
            return d.fn.call(args[0], java.util.Arrays.copyOfRange(args, 1, args.length), kw);
        };
        t.tp_repr = self -> {
            PyMethodDescr d = (PyMethodDescr) self;
            return PyStr.of("<method '" + d.fn.name + "' of '" + d.owner.getName() + "' objects>");
        };
        t.getset("__name__", self -> PyStr.of(((PyMethodDescr) self).fn.name));
        t.getset("__qualname__", self -> PyStr.of(((PyMethodDescr) self).fn.displayName));
        t.getset("__objclass__", self -> ((PyMethodDescr) self).owner);
        t.getset("__doc__", self -> Py.None);
        t.getset("__text_signature__", self -> {
            String s = ((PyMethodDescr) self).fn.getTextSignature();
            return s == null ? Py.None : PyStr.of(s);
        });
        t.method0("__reduce__", self -> PyTuple.of(Builtins.getattrFunction(), PyTuple.of(((PyMethodDescr) self).owner,
                PyStr.of(((PyMethodDescr) self).fn.name))));
    }
}
