package org.ember.objects;

/** The type of None. */
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.builtin("NoneType", PyNone.class, PyNone::define);
    public static final PyNone NONE = new PyNone();

    private PyNone() {
        super(TYPE);
    }

    private static void define(PyType t) {
        t.tp_repr = self -> PyStr.immortal("None");
        t.nb_bool = self -> false;
        t.tp_new = (type, args, kw) -> {
            if (args.length > 0) {
                throw Err.type("NoneType takes no arguments");
            }
            return NONE;
        };
        t.tp_hash = self -> 0xFCA86420L;
    }

    @Override
    public boolean isImmortal() {
        return true;
    }

    @Override
    public String toString() {
        return "None";
    }
}
