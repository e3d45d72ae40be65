package org.ember.interp;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyObject;
import org.ember.objects.PyStopIteration;
import org.ember.objects.PyStr;
import org.ember.objects.PyTraceback;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.runtime.ThreadState;

/**
 * generator (and the shared machinery of coroutine and async_generator): a suspended frame
 * resumed by send/throw/close. Resumption re-enters the execution tree; resumable nodes jump
 * back to the suspension point using the resume state kept in the frame.
 */
public class PyGenerator extends PyObject {
    public static final PyType TYPE = PyType.builtin("generator", PyGenerator.class, PyGenerator::define);

    static final int CREATED = 0, SUSPENDED = 1, FINISHED = 2;

    PyFrame frame;
    PyObject name;
    PyObject qualname;
    boolean running;
    int status;
    /** The generator's own handled exception (gi_exc_state) while suspended. */
    PyBaseException savedExc;
    /** The value of the last yield, or the return value. */
    PyObject result;
    /** True when the last suspension was an await passing through (async generators). */
    boolean lastWasAwait;

    protected PyGenerator(PyType type, PyFrame frame, PyObject name, PyObject qualname) {
        super(type);
        this.frame = frame;
        this.name = name;
        this.qualname = qualname;
        frame.owner = this;
    }

    String kindName() {
        return "generator";
    }

    /**
     * Resumes the frame with a value or an exception. Returns true when it yielded (value in
     * {@link #result}), false when it returned (return value in result).
     */
    final boolean resume(PyObject sent, PyException thrown) {
        if (running) {
            throw Err.value("%s already executing", kindName());
        }
        PyFrame f = frame;
        ThreadState ts = ThreadState.current();
        f.ts = ts;
        PyObject prevFrame = ts.frame;
        f.back = (PyFrame) prevFrame;
        int depth = ts.depth;
        if (depth >= ts.interp.recursionLimit) {
            throw Eval.recursionError();
        }
        ts.depth = depth + 1;
        ts.frame = f;
        PyBaseException outer = ts.handledException;
        ts.handledException = savedExc != null ? savedExc : outer;
        running = true;
        f.executing = true;
        boolean started = status != CREATED;
        status = SUSPENDED;
        try {
            if (!started && thrown != null) {
                PyBaseException v = thrown.value;
                v.traceback = new PyTraceback(v.traceback, f, f.code.firstLineno, f.code.firstLineno, -1, -1, -1);
                throw thrown;
            }
            f.resuming = started;
            f.sent = sent;
            f.thrown = thrown;
            f.lastWasAwait = false;
            int c = f.code.body.exec(f);
            if (c == Node.YIELD) {
                result = f.yielded;
                f.yielded = null;
                lastWasAwait = f.lastWasAwait;
                PyBaseException now = ts.handledException;
                savedExc = now == outer && savedExc == null ? null : now;
                return true;
            }
            finish();
            PyObject r = f.retval;
            result = r == null ? Py.None : r;
            return false;
        } catch (PyException e) {
            finish();
            throw convertStop(e);
        } catch (StackOverflowError e) {
            finish();
            throw Eval.recursionError();
        } catch (RuntimeException e) {
            finish();
            throw Err.internal(e);
        } finally {
            running = false;
            f.executing = false;
            f.resuming = false;
            f.sent = null;
            f.thrown = null;
            ts.frame = prevFrame;
            ts.depth = depth;
            ts.handledException = outer;
            f.back = null;
        }
    }

    private void finish() {
        status = FINISHED;
        frame.finished = true;
        savedExc = null;
    }

    /** PEP 479: StopIteration leaving a generator becomes RuntimeError. */
    PyException convertStop(PyException e) {
        if (e.matches(PyExc.StopIteration)) {
            PyException r = Err.runtime("%s raised StopIteration", kindName());
            r.value.cause = e.value;
            r.value.context = e.value;
            r.value.suppressContext = true;
            return r;
        }
        return e;
    }

    /** tp_iternext: the next yielded value or null when finished. */
    PyObject next() {
        if (status == FINISHED) {
            return null;
        }
        return resume(Py.None, null) ? result : null;
    }

    /**
     * The StopIteration to raise after tp_iternext of {@code it} returned null: for a generator
     * that just returned a value, StopIteration(value) (what next() must raise), else a bare one.
     */
    public static PyException exhaustedError(PyObject it) {
        if (it instanceof PyGenerator g && g.status == FINISHED && g.result != null && g.result != Py.None) {
            PyObject v = g.result;
            g.result = Py.None;
            return stopIteration(v);
        }
        return Err.raise(PyExc.StopIteration);
    }

