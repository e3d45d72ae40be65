package org.ember.objects;

/** getset_descriptor: a computed attribute of a builtin type (e.g. int.real, function.__name__). */
public final class PyGetSetDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyGetSetDescr.class, PyGetSetDescr::define);

    @FunctionalInterface
    public interface Getter {
        PyObject get(PyObject self);
    }

    @FunctionalInterface
    public interface Setter {
        void set(PyObject self, PyObject value);
    }

    @FunctionalInterface
    public interface Deleter {
        void delete(PyObject self);
    }

    public final PyType owner;
    public final String name;
    final Getter getter;
    final Setter setter;
    final Deleter deleter;

    public PyGetSetDescr(PyType owner, String name, Getter getter, Setter setter, Deleter deleter) {
        super(TYPE);
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
        this.deleter = deleter;
    }

    @Override
    public boolean isImmortal() {
        return !owner.isHeapType();
    }

    private void checkSelf(PyObject obj) {
        if (!obj.type.isSubtype(owner)) {
            throw Err.type("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, owner.getName(),
                    Err.tn(obj));
        }
    }

    private static void define(PyType t) {
        t.flags(PyType.DISALLOW_INSTANTIATION);
        t.tp_descr_get = (descr, obj, type) -> {
            PyGetSetDescr d = (PyGetSetDescr) descr;
            if (obj == null) {
                return descr;
            }
            d.checkSelf(obj);
            if (d.getter == null) {
                throw Err.attribute(obj, PyStr.of(d.name), "attribute '%s' of '%s' objects is not readable", d.name,
                        d.owner.getName());
            }
            return d.getter.get(obj);
        };
        t.tp_descr_set = (descr, obj, value) -> {
            PyGetSetDescr d = (PyGetSetDescr) descr;
            d.checkSelf(obj);
            if (value == null) {
                if (d.deleter != null) {
                    d.deleter.delete(obj);
                    return;
                }
                if (d.setter != null) {
                    throw Err.type("can't delete %s attribute", d.name);
                }
            } else if (d.setter != null) {
                d.setter.set(obj, value);
                return;
            }
            throw Err.attribute(obj, PyStr.of(d.name), "attribute '%s' of '%s' objects is not writable", d.name,
                    d.owner.getName());
        };
        t.tp_repr = self -> {
            PyGetSetDescr d = (PyGetSetDescr) self;
            return PyStr.of("<attribute '" + d.name + "' of '" + d.owner.getName() + "' objects>");
        };
        t.getset("__name__", self -> PyStr.of(((PyGetSetDescr) self).name));
        t.getset("__qualname__", self -> PyStr.of(((PyGetSetDescr) self).owner.getQualname() + "." + ((PyGetSetDescr) self).name));
        t.getset("__objclass__", self -> ((PyGetSetDescr) self).owner);
        t.getset("__doc__", self -> Py.None);
    }
}
