package org.ember.modules;

import org.ember.interp.PyFrame;
import org.ember.modules.io.Fs;
import org.ember.modules.io.Libc;
import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
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
 * Module _warnings: the C half of the warnings machinery (CPython's Python/_warnings.c). The
 * filters, default action and once-registry live per interpreter; when the pure-Python warnings
 * module is imported its attributes take precedence, and its _showwarnmsg formats warnings.
 */
public final class WarningsModule {
    private WarningsModule() {}

    private static final PyStr S_WARNINGS = PyStr.immortal("warnings");
    private static final PyStr S_REGISTRY = PyStr.immortal("__warningregistry__");
    private static final PyStr S_VERSION = PyStr.immortal("version");

    /** Per-interpreter warnings state. */
    public static final class State {
        final PyList filters;
        PyObject onceRegistry = new PyDict();
        PyObject defaultAction = PyStr.of("default");
        long filtersVersion;

        State(Interpreter interp) {
            filters = new PyList();
            filters.append(PyTuple.of(PyStr.of("default"), Py.None, PyExc.DeprecationWarning, PyStr.of("__main__"),
                    PyInt.ZERO));
            filters.append(PyTuple.of(PyStr.of("ignore"), Py.None, PyExc.DeprecationWarning, Py.None, PyInt.ZERO));
            filters.append(PyTuple.of(PyStr.of("ignore"), Py.None, PyExc.PendingDeprecationWarning, Py.None, PyInt.ZERO));
            filters.append(PyTuple.of(PyStr.of("ignore"), Py.None, PyExc.ImportWarning, Py.None, PyInt.ZERO));
            filters.append(PyTuple.of(PyStr.of("ignore"), Py.None, PyExc.ResourceWarning, Py.None, PyInt.ZERO));
        }
    }

    public static State state(Interpreter interp) {
        return interp.moduleState(State.class, State::new);
    }

    /** sys.modules['warnings'].attr when the warnings module is loaded, else null. */
    static PyObject warningsAttr(Interpreter interp, String attr, boolean tryImport) {
        PyObject m = interp.modules.getItem(S_WARNINGS);
        if (m == null && tryImport) {
            m = org.ember.modules.io.IoModule.importModule("warnings");
        }
        if (m == null) {
            return null;
        }
        return Abstract.lookupAttr(m, attr);
    }

    static PyObject onceRegistry(Interpreter interp, State st) {
        PyObject r = warningsAttr(interp, "onceregistry", false);
        if (r == null) {
            return st.onceRegistry;
        }
        if (!(r instanceof PyDict)) {
            throw Err.type("_warnings.onceregistry must be a dict, not '%s'", Err.tn(r));
        }
        st.onceRegistry = r;
        return r;
    }

    static PyObject defaultAction(Interpreter interp, State st) {
        PyObject r = warningsAttr(interp, "defaultaction", false);
        if (r == null) {
            return st.defaultAction;
        }
        if (!(r instanceof PyStr)) {
            throw Err.type("_warnings.defaultaction must be a string, not '%s'", Err.tn(r));
        }
        st.defaultAction = r;
        return r;
    }

    static boolean checkMatched(PyObject obj, PyObject arg) {
        if (obj == Py.None) {
            return true;
        }
        if (obj.type == PyStr.TYPE) {
            return arg instanceof PyStr a && ((PyStr) obj).value.equals(a.value);
        }
        return Abstract.isTrue(Abstract.callMethod(obj, "match", arg));
    }

    /** The action for a warning, with the matching filter item in item[0]. */
    static PyObject getFilter(Interpreter interp, State st, PyObject category, PyObject text, long lineno,
            PyObject module, PyObject[] item) {
        PyObject filters = warningsAttr(interp, "filters", false);
        if (filters == null) {
            filters = st.filters;
        }
        if (!(filters instanceof PyList fl)) {
            throw Err.value("_warnings.filters must be a list");
        }
        for (int i = 0; i < fl.size(); i++) {
            PyObject tmp = fl.get(i);
            if (!(tmp instanceof PyTuple t) || t.size() != 5) {
                throw Err.value("_warnings.filters item %d isn't a 5-tuple", i);
            }
            PyObject action = t.get(0);
            if (!(action instanceof PyStr)) {
                throw Err.type("action must be a string, not '%s'", Err.tn(action));
            }
            PyObject msg = t.get(1);
            PyObject cat = t.get(2);
            PyObject mod = t.get(3);
            PyObject ln = t.get(4);
            boolean goodMsg = checkMatched(msg, text);
            boolean goodMod = checkMatched(mod, module);
            boolean isSub = Abstract.isSubclass(category, cat);
            long lnv = Abstract.asLong(ln);
            if (goodMsg && isSub && goodMod && (lnv == 0 || lineno == lnv)) {
                item[0] = t;
                return action;
            }
        }
        item[0] = Py.None;
        return defaultAction(interp, st);
    }

    /** already_warned: true when key is set in registry (resetting a stale registry). */
    static boolean alreadyWarned(State st, PyDict registry, PyObject key, boolean set) {
        PyObject version = registry.getItem(S_VERSION);
        if (version == null || version.type != PyInt.TYPE || Abstract.asLong(version) != st.filtersVersion) {
            registry.clear();
            registry.setItem(S_VERSION, PyInt.of(st.filtersVersion));
        } else {
            PyObject already = registry.getItem(key);
            if (already != null && Abstract.isTrue(already)) {
                return true;
            }
        }
        if (set) {
            registry.setItem(key, Py.True);
        }
        return false;
    }

    static PyObject normalizeModule(PyObject filename) {
        if (filename instanceof PyStr f) {
            String v = f.value;
            if (v.isEmpty()) {
                return PyStr.of("<unknown>");
            }
            if (v.endsWith(".py")) {
                return PyStr.of(v.substring(0, v.length() - 3));
            }
            return f;
        }
        return filename;
    }

    static PyObject warnExplicit(PyObject category, PyObject message, PyObject filename, long lineno, PyObject module,
            PyObject registry, PyObject sourceline, PyObject source) {
        Interpreter interp = ThreadState.current().interp;
        State st = state(interp);
        if (module == null) {
            module = normalizeModule(filename);
        }
        PyObject text;
        if (Abstract.isInstance(message, PyExc.Warning)) {
            text = Abstract.str(message);
            category = message.type;
        } else {
            text = message;
            message = Abstract.call(category, message);
        }
        PyObject key = PyTuple.of(text, category, PyInt.of(lineno));
        PyDict reg = registry instanceof PyDict d ? d : null;
        if (reg != null && alreadyWarned(st, reg, key, false)) {
            return Py.None;
        }
        PyObject[] item = new PyObject[1];
        PyObject actionObj = getFilter(interp, st, category, text, lineno, module, item);
        String action = ((PyStr) actionObj).value;
        if (action.equals("error")) {
            if (message instanceof PyBaseException be) {
                throw be.toThrowable();
            }
            throw Err.raise((PyType) category, message);
        }
        if (action.equals("ignore")) {
            return Py.None;
        }
        boolean already = false;
        if (!action.equals("always")) {
            if (reg != null) {
                reg.setItem(key, Py.True);
            }
            if (action.equals("once")) {
                PyObject r = reg != null ? reg : onceRegistry(interp, st);
                if (r instanceof PyDict rd) {
                    already = alreadyWarned(st, rd, PyTuple.of(text, category), true);
                }
            } else if (action.equals("module")) {
                if (reg != null) {
                    already = alreadyWarned(st, reg, PyTuple.of(text, category, PyInt.ZERO), true);
                }
            } else if (!action.equals("default")) {
                throw Err.runtime("Unrecognized action (%s) in warnings.filters:\n %s", Abstract.reprJava(actionObj),
                        Abstract.reprJava(item[0]));
            }
        }
        if (already) {
            return Py.None;
        }
        showWarning(interp, category, text, message, filename, lineno, sourceline, source);
        return Py.None;
    }

    static void showWarning(Interpreter interp, PyObject category, PyObject text, PyObject message, PyObject filename,
            long lineno, PyObject sourceline, PyObject source) {
        PyObject showFn = warningsAttr(interp, "_showwarnmsg", source != null && source != Py.None);
        if (showFn == null) {
            showWarningFallback(interp, filename, lineno, text, category, sourceline);
            return;
        }
        if (!Abstract.isCallable(showFn)) {
            throw Err.type("warnings._showwarnmsg() must be set to a callable");
        }
        PyObject cls = warningsAttr(interp, "WarningMessage", false);
        if (cls == null) {
            throw Err.runtime("unable to get warnings.WarningMessage");
        }
        PyObject msg = Abstract.call(cls, message, category, filename, PyInt.of(lineno), Py.None, Py.None,
                source == null ? Py.None : source);
        Abstract.call(showFn, msg);
    }

    /** "filename:lineno: Category: text" and the source line, on sys.stderr (no warnings module). */
    static void showWarningFallback(Interpreter interp, PyObject filename, long lineno, PyObject text,
            PyObject category, PyObject sourceline) {
        PyObject stderr = interp.sysModule == null ? null : interp.sysModule.getDict().getStr("stderr");
        String name = category instanceof PyType ct ? ct.getName() : Abstract.strJava(category);
        StringBuilder sb = new StringBuilder();
        sb.append(Abstract.strJava(filename)).append(':').append(lineno).append(": ").append(name).append(": ")
                .append(Abstract.strJava(text)).append('\n');
        String line = null;
        if (sourceline instanceof PyStr sl) {
            line = sl.value;
        } else if (filename instanceof PyStr fs) {
            line = sourceLine(fs.value, lineno);
        }
        if (line != null) {
            String stripped = line.stripLeading();
            if (!stripped.endsWith("\n")) {
                stripped += "\n";
            }
            sb.append("  ").append(stripped);
        }
        if (stderr == null || stderr == Py.None) {
            interp.rawStderr.print(sb);
            interp.rawStderr.flush();
            return;
        }
        Abstract.callMethod(stderr, "write", PyStr.of(sb.toString()));
    }

    /** Line lineno of a source file (UTF-8), or null. */
    static String sourceLine(String filename, long lineno) {
        if (lineno < 1 || filename.startsWith("<")) {
            return null;
        }
        int fd = Libc.openat(Libc.AT_FDCWD, Fs.encode(PyStr.of(filename)), Libc.O_CLOEXEC, 0);
        if (fd < 0) {
            return null;
        }
        try {
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[65536];
            long n;
            while ((n = Libc.read(fd, buf, 0, buf.length)) > 0) {
                all.write(buf, 0, (int) n);
                if (all.size() > (64 << 20)) {
                    return null;
                }
            }
            String src = Fs.decodeString(all.toByteArray());
            String[] lines = src.split("\n", -1);
            if (lineno > lines.length) {
                return null;
            }
            String l = lines[(int) lineno - 1];
            if (l.endsWith("\r")) {
                l = l.substring(0, l.length() - 1);
            }
            return l.isBlank() ? null : l + "\n";
        } finally {
            Libc.close(fd);
        }
    }

    static boolean isInternalFrame(PyFrame f) {
        if (f == null || f.code == null) {
            return false;
        }
        String fn = f.code.filename;
        return fn != null && fn.contains("importlib") && fn.contains("_bootstrap");
    }

    static PyFrame nextExternalFrame(PyFrame f) {
        do {
            f = f.back;
        } while (f != null && isInternalFrame(f));
        return f;
    }

    static long frameLineno(PyFrame f) {
        PyObject ln = null;
        try {
            ln = Abstract.lookupAttr(f, "f_lineno");
        } catch (PyException e) {
            ln = null;
        }
        if (ln instanceof PyInt) {
            return Abstract.asLong(ln);
        }
        return f.code == null ? 1 : f.code.firstLineno;
    }

    /** do_warn: the warning's context taken stacklevel frames up the Python stack. */
    static PyObject doWarn(PyObject message, PyObject category, long stackLevel, PyObject source) {
        ThreadState ts = ThreadState.current();
        Interpreter interp = ts.interp;
        PyFrame f = ts.frame instanceof PyFrame pf ? pf : null;
        if (stackLevel <= 0 || isInternalFrame(f)) {
            while (--stackLevel > 0 && f != null) {
                f = f.back;
            }
        } else {
            while (--stackLevel > 0 && f != null) {
                f = nextExternalFrame(f);
            }
        }
        PyDict globals;
        PyObject filename;
        long lineno;
        if (f == null) {
            globals = interp.sysModule != null ? interp.sysModule.getDict() : new PyDict();
            filename = PyStr.of("sys");
            lineno = 1;
        } else {
            globals = f.globals;
            filename = PyStr.of(f.code.filename);
            lineno = frameLineno(f);
        }
        PyObject registry = globals.getItem(S_REGISTRY);
        if (registry == null) {
            registry = new PyDict();
            globals.setItem(S_REGISTRY, registry);
        }
        PyObject module = globals.getStr("__name__");
        if (module == null || module != Py.None && !(module instanceof PyStr)) {
            module = PyStr.of("<string>");
        }
        return warnExplicit(category, message, filename, lineno, module, registry, null, source);
    }

    static PyObject getCategory(PyObject message, PyObject category) {
        if (Abstract.isInstance(message, PyExc.Warning)) {
            return message.type;
        }
        if (category == null || category == Py.None) {
            category = PyExc.UserWarning;
        }
        boolean ok;
        try {
            ok = category instanceof PyType && Abstract.isSubclass(category, PyExc.Warning);
        } catch (PyException e) {
            ok = false;
        }
        if (!ok) {
            throw Err.type("category must be a Warning subclass, not '%s'", Err.tn(category));
        }
        return category;
    }

    /**
     * Issues a warning from Java code (PyErr_WarnEx): message of the category, stackLevel
     * frames up the Python stack. Raises when the filters turn it into an error.
     */
    public static void warn(PyType category, String message, int stackLevel) {
        doWarn(PyStr.of(message), category, stackLevel, null);
    }

    /** PyErr_WarnExplicit from Java code. */
    public static void warnExplicit(PyType category, String message, String filename, int lineno, String module) {
        warnExplicit(category, PyStr.of(message), PyStr.of(filename), lineno,
                module == null ? null : PyStr.of(module), null, null, null);
    }

    private static final NativeFunction[] FUNCTIONS = {
        NativeFunction.of("warn", "message, category=None, stacklevel=1, source=None", (s, a) -> {
            PyObject category = getCategory(a[0], a[1]);
            long level = Abstract.asSsize(a[2], PyExc.OverflowError);
            return doWarn(a[0], category, level, a[3]);
        }),
        NativeFunction.of("warn_explicit",
                "message, category, filename, lineno, module=NULL, registry=None, module_globals=None, source=None",
                (s, a) -> {
                    if (!(a[2] instanceof PyStr)) {
                        throw Err.type("warn_explicit() argument 3 must be str, not %s", Err.tn(a[2]));
                    }
                    long lineno = Abstract.asLong(a[3]);
                    PyObject sourceline = null;
                    PyObject globals = a[6];
                    if (globals != Py.None) {
                        if (!(globals instanceof PyDict)) {
                            throw Err.type("module_globals must be a dict, not '%s'", Err.tn(globals));
                        }
                        sourceline = sourceFromGlobals((PyDict) globals, a[2], lineno);
                    }
                    PyObject module = a[4];
                    if (module == null) {
                        module = normalizeModule(a[2]);
                    }
                    PyObject registry = a[5];
                    if (registry != Py.None && !(registry instanceof PyDict)) {
                        throw Err.type("'registry' must be a dict or None");
                    }
                    return warnExplicit(a[1], a[0], a[2], lineno, module, registry, sourceline, a[7]);
                }),
        NativeFunction.of("_filters_mutated", s -> {
            state(ThreadState.current().interp).filtersVersion++;
            return Py.None;
        }),
    };

    /** The source line via __loader__.get_source(), as CPython does for module_globals. */
    static PyObject sourceFromGlobals(PyDict globals, PyObject filename, long lineno) {
        PyObject loader = globals.getStr("__loader__");
        PyObject spec = globals.getStr("__spec__");
        if ((loader == null || loader == Py.None) && spec != null && spec != Py.None) {
            loader = Abstract.lookupAttr(spec, "loader");
        }
        PyObject name = globals.getStr("__name__");
        if (loader == null || loader == Py.None || name == null) {
            return null;
        }
        PyObject getSource = Abstract.lookupAttr(loader, "get_source");
        if (getSource == null) {
            return null;
        }
        PyObject src = Abstract.call(getSource, name);
        if (!(src instanceof PyStr s)) {
            return null;
        }
        String[] lines = s.value.split("\n", -1);
        if (lineno < 1 || lineno > lines.length) {
            return null;
        }
        return PyStr.of(lines[(int) lineno - 1]);
    }

    public static PyModule create(Interpreter interp) {
        State st = state(interp);
        PyModule m = new PyModule("_warnings");
        m.put("__doc__", PyStr.of("_warnings provides basic warning filtering support.\n"
                + "It is a helper module to speed up interpreter start-up."));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        m.put("filters", st.filters);
        m.put("_defaultaction", st.defaultAction);
        m.put("_onceregistry", st.onceRegistry);
        return m;
    }
}
