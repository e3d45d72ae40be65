package org.ember.modules;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ember.modules.io.Fs;
import org.ember.modules.io.Libc;
import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyExc;
import org.ember.objects.PyFloat;
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
 * Module select: select() and poll objects over poll(2). Waits release the interpreter lock
 * and are cut into slices so that signal handlers run while waiting, as CPython retries on
 * EINTR. (No epoll: selectors then uses PollSelector.)
 */
public final class SelectModule {
    private SelectModule() {}

    static final short POLLIN = 1;
    static final short POLLPRI = 2;
    static final short POLLOUT = 4;
    static final short POLLERR = 8;
    static final short POLLHUP = 16;
    static final short POLLNVAL = 32;
    private static final int SLICE_MS = 50;

    /**
     * poll(2) with the interpreter lock released, waking every slice to run signal handlers.
     * timeoutMs < 0 waits forever. Returns the ready count (revents filled).
     */
    static int pollWait(int[] fds, short[] events, short[] revents, long timeoutMs) {
        ThreadState ts = ThreadState.current();
        long deadline = timeoutMs < 0 ? Long.MAX_VALUE : System.nanoTime() / 1_000_000L + timeoutMs;
        while (true) {
            long now = System.nanoTime() / 1_000_000L;
            long left = timeoutMs < 0 ? SLICE_MS : Math.max(0, deadline - now);
            int slice = (int) Math.min(left, SLICE_MS);
            int r = ts.interp.gil.releasedWhile(() -> Libc.poll(fds, events, revents, slice));
            if (r == -Libc.EINTR) {
                SignalModule.checkPending();
                continue;
            }
            if (r < 0) {
                throw Fs.error(-r);
            }
            if (r > 0) {
                return r;
            }
            SignalModule.checkPending();
            if (timeoutMs >= 0 && System.nanoTime() / 1_000_000L >= deadline) {
                return 0;
            }
        }
    }

    static PyObject[] sequence(PyObject o) {
        if (!(o instanceof PyList) && !(o instanceof PyTuple)) {
            if (!Abstract.isSequence(o)) {
                throw Err.type("arguments 1-3 must be sequences");
            }
        }
        return Abstract.toArray(o);
    }

    static PyObject select(PyObject r, PyObject w, PyObject x, PyObject timeout) {
        long timeoutMs;
        if (timeout == Py.None) {
            timeoutMs = -1;
        } else {
            double t;
            try {
                t = Abstract.asDouble(timeout);
            } catch (org.ember.objects.PyException e) {
                if (e.matches(PyExc.TypeError)) {
                    throw Err.type("timeout must be a float or None");
                }
                throw e;
            }
            if (Double.isNaN(t)) {
                throw Err.value("Invalid value NaN (not a number)");
            }
            if (t < 0) {
                throw Err.value("timeout must be non-negative");
            }
            timeoutMs = (long) Math.ceil(t * 1000);
        }
        PyObject[][] lists = {sequence(r), sequence(w), sequence(x)};
        short[] masks = {(short) (POLLIN), POLLOUT, POLLPRI};
        int n = lists[0].length + lists[1].length + lists[2].length;
        int[] fds = new int[n];
        short[] ev = new short[n];
        short[] rev = new short[n];
        int k = 0;
        for (int l = 0; l < 3; l++) {
            for (PyObject o : lists[l]) {
                int fd = PosixModule.fileDescriptor(o);
                if (fd >= 1024) {
                    throw Err.value("filedescriptor out of range in select()");
                }
                fds[k] = fd;
                ev[k++] = masks[l];
            }
        }
        pollWait(fds, ev, rev, timeoutMs);
        PyList[] out = {new PyList(), new PyList(), new PyList()};
        k = 0;
        for (int l = 0; l < 3; l++) {
            for (PyObject o : lists[l]) {
                short re = rev[k++];
                if ((re & POLLNVAL) != 0) {
                    throw Fs.error(9);
                }
                boolean ready = switch (l) {
                    case 0 -> (re & (POLLIN | POLLHUP | POLLERR)) != 0;
                    case 1 -> (re & (POLLOUT | POLLERR)) != 0;
                    default -> (re & POLLPRI) != 0;
                };
                if (ready) {
                    out[l].append(o);
                }
            }
        }
        return PyTuple.of(out[0], out[1], out[2]);
    }