    PyObject send(PyObject v) {
        if (status == CREATED && v != Py.None) {
            throw Err.type("can't send non-None value to a just-started %s", kindName());
        }
        if (status == FINISHED) {
            throw exhausted();
        }
        if (resume(v, null)) {
            return result;
        }
        throw stopIteration(result);
    }

    PyException exhausted() {
        return Err.stopIteration(null);
    }

    static PyException stopIteration(PyObject value) {
        if (value == Py.None) {
            return Err.raise(PyExc.StopIteration);
        }
        PyBaseException e = Err.instantiate(PyExc.StopIteration, value);
        if (value instanceof PyTuple || value instanceof PyBaseException) {
            e.args = PyTuple.of(value);
            ((PyStopIteration) e).value = value;
        }
        return e.toThrowable();
    }

    /** gen.throw(typ[, val[, tb]]) normalisation (CPython's _gen_throw argument handling). */
    static PyException makeThrown(PyObject typ, PyObject val, PyObject tb) {
        if (tb == Py.None) {
            tb = null;
        }
        if (tb != null && !(tb instanceof PyTraceback)) {
            throw Err.type("throw() third argument must be a traceback object");
        }
        PyBaseException exc;
        if (typ instanceof PyType t && t.isSubtype(PyExc.BaseException)) {
            if (val != null && val != Py.None && val.type.isSubtype(t)) {
                exc = (PyBaseException) val;
            } else if (val == null || val == Py.None) {
                exc = Err.instantiate(t);
            } else if (val instanceof PyTuple vt) {
                exc = Err.instantiate(t, vt.items());
            } else {
                exc = Err.instantiate(t, val);
            }
        } else if (typ instanceof PyBaseException be) {
            if (val != null && val != Py.None) {
                throw Err.type("instance exception may not have a separate value");
            }
            exc = be;
        } else {
            throw Err.type("exceptions must be classes or instances deriving from BaseException, not %s", Err.tn(typ));
        }
        if (tb != null) {
            exc.traceback = (PyTraceback) tb;
        }
        return exc.toThrowable();
    }

    PyObject throwIn(PyException e) {
        if (status == FINISHED) {
            throw e;
        }
        if (resume(Py.None, e)) {
            return result;
        }
        throw stopIteration(result);
    }

    PyObject close() {
        if (status == CREATED) {
            status = FINISHED;
            frame.finished = true;
            return Py.None;
        }
        if (status == FINISHED) {
            return Py.None;
        }
        boolean yielded;
        try {
            yielded = resume(Py.None, Err.raise(PyExc.GeneratorExit));
        } catch (PyException e) {
            if (e.matches(PyExc.GeneratorExit) || e.matches(PyExc.StopIteration)) {
                return Py.None;
            }
            throw e;
        }
        if (yielded) {
            throw Err.runtime("%s ignored GeneratorExit", kindName());
        }
        return Py.None;
    }

    void closeFromFrameClear() {
        close();
    }

    PyObject yieldFrom() {
        PyObject y = status == SUSPENDED && !running ? frame.yieldFrom : null;
        return y == null ? Py.None : y;
    }

    PyObject frameOrNone() {
        return status == FINISHED ? Py.None : frame;
    }

    static PyGenerator self(PyObject o) {
        return (PyGenerator) o;
    }

    static void defineCommon(PyType t, String prefix) {
        t.getset("__name__", self -> self(self).name, (self, v) -> {
            if (!(v instanceof PyStr)) {
                throw Err.type("__name__ must be set to a string object");
            }
            self(self).name = v;
        });
        t.getset("__qualname__", self -> self(self).qualname, (self, v) -> {
            if (!(v instanceof PyStr)) {
                throw Err.type("__qualname__ must be set to a string object");
            }
            self(self).qualname = v;
        });
        t.getset(prefix + "_frame", self -> self(self).frameOrNone());
        t.getset(prefix + "_running", self -> Py.bool(self(self).running));
        t.getset(prefix + "_code", self -> self(self).frame.code);
        t.tp_repr = self -> PyStr.of("<" + self.type.getName() + " object " + Abstract.strJava(self(self).qualname)
                + " at " + Abstract.addressOf(self) + ">");
    }

    private static void define(PyType t) {
        defineCommon(t, "gi");
        t.getset("gi_yieldfrom", self -> self(self).yieldFrom());
        t.getset("gi_suspended", self -> Py.bool(self(self).status == SUSPENDED && !self(self).running));
        t.tp_iter = self -> self;
        t.tp_iternext = self -> self(self).next();
        t.method1("send", (self, v) -> self(self).send(v));
        t.methodV("throw", (self, args, kw) -> {
            ArgParserHelper.throwArgs(args, kw);
            return self(self).throwIn(makeThrown(args[0], args.length > 1 ? args[1] : null, args.length > 2 ? args[2] : null));
        });
        t.method0("close", self -> self(self).close());
    }
}
