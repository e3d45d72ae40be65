package org.ember.objects;

/** member_descriptor: a __slots__ member of a Python class, stored in the instance's slot array. */
public final class PyMemberDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyMemberDescr.class, PyMemberDescr::define);

    public final PyType owner;
    public final String name;
    public final int index;

    public PyMemberDescr(PyType owner, String name, int index) {
        super(TYPE);
        this.owner = owner;
        this.name = name;
        this.index = index;
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
            PyMemberDescr d = (PyMemberDescr) descr;
            if (obj == null) {
                return descr;
            }
            d.checkSelf(obj);
            PyObject v = ((Instance) obj).slotValues()[d.index];
            if (v == null) {
                throw Err.attribute(obj, PyStr.of(d.name), "'%s' object has no attribute '%s'", Err.tn(obj), d.name);
            }
            return v;
        };
        t.tp_descr_set = (descr, obj, value) -> {
            PyMemberDescr d = (PyMemberDescr) descr;
            d.checkSelf(obj);
            PyObject[] s = ((Instance) obj).slotValues();
            if (value == null && s[d.index] == null) {
                throw Err.attribute(obj, PyStr.of(d.name), "'%s' object has no attribute '%s'", Err.tn(obj), d.name);
            }
            s[d.index] = value;
        };
        t.tp_repr = self -> {
            PyMemberDescr d = (PyMemberDescr) self;
            return PyStr.of("<member '" + d.name + "' of '" + d.owner.getName() + "' objects>");
        };
        t.getset("__name__", self -> PyStr.of(((PyMemberDescr) self).name));
        t.getset("__qualname__", self -> PyStr.of(((PyMemberDescr) self).owner.getQualname() + "." + ((PyMemberDescr) self).name));
        t.getset("__objclass__", self -> ((PyMemberDescr) self).owner);
        t.getset("__doc__", self -> Py.None);
    }
}
