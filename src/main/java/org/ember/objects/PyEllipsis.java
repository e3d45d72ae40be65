package org.ember.objects;

/** The type of Ellipsis ({@code ...}). */
public final class PyEllipsis extends PyObject {
    public static final PyType TYPE = PyType.builtin("ellipsis", PyEllipsis.class, PyEllipsis::define);
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {
        super(TYPE);
    }

    private static void define(PyType t) {
        t.tp_repr = self -> PyStr.immortal("Ellipsis");
        t.method0("__reduce__", self -> PyStr.immortal("Ellipsis"));
        t.tp_new = (type, args, kw) -> {
            if (args.length > 0) {
                throw Err.type("ellipsis takes no arguments");
            }
            return ELLIPSIS;
        };
    }

    @Override
    public boolean isImmortal() {
        return true;
    }
}
