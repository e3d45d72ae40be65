package org.ember.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.ember.interp.PyFrame;
import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.Err;
import org.ember.objects.Hashing;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyDict;
import org.ember.objects.PyExc;
import org.ember.objects.PyException;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PySimpleNamespace;
import org.ember.objects.PyStr;
import org.ember.objects.PyStructSeq;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.runtime.Config;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/** The sys module. One module object per interpreter; its functions are shared immortals. */
public final class SysModule {
    private SysModule() {}

    public static final String VERSION = "3.11.7";
    public static final String EMBER_VERSION = "0.1.0";
    /** The value sys.getrefcount reports for immortal objects (CPython 3.12's _Py_IMMORTAL_REFCNT). */
    public static final long IMMORTAL_REFCNT = 4294967295L;

    static final PyType VERSION_INFO = PyStructSeq.makeType(new PyStructSeq.Desc("sys.version_info", "sys",
            new String[] {"major", "minor", "micro", "releaselevel", "serial"}, 5, "sys.version_info\n\nVersion information as a named tuple."));
    static final PyType FLAGS = PyStructSeq.makeType(new PyStructSeq.Desc("sys.flags", "sys",
            new String[] {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
                "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
                "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"}, 18, "sys.flags\n\nFlags provided through command line arguments or environment vars."));
    static final PyType FLOAT_INFO = PyStructSeq.makeType(new PyStructSeq.Desc("sys.float_info", "sys",
            new String[] {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"},
            11, "sys.float_info\n\nA named tuple holding information about the float type."));
    static final PyType INT_INFO = PyStructSeq.makeType(new PyStructSeq.Desc("sys.int_info", "sys",
            new String[] {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}, 4,
            "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers."));
    static final PyType HASH_INFO = PyStructSeq.makeType(new PyStructSeq.Desc("sys.hash_info", "sys",
            new String[] {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}, 9,
            "hash_info\n\nA named tuple providing parameters used for computing\nhashes."));
    static final PyType THREAD_INFO = PyStructSeq.makeType(new PyStructSeq.Desc("sys.thread_info", "sys",
            new String[] {"name", "lock", "version"}, 3, "sys.thread_info\n\nA named tuple holding information about the thread implementation."));
    static final PyType ASYNCGEN_HOOKS = PyStructSeq.makeType(new PyStructSeq.Desc("asyncgen_hooks", "sys",
            new String[] {"firstiter", "finalizer"}, 2, "asyncgen_hooks\n\nA named tuple providing information about asynchronous\ngenerators hooks.  The attributes are read only."));

    private static PyObject b(boolean v) {
        return PyInt.of(v ? 1 : 0);
    }

    /** The sys.version string; its shape keeps platform._sys_version's parser working. */
    public static String versionString() {
        return VERSION + " (main, Jan  1 2026, 00:00:00) [Ember " + EMBER_VERSION + " on Java " + Runtime.version().feature() + "]";
    }

    public static PyModule create(Interpreter interp) {
        PyType.ready(VERSION_INFO, FLAGS, FLOAT_INFO, INT_INFO, HASH_INFO, THREAD_INFO, ASYNCGEN_HOOKS, PySimpleNamespace.TYPE,
                StdPrinter.TYPE);
        PyModule m = new PyModule("sys");
        Config c = interp.config;
        m.put("__doc__", PyStr.of("This module provides access to some objects used or maintained by the\n"
                + "interpreter and to functions that interact strongly with the interpreter."));
        m.put("modules", interp.modules);
        m.put("version", PyStr.of(versionString()));
        m.put("version_info", PyStructSeq.make(VERSION_INFO, PyInt.of(3), PyInt.of(11), PyInt.of(7), PyStr.of("final"), PyInt.ZERO));
        m.put("hexversion", PyInt.of(0x030b07f0));
        m.put("api_version", PyInt.of(1013));
        PySimpleNamespace impl = new PySimpleNamespace();
        impl.getDict().putStr("name", PyStr.of("ember"));
        impl.getDict().putStr("cache_tag", Py.None);
        impl.getDict().putStr("version", PyStructSeq.make(VERSION_INFO, PyInt.ZERO, PyInt.of(1), PyInt.ZERO, PyStr.of("alpha"), PyInt.ZERO));
        impl.getDict().putStr("hexversion", PyInt.of(0x000100a0));
        impl.getDict().putStr("_multiarch", PyStr.of("x86_64-linux-gnu"));
        m.put("implementation", impl);
        m.put("platform", PyStr.of("linux"));
        m.put("byteorder", PyStr.of("little"));
        m.put("maxsize", PyInt.of(Long.MAX_VALUE));
        m.put("maxunicode", PyInt.of(0x10ffff));
        m.put("float_repr_style", PyStr.of("short"));
        m.put("abiflags", PyStr.EMPTY);
        m.put("platlibdir", PyStr.of("lib"));
        m.put("pycache_prefix", Py.None);
        m.put("dont_write_bytecode", Py.bool(true));
        m.put("copyright", PyStr.of("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
                + "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\n"
                + "All Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved."));
        m.put("_git", PyTuple.of(PyStr.of("ember"), PyStr.EMPTY, PyStr.EMPTY));
        m.put("_framework", PyStr.EMPTY);
        m.put("float_info", PyStructSeq.make(FLOAT_INFO, new PyFloat(Double.MAX_VALUE), PyInt.of(1024), PyInt.of(308),
                new PyFloat(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53),
                new PyFloat(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
        m.put("int_info", PyStructSeq.make(INT_INFO, PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)));
        m.put("hash_info", PyStructSeq.make(HASH_INFO, PyInt.of(64), PyInt.of(Hashing.MODULUS), PyInt.of(Hashing.INF), PyInt.ZERO,
                PyInt.of(Hashing.IMAG), PyStr.of("siphash13"), PyInt.of(64), PyInt.of(128), PyInt.ZERO));
        m.put("thread_info", PyStructSeq.make(THREAD_INFO, PyStr.of("pthread"), PyStr.of("semaphore"), Py.None));
        m.put("flags", PyStructSeq.make(FLAGS, b(false), b(c.inspect), b(c.interactive), PyInt.of(c.optimize),
                b(c.dontWriteBytecode), b(c.noUserSite), b(c.noSite), b(c.ignoreEnvironment), PyInt.of(c.verbose),
                PyInt.of(c.bytesWarning), b(c.quiet), b(Hashing.RANDOMIZED), b(c.isolated), Py.bool(c.devMode),
                b(c.utf8Mode), b(false), Py.bool(c.safePath), PyInt.of(c.intMaxStrDigits)));
        List<PyObject> argv = new ArrayList<>();
        for (String a : c.argv) {
            argv.add(PyStr.of(a));
        }
        m.put("argv", new PyList(argv));
        m.put("orig_argv", new PyList(argv.toArray(new PyObject[0])));
        List<PyObject> wo = new ArrayList<>();
        for (String w : c.warnOptions) {
            wo.add(PyStr.of(w));
        }
        m.put("warnoptions", new PyList(wo));
        PyDict xo = new PyDict();
        c.xOptions.forEach((k, v) -> xo.setItem(PyStr.of(k), v == null ? Py.True : PyStr.of(v)));
        m.put("_xoptions", xo);
        String exe = interp.runtime.executable == null ? "" : interp.runtime.executable;
        m.put("executable", PyStr.of(exe));
        m.put("_base_executable", PyStr.of(exe));
        String prefix = interp.runtime.stdlib == null ? "" : interp.runtime.stdlib.getParent().getParent().toString();
        for (String p : new String[] {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) {
            m.put(p, PyStr.of(prefix));
        }
        m.put("_stdlib_dir", interp.runtime.stdlib == null ? Py.None : PyStr.of(interp.runtime.stdlib.toString()));
        m.put("path", new PyList());
        m.put("meta_path", new PyList());
        m.put("path_hooks", new PyList());
        m.put("path_importer_cache", new PyDict());
        TreeSet<String> names = new TreeSet<>(ModuleRegistry.names());
        names.add("sys");
        names.add("builtins");
        names.add("_imp");
        List<PyObject> bn = new ArrayList<>();
        for (String n : names) {
            bn.add(PyStr.of(n));
        }
        m.put("builtin_module_names", PyTuple.of(bn.toArray(new PyObject[0])));
        StdPrinter out = new StdPrinter(interp.rawStdout, 1);
        StdPrinter err = new StdPrinter(interp.rawStderr, 2);
        m.put("stdout", out).put("__stdout__", out).put("stderr", err).put("__stderr__", err);
        m.put("stdin", Py.None).put("__stdin__", Py.None);
        for (NativeFunction f : functions()) {
            m.function(f);
        }
        PyDict d = m.getDict();
        for (String hook : new String[] {"displayhook", "excepthook", "unraisablehook", "breakpointhook"}) {
            d.putStr("__" + hook + "__", d.getStr(hook));
        }
        return m;
    }

    private static Interpreter interp() {
        return ThreadState.current().interp;
    }

    /** The current interpreter's sys module attribute (e.g. "stderr"), or null. */
    public static PyObject get(String name) {
        PyModule sys = interp().sysModule;
        return sys == null ? null : sys.getDict().getStr(name);
    }

    private static List<NativeFunction> functions() {
        List<NativeFunction> fs = new ArrayList<>();
        fs.add(NativeFunction.of("exit", "status=None, /", (self, a) -> {
            throw Err.raise(PyExc.SystemExit, a[0] == null ? Py.None : a[0]);
        }));
        fs.add(NativeFunction.of("getrecursionlimit", self -> PyInt.of(interp().recursionLimit)));
        fs.add(NativeFunction.of("setrecursionlimit", (self, n) -> {
            if (!(n instanceof PyInt)) {
                throw Err.type("'%s' object cannot be interpreted as an integer", Err.tn(n));
            }
            int limit = Abstract.asInt(n);
            if (limit < 1) {
                throw Err.value("recursion limit must be greater or equal than 1");
            }
            ThreadState ts = ThreadState.current();
            if (limit <= ts.depth) {
                throw Err.recursion("cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                        limit, ts.depth);
            }
            ts.interp.recursionLimit = limit;
            return Py.None;
        }));
        fs.add(NativeFunction.of("getrefcount", (self, o) -> PyInt.of(o.isImmortal() ? IMMORTAL_REFCNT : 2)));
        fs.add(NativeFunction.of("_is_immortal", (self, o) -> Py.bool(o.isImmortal())));
        fs.add(NativeFunction.of("getsizeof", "object, default=NULL, /", (self, a) -> {
            PyObject f = a[0].type.lookup("__sizeof__");
            if (f == null) {
                if (a[1] != null) {
                    return a[1];
                }
                throw Err.type("Type %s doesn't define __sizeof__", a[0].type.getName());
            }
            PyObject r = Abstract.callBound(f, a[0]);
            long n = Abstract.asSsize(r, PyExc.OverflowError);
            if (n < 0) {
                throw Err.value("__sizeof__() should return >= 0");
            }
            return PyInt.of(n + (a[0].type.isHeapType() ? 16 : 0));
        }));
        fs.add(NativeFunction.of("intern", (self, s) -> {
            if (s.type != PyStr.TYPE) {
                throw Err.type(s instanceof PyStr ? "can't intern %s" : "intern() argument must be str, not %s", Err.tn(s));
            }
            return interp().runtime.intern(((PyStr) s).value);
        }));
        fs.add(NativeFunction.of("_getframe", "depth=0, /", (self, a) -> {
            long depth = Abstract.asLong(a[0]);
            PyObject f = ThreadState.current().frame;
            while (depth-- > 0 && f != null) {
                f = ((PyFrame) f).back;
            }
            if (f == null) {
                throw Err.value("call stack is not deep enough");
            }
            return f;
        }));
        fs.add(NativeFunction.of("exc_info", self -> {
            PyBaseException e = ThreadState.current().handledException;
            if (e == null) {
                return PyTuple.of(Py.None, Py.None, Py.None);
            }
            return PyTuple.of(e.type, e, e.traceback == null ? Py.None : e.traceback);
        }));
        fs.add(NativeFunction.of("exception", self -> {
            PyBaseException e = ThreadState.current().handledException;
            return e == null ? Py.None : e;
        }));
        fs.add(NativeFunction.of("getdefaultencoding", self -> PyStr.of("utf-8")));
        fs.add(NativeFunction.of("getfilesystemencoding", self -> PyStr.of("utf-8")));
        fs.add(NativeFunction.of("getfilesystemencodeerrors", self -> PyStr.of("surrogateescape")));
        fs.add(NativeFunction.of("is_finalizing", self -> Py.False));
        fs.add(NativeFunction.of("getswitchinterval", self -> new PyFloat(interp().gil.switchIntervalNanos / 1e9)));
        fs.add(NativeFunction.of("setswitchinterval", (self, v) -> {
            double s = Abstract.asDouble(v);
            if (s <= 0) {
                throw Err.value("switch interval must be strictly positive");
            }
            interp().gil.switchIntervalNanos = (long) (s * 1e9);
            return Py.None;
        }));
        fs.add(NativeFunction.of("get_int_max_str_digits", self -> PyInt.of(interp().config.intMaxStrDigits)));
        fs.add(NativeFunction.of("set_int_max_str_digits", "maxdigits", (self, a) -> {
            int n = Abstract.asInt(a[0]);
            if (n != 0 && n < 640) {
                throw Err.value("maxdigits must be 0 or larger than 640");
            }
            interp().config.intMaxStrDigits = n;
            return Py.None;
        }));
        fs.add(NativeFunction.of("displayhook", (self, v) -> {
            displayHook(v);
            return Py.None;
        }));
        fs.add(NativeFunction.of("excepthook", (self, t, v, tb) -> {
            TracebackPrinter.printException(v, get("stderr"));
            return Py.None;
        }));
        fs.add(NativeFunction.of("unraisablehook", (self, arg) -> {
            TracebackPrinter.printUnraisable(arg, get("stderr"));
            return Py.None;
        }));
        fs.add(NativeFunction.ofVector("breakpointhook", (self, args, kw) -> {
            PyObject os = interp().importModule("os");
            PyObject env = Abstract.getAttr(os, "environ");
            PyObject hook = Abstract.callMethod(env, "get", PyStr.of("PYTHONBREAKPOINT"));
            String h = hook instanceof PyStr s ? s.value : "";
            if (h.equals("0")) {
                return Py.None;
            }
            if (h.isEmpty()) {
                h = "pdb.set_trace";
            }
            int dot = h.lastIndexOf('.');
            String mod = dot < 0 ? "builtins" : h.substring(0, dot);
            PyObject m = interp().importModule(mod);
            return Abstract.call(Abstract.getAttr(m, h.substring(dot + 1)), args, kw);
        }));
        fs.add(NativeFunction.of("audit", "event, *args", (self, a) -> {
            if (!(a[0] instanceof PyStr)) {
                throw Err.type("expected str for argument 'event', not %s", Err.tn(a[0]));
            }
            for (PyObject hook : interp().auditHooks) {
                Abstract.call(hook, a[0], a[1]);
            }
            return Py.None;
        }));
        fs.add(NativeFunction.of("addaudithook", "hook", (self, a) -> {
            interp().auditHooks.add(a[0]);
            return Py.None;
        }));
        fs.add(NativeFunction.of("settrace", (self, f) -> {
            ThreadState.current().traceFunction = f == Py.None ? null : f;
            return Py.None;
        }));
        fs.add(NativeFunction.of("gettrace", self -> {
            PyObject f = ThreadState.current().traceFunction;
            return f == null ? Py.None : f;
        }));
        fs.add(NativeFunction.of("setprofile", (self, f) -> {
            ThreadState.current().profileFunction = f == Py.None ? null : f;
            return Py.None;
        }));
        fs.add(NativeFunction.of("getprofile", self -> {
            PyObject f = ThreadState.current().profileFunction;
            return f == null ? Py.None : f;
        }));
        fs.add(NativeFunction.of("call_tracing", (self, f, args) -> {
            if (!(args instanceof PyTuple t)) {
                throw Err.type("call_tracing() argument 2 must be tuple, not %s", Err.tn(args));
            }
            return Abstract.call(f, t.items().clone(), null);
        }));
        fs.add(NativeFunction.of("get_asyncgen_hooks", self -> {
            ThreadState ts = ThreadState.current();
            return PyStructSeq.make(ASYNCGEN_HOOKS, ts.asyncgenFirstIter == null ? Py.None : ts.asyncgenFirstIter,
                    ts.asyncgenFinalizer == null ? Py.None : ts.asyncgenFinalizer);
        }));
        fs.add(NativeFunction.of("set_asyncgen_hooks", "firstiter=NULL, finalizer=NULL", (self, a) -> {
            ThreadState ts = ThreadState.current();
            if (a[1] != null && a[1] != Py.None && !Abstract.isCallable(a[1])) {
                throw Err.type("callable finalizer expected, got %s", Err.tn(a[1]));
            }
            if (a[0] != null && a[0] != Py.None && !Abstract.isCallable(a[0])) {
                throw Err.type("callable firstiter expected, got %s", Err.tn(a[0]));
            }
            if (a[1] != null) {
                ts.asyncgenFinalizer = a[1] == Py.None ? null : a[1];
            }
            if (a[0] != null) {
                ts.asyncgenFirstIter = a[0] == Py.None ? null : a[0];
            }
            return Py.None;
        }));
        fs.add(NativeFunction.of("get_coroutine_origin_tracking_depth", self -> PyInt.of(ThreadState.current().coroutineOriginDepth)));
        fs.add(NativeFunction.of("set_coroutine_origin_tracking_depth", "depth", (self, a) -> {
            int d = Abstract.asInt(a[0]);
            if (d < 0) {
                throw Err.value("depth must be >= 0");
            }
            ThreadState.current().coroutineOriginDepth = d;
            return Py.None;
        }));
        fs.add(NativeFunction.of("_current_frames", self -> {
            PyDict d = new PyDict();
            for (ThreadState ts : interp().threads()) {
                if (ts.frame != null) {
                    d.setItem(PyInt.of(ts.thread.threadId()), ts.frame);
                }
            }
            return d;
        }));
        fs.add(NativeFunction.of("_current_exceptions", self -> {
            PyDict d = new PyDict();
            for (ThreadState ts : interp().threads()) {
                if (ts.handledException != null) {
                    d.setItem(PyInt.of(ts.thread.threadId()), ts.handledException);
                }
            }
            return d;
        }));
        fs.add(NativeFunction.of("getallocatedblocks", self -> PyInt.ZERO));
        fs.add(NativeFunction.of("_clear_type_cache", self -> Py.None));
        fs.add(NativeFunction.of("_debugmallocstats", self -> Py.None));
        fs.add(NativeFunction.of("getdlopenflags", self -> PyInt.of(2)));
        fs.add(NativeFunction.of("setdlopenflags", (self, v) -> Py.None));
        fs.add(NativeFunction.of("getunicodeinternedsize", self -> PyInt.ZERO));
        return fs;
    }

    /** Writes text to sys.stderr (or the interpreter's raw stderr when sys.stderr is unusable). */
    public static void writeStderr(String text) {
        PyObject err = get("stderr");
        try {
            ThreadStateOut.write(err, text);
        } catch (PyException e) {
            interp().rawStderr.print(text);
            interp().rawStderr.flush();
        }
    }

    /** sys.displayhook: prints repr(value) and stores it in builtins._ (None is not printed). */
    public static void displayHook(PyObject v) {
        if (v == Py.None) {
            return;
        }
        Interpreter interp = interp();
        interp.builtinsDict.putStr("_", Py.None);
        PyObject out = get("stdout");
        if (out == null || out == Py.None) {
            throw Err.runtime("lost sys.stdout");
        }
        PyObject text = Abstract.repr(v);
        try {
            Abstract.callMethod(out, "write", text);
        } catch (PyException e) {
            if (!e.matches(PyExc.UnicodeEncodeError)) {
                throw e;
            }
            Abstract.callMethod(out, "write", Abstract.ascii(v));
        }
        Abstract.callMethod(out, "write", PyStr.of("\n"));
        interp.builtinsDict.putStr("_", v);
    }

    static List<String> argList(PyObject list) {
        List<String> out = new ArrayList<>();
        Abstract.forEach(list, o -> out.add(Abstract.strJava(o)));
        return out;
    }

    static void unused() {
        ArgParser.noKeywords("sys", null);
    }
}
