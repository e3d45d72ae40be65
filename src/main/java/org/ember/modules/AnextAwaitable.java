package org.ember.modules;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;

/**
 * anext_awaitable: what anext(it, default) returns. Awaiting it awaits it.__anext__() and turns
 * StopAsyncIteration into StopIteration(default), so the await yields the default.
 */
public final class AnextAwaitable extends PyObject {
    public static final PyType TYPE = PyType.builtin("anext_awaitable", AnextAwaitable.class, AnextAwaitable::define);

    private final PyObject awaitable;
    private final PyObject dflt;
    private PyObject iterator;

    private AnextAwaitable(PyObject awaitable, PyObject dflt) {
        super(TYPE);
        this.awaitable = awaitable;
        this.dflt = dflt;
    }

    static PyObject of(PyObject awaitable, PyObject dflt) {
        PyType.ready(TYPE);
        return new AnextAwaitable(awaitable, dflt);
    }

    private PyObject iterator() {
        if (iterator == null) {
            PyObject a = awaitable;
            if (a.type.am_await != null) {
                iterator = a.type.am_await.apply(a);
            } else {
                PyObject await = Abstract.lookupAttr(a, "__await__");
                if (await == null) {
                    throw Err.type("'%s' object can't be awaited", Err.tn(a));
                }
                iterator = Abstract.call(await);
            }
        }
        return iterator;
    }

    /** Runs one step; StopAsyncIteration becomes StopIteration carrying the default. */
    private PyObject step(java.util.function.Supplier<PyObject> action) {
        try {
            PyObject r = action.get();
            if (r == null) {
                throw Err.raise(PyExc.StopIteration);
            }
            return r;
        } catch (PyException e) {
            if (e.matches(PyExc.StopAsyncIteration)) {
                PyBaseException si = Err.instantiate(PyExc.StopIteration, dflt);
                throw si.toThrowable();
            }
            throw e;
        }
    }

    private static void define(PyType t) {
        t.flags(PyType.DISALLOW_INSTANTIATION);
        t.am_await = self -> self;
        t.tp_iter = self -> self;
        t.tp_iternext = self -> {
            AnextAwaitable a = (AnextAwaitable) self;
            try {
                return a.step(() -> Abstract.next(a.iterator()));
            } catch (PyException e) {
                if (e.matches(PyExc.StopIteration) && e.value.args.size() == 0) {
                    return null;
                }
                throw e;
            }
        };
        t.method1("send", (self, v) -> {
            AnextAwaitable a = (AnextAwaitable) self;
            return a.step(() -> v == Py.None ? Abstract.next(a.iterator()) : Abstract.callMethod(a.iterator(), "send", v));
        });
        t.methodV("throw", (self, args, kw) -> {
            AnextAwaitable a = (AnextAwaitable) self;
            return a.step(() -> Abstract.call(Abstract.getAttr(a.iterator(), PyStr.of("throw")), args, kw));
        });
        t.method0("close", self -> {
            AnextAwaitable a = (AnextAwaitable) self;
            PyObject close = Abstract.lookupAttr(a.iterator(), "close");
            return close == null ? Py.None : Abstract.call(close);
        });
    }
}
