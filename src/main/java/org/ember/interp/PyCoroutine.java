package org.ember.interp;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyException;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;

/** coroutine: the object an async def function returns. */
public final class PyCoroutine extends PyGenerator {
    public static final PyType TYPE = PyType.builtin("coroutine", PyCoroutine.class, PyCoroutine::define);
    public static final PyType WRAPPER = PyType.builtin("coroutine_wrapper", Wrapper.class, PyCoroutine::defineWrapper);

    PyCoroutine(PyFrame frame, PyObject name, PyObject qualname) {
        super(TYPE, frame, name, qualname);
    }

    @Override
    String kindName() {
        return "coroutine";
    }

    @Override
    PyException exhausted() {
        return Err.runtime("cannot reuse already awaited coroutine");
    }

    @Override
    PyObject next() {
        if (status == FINISHED) {
            throw exhausted();
        }
        return resume(Py.None, null) ? result : nullWithStop();
    }

    private PyObject nullWithStop() {
        throw stopIteration(result);
    }

    /** The iterator returned by coroutine.__await__(). */
    static final class Wrapper extends PyObject {
        final PyCoroutine coro;

        Wrapper(PyCoroutine coro) {
            super(WRAPPER);
            this.coro = coro;
        }
    }

    private static void define(PyType t) {
        defineCommon(t, "cr");
        t.getset("cr_await", self -> ((PyCoroutine) self).yieldFrom());
        t.getset("cr_suspended", self -> Py.bool(((PyCoroutine) self).status == SUSPENDED && !((PyCoroutine) self).running));
        t.getset("cr_origin", self -> Py.None);
        t.am_await = self -> new Wrapper((PyCoroutine) self);
        t.method1("send", (self, v) -> ((PyCoroutine) self).send(v));
        t.methodV("throw", (self, args, kw) -> {
            ArgParserHelper.throwArgs(args, kw);
            return ((PyCoroutine) self).throwIn(makeThrown(args[0], args.length > 1 ? args[1] : null,
                    args.length > 2 ? args[2] : null));
        });
        t.method0("close", self -> ((PyCoroutine) self).close());
    }

    private static void defineWrapper(PyType t) {
        t.flags(PyType.DISALLOW_INSTANTIATION);
        t.tp_iter = self -> self;
        t.tp_iternext = self -> {
            PyCoroutine c = ((Wrapper) self).coro;
            if (c.status == FINISHED) {
                throw c.exhausted();
            }
            if (c.resume(Py.None, null)) {
                return c.result;
            }
            throw stopIteration(c.result);
        };
        t.method1("send", (self, v) -> ((Wrapper) self).coro.send(v));
        t.methodV("throw", (self, args, kw) -> {
            ArgParserHelper.throwArgs(args, kw);
            return ((Wrapper) self).coro.throwIn(makeThrown(args[0], args.length > 1 ? args[1] : null,
                    args.length > 2 ? args[2] : null));
        });
        t.method0("close", self -> ((Wrapper) self).coro.close());
        t.tp_repr = self -> PyStr.of("<coroutine_wrapper object at " + Abstract.addressOf(self) + ">");
    }
}
