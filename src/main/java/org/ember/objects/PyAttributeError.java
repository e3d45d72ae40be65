package org.ember.objects;

/** AttributeError, with the {@code name} and {@code obj} attributes used for suggestions. */
public final class PyAttributeError extends PyBaseException {
    public PyObject name = Py.None;
    public PyObject obj = Py.None;

    public PyAttributeError(PyType type) {
        super(type);
    }

    static void define(PyType t) {
        t.base(PyExc.Exception).doc("Attribute not found.").flags(PyType.BASETYPE | PyType.HAS_DICT);
        t.tp_alloc = PyAttributeError::new;
        t.tp_init = (self, args, kw) -> {
            PyObject[] b = ArgParser.kwOnly("AttributeError", args, kw, new String[] {"name", "obj"});
            ((PyBaseException) self).args = PyTuple.of(ArgParser.positional(args, kw));
            PyAttributeError e = (PyAttributeError) self;
            e.name = b[0] == null ? Py.None : b[0];
            e.obj = b[1] == null ? Py.None : b[1];
        };
        t.getset("name", self -> ((PyAttributeError) self).name, (self, v) -> ((PyAttributeError) self).name = v);
        t.getset("obj", self -> ((PyAttributeError) self).obj, (self, v) -> ((PyAttributeError) self).obj = v);
    }
}
