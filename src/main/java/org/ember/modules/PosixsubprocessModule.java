package org.ember.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.ember.modules.io.Fs;
import org.ember.modules.io.Libc;
import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.runtime.Interpreter;

/**
 * Module _posixsubprocess: fork_exec() for the subprocess module. A JVM cannot safely fork, so
 * the child is started with posix_spawn(3) and the steps CPython's child performs between fork
 * and exec (dup2 of the standard streams, closing descriptors, chdir, signals, sessions) are
 * expressed as spawn file actions and attributes. Errors that CPython's child would report
 * through the error pipe are written to it by the parent, in the same format.
 */
public final class PosixsubprocessModule {
    private PosixsubprocessModule() {}

    /** A pid no process can have: what fork_exec returns when the child never ran. */
    static final int NO_CHILD = Integer.MAX_VALUE;

    static byte[] fsConvert(PyObject o) {
        return PosixModule.fsConvert(o);
    }

    static void reportError(int errpipeWrite, int errno, boolean noexec) {
        StringBuilder sb = new StringBuilder("OSError:");
        sb.append(errno == 0 ? "" : Integer.toHexString(errno)).append(':');
        if (noexec) {
            sb.append("noexec");
        }
        byte[] b = sb.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Libc.write(errpipeWrite, b, 0, b.length);
    }

