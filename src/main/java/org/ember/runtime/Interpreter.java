package org.ember.runtime;

import java.io.PrintStream;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import org.ember.interp.PyFrame;
import org.ember.objects.Abstract;
import org.ember.objects.PyDict;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyType;

/**
 * One isolated Python interpreter: its own sys, builtins, sys.modules, import state, lock and
 * threads. Nothing here is shared with other interpreters except immortal objects and
 * immutable code.
 */
public final class Interpreter {
    public final Runtime runtime;
    public final long id;
    public final Config config;
    public final Gil gil = new Gil();
    /** sys.modules */
    public final PyDict modules = new PyDict();
    public PyModule sysModule;
    public PyModule builtinsModule;
    public PyDict builtinsDict;
    /** importlib._bootstrap (CPython's interp->importlib), once the import system is initialized. */
    public PyModule importlib;
    /** The global import lock of this interpreter (_imp.acquire_lock). */
    public final java.util.concurrent.locks.ReentrantLock importLock = new java.util.concurrent.locks.ReentrantLock();
    public volatile AllocationObserver.AllocationListener allocationListener;
    public final WeakRefRegistry weakRefs = new WeakRefRegistry();
    public volatile int recursionLimit = 1000;
    /** sys.addaudithook hooks. */
    public final List<PyObject> auditHooks = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Thread states of the threads running Python in this interpreter. */
    private final List<ThreadState> threadStates = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Subclasses of builtin (static) types created in this interpreter. */
    private final IdentityHashMap<PyType, List<WeakReference<PyType>>> builtinSubclasses = new IdentityHashMap<>();
    /** The Java streams behind this interpreter's standard streams. */
    public final PrintStream rawStdout;
    public final PrintStream rawStderr;
    public final java.io.InputStream rawStdin;
    /** Per-interpreter state of native modules, keyed by the module's state class (CPython's module state). */
    private final java.util.concurrent.ConcurrentHashMap<Class<?>, Object> moduleStates = new java.util.concurrent.ConcurrentHashMap<>();

    public Interpreter(Runtime runtime, Config config, java.io.InputStream in, PrintStream out, PrintStream err) {
        this.runtime = runtime;
        this.config = config;
        this.id = runtime.nextInterpreterId();
        this.rawStdin = in;
        this.rawStdout = out;
        this.rawStderr = err;
        runtime.interpreters.add(this);
    }

    /**
     * The state object of class {@code key} that a native module keeps for this interpreter,
     * created by {@code init} on first use (thread-safe; one instance per interpreter).
     */
    public <T> T moduleState(Class<T> key, java.util.function.Function<Interpreter, T> init) {
        Object s = moduleStates.get(key);
        if (s == null) {
            Object fresh = init.apply(this);
            Object prev = moduleStates.putIfAbsent(key, fresh);
            s = prev != null ? prev : fresh;
        }
        return key.cast(s);
    }

    /** Subclass list of a builtin type for this interpreter (created on demand). */
    public synchronized List<WeakReference<PyType>> builtinSubclasses(PyType t, boolean create) {
        List<WeakReference<PyType>> l = builtinSubclasses.get(t);
        if (l == null && create) {
            l = new ArrayList<>();
            builtinSubclasses.put(t, l);
        }
        return l;
    }

    /** Creates the thread state for a thread starting to run Python in this interpreter. */
    public ThreadState newThreadState(Thread t) {
        ThreadState ts = new ThreadState(this, t);
        threadStates.add(ts);
        return ts;
    }

    public void removeThreadState(ThreadState ts) {
        threadStates.remove(ts);
    }

    public List<ThreadState> threads() {
        return threadStates;
    }

    /** The globals of the innermost Python frame of ts, or null. */
    public PyDict currentGlobals(ThreadState ts) {
        return ts.frame instanceof PyFrame f ? f.globals : null;
    }

    /** import name (absolute) and return that module itself (PyImport_ImportModule). */
    public PyObject importModule(String name) {
        PyObject m = modules.getStr(name);
        if (m != null) {
            return m;
        }
        return org.ember.modules.ImportSystem.importModule(name);
    }

    /** Runs the atexit callbacks (atexit._run_exitfuncs) if the atexit module was used. */
    public void runAtexit() {
        PyObject atexit = modules.getStr("atexit");
        if (atexit == null) {
            return;
        }
        PyObject run = Abstract.lookupAttr(atexit, "_run_exitfuncs");
        if (run != null) {
            try {
                Abstract.call(run);
            } catch (org.ember.objects.PyException e) {
                org.ember.modules.TracebackPrinter.printUnraisableException(e.value, "Exception ignored in atexit callback");
            }
        }
    }

    /** A warning printed when the warnings module is not loaded: "file:line: Category: message". */
    public void warnFallback(PyType category, String message, int stackLevel) {
        rawStderr.println("<unknown>:0: " + category.getName() + ": " + message);
    }
}
