package org.ember.interp;

import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.runtime.ThreadState;

/**
 * Running code objects: module execution, exec() and eval() ({@link #exec}), function frames
 * and the frame stack bookkeeping (thread state's current frame and recursion depth).
 */
public final class Eval {
    private Eval() {}

    private static final PyStr S_BUILTINS = PyStr.immortal("__builtins__");

    /** The builtins dict a frame with these globals uses (CPython's _PyEval_BuiltinsFromGlobals). */
    public static PyDict builtinsFromGlobals(PyDict globals) {
        PyObject b = globals.getItem(S_BUILTINS);
        if (b instanceof PyModule m) {
            return m.getDict();
        }
        if (b instanceof PyDict d) {
            return d;
        }
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null && ts.frame instanceof PyFrame f) {
            return f.builtins;
        }
        return ts == null ? new PyDict() : ts.interp.builtinsDict;
    }

    /**
     * Executes a module-level code object (exec or eval mode) with the given globals and locals
     * mapping (locals null means the globals). Returns the value of an eval-mode expression,
     * else None.
     */
    public static PyObject exec(PyCode code, PyDict globals, PyObject locals) {
        if (locals == null) {
            locals = globals;
        }
        PyDict builtins = builtinsFromGlobals(globals);
        PyFrame f = new PyFrame(code, globals, builtins, (code.flags & PyCode.CO_OPTIMIZED) != 0 ? null : locals);
        if (code.freevars.length > 0) {
            throw Err.type("code object passed to exec() may not contain free variables");
        }
        if (f.cells != null) {
            PyFunction.makeCells(f);
        }
        if (code.isGeneratorLike()) {
            return Generators.create(f, PyStr.of(code.name), PyStr.of(code.qualname));
        }
        return execute(f, ThreadState.current());
    }

    /** Executes a class body with the class namespace as its locals; returns the __classcell__ cell or None. */
    public static PyObject execClassBody(PyFunction body, PyObject namespace) {
        PyFrame f = new PyFrame(body.code, body.globals, body.builtins, namespace);
        if (body.closure != null) {
            System.arraycopy(body.closure, 0, f.cells, body.code.cellvars.length, body.closure.length);
        }
        if (f.cells != null) {
            PyFunction.makeCells(f);
        }
        return execute(f, ThreadState.current());
    }

    /** Runs (or, for generator code, wraps) a frame whose arguments are bound. */
    static PyObject runFunctionFrame(PyFrame f, PyFunction fn) {
        if (f.code.isGeneratorLike()) {
            return Generators.create(f, fn.name, fn.qualname);
        }
        return execute(f, ThreadState.current());
    }

    static PyException recursionError() {
        return Err.recursion("maximum recursion depth exceeded");
    }

    /** Pushes f on the thread's frame stack, runs its body and returns its result. */
    static PyObject execute(PyFrame f, ThreadState ts) {
        f.ts = ts;
        PyObject prev = ts.frame;
        f.back = (PyFrame) prev;
        int depth = ts.depth;
        if (depth >= ts.interp.recursionLimit) {
            throw recursionError();
        }
        ts.depth = depth + 1;
        ts.frame = f;
        f.executing = true;
        try {
            f.code.body.exec(f);
            PyObject r = f.retval;
            return r == null ? Py.None : r;
        } catch (PyException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw recursionError();
        } catch (RuntimeException e) {
            throw Err.internal(e);
        } finally {
            f.executing = false;
            f.finished = true;
            ts.frame = prev;
            ts.depth = depth;
        }
    }
}
