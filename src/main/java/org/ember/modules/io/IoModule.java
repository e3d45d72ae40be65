package org.ember.modules.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PySlice;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.objects.Warnings;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/**
 * Module _io: the I/O stack (FileIO, BytesIO, StringIO, the buffered classes, TextIOWrapper),
 * open(), and the per-interpreter I/O state: the UnsupportedOperation class, whether fds 0/1/2
 * are the process's real descriptors or the interpreter's Java streams (in-process embedding and
 * test harnesses), and the objects that hold unwritten data to flush at exit.
 */
public final class IoModule {
    private IoModule() {}

    public static final int DEFAULT_BUFFER_SIZE = 8192;

    /** Per-interpreter state of the _io module. */
    public static final class State {
        final Interpreter interp;
        PyType unsupportedOperation;
        /** For fds 0, 1, 2: true when they go to the interpreter's Java streams instead of the real fds. */
        final boolean[] redirected = new boolean[3];
        /** Writers holding unflushed data (strongly held until flushed, then flushed at exit). */
        final Set<IOBase> dirty = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

        State(Interpreter interp) {
            this.interp = interp;
            redirected[0] = interp.rawStdin != System.in;
            redirected[1] = interp.rawStdout != System.out;
            redirected[2] = interp.rawStderr != System.err;
        }
    }

    public static State state(Interpreter interp) {
        return interp.moduleState(State.class, State::new);
    }

    static State state() {
        return state(ThreadState.current().interp);
    }

    /** io.UnsupportedOperation of the current interpreter (a class deriving from OSError and ValueError). */
    public static PyType unsupportedOperation() {
        State s = state();
        PyType t = s.unsupportedOperation;
        if (t == null) {
            synchronized (s) {
                t = s.unsupportedOperation;
                if (t == null) {
                    PyDict ns = new PyDict();
                    ns.putStr("__module__", PyStr.of("io"));
                    t = (PyType) Abstract.call(PyType.TYPE, PyStr.of("UnsupportedOperation"),
                            PyTuple.of(PyExc.OSError, PyExc.ValueError), ns);
                    s.unsupportedOperation = t;
                }
            }
        }
        return t;
    }

    public static PyException unsupported(String message) {
        return Err.raise(unsupportedOperation(), PyStr.of(message));
    }

    // ---- module -------------------------------------------------------------------------------

