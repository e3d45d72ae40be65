package org.ember.objects;

import java.util.ArrayList;

/**
 * Python memoryview (CPython's Objects/memoryobject.c): a view on the memory of a buffer
 * exporter, with no copy. Each memoryview (including slices and casts) holds its own export
 * of the underlying object, released by {@link #release()}; views of memoryviews go to the
 * original exporter. Items are unpacked according to the struct format (native size and
 * little-endian byte order, as CPython on x86-64 Linux).
 */
public final class PyMemoryView extends PyObject implements BufferProtocol {
    public static final PyType TYPE = PyType.builtin("memoryview", PyMemoryView.class, PyMemoryView::define);

    private BufferView base;
    private final PyObject obj;
    final byte[] array;
    final int offset;
    final String format;
    final int itemsize;
    final int[] shape;
    final int[] strides;
    final boolean readonly;
    private boolean released;
    private int exports;
    private long hash = -1;

    private PyMemoryView(BufferView base, PyObject obj, int offset, String format, int itemsize, int[] shape, int[] strides,
            boolean readonly) {
        super(TYPE);
        this.base = base;
        this.obj = obj;
        this.array = base.array;
        this.offset = offset;
        this.format = format;
        this.itemsize = itemsize;
        this.shape = shape;
        this.strides = strides;
        this.readonly = readonly;
    }

    /** memoryview(o) */
    public static PyMemoryView of(PyObject o) {
        if (o instanceof PyMemoryView m) {
            m.checkReleased();
            return m.derive(m.offset, m.format, m.itemsize, m.shape, m.strides, m.readonly);
        }
        if (!(o instanceof BufferProtocol bp)) {
            throw Err.type("memoryview: a bytes-like object is required, not '%s'", Err.tn(o));
        }
        BufferView v = bp.getBuffer(0);
        return new PyMemoryView(v, v.obj, v.offset, v.format, v.itemsize, v.shape.clone(), v.strides.clone(), v.readonly);
    }

    /** A new view of the same exporter (its own export) with the given layout. */
    private PyMemoryView derive(int off, String fmt, int isize, int[] shp, int[] str, boolean ro) {
        BufferView v = ((BufferProtocol) obj).getBuffer(0);
        if (v.array != array) {
            v.release();
            throw Err.system("memoryview: exporter changed its memory");
        }
        return new PyMemoryView(v, obj, off, fmt, isize, shp, str, ro);
    }

    void checkReleased() {
        if (released) {
            throw Err.value("operation forbidden on released memoryview object");
        }
    }

    public int ndim() {
        return shape.length;
    }

    public int nbytes() {
        int n = itemsize;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }

    public PyObject getObj() {
        return obj;
    }

    public boolean isReleased() {
        return released;
    }

    /** memoryview.release() */
    public void release() {
        if (released) {
            return;
        }
        if (exports > 0) {
            throw Err.format(PyExc.BufferError, "memoryview has %d exported buffer%s", exports, exports > 1 ? "s" : "");
        }
        released = true;
        base.release();
    }

    @Override
    public BufferView getBuffer(int flags) {
        checkReleased();
        if ((flags & WRITABLE) != 0 && readonly) {
            throw Err.format(PyExc.BufferError, "memoryview: underlying buffer is not writable");
        }
        exports++;
        return new BufferView(this, array, offset, nbytes(), readonly, format, itemsize, shape.clone(), strides.clone(),
                () -> exports--);
    }

    @Override
    public byte[] toByteArray() {
        checkReleased();
        return bytes('C');
    }

    /** MV_C_CONTIGUOUS (init_flags): 1-D views by their one stride, others as PyBuffer_IsContiguous. */
    boolean isC() {
        if (shape.length == 1) {
            return shape[0] == 1 || strides[0] == itemsize;
        }
        return BufferView.isContiguous(shape, strides, itemsize);
    }

