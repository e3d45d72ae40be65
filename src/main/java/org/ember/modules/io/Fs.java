package org.ember.modules.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.ember.modules.ErrnoModule;
import org.ember.objects.Abstract;
import org.ember.objects.BufferProtocol;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyOSError;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;
import org.ember.objects.Warnings;

/**
 * File system names and errors shared by posix and _io: the file system encoding (UTF-8 with
 * surrogateescape, as CPython on Linux in UTF-8 mode), CPython's path_converter, and OSError
 * construction from errno values.
 */
public final class Fs {
    private Fs() {}

    private static final PyStr FSPATH = PyStr.immortal("__fspath__");

    // ---- encoding ---------------------------------------------------------------------------

    /** os.fsencode for a str: UTF-8, lone surrogates U+DC80..U+DCFF become the bytes they escape. */
    public static byte[] encode(PyStr s) {
        String v = s.value;
        boolean plain = true;
        for (int i = 0; i < v.length(); i++) {
            if (Character.isSurrogate(v.charAt(i))) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return v.getBytes(StandardCharsets.UTF_8);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(v.length() + 8);
        int cpIndex = 0;
        for (int i = 0; i < v.length(); cpIndex++) {
            char c = v.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                byte[] b = v.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                i += 2;
                continue;
            }
            if (Character.isSurrogate(c)) {
                if (c >= 0xdc80 && c <= 0xdcff) {
                    out.write(c - 0xdc00);
                    i++;
                    continue;
                }
                int end = cpIndex + 1;
                throw Err.raise(PyExc.UnicodeEncodeError, PyStr.of("utf-8"), s, PyInt.of(cpIndex), PyInt.of(end),
                        PyStr.of("surrogates not allowed"));
            }
            byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            out.write(b, 0, b.length);
            i++;
        }
        return out.toByteArray();
    }

    /** os.fsdecode for bytes: UTF-8, undecodable bytes become U+DC80..U+DCFF. */
    public static PyStr decode(byte[] b) {
        return PyStr.of(decodeString(b));
    }