    private static final NativeFunction OPEN = NativeFunction.of("open",
            "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None",
            (s, a) -> open(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]));

    private static final NativeFunction OPEN_CODE = NativeFunction.of("open_code", "path", (s, a) -> {
        if (!(a[0] instanceof PyStr)) {
            throw Err.type("open_code() argument 'path' must be str, not %s", Err.tn(a[0]));
        }
        return open(a[0], PyStr.of("rb"), PyInt.of(-1), Py.None, Py.None, Py.None, Py.True, Py.None);
    });

    private static final NativeFunction TEXT_ENCODING = NativeFunction.of("text_encoding", "encoding, stacklevel=2, /",
            (s, a) -> {
                if (a[0] != Py.None) {
                    return a[0];
                }
                Interpreter interp = ThreadState.current().interp;
                if (warnDefaultEncoding(interp)) {
                    Warnings.warn(PyExc.EncodingWarning, "'encoding' argument not specified", Abstract.asInt(a[1]));
                }
                return PyStr.of(interp.config.utf8Mode ? "utf-8" : "locale");
            });

    static boolean warnDefaultEncoding(Interpreter interp) {
        return interp.config.xOptions.containsKey("warn_default_encoding");
    }

    static PyType[] types() {
        return new PyType[] {IOBase.TYPE, RawIOBase.TYPE, BufferedIOBase.TYPE, TextIOBase.TYPE, FileIO.TYPE,
            BytesIO.TYPE, StringIO.TYPE, BufferedReader.TYPE, BufferedWriter.TYPE, BufferedRandom.TYPE,
            BufferedRWPair.TYPE, TextIOWrapper.TYPE, IncrementalNewlineDecoder.TYPE};
    }

    public static PyModule create(Interpreter interp) {
        PyType.ready(types());
        PyModule m = new PyModule("_io");
        m.put("__doc__", PyStr.of("The io module provides the Python interfaces to stream handling. The\n"
                + "builtin open function is defined in this module.\n"));
        m.put("DEFAULT_BUFFER_SIZE", PyInt.of(DEFAULT_BUFFER_SIZE));
        m.put("UnsupportedOperation", unsupportedOperationFor(interp));
        m.put("BlockingIOError", PyExc.BlockingIOError);
        m.function(OPEN);
        m.function(OPEN_CODE);
        m.function(TEXT_ENCODING);
        m.put("_IOBase", IOBase.TYPE);
        m.put("_RawIOBase", RawIOBase.TYPE);
        m.put("_BufferedIOBase", BufferedIOBase.TYPE);
        m.put("_TextIOBase", TextIOBase.TYPE);
        m.put("FileIO", FileIO.TYPE);
        m.put("BytesIO", BytesIO.TYPE);
        m.put("StringIO", StringIO.TYPE);
        m.put("BufferedReader", BufferedReader.TYPE);
        m.put("BufferedWriter", BufferedWriter.TYPE);
        m.put("BufferedRWPair", BufferedRWPair.TYPE);
        m.put("BufferedRandom", BufferedRandom.TYPE);
        m.put("TextIOWrapper", TextIOWrapper.TYPE);
        m.put("IncrementalNewlineDecoder", IncrementalNewlineDecoder.TYPE);
        return m;
    }

    private static PyType unsupportedOperationFor(Interpreter interp) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null && ts.interp == interp) {
            return unsupportedOperation();
        }
        throw new IllegalStateException("_io must be created on a thread of its interpreter");
    }

    // ---- open() ----------------------------------------------------------------------------------

    public static PyObject open(PyObject file, PyObject modeObj, PyObject bufferingObj, PyObject encoding,
            PyObject errors, PyObject newline, PyObject closefdObj, PyObject opener) {
        if (!(file instanceof PyInt) && !(file instanceof PyStr) && !(file instanceof PyBytes)) {
            PyObject f = file.type.lookup("__fspath__");
            if (f == null) {
                if (Abstract.hasIndex(file) && !(file instanceof org.ember.objects.PyFloat)) {
                    // an int-like object is a file descriptor
                } else {
                    throw Err.type("expected str, bytes or os.PathLike object, not %s", Err.tn(file));
                }
            } else {
                file = org.ember.modules.PosixModule.fspathOf(file);
            }
        }
        if (!(modeObj instanceof PyStr ms)) {
            throw Err.type("open() argument 'mode' must be str, not %s", Err.tn(modeObj));
        }
        String mode = ms.value;
        checkOptionalStr("open", "encoding", encoding);
        checkOptionalStr("open", "errors", errors);
        checkOptionalStr("open", "newline", newline);
        int buffering = Abstract.asInt(bufferingObj);
        boolean creating = false, reading = false, writing = false, appending = false, updating = false;
        boolean text = false, binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            int idx = "xrwab+t".indexOf(c);
            if (idx < 0 || mode.indexOf(c, i + 1) >= 0) {
                throw Err.value("invalid mode: '%s'", mode);
            }
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                case 'b' -> binary = true;
                default -> { }
            }
        }
        StringBuilder raw = new StringBuilder();
        if (creating) raw.append('x');
        if (reading) raw.append('r');
        if (writing) raw.append('w');
        if (appending) raw.append('a');
        if (updating) raw.append('+');
        if (text && binary) {
            throw Err.value("can't have text and binary mode at once");
        }
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1) {
            throw Err.value("must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != Py.None) {
            throw Err.value("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != Py.None) {
            throw Err.value("binary mode doesn't take an errors argument");
        }
        if (binary && newline != Py.None) {
            throw Err.value("binary mode doesn't take a newline argument");
        }
        if (binary && buffering == 1) {
            Warnings.warn(PyExc.RuntimeWarning, "line buffering (buffering=1) isn't supported in binary mode, "
                    + "the default buffer size will be used", 1);
        }
        FileIO rawIo = FileIO.create(FileIO.TYPE, file, raw.toString(), Abstract.isTrue(closefdObj), opener);
        PyObject result = rawIo;
        try {
            boolean lineBuffering = false;
            if (buffering == 1 || buffering < 0 && rawIo.isattyJava()) {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0) {
                buffering = rawIo.blksize > 1 ? rawIo.blksize : DEFAULT_BUFFER_SIZE;
            }
            if (buffering == 0) {
                if (binary) {
                    return result;
                }
                throw Err.value("can't have unbuffered text I/O");
            }
            Buffered buffer;
            if (updating) {
                buffer = new BufferedRandom(BufferedRandom.TYPE);
            } else if (creating || writing || appending) {
                buffer = new BufferedWriter(BufferedWriter.TYPE);
            } else if (reading) {
                buffer = new BufferedReader(BufferedReader.TYPE);
            } else {
                throw Err.value("unknown mode: '%s'", mode);
            }
            buffer.init(rawIo, buffering);
            result = buffer;
            if (binary) {
                return result;
            }
            TextIOWrapper wrapper = new TextIOWrapper(TextIOWrapper.TYPE);
            wrapper.init(buffer, encoding, errors, newline, lineBuffering, false);
            result = wrapper;
            wrapper.getDict().putStr("mode", PyStr.of(mode));
            return result;
        } catch (PyException e) {
            try {
                Abstract.callMethod(result, "close");
            } catch (PyException suppressed) {
                // the original error wins
            }
            throw e;
        }
    }

    static void checkOptionalStr(String fname, String arg, PyObject o) {
        if (o != Py.None && !(o instanceof PyStr)) {
            throw Err.type("%s() argument '%s' must be str or None, not %s", fname, arg, Err.tn(o));
        }
    }

    // ---- file descriptors and the standard streams -------------------------------------------

    /** True when fd is one of 0/1/2 and this interpreter sends it to its Java streams. */
    static boolean redirected(Interpreter interp, int fd) {
        return fd >= 0 && fd <= 2 && state(interp).redirected[fd];
    }

    /** isatty(fd), false for redirected standard streams. */
    public static boolean isatty(int fd) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null && redirected(ts.interp, fd)) {
            return false;
        }
        return Libc.isatty(fd);
    }

    /** close(2); returns 0 or -errno. */
    public static int closeFd(int fd) {
        return Libc.close(fd);
    }

    /**
     * Reads up to len bytes from fd into b at off, releasing the interpreter lock while blocked
     * and retrying on EINTR. Returns the count or -errno.
     */
    static long readRaw(Interpreter interp, int fd, byte[] b, int off, int len) {
        if (redirected(interp, fd)) {
            if (fd != 0) {
                return -9; // EBADF: stdout/stderr are not readable
            }
            InputStream in = interp.rawStdin;
            return interp.gil.releasedWhile(() -> {
                try {
                    int n = in.read(b, off, len);
                    return (long) Math.max(n, 0);
                } catch (IOException e) {
                    return -5L; // EIO
                }
            });
        }
        while (true) {
            long r = interp.gil.releasedWhile(() -> Libc.read(fd, b, off, len));
            if (r == -Libc.EINTR) {
                org.ember.modules.SignalModule.checkPending();
                continue;
            }
            return r;
        }
    }

    /** Writes b[off, off+len) to fd (one write(2)); returns the count or -errno. */
    static long writeRaw(Interpreter interp, int fd, byte[] b, int off, int len) {
        if (redirected(interp, fd)) {
            if (fd == 0) {
                return -9;
            }
            PrintStream out = fd == 1 ? interp.rawStdout : interp.rawStderr;
            out.write(b, off, len);
            out.flush();
            return len;
        }
        if (fd == 1 || fd == 2) {
            // Java code may have printed through System.out/err: keep the order of bytes.
            (fd == 1 ? System.out : System.err).flush();
        }
        while (true) {
            long r = interp.gil.releasedWhile(() -> Libc.write(fd, b, off, len));
            if (r == -Libc.EINTR) {
                org.ember.modules.SignalModule.checkPending();
                continue;
            }
            return r;
        }
    }

    /** os.read: the bytes read, raising OSError on failure. */
    public static byte[] readFd(Interpreter interp, int fd, int len) {
        byte[] buf = new byte[len];
        long r = readRaw(interp, fd, buf, 0, len);
        if (r < 0) {
            throw Fs.error((int) -r);
        }
        return r == len ? buf : java.util.Arrays.copyOf(buf, (int) r);
    }

    /** os.write: the count written, raising OSError on failure. */
    public static long writeFd(Interpreter interp, int fd, byte[] b, int off, int len) {
        long r = writeRaw(interp, fd, b, off, len);
        if (r < 0) {
            throw Fs.error((int) -r);
        }
        return r;
    }

    /**
     * The standard stream for fd 0, 1 or 2, as CPython's create_stdio: a TextIOWrapper over a
     * BufferedReader/BufferedWriter (or the raw FileIO when unbuffered) over a FileIO named
     * "&lt;stdin&gt;"... with newline "\n", errors "strict"/"surrogateescape" (stdin, stdout) or
     * "backslashreplace" (stderr), line buffering on terminals and for stderr. When the
     * interpreter's rawStdin/rawStdout/rawStderr are not the JVM's own standard streams, the
     * stream reads and writes those Java streams instead of the file descriptor.
     */
    public static PyObject stdStream(Interpreter interp, int fd) {
        return stdStream(interp, fd, null, null);
    }

    /** As {@link #stdStream(Interpreter, int)} with an explicit encoding and errors (null: defaults). */
    public static PyObject stdStream(Interpreter interp, int fd, String encoding, String errors) {
        state(interp);
        boolean write = fd != 0;
        boolean unbuffered = interp.config.unbuffered;
        FileIO raw = FileIO.create(FileIO.TYPE, PyInt.of(fd), write ? "wb" : "rb", false, Py.None);
        String name = fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>";
        raw.getDict().putStr("name", PyStr.of(name));
        PyObject buf;
        if (unbuffered && write) {
            buf = raw;
        } else {
            Buffered b = write ? new BufferedWriter(BufferedWriter.TYPE) : new BufferedReader(BufferedReader.TYPE);
            b.init(raw, DEFAULT_BUFFER_SIZE);
            buf = b;
        }
        boolean tty = raw.isattyJava();
        boolean lineBuffering = !unbuffered && (tty || fd == 2);
        String enc = encoding != null ? encoding : stdioEncoding(interp);
        String err = errors != null ? errors : fd == 2 ? "backslashreplace" : stdioErrors(interp);
        TextIOWrapper w = new TextIOWrapper(TextIOWrapper.TYPE);
        w.init(buf, PyStr.of(enc), PyStr.of(err), PyStr.of("\n"), lineBuffering, unbuffered && write);
        w.getDict().putStr("mode", PyStr.of(write ? "w" : "r"));
        return w;
    }

    /** The encoding of the standard streams: PYTHONIOENCODING, else the locale's (lower case, as CPython). */
    static String stdioEncoding(Interpreter interp) {
        String env = interp.config.ignoreEnvironment ? null : System.getenv("PYTHONIOENCODING");
        if (env != null && !env.isEmpty()) {
            int colon = env.indexOf(':');
            String e = colon >= 0 ? env.substring(0, colon) : env;
            if (!e.isEmpty()) {
                return e;
            }
        }
        if (interp.config.utf8Mode) {
            return "utf-8";
        }
        String loc = localeEncoding(interp);
        return canonicalEncoding(loc);
    }

    static String stdioErrors(Interpreter interp) {
        String env = interp.config.ignoreEnvironment ? null : System.getenv("PYTHONIOENCODING");
        if (env != null) {
            int colon = env.indexOf(':');
            if (colon >= 0 && colon + 1 < env.length()) {
                return env.substring(colon + 1);
            }
        }
        if (interp.config.utf8Mode) {
            return "surrogateescape";
        }
        byte[] ctype = LocaleState.ctype();
        String loc = ctype == null ? "C" : new String(ctype, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (loc.equals("C") || loc.equals("POSIX") || loc.equals("C.UTF-8") || loc.equals("C.utf8") || loc.equals("UTF-8")) {
            return "surrogateescape";
        }
        return "strict";
    }

    /** The codec's canonical name for common encodings, as CPython reports stdio encodings ("utf-8"). */
    static String canonicalEncoding(String e) {
        String n = e.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return switch (n) {
            case "utf-8", "utf8" -> "utf-8";
            case "ansi-x3.4-1968", "ascii", "us-ascii", "646" -> "ascii";
            case "iso-8859-1", "latin-1", "latin1" -> "iso8859-1";
            default -> n;
        };
    }

    /**
     * The locale encoding (locale.getencoding()): "utf-8" in UTF-8 mode, else the C library's
     * nl_langinfo(CODESET) for the LC_CTYPE locale taken from the environment.
     */
    public static String localeEncoding(Interpreter interp) {
        if (interp.config.utf8Mode) {
            return "utf-8";
        }
        LocaleState.ctype();
        byte[] cs = Libc.nlLanginfo(14); // CODESET
        if (cs == null || cs.length == 0) {
            return "utf-8";
        }
        return new String(cs, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Sets LC_CTYPE from the environment once per process, as CPython does at start-up. */
    static final class LocaleState {
        private LocaleState() {}

        private static final class Holder {
            static final byte[] CTYPE = init();

            static byte[] init() {
                byte[] r = Libc.setlocale(0, new byte[0]); // LC_CTYPE = 0
                return r != null ? r : Libc.setlocale(0, null);
            }
        }

        static byte[] ctype() {
            return Holder.CTYPE;
        }
    }

    /** Flushes sys.stdout and sys.stderr (before os.system, exec...). */
    public static void flushStdio(Interpreter interp) {
        if (interp.sysModule == null) {
            return;
        }
        for (String n : new String[] {"stdout", "stderr"}) {
            PyObject s = interp.sysModule.getDict().getStr(n);
            if (s != null && s != Py.None) {
                try {
                    Abstract.callMethod(s, "flush");
                } catch (PyException e) {
                    // ignored, as CPython's flush_std_files does for this purpose
                }
            }
        }
    }

    /**
     * Flushes every text and buffered writer still holding data (at interpreter exit, after
     * atexit handlers), as CPython does when it deallocates unclosed files. Errors are ignored.
     */
    public static void flushAtExit(Interpreter interp) {
        State s = state(interp);
        for (int round = 0; round < 3; round++) {
            List<IOBase> pending;
            synchronized (s.dirty) {
                pending = new ArrayList<>(s.dirty);
            }
            if (pending.isEmpty()) {
                return;
            }
            // text layers first, so their bytes reach the buffered layer before it flushes
            pending.sort((a, b) -> Boolean.compare(!(a instanceof TextIOWrapper), !(b instanceof TextIOWrapper)));
            for (IOBase o : pending) {
                try {
                    if (!o.isClosedJava()) {
                        Abstract.callMethod(o, "flush");
                    }
                } catch (PyException e) {
                    // ignored at exit
                } finally {
                    s.dirty.remove(o);
                }
            }
        }
    }

    static void markDirty(IOBase o, boolean dirty) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null) {
            return;
        }
        State s = state(ts.interp);
        if (dirty) {
            s.dirty.add(o);
        } else {
            s.dirty.remove(o);
        }
    }

    // ---- buffers --------------------------------------------------------------------------------

    /** len() of a writable buffer object (bytearray, memoryview, array). */
    static int bufferLength(PyObject b) {
        if (b instanceof WritableBuffer wb) {
            return wb.bufferLength();
        }
        PyObject nbytes = Abstract.lookupAttr(b, "nbytes");
        if (nbytes instanceof PyInt) {
            return Abstract.asInt(nbytes);
        }
        return (int) Abstract.length(b);
    }

    /** Copies data[0, n) into the start of the writable buffer object b. */
    static void fillBuffer(PyObject b, byte[] data, int off, int n) {
        if (b instanceof WritableBuffer wb) {
            wb.writeInto(0, data, off, n);
            return;
        }
        if (n == 0) {
            return;
        }
        byte[] chunk = off == 0 && n == data.length ? data : java.util.Arrays.copyOfRange(data, off, off + n);
        PyObject target = b;
        PyObject format = Abstract.lookupAttr(b, "format");
        if (format instanceof PyStr f && !f.value.equals("B") && !f.value.equals("b") && !f.value.equals("c")) {
            target = Abstract.callMethod(b, "cast", PyStr.of("B"));
        }
        Abstract.setItem(target, new PySlice(PyInt.of(0), PyInt.of(n), Py.None), PyBytes.of(chunk));
    }

    /** A bytearray of n zero bytes (the builtins' bytearray of the current interpreter). */
    static PyObject newByteArray(int n) {
        PyObject ba = ThreadState.current().interp.builtinsDict.getStr("bytearray");
        if (ba == null) {
            throw Err.system("bytearray is not available");
        }
        return Abstract.call(ba, PyInt.of(n));
    }

    /** Objects whose memory Java code may write into directly (readinto targets). */
    public interface WritableBuffer {
        int bufferLength();

        void writeInto(int offset, byte[] src, int srcOff, int n);
    }

    /** The bytes of a bytes-like object (buffer protocol). */
    static byte[] bytesOf(PyObject o) {
        return org.ember.modules.PosixModule.bytesLike(o);
    }

    /** The type name CPython's reprs use (tp_name): "_io.FileIO", or a Python subclass's plain name. */
    static String typeName(PyObject o) {
        return o.type.isHeapType() ? o.type.getName() : o.type.getFullName();
    }

    /** Imports a module of the current interpreter, or returns null when the import system is not set up. */
    public static PyObject importModule(String name) {
        Interpreter interp = ThreadState.current().interp;
        PyObject m = interp.modules.getStr(name);
        if (m != null) {
            return m;
        }
        if (interp.builtinsDict == null || interp.builtinsDict.getStr("__import__") == null) {
            return null;
        }
        return interp.importModule(name);
    }

    /** ValueError "I/O operation on closed file." */
    static PyException closedFile() {
        return Err.value("I/O operation on closed file.");
    }

    /** Java-side convenience used in tests: the module dict's open. */
    static PyObject callOpen(PyObject... args) {
        return OPEN.call(null, args, null);
    }
}
