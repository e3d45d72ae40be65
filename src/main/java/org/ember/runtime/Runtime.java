package org.ember.runtime;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.ember.objects.BuiltinTypes;
import org.ember.objects.PyStr;

/**
 * The process-wide runtime: what every interpreter shares. Builtin types and immortal objects
 * are static and immutable; the runtime adds the state that grows while the process runs (the
 * intern table, the compiled-code cache, the list of interpreters, type version tags), all of
 * it safe for concurrent use by interpreters running in parallel.
 */
public final class Runtime {
    private final AtomicLong typeVersions = new AtomicLong(BuiltinTypes.FIRST_HEAP_VERSION);
    private final AtomicLong interpreterIds = new AtomicLong(0);
    private final ConcurrentHashMap<String, PyStr> interned = new ConcurrentHashMap<>();
    /** Compiled code shared by all interpreters, keyed by source path + modification stamp. */
    public final ConcurrentHashMap<String, Object> codeCache = new ConcurrentHashMap<>();
    public final CopyOnWriteArrayList<Interpreter> interpreters = new CopyOnWriteArrayList<>();
    /** id() values, shared because immortal objects are shared. */
    public final IdRegistry ids = new IdRegistry();
    /** The directory of CPython 3.11's pure-Python standard library, or null when none was found. */
    public final Path stdlib;
    public final String executable;
    public final long startNanos = System.nanoTime();

    public Runtime(Path stdlib, String executable) {
        BuiltinTypes.ensureReady();
        this.stdlib = stdlib;
        this.executable = executable;
    }

    public long nextTypeVersion() {
        return typeVersions.getAndIncrement();
    }

    long nextInterpreterId() {
        return interpreterIds.getAndIncrement();
    }

    /** The canonical immortal str for s (sys.intern and identifiers in code). */
    public PyStr intern(String s) {
        PyStr p = interned.get(s);
        if (p != null) {
            return p;
        }
        PyStr n = PyStr.immortal(s);
        PyStr prev = interned.putIfAbsent(s, n);
        return prev != null ? prev : n;
    }

    /** True when s is the canonical interned str of its value. */
    public boolean isInterned(PyStr s) {
        return interned.get(s.value) == s;
    }
}
