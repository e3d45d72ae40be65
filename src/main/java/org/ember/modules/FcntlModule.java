package org.ember.modules;

import org.ember.modules.io.Fs;
import org.ember.modules.io.Libc;
import org.ember.objects.Abstract;
import org.ember.objects.BufferProtocol;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/** Module fcntl: fcntl(), ioctl(), flock() and lockf() on file descriptors. */
public final class FcntlModule {
    private FcntlModule() {}

    private static final Object[] CONSTANTS = {"DN_ACCESS", 1L, "DN_ATTRIB", 32L, "DN_CREATE", 4L, "DN_DELETE", 8L,
        "DN_MODIFY", 2L, "DN_MULTISHOT", 2147483648L, "DN_RENAME", 16L, "FASYNC", 8192L, "FD_CLOEXEC", 1L,
        "F_ADD_SEALS", 1033L, "F_DUPFD", 0L, "F_DUPFD_CLOEXEC", 1030L, "F_EXLCK", 4L, "F_GETFD", 1L, "F_GETFL", 3L,
        "F_GETLEASE", 1025L, "F_GETLK", 5L, "F_GETLK64", 5L, "F_GETOWN", 9L, "F_GETPIPE_SZ", 1032L, "F_GETSIG", 11L,
        "F_GET_SEALS", 1034L, "F_NOTIFY", 1026L, "F_OFD_GETLK", 36L, "F_OFD_SETLK", 37L, "F_OFD_SETLKW", 38L,
        "F_RDLCK", 0L, "F_SEAL_GROW", 4L, "F_SEAL_SEAL", 1L, "F_SEAL_SHRINK", 2L, "F_SEAL_WRITE", 8L, "F_SETFD", 2L,
        "F_SETFL", 4L, "F_SETLEASE", 1024L, "F_SETLK", 6L, "F_SETLK64", 6L, "F_SETLKW", 7L, "F_SETLKW64", 7L,
        "F_SETOWN", 8L, "F_SETPIPE_SZ", 1031L, "F_SETSIG", 10L, "F_SHLCK", 8L, "F_UNLCK", 2L, "F_WRLCK", 1L,
        "LOCK_EX", 2L, "LOCK_MAND", 32L, "LOCK_NB", 4L, "LOCK_READ", 64L, "LOCK_RW", 192L, "LOCK_SH", 1L,
        "LOCK_UN", 8L, "LOCK_WRITE", 128L};

    static PyObject call(PyObject fdObj, PyObject cmdObj, PyObject arg, boolean ioctl, String fname) {
        int fd = PosixModule.fileDescriptor(fdObj);
        long cmd = ioctl ? Abstract.asLong(cmdObj) & 0xffffffffL : Abstract.asInt(cmdObj);
        if (arg instanceof PyStr || arg instanceof PyBytes || arg instanceof BufferProtocol) {
            byte[] b = arg instanceof PyStr s ? s.value.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                    : PosixModule.bytesLike(arg);
            if (b.length > 1024) {
                throw Err.value("%s string arg too long", fname);
            }
            byte[] copy = b.clone();
            int r = ThreadState.current().interp.gil.releasedWhile(() -> Libc.fcntlBuffer(fd, cmd, copy, ioctl));
            if (r < 0) {
                throw Fs.error(-r);
            }
            return PyBytes.of(copy);
        }
        long v = arg == null ? 0 : Abstract.asLong(arg);
        int r = ThreadState.current().interp.gil.releasedWhile(
                () -> ioctl ? Libc.ioctlInt(fd, cmd, v) : Libc.fcntl(fd, (int) cmd, (int) v));
        if (r < 0) {
            throw Fs.error(-r);
        }
        return PyInt.of(r);
    }

    private static final NativeFunction[] FUNCTIONS = {
        NativeFunction.of("fcntl", "fd, cmd, arg=0, /", (s, a) -> call(a[0], a[1], a[2], false, "fcntl")),
        NativeFunction.of("ioctl", "fd, request, arg=0, mutate_flag=True, /", (s, a) -> call(a[0], a[1], a[2], true, "ioctl")),
        NativeFunction.of("flock", "fd, operation, /", (s, a) -> {
            int fd = PosixModule.fileDescriptor(a[0]);
            int op = Abstract.asInt(a[1]);
            int r = ThreadState.current().interp.gil.releasedWhile(() -> Libc.flock(fd, op));
            if (r < 0) {
                throw Fs.error(-r);
            }
            return Py.None;
        }),
        NativeFunction.of("lockf", "fd, cmd, len=0, start=0, whence=0, /", (s, a) -> {
            int fd = PosixModule.fileDescriptor(a[0]);
            int code = Abstract.asInt(a[1]);
            short type;
            if (code == 8) { // LOCK_UN
                type = 2; // F_UNLCK
            } else if ((code & 1) != 0) { // LOCK_SH
                type = 0; // F_RDLCK
            } else if ((code & 2) != 0) { // LOCK_EX
                type = 1; // F_WRLCK
            } else {
                throw Err.value("unrecognized lockf argument");
            }
            java.nio.ByteBuffer fl = java.nio.ByteBuffer.allocate(32).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            fl.putShort(0, type);
            fl.putShort(2, (short) Abstract.asInt(a[4]));
            fl.putLong(8, Abstract.asLong(a[3]));
            fl.putLong(16, Abstract.asLong(a[2]));
            byte[] buf = fl.array();
            int cmd = (code & 4) != 0 ? 6 : 7; // F_SETLK : F_SETLKW
            int r = ThreadState.current().interp.gil.releasedWhile(() -> Libc.fcntlBuffer(fd, cmd, buf, false));
            if (r < 0) {
                throw Fs.error(-r);
            }
            return Py.None;
        }),
    };

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("fcntl");
        m.put("__doc__", PyStr.of("This module performs file control and I/O control on file\ndescriptors.  It is "
                + "an interface to the fcntl() and ioctl() Unix\nroutines.  File descriptors can be obtained with "
                + "the fileno() method of\na file or socket object."));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        for (int i = 0; i < CONSTANTS.length; i += 2) {
            m.put((String) CONSTANTS[i], PyInt.of((Long) CONSTANTS[i + 1]));
        }
        return m;
    }
}
