package org.ember.objects;

/** ImportError and ModuleNotFoundError, with {@code msg}, {@code name} and {@code path}. */
public final class PyImportError extends PyBaseException {
    public PyObject msg = Py.None;
    public PyObject name = Py.None;
    public PyObject path = Py.None;

    public PyImportError(PyType type) {
        super(type);
    }

    /** ImportError/ModuleNotFoundError with a message and module name, as the import system raises it. */
    public static PyException make(PyType type, String message, String name) {
        PyException e = Err.format(type, "%s", message);
        if (name != null) {
            ((PyImportError) e.value).name = PyStr.of(name);
        }
        return e;
    }

    static void define(PyType t) {
        t.base(PyExc.Exception).doc("Import can't find module, or can't find name in module.").flags(PyType.BASETYPE | PyType.HAS_DICT);
        t.tp_alloc = PyImportError::new;
        t.tp_init = (self, args, kw) -> {
            PyObject[] b = ArgParser.kwOnly("ImportError", args, kw, new String[] {"name", "path"});
            PyObject[] pos = ArgParser.positional(args, kw);
            PyImportError e = (PyImportError) self;
            e.args = PyTuple.of(pos);
            e.name = b[0] == null ? Py.None : b[0];
            e.path = b[1] == null ? Py.None : b[1];
            e.msg = pos.length == 1 ? pos[0] : Py.None;
        };
        t.tp_str = self -> {
            PyImportError e = (PyImportError) self;
            return e.msg != Py.None ? Abstract.str(e.msg) : PyBaseException.str(self);
        };
        t.getset("msg", self -> ((PyImportError) self).msg, (self, v) -> ((PyImportError) self).msg = v);
        t.getset("name", self -> ((PyImportError) self).name, (self, v) -> ((PyImportError) self).name = v);
        t.getset("path", self -> ((PyImportError) self).path, (self, v) -> ((PyImportError) self).path = v);
        t.method0("__reduce__", self -> {
            PyImportError e = (PyImportError) self;
            PyDict state = new PyDict();
            if (e.dict != null) {
                state.update(e.dict);
            }
            if (e.name != Py.None) {
                state.putStr("name", e.name);
            }
            if (e.path != Py.None) {
                state.putStr("path", e.path);
            }
            return state.size() == 0 ? PyTuple.of(self.type, e.args) : PyTuple.of(self.type, e.args, state);
        });
    }
}