    static PyObject forkExec(PyObject[] a) {
        if (a.length < 22 || a.length > 23) {
            throw Err.type("fork_exec expected 23 arguments, got %d", a.length);
        }
        PyObject processArgs = a[0];
        PyObject executableList = a[1];
        boolean closeFds = Abstract.isTrue(a[2]);
        PyObject fdsToKeep = a[3];
        PyObject cwdObj = a[4];
        PyObject envList = a[5];
        int p2cread = Abstract.asInt(a[6]);
        int p2cwrite = Abstract.asInt(a[7]);
        int c2pread = Abstract.asInt(a[8]);
        int c2pwrite = Abstract.asInt(a[9]);
        int errread = Abstract.asInt(a[10]);
        int errwrite = Abstract.asInt(a[11]);
        int errpipeRead = Abstract.asInt(a[12]);
        int errpipeWrite = Abstract.asInt(a[13]);
        boolean restoreSignals = Abstract.isTrue(a[14]);
        boolean callSetsid = Abstract.isTrue(a[15]);
        int pgidToSet = Abstract.asInt(a[16]);
        PyObject gid = a[17];
        PyObject groups = a[18];
        PyObject uid = a[19];
        int childUmask = Abstract.asInt(a[20]);
        PyObject preexecFn = a[21];

        if (closeFds && errpipeWrite < 3) {
            throw Err.value("errpipe_write must be >= 3");
        }
        if (!(fdsToKeep instanceof org.ember.objects.PyTuple keepTuple)) {
            throw Err.type("pass_fds must be a tuple");
        }
        TreeSet<Integer> keep = new TreeSet<>();
        for (PyObject o : keepTuple.items()) {
            if (!(o instanceof PyInt)) {
                throw Err.value("bad value(s) in fds_to_keep");
            }
            int fd = Abstract.asInt(o);
            if (fd < 0) {
                throw Err.value("bad value(s) in fds_to_keep");
            }
            if (fd != errpipeWrite) {
                keep.add(fd);
            }
        }
        if (preexecFn != Py.None) {
            throw Err.runtime("preexec_fn is not supported by Ember (it cannot run Python code in a forked child)");
        }
        if (gid != Py.None || groups != Py.None || uid != Py.None) {
            throw Err.runtime("Ember cannot change the user or groups of a child process");
        }
        List<byte[]> argv = new ArrayList<>();
        if (processArgs != Py.None) {
            for (PyObject o : Abstract.toArray(processArgs)) {
                argv.add(fsConvert(o));
            }
        }
        List<byte[]> exes = new ArrayList<>();
        for (PyObject o : Abstract.toArray(executableList)) {
            exes.add(fsConvert(o));
        }
        byte[][] env = null;
        if (envList != Py.None) {
            PyObject[] items = Abstract.toArray(envList);
            env = new byte[items.length][];
            for (int i = 0; i < items.length; i++) {
                env[i] = fsConvert(items[i]);
            }
        }
        byte[] cwd = cwdObj == Py.None ? null : fsConvert(cwdObj);

        List<Integer> temps = new ArrayList<>();
        try {
            // Descriptors 0..2 used as sources must not be overwritten before they are copied.
            if (c2pwrite == 0) {
                c2pwrite = tempDup(c2pwrite, temps);
            }
            while (errwrite == 0 || errwrite == 1) {
                errwrite = tempDup(errwrite, temps);
            }
            List<Libc.FileAction> actions = new ArrayList<>();
            for (int fd : new int[] {p2cwrite, c2pread, errread, errpipeRead}) {
                if (fd >= 0 && !keep.contains(fd) && fd != p2cread && fd != c2pwrite && fd != errwrite) {
                    actions.add(new Libc.FileAction('c', fd, 0, null, 0, 0));
                }
            }
            int[][] dups = {{p2cread, 0}, {c2pwrite, 1}, {errwrite, 2}};
            for (int[] d : dups) {
                if (d[0] >= 0) {
                    actions.add(new Libc.FileAction('d', d[0], d[1], null, 0, 0));
                }
            }
            for (int fd : keep) {
                actions.add(new Libc.FileAction('d', fd, fd, null, 0, 0));
            }
            if (cwd != null) {
                Libc.Stat st = new Libc.Stat();
                int r = Libc.stat(Libc.AT_FDCWD, cwd, true, st);
                int e = r < 0 ? -r : (st.mode & 0170000) != 0040000 ? 20 : 0;
                if (e == 0 && Libc.faccessat(Libc.AT_FDCWD, cwd, 1, 0) < 0) {
                    e = 13;
                }
                if (e != 0) {
                    reportError(errpipeWrite, e, true);
                    return PyInt.of(NO_CHILD);
                }
                actions.add(new Libc.FileAction('h', 0, 0, cwd, 0, 0));
            }
            if (closeFds) {
                int from = 3;
                if (!keep.isEmpty()) {
                    int max = keep.last();
                    for (int fd = 3; fd < max; fd++) {
                        if (!keep.contains(fd) && Libc.fcntl(fd, Libc.F_GETFD, 0) >= 0) {
                            actions.add(new Libc.FileAction('c', fd, 0, null, 0, 0));
                        }
                    }
                    from = max + 1;
                }
                actions.add(new Libc.FileAction('f', from, 0, null, 0, 0));
            }
            int flags = 0;
            if (callSetsid) {
                flags |= Libc.POSIX_SPAWN_SETSID;
            }
            if (pgidToSet >= 0) {
                flags |= Libc.POSIX_SPAWN_SETPGROUP;
            }
            int[] sigdef = restoreSignals ? new int[] {13, 25} : null;
            int oldUmask = childUmask >= 0 ? Libc.umask(childUmask) : -1;
            int savedErrno = 0;
            int lastErrno = 2;
            try {
                byte[][] av = argv.toArray(new byte[0][]);
                for (byte[] exe : exes) {
                    int r = Libc.spawn(exe, av, env, actions, flags, Math.max(pgidToSet, 0), sigdef, false);
                    if (r > 0) {
                        return PyInt.of(r);
                    }
                    lastErrno = -r;
                    if (lastErrno != 2 && lastErrno != 20 && savedErrno == 0) {
                        savedErrno = lastErrno;
                    }
                }
            } finally {
                if (oldUmask >= 0) {
                    Libc.umask(oldUmask);
                }
            }
            reportError(errpipeWrite, savedErrno != 0 ? savedErrno : lastErrno, false);
            return PyInt.of(NO_CHILD);
        } finally {
            for (int fd : temps) {
                Libc.close(fd);
            }
        }
    }

    static int tempDup(int fd, List<Integer> temps) {
        int r = Libc.fcntl(fd, 1030, 3); // F_DUPFD_CLOEXEC
        if (r < 0) {
            throw Fs.error(-r);
        }
        temps.add(r);
        return r;
    }

    private static final NativeFunction FORK_EXEC = NativeFunction.ofVector("fork_exec", (s, args, kw) -> {
        if (kw != null && kw.length > 0) {
            throw Err.type("fork_exec() takes no keyword arguments");
        }
        return forkExec(args);
    });

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_posixsubprocess");
        m.put("__doc__", PyStr.of("A POSIX helper for the subprocess module."));
        m.function(FORK_EXEC);
        return m;
    }
}
