package org.ember.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.ember.modules.io.Libc;
import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.Err;
import org.ember.objects.Instance;
import org.ember.objects.NativeFunction;
import org.ember.objects.ObjectType;
import org.ember.objects.Py;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.runtime.EmberThread;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/**
 * Module _thread: threads that run Python in the same interpreter (each an {@link EmberThread}
 * with its own {@link ThreadState}, taking turns on the interpreter's lock), locks, reentrant
 * locks, thread-local data. Blocking waits release the interpreter lock.
 */
public final class ThreadModule {
    private ThreadModule() {}

    /** PY_TIMEOUT_MAX in seconds, as CPython on Linux. */
    public static final double TIMEOUT_MAX = 9223372036.0;

    /** Per-interpreter thread bookkeeping. */
    public static final class State {
        final AtomicInteger count = new AtomicInteger();
        volatile long stackSize;
        /** Locks released when their thread finishes (_set_sentinel). */
        final Map<Thread, List<Lock>> sentinels = new WeakHashMap<>();
        final AtomicInteger names = new AtomicInteger();
    }

    public static State state(Interpreter interp) {
        return interp.moduleState(State.class, i -> new State());
    }

    /** The Python identity of a thread (threading.get_ident()). */
    public static long ident(Thread t) {
        return t.threadId();
    }

    // ---- lock -------------------------------------------------------------------------------------

    /** _thread.lock: a non-reentrant lock that any thread may release. */
    public static final class Lock extends PyObject {
        public static final PyType TYPE = PyType.builtin("lock", Lock.class, Lock::define);

        final Semaphore sem = new Semaphore(1);

        public Lock() {
            super(TYPE);
        }

        public boolean locked() {
            return sem.availablePermits() == 0;
        }

        public void release() {
            if (sem.availablePermits() != 0) {
                throw Err.runtime("release unlocked lock");
            }
            sem.release();
        }

        /** acquire with a timeout in nanoseconds (-1: forever, 0: non-blocking). */
        public boolean acquire(long timeoutNanos) {
            return acquireSem(sem, timeoutNanos);
        }

        private static void define(PyType t) {
            t.module("_thread").flags(PyType.DISALLOW_INSTANTIATION | PyType.HAS_WEAKREF);
            t.doc("A lock object is a synchronization primitive.  To create a lock,\ncall threading.Lock().  Methods "
                    + "are:\n\nacquire() -- lock the lock, possibly blocking until it can be obtained\nrelease() -- "
                    + "unlock of the lock\nlocked() -- test whether the lock is currently locked\n\nA lock is not owned "
                    + "by the thread that locked it; another thread may\nunlock it.  A thread attempting to lock a lock "
                    + "that it has already locked\nwill block until another thread unlocks it.  Deadlocks may ensue.");
            ArgParser ap = new ArgParser("acquire", "blocking=True, timeout=-1");
            NativeFunction.FA acquire = (self, a) -> Py.bool(((Lock) self).acquire(timeoutArg(a[0], a[1])));
            t.method("acquire", "blocking=True, timeout=-1", acquire);
            t.method("acquire_lock", "blocking=True, timeout=-1", acquire);
            t.methodV("__enter__", (self, args, kw) -> acquire.call(self, ap.bind(args, kw)));
            NativeFunction.F0 release = self -> {
                ((Lock) self).release();
                return Py.None;
            };
            t.method0("release", release);
            t.method0("release_lock", release);
            t.methodV("__exit__", (self, args, kw) -> release.call(self));
            t.method0("locked", self -> Py.bool(((Lock) self).locked()));
            t.method0("locked_lock", self -> Py.bool(((Lock) self).locked()));
            t.method0("_at_fork_reinit", self -> {
                Lock l = (Lock) self;
                l.sem.drainPermits();
                l.sem.release();
                return Py.None;
            });
            t.tp_repr = self -> PyStr.of("<" + (((Lock) self).locked() ? "locked" : "unlocked") + " _thread.lock object at "
                    + Abstract.addressOf(self) + ">");
        }
    }

