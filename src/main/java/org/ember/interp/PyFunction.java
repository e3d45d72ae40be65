package org.ember.interp;

import org.ember.objects.BoundCall;
import org.ember.objects.PyDict;
import org.ember.objects.PyObject;
import org.ember.objects.PyType;

/** function: a Python function (code + globals + defaults + closure). */
public final class PyFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("function", PyFunction.class, t -> {
        t.tp_descr_get = BoundCall.FUNCTION_GET;
    });

    public PyCode code;
    public final PyDict globals;

    public PyFunction(PyCode code, PyDict globals) {
        super(TYPE);
        this.code = code;
        this.globals = globals;
    }
}
