package org.ember.interp;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;

/** async_generator and its awaitables (asend, athrow). */
public final class PyAsyncGenerator extends PyGenerator {
    public static final PyType TYPE = PyType.builtin("async_generator", PyAsyncGenerator.class, PyAsyncGenerator::define);
    public static final PyType ASEND = PyType.builtin("async_generator_asend", ASend.class, PyAsyncGenerator::defineASend);
    public static final PyType ATHROW = PyType.builtin("async_generator_athrow", AThrow.class,
            PyAsyncGenerator::defineAThrow);

    boolean runningAsync;
    boolean closed;

    PyAsyncGenerator(PyFrame frame, PyObject name, PyObject qualname) {
        super(TYPE, frame, name, qualname);
    }

    @Override
    String kindName() {
        return "async generator";
    }

    @Override
    PyException convertStop(PyException e) {
        if (e.matches(PyExc.StopAsyncIteration)) {
            PyException r = Err.runtime("async generator raised StopAsyncIteration");
            r.value.cause = e.value;
            r.value.context = e.value;
            r.value.suppressContext = true;
            return r;
        }
        return super.convertStop(e);
    }

    static final int INIT = 0, ITER = 1, CLOSED = 2;

    /** Runs one step; a plain yield completes the awaitable with StopIteration(value). */
    PyObject step(PyObject sent, PyException thrown) {
        boolean yielded;
        try {
            yielded = resume(sent, thrown);
        } catch (PyException e) {
            runningAsync = false;
            if (e.matches(PyExc.StopAsyncIteration) || e.matches(PyExc.GeneratorExit)) {
                closed = true;
            }
            throw e;
        }
        if (!yielded) {
            runningAsync = false;
            closed = true;
            throw Err.raise(PyExc.StopAsyncIteration);
        }
        if (lastWasAwait) {
            return result;
        }
        runningAsync = false;
        throw stopIteration(result);
    }

    /** async_generator_asend */
    static final class ASend extends PyObject {
        final PyAsyncGenerator gen;
        PyObject value;
        int state = INIT;

        ASend(PyAsyncGenerator gen, PyObject value) {
            super(ASEND);
            this.gen = gen;
            this.value = value;
        }

        PyObject send(PyObject v) {
            if (state == CLOSED) {
                throw Err.runtime("cannot reuse already awaited __anext__()/asend()");
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    state = CLOSED;
                    throw Err.runtime("anext(): asynchronous generator is already running");
                }
                if (v == null || v == Py.None) {
                    v = value;
                }
                state = ITER;
            }
            gen.runningAsync = true;
            if (gen.status == FINISHED || gen.closed) {
                state = CLOSED;
                gen.runningAsync = false;
                throw Err.raise(PyExc.StopAsyncIteration);
            }
            try {
                return gen.step(v == null ? Py.None : v, null);
            } catch (PyException e) {
                state = CLOSED;
                throw e;
            }
        }

