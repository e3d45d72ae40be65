package org.ember.objects;

import java.util.Arrays;

/**
 * Python bytearray: a mutable byte sequence. The bytes live in {@code buf[start:start+size]};
 * {@code buf.length} is the allocation CPython reports as __alloc__ (it keeps a trailing NUL,
 * so a non-empty bytearray always has {@code alloc > size}), and deleting from the front only
 * moves {@code start}, as CPython's ob_start does.
 *
 * <p>While buffers are exported (memoryviews are alive) the bytearray cannot change size:
 * the exported views share {@code buf}. Methods shared with bytes live in {@link BytesMethods};
 * the mutating ones are here.
 */
public class PyByteArray extends PyObject implements BufferProtocol {
    public static final PyType TYPE = PyType.builtin("bytearray", PyByteArray.class, PyByteArray::define);
    private static final byte[] NONE = new byte[0];

    byte[] buf = NONE;
    int start;
    int size;
    int exports;

    public PyByteArray() {
        super(TYPE);
    }

    protected PyByteArray(PyType type) {
        super(type);
    }

    /** A bytearray holding a copy of b[off:off+len]. */
    public PyByteArray(byte[] b, int off, int len) {
        super(TYPE);
        setContents(b, off, len);
    }

    /** A bytearray taking a copy of b. */
    public PyByteArray(byte[] b) {
        this(b, 0, b.length);
    }

    /** A bytearray owning b[0:len] (no copy; the caller must not keep the array). */
    static PyByteArray wrap(byte[] b, int len) {
        PyByteArray r = new PyByteArray();
        r.buf = b;
        r.size = len;
        if (b.length <= len && len > 0) {
            r.buf = Arrays.copyOf(b, len + 1);
        }
        return r;
    }

    private void setContents(byte[] b, int off, int len) {
        if (len == 0) {
            buf = NONE;
        } else {
            buf = new byte[len + 1];
            System.arraycopy(b, off, buf, 0, len);
        }
        start = 0;
        size = len;
    }

    public final int size() {
        return size;
    }

    /** The byte at index i (signed Java byte). */
    public final byte byteAt(int i) {
        return buf[start + i];
    }

    /** The backing array; the contents are at {@link #offset()}..+{@link #size()}. */
    public final byte[] array() {
        return buf;
    }

    public final int offset() {
        return start;
    }

    /** A copy of the contents. */
    @Override
    public final byte[] toByteArray() {
        return Arrays.copyOfRange(buf, start, start + size);
    }

    @Override
    public BufferView getBuffer(int flags) {
        exports++;
        return BufferView.ofBytes(this, buf, start, size, false, () -> exports--);
    }

