package org.ember.modules;

import org.ember.interp.PyFrame;
import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyException;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/**
 * Module faulthandler. Ember has no C-level crashes to report (Java failures become Python
 * exceptions), so enable() only records the setting; dump_traceback() writes the current
 * thread's Python stack in faulthandler's format.
 */
public final class FaulthandlerModule {
    private FaulthandlerModule() {}

    /** Per-interpreter: whether enable() was called, and the file. */
    public static final class State {
        volatile boolean enabled;
        PyObject file;
    }

    static State state(Interpreter interp) {
        return interp.moduleState(State.class, i -> new State());
    }

    static PyObject resolveFile(PyObject file) {
        Interpreter interp = ThreadState.current().interp;
        if (file == null || file == Py.None) {
            file = interp.sysModule == null ? null : interp.sysModule.getDict().getStr("stderr");
            if (file == null || file == Py.None) {
                throw Err.runtime("sys.stderr is None");
            }
        }
        if (file instanceof PyInt) {
            if (Abstract.asInt(file) < 0) {
                throw Err.value("file is not a valid file descripter");
            }
            return file;
        }
        PyObject fd = Abstract.callMethod(file, "fileno");
        if (!(fd instanceof PyInt) || Abstract.asInt(fd) < 0) {
            throw Err.value("file is not a valid file descripter");
        }
        try {
            Abstract.callMethod(file, "flush");
        } catch (PyException e) {
            // ignored, as CPython does
        }
        return file;
    }

    static String stack(ThreadState ts, boolean header) {
        StringBuilder sb = new StringBuilder();
        if (header) {
            sb.append(String.format("Current thread 0x%016x (most recent call first):\n", ThreadModule.ident(ts.thread)));
        } else {
            sb.append("Stack (most recent call first):\n");
        }
        int depth = 0;
        for (PyFrame f = ts.frame instanceof PyFrame pf ? pf : null; f != null; f = f.back) {
            if (depth++ >= 100) {
                sb.append("  ...\n");
                break;
            }
            String file = f.code == null ? "???" : f.code.filename;
            String name = f.code == null ? "???" : f.code.name;
            sb.append("  File \"").append(file).append("\", line ").append(WarningsModule.frameLineno(f)).append(" in ")
                    .append(name).append('\n');
        }
        if (depth == 0) {
            sb.append("  <no Python frame>\n");
        }
        return sb.toString();
    }

    static void write(PyObject file, String text) {
        if (file instanceof PyInt) {
            byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            org.ember.modules.io.IoModule.writeFd(ThreadState.current().interp, Abstract.asInt(file), b, 0, b.length);
        } else {
            int fd = Abstract.asInt(Abstract.callMethod(file, "fileno"));
            byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            org.ember.modules.io.IoModule.writeFd(ThreadState.current().interp, fd, b, 0, b.length);
        }
    }

    private static final NativeFunction[] FUNCTIONS = {
        NativeFunction.of("enable", "file=None, all_threads=True", (s, a) -> {
            State st = state(ThreadState.current().interp);
            st.file = resolveFile(a[0]);
            st.enabled = true;
            return Py.None;
        }),
        NativeFunction.of("disable", s -> {
            State st = state(ThreadState.current().interp);
            boolean was = st.enabled;
            st.enabled = false;
            st.file = null;
            return Py.bool(was);
        }),
        NativeFunction.of("is_enabled", s -> Py.bool(state(ThreadState.current().interp).enabled)),
        NativeFunction.of("dump_traceback", "file=None, all_threads=True", (s, a) -> {
            PyObject file = resolveFile(a[0]);
            write(file, stack(ThreadState.current(), Abstract.isTrue(a[1])));
            return Py.None;
        }),
        NativeFunction.of("dump_traceback_later", "timeout, repeat=False, file=None, exit=False", (s, a) -> {
            double t = Abstract.asDouble(a[0]);
            if (t <= 0) {
                throw Err.value("timeout must be greater than 0");
            }
            resolveFile(a[2]);
            return Py.None;
        }),
        NativeFunction.of("cancel_dump_traceback_later", s -> Py.None),
        NativeFunction.of("register", "signum, file=None, all_threads=True, chain=False", (s, a) -> {
            int sig = Abstract.asInt(a[0]);
            if (sig < 1 || sig >= SignalModule.NSIG) {
                throw Err.value("signal number out of range");
            }
            resolveFile(a[1]);
            return Py.None;
        }),
        NativeFunction.of("unregister", "signum, /", (s, a) -> Py.False),
    };

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("faulthandler");
        m.put("__doc__", PyStr.of("faulthandler module."));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        return m;
    }
}
