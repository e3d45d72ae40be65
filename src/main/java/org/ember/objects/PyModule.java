package org.ember.objects;

/** module: a namespace with a dict (types.ModuleType). */
public class PyModule extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.builtin("module", PyModule.class, PyModule::define);

    private static final PyStr S_GETATTR = PyStr.immortal("__getattr__");
    private static final PyStr S_NAME = PyStr.immortal("__name__");

    private PyDict dict;

    public PyModule(String name) {
        this(TYPE, name, new PyDict());
    }

    public PyModule(PyType type, String name, PyDict dict) {
        super(type);
        this.dict = dict;
        if (name != null) {
            dict.setItem(S_NAME, PyStr.of(name));
            if (dict.getStr("__doc__") == null) {
                dict.putStr("__doc__", Py.None);
            }
            dict.putStr("__package__", Py.None);
            dict.putStr("__loader__", Py.None);
            dict.putStr("__spec__", Py.None);
        }
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    public PyDict getDictOrNull() {
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    /** The module's __name__ as a Java string ("?" when missing). */
    public String getName() {
        PyObject n = dict.getItem(S_NAME);
        return n instanceof PyStr s ? s.value : "?";
    }

    /** Sets an attribute in the module dict (from Java module definitions). */
    public PyModule put(String name, PyObject value) {
        dict.putStr(name, value);
        return this;
    }

    /** Adds a builtin function to this module. */
    public PyModule function(NativeFunction fn) {
        dict.putStr(fn.name, PyBuiltinFunction.function(getName(), fn));
        return this;
    }

    static PyObject getattr(PyObject self, PyStr name) {
        PyObject r = ObjectType.genericGetAttrOrNull(self, name);
        if (r != null) {
            return r;
        }
        PyModule m = (PyModule) self;
        PyObject ga = m.dict.getItem(S_GETATTR);
        if (ga != null) {
            return Abstract.call(ga, name);
        }
        PyObject modName = m.dict.getItem(S_NAME);
        if (!(modName instanceof PyStr mn)) {
            throw Err.attribute(self, name, "module has no attribute '%s'", name.value);
        }
        PyObject spec = m.dict.getStr("__spec__");
        if (spec != null && spec != Py.None) {
            PyObject init = Abstract.lookupAttr(spec, PyStr.of("_initializing"));
            if (init != null && Abstract.isTrue(init)) {
                throw Err.attribute(self, name,
                        "partially initialized module '%s' has no attribute '%s' (most likely due to a circular import)",
                        mn.value, name.value);
            }
        }
        throw Err.attribute(self, name, "module '%s' has no attribute '%s'", mn.value, name.value);
    }

    private static void define(PyType t) {
        t.flags(PyType.BASETYPE | PyType.HAS_DICT | PyType.HAS_WEAKREF);
        t.doc("Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.");
        t.tp_alloc = type -> type == TYPE ? new PyModule(TYPE, null, new PyDict()) : new Derived(type);
        t.tp_new = (type, args, kw) -> type.tp_alloc.alloc(type);
        t.tp_init = (self, args, kw) -> {
            PyObject[] b = new ArgParser("module", "name, doc=None").bind(args, kw);
            if (!(b[0] instanceof PyStr)) {
                throw Err.type("module.__init__() argument 'name' must be str, not %s", Err.tn(b[0]));
            }
            PyDict d = ((PyModule) self).dict;
            d.putStr("__name__", b[0]);
            d.putStr("__doc__", b[1]);
            d.putStr("__package__", Py.None);
            d.putStr("__loader__", Py.None);
            d.putStr("__spec__", Py.None);
        };
        t.tp_getattro = PyModule::getattr;
        t.tp_repr = PyModule::repr;
        t.getset("__dict__", self -> ((PyModule) self).dict);
        t.getset("__annotations__", self -> {
            PyDict d = ((PyModule) self).dict;
            PyObject a = d.getStr("__annotations__");
            if (a == null) {
                a = new PyDict();
                d.putStr("__annotations__", a);
            }
            return a;
        }, (self, v) -> ((PyModule) self).dict.putStr("__annotations__", v), self -> {
            if (((PyModule) self).dict.pop(PyStr.of("__annotations__")) == null) {
                throw Err.attribute(self, PyStr.of("__annotations__"), "__annotations__");
            }
        });
        t.method0("__dir__", self -> {
            PyDict d = ((PyModule) self).dict;
            PyObject f = d.getStr("__dir__");
            if (f != null) {
                return Abstract.call(f);
            }
            return new PyList(d.keysArray());
        });
    }

    static PyObject repr(PyObject self) {
        PyModule m = (PyModule) self;
        PyObject name = m.dict.getStr("__name__");
        String n = name instanceof PyStr s ? s.value : "?";
        PyObject loader = m.dict.getStr("__loader__");
        PyObject spec = m.dict.getStr("__spec__");
        if (loader != null && loader != Py.None) {
            PyObject mr = Abstract.lookupAttr(loader, PyStr.of("module_repr"));
            if (mr != null) {
                try {
                    return Abstract.call(mr, self);
                } catch (PyException e) {
                    // fall through to the generic forms
                }
            }
        }
        if (spec != null && spec != Py.None) {
            PyObject origin = Abstract.lookupAttr(spec, PyStr.of("origin"));
            PyObject hasLoc = Abstract.lookupAttr(spec, PyStr.of("has_location"));
            if (origin instanceof PyStr o) {
                if (hasLoc != null && Abstract.isTrue(hasLoc)) {
                    return PyStr.of("<module " + PyStr.repr(n) + " from " + PyStr.repr(o.value) + ">");
                }
                return PyStr.of("<module " + PyStr.repr(n) + " (" + o.value + ")>");
            }
        }
        PyObject file = m.dict.getStr("__file__");
        if (file instanceof PyStr f) {
            return PyStr.of("<module " + PyStr.repr(n) + " from " + PyStr.repr(f.value) + ">");
        }
        if (loader != null && loader != Py.None) {
            return PyStr.of("<module " + PyStr.repr(n) + " (" + Abstract.reprJava(loader) + ")>");
        }
        return PyStr.of("<module " + PyStr.repr(n) + ">");
    }

    /** Instances of Python subclasses of module. */
    public static final class Derived extends PyModule implements Instance {
        private final PyObject[] slots;

        public Derived(PyType type) {
            super(type, null, new PyDict());
            this.slots = type.slotCount == 0 ? null : new PyObject[type.slotCount];
        }

        @Override
        public PyObject[] slotValues() {
            return slots;
        }
    }
}
