package org.ember.modules;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import org.ember.objects.Abstract;
import org.ember.objects.BufferProtocol;
import org.ember.objects.Err;
import org.ember.objects.FloatMethods;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyComplex;
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
 * Module marshal: CPython's internal serialisation format (version 4) for the value types.
 * Code objects are not supported (Ember does not run CPython bytecode).
 */
public final class MarshalModule {
    private MarshalModule() {}

    public static final int VERSION = 4;
    private static final int MAX_DEPTH = 2000;
    private static final int FLAG_REF = 0x80;

    // ---- writing ----------------------------------------------------------------------------------

    static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final int version;
        final IdentityHashMap<PyObject, Integer> refs = new IdentityHashMap<>();
        final PyType setType;
        final PyType frozensetType;
        int depth;

        Writer(int version) {
            this.version = version;
            PyDict b = ThreadState.current().interp.builtinsDict;
            PyObject s = b == null ? null : b.getStr("set");
            PyObject fs = b == null ? null : b.getStr("frozenset");
            setType = s instanceof PyType st ? st : null;
            frozensetType = fs instanceof PyType ft ? ft : null;
        }

        void b(int v) {
            out.write(v);
        }

        void i32(long v) {
            out.write((int) v & 0xff);
            out.write((int) (v >> 8) & 0xff);
            out.write((int) (v >> 16) & 0xff);
            out.write((int) (v >> 24) & 0xff);
        }

        void bytes(byte[] v) {
            out.write(v, 0, v.length);
        }

        void pstring(byte[] v) {
            i32(v.length);
            bytes(v);
        }

        void f64(double d) {
            long bits = Double.doubleToRawLongBits(d);
            for (int i = 0; i < 8; i++) {
                out.write((int) (bits >>> (8 * i)) & 0xff);
            }
        }

        /** w_ref: writes a back-reference, or marks the object as referenceable. Returns true when done. */
        boolean ref(PyObject v, int[] flag) {
            if (version < 3) {
                return false;
            }
            Integer idx = refs.get(v);
            if (idx != null) {
                b('r');
                i32(idx);
                return true;
            }
            refs.put(v, refs.size());
            flag[0] = FLAG_REF;
            return false;
        }

        void write(PyObject v) {
            if (++depth > MAX_DEPTH) {
                throw Err.value("object too deeply nested to marshal");
            }
            try {
                writeObject(v);
            } finally {
                depth--;
            }
        }

        void writeObject(PyObject v) {
            if (v == null) {
                b('0');
            } else if (v == Py.None) {
                b('N');
            } else if (v == Py.False) {
                b('F');
            } else if (v == Py.True) {
                b('T');
            } else if (v == PyExc.StopIteration) {
                b('S');
            } else if (v == Py.Ellipsis) {
                b('.');
            } else {
                writeComplex(v);
            }
        }

