package org.ember.modules.io;

import static org.ember.modules.PyThreadSupport.repr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ember.modules.PyThreadSupport;
import org.ember.objects.Abstract;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyException;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IoModuleTest {
    @TempDir
    Path tmp;

    static PyStr s(String v) {
        return PyStr.of(v);
    }

    static PyBytes b(String v) {
        return PyBytes.of(v.getBytes(StandardCharsets.UTF_8));
    }

    static String raises(Runnable r) {
        try {
            r.run();
        } catch (PyException e) {
            return e.type().getName() + ": " + Abstract.strJava(e.value);
        }
        return "no exception";
    }

    static PyObject m(PyObject o, String name, PyObject... args) {
        return Abstract.callMethod(o, name, args);
    }

    static PyObject open(PyModule io, String path, String mode, PyObject... extra) {
        PyObject[] args = new PyObject[2 + extra.length];
        args[0] = s(path);
        args[1] = s(mode);
        System.arraycopy(extra, 0, args, 2, extra.length);
        return Abstract.call(Abstract.getAttr(io, "open"), args);
    }

    @Test
    void textRoundTripAndReprs() {
        PyThreadSupport.run(interp -> {
            PyModule io = PyThreadSupport.module(interp, "_io");
            String p = tmp.resolve("t.txt").toString();
            PyObject f = open(io, p, "w", PyInt.of(-1), s("utf-8"));
            assertEquals("<_io.TextIOWrapper name='" + p + "' mode='w' encoding='utf-8'>", repr(f));
            assertEquals("<_io.BufferedWriter name='" + p + "'>", repr(Abstract.getAttr(f, "buffer")));
            assertEquals("<_io.FileIO name='" + p + "' mode='wb' closefd=True>",
                    repr(Abstract.getAttr(Abstract.getAttr(f, "buffer"), "raw")));
            assertEquals("12", repr(m(f, "write", s("héllo\nwörld\n"))));
            assertEquals("4", repr(m(f, "write", s("x\ny\n"))));
            m(f, "close");
            assertEquals("True", repr(Abstract.getAttr(f, "closed")));
            assertEquals("ValueError: I/O operation on closed file.", raises(() -> m(f, "write", s("x"))));
            PyObject r = open(io, p, "r", PyInt.of(-1), s("utf-8"));
            assertEquals("'héllo\\n'", repr(m(r, "readline")));
            PyObject pos = m(r, "tell");
            assertEquals("'wörld\\n'", repr(m(r, "readline")));
            assertEquals("'x\\ny\\n'", repr(m(r, "read")));
            assertEquals("''", repr(m(r, "read")));
            m(r, "seek", pos);
            assertEquals("'wö'", repr(m(r, "read", PyInt.of(2))));
            PyObject pos2 = m(r, "tell");
            assertEquals("'rld\\n'", repr(m(r, "readline")));
            m(r, "seek", pos2);
            assertEquals("'rld\\nx\\ny\\n'", repr(m(r, "read")));
            assertEquals("'\\n'", repr(Abstract.getAttr(r, "newlines")));
            m(r, "seek", PyInt.ZERO);
            PyObject lines = m(r, "readlines");
            assertEquals("['héllo\\n', 'wörld\\n', 'x\\n', 'y\\n']", repr(lines));
            m(r, "close");
        });
    }

    @Test
    void newlineTranslation() throws Exception {
        Files.write(tmp.resolve("n.txt"), "a\r\nb\rc\nd".getBytes());
        PyThreadSupport.run(interp -> {
            PyModule io = PyThreadSupport.module(interp, "_io");
            String p = tmp.resolve("n.txt").toString();
            PyObject r = open(io, p, "r", PyInt.of(-1), s("ascii"));
            assertEquals("'a\\nb\\nc\\nd'", repr(m(r, "read")));
            assertEquals("('\\r', '\\n', '\\r\\n')", repr(Abstract.getAttr(r, "newlines")));
            m(r, "close");
            PyObject r2 = open(io, p, "r", PyInt.of(-1), s("ascii"), Py.None, s(""));
            assertEquals("'a\\r\\n'", repr(m(r2, "readline")));
            assertEquals("'b\\r'", repr(m(r2, "readline")));
            assertEquals("'c\\n'", repr(m(r2, "readline")));
            assertEquals("'d'", repr(m(r2, "readline")));
            m(r2, "close");
            PyObject r3 = open(io, p, "r", PyInt.of(-1), s("ascii"), Py.None, s("\r"));
            assertEquals("'a\\r'", repr(m(r3, "readline")));
            assertEquals("'\\nb\\r'", repr(m(r3, "readline")));
            m(r3, "close");
            String w = tmp.resolve("w.txt").toString();
            PyObject wf = open(io, w, "w", PyInt.of(-1), s("ascii"), Py.None, s("\r\n"));
            m(wf, "write", s("1\n2\n"));
            m(wf, "close");
            PyObject rb = open(io, w, "rb");
            assertEquals("b'1\\r\\n2\\r\\n'", repr(m(rb, "read")));
            m(rb, "close");
        });
    }

    @Test
    void bufferedBinary() {
        PyThreadSupport.run(interp -> {
            PyModule io = PyThreadSupport.module(interp, "_io");
            String p = tmp.resolve("b.bin").toString();
            PyObject w = open(io, p, "wb");
            m(w, "write", b("0123456789"));
            assertEquals("10", repr(m(w, "tell")));
            m(w, "close");
            PyObject r = open(io, p, "r+b");
            assertEquals("<_io.BufferedRandom name='" + p + "'>", repr(r));
            assertEquals("b'012'", repr(m(r, "read", PyInt.of(3))));
            assertEquals("b'3456789'", repr(m(r, "peek")));
            m(r, "write", b("AB"));
            assertEquals("5", repr(m(r, "tell")));
            assertEquals("b'56'", repr(m(r, "read", PyInt.of(2))));
            m(r, "seek", PyInt.ZERO);
            assertEquals("b'012AB56789'", repr(m(r, "read")));
            m(r, "seek", PyInt.of(-2), PyInt.of(2));
            assertEquals("b'89'", repr(m(r, "read1", PyInt.of(5))));
            m(r, "seek", PyInt.ZERO);
            assertEquals("b'012AB56789'", repr(m(r, "readline")));
            assertEquals("b''", repr(m(r, "readline")));
            m(r, "truncate", PyInt.of(4));
            m(r, "seek", PyInt.ZERO);
            assertEquals("b'012A'", repr(m(r, "read")));
            m(r, "close");
            assertEquals("ValueError: read of closed file", raises(() -> m(r, "read")));
            assertEquals("ValueError: write to closed file", raises(() -> m(r, "write", b("x"))));
            assertEquals("ValueError: flush of closed file", raises(() -> m(r, "flush")));
            assertEquals("ValueError: I/O operation on closed file", raises(() -> m(r, "tell")));
            PyObject raw = open(io, p, "rb", PyInt.ZERO);
            assertEquals("<_io.FileIO name='" + p + "' mode='rb' closefd=True>", repr(raw));
            assertEquals("b'012A'", repr(m(raw, "readall")));
            assertEquals("UnsupportedOperation: File not open for writing", raises(() -> m(raw, "write", b("x"))));
            m(raw, "close");
            assertEquals("<_io.FileIO [closed]>", repr(raw));
            assertEquals("ValueError: I/O operation on closed file", raises(() -> m(raw, "read")));
            assertEquals("ValueError: I/O operation on closed file.", raises(() -> m(raw, "flush")));
        });
    }

    @Test
    void openArgumentErrors() {
        PyThreadSupport.run(interp -> {
            PyModule io = PyThreadSupport.module(interp, "_io");
            String p = tmp.resolve("x").toString();
            assertEquals("ValueError: must have exactly one of create/read/write/append mode",
                    raises(() -> open(io, p, "rw")));
            assertEquals("ValueError: invalid mode: 'z'", raises(() -> open(io, p, "z")));
            assertEquals("ValueError: invalid mode: 'rr'", raises(() -> open(io, p, "rr")));
            assertEquals("ValueError: can't have text and binary mode at once", raises(() -> open(io, p, "rtb")));
            assertEquals("ValueError: binary mode doesn't take an encoding argument",
                    raises(() -> open(io, p, "rb", PyInt.of(-1), s("utf-8"))));
            assertEquals("FileNotFoundError: [Errno 2] No such file or directory: '" + p + "'",
                    raises(() -> open(io, p, "r")));
            assertEquals("IsADirectoryError: [Errno 21] Is a directory: '" + tmp + "'",
                    raises(() -> open(io, tmp.toString(), "r")));
            assertEquals("ValueError: can't have unbuffered text I/O", raises(() -> open(io, p, "w", PyInt.ZERO)));
            assertEquals("LookupError: unknown encoding: nope", raises(() -> open(io, p, "w", PyInt.of(-1), s("nope"))));
            String px = p + "2";
            PyObject f = open(io, px, "x");
            m(f, "close");
            assertEquals("FileExistsError: [Errno 17] File exists: '" + px + "'", raises(() -> open(io, px, "x")));
            PyObject r = open(io, p, "r");
            assertEquals("UnsupportedOperation: not writable", raises(() -> m(r, "write", s("x"))));
            assertEquals("TypeError: write() argument must be str, not int", raises(() -> m(r, "write", PyInt.ONE)));
            assertEquals("UnsupportedOperation: can't do nonzero cur-relative seeks",
                    raises(() -> m(r, "seek", PyInt.ONE, PyInt.ONE)));
            assertEquals("ValueError: negative seek position -1", raises(() -> m(r, "seek", PyInt.of(-1))));
            m(r, "close");
            PyObject rb = open(io, p, "rb");
            assertEquals("UnsupportedOperation: write", raises(() -> m(rb, "write", b("x"))));
            assertEquals("ValueError: whence value 7 unsupported", raises(() -> m(rb, "seek", PyInt.ZERO, PyInt.of(7))));
            m(rb, "close");
            PyObject uo = Abstract.getAttr(io, "UnsupportedOperation");
            assertEquals("(<class 'io.UnsupportedOperation'>, <class 'OSError'>, <class 'ValueError'>, "
                    + "<class 'Exception'>, <class 'BaseException'>, <class 'object'>)", repr(Abstract.getAttr(uo, "__mro__")));
        });
    }

    @Test
    void bytesIO() {
        PyThreadSupport.run(interp -> {
            PyModule io = PyThreadSupport.module(interp, "_io");
            PyObject bio = Abstract.call(Abstract.getAttr(io, "BytesIO"), b("abc\ndef"));
            assertEquals("b'abc\\n'", repr(m(bio, "readline")));
            assertEquals("4", repr(m(bio, "tell")));
            m(bio, "seek", PyInt.of(10));
            m(bio, "write", b("Z"));
            assertEquals("b'abc\\ndef\\x00\\x00\\x00Z'", repr(m(bio, "getvalue")));
            assertEquals("ValueError: negative seek value -1", raises(() -> m(bio, "seek", PyInt.of(-1))));
            assertEquals("ValueError: invalid whence (5, should be 0, 1 or 2)",
                    raises(() -> m(bio, "seek", PyInt.ZERO, PyInt.of(5))));
            assertEquals("TypeError: a bytes-like object is required, not 'str'", raises(() -> m(bio, "write", s("x"))));
            m(bio, "truncate", PyInt.of(2));
            assertEquals("b'ab'", repr(m(bio, "getvalue")));
            assertEquals("UnsupportedOperation: fileno", raises(() -> m(bio, "fileno")));
            m(bio, "close");
            assertEquals("ValueError: I/O operation on closed file.", raises(() -> m(bio, "read")));
        });
    }

    @Test
    void stringIO() {
        PyThreadSupport.run(interp -> {
            PyModule io = PyThreadSupport.module(interp, "_io");
            PyObject sio = Abstract.call(Abstract.getAttr(io, "StringIO"));
            m(sio, "write", s("a\r\nb\rc"));
            assertEquals("'a\\r\\nb\\rc'", repr(m(sio, "getvalue")));
            PyObject u = Abstract.call(Abstract.getAttr(io, "StringIO"), new PyObject[] {s("a\r\nb\rc\n"), Py.None}, null);
            assertEquals("'a\\nb\\nc\\n'", repr(m(u, "getvalue")));
            assertEquals("('\\r', '\\n', '\\r\\n')", repr(Abstract.getAttr(u, "newlines")));
            PyObject e = Abstract.call(Abstract.getAttr(io, "StringIO"), new PyObject[] {s("a\r\nb\rc"), s("")}, null);
            assertEquals("'a\\r\\n'", repr(m(e, "readline")));
            assertEquals("'b\\r'", repr(m(e, "readline")));
            assertEquals("'c'", repr(m(e, "readline")));
            PyObject x = Abstract.call(Abstract.getAttr(io, "StringIO"), s("héllo wörld"));
            assertEquals("'hél'", repr(m(x, "read", PyInt.of(3))));
            assertEquals("3", repr(m(x, "tell")));
            m(x, "seek", PyInt.of(20));
            m(x, "write", s("!"));
            assertEquals(21, ((PyStr) m(x, "getvalue")).length());
            assertEquals("OSError: Can't do nonzero cur-relative seeks", raises(() -> m(x, "seek", PyInt.ONE, PyInt.ONE)));
            assertEquals("ValueError: Negative seek position -1", raises(() -> m(x, "seek", PyInt.of(-1))));
            assertEquals("TypeError: string argument expected, got 'bytes'", raises(() -> m(x, "write", b("x"))));
            assertEquals("ValueError: illegal newline value: 'x'",
                    raises(() -> Abstract.call(Abstract.getAttr(io, "StringIO"), new PyObject[] {s(""), s("x")}, null)));
            m(x, "close");
            assertEquals("ValueError: I/O operation on closed file", raises(() -> m(x, "read")));
            assertEquals("None", repr(m(x, "flush")));
        });
    }

    @Test
    void redirectedStandardStreams() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream("line1\nline2\n".getBytes());
        PyThreadSupport.run(in, new java.io.PrintStream(out, true), new java.io.PrintStream(err, true), interp -> {
            PyObject stdout = IoModule.stdStream(interp, 1);
            PyObject stderr = IoModule.stdStream(interp, 2);
            PyObject stdin = IoModule.stdStream(interp, 0);
            assertEquals("<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>", repr(stdout));
            assertEquals("False", repr(Abstract.getAttr(stdout, "line_buffering")));
            assertEquals("True", repr(Abstract.getAttr(stderr, "line_buffering")));
            assertEquals("'backslashreplace'", repr(Abstract.getAttr(stderr, "errors")));
            m(stdout, "write", s("hello\n"));
            m(stderr, "write", s("oops\n"));
            assertEquals("'line1\\n'", repr(m(stdin, "readline")));
            assertEquals("'line2\\n'", repr(m(stdin, "readline")));
            assertEquals("''", repr(m(stdin, "readline")));
            assertEquals("oops\n", err.toString());
            assertEquals("", out.toString());
            m(stdout, "write", s("more"));
            IoModule.flushAtExit(interp);
            assertEquals("hello\nmore", out.toString());
            PyModule os = PyThreadSupport.module(interp, "posix");
            Abstract.call(Abstract.getAttr(os, "write"), PyInt.of(1), b("!"));
            assertEquals("hello\nmore!", out.toString());
        });
    }
}
