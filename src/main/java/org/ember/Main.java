package org.ember;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.ember.compiler.Compiler;
import org.ember.interp.Eval;
import org.ember.interp.PyCode;
import org.ember.modules.SysModule;
import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PySystemExit;
import org.ember.runtime.CommandLine;
import org.ember.runtime.EmberThread;
import org.ember.runtime.Interpreter;
import org.ember.runtime.Runtime;
import org.ember.runtime.StdlibLocator;
import org.ember.runtime.ThreadState;

/** The ember command: behaves like python3. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code;
        try {
            code = run(args, System.getenv(), System.in, System.out, System.err);
        } catch (Throwable t) {
            System.err.println("Fatal Python error: internal error in Ember: " + t);
            code = 1;
        }
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    static String programName() {
        String exe = System.getProperty("ember.executable");
        return exe != null ? exe : "ember";
    }

    /** Runs the interpreter as python3 would with these arguments; returns the exit status. */
    public static int run(String[] args, Map<String, String> env, java.io.InputStream in, PrintStream out, PrintStream err) {
        CommandLine cl;
        try {
            cl = CommandLine.parse(Arrays.asList(args), env);
        } catch (CommandLine.UsageError e) {
            err.print(e.getMessage() + "\n" + CommandLine.usageLine(programName()));
            err.flush();
            return 2;
        }
        if (cl.showHelp) {
            out.print(Help.text(programName(), cl.helpTopic));
            out.flush();
            return 0;
        }
        if (cl.showVersion) {
            out.println(cl.versionLevel > 1 ? "Python " + SysModule.versionString() : "Python " + SysModule.VERSION);
            out.flush();
            return 0;
        }
        String seed = cl.config.ignoreEnvironment ? null : env.get("PYTHONHASHSEED");
        if (seed != null && !seed.isEmpty() && !seed.equals("random")) {
            long v = -1;
            try {
                v = Long.parseLong(seed.strip());
            } catch (NumberFormatException e) {
                v = -1;
            }
            if (v < 0 || v > 4294967295L) {
                err.println("Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]");
                err.println("Python runtime state: preinitialized");
                err.println();
                return 1;
            }
            System.setProperty("ember.hashseed", Long.toString(v));
        } else {
            System.setProperty("ember.hashseed", "random");
        }
        Path stdlib = StdlibLocator.locate(env);
        if (stdlib == null) {
            err.println(programName() + ": could not find CPython 3.11's standard library. " + StdlibLocator.HOW_TO_FIX);
            return 1;
        }
        Runtime rt = new Runtime(stdlib, programName());
        Interpreter interp = new Interpreter(rt, cl.config, in, out, err);
        AtomicInteger exit = new AtomicInteger(0);
        EmberThread main = new EmberThread(null, () -> exit.set(runMain(interp, cl)), "MainThread", EmberThread.STACK_SIZE);
        ThreadState ts = interp.newThreadState(main);
        main.setState(ts);
        main.start();
        try {
            main.join();
        } catch (InterruptedException e) {
            return 1;
        }
        return exit.get();
    }

    /** The body of the main Python thread. */
    static int runMain(Interpreter interp, CommandLine cl) {
        ThreadState ts = ThreadState.current();
        interp.gil.acquire();
        int code;
        try {
            code = runProgram(interp, cl);
        } catch (StackOverflowError e) {
            interp.rawStderr.println("Fatal Python error: stack overflow in Ember");
            code = 1;
        }
        code = finish(interp, code);
        interp.removeThreadState(ts);
        return code;
    }

    private static int runProgram(Interpreter interp, CommandLine cl) {
        PyModule main;
        try {
            Bootstrap.initCore(interp);
            Bootstrap.initStdio(interp);
            main = Bootstrap.initMain(interp);
            Bootstrap.initSiteAndWarnings(interp);
        } catch (PyException e) {
            interp.rawStderr.println("Fatal Python error: init failed: " + e.getMessage());
            printFallback(interp, e);
            return 1;
        }
        try {
            switch (cl.mode) {
                case COMMAND -> {
                    Bootstrap.prependPath0(interp, "");
                    PyCode code = Compiler.compile(cl.target, "<string>", "exec", 0, true, -1);
                    Eval.exec(code, main.getDict(), main.getDict());
                }
                case MODULE -> {
                    Bootstrap.prependPath0(interp, Path.of("").toAbsolutePath().toString());
                    PyObject runpy = interp.importModule("runpy");
                    Abstract.callMethod(runpy, "_run_module_as_main", PyStr.of(cl.target), Py.True);
                }
                case FILE -> {
                    int r = runFile(interp, cl, main);
                    if (r != 0) {
                        return r;
                    }
                }
                case STDIN, REPL_OR_STDIN -> {
                    Bootstrap.prependPath0(interp, "");
                    if (cl.mode == CommandLine.Mode.REPL_OR_STDIN && System.console() != null && interp.rawStdin == System.in) {
                        return Repl.run(interp, main, false);
                    }
                    byte[] src = interp.rawStdin.readAllBytes();
                    PyCode code = Compiler.compile(src, "<stdin>", "exec", 0, true, -1);
                    Eval.exec(code, main.getDict(), main.getDict());
                }
            }
        } catch (PyException e) {
            if (cl.config.inspect && !e.matches(PyExc.SystemExit)) {
                handleUncaught(interp, e);
                return Repl.run(interp, main, true);
            }
            return handleUncaught(interp, e);
        } catch (IOException e) {
            interp.rawStderr.println(programName() + ": " + e.getMessage());
            return 1;
        }
        if (cl.config.inspect) {
            return Repl.run(interp, main, true);
        }
        return 0;
    }

    private static int runFile(Interpreter interp, CommandLine cl, PyModule main) throws IOException {
        Path given = Path.of(cl.target);
        Path abs = given.toAbsolutePath().normalize();
        byte[] src;
        try {
            if (Files.isDirectory(abs)) {
                return runDirectoryOrZip(interp, abs);
            }
            src = Files.readAllBytes(abs);
        } catch (IOException e) {
            String why = Files.exists(abs) ? "[Errno 13] Permission denied" : "[Errno 2] No such file or directory";
            interp.rawStderr.println(programName() + ": can't open file " + PyStr.repr(abs.toString()) + ": " + why);
            interp.rawStderr.flush();
            return 2;
        }
        Path real;
        try {
            real = abs.toRealPath();
        } catch (IOException e) {
            real = abs;
        }
        Bootstrap.prependPath0(interp, real.getParent().toString());
        PyDict d = main.getDict();
        d.putStr("__file__", PyStr.of(abs.toString()));
        d.putStr("__cached__", Py.None);
        PyObject ext = interp.modules.getStr("_frozen_importlib_external");
        d.putStr("__loader__", Abstract.call(Abstract.getAttr(ext, "SourceFileLoader"), PyStr.of("__main__"), PyStr.of(abs.toString())));
        try {
            PyCode code = Compiler.compile(src, abs.toString(), "exec", 0, true, -1);
            Eval.exec(code, d, d);
        } finally {
            d.pop(PyStr.of("__file__"));
            d.pop(PyStr.of("__cached__"));
        }
        return 0;
    }

    /** python3 DIR: runs DIR/__main__.py with DIR on sys.path (runpy._run_module_as_main). */
    private static int runDirectoryOrZip(Interpreter interp, Path dir) {
        Bootstrap.prependPath0(interp, dir.toString());
        PyObject runpy = interp.importModule("runpy");
        Abstract.callMethod(runpy, "_run_module_as_main", PyStr.of("__main__"), Py.False);
        return 0;
    }

    /** PyErr_Print for an exception that reached the top: SystemExit sets the status; others go to sys.excepthook. */
    static int handleUncaught(Interpreter interp, PyException e) {
        PyBaseException v = e.value;
        if (v instanceof PySystemExit se) {
            return systemExitCode(interp, se);
        }
        PyObject tb = v.traceback == null ? Py.None : v.traceback;
        PyDict sys = interp.sysModule.getDict();
        sys.putStr("last_type", v.type);
        sys.putStr("last_value", v);
        sys.putStr("last_traceback", tb);
        PyObject hook = sys.getStr("excepthook");
        flushStdout(interp);
        if (hook == null) {
            SysModule.writeStderr("sys.excepthook is missing\n");
            org.ember.modules.TracebackPrinter.printException(v, sys.getStr("stderr"));
        } else {
            try {
                Abstract.call(hook, v.type, v, tb);
            } catch (PyException e2) {
                if (e2.value instanceof PySystemExit se) {
                    return systemExitCode(interp, se);
                }
                SysModule.writeStderr("Error in sys.excepthook:\n");
                org.ember.modules.TracebackPrinter.printException(e2.value, sys.getStr("stderr"));
                SysModule.writeStderr("\nOriginal exception was:\n");
                org.ember.modules.TracebackPrinter.printException(v, sys.getStr("stderr"));
            }
        }
        if (v.type.isSubtype(PyExc.KeyboardInterrupt)) {
            return 130;
        }
        return 1;
    }

    /** _Py_HandleSystemExit: None -> 0, int -> its value, anything else printed to stderr -> 1. */
    static int systemExitCode(Interpreter interp, PySystemExit se) {
        PyObject code = se.code;
        if (code == Py.None) {
            return 0;
        }
        if (code instanceof PyInt i) {
            return i.isSmall() ? (int) i.longValue() : -1;
        }
        flushStdout(interp);
        try {
            SysModule.writeStderr(Abstract.strJava(code) + "\n");
        } catch (PyException e) {
            SysModule.writeStderr("\n");
        }
        return 1;
    }

    private static void flushStdout(Interpreter interp) {
        PyObject out = interp.sysModule.getDict().getStr("stdout");
        if (out != null && out != Py.None) {
            try {
                Abstract.callMethod(out, "flush");
            } catch (PyException e) {
                // reported at finalization
            }
        }
    }

    /** Finalization: wait for threads, run atexit callbacks, flush the standard streams. */
    static int finish(Interpreter interp, int code) {
        PyDict modules = interp.modules;
        try {
            PyObject threading = modules.getStr("threading");
            if (threading != null) {
                PyObject shutdown = Abstract.lookupAttr(threading, "_shutdown");
                if (shutdown != null) {
                    Abstract.call(shutdown);
                }
            }
        } catch (PyException e) {
            org.ember.modules.TracebackPrinter.printUnraisableException(e.value, "Exception ignored on threading shutdown");
        }
        interp.runAtexit();
        for (String name : new String[] {"stdout", "stderr"}) {
            PyObject s = interp.sysModule.getDict().getStr(name);
            if (s == null || s == Py.None) {
                continue;
            }
            try {
                PyObject closed = Abstract.lookupAttr(s, "closed");
                if (closed == null || !Abstract.isTrue(closed)) {
                    Abstract.callMethod(s, "flush");
                }
            } catch (PyException e) {
                org.ember.modules.TracebackPrinter.printUnraisableObject(e.value, s);
                if (name.equals("stdout") && code == 0) {
                    code = 120;
                }
            }
        }
        return code;
    }

    private static void printFallback(Interpreter interp, PyException e) {
        try {
            interp.rawStderr.print(org.ember.modules.TracebackPrinter.format(e.value));
        } catch (RuntimeException ignored) {
            interp.rawStderr.println(e.value);
        }
        interp.rawStderr.flush();
    }

    static String unused() {
        return new String(new byte[0], StandardCharsets.UTF_8) + Err.class;
    }
}
