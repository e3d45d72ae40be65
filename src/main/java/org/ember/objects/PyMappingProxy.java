package org.ember.objects;

/** mappingproxy: a read-only view of a mapping (what cls.__dict__ returns). */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyMappingProxy.class, PyMappingProxy::define);

    public final PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        super(TYPE);
        this.mapping = mapping;
    }

    private static PyObject m(PyObject self) {
        return ((PyMappingProxy) self).mapping;
    }

    private static void define(PyType t) {
        t.flags(PyType.MAPPING);
        t.tp_new = (type, args, kw) -> {
            PyObject[] b = new ArgParser("mappingproxy", "mapping").bind(args, kw);
            PyObject mp = b[0];
            if (!Abstract.isMapping(mp) || mp instanceof PyList || mp instanceof PyTuple) {
                throw Err.type("mappingproxy() argument must be a mapping, not %s", Err.tn(mp));
            }
            return new PyMappingProxy(mp);
        };
        t.mp_subscript = (self, key) -> Abstract.getItem(m(self), key);
        t.sq_length = self -> Abstract.length(m(self));
        t.sq_contains = (self, key) -> Abstract.contains(m(self), key);
        t.tp_iter = self -> Abstract.iter(m(self));
        t.tp_repr = self -> PyStr.of("mappingproxy(" + Abstract.reprJava(m(self)) + ")");
        t.tp_str = self -> Abstract.str(m(self));
        t.tp_richcompare = (a, b, op) -> Abstract.richCompare(m(a), b, op);
        t.nb_or = (a, b) -> {
            PyObject x = a instanceof PyMappingProxy p ? p.mapping : a;
            PyObject y = b instanceof PyMappingProxy p ? p.mapping : b;
            return Abstract.or(x, y);
        };
        t.method("get", "key, default=None, /", (self, a) -> Abstract.callMethod(m(self), "get", a[0], a[1]));
        t.method0("keys", self -> Abstract.callMethod(m(self), "keys"));
        t.method0("values", self -> Abstract.callMethod(m(self), "values"));
        t.method0("items", self -> Abstract.callMethod(m(self), "items"));
        t.method0("copy", self -> Abstract.callMethod(m(self), "copy"));
        t.method0("__reversed__", self -> Abstract.callMethod(m(self), "__reversed__"));
        t.classMethod("__class_getitem__", NativeFunction.of("__class_getitem__", (cls, item) -> GenericAlias.of(cls, item)));
    }
}
