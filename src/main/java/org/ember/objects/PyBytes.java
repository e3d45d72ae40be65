package org.ember.objects;

import java.util.Arrays;

/** Python bytes: an immutable byte array. Python methods live in {@link BytesMethods}. */
public class PyBytes extends PyObject implements BufferProtocol {
    public static final PyType TYPE = PyType.builtin("bytes", PyBytes.class, BytesMethods::define);
    public static final PyBytes EMPTY = new PyBytes(TYPE, new byte[0]);
    private static final PyBytes[] SINGLE = makeSingle();

    private final byte[] value;
    private long hash = -1;

    protected PyBytes(PyType type, byte[] value) {
        super(type);
        this.value = value;
    }

    private static PyBytes[] makeSingle() {
        PyBytes[] a = new PyBytes[256];
        for (int i = 0; i < 256; i++) {
            a[i] = new PyBytes(TYPE, new byte[] {(byte) i});
        }
        return a;
    }

    /** bytes taking ownership of the array (the caller must not modify it afterwards). */
    public static PyBytes of(byte[] b) {
        if (b.length == 0) {
            return EMPTY;
        }
        if (b.length == 1) {
            return SINGLE[b[0] & 0xff];
        }
        return new PyBytes(TYPE, b);
    }

    @Override
    public boolean isImmortal() {
        return this == EMPTY || (value.length == 1 && this == SINGLE[value[0] & 0xff]);
    }

    /** The bytes (callers must not modify the array). */
    public final byte[] bytes() {
        return value;
    }

    public final int size() {
        return value.length;
    }

    public final int byteAt(int i) {
        return value[i];
    }

    public final long hash() {
        long h = hash;
        if (h == -1) {
            h = Hashing.hashBytes(value, 0, value.length);
            hash = h;
        }
        return h;
    }

    /** bytes(obj) for an object supporting the buffer protocol. */
    public static PyBytes fromBuffer(PyObject o) {
        if (o instanceof PyBytes b) {
            return b;
        }
        if (o instanceof BufferProtocol bp) {
            return of(bp.toByteArray());
        }
        throw Err.type("a bytes-like object is required, not '%s'", Err.tn(o));
    }

    @Override
    public BufferView getBuffer(int flags) {
        if ((flags & BufferProtocol.WRITABLE) != 0) {
            throw Err.format(PyExc.BufferError, "Object is not writable.");
        }
        return BufferView.ofBytes(this, value, 0, value.length, true, null);
    }

    @Override
    public byte[] toByteArray() {
        return value.clone();
    }

    /** Python repr of bytes: b'...' with CPython's escaping and quote choice. */
    public static String repr(byte[] b, int n) {
        return repr(b, 0, n);
    }

    /** Python repr of b[off:off+n] as bytes. */
    public static String repr(byte[] b, int off, int n) {
        StringBuilder sb = new StringBuilder(n + 3);
        appendRepr(sb, b, off, n);
        return sb.toString();
    }

    /** Appends b'...' for b[off:off+n] with CPython's escaping and quote choice. */
    public static void appendRepr(StringBuilder sb, byte[] b, int off, int n) {
        appendRepr(sb, b, off, n, false);
    }

    /** As above; bytearray's repr escapes every single quote (escapeSingle). */
    static void appendRepr(StringBuilder sb, byte[] b, int off, int n, boolean escapeSingle) {
        boolean single = false;
        boolean dbl = false;
        for (int i = off; i < off + n; i++) {
            if (b[i] == '\'') {
                single = true;
            } else if (b[i] == '"') {
                dbl = true;
            }
        }
        char quote = single && !dbl ? '"' : '\'';
        sb.append('b').append(quote);
        for (int i = off; i < off + n; i++) {
            int c = b[i] & 0xff;
            if (c == quote || c == '\\' || (escapeSingle && c == '\'')) {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append("\\x");
                PyStr.appendHex(sb, c, 2);
            } else {
                sb.append((char) c);
            }
        }
        sb.append(quote);
    }

    @Override
    public String toString() {
        return repr(value, value.length);
    }

    /** Instances of Python subclasses of bytes. */
    public static final class Derived extends PyBytes implements Instance {
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type, byte[] value) {
            super(type, value);
            this.slots = type.slotCount == 0 ? null : new PyObject[type.slotCount];
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
            return slots;
        }
    }

    static byte[] copyOf(byte[] b) {
        return Arrays.copyOf(b, b.length);
    }
}
