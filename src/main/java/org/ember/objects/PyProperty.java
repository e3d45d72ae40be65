package org.ember.objects;

/** property: a data descriptor built from getter, setter and deleter functions. */
public class PyProperty extends PyObject {
    public static final PyType TYPE = PyType.builtin("property", PyProperty.class, PyProperty::define);

    PyObject fget = Py.None;
    PyObject fset = Py.None;
    PyObject fdel = Py.None;
    PyObject doc = Py.None;
    PyObject name;
    boolean getterDoc;

    PyProperty(PyType type) {
        super(type);
    }

    private static final ArgParser ARGS = new ArgParser("property", "fget=None, fset=None, fdel=None, doc=None");

    private static void define(PyType t) {
        t.flags(PyType.BASETYPE);
        t.tp_alloc = type -> type == TYPE ? new PyProperty(type) : new Derived(type);
        t.tp_new = (type, args, kw) -> type.tp_alloc.alloc(type);
        t.tp_init = (self, args, kw) -> {
            PyObject[] b = ARGS.bind(args, kw);
            PyProperty p = (PyProperty) self;
            p.fget = b[0];
            p.fset = b[1];
            p.fdel = b[2];
            p.doc = b[3];
            if (p.doc == Py.None && p.fget != Py.None) {
                PyObject d = Abstract.lookupAttr(p.fget, PyStr.of("__doc__"));
                if (d != null) {
                    p.doc = d;
                    p.getterDoc = true;
                }
            }
            if (self.type != TYPE && self instanceof HasDict hd) {
                hd.getDict().putStr("__doc__", p.doc);
            }
        };
        t.tp_descr_get = (self, obj, type) -> {
            PyProperty p = (PyProperty) self;
            if (obj == null || obj == Py.None) {
                return self;
            }
            if (p.fget == Py.None) {
                throw Err.attribute(obj, nameOr(p), p.name != null
                        ? "property " + Abstract.reprJava(p.name) + " of '" + Err.tn(obj) + "' object has no getter"
                        : "unreadable attribute");
            }
            return Abstract.call(p.fget, obj);
        };
        t.tp_descr_set = (self, obj, value) -> {
            PyProperty p = (PyProperty) self;
            PyObject f = value == null ? p.fdel : p.fset;
            if (f == Py.None) {
                String what = value == null ? "delete" : "set";
                if (p.name != null) {
                    throw Err.attribute(obj, nameOr(p), "can't %s attribute %s", what, Abstract.reprJava(p.name));
                }
                throw Err.attribute(obj, nameOr(p), "can't %s attribute", what);
            }
            if (value == null) {
                Abstract.call(f, obj);
            } else {
                Abstract.call(f, obj, value);
            }
        };
        t.getset("fget", self -> ((PyProperty) self).fget);
        t.getset("fset", self -> ((PyProperty) self).fset);
        t.getset("fdel", self -> ((PyProperty) self).fdel);
        t.getset("__doc__", self -> ((PyProperty) self).doc, (self, v) -> ((PyProperty) self).doc = v);
        t.getset("__isabstractmethod__", self -> {
            PyProperty p = (PyProperty) self;
            for (PyObject f : new PyObject[] {p.fget, p.fset, p.fdel}) {
                if (f != Py.None && PyStaticMethod.isAbstract(f) == Py.True) {
                    return Py.True;
                }
            }
            return Py.False;
        });
        t.method1("getter", (self, f) -> copy((PyProperty) self, f, null, null));
        t.method1("setter", (self, f) -> copy((PyProperty) self, null, f, null));
        t.method1("deleter", (self, f) -> copy((PyProperty) self, null, null, f));
        t.method2("__set_name__", (self, owner, name) -> {
            ((PyProperty) self).name = name;
            return Py.None;
        });
    }

    private static PyStr nameOr(PyProperty p) {
        return p.name instanceof PyStr s ? s : PyStr.EMPTY;
    }

    private static PyObject copy(PyProperty p, PyObject get, PyObject set, PyObject del) {
        PyObject doc = p.getterDoc && get != null ? Py.None : p.doc;
        PyObject np = Abstract.call(p.type, get != null ? get : p.fget, set != null ? set : p.fset,
                del != null ? del : p.fdel, doc);
        if (np instanceof PyProperty q) {
            q.name = p.name;
        }
        return np;
    }

    /** Instances of Python subclasses of property. */
    static final class Derived extends PyProperty implements Instance {
        private PyDict dict;
        private final PyObject[] slots;

        Derived(PyType type) {
            super(type);
            this.slots = type.slotCount == 0 ? null : new PyObject[type.slotCount];
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

        @Override
        public PyObject[] slotValues() {
            return slots;
        }
    }
}
