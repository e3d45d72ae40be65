package org.ember.interp;

import org.ember.objects.PyObject;
import org.ember.objects.PyType;

/** generator */
public class PyGenerator extends PyObject {
    public static final PyType TYPE = PyType.builtin("generator", PyGenerator.class, t -> { });

    protected PyGenerator(PyType type) {
        super(type);
    }

    void closeFromFrameClear() {
    }
}