        void writeComplex(PyObject v) {
            int[] flag = {0};
            PyType t = v.type;
            boolean refable = t == PyInt.TYPE || t == PyFloat.TYPE || t == PyComplex.TYPE || t == PyBytes.TYPE
                    || t == PyStr.TYPE || t == PyTuple.TYPE || t == PyList.TYPE || t == PyDict.TYPE
                    || t == setType || t == frozensetType;
            if (refable && ref(v, flag)) {
                return;
            }
            int f = flag[0];
            if (t == PyInt.TYPE) {
                PyInt i = (PyInt) v;
                if (i.isSmall() && i.longValue() >= Integer.MIN_VALUE && i.longValue() <= Integer.MAX_VALUE) {
                    b('i' | f);
                    i32(i.longValue());
                } else {
                    writeLong(i.bigValue(), f);
                }
            } else if (t == PyFloat.TYPE) {
                double d = ((PyFloat) v).value;
                if (version > 1) {
                    b('g' | f);
                    f64(d);
                } else {
                    byte[] s = FloatMethods.repr(d).getBytes(StandardCharsets.ISO_8859_1);
                    b('f' | f);
                    b(s.length);
                    bytes(s);
                }
            } else if (t == PyComplex.TYPE) {
                PyComplex c = (PyComplex) v;
                if (version > 1) {
                    b('y' | f);
                    f64(c.real);
                    f64(c.imag);
                } else {
                    b('x' | f);
                    for (double d : new double[] {c.real, c.imag}) {
                        byte[] s = FloatMethods.repr(d).getBytes(StandardCharsets.ISO_8859_1);
                        b(s.length);
                        bytes(s);
                    }
                }
            } else if (t == PyBytes.TYPE) {
                b('s' | f);
                pstring(((PyBytes) v).bytes());
            } else if (t == PyStr.TYPE) {
                PyStr s = (PyStr) v;
                boolean interned = version >= 1 && ThreadState.current().interp.runtime.isInterned(s);
                if (version >= 4 && s.maxChar() < 128) {
                    byte[] raw = s.value.getBytes(StandardCharsets.ISO_8859_1);
                    if (raw.length < 256) {
                        b((interned ? 'Z' : 'z') | f);
                        b(raw.length);
                    } else {
                        b((interned ? 'A' : 'a') | f);
                        i32(raw.length);
                    }
                    bytes(raw);
                } else {
                    byte[] raw = encodeSurrogatePass(s.value);
                    b((interned ? 't' : 'u') | f);
                    pstring(raw);
                }
            } else if (t == PyTuple.TYPE) {
                PyObject[] items = ((PyTuple) v).items();
                if (version >= 4 && items.length < 256) {
                    b(')' | f);
                    b(items.length);
                } else {
                    b('(' | f);
                    i32(items.length);
                }
                for (PyObject o : items) {
                    write(o);
                }
            } else if (t == PyList.TYPE) {
                PyList l = (PyList) v;
                b('[' | f);
                PyObject[] items = l.toArray();
                i32(items.length);
                for (PyObject o : items) {
                    write(o);
                }
            } else if (t == PyDict.TYPE) {
                PyDict d = (PyDict) v;
                b('{' | f);
                for (int i = d.nextIndex(0); i >= 0; i = d.nextIndex(i + 1)) {
                    write(d.keyAt(i));
                    write(d.valueAt(i));
                }
                b('0');
            } else if (t == setType || t == frozensetType) {
                PyObject[] items = Abstract.toArray(v);
                b((t == setType ? '<' : '>') | f);
                i32(items.length);
                for (PyObject o : items) {
                    write(o);
                }
            } else if (v instanceof BufferProtocol bp) {
                b('s' | f);
                pstring(bp.toByteArray());
            } else {
                throw Err.value("unmarshallable object");
            }
        }