    /** Converts acquire(blocking, timeout) to a timeout in nanoseconds (-1 forever). */
    static long timeoutArg(PyObject blockingObj, PyObject timeoutObj) {
        boolean blocking = Abstract.isTrue(blockingObj);
        double timeout = Abstract.asDouble(timeoutObj);
        if (!blocking && timeout != -1) {
            throw Err.value("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw Err.value("timeout value must be positive");
        }
        if (!blocking) {
            return 0;
        }
        if (timeout == -1) {
            return -1;
        }
        if (timeout > TIMEOUT_MAX) {
            throw Err.overflow("timeout value is too large");
        }
        return (long) Math.ceil(timeout * 1e9);
    }

    static boolean acquireSem(Semaphore sem, long timeoutNanos) {
        if (sem.tryAcquire()) {
            return true;
        }
        if (timeoutNanos == 0) {
            return false;
        }
        ThreadState ts = ThreadState.current();
        long deadline = timeoutNanos < 0 ? 0 : System.nanoTime() + timeoutNanos;
        while (true) {
            long left = timeoutNanos < 0 ? -1 : deadline - System.nanoTime();
            if (timeoutNanos >= 0 && left <= 0) {
                return sem.tryAcquire();
            }
            Boolean got = SignalModule.interruptibleWait(ts, () -> {
                if (left < 0) {
                    sem.acquire();
                    return Boolean.TRUE;
                }
                return sem.tryAcquire(left, TimeUnit.NANOSECONDS);
            });
            if (got != null) {
                return got;
            }
        }
    }

    // ---- RLock ----------------------------------------------------------------------------------------

    /** _thread.RLock: a reentrant lock owned by the thread that acquired it. */
    public static final class RLock extends PyObject implements Instance {
        public static final PyType TYPE = PyType.builtin("RLock", RLock.class, RLock::define);

        final Semaphore sem = new Semaphore(1);
        volatile long owner;
        long count;
        private PyDict dict;
        private final PyObject[] slots;

        public RLock(PyType type) {
            super(type);
            this.slots = type.slotCount == 0 ? null : new PyObject[type.slotCount];
        }

        @Override
        public PyDict getDict() {
            return dict == null ? dict = new PyDict() : dict;
        }

        @Override
        public PyDict getDictOrNull() {
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }

        @Override
        public PyObject[] slotValues() {
            return slots;
        }

        boolean acquire(long timeoutNanos) {
            long me = ident(Thread.currentThread());
            if (count > 0 && owner == me) {
                if (count == Long.MAX_VALUE) {
                    throw Err.overflow("Internal lock count overflowed");
                }
                count++;
                return true;
            }
            if (!acquireSem(sem, timeoutNanos)) {
                return false;
            }
            owner = me;
            count = 1;
            return true;
        }

        void release() {
            long me = ident(Thread.currentThread());
            if (count == 0 || owner != me) {
                throw Err.runtime("cannot release un-acquired lock");
            }
            if (--count == 0) {
                owner = 0;
                sem.release();
            }
        }

        private static void define(PyType t) {
            t.module("_thread").flags(PyType.BASETYPE | PyType.HAS_WEAKREF);
            t.tp_alloc = RLock::new;
            t.tp_new = (type, args, kw) -> type.tp_alloc.alloc(type);
            ArgParser ap = new ArgParser("acquire", "blocking=True, timeout=-1");
            NativeFunction.FA acquire = (self, a) -> Py.bool(((RLock) self).acquire(timeoutArg(a[0], a[1])));
            t.method("acquire", "blocking=True, timeout=-1", acquire);
            t.methodV("__enter__", (self, args, kw) -> acquire.call(self, ap.bind(args, kw)));
            t.method0("release", self -> {
                ((RLock) self).release();
                return Py.None;
            });
            t.methodV("__exit__", (self, args, kw) -> {
                ((RLock) self).release();
                return Py.None;
            });
            t.method0("_is_owned", self -> {
                RLock r = (RLock) self;
                return Py.bool(r.count > 0 && r.owner == ident(Thread.currentThread()));
            });
            t.method0("_recursion_count", self -> {
                RLock r = (RLock) self;
                return PyInt.of(r.count > 0 && r.owner == ident(Thread.currentThread()) ? r.count : 0);
            });
            t.method0("_release_save", self -> {
                RLock r = (RLock) self;
                if (r.count == 0) {
                    throw Err.runtime("cannot release un-acquired lock");
                }
                PyTuple st = PyTuple.of(PyInt.of(r.count), PyInt.of(r.owner));
                r.count = 0;
                r.owner = 0;
                r.sem.release();
                return st;
            });
            t.method1("_acquire_restore", (self, state) -> {
                RLock r = (RLock) self;
                PyTuple st = (PyTuple) state;
                acquireSem(r.sem, -1);
                r.owner = Abstract.asLong(st.get(1));
                r.count = Abstract.asLong(st.get(0));
                return Py.None;
            });
            t.method0("_at_fork_reinit", self -> {
                RLock r = (RLock) self;
                r.sem.drainPermits();
                r.sem.release();
                r.owner = 0;
                r.count = 0;
                return Py.None;
            });
            t.tp_repr = self -> {
                RLock r = (RLock) self;
                String tn = self.type.isHeapType() ? self.type.getName() : "_thread.RLock";
                return PyStr.of("<" + (r.count > 0 ? "locked" : "unlocked") + " " + tn + " object owner=" + r.owner
                        + " count=" + r.count + " at " + Abstract.addressOf(self) + ">");
            };
        }
    }

    // ---- _local -----------------------------------------------------------------------------------

    /** _thread._local: an object whose attributes are separate in each thread. */
    public static final class Local extends PyObject implements Instance {
        public static final PyType TYPE = PyType.builtin("_local", Local.class, Local::define);

        private final Map<Thread, PyDict> dicts = new WeakHashMap<>();
        private final PyObject[] slots;
        PyObject[] initArgs;
        String[] initKw;

        public Local(PyType type) {
            super(type);
            this.slots = type.slotCount == 0 ? null : new PyObject[type.slotCount];
        }

        @Override
        public PyDict getDict() {
            Thread t = Thread.currentThread();
            PyDict d;
            synchronized (dicts) {
                d = dicts.get(t);
                if (d != null) {
                    return d;
                }
                d = new PyDict();
                dicts.put(t, d);
            }
            if (initArgs != null && type.tp_init != ObjectType.OBJECT_INIT) {
                try {
                    type.tp_init.init(this, initArgs, initKw);
                } catch (PyException e) {
                    synchronized (dicts) {
                        dicts.remove(t);
                    }
                    throw e;
                }
            }
            return d;
        }

        @Override
        public PyDict getDictOrNull() {
            return getDict();
        }

        @Override
        public void setDict(PyDict d) {
            throw Err.attribute(this, PyStr.of("__dict__"), "'%s' object attribute '__dict__' is read-only", type.getName());
        }

        @Override
        public PyObject[] slotValues() {
            return slots;
        }

        private static void define(PyType t) {
            t.module("_thread").flags(PyType.BASETYPE | PyType.HAS_DICT | PyType.HAS_WEAKREF);
            t.doc("Thread-local data");
            t.tp_alloc = Local::new;
            t.tp_new = (type, args, kw) -> {
                if (type.tp_init == ObjectType.OBJECT_INIT && (args.length > 0)) {
                    throw Err.type("Initialization arguments are not supported");
                }
                Local l = (Local) type.tp_alloc.alloc(type);
                l.initArgs = args.clone();
                l.initKw = kw;
                synchronized (l.dicts) {
                    l.dicts.put(Thread.currentThread(), new PyDict());
                }
                return l;
            };
            t.getset("__dict__", self -> ((Local) self).getDict());
        }
    }

    // ---- threads ------------------------------------------------------------------------------------

    static PyObject startNewThread(PyObject func, PyObject args, PyObject kwargs) {
        if (!Abstract.isCallable(func)) {
            throw Err.type("first arg must be callable");
        }
        if (!(args instanceof PyTuple argTuple)) {
            throw Err.type("2nd arg must be a tuple");
        }
        if (kwargs != null && kwargs != Py.None && !(kwargs instanceof PyDict)) {
            throw Err.type("optional 3rd arg must be a dictionary");
        }
        ThreadState parent = ThreadState.current();
        Interpreter interp = parent.interp;
        State st = state(interp);
        long stack = st.stackSize > 0 ? st.stackSize : EmberThread.STACK_SIZE;
        PyDict kw = kwargs instanceof PyDict d ? d : null;
        EmberThread[] holder = new EmberThread[1];
        Runnable body = () -> {
            EmberThread me = holder[0];
            interp.gil.acquire();
            try {
                Abstract.callArgs(func, argTuple, kw);
            } catch (PyException e) {
                if (!e.matches(PyExc.SystemExit)) {
                    reportUnraisable(interp, func, e);
                }
            } catch (Throwable t) {
                reportUnraisable(interp, func, Err.internal(t));
            } finally {
                List<Lock> locks;
                synchronized (st.sentinels) {
                    locks = st.sentinels.remove(me);
                }
                if (locks != null) {
                    for (Lock l : locks) {
                        if (l.locked()) {
                            l.sem.release();
                        }
                    }
                }
                st.count.decrementAndGet();
                interp.gil.release();
            }
        };
        EmberThread t = new EmberThread(null, body, "python-thread-" + st.names.incrementAndGet(), stack);
        holder[0] = t;
        t.setDaemon(true);
        t.setState(new ThreadState(interp, t));
        st.count.incrementAndGet();
        try {
            t.start();
        } catch (OutOfMemoryError e) {
            st.count.decrementAndGet();
            throw Err.runtime("can't start new thread");
        }
        return PyInt.of(ident(t));
    }

    /** "Exception ignored in thread started by: ..." with the traceback, on sys.stderr. */
    static void reportUnraisable(Interpreter interp, PyObject func, PyException e) {
        try {
            PyObject stderr = interp.sysModule == null ? null : interp.sysModule.getDict().getStr("stderr");
            if (stderr == null || stderr == Py.None) {
                interp.rawStderr.println("Exception ignored in thread started by: " + Abstract.reprJava(func));
                interp.rawStderr.println(e.getMessage());
                return;
            }
            Abstract.callMethod(stderr, "write",
                    PyStr.of("Exception ignored in thread started by: " + Abstract.reprJava(func) + "\n"));
            printException(interp, stderr, e.value);
        } catch (PyException ignored) {
            interp.rawStderr.println("Exception ignored in thread started by: " + e.getMessage());
        }
    }

    /** Prints an exception with its traceback through the traceback module (or just its line). */
    static void printException(Interpreter interp, PyObject file, org.ember.objects.PyBaseException exc) {
        PyObject tb = org.ember.modules.io.IoModule.importModule("traceback");
        if (tb != null) {
            PyObject pe = Abstract.getAttr(tb, "print_exception");
            Abstract.call(pe, new PyObject[] {exc.type, exc, exc.traceback == null ? Py.None : exc.traceback, file},
                    new String[] {"file"});
        } else {
            Abstract.callMethod(file, "write", PyStr.of(exc.type.getName() + ": " + Abstract.strJava(exc) + "\n"));
        }
        Abstract.callMethod(file, "flush");
    }

    public static final PyType EXCEPT_HOOK_ARGS = StructSeq.type("_thread", "_ExceptHookArgs",
            "ExceptHookArgs\n\nType used to pass arguments to threading.excepthook.",
            new String[] {"exc_type", "exc_value", "exc_traceback", "thread"}, 4);

    static PyObject excepthook(PyObject args) {
        if (args.type != EXCEPT_HOOK_ARGS) {
            throw Err.type("_thread._excepthook argument type must be ExceptHookArgs");
        }
        StructSeq a = (StructSeq) args;
        PyObject excType = a.get(0);
        if (excType == PyExc.SystemExit) {
            return Py.None;
        }
        Interpreter interp = ThreadState.current().interp;
        PyObject thread = a.get(3);
        PyObject file = interp.sysModule == null ? null : interp.sysModule.getDict().getStr("stderr");
        if (file == null || file == Py.None) {
            if (thread == Py.None) {
                return Py.None;
            }
            file = Abstract.lookupAttr(thread, "_stderr");
            if (file == null || file == Py.None) {
                return Py.None;
            }
        }
        String header;
        if (thread != Py.None) {
            PyObject name = Abstract.lookupAttr(thread, "name");
            header = "Exception in thread " + (name != null ? Abstract.strJava(name) : ident(Thread.currentThread())) + ":\n";
        } else {
            header = "Exception in thread " + ident(Thread.currentThread()) + ":\n";
        }
        Abstract.callMethod(file, "write", PyStr.of(header));
        Abstract.callMethod(file, "flush");
        PyObject value = a.get(1);
        if (value instanceof org.ember.objects.PyBaseException be) {
            printException(interp, file, be);
        }
        return Py.None;
    }

    private static final NativeFunction START = NativeFunction.of("start_new_thread", "function, args, kwargs=NULL, /",
            (s, a) -> startNewThread(a[0], a[1], a[2]));

    private static final NativeFunction[] FUNCTIONS = {
        START,
        NativeFunction.of("start_new", "function, args, kwargs=NULL, /", (s, a) -> startNewThread(a[0], a[1], a[2])),
        NativeFunction.of("allocate_lock", s -> new Lock()),
        NativeFunction.of("allocate", s -> new Lock()),
        NativeFunction.of("get_ident", s -> PyInt.of(ident(Thread.currentThread()))),
        NativeFunction.of("get_native_id", s -> PyInt.of(Libc.gettid())),
        NativeFunction.of("_count", s -> PyInt.of(state(ThreadState.current().interp).count.get())),
        NativeFunction.of("exit", s -> {
            throw Err.raise(PyExc.SystemExit);
        }),
        NativeFunction.of("exit_thread", s -> {
            throw Err.raise(PyExc.SystemExit);
        }),
        NativeFunction.of("stack_size", "size=0, /", (s, a) -> {
            State st = state(ThreadState.current().interp);
            long old = st.stackSize;
            long n = Abstract.asLong(a[0]);
            if (n != 0 && n < 32768) {
                throw Err.value("size not valid: %d bytes", n);
            }
            if (n < 0) {
                throw Err.value("size must be 0 or a positive value");
            }
            st.stackSize = n;
            return PyInt.of(old);
        }),
        NativeFunction.of("interrupt_main", "signum=2, /", (s, a) -> {
            int sig = Abstract.asInt(a[0]);
            if (sig < 1 || sig >= SignalModule.NSIG) {
                throw Err.value("signal number out of range");
            }
            SignalModule.deliverToSelf(sig);
            return Py.None;
        }),
        NativeFunction.of("_set_sentinel", s -> {
            Lock l = new Lock();
            l.sem.tryAcquire();
            State st = state(ThreadState.current().interp);
            synchronized (st.sentinels) {
                st.sentinels.computeIfAbsent(Thread.currentThread(), k -> new ArrayList<>()).add(l);
            }
            return l;
        }),
        NativeFunction.of("_excepthook", (s, a) -> excepthook(a)),
    };

    public static PyModule create(Interpreter interp) {
        PyType.ready(Lock.TYPE, RLock.TYPE, Local.TYPE, EXCEPT_HOOK_ARGS);
        PyModule m = new PyModule("_thread");
        m.put("__doc__", PyStr.of("This module provides primitive operations to write multi-threaded programs.\n"
                + "The 'threading' module provides a more convenient interface."));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        m.put("LockType", Lock.TYPE);
        m.put("RLock", RLock.TYPE);
        m.put("_local", Local.TYPE);
        m.put("_ExceptHookArgs", EXCEPT_HOOK_ARGS);
        m.put("error", PyExc.RuntimeError);
        m.put("TIMEOUT_MAX", new PyFloat(TIMEOUT_MAX));
        return m;
    }
}