    /** Raises BufferError when views are exported (the array cannot change size). */
    final void checkResizable() {
        if (exports > 0) {
            throw Err.format(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
        }
    }

    /** PyByteArray_Resize: changes the size, with CPython's over-allocation policy. */
    final void resize(long requested) {
        if (requested == size) {
            return;
        }
        checkResizable();
        if (requested > Integer.MAX_VALUE - 16) {
            throw Err.memory();
        }
        int n = (int) requested;
        long alloc = buf.length;
        if (n + start + 1 <= alloc) {
            if (n < alloc / 2) {
                alloc = n + 1;
            } else {
                size = n;
                return;
            }
        } else if (n <= alloc * 1.125) {
            alloc = n + (n >> 3) + (n < 9 ? 3 : 6);
        } else {
            alloc = n + 1;
        }
        byte[] nb = new byte[(int) Math.min(alloc, Integer.MAX_VALUE - 8)];
        System.arraycopy(buf, start, nb, 0, Math.min(size, n));
        buf = nb;
        start = 0;
        size = n;
    }

    /** Sets the contents to a copy of b[off:off+len] (resizing as needed). */
    final void replaceAll(byte[] b, int off, int len) {
        byte[] src = b == buf ? Arrays.copyOfRange(b, off, off + len) : b;
        int so = b == buf ? 0 : off;
        resize(len);
        System.arraycopy(src, so, buf, start, len);
    }

    /** Replaces self[lo:hi] by b[off:off+len] (bytearray_setslice_linear). */
    final void setSlice(int lo, int hi, byte[] b, int off, int len) {
        if (b == buf) {
            b = Arrays.copyOfRange(b, off, off + len);
            off = 0;
        }
        int growth = len - (hi - lo);
        if (growth == 0) {
            System.arraycopy(b, off, buf, start + lo, len);
            return;
        }
        checkResizable();
        if (growth < 0) {
            if (lo == 0) {
                // delete from the front by moving start (CPython's ob_start optimisation)
                System.arraycopy(b, off, buf, start - growth, len);
                start -= growth;
                size += growth;
                return;
            }
            System.arraycopy(buf, start + hi, buf, start + lo + len, size - hi);
            int oldSize = size;
            resize(size + growth);
            if (size != oldSize + growth) {
                throw Err.internal(new IllegalStateException("bytearray resize"));
            }
            System.arraycopy(b, off, buf, start + lo, len);
        } else {
            int oldSize = size;
            resize((long) size + growth);
            System.arraycopy(buf, start + hi, buf, start + hi + growth, oldSize - hi);
            System.arraycopy(b, off, buf, start + lo, len);
        }
    }

    /** Appends one byte. */
    final void append(int v) {
        resize(size + 1L);
        buf[start + size - 1] = (byte) v;
    }

    /** Appends b[off:off+len]. */
    final void appendBytes(byte[] b, int off, int len) {
        if (len == 0) {
            return;
        }
        if (b == buf) {
            b = Arrays.copyOfRange(b, off, off + len);
            off = 0;
        }
        int old = size;
        resize((long) size + len);
        System.arraycopy(b, off, buf, start + old, len);
    }

    @Override
    public String toString() {
        return "bytearray(" + PyBytes.repr(buf, start, size) + ")";
    }

    // ---- registration ---------------------------------------------------------------------

    /** A byte value for item assignment/append (_getbytevalue). */
    static int byteValue(PyObject o) {
        PyInt i = Abstract.index(o);
        if (!i.isSmall() || i.longValue() < 0 || i.longValue() > 255) {
            throw Err.value("byte must be in range(0, 256)");
        }
        return (int) i.longValue();
    }

    static PyByteArray self(PyObject o) {
        return (PyByteArray) o;
    }

    private static final ArgParser INIT = new ArgParser("bytearray", "source=NULL, encoding=NULL, errors=NULL");

    static void init(PyObject selfObj, PyObject[] args, String[] kw) {
        PyObject[] a = INIT.bind(args, kw);
        PyByteArray self = self(selfObj);
        if (self.size != 0) {
            self.resize(0);
        }
        PyObject arg = a[0];
        PyObject encoding = a[1];
        PyObject errors = a[2];
        if (arg == null) {
            if (encoding != null || errors != null) {
                throw Err.type(encoding != null ? "encoding without a string argument" : "errors without a string argument");
            }
            return;
        }
        if (arg instanceof PyStr s) {
            if (encoding == null) {
                throw Err.type("string argument without an encoding");
            }
            String enc = StrMethods.strArg(encoding, "bytearray", "'encoding'");
            String err = errors == null ? "strict" : StrMethods.strArg(errors, "bytearray", "'errors'");
            PyObject encoded = Codecs.encode(s, enc, err);
            byte[] eb = BytesMethods.bytesLike(encoded).copy();
            self.replaceAll(eb, 0, eb.length);
            return;
        }
        if (encoding != null || errors != null) {
            throw Err.type(encoding != null ? "encoding without a string argument" : "errors without a string argument");
        }
        if (Abstract.hasIndex(arg)) {
            long count;
            boolean isCount = true;
            count = 0;
            try {
                count = Abstract.asSsize(arg, PyExc.OverflowError);
            } catch (PyException e) {
                if (!e.matches(PyExc.TypeError)) {
                    throw e;
                }
                isCount = false;
            }
            if (isCount) {
                if (count < 0) {
                    throw Err.value("negative count");
                }
                if (count > 0) {
                    self.resize(count);
                    Arrays.fill(self.buf, self.start, self.start + self.size, (byte) 0);
                }
                return;
            }
        }
        if (arg instanceof BufferProtocol bp) {
            byte[] b = bp.toByteArray();
            self.replaceAll(b, 0, b.length);
            return;
        }
        if (arg.type == PyList.TYPE || arg.type == PyTuple.TYPE) {
            PyObject[] items = Abstract.toArray(arg);
            byte[] b = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                b[i] = (byte) byteValue(items[i]);
            }
            self.replaceAll(b, 0, b.length);
            return;
        }
        PyObject it;
        try {
            it = Abstract.iter(arg);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                throw Err.type("cannot convert '%s' object to bytearray", Err.tn(arg));
            }
            throw e;
        }
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            self.append(byteValue(x));
        }
    }

    static PyObject getItem(PyObject selfObj, PyObject key) {
        PyByteArray self = self(selfObj);
        if (key instanceof PyInt i && i.isSmall()) {
            long idx = i.longValue();
            if (idx < 0) {
                idx += self.size;
            }
            if (idx < 0 || idx >= self.size) {
                throw Err.index("bytearray index out of range");
            }
            return PyInt.of(self.buf[self.start + (int) idx] & 0xff);
        }
        if (key instanceof PySlice sl) {
            Slices.Bounds b = Slices.bounds(sl, self.size);
            int len = (int) b.length();
            if (b.step() == 1) {
                return new PyByteArray(self.buf, self.start + (int) b.start(), len);
            }
            byte[] out = new byte[len];
            for (int k = 0; k < len; k++) {
                out[k] = self.buf[self.start + (int) (b.start() + k * b.step())];
            }
            return wrap(out, len);
        }
        if (Abstract.hasIndex(key)) {
            long idx = Slices.normIndex(key, self.size);
            if (idx < 0) {
                throw Err.index("bytearray index out of range");
            }
            return PyInt.of(self.buf[self.start + (int) idx] & 0xff);
        }
        throw Err.type("bytearray indices must be integers or slices, not %s", Err.tn(key));
    }

    static void setItem(PyObject selfObj, PyObject key, PyObject value) {
        PyByteArray self = self(selfObj);
        if (!(key instanceof PySlice) && Abstract.hasIndex(key)) {
            long idx = Abstract.asSsize(key, PyExc.IndexError);
            int ival = value == null ? -1 : byteValue(value);
            if (idx < 0) {
                idx += self.size;
            }
            if (idx < 0 || idx >= self.size) {
                throw Err.index("bytearray index out of range");
            }
            if (value == null) {
                self.setSlice((int) idx, (int) idx + 1, NONE, 0, 0);
            } else {
                self.buf[self.start + (int) idx] = (byte) ival;
            }
            return;
        }
        if (!(key instanceof PySlice sl)) {
            throw Err.type("bytearray indices must be integers or slices, not %s", Err.tn(key));
        }
        byte[] vb;
        if (value == null) {
            vb = null;
        } else if (value == self) {
            vb = self.toByteArray();
        } else if (value instanceof PyByteArray ba) {
            vb = ba.toByteArray();
        } else if (value instanceof BufferProtocol bp) {
            vb = bp.toByteArray();
        } else if (Abstract.hasIndex(value) || value instanceof PyStr) {
            throw Err.type("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        } else {
            PyByteArray tmp = new PyByteArray();
            try {
                init(tmp, new PyObject[] {value}, null);
            } catch (PyException e) {
                if (e.matches(PyExc.TypeError) && Abstract.lookupAttr(value, "__iter__") == null) {
                    throw Err.type("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                }
                throw e;
            }
            vb = tmp.toByteArray();
        }
        Slices.Bounds b = Slices.bounds(sl, self.size);
        long step = b.step();
        int slicelen = (int) b.length();
        if (step == 1) {
            int lo = (int) b.start();
            int hi = Math.max(lo, (int) b.stop());
            if (vb == null) {
                self.setSlice(lo, hi, NONE, 0, 0);
            } else {
                self.setSlice(lo, hi, vb, 0, vb.length);
            }
            return;
        }
        if (vb == null || vb.length == 0) {
            // an empty value deletes the extended slice, as CPython's bytearray_ass_subscript does
            self.checkResizable();
            if (slicelen == 0) {
                return;
            }
            long start = b.start();
            if (step < 0) {
                start = start + step * (slicelen - 1);
                step = -step;
            }
            byte[] out = new byte[self.size - slicelen];
            boolean[] del = new boolean[self.size];
            for (int k = 0; k < slicelen; k++) {
                del[(int) (start + k * step)] = true;
            }
            int j = 0;
            for (int k = 0; k < self.size; k++) {
                if (!del[k]) {
                    out[j++] = self.buf[self.start + k];
                }
            }
            self.replaceAll(out, 0, out.length);
            return;
        }
        if (vb.length != slicelen) {
            throw Err.value("attempt to assign bytes of size %d to extended slice of size %d", vb.length, slicelen);
        }
        for (int k = 0; k < slicelen; k++) {
            self.buf[self.start + (int) (b.start() + k * step)] = vb[k];
        }
    }

    static PyObject repr(PyObject selfObj) {
        PyByteArray self = self(selfObj);
        StringBuilder sb = new StringBuilder(self.size + 16);
        sb.append(self.type.getName()).append('(');
        PyBytes.appendRepr(sb, self.buf, self.start, self.size, true);
        return PyStr.of(sb.append(')').toString());
    }

    static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (b instanceof PyStr || !(b instanceof BufferProtocol)) {
            return Py.NotImplemented;
        }
        PyByteArray x = self(a);
        BytesMethods.Span y = BytesMethods.bytesLike(b);
        if ((op == CompareOp.EQ || op == CompareOp.NE) && x.size != y.len()) {
            return Py.bool(op == CompareOp.NE);
        }
        int c = Arrays.compareUnsigned(x.buf, x.start, x.start + x.size, y.a(), y.off(), y.off() + y.len());
        return Py.bool(op.fromCompare(c));
    }

    static PyObject reduce(PyByteArray self, int proto) {
        PyObject dict = self instanceof Instance inst ? inst.getDictOrNull() : null;
        if (dict == null || (dict instanceof PyDict d && d.size() == 0 && false)) {
            dict = Py.None;
        }
        PyObject args;
        if (proto < 3) {
            args = PyTuple.of(PyStr.of(new String(self.buf, self.start, self.size, java.nio.charset.StandardCharsets.ISO_8859_1)),
                    PyStr.of("latin-1"));
        } else {
            args = PyTuple.of(PyBytes.of(self.toByteArray()));
        }
        return PyTuple.of(self.type, args, dict);
    }

    static void define(PyType t) {
        t.flags(PyType.BASETYPE | PyType.MATCH_SELF);
        t.doc("bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
                + "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
                + "bytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n"
                + "  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n"
                + "  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer");
        t.tp_alloc = type -> type == TYPE ? new PyByteArray() : new Derived(type);
        t.tp_new = (type, args, kw) -> type.tp_alloc.alloc(type);
        t.tp_init = PyByteArray::init;
        t.tp_repr = PyByteArray::repr;
        t.tp_str = self -> {
            Warnings.bytesWarning(self);
            return repr(self);
        };
        t.tp_hash = HeapSlots.HASH_NOT_IMPLEMENTED;
        t.tp_richcompare = PyByteArray::richCompare;
        t.tp_iter = self -> new BytesMethods.BytesIterator(self, true);
        t.sq_length = self -> self(self).size;
        t.mp_subscript = PyByteArray::getItem;
        t.mp_ass_subscript = PyByteArray::setItem;
        t.sq_inplace_concat = (a, b) -> {
            if (b instanceof PyStr || !(b instanceof BufferProtocol)) {
                throw Err.type("can't concat %s to %s", Err.tn(b), Err.tn(a));
            }
            BytesMethods.Span s = BytesMethods.bytesLike(b);
            self(a).appendBytes(s.a(), s.off(), s.len());
            return a;
        };
        t.sq_inplace_repeat = (a, n) -> {
            PyByteArray self = self(a);
            if (n <= 0) {
                self.resize(0);
                return a;
            }
            if (n == 1 || self.size == 0) {
                return a;
            }
            if ((long) self.size * n > Integer.MAX_VALUE - 16) {
                throw Err.memory();
            }
            byte[] one = self.toByteArray();
            int old = self.size;
            self.resize((long) old * n);
            for (int k = 1; k < n; k++) {
                System.arraycopy(one, 0, self.buf, self.start + k * old, old);
            }
            return a;
        };
        BytesMethods.defineCommon(t, true);
        t.method1("append", (self, item) -> {
            self(self).append(byteValue(item));
            return Py.None;
        });
        t.method1("extend", (selfObj, iterable) -> {
            PyByteArray self = self(selfObj);
            if (iterable instanceof BufferProtocol bp && !(iterable instanceof PyStr)) {
                byte[] b = bp.toByteArray();
                self.appendBytes(b, 0, b.length);
                return Py.None;
            }
            PyObject it;
            try {
                it = Abstract.iter(iterable);
            } catch (PyException e) {
                if (e.matches(PyExc.TypeError)) {
                    throw Err.type("can't extend bytearray with %s", Err.tn(iterable));
                }
                throw e;
            }
            PyByteArray tmp = new PyByteArray();
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                tmp.append(byteValue(x));
            }
            self.appendBytes(tmp.buf, tmp.start, tmp.size);
            return Py.None;
        });
        t.method2("insert", (selfObj, index, item) -> {
            PyByteArray self = self(selfObj);
            long i = Abstract.asSsize(index, PyExc.OverflowError);
            int v = byteValue(item);
            int n = self.size;
            if (i < 0) {
                i += n;
                if (i < 0) {
                    i = 0;
                }
            }
            if (i > n) {
                i = n;
            }
            self.setSlice((int) i, (int) i, new byte[] {(byte) v}, 0, 1);
            return Py.None;
        });
        t.method("pop", "index=-1, /", (selfObj, a) -> {
            PyByteArray self = self(selfObj);
            long i = Abstract.asSsize(a[0], PyExc.OverflowError);
            if (self.size == 0) {
                throw Err.index("pop from empty bytearray");
            }
            if (i < 0) {
                i += self.size;
            }
            if (i < 0 || i >= self.size) {
                throw Err.index("pop index out of range");
            }
            int v = self.buf[self.start + (int) i] & 0xff;
            self.setSlice((int) i, (int) i + 1, NONE, 0, 0);
            return PyInt.of(v);
        });
        t.method1("remove", (selfObj, value) -> {
            PyByteArray self = self(selfObj);
            int v = byteValue(value);
            for (int k = 0; k < self.size; k++) {
                if ((self.buf[self.start + k] & 0xff) == v) {
                    self.setSlice(k, k + 1, NONE, 0, 0);
                    return Py.None;
                }
            }
            throw Err.value("value not found in bytearray");
        });
        t.method0("reverse", selfObj -> {
            PyByteArray self = self(selfObj);
            for (int i = self.start, j = self.start + self.size - 1; i < j; i++, j--) {
                byte x = self.buf[i];
                self.buf[i] = self.buf[j];
                self.buf[j] = x;
            }
            return Py.None;
        });
        t.method0("clear", selfObj -> {
            self(selfObj).resize(0);
            return Py.None;
        });
        t.method0("copy", selfObj -> new PyByteArray(self(selfObj).buf, self(selfObj).start, self(selfObj).size));
        t.method0("__alloc__", selfObj -> PyInt.of(self(selfObj).buf.length));
        t.method0("__sizeof__", selfObj -> PyInt.of(56 + self(selfObj).buf.length));
        t.method0("__reduce__", selfObj -> reduce(self(selfObj), 2));
        t.method("__reduce_ex__", "proto=0, /", (selfObj, a) -> reduce(self(selfObj), Abstract.asInt(a[0])));
    }

    /** Instances of Python subclasses of bytearray. */
    public static final class Derived extends PyByteArray implements Instance {
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type) {
            super(type);
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
}
