package org.ember.objects;

/** staticmethod: returns the wrapped callable unchanged from either a class or an instance. */
public final class PyStaticMethod extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyStaticMethod.class, PyStaticMethod::define);

    public PyObject callable;
    private PyDict dict;

    public PyStaticMethod(PyObject callable) {
        super(TYPE);
        this.callable = callable;
    }

    PyStaticMethod(PyType type) {
        super(type);
    }

    @Override
    public PyDict getDict() {
        return dict == null ? dict = new PyDict() : dict;
    }

    @Override
    public PyDict getDictOrNull() {
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    /** Copies __module__, __name__, __qualname__, __doc__ and __annotations__ of the wrapped function (3.10+). */
    static void copyAttrs(HasDict self, PyObject callable) {
        for (String a : new String[] {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
            PyObject v = Abstract.lookupAttr(callable, PyStr.of(a));
            if (v != null) {
                self.getDict().putStr(a, v);
            }
        }
        self.getDict().putStr("__wrapped__", callable);
    }

    private static void define(PyType t) {
        t.flags(PyType.BASETYPE | PyType.HAS_DICT);
        t.tp_alloc = PyStaticMethod::new;
        t.tp_new = (type, args, kw) -> type.tp_alloc.alloc(type);
        t.tp_init = (self, args, kw) -> {
            ArgParser.noKeywords("staticmethod", kw);
            ArgParser.checkPositional("staticmethod", args.length, 1, 1);
            PyStaticMethod sm = (PyStaticMethod) self;
            sm.callable = args[0];
            copyAttrs(sm, args[0]);
        };
        t.tp_descr_get = (self, obj, type) -> {
            PyObject c = ((PyStaticMethod) self).callable;
            if (c == null) {
                throw Err.runtime("uninitialized staticmethod object");
            }
            return c;
        };
        t.tp_call = (self, args, kw) -> Abstract.call(((PyStaticMethod) self).callable, args, kw);
        t.tp_repr = self -> PyStr.of("<staticmethod(" + Abstract.reprJava(((PyStaticMethod) self).callable) + ")>");
        t.getset("__func__", self -> ((PyStaticMethod) self).callable);
        t.getset("__isabstractmethod__", self -> isAbstract(((PyStaticMethod) self).callable));
        t.getset("__dict__", self -> ((PyStaticMethod) self).getDict(), (self, v) -> ((PyStaticMethod) self).dict = (PyDict) v);
    }

    static PyObject isAbstract(PyObject f) {
        PyObject v = Abstract.lookupAttr(f, PyStr.of("__isabstractmethod__"));
        return Py.bool(v != null && Abstract.isTrue(v));
    }
}