        PyObject throwIn(PyException e) {
            if (state == CLOSED) {
                throw Err.runtime("cannot reuse already awaited __anext__()/asend()");
            }
            try {
                return gen.step(Py.None, e);
            } catch (PyException x) {
                state = CLOSED;
                throw x;
            }
        }
    }

    /** async_generator_athrow (also aclose() with GeneratorExit). */
    static final class AThrow extends PyObject {
        final PyAsyncGenerator gen;
        final PyException exc;
        final boolean isClose;
        int state = INIT;

        AThrow(PyAsyncGenerator gen, PyException exc, boolean isClose) {
            super(ATHROW);
            this.gen = gen;
            this.exc = exc;
            this.isClose = isClose;
        }

        PyObject send(PyObject v) {
            if (state == CLOSED) {
                throw Err.runtime("cannot reuse already awaited aclose()/athrow()");
            }
            if (gen.status == FINISHED || gen.closed) {
                state = CLOSED;
                throw isClose ? Err.raise(PyExc.StopIteration) : Err.raise(PyExc.StopAsyncIteration);
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    state = CLOSED;
                    throw Err.runtime(isClose ? "aclose(): asynchronous generator is already running"
                            : "athrow(): asynchronous generator is already running");
                }
                if (v != Py.None && v != null) {
                    throw Err.runtime("can't send non-None value to a just-started coroutine");
                }
                state = ITER;
                gen.runningAsync = true;
                if (gen.status == CREATED) {
                    gen.closed = true;
                    gen.status = FINISHED;
                    state = CLOSED;
                    gen.runningAsync = false;
                    if (isClose) {
                        throw Err.raise(PyExc.StopIteration);
                    }
                    throw exc;
                }
                return result(gen, null, exc);
            }
            return result(gen, v, null);
        }

        private PyObject result(PyAsyncGenerator g, PyObject v, PyException thrown) {
            boolean yielded;
            try {
                yielded = g.resume(v == null ? Py.None : v, thrown);
            } catch (PyException e) {
                state = CLOSED;
                g.runningAsync = false;
                if (isClose && (e.matches(PyExc.StopAsyncIteration) || e.matches(PyExc.GeneratorExit))) {
                    g.closed = true;
                    throw Err.raise(PyExc.StopIteration);
                }
                throw e;
            }
            if (!yielded) {
                state = CLOSED;
                g.runningAsync = false;
                g.closed = true;
                throw isClose ? Err.raise(PyExc.StopIteration) : Err.raise(PyExc.StopAsyncIteration);
            }
            if (g.lastWasAwait) {
                return g.result;
            }
            state = CLOSED;
            g.runningAsync = false;
            if (isClose) {
                throw Err.runtime("async generator ignored GeneratorExit");
            }
            throw stopIteration(g.result);
        }

        PyObject throwIn(PyException e) {
            if (state == CLOSED) {
                throw Err.runtime("cannot reuse already awaited aclose()/athrow()");
            }
            return result(gen, Py.None, e);
        }
    }

    private static void define(PyType t) {
        defineCommon(t, "ag");
        t.getset("ag_await", self -> ((PyAsyncGenerator) self).yieldFrom());
        t.getset("ag_suspended", self -> Py.bool(((PyGenerator) self).status == SUSPENDED));
        t.am_aiter = self -> self;
        t.am_anext = self -> new ASend((PyAsyncGenerator) self, Py.None);
        t.method1("asend", (self, v) -> new ASend((PyAsyncGenerator) self, v));
        t.methodV("athrow", (self, args, kw) -> {
            ArgParserHelper.throwArgs(args, kw);
            return new AThrow((PyAsyncGenerator) self, makeThrown(args[0], args.length > 1 ? args[1] : null,
                    args.length > 2 ? args[2] : null), false);
        });
        t.method0("aclose", self -> new AThrow((PyAsyncGenerator) self, Err.raise(PyExc.GeneratorExit), true));
    }

    private static void defineASend(PyType t) {
        t.flags(PyType.DISALLOW_INSTANTIATION);
        t.am_await = self -> self;
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((ASend) self).send(Py.None);
        t.method1("send", (self, v) -> ((ASend) self).send(v));
        t.methodV("throw", (self, args, kw) -> {
            ArgParserHelper.throwArgs(args, kw);
            return ((ASend) self).throwIn(makeThrown(args[0], args.length > 1 ? args[1] : null,
                    args.length > 2 ? args[2] : null));
        });
        t.method0("close", self -> {
            ((ASend) self).state = CLOSED;
            return Py.None;
        });
        t.tp_repr = self -> PyStr.of("<async_generator_asend object at " + Abstract.addressOf(self) + ">");
    }

    private static void defineAThrow(PyType t) {
        t.flags(PyType.DISALLOW_INSTANTIATION);
        t.am_await = self -> self;
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((AThrow) self).send(Py.None);
        t.method1("send", (self, v) -> ((AThrow) self).send(v));
        t.methodV("throw", (self, args, kw) -> {
            ArgParserHelper.throwArgs(args, kw);
            return ((AThrow) self).throwIn(makeThrown(args[0], args.length > 1 ? args[1] : null,
                    args.length > 2 ? args[2] : null));
        });
        t.method0("close", self -> {
            ((AThrow) self).state = CLOSED;
            return Py.None;
        });
        t.tp_repr = self -> PyStr.of("<async_generator_athrow object at " + Abstract.addressOf(self) + ">");
    }
}
