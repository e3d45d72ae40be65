package org.ember.modules;

import java.util.ArrayList;
import java.util.List;

import org.ember.objects.Abstract;
import org.ember.objects.CompareOp;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/** Module atexit: functions to run when the interpreter exits, last registered first. */
public final class AtexitModule {
    private AtexitModule() {}

    record Callback(PyObject func, PyTuple args, PyDict kwargs) {}

    /** Per-interpreter list of registered callbacks. */
    public static final class State {
        final List<Callback> callbacks = new ArrayList<>();
    }

    static State state(Interpreter interp) {
        return interp.moduleState(State.class, i -> new State());
    }

    /**
     * Runs and clears the registered callbacks, last first (at interpreter exit). Exceptions are
     * reported as "Exception ignored in atexit callback" and do not stop the others.
     */
    public static void runExitFuncs(Interpreter interp) {
        State st = state(interp);
        while (true) {
            Callback cb;
            synchronized (st) {
                if (st.callbacks.isEmpty()) {
                    return;
                }
                cb = st.callbacks.remove(st.callbacks.size() - 1);
            }
            try {
                Abstract.callArgs(cb.func(), cb.args(), cb.kwargs());
            } catch (PyException e) {
                WeakrefModule.reportUnraisable(interp, cb.func(), e, "Exception ignored in atexit callback");
            }
        }
    }

    private static final NativeFunction[] FUNCTIONS = {
        NativeFunction.ofVector("register", (s, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            if (npos == 0) {
                throw Err.type("register() takes at least 1 argument (0 given)");
            }
            PyObject func = args[0];
            if (!Abstract.isCallable(func)) {
                throw Err.type("the first argument must be callable");
            }
            PyTuple a = PyTuple.of(java.util.Arrays.copyOfRange(args, 1, npos));
            PyDict d = null;
            if (nkw > 0) {
                d = new PyDict();
                for (int i = 0; i < nkw; i++) {
                    d.setItem(PyStr.of(kw[i]), args[npos + i]);
                }
            }
            State st = state(ThreadState.current().interp);
            synchronized (st) {
                st.callbacks.add(new Callback(func, a, d));
            }
            return func;
        }),
        NativeFunction.of("unregister", (s, func) -> {
            State st = state(ThreadState.current().interp);
            List<Callback> copy;
            synchronized (st) {
                copy = new ArrayList<>(st.callbacks);
            }
            List<Callback> keep = new ArrayList<>();
            for (Callback cb : copy) {
                if (!Abstract.richCompareBool(cb.func(), func, CompareOp.EQ)) {
                    keep.add(cb);
                }
            }
            synchronized (st) {
                st.callbacks.retainAll(keep);
            }
            return Py.None;
        }),
        NativeFunction.of("_run_exitfuncs", s -> {
            runExitFuncs(ThreadState.current().interp);
            return Py.None;
        }),
        NativeFunction.of("_clear", s -> {
            State st = state(ThreadState.current().interp);
            synchronized (st) {
                st.callbacks.clear();
            }
            return Py.None;
        }),
        NativeFunction.of("_ncallbacks", s -> {
            State st = state(ThreadState.current().interp);
            synchronized (st) {
                return PyInt.of(st.callbacks.size());
            }
        }),
    };

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("atexit");
        m.put("__doc__", PyStr.of("allow programmer to define multiple exit functions to be executed\n"
                + "upon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n"));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        return m;
    }
}