    public static String decodeString(byte[] b) {
        boolean ascii = true;
        for (byte x : b) {
            if (x < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return Utf8.decodeSurrogateEscape(b, 0, b.length);
        }
    }

    // ---- paths ------------------------------------------------------------------------------

    /** A converted path argument (CPython's path_t). */
    public static final class Path {
        /** The object reported as the filename in errors (after __fspath__), or null. */
        public final PyObject object;
        /** The encoded path, or null when the argument was an fd or None. */
        public final byte[] bytes;
        /** The file descriptor when an int was given, else -1. */
        public final int fd;
        /** True when the argument was bytes (results are then bytes too). */
        public final boolean narrow;

        Path(PyObject object, byte[] bytes, int fd, boolean narrow) {
            this.object = object;
            this.bytes = bytes;
            this.fd = fd;
            this.narrow = narrow;
        }

        public boolean isFd() {
            return bytes == null && fd >= 0 || bytes == null && object instanceof PyInt;
        }

        public boolean isNone() {
            return bytes == null && object == null;
        }

        /** A name from the file system, as str or bytes like this argument. */
        public PyObject wrap(byte[] name) {
            return narrow ? PyBytes.of(name) : decode(name);
        }
    }

    /**
     * CPython's path_converter: str (file system encoded), bytes, os.PathLike, and an int fd
     * when allowFd; None when nullable. {@code fname}/{@code argname} appear in messages.
     */
    public static Path path(String fname, String argname, PyObject o, boolean nullable, boolean allowFd) {
        if (o == Py.None && nullable) {
            return new Path(null, null, -1, false);
        }
        boolean isIndex = allowFd && Abstract.hasIndex(o);
        boolean isBuffer = o instanceof BufferProtocol && !(o instanceof PyBytes);
        boolean isBytes = o instanceof PyBytes;
        boolean isStr = o instanceof PyStr;
        if (!isIndex && !isBuffer && !isStr && !isBytes) {
            PyObject func = o.type.lookup(FSPATH);
            if (func == null) {
                throw formatError(fname, argname, o, nullable, allowFd);
            }
            PyObject res = Abstract.callBound(func, o);
            if (res instanceof PyStr) {
                isStr = true;
            } else if (res instanceof PyBytes) {
                isBytes = true;
            } else {
                throw Err.type("expected %s.__fspath__() to return str or bytes, not %s", o.type.getName(), Err.tn(res));
            }
            o = res;
        }
        byte[] bytes;
        boolean narrow = false;
        if (isStr) {
            PyStr s = (PyStr) o;
            if (s.value.indexOf('\0') >= 0) {
                throw Err.value("embedded null byte");
            }
            bytes = encode(s);
        } else if (isBytes) {
            bytes = ((PyBytes) o).bytes();
            narrow = true;
        } else if (isBuffer) {
            Warnings.warn(PyExc.DeprecationWarning, prefix(fname) + (argname == null ? "path" : argname)
                    + " should be " + expected(nullable, allowFd) + ", not " + o.type.getName(), 1);
            bytes = ((BufferProtocol) o).toByteArray();
            narrow = true;
        } else {
            int fd = fdValue(o);
            return new Path(o, null, fd, false);
        }
        for (byte x : bytes) {
            if (x == 0) {
                throw Err.value("%sembedded null character in %s", prefix(fname), argname == null ? "path" : argname);
            }
        }
        return new Path(o, bytes, -1, narrow);
    }

    private static String prefix(String fname) {
        return fname == null ? "" : fname + ": ";
    }

    private static String expected(boolean nullable, boolean allowFd) {
        return allowFd && nullable ? "string, bytes, os.PathLike, integer or None"
                : allowFd ? "string, bytes, os.PathLike or integer"
                : nullable ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike";
    }

    private static PyException formatError(String fname, String argname, PyObject o, boolean nullable, boolean allowFd) {
        return Err.type("%s%s should be %s, not %s", prefix(fname), argname == null ? "path" : argname,
                expected(nullable, allowFd), o.type.getName());
    }

    /** CPython's _fd_converter: an int fd with its overflow messages. */
    public static int fdValue(PyObject o) {
        if (o instanceof org.ember.objects.PyFloat) {
            throw Err.type("integer argument expected, got float");
        }
        PyInt i = Abstract.index(o);
        if (!i.isSmall() || i.longValue() > Integer.MAX_VALUE) {
            if (i.signum() > 0) {
                throw Err.overflow("fd is greater than maximum");
            }
            throw Err.overflow("fd is less than minimum");
        }
        if (i.longValue() < Integer.MIN_VALUE) {
            throw Err.overflow("fd is less than minimum");
        }
        return (int) i.longValue();
    }

    /** dir_fd argument: None is AT_FDCWD. */
    public static int dirFd(PyObject o) {
        if (o == null || o == Py.None) {
            return Libc.AT_FDCWD;
        }
        if (!Abstract.hasIndex(o)) {
            throw Err.type("argument should be integer or None, not %s", Err.tn(o));
        }
        return fdValue(o);
    }

    // ---- errors -------------------------------------------------------------------------------

    /** The OSError (subclass) for errno, with CPython's message and optional filename(s). */
    public static PyException error(int errno, PyObject filename, PyObject filename2) {
        PyObject[] args;
        PyStr msg = PyStr.of(ErrnoModule.strerror(errno));
        if (filename == null) {
            args = new PyObject[] {PyInt.of(errno), msg};
        } else if (filename2 == null) {
            args = new PyObject[] {PyInt.of(errno), msg, filename};
        } else {
            args = new PyObject[] {PyInt.of(errno), msg, filename, Py.None, filename2};
        }
        return Err.raise(PyExc.OSError, args);
    }

    public static PyException error(int errno) {
        return error(errno, null, null);
    }

    public static PyException error(int errno, PyObject filename) {
        return error(errno, filename, null);
    }

    /** OSError of a specific type, as PyErr_SetFromErrno with that type. */
    public static PyException error(PyType type, int errno) {
        return Err.raise(type, PyInt.of(errno), PyStr.of(ErrnoModule.strerror(errno)));
    }

    /** UTF-8 decoding with the surrogateescape handler. */
    static final class Utf8 {
        private Utf8() {}

        static String decodeSurrogateEscape(byte[] b, int from, int to) {
            StringBuilder sb = new StringBuilder(to - from);
            int i = from;
            while (i < to) {
                int c = b[i] & 0xff;
                if (c < 0x80) {
                    sb.append((char) c);
                    i++;
                    continue;
                }
                int need;
                int cp;
                if (c >= 0xc2 && c <= 0xdf) {
                    need = 1;
                    cp = c & 0x1f;
                } else if (c >= 0xe0 && c <= 0xef) {
                    need = 2;
                    cp = c & 0x0f;
                } else if (c >= 0xf0 && c <= 0xf4) {
                    need = 3;
                    cp = c & 0x07;
                } else {
                    sb.append((char) (0xdc00 + c));
                    i++;
                    continue;
                }
                int j = i + 1;
                boolean ok = true;
                for (int k = 0; k < need; k++, j++) {
                    if (j >= to) {
                        ok = false;
                        break;
                    }
                    int cc = b[j] & 0xff;
                    boolean good = (cc & 0xc0) == 0x80;
                    if (good && k == 0) {
                        if (c == 0xe0 && cc < 0xa0 || c == 0xed && cc > 0x9f || c == 0xf0 && cc < 0x90
                                || c == 0xf4 && cc > 0x8f) {
                            good = false;
                        }
                    }
                    if (!good) {
                        ok = false;
                        break;
                    }
                    cp = (cp << 6) | (cc & 0x3f);
                }
                if (!ok) {
                    for (int k = i; k < j && k < to; k++) {
                        sb.append((char) (0xdc00 + (b[k] & 0xff)));
                    }
                    i = Math.max(j, i + 1);
                    continue;
                }
                sb.appendCodePoint(cp);
                i = j;
            }
            return sb.toString();
        }
    }
}
