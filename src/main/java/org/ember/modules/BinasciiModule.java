package org.ember.modules;

import java.io.ByteArrayOutputStream;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyBytes;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;
import org.ember.runtime.Interpreter;

/**
 * The binascii module (CPython's Modules/binascii.c): hex, base64, uuencode and
 * quoted-printable conversions and the CRC-32 and CRC-CCITT checksums, with CPython 3.11's
 * lenient and strict decoding rules and messages.
 */
public final class BinasciiModule {
    private BinasciiModule() {}

    public static final PyType ERROR = PyType.builtin("Error", PyBaseException.class,
            t -> t.base(PyExc.ValueError).module("binascii").flags(PyType.BASETYPE | PyType.HAS_DICT));
    public static final PyType INCOMPLETE = PyType.builtin("Incomplete", PyBaseException.class,
            t -> t.base(PyExc.Exception).module("binascii").flags(PyType.BASETYPE | PyType.HAS_DICT));

    private static PyException error(String format, Object... args) {
        return Err.format(ERROR, format, args);
    }

    private static final byte[] B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    private static final byte[] A2B64 = makeA2B64();
    private static final byte[] HEX_UPPER = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    private static final byte[] HEX_LOWER = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    private static final int[] CRC32_TABLE = makeCrc32Table();
    private static final int[] CRC_HQX_TABLE = makeCrcHqxTable();
    private static final int MAXLINESIZE = 76;

    private static byte[] makeA2B64() {
        byte[] t = new byte[256];
        java.util.Arrays.fill(t, (byte) -1);
        for (int i = 0; i < 64; i++) {
            t[B64[i]] = (byte) i;
        }
        return t;
    }

