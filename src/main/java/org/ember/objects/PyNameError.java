package org.ember.objects;

/** NameError and UnboundLocalError, with the {@code name} attribute used for suggestions. */
public final class PyNameError extends PyBaseException {
    public PyObject name = Py.None;

    public PyNameError(PyType type) {
        super(type);
    }

    static void define(PyType t) {
        t.base(PyExc.Exception).doc("Name not found globally.").flags(PyType.BASETYPE | PyType.HAS_DICT);
        t.tp_alloc = PyNameError::new;
        t.tp_init = (self, args, kw) -> {
            PyObject[] b = ArgParser.kwOnly("NameError", args, kw, new String[] {"name"});
            ((PyBaseException) self).args = PyTuple.of(ArgParser.positional(args, kw));
            ((PyNameError) self).name = b[0] == null ? Py.None : b[0];
        };
        t.getset("name", self -> ((PyNameError) self).name, (self, v) -> ((PyNameError) self).name = v);
    }
}
