package org.ember.modules.io;

import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyDict;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;

/** _io.StringIO: a text stream over an in-memory buffer of code points. */
public final class StringIO extends IOBase {
    public static final PyType TYPE = PyType.builtin("StringIO", StringIO.class, StringIO::define);

    /** Code points; null once closed. */
    int[] buf;
    int size;
    int pos;
    boolean ok;
    boolean closed;
    PyObject readnl = Py.None;
    String writenl;
    boolean readuniversal;
    boolean readtranslate;
    IncrementalNewlineDecoder decoder;

    public StringIO(PyType type) {
        super(type);
    }

    @Override
    boolean isClosedJava() {
        return closed;
    }

    private void checkInitialized() {
        if (!ok) {
            throw Err.value("I/O operation on uninitialized object");
        }
    }

    private void checkClosed() {
        if (closed) {
            throw Err.value("I/O operation on closed file");
        }
    }

    private void check() {
        checkInitialized();
        checkClosed();
    }

    void init(PyObject value, PyObject newlineObj) {
        String newline;
        if (newlineObj == Py.None) {
            newline = null;
        } else if (newlineObj instanceof PyStr ns) {
            newline = ns.value;
        } else {
            throw Err.type("newline must be str or None, not %s", Err.tn(newlineObj));
        }
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw Err.value("illegal newline value: %s", Abstract.reprJava(newlineObj));
        }
        if (value != Py.None && !(value instanceof PyStr)) {
            throw Err.type("initial_value must be str or None, not %s", Err.tn(value));
        }
        ok = false;
        closed = false;
        readnl = newline == null ? Py.None : PyStr.of(newline);
        readuniversal = newline == null || newline.isEmpty();
        readtranslate = newline == null;
        writenl = newline != null && !newline.isEmpty() && newline.charAt(0) == '\r' ? newline : null;
        decoder = readuniversal ? IncrementalNewlineDecoder.over(null, readtranslate) : null;
        buf = new int[16];
        size = 0;
        pos = 0;
        ok = true;
        if (value instanceof PyStr s && s.length() > 0) {
            writeStr(s.value);
        }
        pos = 0;
    }

    void writeStr(String s) {
        String decoded = decoder != null ? decoder.process(s, true) : s;
        if (writenl != null) {
            decoded = decoded.replace("\n", writenl);
        }
        int[] cps = decoded.codePoints().toArray();
        int len = cps.length;
        if (len == 0) {
            return;
        }
        long end = (long) pos + len;
        if (end > Integer.MAX_VALUE - 16) {
            throw Err.overflow("new buffer size too large");
        }
        if (end > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max((int) end, buf.length + (buf.length >> 1) + 16));
        }
        if (pos > size) {
            java.util.Arrays.fill(buf, size, pos, 0);
        }
        System.arraycopy(cps, 0, buf, pos, len);
        pos += len;
        if (pos > size) {
            size = pos;
        }
    }

    String slice(int from, int to) {
        return new String(buf, from, to - from);
    }

    String read(long n) {
        check();
        int avail = Math.max(0, size - pos);
        int len = n < 0 || n > avail ? avail : (int) n;
        if (len == 0) {
            return "";
        }
        String out = slice(pos, pos + len);
        pos += len;
        return out;
    }

    /** _PyIO_find_line_ending over buf[start, end): the index after the line end, or -1. */
    int findLineEnd(int start, int end) {
        if (readtranslate) {
            for (int i = start; i < end; i++) {
                if (buf[i] == '\n') {
                    return i + 1;
                }
            }
            return -1;
        }
        if (readuniversal) {
            for (int i = start; i < end; i++) {
                int c = buf[i];
                if (c == '\n') {
                    return i + 1;
                }
                if (c == '\r') {
                    return i + 1 < end && buf[i + 1] == '\n' ? i + 2 : i + 1;
                }
            }
            return -1;
        }
        String nl = ((PyStr) readnl).value;
        int n = nl.length();
        for (int i = start; i + n <= end; i++) {
            boolean match = true;
            for (int k = 0; k < n; k++) {
                if (buf[i + k] != nl.charAt(k)) {
                    match = false;
                    break;
                }
            }
            if (match) {
                return i + n;
            }
        }
        return -1;
    }

    String readline(long limit) {
        if (pos >= size) {
            return "";
        }
        int start = pos;
        int end = limit < 0 || limit > size - start ? size : start + (int) limit;
        int le = findLineEnd(start, end);
        int stop = le < 0 ? end : le;
        pos = stop;
        return slice(start, stop);
    }

    private static StringIO self(PyObject o) {
        return (StringIO) o;
    }

    private static void define(PyType t) {
        t.base(TextIOBase.TYPE).module("_io").flags(PyType.BASETYPE | PyType.HAS_DICT | PyType.HAS_WEAKREF);
        t.doc("Text I/O implementation using an in-memory buffer.\n\nThe initial_value argument sets the value of "
                + "object.  The newline\nargument is like the one of TextIOWrapper's constructor.");
        t.tp_alloc = StringIO::new;
        t.tp_new = (type, args, kw) -> {
            StringIO s = (StringIO) type.tp_alloc.alloc(type);
            s.buf = new int[0];
            return s;
        };
        ArgParser p = new ArgParser("StringIO", "initial_value='', newline=NULL");
        t.tp_init = (self, args, kw) -> {
            PyObject[] a = p.bind(args, kw);
            if (a[1] == null) {
                a[1] = PyStr.of("\n");
            }
            self(self).init(a[0], a[1]);
        };
        t.method0("getvalue", self -> {
            StringIO s = self(self);
            s.check();
            return PyStr.of(s.slice(0, s.size));
        });
        t.method("read", "size=-1, /", (self, a) -> PyStr.of(self(self).read(IOBase.sizeArg(a[0]))));
        t.method("readline", "size=-1, /", (self, a) -> {
            StringIO s = self(self);
            long limit = IOBase.sizeArg(a[0]);
            s.check();
            return PyStr.of(s.readline(limit));
        });
        t.method1("write", (self, obj) -> {
            StringIO s = self(self);
            s.check();
            if (!(obj instanceof PyStr str)) {
                throw Err.type("string argument expected, got '%s'", Err.tn(obj));
            }
            int n = str.length();
            if (n > 0) {
                s.writeStr(str.value);
            }
            return PyInt.of(n);
        });
        t.method("seek", "pos, whence=0, /", (self, a) -> {
            StringIO s = self(self);
            long p2 = Abstract.asSsize(a[0], PyExc.OverflowError);
            int whence = Abstract.asInt(a[1]);
            s.check();
            if (whence != 0 && whence != 1 && whence != 2) {
                throw Err.value("Invalid whence (%d, should be 0, 1 or 2)", whence);
            }
            if (p2 < 0 && whence == 0) {
                throw Err.value("Negative seek position %d", p2);
            }
            if (whence != 0 && p2 != 0) {
                throw Err.format(PyExc.OSError, "Can't do nonzero cur-relative seeks");
            }
            if (whence == 1) {
                p2 = s.pos;
            } else if (whence == 2) {
                p2 = s.size;
            }
            if (p2 > Integer.MAX_VALUE - 16) {
                throw Err.overflow("new position too large");
            }
            s.pos = (int) p2;
            return PyInt.of(p2);
        });
        t.method0("tell", self -> {
            self(self).check();
            return PyInt.of(self(self).pos);
        });
        t.method("truncate", "pos=None, /", (self, a) -> {
            StringIO s = self(self);
            s.check();
            long n = a[0] == Py.None ? s.pos : Abstract.asSsize(a[0], PyExc.OverflowError);
            if (n < 0) {
                throw Err.value("Negative size value %d", n);
            }
            if (n < s.size) {
                s.size = (int) n;
            }
            return PyInt.of(n);
        });
        t.method0("readable", self -> {
            self(self).check();
            return Py.True;
        });
        t.method0("writable", self -> {
            self(self).check();
            return Py.True;
        });
        t.method0("seekable", self -> {
            self(self).check();
            return Py.True;
        });
        t.method0("close", self -> {
            StringIO s = self(self);
            s.closed = true;
            s.buf = null;
            return Py.None;
        });
        t.tp_iternext = self -> {
            StringIO s = self(self);
            s.check();
            String line;
            if (self.type == TYPE) {
                line = s.readline(-1);
            } else {
                PyObject r = Abstract.callMethod(self, S_READLINE);
                if (!(r instanceof PyStr rs)) {
                    throw Err.format(PyExc.OSError, "readline() should have returned a str object, not '%s'", Err.tn(r));
                }
                line = rs.value;
            }
            return line.isEmpty() ? null : PyStr.of(line);
        };
        t.getset("closed", self -> {
            self(self).checkInitialized();
            return Py.bool(self(self).closed);
        });
        t.getset("line_buffering", self -> {
            self(self).check();
            return Py.False;
        });
        t.getset("newlines", self -> {
            StringIO s = self(self);
            s.check();
            return s.decoder == null ? Py.None : s.decoder.newlines();
        });
        t.method0("__getstate__", self -> {
            StringIO s = self(self);
            s.check();
            PyDict d = s.getDictOrNull();
            return PyTuple.of(PyStr.of(s.slice(0, s.size)), s.readnl, PyInt.of(s.pos), d == null ? Py.None : d.copy());
        });
        t.method1("__setstate__", (self, state) -> {
            StringIO s = self(self);
            if (!(state instanceof PyTuple st) || st.size() < 4) {
                throw Err.type("%s.__setstate__ argument should be 4-tuple, got %s", IoModule.typeName(self),
                        Err.tn(state));
            }
            s.init(Py.None, st.get(1));
            // the value is restored without newline translation
            String v = ((PyStr) st.get(0)).value;
            int[] cps = v.codePoints().toArray();
            s.buf = java.util.Arrays.copyOf(cps, Math.max(cps.length, 16));
            s.size = cps.length;
            if (!(st.get(2) instanceof PyInt)) {
                throw Err.type("third item of state must be an integer, got %s", Err.tn(st.get(2)));
            }
            long p2 = Abstract.asLong(st.get(2));
            if (p2 < 0) {
                throw Err.value("position value cannot be negative");
            }
            s.pos = (int) p2;
            if (st.get(3) != Py.None) {
                if (!(st.get(3) instanceof PyDict d)) {
                    throw Err.type("fourth item of state should be a dict, got a %s", Err.tn(st.get(3)));
                }
                s.getDict().update(d);
            }
            return Py.None;
        });
    }
}
