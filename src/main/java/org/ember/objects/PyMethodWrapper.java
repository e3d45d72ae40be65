package org.ember.objects;

/** method-wrapper: a slot wrapper bound to an object (e.g. (1).__add__). */
public final class PyMethodWrapper extends PyObject {
    public static final PyType TYPE = PyType.builtin("method-wrapper", PyMethodWrapper.class, PyMethodWrapper::define);

    final PyWrapperDescr descr;
    final PyObject self;

    PyMethodWrapper(PyWrapperDescr descr, PyObject self) {
        super(TYPE);
        this.descr = descr;
        this.self = self;
    }

    private static void define(PyType t) {
        t.flags(PyType.DISALLOW_INSTANTIATION);
        t.tp_call = (s, args, kw) -> {
            PyMethodWrapper w = (PyMethodWrapper) s;
            return SlotTable.invoke(w.descr.def, w.descr.function, w.self, args, kw);
        };
        t.tp_repr = s -> {
            PyMethodWrapper w = (PyMethodWrapper) s;
            return PyStr.of("<method-wrapper '" + w.descr.def.name() + "' of " + Err.tn(w.self) + " object at "
                    + Abstract.addressOf(w.self) + ">");
        };
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyMethodWrapper y) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return Py.NotImplemented;
            }
            PyMethodWrapper x = (PyMethodWrapper) a;
            boolean eq = x.descr == y.descr && x.self == y.self;
            return Py.bool(op == CompareOp.EQ ? eq : !eq);
        };
        t.tp_hash = s -> {
            PyMethodWrapper w = (PyMethodWrapper) s;
            return Hashing.hashIdentity(w.self) ^ System.identityHashCode(w.descr);
        };
        t.getset("__self__", s -> ((PyMethodWrapper) s).self);
        t.getset("__name__", s -> PyStr.of(((PyMethodWrapper) s).descr.def.name()));
        t.getset("__qualname__", s -> PyStr.of(((PyMethodWrapper) s).descr.owner.getName() + "." + ((PyMethodWrapper) s).descr.def.name()));
        t.getset("__objclass__", s -> ((PyMethodWrapper) s).descr.owner);
        t.getset("__doc__", s -> PyStr.of(((PyMethodWrapper) s).descr.def.doc()));
    }
}
