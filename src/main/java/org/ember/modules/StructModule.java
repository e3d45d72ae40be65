package org.ember.modules;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.BufferProtocol;
import org.ember.objects.BufferView;
import org.ember.objects.Codecs;
import org.ember.objects.Err;
import org.ember.objects.ExtensibleObject;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyByteArray;
import org.ember.objects.PyBytes;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/**
 * The _struct module (CPython's Modules/_struct.c): conversion between Python values and C
 * structs packed into bytes. Native mode ('@') follows the x86-64 Linux ABI (LP64, little
 * endian); the standard modes use the standard sizes without alignment. Error messages and
 * the choice of error per format code and byte order are CPython 3.11's.
 */
public final class StructModule {
    private StructModule() {}

    /** struct.error. */
    public static final PyType ERROR = PyType.builtin("error", PyBaseException.class,
            t -> t.base(PyExc.Exception).module("struct").flags(PyType.BASETYPE | PyType.HAS_DICT));

    static PyException error(String format, Object... args) {
        return Err.format(ERROR, format, args);
    }

    // ---- layouts ---------------------------------------------------------------------------------

    static final int NATIVE = 0;
    static final int LITTLE = 1;
    static final int BIG = 2;

    private static final int CACHE_MAX = 100;

    /** A compiled format: one entry per value (and one per 's'/'p' field); pad bytes have none. */
    static final class Layout {
        final int mode;
        final int size;
        final char[] codes;
        final int[] offsets;
        /** Byte size of each entry (the count for 's' and 'p'). */
        final int[] sizes;

        Layout(int mode, int size, char[] codes, int[] offsets, int[] sizes) {
            this.mode = mode;
            this.size = size;
            this.codes = codes;
            this.offsets = offsets;
            this.sizes = sizes;
        }

        int count() {
            return codes.length;
        }
    }

    private static int nativeSize(char c) {
        return switch (c) {
            case 'x', 'b', 'B', 'c', 's', 'p', '?' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'd' -> 8;
            default -> -1;
        };
    }

    private static int standardSize(char c) {
        return switch (c) {
            case 'x', 'b', 'B', 'c', 's', 'p', '?' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'l', 'L', 'f' -> 4;
            case 'q', 'Q', 'd' -> 8;
            default -> -1;
        };
    }

