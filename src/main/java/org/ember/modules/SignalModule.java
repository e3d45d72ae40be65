package org.ember.modules;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;

import org.ember.modules.io.Fs;
import org.ember.modules.io.Libc;
import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/**
 * Module _signal. Python-level handlers belong to the interpreter's main thread: an operating
 * system signal (received by the JVM's signal dispatcher) only records that it arrived, and the
 * handler runs on the main thread at the next safe point ({@link #checkPending}), as in CPython.
 * Only the process's first interpreter installs operating system handlers.
 */
public final class SignalModule {
    private SignalModule() {}

    public static final int NSIG = 65;
    public static final int SIGINT = 2;
    static final int SIG_DFL = 0;
    static final int SIG_IGN = 1;

    private static final String[] NAMES = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL",
        "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU",
        "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"};

    private static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction",
        "Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1",
        "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated", "Stack fault",
        "Child exited", "Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)", "Stopped (tty output)",
        "Urgent I/O condition", "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
        "Profiling timer expired", "Window changed", "I/O possible", "Power failure", "Bad system call"};

    /** Per-interpreter signal state. */
    public static final class State {
        final Interpreter interp;
        final PyObject[] handlers = new PyObject[NSIG];
        final AtomicIntegerArray tripped = new AtomicIntegerArray(NSIG);
        volatile boolean anyTripped;
        volatile Thread mainThread;
        volatile boolean waiting;
        boolean osHandlers;
        int wakeupFd = -1;
        PyObject defaultIntHandler;
        Thread alarmThread;
        long alarmDeadline;

        State(Interpreter interp) {
            this.interp = interp;
            for (int i = 1; i < NSIG; i++) {
                handlers[i] = PyInt.of(SIG_DFL);
            }
            handlers[13] = PyInt.of(SIG_IGN); // SIGPIPE
            handlers[25] = PyInt.of(SIG_IGN); // SIGXFSZ
        }
    }

    public static State state(Interpreter interp) {
        return interp.moduleState(State.class, State::new);
    }

    private static final NativeFunction DEFAULT_INT_HANDLER = NativeFunction.ofVector("default_int_handler",
            (s, args, kw) -> {
                throw Err.raise(PyExc.KeyboardInterrupt);
            });

    /**
     * Called once at interpreter start-up on its main thread: records the main thread and, for
     * the process's first interpreter, installs the SIGINT handler (KeyboardInterrupt).
     */
    public static void install(Interpreter interp) {
        State st = state(interp);
        st.mainThread = Thread.currentThread();
        if (st.defaultIntHandler == null) {
            st.defaultIntHandler = PyBuiltinFunction.function("_signal", DEFAULT_INT_HANDLER);
        }
        st.handlers[SIGINT] = st.defaultIntHandler;
        if (interp.runtime.interpreters.isEmpty() || interp.runtime.interpreters.get(0) == interp) {
            st.osHandlers = true;
            osHandle(st, SIGINT, true);
        }
    }

    /** True when a signal arrived and its handler has not run yet (a cheap check for safe points). */
    public static boolean pending(Interpreter interp) {
        State st = interp.moduleState(State.class, State::new);
        return st.anyTripped;
    }

    /**
     * Runs the Python handlers of signals that arrived, on the main thread of the current
     * interpreter (PyErr_CheckSignals). A handler's exception propagates to the caller.
     */
    public static void checkPending() {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null) {
            return;
        }
        State st = state(ts.interp);
        if (!st.anyTripped || Thread.currentThread() != st.mainThread) {
            return;
        }
        st.anyTripped = false;
        for (int sig = 1; sig < NSIG; sig++) {
            if (st.tripped.getAndSet(sig, 0) != 0) {
                PyObject h = st.handlers[sig];
                if (h instanceof PyInt || h == Py.None) {
                    continue;
                }
                try {
                    Abstract.call(h, PyInt.of(sig), ts.frame == null ? Py.None : ts.frame);
                } catch (PyException e) {
                    st.anyTripped = true; // let the remaining signals run at the next check
                    for (int k = sig + 1; k < NSIG; k++) {
                        if (st.tripped.get(k) != 0) {
                            break;
                        }
                        if (k == NSIG - 1) {
                            st.anyTripped = false;
                        }
                    }
                    throw e;
                }
            }
        }
    }

    /** Records the arrival of sig for interp and wakes its main thread if it is waiting. */
    static void trip(State st, int sig) {
        st.tripped.set(sig, 1);
        st.anyTripped = true;
        Thread main = st.mainThread;
        if (main != null) {
            LockSupport.unpark(main);
            if (st.waiting) {
                main.interrupt();
            }
        }
        if (st.wakeupFd >= 0) {
            Libc.write(st.wakeupFd, new byte[] {(byte) sig}, 0, 1);
        }
    }

    /** A blocking wait that honours Thread.interrupt(). */
    @FunctionalInterface
    public interface Wait<T> {
        T await() throws InterruptedException;
    }

    /**
     * Runs a blocking wait with the interpreter lock released. On the main thread a signal
     * arriving meanwhile interrupts the wait: the signal handlers then run (and may raise) and
     * null is returned, so the caller retries with the time it has left.
     */
    public static <T> T interruptibleWait(ThreadState ts, Wait<T> wait) {
        State st = state(ts.interp);
        boolean main = Thread.currentThread() == st.mainThread;
        T r = ts.interp.gil.releasedWhile(() -> {
            if (main) {
                st.waiting = true;
                if (st.anyTripped) {
                    st.waiting = false;
                    return null;
                }
            }
            try {
                return wait.await();
            } catch (InterruptedException e) {
                return null;
            } finally {
                if (main) {
                    st.waiting = false;
                }
            }
        });
        if (r == null) {
            Thread.interrupted();
            checkPending();
        }
        return r;
    }

    /**
     * Sleeps up to nanos on the current thread with the interpreter lock released, waking early
     * when a signal arrives for the main thread; runs signal handlers (which may raise).
     */
    public static void sleep(long nanos) {
        ThreadState ts = ThreadState.current();
        State st = state(ts.interp);
        long deadline = System.nanoTime() + nanos;
        while (true) {
            checkPending();
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            interruptibleWait(ts, () -> {
                Thread.sleep(left / 1_000_000L, (int) (left % 1_000_000L));
                return Boolean.TRUE;
            });
        }
    }

    private static void osHandle(State st, int sig, boolean python) {
        if (sig >= NAMES.length || NAMES[sig] == null) {
            return;
        }
        try {
            sun.misc.Signal s = new sun.misc.Signal(NAMES[sig]);
            if (python) {
                sun.misc.Signal.handle(s, x -> trip(st, sig));
            } else {
                PyObject h = st.handlers[sig];
                boolean ign = h instanceof PyInt i && i.longValue() == SIG_IGN;
                sun.misc.Signal.handle(s, ign ? sun.misc.SignalHandler.SIG_IGN : sun.misc.SignalHandler.SIG_DFL);
            }
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // the JVM reserves this signal: the handler only runs for raise_signal()
        }
    }

    static int signum(PyObject o) {
        int sig = Abstract.asInt(o);
        if (sig < 1 || sig >= NSIG) {
            throw Err.value("signal number out of range");
        }
        return sig;
    }

    static void checkMain(State st, String what) {
        if (Thread.currentThread() != st.mainThread || st.interp.runtime.interpreters.indexOf(st.interp) > 0) {
            throw Err.value("%s only works in main thread of the main interpreter", what);
        }
    }

    static PyObject signal(PyObject sigObj, PyObject handler) {
        ThreadState ts = ThreadState.current();
        State st = state(ts.interp);
        int sig = signum(sigObj);
        if (st.mainThread == null) {
            st.mainThread = Thread.currentThread();
        }
        checkMain(st, "signal");
        boolean isInt = handler instanceof PyInt;
        if (isInt) {
            long v = ((PyInt) handler).isSmall() ? ((PyInt) handler).longValue() : -1;
            if (v != SIG_DFL && v != SIG_IGN) {
                throw Err.type("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            }
        } else if (!Abstract.isCallable(handler)) {
            throw Err.type("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        }
        if (sig == 9 || sig == 19) {
            throw Fs.error(22);
        }
        PyObject old = st.handlers[sig];
        st.handlers[sig] = handler;
        if (isInt) {
            // keep SIGPIPE ignored at the OS level (the JVM relies on it); others follow the handler
            if (st.osHandlers && sig != 13) {
                osHandle(st, sig, false);
            }
        } else if (st.osHandlers) {
            osHandle(st, sig, true);
        }
        checkPending();
        return old == null ? Py.None : old;
    }

    static PyObject raiseSignal(int sig) {
        ThreadState ts = ThreadState.current();
        State st = state(ts.interp);
        PyObject h = st.handlers[sig];
        if (h instanceof PyInt i) {
            if (i.longValue() == SIG_IGN) {
                return Py.None;
            }
            IoModuleBridge.flush(ts.interp);
            int r = Libc.raise(sig);
            if (r != 0) {
                throw Fs.error(22);
            }
            return Py.None;
        }
        trip(st, sig);
        Thread.interrupted();
        checkPending();
        return Py.None;
    }

    /** kill(pid, sig) aimed at this process with a Python handler: delivered synchronously. */
    static boolean deliverToSelf(int sig) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null || sig < 1 || sig >= NSIG) {
            return false;
        }
        State st = state(ts.interp);
        PyObject h = st.handlers[sig];
        if (h instanceof PyInt) {
            return false;
        }
        trip(st, sig);
        Thread.interrupted();
        return true;
    }

    /** Flushes the standard streams before the process may die of a signal. */
    static final class IoModuleBridge {
        private IoModuleBridge() {}

        static void flush(Interpreter interp) {
            org.ember.modules.io.IoModule.flushStdio(interp);
        }
    }

    private static PyObject alarm(int seconds) {
        ThreadState ts = ThreadState.current();
        State st = state(ts.interp);
        long now = System.nanoTime();
        int previous = 0;
        synchronized (st) {
            if (st.alarmThread != null) {
                long left = st.alarmDeadline - now;
                previous = left <= 0 ? 0 : (int) ((left + 999_999_999L) / 1_000_000_000L);
                st.alarmThread.interrupt();
                st.alarmThread = null;
            }
            if (seconds > 0) {
                long deadline = now + seconds * 1_000_000_000L;
                st.alarmDeadline = deadline;
                Thread t = new Thread(() -> {
                    try {
                        long left;
                        while ((left = deadline - System.nanoTime()) > 0) {
                            Thread.sleep(left / 1_000_000L + 1);
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                    synchronized (st) {
                        if (st.alarmThread != Thread.currentThread()) {
                            return;
                        }
                        st.alarmThread = null;
                    }
                    PyObject h = st.handlers[14];
                    if (h instanceof PyInt i) {
                        if (i.longValue() == SIG_DFL) {
                            Libc.kill(Libc.getpid(), 14);
                        }
                        return;
                    }
                    trip(st, 14);
                }, "ember-alarm");
                t.setDaemon(true);
                st.alarmThread = t;
                t.start();
            }
        }
        return PyInt.of(previous);
    }

    private static final NativeFunction[] FUNCTIONS = {
        NativeFunction.of("signal", "signalnum, handler, /", (s, a) -> signal(a[0], a[1])),
        NativeFunction.of("getsignal", "signalnum, /", (s, a) -> {
            PyObject h = state(ThreadState.current().interp).handlers[signum(a[0])];
            return h == null ? Py.None : h;
        }),
        NativeFunction.of("raise_signal", "signalnum, /", (s, a) -> raiseSignal(signum(a[0]))),
        NativeFunction.of("strsignal", "signalnum, /", (s, a) -> {
            int sig = signum(a[0]);
            if (sig < DESCRIPTIONS.length) {
                return DESCRIPTIONS[sig] == null ? Py.None : PyStr.of(DESCRIPTIONS[sig]);
            }
            if (sig >= 34) {
                return PyStr.of("Real-time signal " + (sig - 34));
            }
            return Py.None;
        }),
        NativeFunction.of("valid_signals", s -> {
            PyObject set = ThreadState.current().interp.builtinsDict.getStr("set");
            PyObject[] sigs = new PyObject[NSIG - 3];
            int k = 0;
            for (int i = 1; i < NSIG; i++) {
                if (i != 32 && i != 33) {
                    sigs[k++] = PyInt.of(i);
                }
            }
            return Abstract.call(set, PyTuple.of(java.util.Arrays.copyOf(sigs, k)));
        }),
        NativeFunction.of("alarm", "seconds, /", (s, a) -> alarm(Abstract.asInt(a[0]))),
        NativeFunction.of("pause", s -> {
            ThreadState ts = ThreadState.current();
            State st = state(ts.interp);
            while (!st.anyTripped) {
                sleep(3_600_000_000_000L);
            }
            checkPending();
            return Py.None;
        }),
        NativeFunction.of("set_wakeup_fd", "fd, /, *, warn_on_full_buffer=True", (s, a) -> {
            ThreadState ts = ThreadState.current();
            State st = state(ts.interp);
            int fd = Abstract.asInt(a[0]);
            checkMain(st, "set_wakeup_fd");
            if (fd != -1) {
                Libc.Stat stat = new Libc.Stat();
                int r = Libc.stat(fd, null, true, stat);
                if (r < 0) {
                    throw Fs.error(-r);
                }
            }
            int old = st.wakeupFd;
            st.wakeupFd = fd;
            return PyInt.of(old);
        }),
        NativeFunction.of("siginterrupt", "signalnum, flag, /", (s, a) -> {
            signum(a[0]);
            return Py.None;
        }),
        NativeFunction.of("pthread_kill", "thread_id, signalnum, /", (s, a) -> {
            int sig = Abstract.asInt(a[1]);
            if (sig == 0) {
                return Py.None;
            }
            if (!deliverToSelf(sig)) {
                int r = Libc.kill(Libc.getpid(), sig);
                if (r < 0) {
                    throw Fs.error(-r);
                }
            }
            checkPending();
            return Py.None;
        }),
    };

    public static PyModule create(Interpreter interp) {
        State st = state(interp);
        PyModule m = new PyModule("_signal");
        m.put("__doc__", PyStr.of("This module provides mechanisms to use signal handlers in Python.\n\n"
                + "Functions:\n\nalarm() -- cause SIGALRM after a specified time [Unix only]\n"
                + "setitimer() -- cause a signal (described below) after a specified\n"
                + "               float time and the timer may restart then [Unix only]\n"
                + "getitimer() -- get current value of timer [Unix only]\n"
                + "signal() -- set the action for a given signal\n"
                + "getsignal() -- get the signal action for a given signal\n"
                + "pause() -- wait until a signal arrives [Unix only]\n"
                + "default_int_handler() -- default SIGINT handler\n\n"
                + "signal constants:\nSIG_DFL -- used to refer to the system default handler\n"
                + "SIG_IGN -- used to ignore the signal\nNSIG -- number of defined signals\n"
                + "SIGINT, SIGTERM, etc. -- signal numbers\n\nitimer constants:\n"
                + "ITIMER_REAL -- decrements in real time, and delivers SIGALRM upon\n"
                + "               expiration\n"
                + "ITIMER_VIRTUAL -- decrements only when the process is executing,\n"
                + "               and delivers SIGVTALRM upon expiration\n"
                + "ITIMER_PROF -- decrements both when the process is executing and\n"
                + "               when the system is executing on behalf of the process.\n"
                + "               Coupled with ITIMER_VIRTUAL, this timer is usually\n"
                + "               used to profile the time spent by the application\n"
                + "               in user and kernel space. SIGPROF is delivered upon\n"
                + "               expiration.\n\n\n*** IMPORTANT NOTICE ***\n"
                + "A signal handler function is called with two arguments:\n"
                + "the first is the signal number, the second is the interrupted stack frame."));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        if (st.defaultIntHandler == null) {
            st.defaultIntHandler = PyBuiltinFunction.function("_signal", DEFAULT_INT_HANDLER);
            if (st.handlers[SIGINT] instanceof PyInt i && i.longValue() == SIG_DFL && st.mainThread == null) {
                st.handlers[SIGINT] = st.defaultIntHandler;
            }
        }
        if (st.mainThread == null) {
            st.mainThread = Thread.currentThread();
        }
        m.put("default_int_handler", st.defaultIntHandler);
        m.put("SIG_DFL", PyInt.of(SIG_DFL));
        m.put("SIG_IGN", PyInt.of(SIG_IGN));
        m.put("NSIG", PyInt.of(NSIG));
        m.put("SIG_BLOCK", PyInt.of(0));
        m.put("SIG_UNBLOCK", PyInt.of(1));
        m.put("SIG_SETMASK", PyInt.of(2));
        m.put("ITIMER_REAL", PyInt.of(0));
        m.put("ITIMER_VIRTUAL", PyInt.of(1));
        m.put("ITIMER_PROF", PyInt.of(2));
        for (int i = 1; i < NAMES.length; i++) {
            if (NAMES[i] != null) {
                m.put("SIG" + NAMES[i], PyInt.of(i));
            }
        }
        m.put("SIGIOT", PyInt.of(6));
        m.put("SIGCLD", PyInt.of(17));
        m.put("SIGPOLL", PyInt.of(29));
        m.put("SIGRTMIN", PyInt.of(34));
        m.put("SIGRTMAX", PyInt.of(64));
        m.put("ItimerError", PyExc.OSError);
        return m;
    }

    static double toSeconds(PyObject o) {
        return o instanceof PyFloat f ? f.value : Abstract.asDouble(o);
    }
}