    /** select.poll objects. */
    public static final class Poll extends PyObject {
        public static final PyType TYPE = PyType.builtin("poll", Poll.class, Poll::define);

        final Map<Integer, Short> fds = new LinkedHashMap<>();
        boolean polling;

        Poll() {
            super(TYPE);
        }

        static short mask(PyObject o) {
            long v = Abstract.asLong(o);
            if (v < 0 || v > 0xffff) {
                throw Err.overflow("Python int too large for C unsigned short");
            }
            return (short) v;
        }

        private static void define(PyType t) {
            t.module("select").flags(PyType.DISALLOW_INSTANTIATION);
            t.method("register", "fd, eventmask=7, /", (self, a) -> {
                ((Poll) self).fds.put(PosixModule.fileDescriptor(a[0]), mask(a[1]));
                return Py.None;
            });
            t.method("modify", "fd, eventmask, /", (self, a) -> {
                Poll p = (Poll) self;
                int fd = PosixModule.fileDescriptor(a[0]);
                if (!p.fds.containsKey(fd)) {
                    throw Fs.error(2);
                }
                p.fds.put(fd, mask(a[1]));
                return Py.None;
            });
            t.method1("unregister", (self, fdObj) -> {
                Poll p = (Poll) self;
                int fd = PosixModule.fileDescriptor(fdObj);
                if (p.fds.remove(fd) == null) {
                    throw Err.key(PyInt.of(fd));
                }
                return Py.None;
            });
            t.method("poll", "timeout=None, /", (self, a) -> {
                Poll p = (Poll) self;
                long ms;
                if (a[0] == Py.None) {
                    ms = -1;
                } else if (a[0] instanceof PyFloat f) {
                    ms = (long) Math.ceil(f.value);
                } else {
                    if (!Abstract.hasIndex(a[0])) {
                        throw Err.type("timeout must be an integer or None");
                    }
                    ms = Abstract.asLong(a[0]);
                }
                if (ms < 0) {
                    ms = -1;
                }
                if (p.polling) {
                    throw Err.runtime("concurrent poll() invocation");
                }
                int n = p.fds.size();
                int[] fds = new int[n];
                short[] ev = new short[n];
                short[] rev = new short[n];
                int k = 0;
                for (Map.Entry<Integer, Short> e : p.fds.entrySet()) {
                    fds[k] = e.getKey();
                    ev[k++] = e.getValue();
                }
                p.polling = true;
                try {
                    if (n == 0 && ms < 0) {
                        SignalModule.sleep(Long.MAX_VALUE / 4);
                    }
                    pollWait(fds, ev, rev, ms);
                } finally {
                    p.polling = false;
                }
                PyList out = new PyList();
                for (int i = 0; i < n; i++) {
                    if (rev[i] != 0) {
                        out.append(PyTuple.of(PyInt.of(fds[i]), PyInt.of(rev[i] & 0xffff)));
                    }
                }
                return out;
            });
        }
    }

    private static final NativeFunction[] FUNCTIONS = {
        NativeFunction.of("select", "rlist, wlist, xlist, timeout=None, /", (s, a) -> select(a[0], a[1], a[2], a[3])),
        NativeFunction.of("poll", s -> new Poll()),
    };

    public static PyModule create(Interpreter interp) {
        PyType.ready(Poll.TYPE);
        PyModule m = new PyModule("select");
        m.put("__doc__", PyStr.of("This module supports asynchronous I/O on multiple file descriptors.\n\n"
                + "*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; on Unix, all file descriptors."));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        m.put("error", PyExc.OSError);
        m.put("PIPE_BUF", PyInt.of(4096));
        Object[] consts = {"POLLIN", 1, "POLLPRI", 2, "POLLOUT", 4, "POLLERR", 8, "POLLHUP", 16, "POLLNVAL", 32,
            "POLLRDNORM", 64, "POLLRDBAND", 128, "POLLWRNORM", 256, "POLLWRBAND", 512, "POLLMSG", 1024,
            "POLLRDHUP", 8192};
        for (int i = 0; i < consts.length; i += 2) {
            m.put((String) consts[i], PyInt.of((Integer) consts[i + 1]));
        }
        return m;
    }
}
