package org.ember.objects;

/** wrapper_descriptor: a builtin type's slot exposed as a dunder method (e.g. int.__add__). */
public final class PyWrapperDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("wrapper_descriptor", PyWrapperDescr.class, PyWrapperDescr::define);

    public final PyType owner;
    public final SlotTable.SlotDef def;
    /** The slot function wrapped (of the type def.slot requires). */
    public final Object function;

    PyWrapperDescr(PyType owner, SlotTable.SlotDef def, Object function) {
        super(TYPE);
        this.owner = owner;
        this.def = def;
        this.function = function;
    }

    @Override
    public boolean isImmortal() {
        return !owner.isHeapType();
    }

    void checkSelf(PyObject self) {
        if (!self.type.isSubtype(owner)) {
            throw Err.type("descriptor '%s' requires a '%s' object but received a '%s'", def.name(), owner.getName(),
                    Err.tn(self));
        }
    }

    private static void define(PyType t) {
        t.flags(PyType.METHOD_DESCRIPTOR | PyType.DISALLOW_INSTANTIATION);
        t.tp_descr_get = (descr, obj, type) -> {
            if (obj == null) {
                return descr;
            }
            PyWrapperDescr d = (PyWrapperDescr) descr;
            d.checkSelf(obj);
            return new PyMethodWrapper(d, obj);
        };
        t.tp_call = (self, args, kw) -> {
            PyWrapperDescr d = (PyWrapperDescr) self;
            if (args.length - (kw == null ? 0 : kw.length) < 1) {
                throw Err.type("descriptor '%s' of '%s' object needs an argument", d.def.name(), d.owner.getName());
            }
            d.checkSelf(args[0]);
            return SlotTable.invoke(d.def, d.function, args[0], java.util.Arrays.copyOfRange(args, 1, args.length), kw);
        };
        t.tp_repr = self -> {
            PyWrapperDescr d = (PyWrapperDescr) self;
            return PyStr.of("<slot wrapper '" + d.def.name() + "' of '" + d.owner.getName() + "' objects>");
        };
        t.getset("__name__", self -> PyStr.of(((PyWrapperDescr) self).def.name()));
        t.getset("__qualname__", self -> PyStr.of(((PyWrapperDescr) self).owner.getName() + "." + ((PyWrapperDescr) self).def.name()));
        t.getset("__objclass__", self -> ((PyWrapperDescr) self).owner);
        t.getset("__doc__", self -> PyStr.of(((PyWrapperDescr) self).def.doc()));
        t.getset("__text_signature__", self -> Py.None);
    }
}
