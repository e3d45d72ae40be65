package org.ember.modules.io;

import java.io.ByteArrayOutputStream;

import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/** _io.FileIO: raw binary I/O on an operating system file descriptor. */
public final class FileIO extends IOBase {
    public static final PyType TYPE = PyType.builtin("FileIO", FileIO.class, FileIO::define);

    private static final PyStr S_NAME = PyStr.immortal("name");

    int fd = -1;
    boolean created;
    boolean readable;
    boolean writable;
    boolean appending;
    /** -1 unknown, 0 no, 1 yes. */
    int seekable = -1;
    boolean closefd = true;
    boolean finalizing;
    int blksize;

    public FileIO(PyType type) {
        super(type);
    }

    @Override
    boolean isClosedJava() {
        return fd < 0;
    }

    public int fd() {
        return fd;
    }

    static PyException errClosed() {
        return Err.value("I/O operation on closed file");
    }

    private void checkOpen() {
        if (fd < 0) {
            throw errClosed();
        }
    }

    private static PyException badMode() {
        return Err.value("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    /** FileIO(file, mode, closefd, opener) from Java. */
    static FileIO create(PyType type, PyObject file, String mode, boolean closefd, PyObject opener) {
        FileIO f = new FileIO(type);
        f.init(file, mode, closefd, opener);
        return f;
    }

    void init(PyObject nameobj, String mode, boolean closefdArg, PyObject opener) {
        if (fd >= 0) {
            if (closefd) {
                internalClose();
            } else {
                fd = -1;
            }
        }
        int newFd = -1;
        if (nameobj instanceof PyFloat) {
            throw Err.type("integer argument expected, got float");
        }
        if (Abstract.hasIndex(nameobj)) {
            PyInt v = Abstract.index(nameobj);
            if (!v.isSmall() || v.longValue() > Integer.MAX_VALUE || v.longValue() < Integer.MIN_VALUE) {
                throw Err.overflow("Python int too large to convert to C int");
            }
            newFd = (int) v.longValue();
            if (newFd < 0) {
                throw Err.value("negative file descriptor");
            }
        }
        byte[] path = null;
        if (newFd < 0) {
            path = fsConverter(nameobj);
        }
        boolean rwa = false;
        boolean plus = false;
        int flags = 0;
        created = readable = writable = appending = false;
        for (int i = 0; i < mode.length(); i++) {
            switch (mode.charAt(i)) {
                case 'x' -> {
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = true;
                    created = true;
                    writable = true;
                    flags |= 0200 | 0100; // O_EXCL | O_CREAT
                }
                case 'r' -> {
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = true;
                    readable = true;
                }
                case 'w' -> {
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = true;
                    writable = true;
                    flags |= 0100 | 01000; // O_CREAT | O_TRUNC
                }
                case 'a' -> {
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = true;
                    writable = true;
                    appending = true;
                    flags |= 02000 | 0100; // O_APPEND | O_CREAT
                }
                case 'b' -> { }
                case '+' -> {
                    if (plus) {
                        throw badMode();
                    }
                    readable = writable = true;
                    plus = true;
                }
                default -> throw Err.value("invalid mode: %s", mode);
            }
        }
        if (!rwa) {
            throw badMode();
        }
        flags |= readable && writable ? 2 : readable ? 0 : 1;
        flags |= Libc.O_CLOEXEC;
        Interpreter interp = ThreadState.current().interp;
        boolean opened = false;
        if (newFd >= 0) {
            fd = newFd;
            closefd = closefdArg;
        } else {
            closefd = true;
            if (!closefdArg) {
                throw Err.value("Cannot use closefd=False with file name");
            }
            if (opener == null || opener == Py.None) {
                byte[] p = path;
                int fl = flags;
                while (true) {
                    int r = interp.gil.releasedWhile(() -> Libc.openat(Libc.AT_FDCWD, p, fl, 0666));
                    if (r == -Libc.EINTR) {
                        org.ember.modules.SignalModule.checkPending();
                        continue;
                    }
                    if (r < 0) {
                        throw Fs.error(-r, nameobj);
                    }
                    fd = r;
                    break;
                }
            } else {
                PyObject r = Abstract.call(opener, nameobj, PyInt.of(flags));
                if (!(r instanceof PyInt)) {
                    throw Err.type("expected integer from opener");
                }
                int v = Abstract.asInt(r);
                if (v < 0) {
                    throw Err.value("opener returned %d", v);
                }
                fd = v;
                org.ember.modules.PosixModule.setInheritable(fd, false);
            }
            opened = true;
        }
        blksize = IoModule.DEFAULT_BUFFER_SIZE;
        if (!IoModule.redirected(interp, fd)) {
            Libc.Stat st = new Libc.Stat();
            int r = Libc.stat(fd, null, true, st);
            if (r < 0) {
                if (-r == 9) { // EBADF
                    int e = -r;
                    if (opened) {
                        internalClose();
                    }
                    throw Fs.error(e);
                }
            } else {
                if ((st.mode & 0170000) == 0040000) {
                    if (opened) {
                        Libc.close(fd);
                        fd = -1;
                    }
                    throw Fs.error(21, nameobj);
                }
                if (st.blksize > 1) {
                    blksize = (int) st.blksize;
                }
            }
        }
        getDict().putStr("name", nameobj);
        if (appending) {
            long r = Libc.lseek(fd, 0, 2);
            if (r < 0 && -r != 29) { // ESPIPE is fine (pipes)
                throw Fs.error((int) -r);
            }
        }
    }

    static byte[] fsConverter(PyObject o) {
        PyObject p = o;
        if (!(p instanceof PyStr) && !(p instanceof PyBytes)) {
            p = org.ember.modules.PosixModule.fspathOf(p);
        }
        if (p instanceof PyBytes b) {
            for (byte x : b.bytes()) {
                if (x == 0) {
                    throw Err.value("embedded null byte");
                }
            }
            return b.bytes();
        }
        PyStr s = (PyStr) p;
        if (s.value.indexOf('\0') >= 0) {
            throw Err.value("embedded null byte");
        }
        return Fs.encode(s);
    }

    private int internalClose() {
        int f = fd;
        fd = -1;
        if (f >= 0) {
            int r = Libc.close(f);
            if (r < 0) {
                throw Fs.error(-r);
            }
        }
        return 0;
    }

    boolean isattyJava() {
        checkOpen();
        return IoModule.isatty(fd);
    }

    String modeString() {
        if (created) {
            return readable ? "xb+" : "xb";
        }
        if (appending) {
            return readable ? "ab+" : "ab";
        }
        if (readable) {
            return writable ? "rb+" : "rb";
        }
        return "wb";
    }

    // ---- operations used by the buffered layer -------------------------------------------------

    /** read(2) into b; returns the count, -1 for EAGAIN (no data yet). Raises OSError. */
    int readInto(byte[] b, int off, int len) {
        checkOpen();
        if (!readable) {
            throw IoModule.unsupported("File not open for reading");
        }
        long r = IoModule.readRaw(ThreadState.current().interp, fd, b, off, len);
        if (r < 0) {
            if (r == -Libc.EAGAIN) {
                return -1;
            }
            throw Fs.error((int) -r);
        }
        return (int) r;
    }

    /** write(2) of b; returns the count, -1 for EAGAIN. Raises OSError. */
    int writeFrom(byte[] b, int off, int len) {
        checkOpen();
        if (!writable) {
            throw IoModule.unsupported("File not open for writing");
        }
        long r = IoModule.writeRaw(ThreadState.current().interp, fd, b, off, len);
        if (r < 0) {
            if (r == -Libc.EAGAIN) {
                return -1;
            }
            throw Fs.error((int) -r);
        }
        return (int) r;
    }

    long seekJava(long pos, int whence) {
        checkOpen();
        long r = Libc.lseek(fd, pos, whence);
        if (r < 0) {
            throw Fs.error((int) -r);
        }
        seekable = 1;
        return r;
    }

    PyObject read(long size) {
        checkOpen();
        if (!readable) {
            throw IoModule.unsupported("File not open for reading");
        }
        if (size < 0) {
            return readall();
        }
        int n = (int) Math.min(size, Integer.MAX_VALUE - 16);
        byte[] buf = new byte[n];
        int r = readInto(buf, 0, n);
        if (r < 0) {
            return Py.None;
        }
        return PyBytes.of(r == n ? buf : java.util.Arrays.copyOf(buf, r));
    }

    PyObject readall() {
        checkOpen();
        if (!readable) {
            throw IoModule.unsupported("File not open for reading");
        }
        long end = -1;
        Libc.Stat st = new Libc.Stat();
        if (!IoModule.redirected(ThreadState.current().interp, fd) && Libc.stat(fd, null, true, st) == 0) {
            end = st.size;
        }
        long pos = Libc.lseek(fd, 0, 1);
        int bufsize;
        if (end > 0 && pos >= 0 && end >= pos && end - pos < Integer.MAX_VALUE - 16) {
            bufsize = (int) (end - pos + 1);
        } else {
            bufsize = 8192;
        }
        ByteArrayOutputStream out = null;
        byte[] buf = new byte[bufsize];
        int total = 0;
        while (true) {
            if (total >= buf.length) {
                int grow = total <= 65536 ? total : total + (total >> 2);
                buf = java.util.Arrays.copyOf(buf, Math.max(total + 8192, total + grow));
            }
            int r = readInto(buf, total, buf.length - total);
            if (r == 0) {
                break;
            }
            if (r < 0) {
                if (total > 0) {
                    break;
                }
                return Py.None;
            }
            total += r;
        }
        return PyBytes.of(total == buf.length ? buf : java.util.Arrays.copyOf(buf, total));
    }

    PyObject truncate(PyObject sizeObj) {
        checkOpen();
        if (!writable) {
            throw IoModule.unsupported("File not open for writing");
        }
        PyObject size = sizeObj;
        if (size == null || size == Py.None) {
            size = PyInt.of(seekJava(0, 1));
        }
        long n = Abstract.asLong(size);
        int r = Libc.ftruncate(fd, n);
        if (r < 0) {
            throw Fs.error(-r);
        }
        return size;
    }

    boolean seekableJava() {
        checkOpen();
        if (seekable < 0) {
            long r = Libc.lseek(fd, 0, 1);
            seekable = r < 0 ? 0 : 1;
        }
        return seekable == 1;
    }

    PyObject close() {
        PyException err = null;
        try {
            IOBase.close(this);
        } catch (PyException e) {
            err = e;
        }
        if (!closefd) {
            fd = -1;
        } else {
            try {
                internalClose();
            } catch (PyException e) {
                if (err == null) {
                    err = e;
                } else {
                    e.value.context = err.value;
                    err = e;
                }
            }
        }
        if (err != null) {
            throw err;
        }
        return Py.None;
    }

    static PyObject repr(PyObject self) {
        FileIO f = (FileIO) self;
        String tn = IoModule.typeName(self);
        if (f.fd < 0) {
            return PyStr.of("<" + tn + " [closed]>");
        }
        ThreadState ts = ThreadState.current();
        if (!ts.reprEnter(self)) {
            throw Err.runtime("reentrant call inside %s.__repr__", tn);
        }
        try {
            PyObject name = Abstract.lookupAttr(self, S_NAME);
            String cf = f.closefd ? "True" : "False";
            if (name == null) {
                return PyStr.of("<" + tn + " fd=" + f.fd + " mode='" + f.modeString() + "' closefd=" + cf + ">");
            }
            return PyStr.of("<" + tn + " name=" + Abstract.reprJava(name) + " mode='" + f.modeString() + "' closefd=" + cf
                    + ">");
        } finally {
            ts.reprLeave(self);
        }
    }

    private static FileIO self(PyObject o) {
        return (FileIO) o;
    }

    private static void define(PyType t) {
        t.base(RawIOBase.TYPE).module("_io").flags(PyType.BASETYPE | PyType.HAS_DICT | PyType.HAS_WEAKREF);
        t.doc("FileIO(file, mode='r', closefd=True, opener=None)\n--\n\nOpen a file.\n\nThe mode can be 'r' "
                + "(default), 'w', 'x' or 'a' for reading,\nwriting, exclusive creation or appending.  The file will be "
                + "created if it\ndoesn't exist when opened for writing or appending; it will be truncated\nwhen "
                + "opened for writing.  A FileExistsError will be raised if it already\nexists when opened for "
                + "creating. Opening a file for creating implies\nwriting so this mode behaves in a similar way to "
                + "'w'.Add a '+' to the mode\nto allow simultaneous reading and writing. A custom opener can be used "
                + "by\npassing a callable as *opener*. The underlying file descriptor for the file\nobject is then "
                + "obtained by calling opener with (*name*, *flags*).\n*opener* must return an open file descriptor "
                + "(passing os.open as *opener*\nresults in functionality similar to passing None).");
        t.tp_alloc = FileIO::new;
        t.tp_new = (type, args, kw) -> type.tp_alloc.alloc(type);
        ArgParser initArgs = new ArgParser("FileIO", "file, mode='r', closefd=True, opener=None");
        t.tp_init = (self, args, kw) -> {
            PyObject[] a = initArgs.bind(args, kw);
            if (!(a[1] instanceof PyStr m)) {
                throw Err.type("FileIO() argument 'mode' must be str, not %s", Err.tn(a[1]));
            }
            self(self).init(a[0], m.value, Abstract.isTrue(a[2]), a[3]);
        };
        t.tp_repr = FileIO::repr;
        t.method("read", "size=-1, /", (self, a) -> self(self).read(IOBase.sizeArg(a[0])));
        t.method0("readall", self -> self(self).readall());
        t.method1("readinto", (self, b) -> {
            FileIO f = self(self);
            f.checkOpen();
            if (!f.readable) {
                throw IoModule.unsupported("File not open for reading");
            }
            int len = IoModule.bufferLength(b);
            byte[] tmp = new byte[len];
            int r = f.readInto(tmp, 0, len);
            if (r < 0) {
                return Py.None;
            }
            IoModule.fillBuffer(b, tmp, 0, r);
            return PyInt.of(r);
        });
        t.method1("write", (self, b) -> {
            FileIO f = self(self);
            f.checkOpen();
            if (!f.writable) {
                throw IoModule.unsupported("File not open for writing");
            }
            byte[] data = IoModule.bytesOf(b);
            int r = f.writeFrom(data, 0, data.length);
            return r < 0 ? Py.None : PyInt.of(r);
        });
        t.method("seek", "pos, whence=0, /", (self, a) -> {
            FileIO f = self(self);
            if (a[0] instanceof PyFloat) {
                throw Err.type("an integer is required");
            }
            f.checkOpen();
            long pos = Abstract.asLong(a[0]);
            int whence = Abstract.asInt(a[1]);
            return PyInt.of(f.seekJava(pos, whence));
        });
        t.method0("tell", self -> PyInt.of(self(self).seekJava(0, 1)));
        t.method("truncate", "size=None, /", (self, a) -> self(self).truncate(a[0]));
        t.method0("close", self -> self(self).close());
        t.method0("seekable", self -> Py.bool(self(self).seekableJava()));
        t.method0("readable", self -> {
            self(self).checkOpen();
            return Py.bool(self(self).readable);
        });
        t.method0("writable", self -> {
            self(self).checkOpen();
            return Py.bool(self(self).writable);
        });
        t.method0("fileno", self -> {
            self(self).checkOpen();
            return PyInt.of(self(self).fd);
        });
        t.method0("isatty", self -> Py.bool(self(self).isattyJava()));
        t.method1("_dealloc_warn", (self, source) -> Py.None);
        t.method0("__getstate__", self -> {
            throw Err.type("cannot pickle '%s' object", self.type.getFullName());
        });
        t.getset("closed", self -> Py.bool(self(self).fd < 0));
        t.getset("closefd", self -> Py.bool(self(self).closefd));
        t.getset("mode", self -> PyStr.of(self(self).modeString()));
        t.getset("_blksize", self -> PyInt.of(self(self).blksize));
        t.getset("_finalizing", self -> Py.bool(self(self).finalizing));
    }
}
