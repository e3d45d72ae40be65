package org.ember.objects;

import java.util.Arrays;

/** The operations of bytes (the value type is {@link PyBytes}). */
public final class BytesMethods {
    private BytesMethods() {}

    static PyObject getItem(PyObject self, PyObject key) {
        byte[] b = ((PyBytes) self).bytes();
        if (key instanceof PySlice s) {
            Slices.Bounds bd = Slices.bounds(s, b.length);
            byte[] out = new byte[(int) bd.length()];
            for (int k = 0; k < out.length; k++) {
                out[k] = b[(int) (bd.start() + k * bd.step())];
            }
            return PyBytes.of(out);
        }
        if (Abstract.hasIndex(key)) {
            long idx = Slices.normIndex(key, b.length);
            if (idx < 0) {
                throw Err.index("index out of range");
            }
            return PyInt.of(b[(int) idx] & 0xff);
        }
        throw Err.type("byte indices must be integers or slices, not %s", Err.tn(key));
    }

    static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PyBytes y)) {
            return Py.NotImplemented;
        }
        int c = Arrays.compareUnsigned(((PyBytes) a).bytes(), y.bytes());
        return Py.bool(op.fromCompare(c));
    }

    /** bytes(x): from an int (zeros), an iterable of ints, a buffer or a str with encoding. */
    static byte[] fromObject(PyObject x) {
        if (x instanceof PyBytes b) {
            return b.bytes();
        }
        if (x instanceof BufferProtocol bp) {
            return bp.toByteArray();
        }
        if (x instanceof PyStr) {
            throw Err.type("string argument without an encoding");
        }
        if (Abstract.hasIndex(x)) {
            long n = Abstract.asSsize(x, PyExc.OverflowError);
            if (n < 0) {
                throw Err.value("negative count");
            }
            return new byte[(int) n];
        }
        PyObject[] items;
        try {
            items = Abstract.toArray(x);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                throw Err.type("cannot convert '%s' object to bytes", Err.tn(x));
            }
            throw e;
        }
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!Abstract.hasIndex(items[i])) {
                throw Err.type("'%s' object cannot be interpreted as an integer", Err.tn(items[i]));
            }
            long v = Abstract.asLong(items[i]);
            if (v < 0 || v > 255) {
                throw Err.value("bytes must be in range(0, 256)");
            }
            out[i] = (byte) v;
        }
        return out;
    }

    static PyObject bytesNew(PyType type, PyObject[] args, String[] kw) {
        PyObject[] a = new ArgParser("bytes", "source=NULL, encoding=NULL, errors=NULL").bind(args, kw);
        byte[] v;
        if (a[0] == null) {
            if (a[1] != null || a[2] != null) {
                throw Err.type(a[1] != null ? "encoding without a string argument" : "errors without a string argument");
            }
            v = new byte[0];
        } else if (a[1] != null || a[2] != null) {
            if (!(a[0] instanceof PyStr s)) {
                throw Err.type(a[1] != null ? "encoding without a string argument" : "errors without a string argument");
            }
            v = ((PyBytes) Codecs.encode(s, a[1] == null ? "utf-8" : StrMethods.arg(a[1], "bytes()"),
                    a[2] == null ? "strict" : StrMethods.arg(a[2], "bytes()"))).bytes();
        } else {
            PyObject bm = a[0].type.lookup("__bytes__");
            if (bm != null) {
                PyObject r = Abstract.callBound(bm, a[0]);
                if (!(r instanceof PyBytes rb)) {
                    throw Err.type("__bytes__ returned non-bytes (type %s)", Err.tn(r));
                }
                v = rb.bytes();
                if (type == PyBytes.TYPE) {
                    return r;
                }
            } else {
                v = fromObject(a[0]);
            }
        }
        return type == PyBytes.TYPE ? PyBytes.of(v) : new PyBytes.Derived(type, v);
    }

    static void define(PyType t) {
        t.flags(PyType.BASETYPE | PyType.BYTES_SUBCLASS | PyType.MATCH_SELF);
        t.tp_new = BytesMethods::bytesNew;
        t.tp_repr = self -> PyStr.of(PyBytes.repr(((PyBytes) self).bytes(), ((PyBytes) self).size()));
        t.tp_str = self -> {
            Warnings.bytesWarning(self);
            return PyStr.of(PyBytes.repr(((PyBytes) self).bytes(), ((PyBytes) self).size()));
        };
        t.tp_hash = self -> ((PyBytes) self).hash();
        t.tp_richcompare = BytesMethods::richCompare;
        t.sq_length = self -> ((PyBytes) self).size();
        t.mp_subscript = BytesMethods::getItem;
        t.tp_iter = self -> Abstract.iter(new PyList(toInts(((PyBytes) self).bytes())));
        t.sq_concat = (a, b) -> {
            byte[] x = ((PyBytes) a).bytes();
            if (!(b instanceof PyBytes) && !(b instanceof BufferProtocol)) {
                throw Err.type("can't concat %s to %s", Err.tn(b), Err.tn(a));
            }
            byte[] y = PyBytes.fromBuffer(b).bytes();
            byte[] r = Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return PyBytes.of(r);
        };
        t.sq_repeat = (self, n) -> {
            byte[] x = ((PyBytes) self).bytes();
            if (n <= 0) {
                return PyBytes.EMPTY;
            }
            byte[] r = new byte[(int) (x.length * n)];
            for (int i = 0; i < n; i++) {
                System.arraycopy(x, 0, r, i * x.length, x.length);
            }
            return PyBytes.of(r);
        };
        t.sq_contains = (self, item) -> {
            byte[] x = ((PyBytes) self).bytes();
            if (Abstract.hasIndex(item)) {
                long v = Abstract.asLong(item);
                if (v < 0 || v > 255) {
                    throw Err.value("byte must be in range(0, 256)");
                }
                for (byte b : x) {
                    if ((b & 0xff) == v) {
                        return true;
                    }
                }
                return false;
            }
            byte[] sub = PyBytes.fromBuffer(item).bytes();
            return indexOf(x, sub, 0) >= 0;
        };
        t.method("decode", "encoding='utf-8', errors='strict'", (self, a) ->
                Codecs.decode(((PyBytes) self).bytes(), StrMethods.arg(a[0], "decode()"), StrMethods.arg(a[1], "decode()")));
        t.method0("__getnewargs__", self -> PyTuple.of(PyBytes.of(((PyBytes) self).bytes())));
    }

    static PyObject[] toInts(byte[] b) {
        PyObject[] out = new PyObject[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = PyInt.of(b[i] & 0xff);
        }
        return out;
    }

    static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