    boolean isF() {
        if (shape.length == 1) {
            return shape[0] == 1 || strides[0] == itemsize;
        }
        if (nbytes() == 0) {
            return true;
        }
        int sd = itemsize;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] > 1 && strides[i] != sd) {
                return false;
            }
            sd *= shape[i];
        }
        return true;
    }

    /** The bytes in C or Fortran order. */
    byte[] bytes(char order) {
        int n = nbytes();
        if (order != 'F' && isC()) {
            return java.util.Arrays.copyOfRange(array, offset, offset + n);
        }
        byte[] out = new byte[n];
        int[] pos = {0};
        if (order == 'F' && shape.length > 1) {
            copyF(out, pos);
        } else {
            copyC(out, pos, 0, offset);
        }
        return out;
    }

    private void copyC(byte[] out, int[] pos, int dim, int off) {
        if (dim == shape.length) {
            System.arraycopy(array, off, out, pos[0], itemsize);
            pos[0] += itemsize;
            return;
        }
        for (int i = 0; i < shape[dim]; i++) {
            copyC(out, pos, dim + 1, off + i * strides[dim]);
        }
    }

    private void copyF(byte[] out, int[] pos) {
        int total = 1;
        for (int s : shape) {
            total *= s;
        }
        int[] idx = new int[shape.length];
        for (int k = 0; k < total; k++) {
            int off = offset;
            for (int d = 0; d < shape.length; d++) {
                off += idx[d] * strides[d];
            }
            System.arraycopy(array, off, out, pos[0], itemsize);
            pos[0] += itemsize;
            for (int d = 0; d < shape.length; d++) {
                if (++idx[d] < shape[d]) {
                    break;
                }
                idx[d] = 0;
            }
        }
    }

    // ---- struct formats ----------------------------------------------------------------------

    /** The native format character of a format string ("B", "@i"), or 0 when unsupported. */
    static char nativeFormat(String fmt) {
        String f = fmt.startsWith("@") ? fmt.substring(1) : fmt;
        if (f.length() != 1) {
            return 0;
        }
        char c = f.charAt(0);
        return itemSize(c) > 0 ? c : 0;
    }

    /** Native item size of a struct format character, or 0 when memoryview does not support it. */
    static int itemSize(char c) {
        return switch (c) {
            case 'c', 'b', 'B', '?' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P' -> 8;
            default -> 0;
        };
    }

    private static boolean isByteFormat(String fmt) {
        char c = nativeFormat(fmt);
        return c == 'B' || c == 'b' || c == 'c';
    }

    private static long readLE(byte[] a, int off, int size) {
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = (v << 8) | (a[off + i] & 0xff);
        }
        return v;
    }

    private static void writeLE(byte[] a, int off, int size, long v) {
        for (int i = 0; i < size; i++) {
            a[off + i] = (byte) v;
            v >>>= 8;
        }
    }

    /** Unpacks the item at byte offset off (unpack_single). */
    static PyObject unpack(byte[] a, int off, String fmt) {
        char c = nativeFormat(fmt);
        switch (c) {
            case 'B':
                return PyInt.of(a[off] & 0xff);
            case 'b':
                return PyInt.of(a[off]);
            case 'c':
                return PyBytes.of(new byte[] {a[off]});
            case '?':
                return Py.bool(a[off] != 0);
            case 'h':
                return PyInt.of((short) readLE(a, off, 2));
            case 'H':
                return PyInt.of(readLE(a, off, 2));
            case 'i':
                return PyInt.of((int) readLE(a, off, 4));
            case 'I':
                return PyInt.of(readLE(a, off, 4));
            case 'l', 'q', 'n':
                return PyInt.of(readLE(a, off, 8));
            case 'L', 'Q', 'N', 'P': {
                long v = readLE(a, off, 8);
                if (v >= 0) {
                    return PyInt.of(v);
                }
                return PyInt.of(new java.math.BigInteger(Long.toUnsignedString(v)));
            }
            case 'f':
                return new PyFloat(Float.intBitsToFloat((int) readLE(a, off, 4)));
            case 'd':
                return new PyFloat(Double.longBitsToDouble(readLE(a, off, 8)));
            case 'e':
                return new PyFloat(Float.float16ToFloat((short) readLE(a, off, 2)));
            default:
                throw Err.notImplemented("memoryview: format %s not supported", fmt);
        }
    }

    private static PyException typeErr(String fmt) {
        return Err.type("memoryview: invalid type for format '%s'", fmt);
    }

    private static PyException valueErr(String fmt) {
        return Err.value("memoryview: invalid value for format '%s'", fmt);
    }

    /** Packs v into the item at byte offset off (pack_single). */
    static void pack(byte[] a, int off, String fmt, PyObject v) {
        char c = nativeFormat(fmt);
        switch (c) {
            case 'c' -> {
                if (!(v instanceof PyBytes b)) {
                    throw typeErr(fmt);
                }
                if (b.size() != 1) {
                    throw valueErr(fmt);
                }
                a[off] = b.bytes()[0];
            }
            case '?' -> a[off] = (byte) (Abstract.isTrue(v) ? 1 : 0);
            case 'f', 'd', 'e' -> {
                double d;
                try {
                    d = Abstract.asDouble(v);
                } catch (PyException e) {
                    if (e.matches(PyExc.TypeError)) {
                        throw typeErr(fmt);
                    }
                    throw e;
                }
                if (c == 'd') {
                    writeLE(a, off, 8, Double.doubleToRawLongBits(d));
                } else if (c == 'f') {
                    writeLE(a, off, 4, Float.floatToRawIntBits((float) d));
                } else {
                    short h = Float.floatToFloat16((float) d);
                    if (Float.isInfinite(Float.float16ToFloat(h)) && !Double.isInfinite(d)) {
                        throw valueErr(fmt);
                    }
                    writeLE(a, off, 2, h);
                }
            }
            case 0 -> throw Err.notImplemented("memoryview: format %s not supported", fmt);
            default -> {
                PyInt i;
                try {
                    i = Abstract.index(v);
                } catch (PyException e) {
                    if (e.matches(PyExc.TypeError)) {
                        throw typeErr(fmt);
                    }
                    throw e;
                }
                java.math.BigInteger b = i.bigValue();
                int size = itemSize(c);
                boolean unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N' || c == 'P';
                java.math.BigInteger min = unsigned ? java.math.BigInteger.ZERO
                        : java.math.BigInteger.ONE.shiftLeft(size * 8 - 1).negate();
                java.math.BigInteger max = unsigned ? java.math.BigInteger.ONE.shiftLeft(size * 8).subtract(java.math.BigInteger.ONE)
                        : java.math.BigInteger.ONE.shiftLeft(size * 8 - 1).subtract(java.math.BigInteger.ONE);
                if (b.compareTo(min) < 0 || b.compareTo(max) > 0) {
                    throw valueErr(fmt);
                }
                writeLE(a, off, size, b.longValue());
            }
        }
    }

    // ---- indexing ----------------------------------------------------------------------------

    /** The byte offset of item index i on dimension dim. */
    private int itemOffset(int base, long i, int dim) {
        int n = shape[dim];
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Err.index("index out of bounds on dimension %d", dim + 1);
        }
        return base + (int) i * strides[dim];
    }

    static PyObject getItem(PyObject selfObj, PyObject key) {
        PyMemoryView m = (PyMemoryView) selfObj;
        m.checkReleased();
        int ndim = m.shape.length;
        if (ndim == 0) {
            if (key == Py.Ellipsis) {
                return m.derive(m.offset, m.format, m.itemsize, m.shape, m.strides, m.readonly);
            }
            if (key instanceof PyTuple t && t.size() == 0) {
                return unpack(m.array, m.offset, m.format);
            }
            throw Err.type("invalid indexing of 0-dim memory");
        }
        if (!(key instanceof PySlice) && Abstract.hasIndex(key)) {
            if (ndim > 1) {
                throw Err.notImplemented("multi-dimensional sub-views are not implemented");
            }
            long i = Abstract.asSsize(key, PyExc.IndexError);
            return unpack(m.array, m.itemOffset(m.offset, i, 0), m.format);
        }
        if (key instanceof PySlice sl) {
            Slices.Bounds b = Slices.bounds(sl, m.shape[0]);
            int[] shp = m.shape.clone();
            int[] str = m.strides.clone();
            int off = m.offset + (int) b.start() * m.strides[0];
            shp[0] = (int) b.length();
            str[0] = (int) (m.strides[0] * b.step());
            return m.derive(off, m.format, m.itemsize, shp, str, m.readonly);
        }
        if (key instanceof PyTuple t) {
            PyObject[] items = t.items();
            boolean allIndex = true;
            boolean anySlice = false;
            for (PyObject o : items) {
                if (o instanceof PySlice) {
                    anySlice = true;
                    allIndex = false;
                } else if (!Abstract.hasIndex(o)) {
                    allIndex = false;
                }
            }
            if (allIndex) {
                if (items.length < ndim) {
                    throw Err.notImplemented("sub-views are not implemented");
                }
                if (items.length > ndim) {
                    throw Err.type("cannot index %d-dimension view with %d-element tuple", ndim, items.length);
                }
                int off = m.offset;
                for (int d = 0; d < ndim; d++) {
                    off = m.itemOffset(off, Abstract.asSsize(items[d], PyExc.IndexError), d);
                }
                return unpack(m.array, off, m.format);
            }
            boolean allSlices = true;
            for (PyObject o : items) {
                if (!(o instanceof PySlice)) {
                    allSlices = false;
                }
            }
            if (anySlice && allSlices) {
                throw Err.notImplemented("multi-dimensional slicing is not implemented");
            }
        }
        throw Err.type("memoryview: invalid slice key");
    }

    static void setItem(PyObject selfObj, PyObject key, PyObject value) {
        PyMemoryView m = (PyMemoryView) selfObj;
        m.checkReleased();
        if (m.readonly) {
            throw Err.type("cannot modify read-only memory");
        }
        if (value == null) {
            throw Err.type("cannot delete memory");
        }
        int ndim = m.shape.length;
        if (ndim == 0) {
            if (key == Py.Ellipsis || (key instanceof PyTuple t && t.size() == 0)) {
                pack(m.array, m.offset, m.format, value);
                return;
            }
            throw Err.type("invalid indexing of 0-dim memory");
        }
        if (!(key instanceof PySlice) && Abstract.hasIndex(key)) {
            if (ndim > 1) {
                throw Err.notImplemented("sub-views are not implemented");
            }
            long i = Abstract.asSsize(key, PyExc.IndexError);
            pack(m.array, m.itemOffset(m.offset, i, 0), m.format, value);
            return;
        }
        if (key instanceof PySlice sl) {
            if (ndim != 1) {
                throw Err.notImplemented("memoryview slice assignments are currently restricted to ndim = 1");
            }
            if (!(value instanceof BufferProtocol bp)) {
                throw Err.type("a bytes-like object is required, not '%s'", Err.tn(value));
            }
            BufferView src = bp.getBuffer(0);
            try {
                Slices.Bounds b = Slices.bounds(sl, m.shape[0]);
                if (src.ndim() != 1 || src.shape[0] != b.length() || !src.format.equals(m.format)
                        && nativeFormat(src.format) != nativeFormat(m.format)) {
                    throw Err.value("memoryview assignment: lvalue and rvalue have different structures");
                }
                byte[] data = src.toByteArray();
                int dst = m.offset + (int) b.start() * m.strides[0];
                int step = (int) (m.strides[0] * b.step());
                for (int k = 0; k < b.length(); k++) {
                    System.arraycopy(data, k * m.itemsize, m.array, dst + k * step, m.itemsize);
                }
            } finally {
                src.release();
            }
            return;
        }
        if (key instanceof PyTuple t) {
            PyObject[] items = t.items();
            boolean allIndex = true;
            for (PyObject o : items) {
                if (o instanceof PySlice || !Abstract.hasIndex(o)) {
                    allIndex = false;
                }
            }
            if (allIndex) {
                if (items.length < ndim) {
                    throw Err.notImplemented("sub-views are not implemented");
                }
                if (items.length > ndim) {
                    throw Err.type("cannot index %d-dimension view with %d-element tuple", ndim, items.length);
                }
                int off = m.offset;
                for (int d = 0; d < ndim; d++) {
                    off = m.itemOffset(off, Abstract.asSsize(items[d], PyExc.IndexError), d);
                }
                pack(m.array, off, m.format, value);
                return;
            }
            throw Err.notImplemented("memoryview slice assignments are currently restricted to ndim = 1");
        }
        throw Err.type("memoryview: invalid slice key");
    }

    private PyObject toList(int dim, int off) {
        if (dim == shape.length) {
            return unpack(array, off, format);
        }
        ArrayList<PyObject> out = new ArrayList<>(shape[dim]);
        for (int i = 0; i < shape[dim]; i++) {
            out.add(toList(dim + 1, off + i * strides[dim]));
        }
        return new PyList(out);
    }

    /** memoryview.tolist() */
    public PyObject toList() {
        checkReleased();
        if (nativeFormat(format) == 0) {
            throw Err.notImplemented("memoryview: format %s not supported", format);
        }
        return toList(0, offset);
    }

    /** The items in C order as Python objects (for comparison). */
    private static void items(BufferView v, ArrayList<PyObject> out, int dim, int off) {
        if (dim == v.shape.length) {
            out.add(unpack(v.array, off, v.format));
            return;
        }
        for (int i = 0; i < v.shape[dim]; i++) {
            items(v, out, dim + 1, off + i * v.strides[dim]);
        }
    }

    static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return Py.NotImplemented;
        }
        PyMemoryView v = (PyMemoryView) a;
        boolean equal;
        if (v.released || (b instanceof PyMemoryView w && w.released)) {
            equal = a == b;
        } else if (!(b instanceof BufferProtocol bp)) {
            return Py.NotImplemented;
        } else {
            BufferView wv = bp.getBuffer(0);
            BufferView vv = v.getBuffer(0);
            try {
                equal = equalViews(vv, wv);
            } finally {
                vv.release();
                wv.release();
            }
        }
        return Py.bool(op == CompareOp.EQ ? equal : !equal);
    }

    private static boolean equalViews(BufferView vv, BufferView wv) {
        if (vv.ndim() != wv.ndim()) {
            return false;
        }
        for (int i = 0; i < vv.ndim(); i++) {
            if (vv.shape[i] != wv.shape[i]) {
                return false;
            }
            if (vv.shape[i] == 0) {
                break;
            }
        }
        char vf = nativeFormat(vv.format);
        char wf = nativeFormat(wv.format);
        if (vf == wf && vf != 0 && vf != 'f' && vf != 'd' && vf != 'e') {
            return java.util.Arrays.equals(vv.toByteArray(), wv.toByteArray());
        }
        if (vf == 0 || wf == 0) {
            if (vv.format.equals(wv.format)) {
                return java.util.Arrays.equals(vv.toByteArray(), wv.toByteArray());
            }
            return false;
        }
        ArrayList<PyObject> x = new ArrayList<>();
        ArrayList<PyObject> y = new ArrayList<>();
        items(vv, x, 0, vv.offset);
        items(wv, y, 0, wv.offset);
        for (int i = 0; i < x.size(); i++) {
            PyObject p = x.get(i);
            PyObject q = y.get(i);
            if (p instanceof PyFloat pf && q instanceof PyFloat qf) {
                if (!(pf.value == qf.value)) {
                    return false;
                }
            } else if (!Abstract.richCompareBool(p, q, CompareOp.EQ)) {
                return false;
            }
        }
        return true;
    }

    static long hash(PyObject selfObj) {
        PyMemoryView m = (PyMemoryView) selfObj;
        if (m.hash == -1) {
            m.checkReleased();
            if (!m.readonly) {
                throw Err.value("cannot hash writable memoryview object");
            }
            if (!isByteFormat(m.format)) {
                throw Err.value("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            Abstract.hash(m.obj);
            byte[] b = m.bytes('C');
            m.hash = Hashing.hashBytes(b, 0, b.length);
        }
        return m.hash;
    }

    private static PyObject cast(PyMemoryView m, PyObject fmtObj, PyObject shapeObj) {
        m.checkReleased();
        if (!m.isC()) {
            throw Err.type("memoryview: casts are restricted to C-contiguous views");
        }
        if (shapeObj != null || m.shape.length != 1) {
            for (int s : m.shape) {
                if (s == 0) {
                    throw Err.type("memoryview: cannot cast view with zeros in shape or strides");
                }
            }
        }
        int ndim = 1;
        if (shapeObj != null) {
            if (!(shapeObj instanceof PyList) && !(shapeObj instanceof PyTuple)) {
                throw Err.type("shape must be a list or a tuple");
            }
            ndim = (int) Abstract.length(shapeObj);
            if (ndim > 64) {
                throw Err.value("memoryview: number of dimensions must not exceed 64");
            }
            if (m.shape.length != 1 && ndim != 1) {
                throw Err.type("memoryview: cast must be 1D -> ND or ND -> 1D");
            }
        }
        if (!(fmtObj instanceof PyStr fs)) {
            throw Err.type("cast() argument 'format' must be str, not %s", Err.tn(fmtObj));
        }
        String fmt = fs.value;
        char c = nativeFormat(fmt);
        if (c == 0) {
            throw Err.value("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        if (!isByteFormat(m.format) && !isByteFormat(fmt)) {
            throw Err.type("memoryview: cannot cast between two non-byte formats");
        }
        int isize = itemSize(c);
        int nbytes = m.nbytes();
        if (nbytes % isize != 0) {
            throw Err.type("memoryview: length is not a multiple of itemsize");
        }
        int[] shp;
        if (shapeObj == null) {
            shp = new int[] {nbytes / isize};
        } else {
            shp = shapeArg(shapeObj);
            long prod = isize;
            for (int s : shp) {
                prod *= s;
            }
            if (prod != nbytes) {
                throw Err.type("memoryview: product(shape) * itemsize != buffer size");
            }
        }
        int[] str = new int[shp.length];
        int sd = isize;
        for (int i = shp.length - 1; i >= 0; i--) {
            str[i] = sd;
            sd *= shp[i];
        }
        return m.derive(m.offset, fmt, isize, shp, str, m.readonly);
    }

    private static int[] shapeArg(PyObject o) {
        if (!(o instanceof PyList) && !(o instanceof PyTuple)) {
            throw Err.type("shape must be a list or a tuple");
        }
        PyObject[] items = Abstract.toArray(o);
        int[] r = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyInt pi)) {
                throw Err.type("memoryview.cast(): elements of shape must be integers");
            }
            long v = pi.isSmall() ? pi.longValue() : -1;
            if (v <= 0 || v > Integer.MAX_VALUE) {
                throw Err.value("memoryview.cast(): elements of shape must be integers > 0");
            }
            r[i] = (int) v;
        }
        return r;
    }

    private static PyTuple ints(int[] a) {
        PyObject[] o = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            o[i] = PyInt.of(a[i]);
        }
        return PyTuple.of(o);
    }

    private static PyMemoryView self(PyObject o) {
        PyMemoryView m = (PyMemoryView) o;
        m.checkReleased();
        return m;
    }

    static void define(PyType t) {
        t.flags(PyType.SEQUENCE);
        t.doc("Create a new memoryview object which references the given object.");
        t.tp_new = (type, args, kw) -> {
            PyObject[] a = new ArgParser("memoryview", "object").bind(args, kw);
            return of(a[0]);
        };
        t.tp_repr = self -> {
            PyMemoryView m = (PyMemoryView) self;
            return PyStr.of((m.released ? "<released memory at " : "<memory at ") + Abstract.addressOf(m) + ">");
        };
        t.tp_hash = PyMemoryView::hash;
        t.tp_richcompare = PyMemoryView::richCompare;
        t.sq_length = self -> {
            PyMemoryView m = self(self);
            return m.shape.length == 0 ? 1 : m.shape[0];
        };
        t.mp_subscript = PyMemoryView::getItem;
        t.mp_ass_subscript = PyMemoryView::setItem;
        t.tp_iter = self -> {
            PyMemoryView m = self(self);
            if (m.shape.length == 0) {
                throw Err.type("invalid indexing of 0-dim memory");
            }
            if (m.shape.length > 1) {
                throw Err.notImplemented("multi-dimensional sub-views are not implemented");
            }
            return new MemoryIterator(m);
        };
        t.getset("obj", self -> {
            PyObject o = self(self).obj;
            return o == null ? Py.None : o;
        });
        t.getset("nbytes", self -> PyInt.of(self(self).nbytes()));
        t.getset("readonly", self -> Py.bool(self(self).readonly));
        t.getset("itemsize", self -> PyInt.of(self(self).itemsize));
        t.getset("format", self -> PyStr.of(self(self).format));
        t.getset("ndim", self -> PyInt.of(self(self).shape.length));
        t.getset("shape", self -> ints(self(self).shape));
        t.getset("strides", self -> ints(self(self).strides));
        t.getset("suboffsets", self -> {
            self(self);
            return PyTuple.EMPTY;
        });
        t.getset("c_contiguous", self -> Py.bool(self(self).isC()));
        t.getset("f_contiguous", self -> Py.bool(self(self).isF()));
        t.getset("contiguous", self -> Py.bool(self(self).isC() || self(self).isF()));
        t.method0("release", self -> {
            ((PyMemoryView) self).release();
            return Py.None;
        });
        t.method0("__enter__", self -> self(self));
        t.methodV("__exit__", (self, args, kw) -> {
            ((PyMemoryView) self).release();
            return Py.None;
        });
        t.method0("tolist", self -> ((PyMemoryView) self).toList());
        t.method("tobytes", "order='C'", (self, a) -> {
            PyMemoryView m = self(self);
            char order = 'C';
            if (a[0] != Py.None) {
                String o = StrMethods.strArg(a[0], "tobytes", "'order'");
                if (!o.equals("C") && !o.equals("F") && !o.equals("A")) {
                    throw Err.value("order must be 'C', 'F' or 'A'");
                }
                order = o.charAt(0);
            }
            return PyBytes.of(m.bytes(order == 'A' ? (m.isC() ? 'C' : 'F') : order));
        });
        t.method("hex", "sep=NULL, bytes_per_sep=1", (self, a) -> {
            byte[] b = self(self).bytes('C');
            return PyStr.of(BytesMethods.hex(b, 0, b.length, a[0], a[1]));
        });
        t.method("cast", "format, shape=NULL", (self, a) -> cast((PyMemoryView) self, a[0], a[1]));
        t.method0("toreadonly", self -> {
            PyMemoryView m = self(self);
            return m.derive(m.offset, m.format, m.itemsize, m.shape, m.strides, true);
        });
        t.method0("__sizeof__", self -> PyInt.of(144 + 24L * ((PyMemoryView) self).shape.length));
    }

    /** memory_iterator. */
    static final class MemoryIterator extends PyObject {
        static final PyType TYPE = PyType.builtin("memory_iterator", MemoryIterator.class, MemoryIterator::define);
        private PyMemoryView seq;
        private int index;

        MemoryIterator(PyMemoryView seq) {
            super(TYPE);
            this.seq = seq;
        }

        private static void define(PyType t) {
            t.flags(PyType.DISALLOW_INSTANTIATION);
            t.tp_iter = self -> self;
            t.tp_iternext = self -> {
                MemoryIterator it = (MemoryIterator) self;
                PyMemoryView m = it.seq;
                if (m == null) {
                    return null;
                }
                m.checkReleased();
                if (it.index < m.shape[0]) {
                    return unpack(m.array, m.offset + it.index++ * m.strides[0], m.format);
                }
                it.seq = null;
                return null;
            };
        }
    }
}