        void writeLong(BigInteger big, int f) {
            b('l' | f);
            int sign = big.signum();
            BigInteger a = big.abs();
            List<Integer> digits = new ArrayList<>();
            while (a.signum() != 0) {
                digits.add(a.intValue() & 0x7fff);
                a = a.shiftRight(15);
            }
            i32(sign < 0 ? -digits.size() : digits.size());
            for (int d : digits) {
                b(d & 0xff);
                b(d >> 8);
            }
        }
    }

    /** UTF-8 with lone surrogates encoded as themselves (surrogatepass), as marshal does. */
    static byte[] encodeSurrogatePass(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xc0 | (cp >> 6));
                out.write(0x80 | (cp & 0x3f));
            } else if (cp < 0x10000) {
                out.write(0xe0 | (cp >> 12));
                out.write(0x80 | ((cp >> 6) & 0x3f));
                out.write(0x80 | (cp & 0x3f));
            } else {
                out.write(0xf0 | (cp >> 18));
                out.write(0x80 | ((cp >> 12) & 0x3f));
                out.write(0x80 | ((cp >> 6) & 0x3f));
                out.write(0x80 | (cp & 0x3f));
            }
        }
        return out.toByteArray();
    }

    public static byte[] dumps(PyObject value, int version) {
        Writer w = new Writer(version);
        w.write(value);
        return w.out.toByteArray();
    }

    // ---- reading ------------------------------------------------------------------------------------

    /** The input: an in-memory buffer or a file read on demand. */
    static final class Reader {
        byte[] data;
        int pos;
        final PyObject file;
        final List<PyObject> refs = new ArrayList<>();
        int depth;

        Reader(byte[] data) {
            this.data = data;
            this.file = null;
        }

        Reader(PyObject file) {
            this.data = new byte[0];
            this.file = file;
        }

        byte[] take(int n, boolean objectStart) {
            if (n < 0) {
                throw Err.value("bad marshal data");
            }
            if (file != null) {
                PyObject r = Abstract.callMethod(file, "read", PyInt.of(n));
                byte[] b = org.ember.modules.PosixModule.bytesLike(r);
                if (b.length != n) {
                    if (objectStart && b.length == 0) {
                        throw Err.format(PyExc.EOFError, "EOF read where object expected");
                    }
                    throw Err.format(PyExc.EOFError, "marshal data too short");
                }
                return b;
            }
            if (pos + n > data.length) {
                if (objectStart && pos >= data.length) {
                    throw Err.format(PyExc.EOFError, "EOF read where object expected");
                }
                throw Err.format(PyExc.EOFError, "marshal data too short");
            }
            byte[] b = java.util.Arrays.copyOfRange(data, pos, pos + n);
            pos += n;
            return b;
        }

        int u8() {
            return take(1, false)[0] & 0xff;
        }

        long i32() {
            byte[] b = take(4, false);
            return (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (long) (b[3]) << 24;
        }

        double f64() {
            byte[] b = take(8, false);
            long bits = 0;
            for (int i = 7; i >= 0; i--) {
                bits = (bits << 8) | (b[i] & 0xff);
            }
            return Double.longBitsToDouble(bits);
        }

        int size() {
            long n = i32();
            if (n < 0 || n > Integer.MAX_VALUE - 16) {
                throw Err.value("bad marshal data (size out of range)");
            }
            return (int) n;
        }

        PyObject read() {
            if (++depth > MAX_DEPTH) {
                throw Err.value("recursion limit exceeded");
            }
            try {
                return readObject();
            } finally {
                depth--;
            }
        }

        int reserve(boolean flag) {
            if (!flag) {
                return -1;
            }
            refs.add(null);
            return refs.size() - 1;
        }

        PyObject set(int idx, PyObject v) {
            if (idx >= 0) {
                refs.set(idx, v);
            }
            return v;
        }

        PyObject readObject() {
            int code = take(1, true)[0] & 0xff;
            boolean flag = (code & FLAG_REF) != 0;
            int type = code & ~FLAG_REF;
            switch (type) {
                case '0':
                    return null;
                case 'N':
                    return Py.None;
                case 'F':
                    return Py.False;
                case 'T':
                    return Py.True;
                case 'S':
                    return PyExc.StopIteration;
                case '.':
                    return Py.Ellipsis;
                case 'i': {
                    int idx = reserve(flag);
                    return set(idx, PyInt.of(i32()));
                }
                case 'l': {
                    int idx = reserve(flag);
                    long n = i32();
                    if (n < -(1 << 24) || n > (1 << 24)) {
                        throw Err.value("bad marshal data (long size out of range)");
                    }
                    int count = (int) Math.abs(n);
                    BigInteger r = BigInteger.ZERO;
                    for (int i = 0; i < count; i++) {
                        int lo = u8();
                        int hi = u8();
                        int d = lo | hi << 8;
                        if (d > 0x7fff) {
                            throw Err.value("bad marshal data (digit out of range in long)");
                        }
                        r = r.or(BigInteger.valueOf(d).shiftLeft(15 * i));
                    }
                    if (n < 0) {
                        r = r.negate();
                    }
                    return set(idx, PyInt.of(r));
                }
                case 'g': {
                    int idx = reserve(flag);
                    return set(idx, new PyFloat(f64()));
                }
                case 'f': {
                    int idx = reserve(flag);
                    int n = u8();
                    String s = new String(take(n, false), StandardCharsets.ISO_8859_1);
                    return set(idx, new PyFloat(parseFloat(s)));
                }
                case 'y': {
                    int idx = reserve(flag);
                    double re = f64();
                    double im = f64();
                    return set(idx, new PyComplex(re, im));
                }
                case 'x': {
                    int idx = reserve(flag);
                    double re = parseFloat(new String(take(u8(), false), StandardCharsets.ISO_8859_1));
                    double im = parseFloat(new String(take(u8(), false), StandardCharsets.ISO_8859_1));
                    return set(idx, new PyComplex(re, im));
                }
                case 's': {
                    int idx = reserve(flag);
                    return set(idx, PyBytes.of(take(size(), false)));
                }
                case 't':
                case 'u': {
                    int idx = reserve(flag);
                    byte[] raw = take(size(), false);
                    PyStr s = decodeSurrogatePass(raw);
                    if (type == 't') {
                        s = ThreadState.current().interp.runtime.intern(s.value);
                    }
                    return set(idx, s);
                }
                case 'a':
                case 'A':
                case 'z':
                case 'Z': {
                    int idx = reserve(flag);
                    int n = type == 'a' || type == 'A' ? size() : u8();
                    String s = new String(take(n, false), StandardCharsets.ISO_8859_1);
                    PyStr v = type == 'A' || type == 'Z' ? ThreadState.current().interp.runtime.intern(s) : PyStr.of(s);
                    return set(idx, v);
                }
                case '(':
                case ')': {
                    int n = type == ')' ? u8() : size();
                    int idx = reserve(flag);
                    PyObject[] items = new PyObject[n];
                    for (int i = 0; i < n; i++) {
                        items[i] = readItem("tuple");
                    }
                    return set(idx, PyTuple.of(items));
                }
                case '[': {
                    int n = size();
                    PyList l = new PyList();
                    int idx = reserve(flag);
                    set(idx, l);
                    for (int i = 0; i < n; i++) {
                        l.append(readItem("list"));
                    }
                    return l;
                }
                case '{': {
                    PyDict d = new PyDict();
                    int idx = reserve(flag);
                    set(idx, d);
                    while (true) {
                        PyObject k = read();
                        if (k == null) {
                            break;
                        }
                        PyObject v = read();
                        if (v == null) {
                            break;
                        }
                        d.setItem(k, v);
                    }
                    return d;
                }
                case '<':
                case '>': {
                    int n = size();
                    PyDict b = ThreadState.current().interp.builtinsDict;
                    PyObject ctor = b == null ? null : b.getStr(type == '<' ? "set" : "frozenset");
                    if (ctor == null) {
                        throw Err.value("bad marshal data (unknown type code)");
                    }
                    int idx = reserve(flag);
                    PyObject[] items = new PyObject[n];
                    for (int i = 0; i < n; i++) {
                        items[i] = readItem("set");
                    }
                    return set(idx, Abstract.call(ctor, PyTuple.of(items)));
                }
                case 'r': {
                    long n = i32();
                    if (n < 0 || n >= refs.size()) {
                        throw Err.value("bad marshal data (invalid reference)");
                    }
                    PyObject v = refs.get((int) n);
                    if (v == null) {
                        throw Err.value("bad marshal data (invalid reference)");
                    }
                    return v;
                }
                case 'c':
                    throw Err.value("bad marshal data (code objects are not supported by Ember)");
                default:
                    throw Err.value("bad marshal data (unknown type code)");
            }
        }

        PyObject readItem(String what) {
            PyObject v = read();
            if (v == null) {
                throw Err.type("NULL object in marshal data for %s", what);
            }
            return v;
        }
    }

    static double parseFloat(String s) {
        try {
            return switch (s) {
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                case "nan", "-nan" -> Double.NaN;
                default -> Double.parseDouble(s);
            };
        } catch (NumberFormatException e) {
            throw Err.value("bad marshal data (float)");
        }
    }

    static PyStr decodeSurrogatePass(byte[] raw) {
        StringBuilder sb = new StringBuilder(raw.length);
        int i = 0;
        while (i < raw.length) {
            int c = raw[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
            } else if (c >= 0xc0 && c < 0xe0 && i + 1 < raw.length) {
                sb.append((char) (((c & 0x1f) << 6) | (raw[i + 1] & 0x3f)));
                i += 2;
            } else if (c >= 0xe0 && c < 0xf0 && i + 2 < raw.length) {
                sb.append((char) (((c & 0x0f) << 12) | ((raw[i + 1] & 0x3f) << 6) | (raw[i + 2] & 0x3f)));
                i += 3;
            } else if (c >= 0xf0 && i + 3 < raw.length) {
                int cp = ((c & 0x07) << 18) | ((raw[i + 1] & 0x3f) << 12) | ((raw[i + 2] & 0x3f) << 6) | (raw[i + 3] & 0x3f);
                sb.appendCodePoint(cp);
                i += 4;
            } else {
                throw Err.raise(PyExc.UnicodeDecodeError, PyStr.of("utf-8"), PyBytes.of(raw), PyInt.of(i),
                        PyInt.of(i + 1), PyStr.of("invalid start byte"));
            }
        }
        return PyStr.of(sb.toString());
    }

    public static PyObject loads(byte[] data) {
        Reader r = new Reader(data);
        PyObject v = r.read();
        if (v == null) {
            throw Err.type("NULL object in marshal data for object");
        }
        return v;
    }

    private static final NativeFunction[] FUNCTIONS = {
        NativeFunction.of("dumps", "value, version=4, /", (s, a) ->
                PyBytes.of(dumps(a[0], Abstract.asInt(a[1])))),
        NativeFunction.of("loads", "bytes, /", (s, a) -> loads(org.ember.modules.PosixModule.bytesLike(a[0]))),
        NativeFunction.of("dump", "value, file, version=4, /", (s, a) -> {
            byte[] b = dumps(a[0], Abstract.asInt(a[2]));
            Abstract.callMethod(a[1], "write", PyBytes.of(b));
            return Py.None;
        }),
        NativeFunction.of("load", "file, /", (s, a) -> {
            Reader r = new Reader(a[0]);
            PyObject v;
            try {
                v = r.read();
            } catch (PyException e) {
                throw e;
            }
            if (v == null) {
                throw Err.type("NULL object in marshal data for object");
            }
            return v;
        }),
    };

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("marshal");
        m.put("__doc__", PyStr.of("This module contains functions that can read and write Python values in\n"
                + "a binary format. The format is specific to Python, but independent of\n"
                + "machine architecture issues.\n\nNot all Python object types are supported; in general, only "
                + "objects\nwhose value is independent from a particular invocation of Python can be\nwritten and "
                + "read by this module. The following types are supported:\nNone, integers, floating point numbers, "
                + "strings, bytes, bytearrays,\ntuples, lists, sets, dictionaries, and code objects, where it\n"
                + "should be understood that tuples, lists and dictionaries are only\nsupported as long as the values "
                + "contained therein are themselves\nsupported; and recursive lists and dictionaries should not be "
                + "written\n(they will cause infinite loops).\n\nVariables:\n\nversion -- indicates the format that "
                + "the module uses. Version 0 is the\n    historical format, version 1 shares interned strings and "
                + "version 2\n    uses a binary format for floating point numbers.\n    Version 3 shares common "
                + "object references (New in version 3.4).\n\nFunctions:\n\ndump() -- write value to a file\n"
                + "load() -- read value from a file\ndumps() -- marshal value as a bytes object\n"
                + "loads() -- read value from a bytes-like object"));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        m.put("version", PyInt.of(VERSION));
        return m;
    }
}
