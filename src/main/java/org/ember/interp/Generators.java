package org.ember.interp;

import org.ember.objects.PyObject;

/** Creation of generator, coroutine and async generator objects for a frame with bound arguments. */
final class Generators {
    private Generators() {}

    static PyObject create(PyFrame f, PyObject name, PyObject qualname) {
        int flags = f.code.flags;
        if ((flags & PyCode.CO_COROUTINE) != 0) {
            return new PyCoroutine(f, name, qualname);
        }
        if ((flags & PyCode.CO_ASYNC_GENERATOR) != 0) {
            return new PyAsyncGenerator(f, name, qualname);
        }
        return new PyGenerator(PyGenerator.TYPE, f, name, qualname);
    }
}
