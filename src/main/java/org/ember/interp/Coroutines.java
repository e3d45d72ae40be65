package org.ember.interp;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.PyObject;

/** Helpers of the await and async iteration protocols (GET_AWAITABLE, GET_AITER, GET_ANEXT, GET_YIELD_FROM_ITER). */
final class Coroutines {
    private Coroutines() {}

    static PyObject aiter(PyObject o) {
        if (o.type.am_aiter == null) {
            throw Err.type("'async for' requires an object with __aiter__ method, got %s", Err.tn(o));
        }
        PyObject it = o.type.am_aiter.apply(o);
        if (it.type.am_anext == null) {
            throw Err.type("'async for' received an object from __aiter__ that does not implement __anext__: %s",
                    Err.tn(it));
        }
        return it;
    }

    static PyObject anextAwaitable(PyObject aiter) {
        if (aiter.type.am_anext == null) {
            throw Err.type("'async for' requires an iterator with __anext__ method, got %s", Err.tn(aiter));
        }
        PyObject r = aiter.type.am_anext.apply(aiter);
        return getAwaitableIter(r, "'async for' received an invalid object from __anext__: %s");
    }

    /** The iterator an await delegates to (_PyCoro_GetAwaitableIter with GET_AWAITABLE's checks). */
    static PyObject getAwaitableIter(PyObject o, String customMsg) {
        if (o instanceof PyCoroutine c) {
            if (c.status == PyGenerator.SUSPENDED && c.frame.yieldFrom != null) {
                throw Err.runtime("coroutine is being awaited already");
            }
            return c;
        }
        if (o instanceof PyGenerator g && !(g instanceof PyAsyncGenerator)
                && (g.frame.code.flags & PyCode.CO_ITERABLE_COROUTINE) != 0) {
            return g;
        }
        if (o.type.am_await == null) {
            if (customMsg != null) {
                throw Err.type(customMsg, Err.tn(o));
            }
            throw Err.type("object %s can't be used in 'await' expression", Err.tn(o));
        }
        PyObject r = o.type.am_await.apply(o);
        if (r instanceof PyCoroutine || (r instanceof PyGenerator g && (g.frame.code.flags & PyCode.CO_ITERABLE_COROUTINE) != 0
                && !(g instanceof PyAsyncGenerator))) {
            throw Err.type("__await__() returned a coroutine");
        }
        if (r.type.tp_iternext == null) {
            throw Err.type("__await__() returned non-iterator of type '%s'", Err.tn(r));
        }
        return r;
    }

    /** GET_YIELD_FROM_ITER */
    static PyObject getYieldFromIter(PyObject o, PyCode code) {
        if (o instanceof PyCoroutine) {
            if ((code.flags & (PyCode.CO_COROUTINE | PyCode.CO_ITERABLE_COROUTINE)) == 0) {
                throw Err.type("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return o;
        }
        if (o instanceof PyGenerator && !(o instanceof PyAsyncGenerator)) {
            return o;
        }
        return Abstract.iter(o);
    }
}
