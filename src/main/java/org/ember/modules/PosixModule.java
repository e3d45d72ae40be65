package org.ember.modules;

import java.util.ArrayList;
import java.util.List;

import org.ember.modules.io.Fs;
import org.ember.modules.io.IoModule;
import org.ember.modules.io.Libc;
import org.ember.modules.io.PosixConstants;
import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.BufferProtocol;
import org.ember.objects.Err;
import org.ember.objects.Instance;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
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
 * Module posix: the operating system interface os.py builds on, implemented over the C library
 * (see {@link Libc}) so that file descriptors, the working directory, the environment and
 * processes are the real ones, as in CPython.
 */
public final class PosixModule {
    private PosixModule() {}

    // ---- result types -----------------------------------------------------------------------

    public static final PyType STAT_RESULT = StructSeq.type("os", "stat_result",
            "stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n"
                    + "  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the attributes st_mode, "
                    + "st_ino, st_dev, st_nlink, st_uid, and so on.\n\nPosix/windows: If your platform supports "
                    + "st_blksize, st_blocks, st_rdev,\nor st_flags, they are available as attributes only.\n\n"
                    + "See os.stat for more information.",
            new String[] {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null,
                "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize",
                "st_blocks", "st_rdev"},
            10);

    public static final PyType STATVFS_RESULT = StructSeq.type("os", "statvfs_result",
            "statvfs_result: Result from statvfs or fstatvfs.\n\nThis object may be accessed either as a tuple of\n"
                    + "  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\nor via the "
                    + "attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\nSee os.statvfs for more information.",
            new String[] {"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail",
                "f_flag", "f_namemax", "f_fsid"},
            10);

    public static final PyType TERMINAL_SIZE = StructSeq.type("os", "terminal_size",
            "A tuple of (columns, lines) for holding terminal window size", new String[] {"columns", "lines"}, 2);

    public static final PyType UNAME_RESULT = StructSeq.type("posix", "uname_result",
            "uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n"
                    + "  (sysname, nodename, release, version, machine),\nor via the attributes sysname, nodename, "
                    + "release, version, and machine.\n\nSee os.uname for more information.",
            new String[] {"sysname", "nodename", "release", "version", "machine"}, 5);

    public static final PyType TIMES_RESULT = StructSeq.type("posix", "times_result",
            "times_result: Result from os.times().\n\nThis object may be accessed either as a tuple of\n"
                    + "  (user, system, children_user, children_system, elapsed),\nor via the attributes user, system, "
                    + "children_user, children_system,\nand elapsed.\n\nSee os.times for more information.",
            new String[] {"user", "system", "children_user", "children_system", "elapsed"}, 5);

    // ---- module ---------------------------------------------------------------------------------

    private static final String[] HAVE_FUNCTIONS = {"HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT",
        "HAVE_FCHOWN", "HAVE_FCHOWNAT", "HAVE_FDOPENDIR", "HAVE_FSTATAT", "HAVE_FSTATVFS", "HAVE_FTRUNCATE",
        "HAVE_FUTIMENS", "HAVE_LINKAT", "HAVE_LCHOWN", "HAVE_LSTAT", "HAVE_MKDIRAT", "HAVE_MKFIFOAT", "HAVE_MKNODAT",
        "HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT"};

    public static PyModule create(Interpreter interp) {
        PyType.ready(STAT_RESULT, STATVFS_RESULT, TERMINAL_SIZE, UNAME_RESULT, TIMES_RESULT, DirEntry.TYPE,
                ScandirIterator.TYPE);
        PyModule m = new PyModule("posix");
        m.put("__doc__", PyStr.of("This module provides access to operating system functionality that is\n"
                + "standardized by the C Standard and the POSIX standard (a thinly\n"
                + "disguised Unix interface).  Refer to the library manual and\n"
                + "corresponding Unix manual entries for more information on calls."));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        m.put("environ", environ());
        Object[] c = PosixConstants.constants();
        for (int i = 0; i < c.length; i += 2) {
            m.put((String) c[i], PyInt.of((Long) c[i + 1]));
        }
        m.put("error", PyExc.OSError);
        m.put("stat_result", STAT_RESULT);
        m.put("statvfs_result", STATVFS_RESULT);
        m.put("terminal_size", TERMINAL_SIZE);
        m.put("uname_result", UNAME_RESULT);
        m.put("times_result", TIMES_RESULT);
        m.put("DirEntry", DirEntry.TYPE);
        m.put("sysconf_names", nameTable(PosixConstants.sysconfNames()));
        m.put("confstr_names", nameTable(PosixConstants.confstrNames()));
        m.put("pathconf_names", nameTable(PosixConstants.pathconfNames()));
        PyObject[] have = new PyObject[HAVE_FUNCTIONS.length];
        for (int i = 0; i < have.length; i++) {
            have[i] = PyStr.of(HAVE_FUNCTIONS[i]);
        }
        m.put("_have_functions", new PyList(have));
        return m;
    }

    private static PyDict nameTable(Object[] pairs) {
        PyDict d = new PyDict();
        for (int i = 0; i < pairs.length; i += 2) {
            d.putStr((String) pairs[i], PyInt.of((Integer) pairs[i + 1]));
        }
        return d;
    }

    private static PyDict environ() {
        PyDict d = new PyDict();
        for (byte[] kv : Libc.environ()) {
            int eq = -1;
            for (int i = 0; i < kv.length; i++) {
                if (kv[i] == '=') {
                    eq = i;
                    break;
                }
            }
            if (eq < 0) {
                continue;
            }
            PyBytes k = PyBytes.of(java.util.Arrays.copyOf(kv, eq));
            if (!d.containsKey(k)) {
                d.setItem(k, PyBytes.of(java.util.Arrays.copyOfRange(kv, eq + 1, kv.length)));
            }
        }
        return d;
    }