    private static int[] makeCrc32Table() {
        int[] t = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            t[n] = c;
        }
        return t;
    }

    private static int[] makeCrcHqxTable() {
        int[] t = new int[256];
        for (int i = 0; i < 256; i++) {
            int crc = i << 8;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            t[i] = crc & 0xffff;
        }
        return t;
    }

    /** zlib's CRC-32 of b[off:off+len] continuing from crc. */
    public static int crc32(int crc, byte[] b, int off, int len) {
        int c = ~crc;
        for (int i = off; i < off + len; i++) {
            c = CRC32_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
        }
        return ~c;
    }

    // ---- argument conversion --------------------------------------------------------------------

    /** A 'y*' argument: any bytes-like object. */
    static byte[] binary(PyObject o) {
        return BytesArg.copy(o);
    }

    /** ascii_buffer_converter: bytes-like objects or ASCII-only str. */
    static byte[] ascii(PyObject o) {
        if (o instanceof PyStr s) {
            String v = s.value;
            byte[] out = new byte[v.length()];
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c > 127) {
                    throw Err.value("string argument should contain only ASCII characters");
                }
                out[i] = (byte) c;
            }
            return out;
        }
        if (BytesArg.check(o)) {
            return BytesArg.copy(o);
        }
        throw Err.type("argument should be bytes, buffer or ASCII string, not '%s'", Err.tn(o));
    }

    /** An unsigned_int(bitwise=True) argument. */
    private static int bitwiseUInt(PyObject o) {
        return ClinicArgs.bitwiseUInt(o);
    }

    private static int cInt(PyObject o) {
        return ClinicArgs.cInt(o);
    }

    // ---- uu -----------------------------------------------------------------------------------------

    static PyObject a2bUu(byte[] a) {
        int pos = 0;
        int asciiLen = a.length;
        int first = asciiLen > 0 ? a[0] & 0xff : 0;
        int binLen = (first - ' ') & 0x3f;
        pos++;
        asciiLen--;
        byte[] out = new byte[binLen];
        int o = 0;
        int leftbits = 0;
        int leftchar = 0;
        for (; binLen > 0; asciiLen--, pos++) {
            int ch = asciiLen > 0 ? a[pos] & 0xff : 0;
            if (ch == '\n' || ch == '\r' || asciiLen <= 0) {
                ch = 0;
            } else {
                if (ch < ' ' || ch > ' ' + 64) {
                    throw error("Illegal char");
                }
                ch = (ch - ' ') & 0x3f;
            }
            leftchar = (leftchar << 6) | ch;
            leftbits += 6;
            if (leftbits >= 8) {
                leftbits -= 8;
                out[o++] = (byte) (leftchar >> leftbits);
                leftchar &= (1 << leftbits) - 1;
                binLen--;
            }
        }
        while (asciiLen-- > 0) {
            int ch = a[pos++] & 0xff;
            if (ch != ' ' && ch != ' ' + 64 && ch != '\n' && ch != '\r') {
                throw error("Trailing garbage");
            }
        }
        return PyBytes.of(out);
    }

    static PyObject b2aUu(byte[] b, boolean backtick) {
        int binLen = b.length;
        if (binLen > 45) {
            throw error("At most 45 bytes at once");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 + binLen * 2);
        out.write(backtick && binLen == 0 ? '`' : ' ' + binLen);
        int leftbits = 0;
        int leftchar = 0;
        int i = 0;
        for (; binLen > 0 || leftbits != 0; binLen--, i++) {
            if (binLen > 0) {
                leftchar = (leftchar << 8) | (b[i] & 0xff);
            } else {
                leftchar <<= 8;
            }
            leftbits += 8;
            while (leftbits >= 6) {
                int ch = (leftchar >> (leftbits - 6)) & 0x3f;
                leftbits -= 6;
                out.write(backtick && ch == 0 ? '`' : ch + ' ');
            }
        }
        out.write('\n');
        return PyBytes.of(out.toByteArray());
    }

    // ---- base64 ---------------------------------------------------------------------------------

    static PyObject a2bBase64(byte[] a, boolean strict) {
        if (strict && a.length > 0 && a[0] == '=') {
            throw error("Leading padding not allowed");
        }
        byte[] out = new byte[(a.length + 3) / 4 * 3];
        int o = 0;
        boolean paddingStarted = false;
        int quadPos = 0;
        int leftchar = 0;
        int pads = 0;
        boolean done = false;
        for (int i = 0; i < a.length; i++) {
            int ch = a[i] & 0xff;
            if (ch == '=') {
                paddingStarted = true;
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    if (strict && i + 1 < a.length) {
                        throw error("Excess data after padding");
                    }
                    done = true;
                    break;
                }
                continue;
            }
            int v = A2B64[ch];
            if (v < 0) {
                if (strict) {
                    throw error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && paddingStarted) {
                throw error("Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quadPos) {
                case 0 -> {
                    quadPos = 1;
                    leftchar = v;
                }
                case 1 -> {
                    quadPos = 2;
                    out[o++] = (byte) ((leftchar << 2) | (v >> 4));
                    leftchar = v & 0x0f;
                }
                case 2 -> {
                    quadPos = 3;
                    out[o++] = (byte) ((leftchar << 4) | (v >> 2));
                    leftchar = v & 0x03;
                }
                default -> {
                    quadPos = 0;
                    out[o++] = (byte) ((leftchar << 6) | v);
                    leftchar = 0;
                }
            }
        }
        if (!done && quadPos != 0) {
            if (quadPos == 1) {
                throw error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more "
                        + "than a multiple of 4", o / 3 * 4 + 1);
            }
            throw error("Incorrect padding");
        }
        return PyBytes.of(java.util.Arrays.copyOf(out, o));
    }

    static PyObject b2aBase64(byte[] b, boolean newline) {
        int n = b.length;
        byte[] out = new byte[(n + 2) / 3 * 4 + (newline ? 1 : 0)];
        int o = 0;
        int i = 0;
        for (; i + 2 < n; i += 3) {
            int v = (b[i] & 0xff) << 16 | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff);
            out[o++] = B64[v >> 18];
            out[o++] = B64[(v >> 12) & 63];
            out[o++] = B64[(v >> 6) & 63];
            out[o++] = B64[v & 63];
        }
        if (n - i == 1) {
            int v = b[i] & 0xff;
            out[o++] = B64[v >> 2];
            out[o++] = B64[(v & 3) << 4];
            out[o++] = '=';
            out[o++] = '=';
        } else if (n - i == 2) {
            int v = (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
            out[o++] = B64[v >> 10];
            out[o++] = B64[(v >> 4) & 63];
            out[o++] = B64[(v & 15) << 2];
            out[o++] = '=';
        }
        if (newline) {
            out[o++] = '\n';
        }
        return PyBytes.of(out);
    }

    // ---- hex ----------------------------------------------------------------------------------------

    /** _Py_strhex_impl for bytes results: hex digits with an optional separator every n bytes. */
    static byte[] hexlify(byte[] b, PyObject sep, long bytesPerSep) {
        int sepChar = -1;
        if (sep != null) {
            long seplen = Abstract.length(sep);
            if (seplen != 1) {
                throw Err.value("sep must be length 1.");
            }
            if (sep instanceof PyStr s) {
                int c = s.value.codePointAt(0);
                if (c > 255) {
                    throw Err.value("sep must be ASCII.");
                }
                sepChar = c;
            } else if (sep instanceof PyBytes sb) {
                sepChar = sb.bytes()[0] & 0xff;
            } else {
                throw Err.type("sep must be str or bytes.");
            }
        }
        int n = b.length;
        if (sepChar < 0 || bytesPerSep == 0 || n == 0) {
            byte[] out = new byte[n * 2];
            for (int i = 0; i < n; i++) {
                out[2 * i] = HEX_LOWER[(b[i] >> 4) & 15];
                out[2 * i + 1] = HEX_LOWER[b[i] & 15];
            }
            return out;
        }
        long abs = Math.abs(bytesPerSep);
        int chunks = (int) Math.min((n - 1) / abs, Integer.MAX_VALUE);
        byte[] out = new byte[n * 2 + chunks];
        int o = 0;
        // Bytes before the first separator: the short group comes first when grouping from the right.
        int firstGroup = bytesPerSep > 0 ? (int) (n - chunks * abs) : (int) Math.min(abs, n);
        int inGroup = 0;
        int groupSize = firstGroup;
        for (int i = 0; i < n; i++) {
            if (inGroup == groupSize) {
                out[o++] = (byte) sepChar;
                inGroup = 0;
                groupSize = (int) abs;
            }
            out[o++] = HEX_LOWER[(b[i] >> 4) & 15];
            out[o++] = HEX_LOWER[b[i] & 15];
            inGroup++;
        }
        return out;
    }

    static PyObject unhexlify(byte[] a) {
        if (a.length % 2 != 0) {
            throw error("Odd-length string");
        }
        byte[] out = new byte[a.length / 2];
        for (int i = 0; i < a.length; i += 2) {
            int top = Character.digit(a[i] & 0xff, 16);
            int bot = Character.digit(a[i + 1] & 0xff, 16);
            if (top < 0 || bot < 0 || (a[i] & 0xff) > 127 || (a[i + 1] & 0xff) > 127) {
                throw error("Non-hexadecimal digit found");
            }
            out[i / 2] = (byte) (top << 4 | bot);
        }
        return PyBytes.of(out);
    }

    // ---- quoted-printable -------------------------------------------------------------------------

    private static boolean isHex(int c) {
        return (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f') || (c >= '0' && c <= '9');
    }

    static PyObject a2bQp(byte[] a, boolean header) {
        int n = a.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        int in = 0;
        while (in < n) {
            int c = a[in] & 0xff;
            if (c == '=') {
                in++;
                if (in >= n) {
                    break;
                }
                int d = a[in] & 0xff;
                if (d == '\n' || d == '\r') {
                    if (d != '\n') {
                        while (in < n && a[in] != '\n') {
                            in++;
                        }
                    }
                    if (in < n) {
                        in++;
                    }
                } else if (d == '=') {
                    out.write('=');
                    in++;
                } else if (in + 1 < n && isHex(d) && isHex(a[in + 1] & 0xff)) {
                    out.write(Character.digit(d, 16) << 4 | Character.digit(a[in + 1] & 0xff, 16));
                    in += 2;
                } else {
                    out.write('=');
                }
            } else if (header && c == '_') {
                out.write(' ');
                in++;
            } else {
                out.write(c);
                in++;
            }
        }
        return PyBytes.of(out.toByteArray());
    }

    /** A growable byte buffer whose last byte can be rewritten. */
    private static final class Buf {
        byte[] a;
        int n;

        Buf(int cap) {
            a = new byte[Math.max(cap, 16)];
        }

        void put(int b) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = (byte) b;
        }

        void softBreak(boolean crlf) {
            put('=');
            if (crlf) {
                put('\r');
            }
            put('\n');
        }

        void escaped(int c) {
            put('=');
            put(HEX_UPPER[c >> 4]);
            put(HEX_UPPER[c & 15]);
        }
    }

    static PyObject b2aQp(byte[] d, boolean quotetabs, boolean istext, boolean header) {
        int n = d.length;
        boolean crlf = false;
        for (int i = 0; i < n; i++) {
            if (d[i] == '\n') {
                crlf = i > 0 && d[i - 1] == '\r';
                break;
            }
        }
        Buf out = new Buf(n + n / 4 + 8);
        int in = 0;
        int linelen = 0;
        while (in < n) {
            int c = d[in] & 0xff;
            boolean encode = c > 126 || c == '=' || (header && c == '_')
                    || (c == '.' && linelen == 0
                            && (in + 1 == n || d[in + 1] == '\n' || d[in + 1] == '\r' || d[in + 1] == 0))
                    || (!istext && (c == '\r' || c == '\n'))
                    || ((c == '\t' || c == ' ') && in + 1 == n)
                    || (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
            if (encode) {
                if (linelen + 3 >= MAXLINESIZE) {
                    out.softBreak(crlf);
                    linelen = 0;
                }
                out.escaped(c);
                in++;
                linelen += 3;
            } else if (istext && (c == '\n' || (in + 1 < n && c == '\r' && d[in + 1] == '\n'))) {
                linelen = 0;
                // Protect against whitespace at the end of the line.
                if (out.n > 0 && (out.a[out.n - 1] == ' ' || out.a[out.n - 1] == '\t')) {
                    int ch = out.a[--out.n] & 0xff;
                    out.escaped(ch);
                }
                if (crlf) {
                    out.put('\r');
                }
                out.put('\n');
                in += c == '\r' ? 2 : 1;
            } else {
                if (in + 1 != n && d[in + 1] != '\n' && linelen + 1 >= MAXLINESIZE) {
                    out.softBreak(crlf);
                    linelen = 0;
                }
                linelen++;
                out.put(header && c == ' ' ? '_' : c);
                in++;
            }
        }
        return PyBytes.of(java.util.Arrays.copyOf(out.a, out.n));
    }

    // ---- the module ---------------------------------------------------------------------------------

    private static final String HEX_SIG = "data, sep=NULL, bytes_per_sep=1";

    private static NativeFunction hexFn(String name) {
        return NativeFunction.of(name, HEX_SIG,
                (m, a) -> PyBytes.of(hexlify(binary(a[0]), a[1], cInt(a[2]))));
    }

    private static final NativeFunction[] FUNCTIONS = {
        NativeFunction.of("a2b_uu", (m, d) -> a2bUu(ascii(d))),
        NativeFunction.of("b2a_uu", "data, /, *, backtick=False",
                (m, a) -> b2aUu(binary(a[0]), Abstract.isTrue(a[1]))),
        NativeFunction.of("a2b_base64", "data, /, *, strict_mode=False",
                (m, a) -> a2bBase64(ascii(a[0]), Abstract.isTrue(a[1]))),
        NativeFunction.of("b2a_base64", "data, /, *, newline=True",
                (m, a) -> b2aBase64(binary(a[0]), Abstract.isTrue(a[1]))),
        NativeFunction.of("crc_hqx", (m, d, c) -> {
            byte[] b = binary(d);
            int crc = bitwiseUInt(c) & 0xffff;
            for (byte x : b) {
                crc = ((crc << 8) & 0xff00) ^ CRC_HQX_TABLE[(crc >> 8) ^ (x & 0xff)];
            }
            return PyInt.of(crc);
        }),
        NativeFunction.of("crc32", "data, crc=0, /", (m, a) -> {
            byte[] b = binary(a[0]);
            return PyInt.of(crc32(bitwiseUInt(a[1]), b, 0, b.length) & 0xffffffffL);
        }),
        hexFn("b2a_hex"),
        hexFn("hexlify"),
        NativeFunction.of("a2b_hex", (m, d) -> unhexlify(ascii(d))),
        NativeFunction.of("unhexlify", (m, d) -> unhexlify(ascii(d))),
        NativeFunction.of("a2b_qp", "data, header=False", (m, a) -> a2bQp(ascii(a[0]), cInt(a[1]) != 0)),
        NativeFunction.of("b2a_qp", "data, quotetabs=False, istext=True, header=False",
                (m, a) -> b2aQp(binary(a[0]), cInt(a[1]) != 0, cInt(a[2]) != 0, cInt(a[3]) != 0)),
    };

    public static PyModule create(Interpreter interp) {
        PyType.ready(ERROR, INCOMPLETE);
        PyModule m = new PyModule("binascii");
        m.put("__doc__", PyStr.of("Conversion between binary data and ASCII"));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        m.put("Error", ERROR);
        m.put("Incomplete", INCOMPLETE);
        return m;
    }
}
