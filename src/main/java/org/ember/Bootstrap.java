package org.ember;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ember.compiler.Compiler;
import org.ember.interp.Eval;
import org.ember.interp.PyCode;
import org.ember.modules.BuiltinsModule;
import org.ember.modules.ImpModule;
import org.ember.modules.SysModule;
import org.ember.modules.io.IoModule;
import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyDict;
import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.runtime.Interpreter;

/**
 * Brings up an interpreter as CPython's pylifecycle does: sys and builtins, the import system
 * (CPython's importlib, loaded from the standard library and run on Ember), sys.path, the
 * standard streams, __main__, warnings options and site.
 */
public final class Bootstrap {
    private Bootstrap() {}

    /** The core: sys, builtins and the import system. Run on the interpreter's Python thread. */
    public static void initCore(Interpreter interp) {
        PyModule sys = SysModule.create(interp);
        interp.sysModule = sys;
        interp.modules.putStr("sys", sys);
        PyModule builtins = BuiltinsModule.create(interp);
        interp.builtinsModule = builtins;
        interp.builtinsDict = builtins.getDict();
        interp.modules.putStr("builtins", builtins);
        PyModule imp = ImpModule.create(interp);
        interp.modules.putStr("_imp", imp);
        initPath(interp);
        initImportlib(interp, sys, imp);
    }

    /** sys.path: PYTHONPATH, the stdlib zip name CPython lists, the stdlib and lib-dynload. */
    private static void initPath(Interpreter interp) {
        PyList path = (PyList) interp.sysModule.getDict().getStr("path");
        for (String p : interp.config.pythonPath) {
            path.append(PyStr.of(Path.of(p).toAbsolutePath().normalize().toString()));
        }
        Path lib = interp.runtime.stdlib;
        Path prefix = lib.getParent().getParent();
        path.append(PyStr.of(prefix.resolve("lib/python311.zip").toString()));
        path.append(PyStr.of(lib.toString()));
        path.append(PyStr.of(lib.resolve("lib-dynload").toString()));
    }

    private static void initImportlib(Interpreter interp, PyModule sys, PyModule imp) {
        Path lib = interp.runtime.stdlib;
        PyModule bootstrap = execFrozen(interp, "_frozen_importlib", "<frozen importlib._bootstrap>",
                lib.resolve("importlib/_bootstrap.py"));
        interp.importlib = bootstrap;
        Abstract.callMethod(bootstrap, "_install", sys, imp);
        execFrozen(interp, "_frozen_importlib_external", "<frozen importlib._bootstrap_external>",
                lib.resolve("importlib/_bootstrap_external.py"));
        Abstract.callMethod(bootstrap, "_install_external_importers");
    }

    /** Runs a standard-library file as a "frozen" module (as CPython runs its frozen importlib). */
    static PyModule execFrozen(Interpreter interp, String name, String codeFilename, Path file) {
        byte[] src;
        try {
            src = Files.readAllBytes(file);
        } catch (IOException e) {
            throw Err.format(org.ember.objects.PyExc.ImportError, "cannot read %s: %s", file, e.getMessage());
        }
        PyCode code = (PyCode) interp.runtime.codeCache.computeIfAbsent("frozen:" + file,
                k -> Compiler.compile(src, codeFilename, "exec", 0, true, 0));
        PyModule m = new PyModule(name);
        m.getDict().putStr("__builtins__", interp.builtinsModule);
        interp.modules.putStr(name, m);
        Eval.exec(code, m.getDict(), m.getDict());
        return m;
    }

    /** sys.stdin/stdout/stderr as io.TextIOWrapper objects over fds 0, 1, 2 (or the interpreter's Java streams). */
    public static void initStdio(Interpreter interp) {
        PyDict sys = interp.sysModule.getDict();
        PyObject in = IoModule.stdStream(interp, 0);
        PyObject out = IoModule.stdStream(interp, 1);
        PyObject err = IoModule.stdStream(interp, 2);
        sys.putStr("stdin", in);
        sys.putStr("__stdin__", in);
        sys.putStr("stdout", out);
        sys.putStr("__stdout__", out);
        sys.putStr("stderr", err);
        sys.putStr("__stderr__", err);
    }

    /** The __main__ module, as CPython creates it before running the program. */
    public static PyModule initMain(Interpreter interp) {
        PyModule main = new PyModule("__main__");
        PyDict d = main.getDict();
        d.putStr("__builtins__", interp.builtinsModule);
        d.putStr("__annotations__", new PyDict());
        PyObject loader = Abstract.getAttr(interp.importlib, "BuiltinImporter");
        d.putStr("__loader__", loader);
        interp.modules.putStr("__main__", main);
        return main;
    }

    /** Imports warnings when -W options or PYTHONWARNINGS were given, then site unless -S. */
    public static void initSiteAndWarnings(Interpreter interp) {
        if (!interp.config.warnOptions.isEmpty()) {
            interp.importModule("warnings");
        }
        if (!interp.config.noSite) {
            interp.importModule("site");
        }
    }

    /** Prepends the script directory (or '' / cwd) to sys.path unless -P/-I. */
    public static void prependPath0(Interpreter interp, String entry) {
        if (interp.config.safePath) {
            return;
        }
        PyList path = (PyList) interp.sysModule.getDict().getStr("path");
        List<PyObject> items = new ArrayList<>();
        items.add(PyStr.of(entry));
        for (int i = 0; i < path.size(); i++) {
            items.add(path.get(i));
        }
        path.setArray(items.toArray(new PyObject[0]), items.size());
    }

    static PyObject none() {
        return Py.None;
    }
}
