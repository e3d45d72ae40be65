package org.ember.objects;

/** SystemExit, with its {@code code} attribute. */
public final class PySystemExit extends PyBaseException {
    public PyObject code = Py.None;

    public PySystemExit(PyType type) {
        super(type);
    }

    static void define(PyType t) {
        t.base(PyExc.BaseException).doc("Request to exit from the interpreter.").flags(PyType.BASETYPE | PyType.HAS_DICT);
        t.tp_alloc = PySystemExit::new;
        t.tp_init = (self, args, kw) -> {
            PyBaseException.baseInit(self, args, kw);
            ((PySystemExit) self).code = args.length == 0 ? Py.None : args.length == 1 ? args[0] : PyTuple.of(args.clone());
        };
        t.getset("code", self -> ((PySystemExit) self).code, (self, v) -> ((PySystemExit) self).code = v);
    }
}
