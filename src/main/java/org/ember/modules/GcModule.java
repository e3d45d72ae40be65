package org.ember.modules;

import java.util.ArrayList;
import java.util.List;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyComplex;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/**
 * Module gc over the JVM's collector: collect() runs a full JVM collection and then delivers
 * pending weak reference callbacks; the generation counters and thresholds are kept for
 * compatibility but the JVM decides when to collect. get_referrers() finds nothing (the JVM
 * does not expose referrers).
 */
public final class GcModule {
    private GcModule() {}

    /** Per-interpreter gc settings. */
    public static final class State {
        volatile boolean enabled = true;
        int[] threshold = {700, 10, 10};
        int debug;
        long collections;
        final PyList callbacks = new PyList();
        final PyList garbage = new PyList();
    }

    static State state(Interpreter interp) {
        return interp.moduleState(State.class, i -> new State());
    }

    /** gc.collect(): a full JVM collection, then weak reference callbacks. Returns 0 (unknown count). */
    public static long collect(Interpreter interp, int generation) {
        State st = state(interp);
        runCallbacks(interp, st, "start", generation);
        interp.gil.releasedWhile(() -> {
            System.gc();
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        Thread.interrupted();
        WeakrefModule.processPending(interp);
        st.collections++;
        runCallbacks(interp, st, "stop", generation);
        return 0;
    }

    static void runCallbacks(Interpreter interp, State st, String phase, int generation) {
        if (st.callbacks.size() == 0) {
            return;
        }
        PyDict info = new PyDict();
        info.putStr("generation", PyInt.of(generation));
        info.putStr("collected", PyInt.ZERO);
        info.putStr("uncollectable", PyInt.ZERO);
        for (PyObject cb : st.callbacks.toArray()) {
            try {
                Abstract.call(cb, PyStr.of(phase), info);
            } catch (PyException e) {
                WeakrefModule.reportUnraisable(interp, cb, e);
            }
        }
    }

    static boolean isTracked(PyObject o) {
        if (o instanceof PyInt || o instanceof PyStr || o instanceof PyFloat || o instanceof PyBytes
                || o instanceof PyComplex || o == Py.None || o.isImmortal() && !(o instanceof PyTuple)) {
            return false;
        }
        if (o instanceof PyTuple t) {
            return t.size() > 0;
        }
        if (o instanceof PyDict d) {
            for (int i = d.nextIndex(0); i >= 0; i = d.nextIndex(i + 1)) {
                if (isTracked(d.keyAt(i)) || isTracked(d.valueAt(i))) {
                    return true;
                }
            }
            return false;
        }
        if (o instanceof PyType t) {
            return t.isHeapType();
        }
        return true;
    }

    private static final NativeFunction[] FUNCTIONS = {
        NativeFunction.of("collect", "generation=2", (s, a) -> {
            int gen = Abstract.asInt(a[0]);
            if (gen < 0 || gen > 2) {
                throw Err.value("invalid generation");
            }
            return PyInt.of(collect(ThreadState.current().interp, gen));
        }),
        NativeFunction.of("enable", s -> {
            state(ThreadState.current().interp).enabled = true;
            return Py.None;
        }),
        NativeFunction.of("disable", s -> {
            state(ThreadState.current().interp).enabled = false;
            return Py.None;
        }),
        NativeFunction.of("isenabled", s -> Py.bool(state(ThreadState.current().interp).enabled)),
        NativeFunction.of("get_count", s -> PyTuple.of(PyInt.ZERO, PyInt.ZERO, PyInt.ZERO)),
        NativeFunction.of("get_threshold", s -> {
            int[] t = state(ThreadState.current().interp).threshold;
            return PyTuple.of(PyInt.of(t[0]), PyInt.of(t[1]), PyInt.of(t[2]));
        }),
        NativeFunction.of("set_threshold", "threshold0, threshold1=NULL, threshold2=NULL, /", (s, a) -> {
            int[] t = state(ThreadState.current().interp).threshold;
            t[0] = Abstract.asInt(a[0]);
            if (a[1] != null) {
                t[1] = Abstract.asInt(a[1]);
            }
            if (a[2] != null) {
                t[2] = Abstract.asInt(a[2]);
            }
            return Py.None;
        }),
        NativeFunction.of("get_debug", s -> PyInt.of(state(ThreadState.current().interp).debug)),
        NativeFunction.of("set_debug", "flags, /", (s, a) -> {
            state(ThreadState.current().interp).debug = Abstract.asInt(a[0]);
            return Py.None;
        }),
        NativeFunction.of("get_stats", s -> {
            State st = state(ThreadState.current().interp);
            PyObject[] gens = new PyObject[3];
            for (int i = 0; i < 3; i++) {
                PyDict d = new PyDict();
                d.putStr("collections", PyInt.of(i == 2 ? st.collections : 0));
                d.putStr("collected", PyInt.ZERO);
                d.putStr("uncollectable", PyInt.ZERO);
                gens[i] = d;
            }
            return new PyList(gens);
        }),
        NativeFunction.of("get_objects", "generation=None", (s, a) -> {
            if (a[0] != Py.None) {
                int g = Abstract.asInt(a[0]);
                if (g >= 3) {
                    throw Err.value("generation parameter must be less than the number of available generations (3)");
                }
                if (g < 0) {
                    throw Err.value("generation parameter cannot be negative");
                }
            }
            return new PyList();
        }),
        NativeFunction.ofVector("get_referrers", (s, args, kw) -> new PyList()),
        NativeFunction.ofVector("get_referents", (s, args, kw) -> {
            List<PyObject> out = new ArrayList<>();
            for (PyObject o : args) {
                if (o instanceof PyTuple t) {
                    out.addAll(java.util.Arrays.asList(t.items()));
                } else if (o instanceof PyList l) {
                    out.addAll(java.util.Arrays.asList(l.toArray()));
                } else if (o instanceof PyDict d) {
                    for (int i = d.nextIndex(0); i >= 0; i = d.nextIndex(i + 1)) {
                        out.add(d.keyAt(i));
                        out.add(d.valueAt(i));
                    }
                }
            }
            return new PyList(out);
        }),
        NativeFunction.of("is_tracked", (s, o) -> Py.bool(isTracked(o))),
        NativeFunction.of("is_finalized", (s, o) -> Py.False),
        NativeFunction.of("freeze", s -> Py.None),
        NativeFunction.of("unfreeze", s -> Py.None),
        NativeFunction.of("get_freeze_count", s -> PyInt.ZERO),
    };

    public static PyModule create(Interpreter interp) {
        State st = state(interp);
        PyModule m = new PyModule("gc");
        m.put("__doc__", PyStr.of("This module provides access to the garbage collector for reference cycles.\n\n"
                + "enable() -- Enable automatic garbage collection.\ndisable() -- Disable automatic garbage collection.\n"
                + "isenabled() -- Returns true if automatic collection is enabled.\n"
                + "collect() -- Do a full collection right now.\n"
                + "get_count() -- Return the current collection counts.\n"
                + "get_stats() -- Return list of dictionaries containing per-generation stats.\n"
                + "set_debug() -- Set debugging flags.\nget_debug() -- Get debugging flags.\n"
                + "set_threshold() -- Set the collection thresholds.\n"
                + "get_threshold() -- Return the current the collection thresholds.\n"
                + "get_objects() -- Return a list of all objects tracked by the collector.\n"
                + "is_tracked() -- Returns true if a given object is tracked.\n"
                + "is_finalized() -- Returns true if a given object has been already finalized.\n"
                + "get_referrers() -- Return the list of objects that refer to an object.\n"
                + "get_referents() -- Return the list of objects that an object refers to.\n"
                + "freeze() -- Freeze all tracked objects and ignore them for future collections.\n"
                + "unfreeze() -- Unfreeze all objects in the permanent generation.\n"
                + "get_freeze_count() -- Return the number of objects in the permanent generation.\n"));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        m.put("callbacks", st.callbacks);
        m.put("garbage", st.garbage);
        m.put("DEBUG_STATS", PyInt.of(1));
        m.put("DEBUG_COLLECTABLE", PyInt.of(2));
        m.put("DEBUG_UNCOLLECTABLE", PyInt.of(4));
        m.put("DEBUG_SAVEALL", PyInt.of(32));
        m.put("DEBUG_LEAK", PyInt.of(38));
        return m;
    }
}
