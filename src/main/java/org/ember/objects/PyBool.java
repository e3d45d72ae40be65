package org.ember.objects;

/** Python bool: the two immortal instances True and False (a subclass of int). */
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtin("bool", PyBool.class, PyBool::define);
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(TYPE, v, null);
    }

    @Override
    public boolean isImmortal() {
        return true;
    }

    public boolean booleanValue() {
        return value != 0;
    }

    @Override
    public String toString() {
        return value != 0 ? "True" : "False";
    }

    private static PyObject boolOp(PyObject a, PyObject b, int op) {
        if (a instanceof PyBool x && b instanceof PyBool y) {
            boolean p = x.value != 0;
            boolean q = y.value != 0;
            return Py.bool(switch (op) {
                case 0 -> p & q;
                case 1 -> p | q;
                default -> p ^ q;
            });
        }
        return switch (op) {
            case 0 -> IntMethods.and(a, b);
            case 1 -> IntMethods.or(a, b);
            default -> IntMethods.xor(a, b);
        };
    }

    private static void define(PyType t) {
        t.base(PyInt.TYPE).doc("bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\n"
                + "The builtins True and False are the only two instances of the class bool.\n"
                + "The class bool is a subclass of the class int, and cannot be subclassed.");
        t.flags &= ~PyType.BASETYPE;
        t.tp_repr = self -> PyStr.immortal(((PyBool) self).value != 0 ? "True" : "False");
        t.tp_new = (type, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Err.type("bool() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw Err.type("bool expected at most 1 argument, got %d", args.length);
            }
            return args.length == 0 ? FALSE : Py.bool(Abstract.isTrue(args[0]));
        };
        t.nb_and = (a, b) -> boolOp(a, b, 0);
        t.nb_or = (a, b) -> boolOp(a, b, 1);
        t.nb_xor = (a, b) -> boolOp(a, b, 2);
    }
}
