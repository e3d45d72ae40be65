package org.ember.objects;

/** The type of NotImplemented. */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = PyType.builtin("NotImplementedType", PyNotImplemented.class, PyNotImplemented::define);
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {
        super(TYPE);
    }

    private static void define(PyType t) {
        t.tp_repr = self -> PyStr.immortal("NotImplemented");
        t.method0("__reduce__", self -> PyStr.immortal("NotImplemented"));
        t.nb_bool = self -> {
            Warnings.warn(PyExc.DeprecationWarning,
                    "NotImplemented should not be used in a boolean context", 1);
            return true;
        };
        t.tp_new = (type, args, kw) -> {
            if (args.length > 0) {
                throw Err.type("NotImplementedType takes no arguments");
            }
            return NOT_IMPLEMENTED;
        };
    }

    @Override
    public boolean isImmortal() {
        return true;
    }
}
