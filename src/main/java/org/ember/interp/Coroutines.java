package org.ember.interp;

import org.ember.objects.Err;
import org.ember.objects.PyObject;

/** Helpers of the async protocols. */
final class Coroutines {
    private Coroutines() {}

    static PyObject aiter(PyObject o) {
        if (o.type.am_aiter == null) {
            throw Err.type("'async for' requires an object with __aiter__ method, got %s", Err.tn(o));
        }
        return o.type.am_aiter.apply(o);
    }
}
