package org.ember.interp;

import org.ember.objects.PyDict;
import org.ember.objects.PyObject;
import org.ember.objects.PyType;

/** frame: the execution state of one call of a code object. */
public final class PyFrame extends PyObject {
    public static final PyType TYPE = PyType.builtin("frame", PyFrame.class, t -> {
    });

    public final PyCode code;
    public final PyDict globals;
    public PyFrame back;

    public PyFrame(PyCode code, PyDict globals) {
        super(TYPE);
        this.code = code;
        this.globals = globals;
    }
}
