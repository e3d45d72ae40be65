package org.ember.objects;

/** classmethod: binds the wrapped callable to the class. */
public final class PyClassMethod extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.builtin("classmethod", PyClassMethod.class, PyClassMethod::define);

    public PyObject callable;
    private PyDict dict;

    public PyClassMethod(PyObject callable) {
        super(TYPE);
        this.callable = callable;
    }

    PyClassMethod(PyType type) {
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

    private static void define(PyType t) {
        t.flags(PyType.BASETYPE | PyType.HAS_DICT);
        t.tp_alloc = PyClassMethod::new;
        t.tp_new = (type, args, kw) -> type.tp_alloc.alloc(type);
        t.tp_init = (self, args, kw) -> {
            ArgParser.noKeywords("classmethod", kw);
            ArgParser.checkPositional("classmethod", args.length, 1, 1);
            PyClassMethod cm = (PyClassMethod) self;
            cm.callable = args[0];
            PyStaticMethod.copyAttrs(cm, args[0]);
        };
        t.tp_descr_get = (self, obj, type) -> {
            PyObject c = ((PyClassMethod) self).callable;
            if (c == null) {
                throw Err.runtime("uninitialized classmethod object");
            }
            PyObject cls = type == null || type == Py.None ? obj.type : type;
            Slots.DescrGet g = c.type.tp_descr_get;
            if (g != null && !(c instanceof org.ember.interp.PyFunction)) {
                return g.get(c, cls, cls.type);
            }
            return new PyMethod(c, cls);
        };
        t.tp_repr = self -> PyStr.of("<classmethod(" + Abstract.reprJava(((PyClassMethod) self).callable) + ")>");
        t.getset("__func__", self -> ((PyClassMethod) self).callable);
        t.getset("__isabstractmethod__", self -> PyStaticMethod.isAbstract(((PyClassMethod) self).callable));
        t.getset("__dict__", self -> ((PyClassMethod) self).getDict(), (self, v) -> ((PyClassMethod) self).dict = (PyDict) v);
    }
}
