package org.ember.interp;

import org.ember.objects.Err;
import org.ember.objects.PyObject;

/** Creation of generator, coroutine and async generator objects for a frame with bound arguments. */
final class Generators {
    private Generators() {}

    static PyObject create(PyFrame f, PyObject name, PyObject qualname) {
        throw Err.system("generators are not implemented yet");
    }
}