    private static final NativeFunction[] FUNCTIONS = {
        NativeFunction.of("stat", "path, *, dir_fd=None, follow_symlinks=True",
                (s, a) -> stat("stat", a[0], a[1], Abstract.isTrue(a[2]))),
        NativeFunction.of("lstat", "path, *, dir_fd=None", (s, a) -> stat("lstat", a[0], a[1], false)),
        NativeFunction.of("fstat", "fd", (s, a) -> fstat(Abstract.asInt(a[0]))),
        NativeFunction.of("getcwd", s -> getcwd(false)),
        NativeFunction.of("getcwdb", s -> getcwd(true)),
        NativeFunction.of("chdir", "path", (s, a) -> chdir(a[0])),
        NativeFunction.of("fchdir", "fd", (s, a) -> {
            check(Libc.fchdir(fileDescriptor(a[0])), null);
            return Py.None;
        }),
        NativeFunction.of("listdir", "path=None", (s, a) -> listdir(a[0])),
        NativeFunction.of("scandir", "path=None", (s, a) -> scandir(a[0])),
        NativeFunction.of("mkdir", "path, mode=511, *, dir_fd=None", (s, a) -> {
            Fs.Path p = Fs.path("mkdir", "path", a[0], false, false);
            check(Libc.mkdirat(Fs.dirFd(a[2]), p.bytes, Abstract.asInt(a[1])), p.object);
            return Py.None;
        }),
        NativeFunction.of("rmdir", "path, *, dir_fd=None", (s, a) -> {
            Fs.Path p = Fs.path("rmdir", "path", a[0], false, false);
            check(Libc.unlinkat(Fs.dirFd(a[1]), p.bytes, Libc.AT_REMOVEDIR), p.object);
            return Py.None;
        }),
        NativeFunction.of("unlink", "path, *, dir_fd=None", (s, a) -> unlink("unlink", a[0], a[1])),
        NativeFunction.of("remove", "path, *, dir_fd=None", (s, a) -> unlink("remove", a[0], a[1])),
        NativeFunction.of("rename", "src, dst, *, src_dir_fd=None, dst_dir_fd=None",
                (s, a) -> rename("rename", a[0], a[1], a[2], a[3])),
        NativeFunction.of("replace", "src, dst, *, src_dir_fd=None, dst_dir_fd=None",
                (s, a) -> rename("replace", a[0], a[1], a[2], a[3])),
        NativeFunction.of("open", "path, flags, mode=511, *, dir_fd=None", (s, a) -> open(a[0], a[1], a[2], a[3])),
        NativeFunction.of("read", "fd, length, /", (s, a) -> read(Abstract.asInt(a[0]), Abstract.asSsize(a[1], PyExc.OverflowError))),
        NativeFunction.of("write", "fd, data, /", (s, a) -> write(Abstract.asInt(a[0]), a[1])),
        NativeFunction.of("pread", "fd, length, offset, /", (s, a) -> pread(a[0], a[1], a[2])),
        NativeFunction.of("pwrite", "fd, buffer, offset, /", (s, a) -> pwrite(a[0], a[1], a[2])),
        NativeFunction.of("close", "fd", (s, a) -> {
            int fd = Abstract.asInt(a[0]);
            check(IoModule.closeFd(fd), null);
            return Py.None;
        }),
        NativeFunction.of("closerange", "fd_low, fd_high, /", (s, a) -> {
            int lo = Abstract.asInt(a[0]);
            int hi = Abstract.asInt(a[1]);
            for (int fd = Math.max(lo, 0); fd < hi && fd < 65536; fd++) {
                IoModule.closeFd(fd);
            }
            return Py.None;
        }),
        NativeFunction.of("lseek", "fd, position, whence, /", (s, a) -> {
            long r = Libc.lseek(Abstract.asInt(a[0]), Abstract.asLong(a[1]), Abstract.asInt(a[2]));
            check(r, null);
            return PyInt.of(r);
        }),
        NativeFunction.of("dup", "fd, /", (s, a) -> {
            int r = Libc.fcntl(Abstract.asInt(a[0]), 1030, 0); // F_DUPFD_CLOEXEC
            check(r, null);
            return PyInt.of(r);
        }),
        NativeFunction.of("dup2", "fd, fd2, inheritable=True", (s, a) -> {
            int fd = Abstract.asInt(a[0]);
            int fd2 = Abstract.asInt(a[1]);
            int r = Abstract.isTrue(a[2]) ? Libc.dup2(fd, fd2) : Libc.dup3(fd, fd2, Libc.O_CLOEXEC);
            check(r, null);
            return PyInt.of(r);
        }),
        NativeFunction.of("pipe", s -> pipe(Libc.O_CLOEXEC)),
        NativeFunction.of("pipe2", "flags, /", (s, a) -> pipe(Abstract.asInt(a[0]))),
        NativeFunction.of("isatty", "fd, /", (s, a) -> Py.bool(IoModule.isatty(Abstract.asInt(a[0])))),
        NativeFunction.of("fsync", "fd", (s, a) -> {
            check(Libc.fsync(fileDescriptor(a[0])), null);
            return Py.None;
        }),
        NativeFunction.of("fdatasync", "fd", (s, a) -> {
            check(Libc.fdatasync(fileDescriptor(a[0])), null);
            return Py.None;
        }),
        NativeFunction.of("ftruncate", "fd, length, /", (s, a) -> {
            check(Libc.ftruncate(Abstract.asInt(a[0]), Abstract.asLong(a[1])), null);
            return Py.None;
        }),
        NativeFunction.of("truncate", "path, length", (s, a) -> {
            Fs.Path p = Fs.path("truncate", "path", a[0], false, true);
            long len = Abstract.asLong(a[1]);
            if (p.bytes == null) {
                check(Libc.ftruncate(p.fd, len), p.object);
            } else {
                check(Libc.truncate(p.bytes, len), p.object);
            }
            return Py.None;
        }),
        NativeFunction.of("access", "path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True",
                (s, a) -> {
                    Fs.Path p = Fs.path("access", "path", a[0], false, false);
                    int flags = (Abstract.isTrue(a[3]) ? Libc.AT_EACCESS : 0)
                            | (Abstract.isTrue(a[4]) ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
                    return Py.bool(Libc.faccessat(Fs.dirFd(a[2]), p.bytes, Abstract.asInt(a[1]), flags) == 0);
                }),
        NativeFunction.of("chmod", "path, mode, *, dir_fd=None, follow_symlinks=True", (s, a) -> chmod(a)),
        NativeFunction.of("fchmod", "fd, mode", (s, a) -> {
            check(Libc.fchmod(Abstract.asInt(a[0]), Abstract.asInt(a[1])), null);
            return Py.None;
        }),
        NativeFunction.of("chown", "path, uid, gid, *, dir_fd=None, follow_symlinks=True",
                (s, a) -> chown("chown", a[0], a[1], a[2], a[3], Abstract.isTrue(a[4]))),
        NativeFunction.of("lchown", "path, uid, gid", (s, a) -> chown("lchown", a[0], a[1], a[2], Py.None, false)),
        NativeFunction.of("fchown", "fd, uid, gid", (s, a) -> {
            check(Libc.fchown(Abstract.asInt(a[0]), idValue(a[1]), idValue(a[2])), null);
            return Py.None;
        }),
        NativeFunction.of("utime", "path, times=None, *, ns=NULL, dir_fd=None, follow_symlinks=True", (s, a) -> utime(a)),
        NativeFunction.of("readlink", "path, *, dir_fd=None", (s, a) -> {
            Fs.Path p = Fs.path("readlink", "path", a[0], false, false);
            int[] err = new int[1];
            byte[] r = Libc.readlinkat(Fs.dirFd(a[1]), p.bytes, err);
            if (r == null) {
                throw Fs.error(err[0], p.object);
            }
            return p.wrap(r);
        }),
        NativeFunction.of("symlink", "src, dst, target_is_directory=False, *, dir_fd=None", (s, a) -> {
            Fs.Path src = Fs.path("symlink", "src", a[0], false, false);
            Fs.Path dst = Fs.path("symlink", "dst", a[1], false, false);
            int r = Libc.symlinkat(src.bytes, Fs.dirFd(a[3]), dst.bytes);
            if (r < 0) {
                throw Fs.error(-r, src.object, dst.object);
            }
            return Py.None;
        }),
        NativeFunction.of("link", "src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True", (s, a) -> {
            Fs.Path src = Fs.path("link", "src", a[0], false, false);
            Fs.Path dst = Fs.path("link", "dst", a[1], false, false);
            int r = Libc.linkat(Fs.dirFd(a[2]), src.bytes, Fs.dirFd(a[3]), dst.bytes,
                    Abstract.isTrue(a[4]) ? Libc.AT_SYMLINK_FOLLOW : 0);
            if (r < 0) {
                throw Fs.error(-r, src.object, dst.object);
            }
            return Py.None;
        }),
        NativeFunction.of("mkfifo", "path, mode=438, *, dir_fd=None", (s, a) -> {
            Fs.Path p = Fs.path("mkfifo", "path", a[0], false, false);
            check(Libc.mkfifoat(Fs.dirFd(a[2]), p.bytes, Abstract.asInt(a[1])), p.object);
            return Py.None;
        }),
        NativeFunction.of("mknod", "path, mode=384, device=0, *, dir_fd=None", (s, a) -> {
            Fs.Path p = Fs.path("mknod", "path", a[0], false, false);
            check(Libc.mknodat(Fs.dirFd(a[3]), p.bytes, Abstract.asInt(a[1]), Abstract.asLong(a[2])), p.object);
            return Py.None;
        }),
        NativeFunction.of("major", "device, /", (s, a) -> {
            long d = Abstract.asLong(a[0]);
            return PyInt.of(((d >>> 32) & 0xfffff000L) | ((d >>> 8) & 0xfffL));
        }),
        NativeFunction.of("minor", "device, /", (s, a) -> {
            long d = Abstract.asLong(a[0]);
            return PyInt.of(((d >>> 12) & 0xffffff00L) | (d & 0xffL));
        }),
        NativeFunction.of("makedev", "major, minor, /", (s, a) -> {
            long ma = Abstract.asLong(a[0]);
            long mi = Abstract.asLong(a[1]);
            return PyInt.of(((ma & 0xfffff000L) << 32) | ((ma & 0xfffL) << 8) | ((mi & 0xffffff00L) << 12) | (mi & 0xffL));
        }),
        NativeFunction.of("get_terminal_size", "fd=1, /", (s, a) -> {
            int fd = Abstract.asInt(a[0]);
            int[] r = Libc.winsize(fd);
            if (r.length == 1) {
                throw Fs.error(r[0]);
            }
            return StructSeq.make(TERMINAL_SIZE, PyInt.of(r[0]), PyInt.of(r[1]));
        }),
        NativeFunction.of("get_inheritable", "fd, /", (s, a) -> {
            int r = Libc.fcntl(Abstract.asInt(a[0]), Libc.F_GETFD, 0);
            check(r, null);
            return Py.bool((r & Libc.FD_CLOEXEC) == 0);
        }),
        NativeFunction.of("set_inheritable", "fd, inheritable, /", (s, a) -> {
            setInheritable(Abstract.asInt(a[0]), Abstract.isTrue(a[1]));
            return Py.None;
        }),
        NativeFunction.of("get_blocking", "fd, /", (s, a) -> {
            int r = Libc.fcntl(Abstract.asInt(a[0]), Libc.F_GETFL, 0);
            check(r, null);
            return Py.bool((r & Libc.O_NONBLOCK) == 0);
        }),
        NativeFunction.of("set_blocking", "fd, blocking, /", (s, a) -> {
            int fd = Abstract.asInt(a[0]);
            int fl = Libc.fcntl(fd, Libc.F_GETFL, 0);
            check(fl, null);
            int nfl = Abstract.isTrue(a[1]) ? fl & ~Libc.O_NONBLOCK : fl | Libc.O_NONBLOCK;
            if (nfl != fl) {
                check(Libc.fcntl(fd, Libc.F_SETFL, nfl), null);
            }
            return Py.None;
        }),
        NativeFunction.of("device_encoding", "fd", (s, a) -> {
            int fd = Abstract.asInt(a[0]);
            if (!IoModule.isatty(fd)) {
                return Py.None;
            }
            return PyStr.of(IoModule.localeEncoding(ThreadState.current().interp));
        }),
        NativeFunction.of("fspath", "path", (s, a) -> fspath(a[0])),
        NativeFunction.of("getpid", s -> PyInt.of(Libc.getpid())),
        NativeFunction.of("getppid", s -> PyInt.of(Libc.getppid())),
        NativeFunction.of("getuid", s -> PyInt.of(Libc.getuid() & 0xffffffffL)),
        NativeFunction.of("geteuid", s -> PyInt.of(Libc.geteuid() & 0xffffffffL)),
        NativeFunction.of("getgid", s -> PyInt.of(Libc.getgid() & 0xffffffffL)),
        NativeFunction.of("getegid", s -> PyInt.of(Libc.getegid() & 0xffffffffL)),
        NativeFunction.of("getpgrp", s -> PyInt.of(Libc.getpgrp())),
        NativeFunction.of("getpgid", "pid", (s, a) -> {
            int r = Libc.getpgid(Abstract.asInt(a[0]));
            check(r, null);
            return PyInt.of(r);
        }),
        NativeFunction.of("getsid", "pid, /", (s, a) -> {
            int r = Libc.getsid(Abstract.asInt(a[0]));
            check(r, null);
            return PyInt.of(r);
        }),
        NativeFunction.of("setsid", s -> {
            check(Libc.setsid(), null);
            return Py.None;
        }),
        NativeFunction.of("setpgid", "pid, pgrp, /", (s, a) -> {
            check(Libc.setpgid(Abstract.asInt(a[0]), Abstract.asInt(a[1])), null);
            return Py.None;
        }),
        NativeFunction.of("getgroups", s -> {
            int[] err = new int[1];
            int[] g = Libc.getgroups(err);
            if (g == null) {
                throw Fs.error(err[0]);
            }
            PyObject[] out = new PyObject[g.length];
            for (int i = 0; i < g.length; i++) {
                out[i] = PyInt.of(g[i] & 0xffffffffL);
            }
            return new PyList(out);
        }),
        NativeFunction.of("getlogin", s -> {
            byte[] r = Libc.getlogin();
            if (r == null) {
                throw Fs.error(2);
            }
            return Fs.decode(r);
        }),
        NativeFunction.of("ttyname", "fd, /", (s, a) -> {
            int fd = Abstract.asInt(a[0]);
            byte[] r = Libc.ttyname(fd);
            if (r == null) {
                throw Fs.error(Libc.isatty(fd) ? 2 : 25);
            }
            return Fs.decode(r);
        }),
        NativeFunction.of("kill", "pid, signal, /", (s, a) -> {
            int pid = Abstract.asInt(a[0]);
            int sig = Abstract.asInt(a[1]);
            if (pid != Libc.getpid() || !SignalModule.deliverToSelf(sig)) {
                check(Libc.kill(pid, sig), null);
            }
            SignalModule.checkPending();
            return Py.None;
        }),
        NativeFunction.of("killpg", "pgid, signal, /", (s, a) -> {
            check(Libc.killpg(Abstract.asInt(a[0]), Abstract.asInt(a[1])), null);
            return Py.None;
        }),
        NativeFunction.of("waitpid", "pid, options, /", (s, a) -> waitpid(Abstract.asInt(a[0]), Abstract.asInt(a[1]))),
        NativeFunction.of("wait", s -> waitpid(-1, 0)),
        NativeFunction.of("WIFEXITED", "status", (s, a) -> Py.bool((Abstract.asInt(a[0]) & 0x7f) == 0)),
        NativeFunction.of("WEXITSTATUS", "status", (s, a) -> PyInt.of((Abstract.asInt(a[0]) >> 8) & 0xff)),
        NativeFunction.of("WIFSIGNALED", "status", (s, a) -> {
            int st = Abstract.asInt(a[0]);
            return Py.bool(((byte) ((st & 0x7f) + 1) >> 1) > 0);
        }),
        NativeFunction.of("WTERMSIG", "status", (s, a) -> PyInt.of(Abstract.asInt(a[0]) & 0x7f)),
        NativeFunction.of("WIFSTOPPED", "status", (s, a) -> Py.bool((Abstract.asInt(a[0]) & 0xff) == 0x7f)),
        NativeFunction.of("WSTOPSIG", "status", (s, a) -> PyInt.of((Abstract.asInt(a[0]) >> 8) & 0xff)),
        NativeFunction.of("WIFCONTINUED", "status", (s, a) -> Py.bool(Abstract.asInt(a[0]) == 0xffff)),
        NativeFunction.of("WCOREDUMP", "status", (s, a) -> Py.bool((Abstract.asInt(a[0]) & 0x80) != 0)),
        NativeFunction.of("waitstatus_to_exitcode", "status", (s, a) -> {
            int st = Abstract.asInt(a[0]);
            if ((st & 0x7f) == 0) {
                return PyInt.of((st >> 8) & 0xff);
            }
            if (((byte) ((st & 0x7f) + 1) >> 1) > 0) {
                return PyInt.of(-(st & 0x7f));
            }
            throw Err.value("invalid wait status: %d", st);
        }),
        NativeFunction.of("system", "command", (s, a) -> {
            byte[] cmd = a[0] instanceof PyBytes b ? b.bytes() : Fs.path("system", "command", a[0], false, false).bytes;
            IoModule.flushStdio(ThreadState.current().interp);
            int r = ThreadState.current().interp.gil.releasedWhile(() -> Libc.system(cmd));
            if (r < -1 && r <= Integer.MIN_VALUE + 200) {
                throw Fs.error(r - Integer.MIN_VALUE);
            }
            return PyInt.of(r);
        }),
        NativeFunction.of("_exit", "status", (s, a) -> {
            int st = Abstract.asInt(a[0]);
            Libc.exit(st);
            return Py.None;
        }),
        NativeFunction.of("abort", s -> {
            Libc.abort();
            return Py.None;
        }),
        NativeFunction.of("execv", "path, argv, /", (s, a) -> exec("execv", a[0], a[1], null)),
        NativeFunction.of("execve", "path, argv, env", (s, a) -> exec("execve", a[0], a[1], a[2])),
        NativeFunction.of("times", s -> {
            long[] t = Libc.times();
            int[] err = new int[1];
            double tick = Libc.sysconf(2, err);
            PyObject[] v = new PyObject[5];
            for (int i = 0; i < 5; i++) {
                v[i] = new PyFloat(t[i] / tick);
            }
            return StructSeq.make(TIMES_RESULT, v);
        }),
        NativeFunction.of("uname", s -> {
            byte[][] u = Libc.uname();
            if (u == null) {
                throw Fs.error(14);
            }
            PyObject[] v = new PyObject[5];
            for (int i = 0; i < 5; i++) {
                v[i] = Fs.decode(u[i]);
            }
            return StructSeq.make(UNAME_RESULT, v);
        }),
        NativeFunction.of("cpu_count", s -> {
            int[] err = new int[1];
            long n = Libc.sysconf(84, err); // _SC_NPROCESSORS_ONLN
            return n < 1 ? Py.None : PyInt.of(n);
        }),
        NativeFunction.of("getloadavg", s -> {
            double[] l = Libc.getloadavg();
            if (l == null) {
                throw Err.format(PyExc.OSError, "Load averages are unobtainable");
            }
            return PyTuple.of(new PyFloat(l[0]), new PyFloat(l[1]), new PyFloat(l[2]));
        }),
        NativeFunction.of("sysconf", "name, /", (s, a) -> {
            int name = confName(a[0], PosixConstants.sysconfNames());
            int[] err = new int[1];
            long r = Libc.sysconf(name, err);
            if (r == -1 && err[0] != 0) {
                throw Fs.error(err[0]);
            }
            return PyInt.of(r);
        }),
        NativeFunction.of("confstr", "name, /", (s, a) -> {
            int name = confName(a[0], PosixConstants.confstrNames());
            int[] err = new int[1];
            byte[] r = Libc.confstr(name, err);
            if (r == null) {
                if (err[0] != 0) {
                    throw Fs.error(err[0]);
                }
                return Py.None;
            }
            return Fs.decode(r);
        }),
        NativeFunction.of("strerror", "code, /", (s, a) -> PyStr.of(ErrnoModule.strerror(Abstract.asInt(a[0])))),
        NativeFunction.of("umask", "mask, /", (s, a) -> PyInt.of(Libc.umask(Abstract.asInt(a[0])))),
        NativeFunction.of("urandom", "size, /", (s, a) -> {
            long n = Abstract.asSsize(a[0], PyExc.OverflowError);
            if (n < 0) {
                throw Err.value("negative argument not allowed");
            }
            return random((int) n, 0);
        }),
        NativeFunction.of("getrandom", "size, flags=0", (s, a) -> {
            long n = Abstract.asSsize(a[0], PyExc.OverflowError);
            if (n < 0) {
                throw Fs.error(22);
            }
            return random((int) n, Abstract.asInt(a[1]));
        }),
        NativeFunction.of("putenv", "name, value, /", (s, a) -> {
            byte[] k = fsConvert(a[0]);
            byte[] v = fsConvert(a[1]);
            if (k.length == 0 || indexOf(k, (byte) '=') >= 0) {
                throw Err.value("illegal environment variable name");
            }
            check(Libc.setenv(k, v), null);
            return Py.None;
        }),
        NativeFunction.of("unsetenv", "name, /", (s, a) -> {
            byte[] k = fsConvert(a[0]);
            if (k.length == 0 || indexOf(k, (byte) '=') >= 0) {
                throw Err.value("illegal environment variable name");
            }
            check(Libc.unsetenv(k), null);
            return Py.None;
        }),
        NativeFunction.of("nice", "increment, /", (s, a) -> {
            int r = Libc.nice(Abstract.asInt(a[0]));
            if (r < -1000) {
                throw Fs.error(r - Integer.MIN_VALUE);
            }
            return PyInt.of(r);
        }),
        NativeFunction.of("sched_yield", s -> {
            Thread.yield();
            return Py.None;
        }),
        NativeFunction.of("sync", s -> {
            Libc.sync();
            return Py.None;
        }),
        NativeFunction.of("statvfs", "path", (s, a) -> statvfs(a[0])),
        NativeFunction.of("fstatvfs", "fd, /", (s, a) -> statvfs(PyInt.of(Abstract.asInt(a[0])))),
        NativeFunction.of("register_at_fork", "*, before=NULL, after_in_child=NULL, after_in_parent=NULL", (s, a) -> {
            if (a[0] == null && a[1] == null && a[2] == null) {
                throw Err.type("At least one argument is required.");
            }
            String[] names = {"before", "after_in_child", "after_in_parent"};
            for (int i = 0; i < 3; i++) {
                if (a[i] != null && !Abstract.isCallable(a[i])) {
                    throw Err.type("'%s' must be callable, not %s", names[i], Err.tn(a[i]));
                }
            }
            // Ember cannot fork the JVM, so the callbacks are never called.
            return Py.None;
        }),
    };

    // ---- implementation -------------------------------------------------------------------------

    /** Raises the OSError for a negative (-errno) result. */
    static void check(long r, PyObject filename) {
        if (r < 0) {
            throw Fs.error((int) -r, filename);
        }
    }

    /** PyObject_AsFileDescriptor: an int, or an object with fileno(). */
    public static int fileDescriptor(PyObject o) {
        if (o instanceof PyInt) {
            int fd = Abstract.asInt(o);
            if (fd < 0) {
                throw Err.value("file descriptor cannot be a negative integer (%d)", fd);
            }
            return fd;
        }
        PyObject meth = Abstract.lookupAttr(o, "fileno");
        if (meth == null) {
            throw Err.type("argument must be an int, or have a fileno() method.");
        }
        PyObject r = Abstract.call(meth);
        if (!(r instanceof PyInt)) {
            throw Err.type("fileno() returned a non-integer");
        }
        int fd = Abstract.asInt(r);
        if (fd < 0) {
            throw Err.value("file descriptor cannot be a negative integer (%d)", fd);
        }
        return fd;
    }

    static PyObject statResult(Libc.Stat st) {
        return StructSeq.make(STAT_RESULT, PyInt.of(st.mode), unsignedInt(st.ino),
                unsignedInt(st.dev), PyInt.of(st.nlink), PyInt.of(st.uid), PyInt.of(st.gid), PyInt.of(st.size),
                PyInt.of(st.atimeSec), PyInt.of(st.mtimeSec), PyInt.of(st.ctimeSec),
                new PyFloat(st.atimeSec + st.atimeNsec * 1e-9), new PyFloat(st.mtimeSec + st.mtimeNsec * 1e-9),
                new PyFloat(st.ctimeSec + st.ctimeNsec * 1e-9), nanos(st.atimeSec, st.atimeNsec),
                nanos(st.mtimeSec, st.mtimeNsec), nanos(st.ctimeSec, st.ctimeNsec), PyInt.of(st.blksize),
                PyInt.of(st.blocks), unsignedInt(st.rdev));
    }

    private static PyInt unsigned(long v) {
        return PyInt.of(new java.math.BigInteger(Long.toUnsignedString(v)));
    }

    private static PyInt unsignedInt(long v) {
        return v < 0 ? unsigned(v) : PyInt.of(v);
    }

    private static PyInt nanos(long sec, long nsec) {
        return PyInt.of(java.math.BigInteger.valueOf(sec).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                .add(java.math.BigInteger.valueOf(nsec)));
    }

    static PyObject stat(String fname, PyObject path, PyObject dirFd, boolean follow) {
        Fs.Path p = Fs.path(fname, "path", path, false, true);
        int dfd = Fs.dirFd(dirFd);
        Libc.Stat st = new Libc.Stat();
        int r;
        if (p.bytes == null) {
            if (dfd != Libc.AT_FDCWD) {
                throw Err.value("%s: can't specify dir_fd without matching path", fname);
            }
            if (!follow) {
                throw Err.value("%s: cannot use fd and follow_symlinks together", fname);
            }
            r = Libc.stat(p.fd, null, true, st);
        } else {
            r = Libc.stat(dfd, p.bytes, follow, st);
        }
        if (r < 0) {
            throw Fs.error(-r, p.object);
        }
        return statResult(st);
    }

    public static PyObject fstat(int fd) {
        Libc.Stat st = new Libc.Stat();
        int r = Libc.stat(fd, null, true, st);
        if (r < 0) {
            throw Fs.error(-r);
        }
        return statResult(st);
    }

    static PyObject getcwd(boolean bytes) {
        int[] err = new int[1];
        byte[] cwd = Libc.getcwd(err);
        if (cwd == null) {
            throw Fs.error(err[0]);
        }
        return bytes ? PyBytes.of(cwd) : Fs.decode(cwd);
    }

    static PyObject chdir(PyObject path) {
        Fs.Path p = Fs.path("chdir", "path", path, false, true);
        int r = p.bytes == null ? Libc.fchdir(p.fd) : Libc.chdir(p.bytes);
        check(r, p.object);
        return Py.None;
    }

    static PyObject listdir(PyObject path) {
        Fs.Path p = Fs.path("listdir", "path", path, true, true);
        int[] err = new int[1];
        List<Libc.DirEnt> ents;
        if (p.object == null) {
            ents = Libc.listdir(new byte[] {'.'}, -1, err);
        } else if (p.bytes == null) {
            ents = Libc.listdir(null, p.fd, err);
        } else {
            ents = Libc.listdir(p.bytes, -1, err);
        }
        if (ents == null) {
            throw Fs.error(err[0], p.object == null ? PyStr.of(".") : p.bytes == null ? null : p.object);
        }
        PyObject[] out = new PyObject[ents.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = p.wrap(ents.get(i).name());
        }
        return new PyList(out);
    }

    static PyObject unlink(String fname, PyObject path, PyObject dirFd) {
        Fs.Path p = Fs.path(fname, "path", path, false, false);
        check(Libc.unlinkat(Fs.dirFd(dirFd), p.bytes, 0), p.object);
        return Py.None;
    }

    static PyObject rename(String fname, PyObject src, PyObject dst, PyObject srcDir, PyObject dstDir) {
        Fs.Path s = Fs.path(fname, "src", src, false, false);
        Fs.Path d = Fs.path(fname, "dst", dst, false, false);
        int r = Libc.renameat(Fs.dirFd(srcDir), s.bytes, Fs.dirFd(dstDir), d.bytes);
        if (r < 0) {
            throw Fs.error(-r, s.object, d.object);
        }
        return Py.None;
    }

    static PyObject open(PyObject path, PyObject flags, PyObject mode, PyObject dirFd) {
        Fs.Path p = Fs.path("open", "path", path, false, false);
        int fl = Abstract.asInt(flags) | Libc.O_CLOEXEC;
        int md = Abstract.asInt(mode);
        int dfd = Fs.dirFd(dirFd);
        while (true) {
            int fd = ThreadState.current().interp.gil.releasedWhile(() -> Libc.openat(dfd, p.bytes, fl, md));
            if (fd == -Libc.EINTR) {
                SignalModule.checkPending();
                continue;
            }
            if (fd < 0) {
                throw Fs.error(-fd, p.object);
            }
            return PyInt.of(fd);
        }
    }

    static PyObject read(int fd, long length) {
        if (length < 0) {
            throw Fs.error(22);
        }
        byte[] data = IoModule.readFd(ThreadState.current().interp, fd, (int) Math.min(length, Integer.MAX_VALUE - 16));
        return PyBytes.of(data);
    }

    static PyObject write(int fd, PyObject data) {
        byte[] b = bytesLike(data);
        return PyInt.of(IoModule.writeFd(ThreadState.current().interp, fd, b, 0, b.length));
    }

    static PyObject pread(PyObject fdObj, PyObject lenObj, PyObject offObj) {
        int fd = Abstract.asInt(fdObj);
        long len = Abstract.asSsize(lenObj, PyExc.OverflowError);
        long off = Abstract.asLong(offObj);
        if (len < 0) {
            throw Fs.error(22);
        }
        byte[] buf = new byte[(int) len];
        long r = Libc.pread(fd, buf, (int) len, off);
        check(r, null);
        return PyBytes.of(r == len ? buf : java.util.Arrays.copyOf(buf, (int) r));
    }

    static PyObject pwrite(PyObject fdObj, PyObject data, PyObject offObj) {
        byte[] b = bytesLike(data);
        long r = Libc.pwrite(Abstract.asInt(fdObj), b, b.length, Abstract.asLong(offObj));
        check(r, null);
        return PyInt.of(r);
    }

    /** The contents of a bytes-like object (buffer protocol). */
    public static byte[] bytesLike(PyObject data) {
        if (data instanceof PyBytes b) {
            return b.bytes();
        }
        if (data instanceof BufferProtocol bp) {
            return bp.toByteArray();
        }
        throw Err.type("a bytes-like object is required, not '%s'", Err.tn(data));
    }

    static PyObject pipe(int flags) {
        int[] r = Libc.pipe2(flags);
        if (r.length == 1) {
            throw Fs.error(r[0]);
        }
        return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]));
    }

    public static void setInheritable(int fd, boolean inheritable) {
        int fl = Libc.fcntl(fd, Libc.F_GETFD, 0);
        check(fl, null);
        int nfl = inheritable ? fl & ~Libc.FD_CLOEXEC : fl | Libc.FD_CLOEXEC;
        if (nfl != fl) {
            check(Libc.fcntl(fd, Libc.F_SETFD, nfl), null);
        }
    }

    static PyObject chmod(PyObject[] a) {
        Fs.Path p = Fs.path("chmod", "path", a[0], false, true);
        int mode = Abstract.asInt(a[1]);
        int dfd = Fs.dirFd(a[2]);
        boolean follow = Abstract.isTrue(a[3]);
        int r;
        if (p.bytes == null) {
            r = Libc.fchmod(p.fd, mode);
        } else {
            r = Libc.fchmodat(dfd, p.bytes, mode, follow ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
            if (r == -95 && !follow) { // ENOTSUP
                if (dfd != Libc.AT_FDCWD) {
                    throw Err.value("chmod: cannot use dir_fd and follow_symlinks together");
                }
                throw Err.notImplemented("chmod: follow_symlinks unavailable on this platform");
            }
        }
        check(r, p.object);
        return Py.None;
    }

    private static int idValue(PyObject o) {
        long v = Abstract.asLong(o);
        if (v < -1 || v > 0xffffffffL) {
            throw Err.overflow("uid is greater than maximum");
        }
        return (int) v;
    }

    static PyObject chown(String fname, PyObject path, PyObject uid, PyObject gid, PyObject dirFd, boolean follow) {
        Fs.Path p = Fs.path(fname, "path", path, false, fname.equals("chown"));
        int u = idValue(uid);
        int g = idValue(gid);
        int r = p.bytes == null ? Libc.fchown(p.fd, u, g)
                : Libc.fchownat(Fs.dirFd(dirFd), p.bytes, u, g, follow ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
        check(r, p.object);
        return Py.None;
    }

    /** Splits a time given as int or float into seconds and nanoseconds, rounding toward -inf. */
    static long[] toTimespec(PyObject o) {
        if (o instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) {
                throw Err.value("Invalid value NaN (not a number)");
            }
            double intpart = d < 0 ? Math.ceil(d) : Math.floor(d);
            double frac = (d - intpart) * 1e9;
            frac = Math.floor(frac);
            if (frac >= 1e9) {
                frac -= 1e9;
                intpart += 1.0;
            } else if (frac < 0) {
                frac += 1e9;
                intpart -= 1.0;
            }
            if (intpart >= 9.2e18 || intpart <= -9.2e18) {
                throw Err.overflow("timestamp out of range for platform time_t");
            }
            return new long[] {(long) intpart, (long) frac};
        }
        return new long[] {Abstract.asLong(o), 0};
    }

    static PyObject utime(PyObject[] a) {
        Fs.Path p = Fs.path("utime", "path", a[0], false, true);
        PyObject times = a[1];
        PyObject ns = a[2];
        long[] ts = null;
        if (times != Py.None && ns != null) {
            throw Err.value("utime: you may specify either 'times' or 'ns' but not both");
        }
        if (times != Py.None) {
            if (!(times instanceof PyTuple t) || t.size() != 2) {
                throw Err.type("utime: 'times' must be either a tuple of two ints or None");
            }
            long[] at = toTimespec(t.get(0));
            long[] mt = toTimespec(t.get(1));
            ts = new long[] {at[0], at[1], mt[0], mt[1]};
        } else if (ns != null) {
            if (!(ns instanceof PyTuple t) || t.size() != 2) {
                throw Err.type("utime: 'ns' must be a tuple of two ints");
            }
            ts = new long[4];
            for (int i = 0; i < 2; i++) {
                PyObject[] dm = ((PyTuple) Abstract.divmod(Abstract.index(t.get(i)), PyInt.of(1_000_000_000L))).items();
                ts[2 * i] = Abstract.asLong(dm[0]);
                ts[2 * i + 1] = Abstract.asLong(dm[1]);
            }
        }
        int dfd = Fs.dirFd(a[3]);
        boolean follow = Abstract.isTrue(a[4]);
        int r;
        if (p.bytes == null) {
            r = Libc.utimens(0, null, p.fd, ts, true);
        } else {
            r = Libc.utimens(dfd, p.bytes, -1, ts, follow);
        }
        check(r, p.object);
        return Py.None;
    }

    /** os.fspath(path). */
    public static PyObject fspathOf(PyObject path) {
        return fspath(path);
    }

    static PyObject fspath(PyObject path) {
        if (path instanceof PyStr || path instanceof PyBytes) {
            return path;
        }
        PyObject func = path.type.lookup("__fspath__");
        if (func == null) {
            throw Err.type("expected str, bytes or os.PathLike object, not %s", Err.tn(path));
        }
        PyObject r = Abstract.callBound(func, path);
        if (!(r instanceof PyStr) && !(r instanceof PyBytes)) {
            throw Err.type("expected %s.__fspath__() to return str or bytes, not %s", Err.tn(path), Err.tn(r));
        }
        return r;
    }

    static byte[] fsConvert(PyObject o) {
        if (o instanceof PyBytes b) {
            byte[] v = b.bytes();
            if (indexOf(v, (byte) 0) >= 0) {
                throw Err.value("embedded null byte");
            }
            return v;
        }
        PyObject f = fspath(o);
        if (f instanceof PyBytes) {
            return fsConvert(f);
        }
        PyStr s = (PyStr) f;
        if (s.value.indexOf('\0') >= 0) {
            throw Err.value("embedded null byte");
        }
        return Fs.encode(s);
    }

    static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    static PyObject waitpid(int pid, int options) {
        while (true) {
            int[] r = ThreadState.current().interp.gil.releasedWhile(() -> Libc.waitpid(pid, options));
            if (r.length == 1) {
                if (r[0] == Libc.EINTR) {
                    SignalModule.checkPending();
                    continue;
                }
                throw Fs.error(r[0]);
            }
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]));
        }
    }

    static PyObject exec(String fname, PyObject path, PyObject argv, PyObject env) {
        Fs.Path p = Fs.path(fname, "path", path, false, false);
        if (!(argv instanceof PyList) && !(argv instanceof PyTuple)) {
            throw Err.type("%s() arg 2 must be a tuple or list", fname);
        }
        PyObject[] items = Abstract.toArray(argv);
        if (items.length == 0) {
            throw Err.value("%s() arg 2 must not be empty", fname);
        }
        byte[][] av = new byte[items.length][];
        for (int i = 0; i < items.length; i++) {
            av[i] = fsConvert(items[i]);
        }
        if (av[0].length == 0) {
            throw Err.value("%s() arg 2 first element cannot be empty", fname);
        }
        byte[][] ev = null;
        if (env != null) {
            if (!Abstract.isMapping(env)) {
                throw Err.type("env must be a mapping object");
            }
            PyObject keys = Abstract.callMethod(env, "keys");
            List<byte[]> list = new ArrayList<>();
            for (PyObject k : Abstract.toArray(keys)) {
                byte[] kb = fsConvert(k);
                if (kb.length == 0 || indexOf(kb, (byte) '=') >= 0) {
                    throw Err.value("illegal environment variable name");
                }
                byte[] vb = fsConvert(Abstract.getItem(env, k));
                byte[] kv = new byte[kb.length + 1 + vb.length];
                System.arraycopy(kb, 0, kv, 0, kb.length);
                kv[kb.length] = '=';
                System.arraycopy(vb, 0, kv, kb.length + 1, vb.length);
                list.add(kv);
            }
            ev = list.toArray(new byte[0][]);
        }
        IoModule.flushStdio(ThreadState.current().interp);
        int r = Libc.execve(p.bytes, av, ev);
        throw Fs.error(-r);
    }

    static int confName(PyObject name, Object[] table) {
        if (name instanceof PyInt) {
            return Abstract.asInt(name);
        }
        if (name instanceof PyStr s) {
            for (int i = 0; i < table.length; i += 2) {
                if (table[i].equals(s.value)) {
                    return (Integer) table[i + 1];
                }
            }
            throw Err.value("unrecognized configuration name");
        }
        throw Err.type("configuration names must be strings or integers");
    }

    static PyObject random(int n, int flags) {
        int[] err = new int[1];
        byte[] b = Libc.getrandom(n, flags, err);
        if (b == null) {
            throw Fs.error(err[0]);
        }
        return PyBytes.of(b);
    }

    static PyObject statvfs(PyObject path) {
        Fs.Path p = Fs.path("statvfs", "path", path, false, true);
        long[] v = Libc.statvfs(p.bytes, p.fd);
        if (v.length == 1) {
            throw Fs.error((int) v[0], p.object);
        }
        PyObject[] out = new PyObject[11];
        for (int i = 0; i < 10; i++) {
            out[i] = PyInt.of(v[i]);
        }
        out[10] = PyInt.of(v[10]);
        return StructSeq.make(STATVFS_RESULT, out);
    }

    static PyObject scandir(PyObject path) {
        Fs.Path p = Fs.path("scandir", "path", path, true, true);
        int[] err = new int[1];
        List<Libc.DirEnt> ents;
        PyObject dirPath;
        if (p.object == null) {
            ents = Libc.listdir(new byte[] {'.'}, -1, err);
            dirPath = PyStr.of(".");
        } else if (p.bytes == null) {
            ents = Libc.listdir(null, p.fd, err);
            dirPath = null;
        } else {
            ents = Libc.listdir(p.bytes, -1, err);
            dirPath = p.object;
        }
        if (ents == null) {
            throw Fs.error(err[0], p.object == null ? PyStr.of(".") : p.bytes == null ? null : p.object);
        }
        return new ScandirIterator(ents, p, dirPath);
    }

    // ---- scandir --------------------------------------------------------------------------------

    /** posix.ScandirIterator: the iterator (and context manager) scandir() returns. */
    static final class ScandirIterator extends PyObject {
        static final PyType TYPE = PyType.builtin("ScandirIterator", ScandirIterator.class, ScandirIterator::define);

        final List<Libc.DirEnt> entries;
        final Fs.Path path;
        final PyObject dirPath;
        int next;
        boolean closed;

        ScandirIterator(List<Libc.DirEnt> entries, Fs.Path path, PyObject dirPath) {
            super(TYPE);
            this.entries = entries;
            this.path = path;
            this.dirPath = dirPath;
        }

        static void define(PyType t) {
            t.module("posix").flags(PyType.DISALLOW_INSTANTIATION);
            t.tp_iter = self -> self;
            t.tp_iternext = self -> {
                ScandirIterator it = (ScandirIterator) self;
                if (it.closed || it.next >= it.entries.size()) {
                    it.closed = true;
                    return null;
                }
                return new DirEntry(it, it.entries.get(it.next++));
            };
            t.method0("close", self -> {
                ((ScandirIterator) self).closed = true;
                return Py.None;
            });
            t.method0("__enter__", self -> self);
            t.methodV("__exit__", (self, args, kw) -> {
                ((ScandirIterator) self).closed = true;
                return Py.False;
            });
            t.tp_repr = self -> PyStr.of("<posix.ScandirIterator object at " + Abstract.addressOf(self) + ">");
        }
    }

    /** posix.DirEntry: one entry of a scandir() listing, caching its stat results. */
    public static final class DirEntry extends PyObject implements Instance {
        static final PyType TYPE = PyType.builtin("DirEntry", DirEntry.class, DirEntry::define);
        private static final int DT_UNKNOWN = 0;
        private static final int DT_DIR = 4;
        private static final int DT_REG = 8;
        private static final int DT_LNK = 10;

        final PyObject name;
        final PyObject path;
        final byte[] nameBytes;
        final byte[] pathBytes;
        final int dirFd;
        final int dType;
        final long ino;
        PyObject stat;
        PyObject lstat;
        private PyDict dict;

        DirEntry(ScandirIterator it, Libc.DirEnt e) {
            super(TYPE);
            this.nameBytes = e.name();
            this.name = it.path.wrap(e.name());
            this.dType = e.type();
            this.ino = e.ino();
            if (it.dirPath == null) {
                this.path = name;
                this.pathBytes = e.name();
                this.dirFd = it.path.fd;
            } else {
                byte[] dir = it.path.bytes == null ? new byte[] {'.'} : it.path.bytes;
                boolean slash = dir.length > 0 && dir[dir.length - 1] == '/';
                byte[] full = new byte[dir.length + (slash ? 0 : 1) + nameBytes.length];
                System.arraycopy(dir, 0, full, 0, dir.length);
                if (!slash) {
                    full[dir.length] = '/';
                }
                System.arraycopy(nameBytes, 0, full, full.length - nameBytes.length, nameBytes.length);
                this.pathBytes = full;
                this.path = it.path.wrap(full);
                this.dirFd = Libc.AT_FDCWD;
            }
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
            return null;
        }

        PyObject fetchStat(boolean follow) {
            Libc.Stat st = new Libc.Stat();
            int r = dirFd == Libc.AT_FDCWD ? Libc.stat(Libc.AT_FDCWD, pathBytes, follow, st)
                    : Libc.stat(dirFd, nameBytes, follow, st);
            if (r < 0) {
                throw Fs.error(-r, path);
            }
            return statResult(st);
        }

        PyObject getLstat() {
            if (lstat == null) {
                lstat = fetchStat(false);
            }
            return lstat;
        }

        PyObject getStat(boolean follow) {
            if (!follow) {
                return getLstat();
            }
            if (stat == null) {
                if (isSymlink()) {
                    stat = fetchStat(true);
                } else {
                    stat = getLstat();
                }
            }
            return stat;
        }

        boolean isSymlink() {
            if (dType != DT_UNKNOWN) {
                return dType == DT_LNK;
            }
            return testMode(false, 0120000);
        }

        boolean testMode(boolean follow, int modeBits) {
            if (dType == DT_UNKNOWN || follow && dType == DT_LNK) {
                PyObject st;
                try {
                    st = getStat(follow);
                } catch (PyException e) {
                    if (e.matches(PyExc.FileNotFoundError)) {
                        return false;
                    }
                    throw e;
                }
                int mode = Abstract.asInt(((StructSeq) st).get(0));
                return (mode & 0170000) == modeBits;
            }
            return modeBits == 0040000 ? dType == DT_DIR : modeBits == 0100000 ? dType == DT_REG : dType == DT_LNK;
        }

        static void define(PyType t) {
            t.module("posix").flags(PyType.DISALLOW_INSTANTIATION | PyType.HAS_WEAKREF);
            t.getset("name", self -> ((DirEntry) self).name);
            t.getset("path", self -> ((DirEntry) self).path);
            t.method0("inode", self -> PyInt.of(((DirEntry) self).ino));
            t.method("is_dir", "*, follow_symlinks=True",
                    (self, a) -> Py.bool(((DirEntry) self).testMode(Abstract.isTrue(a[0]), 0040000)));
            t.method("is_file", "*, follow_symlinks=True",
                    (self, a) -> Py.bool(((DirEntry) self).testMode(Abstract.isTrue(a[0]), 0100000)));
            t.method0("is_symlink", self -> Py.bool(((DirEntry) self).isSymlink()));
            t.method("stat", "*, follow_symlinks=True", (self, a) -> ((DirEntry) self).getStat(Abstract.isTrue(a[0])));
            t.method0("__fspath__", self -> ((DirEntry) self).path);
            t.tp_repr = self -> PyStr.of("<DirEntry " + Abstract.reprJava(((DirEntry) self).name) + ">");
            t.classMethod("__class_getitem__", NativeFunction.of("__class_getitem__",
                    (cls, item) -> Abstract.call(org.ember.objects.GenericAlias.TYPE, cls, item)));
        }
    }
}
