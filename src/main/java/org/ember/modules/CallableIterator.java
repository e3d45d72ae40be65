package org.ember.modules;

import org.ember.objects.Abstract;
import org.ember.objects.CompareOp;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyObject;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;

/** callable_iterator: iter(callable, sentinel) calls callable until it returns the sentinel. */
public final class CallableIterator extends PyObject {
    public static final PyType TYPE = PyType.builtin("callable_iterator", CallableIterator.class, CallableIterator::define);

    private PyObject callable;
    private final PyObject sentinel;

    public CallableIterator(PyObject callable, PyObject sentinel) {
        super(TYPE);
        this.callable = callable;
        this.sentinel = sentinel;
    }

    private static void define(PyType t) {
        t.flags(PyType.DISALLOW_INSTANTIATION);
        t.tp_iter = self -> self;
        t.tp_iternext = self -> {
            CallableIterator it = (CallableIterator) self;
            if (it.callable == null) {
                return null;
            }
            PyObject r;
            try {
                r = Abstract.call(it.callable);
            } catch (PyException e) {
                if (e.matches(PyExc.StopIteration)) {
                    it.callable = null;
                    return null;
                }
                throw e;
            }
            if (Abstract.richCompareBool(r, it.sentinel, CompareOp.EQ)) {
                it.callable = null;
                return null;
            }
            return r;
        };
        t.method0("__reduce__", self -> {
            CallableIterator it = (CallableIterator) self;
            PyObject iter = org.ember.objects.Builtins.builtin("iter");
            if (it.callable == null) {
                return PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY));
            }
            return PyTuple.of(iter, PyTuple.of(it.callable, it.sentinel));
        });
    }
}
