package org.ember.modules;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyBool;
import org.ember.objects.PyInt;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;

/**
 * The minimal text stream used for sys.stdout/stderr before (or without) the io stack, like
 * CPython's early-boot "stderrprinter": write() encodes to UTF-8 (surrogates escaped) and
 * writes to the interpreter's Java stream. Replaced by io.TextIOWrapper objects once _io loads.
 */
public final class StdPrinter extends PyObject {
    public static final PyType TYPE = PyType.builtin("stderrprinter", StdPrinter.class, StdPrinter::define);

    private final PrintStream out;
    private final int fd;

    public StdPrinter(PrintStream out, int fd) {
        super(TYPE);
        this.out = out;
        this.fd = fd;
    }

    private static void define(PyType t) {
        t.flags(PyType.DISALLOW_INSTANTIATION);
        t.method1("write", (self, s) -> {
            if (!(s instanceof PyStr str)) {
                throw Err.type("write() argument must be str, not %s", Abstract.strJava(Abstract.getAttr(s.type, "__name__")));
            }
            StdPrinter p = (StdPrinter) self;
            byte[] b = encode(str.value);
            p.out.write(b, 0, b.length);
            return PyInt.of(str.length());
        });
        t.method0("flush", self -> {
            ((StdPrinter) self).out.flush();
            return Py.None;
        });
        t.method0("fileno", self -> PyInt.of(((StdPrinter) self).fd));
        t.method0("isatty", self -> PyBool.FALSE);
        t.getset("closed", self -> PyBool.FALSE);
        t.getset("mode", self -> PyStr.of("w"));
        t.getset("encoding", self -> PyStr.of("utf-8"));
        t.getset("errors", self -> PyStr.of("backslashreplace"));
        t.getset("newlines", self -> Py.None);
        t.tp_repr = self -> PyStr.of("<stderrprinter(fd=" + ((StdPrinter) self).fd + ") object>");
        ArgParser.noKeywords("stderrprinter", null);
    }

    /** UTF-8 with lone surrogates written as backslash escapes (the 'backslashreplace' handler). */
    static byte[] encode(String s) {
        boolean clean = true;
        for (int i = 0; i < s.length() && clean; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                clean = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(++i));
            }
        }
        if (clean) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
