package org.ember.objects;

/** StopIteration, with its {@code value} attribute (the generator's return value). */
public final class PyStopIteration extends PyBaseException {
    public PyObject value = Py.None;

    public PyStopIteration(PyType type) {
        super(type);
    }

    static void define(PyType t) {
        t.base(PyExc.Exception).doc("Signal the end from iterator.__next__().").flags(PyType.BASETYPE | PyType.HAS_DICT);
        t.tp_alloc = PyStopIteration::new;
        t.tp_init = (self, args, kw) -> {
            PyBaseException.baseInit(self, args, kw);
            ((PyStopIteration) self).value = args.length > 0 ? args[0] : Py.None;
        };
        t.getset("value", self -> ((PyStopIteration) self).value, (self, v) -> ((PyStopIteration) self).value = v);
    }
}
