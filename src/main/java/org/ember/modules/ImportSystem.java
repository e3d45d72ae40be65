package org.ember.modules;

import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyImportError;
import org.ember.objects.PyInt;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTraceback;
import org.ember.objects.PyTuple;
import org.ember.objects.Warnings;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/**
 * builtins.__import__ (CPython's PyImport_ImportModuleLevelObject): resolves relative names,
 * returns modules already in sys.modules directly, and otherwise delegates to importlib's
 * _find_and_load and _handle_fromlist, exactly as CPython's C layer does.
 */
public final class ImportSystem {
    private ImportSystem() {}

    private static final ArgParser ARGS = new ArgParser("__import__", "name, globals=None, locals=None, fromlist=(), level=0");
    private static final PyStr S_SPEC = PyStr.immortal("__spec__");
    private static final PyStr S_INITIALIZING = PyStr.immortal("_initializing");
    private static final PyStr S_PATH = PyStr.immortal("__path__");

    static PyObject importBuiltin(PyObject[] args, String[] kw) {
        PyObject[] a = ARGS.bind(args, kw);
        return importModuleLevel(a[0], a[1], a[3], Abstract.asInt(a[4]));
    }

    /** import name with the given globals, fromlist and level; returns what __import__ returns. */
    public static PyObject importModuleLevel(PyObject nameObj, PyObject globals, PyObject fromlist, int level) {
        if (!(nameObj instanceof PyStr nameStr)) {
            throw Err.type("module name must be str, not %s", Err.tn(nameObj));
        }
        if (level < 0) {
            throw Err.value("level must be >= 0");
        }
        String name = nameStr.value;
        String absName;
        if (level > 0) {
            absName = resolveName(name, globals, level);
        } else {
            if (name.isEmpty()) {
                throw Err.value("Empty module name");
            }
            absName = name;
        }
        Interpreter interp = ThreadState.current().interp;
        PyObject mod = getOrLoad(interp, absName);
        boolean hasFrom = fromlist != null && fromlist != Py.None && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            if (level == 0 || !name.isEmpty()) {
                int dot = name.indexOf('.');
                if (dot < 0) {
                    return mod;
                }
                if (level == 0) {
                    return importModuleLevel(PyStr.of(name.substring(0, dot)), Py.None, Py.None, 0);
                }
                int cutOff = name.length() - dot;
                String toReturn = absName.substring(0, absName.length() - cutOff);
                PyObject m = interp.modules.getStr(toReturn);
                if (m == null) {
                    throw Err.key(PyStr.of(toReturn + " not in sys.modules as expected"));
                }
                return m;
            }
            return mod;
        }
        PyObject path = Abstract.lookupAttr(mod, S_PATH);
        if (path != null) {
            PyObject handle = Abstract.getAttr(importlib(interp), "_handle_fromlist");
            return Abstract.call(handle, mod, fromlist, importFunc(interp));
        }
        return mod;
    }

    /** A module by absolute name: sys.modules if present and initialized, else importlib's _find_and_load. */
    static PyObject getOrLoad(Interpreter interp, String absName) {
        PyStr key = PyStr.of(absName);
        PyObject mod = interp.modules.getItem(key);
        if (mod != null && mod != Py.None) {
            PyObject spec = Abstract.lookupAttr(mod, S_SPEC);
            if (spec != null && spec != Py.None) {
                PyObject init = Abstract.lookupAttr(spec, S_INITIALIZING);
                if (init != null && Abstract.isTrue(init)) {
                    Abstract.call(Abstract.getAttr(importlib(interp), "_lock_unlock_module"), key);
                }
            }
            return mod;
        }
        PyObject findAndLoad = Abstract.getAttr(importlib(interp), "_find_and_load");
        try {
            return Abstract.call(findAndLoad, key, importFunc(interp));
        } catch (PyException e) {
            if (interp.config.verbose == 0) {
                removeImportlibFrames(e.value);
            }
            throw e;
        }
    }

    private static final String IMPORTLIB = "<frozen importlib._bootstrap>";
    private static final String EXTERNAL = "<frozen importlib._bootstrap_external>";

    /**
     * CPython's remove_importlib_frames: drops importlib's own frames from the traceback of an
     * exception raised while importing — all of them for ImportError, and for other exceptions
     * the chunks that end in _call_with_frames_removed (the call into the module's code).
     */
    static void removeImportlibFrames(org.ember.objects.PyBaseException exc) {
        boolean alwaysTrim = exc.type.isSubtype(PyExc.ImportError);
        // Work on a list of the entries, then relink the survivors.
        java.util.List<PyTraceback> entries = new java.util.ArrayList<>();
        for (PyTraceback t = exc.traceback; t != null; t = t.next) {
            entries.add(t);
        }
        java.util.List<PyTraceback> kept = new java.util.ArrayList<>();
        int chunkStart = -1;
        boolean inImportlib = false;
        for (PyTraceback tb : entries) {
            String[] info = codeInfo(tb.frame);
            boolean now = IMPORTLIB.equals(info[0]) || EXTERNAL.equals(info[0]);
            if (now && !inImportlib) {
                chunkStart = kept.size();
            }
            inImportlib = now;
            kept.add(tb);
            if (inImportlib && (alwaysTrim || "_call_with_frames_removed".equals(info[1]))) {
                while (kept.size() > chunkStart) {
                    kept.remove(kept.size() - 1);
                }
            }
        }
        PyTraceback head = null;
        for (int i = kept.size() - 1; i >= 0; i--) {
            kept.get(i).next = head;
            head = kept.get(i);
        }
        exc.traceback = head;
    }

    private static String[] codeInfo(PyObject frame) {
        if (frame instanceof org.ember.interp.PyFrame f) {
            return new String[] {f.code.filename, f.code.name};
        }
        return new String[] {"", ""};
    }

    private static PyObject importlib(Interpreter interp) {
        if (interp.importlib == null) {
            throw Err.format(PyExc.ImportError, "import system not initialized");
        }
        return interp.importlib;
    }

    private static PyObject importFunc(Interpreter interp) {
        PyObject f = interp.builtinsDict.getStr("__import__");
        if (f == null) {
            throw Err.format(PyExc.ImportError, "__import__ not found");
        }
        return f;
    }

    private static String resolveName(String name, PyObject globals, int level) {
        if (globals == null || globals == Py.None) {
            throw Err.key(PyStr.of("'__name__' not in globals"));
        }
        if (!(globals instanceof PyDict g)) {
            throw Err.type("globals must be a dict");
        }
        PyObject pkg = g.getStr("__package__");
        if (pkg == Py.None) {
            pkg = null;
        }
        PyObject spec = g.getStr("__spec__");
        String packageName;
        if (pkg != null) {
            if (!(pkg instanceof PyStr ps)) {
                throw Err.type("package must be a string");
            }
            packageName = ps.value;
            if (spec != null && spec != Py.None) {
                PyObject parent = Abstract.getAttr(spec, "parent");
                if (!Abstract.richCompareBool(pkg, parent, org.ember.objects.CompareOp.EQ)) {
                    Warnings.warn(PyExc.ImportWarning, "__package__ != __spec__.parent", 1);
                }
            }
        } else if (spec != null && spec != Py.None) {
            PyObject parent = Abstract.getAttr(spec, "parent");
            if (!(parent instanceof PyStr ps)) {
                throw Err.type("__spec__.parent must be a string");
            }
            packageName = ps.value;
        } else {
            Warnings.warn(PyExc.ImportWarning,
                    "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__", 1);
            PyObject n = g.getStr("__name__");
            if (n == null) {
                throw Err.key(PyStr.of("'__name__' not in globals"));
            }
            if (!(n instanceof PyStr ns)) {
                throw Err.type("__name__ must be a string");
            }
            packageName = ns.value;
            if (g.getStr("__path__") == null) {
                int dot = packageName.lastIndexOf('.');
                packageName = dot < 0 ? "" : packageName.substring(0, dot);
            }
        }
        if (packageName.isEmpty()) {
            throw PyImportError.make(PyExc.ImportError, "attempted relative import with no known parent package", null);
        }
        String base = packageName;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PyImportError.make(PyExc.ImportError, "attempted relative import beyond top-level package", null);
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** import name (absolute) and return the named module itself (PyImport_ImportModule). */
    public static PyObject importModule(String name) {
        PyObject top = importModuleLevel(PyStr.of(name), Py.None, PyTuple.of(PyStr.of("__name__")), 0);
        PyObject m = ThreadState.current().interp.modules.getStr(name);
        return m != null ? m : top;
    }

    static PyObject unused(PyException e) {
        return PyInt.ZERO;
    }
}
