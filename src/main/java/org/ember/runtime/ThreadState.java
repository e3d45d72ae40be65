package org.ember.runtime;

import java.util.IdentityHashMap;

import org.ember.objects.PyBaseException;
import org.ember.objects.PyDict;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;

/**
 * The state of one thread in one interpreter: the current frame, the exception being handled
 * (sys.exc_info), the recursion depth and the repr recursion guard.
 */
public final class ThreadState {
    public final Interpreter interp;
    public final Thread thread;
    /** The innermost executing Python frame (an org.ember.interp.PyFrame), or null. */
    public PyObject frame;
    /** The exception currently being handled (sys.exc_info()[1]), or null. */
    public PyBaseException handledException;
    /** Python call depth, checked against the interpreter's recursion limit. */
    public int depth;
    private IdentityHashMap<PyObject, Boolean> reprActive;
    /** sys.settrace / sys.setprofile functions of this thread, or null. */
    public PyObject traceFunction;
    public PyObject profileFunction;
    /** sys.set_asyncgen_hooks of this thread, or null. */
    public PyObject asyncgenFirstIter;
    public PyObject asyncgenFinalizer;
    public int coroutineOriginDepth;
    /** The current contextvars.Context of this thread (a _contextvars Context), or null before first use. */
    public PyObject context;
    /** Set by another thread to ask this one to raise an exception asynchronously. */
    public volatile PyBaseException asyncException;

    public ThreadState(Interpreter interp, Thread thread) {
        this.interp = interp;
        this.thread = thread;
    }

    /** The current thread's state; the thread must be running Python. */
    public static ThreadState current() {
        ThreadState ts = currentOrNull();
        if (ts == null) {
            throw new IllegalStateException("no Python thread state on thread " + Thread.currentThread().getName());
        }
        return ts;
    }

    public static ThreadState currentOrNull() {
        return Thread.currentThread() instanceof EmberThread et ? et.state : null;
    }

    /** Py_ReprEnter: false if obj's repr is already in progress on this thread. */
    public boolean reprEnter(PyObject obj) {
        if (reprActive == null) {
            reprActive = new IdentityHashMap<>();
        }
        return reprActive.put(obj, Boolean.TRUE) == null;
    }

    public void reprLeave(PyObject obj) {
        if (reprActive != null) {
            reprActive.remove(obj);
        }
    }

    /** __name__ of the globals of the innermost frame (for a new class's __module__), or null. */
    public PyObject currentGlobalsName() {
        PyDict g = interp.currentGlobals(this);
        return g == null ? null : g.getItem(PyStr.of("__name__"));
    }
}