    /** prepare_s: compiles an ASCII format (without NUL) into a layout. */
    static Layout compile(byte[] fmt) {
        for (byte b : fmt) {
            if (b == 0) {
                throw error("embedded null character");
            }
        }
        int pos = 0;
        int mode = NATIVE;
        if (fmt.length > 0) {
            switch (fmt[0]) {
                case '<' -> {
                    mode = LITTLE;
                    pos = 1;
                }
                case '>', '!' -> {
                    mode = BIG;
                    pos = 1;
                }
                case '=' -> {
                    mode = LITTLE;
                    pos = 1;
                }
                case '@' -> pos = 1;
                default -> {
                }
            }
        }
        // First pass: sizes and counts, with CPython's checks and overflow detection.
        long size = 0;
        int ncodes = 0;
        int start = pos;
        for (int i = start; i < fmt.length;) {
            char c = (char) (fmt[i++] & 0xff);
            if (isSpace(c)) {
                continue;
            }
            long num;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                c = 0;
                while (i < fmt.length) {
                    c = (char) (fmt[i++] & 0xff);
                    if (c < '0' || c > '9') {
                        break;
                    }
                    int d = c - '0';
                    if (num >= Long.MAX_VALUE / 10 && (num > Long.MAX_VALUE / 10 || d > Long.MAX_VALUE % 10)) {
                        throw error("total struct size too long");
                    }
                    num = num * 10 + d;
                    c = 0;
                }
                if (c == 0) {
                    throw error("repeat count given without format specifier");
                }
            } else {
                num = 1;
            }
            int itemsize = mode == NATIVE ? nativeSize(c) : standardSize(c);
            if (itemsize < 0 || (mode != NATIVE && (c == 'n' || c == 'N' || c == 'P'))) {
                throw error("bad char in struct format");
            }
            switch (c) {
                case 's', 'p' -> ncodes++;
                case 'x' -> {
                }
                default -> {
                    if (num > Integer.MAX_VALUE - ncodes) {
                        throw error("total struct size too long");
                    }
                    ncodes += (int) num;
                }
            }
            if (mode == NATIVE) {
                size = align(size, itemsize, c);
            }
            if (num > (Long.MAX_VALUE - size) / itemsize) {
                throw error("total struct size too long");
            }
            size += num * itemsize;
        }
        if (size > Integer.MAX_VALUE - 16) {
            throw Err.memory();
        }
        char[] codes = new char[ncodes];
        int[] offsets = new int[ncodes];
        int[] sizes = new int[ncodes];
        int k = 0;
        int off = 0;
        for (int i = start; i < fmt.length;) {
            char c = (char) (fmt[i++] & 0xff);
            if (isSpace(c)) {
                continue;
            }
            int num;
            if (c >= '0' && c <= '9') {
                long n = c - '0';
                while ((c = (char) (fmt[i++] & 0xff)) >= '0' && c <= '9') {
                    n = n * 10 + (c - '0');
                }
                num = (int) n;
            } else {
                num = 1;
            }
            int itemsize = mode == NATIVE ? nativeSize(c) : standardSize(c);
            if (mode == NATIVE) {
                off = (int) align(off, itemsize, c);
            }
            if (c == 's' || c == 'p') {
                codes[k] = c;
                offsets[k] = off;
                sizes[k] = num;
                k++;
                off += num;
            } else if (c == 'x') {
                off += num;
            } else {
                for (int j = 0; j < num; j++) {
                    codes[k] = c;
                    offsets[k] = off;
                    sizes[k] = itemsize;
                    k++;
                    off += itemsize;
                }
            }
        }
        return new Layout(mode, (int) size, codes, offsets, sizes);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
    }

    private static long align(long size, int itemsize, char c) {
        int alignment = switch (c) {
            case 'x', 'b', 'B', 'c', 's', 'p', '?' -> 0;
            default -> itemsize;
        };
        if (alignment > 0 && size > 0) {
            long extra = (alignment - 1) - (size - 1) % alignment;
            if (extra > Long.MAX_VALUE - size) {
                throw error("total struct size too long");
            }
            size += extra;
        }
        return size;
    }

    // ---- integer conversion helpers (get_pylong, get_long, get_ulong...) ----------------------

    private static PyInt pylong(PyObject v) {
        if (v instanceof PyInt i) {
            return i;
        }
        if (Abstract.hasIndex(v)) {
            return Abstract.index(v);
        }
        throw error("required argument is not an integer");
    }

    private static final BigInteger TWO64 = BigInteger.ONE.shiftLeft(64);

    /** get_long: a C long (64-bit), else struct.error("argument out of range"). */
    private static long getLong(PyObject v) {
        PyInt i = pylong(v);
        if (!i.isSmall()) {
            throw error("argument out of range");
        }
        return i.longValue();
    }

    /** get_ulong: a C unsigned long as a raw 64-bit pattern, else "argument out of range". */
    private static long getULong(PyObject v) {
        PyInt i = pylong(v);
        if (i.isSmall()) {
            if (i.longValue() < 0) {
                throw error("argument out of range");
            }
            return i.longValue();
        }
        BigInteger b = i.bigValue();
        if (b.signum() < 0 || b.bitLength() > 64) {
            throw error("argument out of range");
        }
        return b.longValue();
    }

    private static PyException rangeError(char format, int size, boolean unsigned) {
        if (unsigned) {
            BigInteger max = BigInteger.ONE.shiftLeft(size * 8).subtract(BigInteger.ONE);
            return error("'%c' format requires 0 <= number <= %s", format, max);
        }
        long largest = (1L << (size * 8 - 1)) - 1;
        return error("'%c' format requires %d <= number <= %d", format, ~largest, largest);
    }

    /** _PyLong_AsByteArray's checks for an 8-byte field (OverflowError, turned into struct.error for ints). */
    private static long asByteArray8(PyObject v, boolean signed) {
        PyInt i = pylong(v);
        BigInteger b = i.bigValue();
        if (!signed && b.signum() < 0) {
            throw Err.overflow("can't convert negative int to unsigned");
        }
        if (signed ? b.bitLength() > 63 : b.bitLength() > 64) {
            throw Err.overflow("int too large to convert");
        }
        return b.longValue();
    }

    private static double getDouble(PyObject v) {
        try {
            return Abstract.asDouble(v);
        } catch (PyException e) {
            throw error("required argument is not a float");
        }
    }

    // ---- half floats (_PyFloat_Pack2 / _PyFloat_Unpack2) --------------------------------------

    /** The IEEE 754 binary16 bits of x, rounded half to even; OverflowError when too large. */
    public static int packHalf(double x) {
        int sign;
        int e;
        int bits;
        if (x == 0.0) {
            sign = (Double.doubleToRawLongBits(x) < 0) ? 1 : 0;
            e = 0;
            bits = 0;
        } else if (Double.isInfinite(x)) {
            sign = x < 0 ? 1 : 0;
            e = 0x1f;
            bits = 0;
        } else if (Double.isNaN(x)) {
            sign = (Double.doubleToRawLongBits(x) < 0) ? 1 : 0;
            e = 0x1f;
            bits = 512;
        } else {
            sign = x < 0 ? 1 : 0;
            if (sign == 1) {
                x = -x;
            }
            // frexp, then normalise f to [1.0, 2.0)
            int ex = Math.getExponent(x);
            double f;
            if (ex == Double.MIN_EXPONENT - 1) {
                double y = x * 0x1p54;
                ex = Math.getExponent(y) - 54;
                f = Math.scalb(y, -(ex + 54));
            } else {
                f = Math.scalb(x, -ex);
            }
            e = ex;
            if (e >= 16) {
                throw Err.overflow("float too large to pack with e format");
            } else if (e < -25) {
                f = 0.0;
                e = 0;
            } else if (e < -14) {
                f = Math.scalb(f, 14 + e);
                e = 0;
            } else {
                e += 15;
                f -= 1.0;
            }
            f *= 1024.0;
            bits = (int) f;
            double rest = f - bits;
            if (rest > 0.5 || (rest == 0.5 && (bits & 1) == 1)) {
                ++bits;
                if (bits == 1024) {
                    bits = 0;
                    ++e;
                    if (e == 31) {
                        throw Err.overflow("float too large to pack with e format");
                    }
                }
            }
        }
        return bits | (e << 10) | (sign << 15);
    }

    public static double unpackHalf(int h) {
        int sign = (h >> 15) & 1;
        int e = (h >> 10) & 0x1f;
        int f = h & 0x3ff;
        if (e == 0x1f) {
            if (f == 0) {
                return sign == 1 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            return sign == 1 ? -Double.NaN : Double.NaN;
        }
        double x = f / 1024.0;
        if (e == 0) {
            e = -14;
        } else {
            x += 1.0;
            e -= 15;
        }
        x = Math.scalb(x, e);
        return sign == 1 ? -x : x;
    }

    // ---- byte access ------------------------------------------------------------------------------

    private static void put(byte[] b, int off, long v, int size, boolean big) {
        if (big) {
            for (int i = size - 1; i >= 0; i--) {
                b[off + i] = (byte) v;
                v >>= 8;
            }
        } else {
            for (int i = 0; i < size; i++) {
                b[off + i] = (byte) v;
                v >>= 8;
            }
        }
    }

    private static long get(byte[] b, int off, int size, boolean big) {
        long v = 0;
        if (big) {
            for (int i = 0; i < size; i++) {
                v = (v << 8) | (b[off + i] & 0xff);
            }
        } else {
            for (int i = size - 1; i >= 0; i--) {
                v = (v << 8) | (b[off + i] & 0xff);
            }
        }
        return v;
    }

    private static PyInt unsigned64(long v) {
        if (v >= 0) {
            return PyInt.of(v);
        }
        return PyInt.of(BigInteger.valueOf(v).add(TWO64));
    }

    // ---- packing ------------------------------------------------------------------------------------

    /** Packs one value of entry k at {@code base + offsets[k]} (the pack function of the format table). */
    private static void packOne(Layout l, int k, byte[] out, int base, PyObject v) {
        char c = l.codes[k];
        int off = base + l.offsets[k];
        boolean big = l.mode == BIG;
        switch (c) {
            case 'b' -> {
                long x = getLong(v);
                if (x < -128 || x > 127) {
                    throw error("byte format requires -128 <= number <= 127");
                }
                out[off] = (byte) x;
            }
            case 'B' -> {
                long x = getLong(v);
                if (x < 0 || x > 255) {
                    throw error("ubyte format requires 0 <= number <= 255");
                }
                out[off] = (byte) x;
            }
            case 'c' -> {
                if (!(v instanceof PyBytes bv) || bv.size() != 1) {
                    throw error("char format requires a bytes object of length 1");
                }
                out[off] = bv.bytes()[0];
            }
            case '?' -> out[off] = (byte) (Abstract.isTrue(v) ? 1 : 0);
            case 'h' -> {
                long x = getLong(v);
                if (x < -32768 || x > 32767) {
                    if (big) {
                        throw rangeError('h', 2, false);
                    }
                    throw error("short format requires -32768 <= number <= 32767");
                }
                put(out, off, x, 2, big);
            }
            case 'H' -> {
                if (big) {
                    long x = getULong(v);
                    if (Long.compareUnsigned(x, 65535) > 0) {
                        throw rangeError('H', 2, true);
                    }
                    put(out, off, x, 2, true);
                } else {
                    long x = getLong(v);
                    if (x < 0 || x > 65535) {
                        throw error("ushort format requires 0 <= number <= 65535");
                    }
                    put(out, off, x, 2, false);
                }
            }
            case 'i' -> {
                long x = getLong(v);
                if (x < Integer.MIN_VALUE || x > Integer.MAX_VALUE) {
                    throw rangeError('i', 4, false);
                }
                put(out, off, x, 4, big);
            }
            case 'I' -> {
                long x = getULong(v);
                if (Long.compareUnsigned(x, 0xffffffffL) > 0) {
                    throw rangeError('I', 4, true);
                }
                put(out, off, x, 4, big);
            }
            case 'l' -> {
                long x = getLong(v);
                if (l.mode != NATIVE) {
                    if (x < Integer.MIN_VALUE || x > Integer.MAX_VALUE) {
                        throw rangeError('l', 4, false);
                    }
                }
                put(out, off, x, l.sizes[k], big);
            }
            case 'L' -> {
                long x = getULong(v);
                if (l.mode != NATIVE && Long.compareUnsigned(x, 0xffffffffL) > 0) {
                    throw rangeError('L', 4, true);
                }
                put(out, off, x, l.sizes[k], big);
            }
            case 'q', 'n' -> put(out, off, big ? asByteArray8(v, true) : getLong(v), 8, big);
            case 'Q', 'N' -> put(out, off, big ? asByteArray8(v, false) : getULong(v), 8, big);
            case 'P' -> {
                PyInt i = pylong(v);
                long x;
                if (i.signum() < 0) {
                    if (!i.isSmall()) {
                        throw Err.overflow("Python int too large to convert to C long");
                    }
                    x = i.longValue();
                } else {
                    BigInteger b = i.bigValue();
                    if (b.bitLength() > 64) {
                        throw Err.overflow("Python int too large to convert to C unsigned long");
                    }
                    x = b.longValue();
                }
                put(out, off, x, 8, false);
            }
            case 'e' -> put(out, off, packHalf(getDouble(v)), 2, big);
            case 'f' -> {
                double x = getDouble(v);
                float y = (float) x;
                if (l.mode != NATIVE && Float.isInfinite(y) && !Double.isInfinite(x)) {
                    throw Err.overflow("float too large to pack with f format");
                }
                put(out, off, Float.floatToRawIntBits(y), 4, big);
            }
            case 'd' -> put(out, off, Double.doubleToRawLongBits(getDouble(v)), 8, big);
            case 's', 'p' -> {
                byte[] src;
                int srcOff;
                int n;
                if (v instanceof PyBytes bv) {
                    src = bv.bytes();
                    srcOff = 0;
                    n = src.length;
                } else if (v instanceof PyByteArray) {
                    src = ((PyByteArray) v).toByteArray();
                    srcOff = 0;
                    n = src.length;
                } else {
                    throw error("argument for '%c' must be a bytes object", c);
                }
                int fieldSize = l.sizes[k];
                if (c == 's') {
                    n = Math.min(n, fieldSize);
                    System.arraycopy(src, srcOff, out, off, n);
                } else {
                    if (fieldSize == 0) {
                        return;
                    }
                    n = Math.min(n, fieldSize - 1);
                    System.arraycopy(src, srcOff, out, off + 1, n);
                    out[off] = (byte) Math.min(n, 255);
                }
            }
            default -> throw Err.system("bad struct code '%c'", c);
        }
    }

    /** s_pack_internal: packs args[from...] into out at base (which must be zeroed where pads are). */
    static void packValues(Layout l, byte[] out, int base, PyObject[] args, int from) {
        for (int k = 0; k < l.codes.length; k++) {
            PyObject v = args[from + k];
            try {
                packOne(l, k, out, base, v);
            } catch (PyException e) {
                if (v instanceof PyInt && e.matches(PyExc.OverflowError)) {
                    throw error("int too large to convert");
                }
                throw e;
            }
        }
    }

    // ---- unpacking ----------------------------------------------------------------------------

    private static PyObject unpackOne(Layout l, int k, byte[] b, int base) {
        char c = l.codes[k];
        int off = base + l.offsets[k];
        boolean big = l.mode == BIG;
        int size = l.sizes[k];
        return switch (c) {
            case 'b' -> PyInt.of(b[off]);
            case 'B' -> PyInt.of(b[off] & 0xff);
            case 'c' -> PyBytes.of(new byte[] {b[off]});
            case '?' -> Py.bool(b[off] != 0);
            case 'h' -> PyInt.of((short) get(b, off, 2, big));
            case 'H' -> PyInt.of(get(b, off, 2, big));
            case 'i' -> PyInt.of((int) get(b, off, 4, big));
            case 'I' -> PyInt.of(get(b, off, 4, big));
            case 'l' -> size == 4 ? PyInt.of((int) get(b, off, 4, big)) : PyInt.of(get(b, off, 8, big));
            case 'L' -> size == 4 ? PyInt.of(get(b, off, 4, big)) : unsigned64(get(b, off, 8, big));
            case 'q', 'n' -> PyInt.of(get(b, off, 8, big));
            case 'Q', 'N', 'P' -> unsigned64(get(b, off, 8, big));
            case 'e' -> new PyFloat(unpackHalf((int) get(b, off, 2, big)));
            case 'f' -> new PyFloat(Float.intBitsToFloat((int) get(b, off, 4, big)));
            case 'd' -> new PyFloat(Double.longBitsToDouble(get(b, off, 8, big)));
            case 's' -> PyBytes.of(java.util.Arrays.copyOfRange(b, off, off + size));
            case 'p' -> {
                if (size == 0) {
                    yield PyBytes.EMPTY;
                }
                int n = b[off] & 0xff;
                if (n >= size) {
                    n = size - 1;
                }
                yield PyBytes.of(java.util.Arrays.copyOfRange(b, off + 1, off + 1 + n));
            }
            default -> throw Err.system("bad struct code '%c'", c);
        };
    }

    static PyTuple unpack(Layout l, byte[] b, int base) {
        PyObject[] out = new PyObject[l.codes.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = unpackOne(l, k, b, base);
        }
        return PyTuple.of(out);
    }

    // ---- buffers ------------------------------------------------------------------------------

    static BytesArg.Window readable(PyObject o) {
        return BytesArg.read(o);
    }

    static BufferView writable(PyObject o) {
        if (o instanceof BufferProtocol bp) {
            try {
                BufferView v = bp.getBuffer(BufferProtocol.WRITABLE);
                if (v.isCContiguous()) {
                    return v;
                }
                v.release();
            } catch (PyException e) {
                if (!e.matches(PyExc.BufferError)) {
                    throw e;
                }
            }
        }
        throw Err.type("argument must be read-write bytes-like object, not %s", Err.tn(o));
    }

    // ---- the Struct type ----------------------------------------------------------------------

    /** struct.Struct: a compiled format. */
    public static final class PyStruct extends ExtensibleObject {
        public static final PyType TYPE = PyType.builtin("Struct", PyStruct.class, PyStruct::define);
        private static final ArgParser INIT = new ArgParser("Struct", "format");
        private static final ArgParser UNPACK_FROM = new ArgParser("unpack_from", "buffer, offset=0");

        Layout layout;
        PyStr format;

        PyStruct(PyType type) {
            super(type);
        }

        Layout layout() {
            if (layout == null) {
                // An uninitialised Struct (Struct.__new__ without __init__) behaves as an empty format.
                layout = compile(new byte[0]);
                format = PyStr.EMPTY;
            }
            return layout;
        }

        void init(PyObject fmt) {
            byte[] raw;
            if (fmt instanceof PyStr s) {
                raw = ((PyBytes) Codecs.encode(s, "ascii", "strict")).bytes();
            } else if (fmt instanceof PyBytes b) {
                raw = b.bytes();
            } else {
                throw Err.type("Struct() argument 1 must be a str or bytes object, not %s", Err.tn(fmt));
            }
            Layout l = compile(raw);
            layout = l;
            format = PyStr.of(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1));
        }

        PyObject pack(PyObject[] args, int from, String fname) {
            Layout l = layout();
            int n = args.length - from;
            if (n != l.count()) {
                throw error("%s expected %d items for packing (got %d)", fname, l.count(), n);
            }
            byte[] out = new byte[l.size];
            packValues(l, out, 0, args, from);
            return PyBytes.of(out);
        }

        PyObject packInto(PyObject[] args, int from) {
            Layout l = layout();
            int n = args.length - from;
            if (n != l.count() + 2) {
                if (n == 0) {
                    throw error("pack_into expected buffer argument");
                } else if (n == 1) {
                    throw error("pack_into expected offset argument");
                }
                throw error("pack_into expected %d items for packing (got %d)", l.count(), n - 2);
            }
            BufferView v = writable(args[from]);
            try {
                long offset = Abstract.asSsize(args[from + 1], PyExc.IndexError);
                long len = v.len;
                if (offset < 0) {
                    if (offset + l.size > 0) {
                        throw error("no space to pack %d bytes at offset %d", l.size, offset);
                    }
                    if (offset + len < 0) {
                        throw error("offset %d out of range for %d-byte buffer", offset, len);
                    }
                    offset += len;
                }
                if (len - offset < l.size) {
                    throw error("pack_into requires a buffer of at least %s bytes for packing %d bytes at offset %d "
                            + "(actual buffer size is %d)", BigInteger.valueOf(l.size).add(BigInteger.valueOf(offset)),
                            l.size, offset, len);
                }
                // Pack into a scratch area first so that a failed pack leaves the buffer unchanged
                // only where CPython would (it packs in place, zeroing the struct's bytes first).
                int base = v.offset + (int) offset;
                java.util.Arrays.fill(v.array, base, base + l.size, (byte) 0);
                packValues(l, v.array, base, args, from + 2);
                return Py.None;
            } finally {
                v.release();
            }
        }

        PyObject unpack(PyObject buffer) {
            Layout l = layout();
            BytesArg.Window w = readable(buffer);
            try {
                if (w.len() != l.size) {
                    throw error("unpack requires a buffer of %d bytes", l.size);
                }
                return StructModule.unpack(l, w.array(), w.offset());
            } finally {
                w.release();
            }
        }

        PyObject unpackFrom(PyObject buffer, PyObject offsetObj) {
            Layout l = layout();
            BytesArg.Window w = readable(buffer);
            try {
                long offset = toSsize(offsetObj);
                long len = w.len();
                if (offset < 0) {
                    if (offset + len < 0) {
                        throw error("offset %d out of range for %d-byte buffer", offset, len);
                    }
                    if (offset + l.size > 0) {
                        throw error("not enough data to unpack %d bytes at offset %d", l.size, offset);
                    }
                    offset += len;
                }
                if (len - offset < l.size) {
                    throw error("unpack_from requires a buffer of at least %s bytes for unpacking %d bytes at offset %d "
                            + "(actual buffer size is %d)", BigInteger.valueOf(l.size).add(BigInteger.valueOf(offset)),
                            l.size, offset, len);
                }
                return StructModule.unpack(l, w.array(), w.offset() + (int) offset);
            } finally {
                w.release();
            }
        }

        PyObject iterUnpack(PyObject buffer) {
            Layout l = layout();
            if (l.size == 0) {
                throw error("cannot iteratively unpack with a struct of length 0");
            }
            BytesArg.Window w = readable(buffer);
            if (w.len() % l.size != 0) {
                w.release();
                throw error("iterative unpacking requires a buffer of a multiple of %d bytes", l.size);
            }
            return new UnpackIter(this, l, w);
        }

        private static void define(PyType t) {
            t.module("_struct");
            t.flags(PyType.BASETYPE | PyType.HAS_WEAKREF);
            t.doc("Struct(fmt) --> compiled struct object\n\n");
            t.tp_new = (type, args, kw) -> new PyStruct(type);
            t.tp_init = (self, args, kw) -> ((PyStruct) self).init(INIT.bind(args, kw)[0]);
            t.methodV("pack", (self, args, kw) -> {
                ArgParser.noKeywords("pack", kw);
                return ((PyStruct) self).pack(args, 0, "pack");
            });
            t.methodV("pack_into", (self, args, kw) -> {
                ArgParser.noKeywords("pack_into", kw);
                return ((PyStruct) self).packInto(args, 0);
            });
            t.method1("unpack", (self, b) -> ((PyStruct) self).unpack(b));
            t.method("unpack_from", NativeFunction.ofVector("unpack_from", (self, args, kw) -> {
                PyObject[] a = UNPACK_FROM.bind(args, kw);
                return ((PyStruct) self).unpackFrom(a[0], a[1]);
            }));
            t.method1("iter_unpack", (self, b) -> ((PyStruct) self).iterUnpack(b));
            t.method0("__sizeof__", self -> {
                Layout l = ((PyStruct) self).layout();
                return PyInt.of(48 + 24L * (l.count() + 1));
            });
            t.getset("format", self -> {
                ((PyStruct) self).layout();
                return ((PyStruct) self).format;
            });
            t.getset("size", self -> PyInt.of(((PyStruct) self).layout().size));
        }
    }

    /** A Py_ssize_t argument (OverflowError when too large). */
    static long toSsize(PyObject o) {
        PyInt i = Abstract.index(o);
        if (!i.isSmall()) {
            throw Err.overflow("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    /** The unpack_iterator returned by iter_unpack. */
    static final class UnpackIter extends PyObject {
        static final PyType TYPE = PyType.builtin("unpack_iterator", UnpackIter.class, UnpackIter::define);

        final PyStruct struct;
        final Layout layout;
        BytesArg.Window window;
        int index;

        UnpackIter(PyStruct s, Layout l, BytesArg.Window w) {
            super(TYPE);
            this.struct = s;
            this.layout = l;
            this.window = w;
        }

        private static void define(PyType t) {
            t.module("_struct");
            t.flags(PyType.DISALLOW_INSTANTIATION);
            t.tp_iter = self -> self;
            t.tp_iternext = self -> {
                UnpackIter it = (UnpackIter) self;
                BytesArg.Window w = it.window;
                if (w == null) {
                    return null;
                }
                if (it.index >= w.len()) {
                    w.release();
                    it.window = null;
                    return null;
                }
                PyTuple r = unpack(it.layout, w.array(), w.offset() + it.index);
                it.index += it.layout.size;
                return r;
            };
            t.method0("__length_hint__", self -> {
                UnpackIter it = (UnpackIter) self;
                if (it.window == null) {
                    return PyInt.ZERO;
                }
                return PyInt.of((it.window.len() - it.index) / it.layout.size);
            });
        }
    }

    // ---- module functions and cache -----------------------------------------------------------

    /** Per-interpreter cache of compiled Struct objects (CPython's cache, MAXSTRUCTS entries). */
    static final class State {
        final Map<Key, PyStruct> cache = new LinkedHashMap<>();
    }

    /** A cache key: str and bytes formats compared by kind and value (no Python calls). */
    record Key(boolean isStr, String value) {
        static Key of(PyObject fmt) {
            if (fmt.getType() == PyStr.TYPE) {
                return new Key(true, ((PyStr) fmt).value);
            }
            if (fmt.getType() == PyBytes.TYPE) {
                return new Key(false, new String(((PyBytes) fmt).bytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            return null;
        }
    }

    private static State state() {
        return ThreadState.current().interp.moduleState(State.class, i -> new State());
    }

    /** cache_struct_converter: the Struct for a format, from the interpreter's cache. */
    static PyStruct cached(PyObject fmt) {
        Key key = Key.of(fmt);
        if (key == null) {
            Abstract.hash(fmt);
            PyObject s = Abstract.call(PyStruct.TYPE, fmt);
            return (PyStruct) s;
        }
        State st = state();
        synchronized (st) {
            PyStruct s = st.cache.get(key);
            if (s != null) {
                return s;
            }
        }
        PyStruct s = (PyStruct) Abstract.call(PyStruct.TYPE, fmt);
        synchronized (st) {
            if (st.cache.size() >= CACHE_MAX) {
                st.cache.clear();
            }
            st.cache.put(key, s);
        }
        return s;
    }

    private static final ArgParser MOD_UNPACK_FROM = new ArgParser("unpack_from", "format, /, buffer, offset=0");

    private static final NativeFunction[] FUNCTIONS = {
        NativeFunction.ofVector("pack", (m, args, kw) -> {
            ArgParser.noKeywords("pack", kw);
            if (args.length == 0) {
                throw Err.type("missing format argument");
            }
            return cached(args[0]).pack(args, 1, "pack");
        }),
        NativeFunction.ofVector("pack_into", (m, args, kw) -> {
            ArgParser.noKeywords("pack_into", kw);
            if (args.length == 0) {
                throw Err.type("missing format argument");
            }
            return cached(args[0]).packInto(args, 1);
        }),
        NativeFunction.of("calcsize", (m, f) -> PyInt.of(cached(f).layout().size)),
        NativeFunction.of("unpack", (m, f, b) -> cached(f).unpack(b)),
        NativeFunction.ofVector("unpack_from", (m, args, kw) -> {
            PyObject[] a = MOD_UNPACK_FROM.bind(args, kw);
            return cached(a[0]).unpackFrom(a[1], a[2]);
        }),
        NativeFunction.of("iter_unpack", (m, f, b) -> cached(f).iterUnpack(b)),
        NativeFunction.of("_clearcache", m -> {
            State st = state();
            synchronized (st) {
                st.cache.clear();
            }
            return Py.None;
        }),
    };

    public static PyModule create(Interpreter interp) {
        PyType.ready(ERROR, PyStruct.TYPE, UnpackIter.TYPE);
        PyModule m = new PyModule("_struct");
        m.put("__doc__", PyStr.of(DOC));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        m.put("Struct", PyStruct.TYPE);
        m.put("error", ERROR);
        return m;
    }

    private static final String DOC = "Functions to convert between Python values and C structs.\n"
            + "Python bytes objects are used to hold the data representing the C struct\n"
            + "and also as format strings (explained below) to describe the layout of data\n"
            + "in the C struct.\n\n"
            + "The optional first format char indicates byte order, size and alignment:\n"
            + "  @: native order, size & alignment (default)\n"
            + "  =: native order, std. size & alignment\n"
            + "  <: little-endian, std. size & alignment\n"
            + "  >: big-endian, std. size & alignment\n"
            + "  !: same as >\n\n"
            + "The remaining chars indicate types of args and must match exactly;\n"
            + "these can be preceded by a decimal repeat count:\n"
            + "  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n"
            + "  ?: _Bool (requires C99; if not available, char is used instead)\n"
            + "  h:short; H:unsigned short; i:int; I:unsigned int;\n"
            + "  l:long; L:unsigned long; f:float; d:double; e:half-float.\n"
            + "Special cases (preceding decimal count indicates length):\n"
            + "  s:string (array of char); p: pascal string (with count byte).\n"
            + "Special cases (only available in native format):\n"
            + "  n:ssize_t; N:size_t;\n"
            + "  P:an integer type that is wide enough to hold a pointer.\n"
            + "Special case (not in native mode unless 'long long' in platform C):\n"
            + "  q:long long; Q:unsigned long long\n"
            + "Whitespace between formats is ignored.\n\n"
            + "The variable struct.error is an exception raised on errors.\n";
}
