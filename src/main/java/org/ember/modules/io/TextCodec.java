package org.ember.modules.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.runtime.ThreadState;

/**
 * Incremental encoders and decoders for the text layer. UTF-8, Latin-1 and ASCII with the
 * standard error handlers are implemented here (the fast path, as CPython's TextIOWrapper has
 * for encoding); every other codec or error handler goes through the codecs module's
 * incremental encoder/decoder objects.
 */
final class TextCodec {
    private TextCodec() {}

    // ---- decoders -------------------------------------------------------------------------------

    /** An incremental decoder: bytes in, str out, with a (pending bytes, flags) state. */
    abstract static class Decoder {
        abstract String decode(byte[] input, boolean fin);

        abstract byte[] statePending();

        abstract long stateFlags();

        abstract void setState(byte[] pending, long flags);

        abstract void reset();
    }

    /** A codecs-module incremental decoder object. */
    static final class PyDecoder extends Decoder {
        final PyObject obj;
        /** For the state of tell(): the raw getstate() tuple is validated by the caller. */
        PyDecoder(PyObject obj) {
            this.obj = obj;
        }

        @Override
        String decode(byte[] input, boolean fin) {
            PyObject r = Abstract.callMethod(obj, "decode", PyBytes.of(input), Py.bool(fin));
            if (!(r instanceof PyStr s)) {
                throw Err.type("decoder should return a string result, not '%s'", Err.tn(r));
            }
            return s.value;
        }

        private PyTuple state() {
            PyObject st = Abstract.callMethod(obj, "getstate");
            if (!(st instanceof PyTuple t)) {
                throw Err.type("illegal decoder state");
            }
            if (t.size() != 2) {
                throw Err.type("illegal decoder state");
            }
            if (!(t.get(0) instanceof PyBytes)) {
                throw Err.type("illegal decoder state: the first item should be a bytes object, not '%s'",
                        Err.tn(t.get(0)));
            }
            return t;
        }

        @Override
        byte[] statePending() {
            return ((PyBytes) state().get(0)).bytes();
        }

        @Override
        long stateFlags() {
            return Abstract.asLong(state().get(1));
        }

        @Override
        void setState(byte[] pending, long flags) {
            Abstract.callMethod(obj, "setstate", PyTuple.of(PyBytes.of(pending), PyInt.of(flags)));
        }

        @Override
        void reset() {
            Abstract.callMethod(obj, "reset");
        }
    }

    static final String[] KNOWN_ERRORS = {"strict", "ignore", "replace", "surrogateescape", "backslashreplace",
        "surrogatepass", "xmlcharrefreplace"};

    static boolean knownErrors(String e) {
        for (String k : KNOWN_ERRORS) {
            if (k.equals(e)) {
                return true;
            }
        }
        return false;
    }

    static PyObject decodeError(String enc, byte[] obj, int start, int end, String reason) {
        return Err.instantiate(PyExc.UnicodeDecodeError, PyStr.of(enc), PyBytes.of(obj), PyInt.of(start),
                PyInt.of(end), PyStr.of(reason));
    }

    /** Applies a decoding error handler to bytes [start, end) of data, appending to out. */
    static void decodeErrorHandler(String enc, String errors, byte[] data, int start, int end, String reason,
            StringBuilder out) {
        switch (errors) {
            case "strict" -> throw ((org.ember.objects.PyBaseException) decodeError(enc, data, start, end, reason))
                    .toThrowable();
            case "ignore" -> { }
            case "replace" -> out.append('\ufffd');
            case "surrogateescape" -> {
                for (int k = start; k < end; k++) {
                    int b = data[k] & 0xff;
                    if (b < 128) {
                        throw ((org.ember.objects.PyBaseException) decodeError(enc, data, start, end, reason)).toThrowable();
                    }
                    out.append((char) (0xdc00 + b));
                }
            }
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    out.append(String.format("\\x%02x", data[k] & 0xff));
                }
            }
            default -> {
                PyObject handler = lookupError(errors);
                PyObject exc = decodeError(enc, data, start, end, reason);
                PyObject r = Abstract.call(handler, exc);
                if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyStr s)) {
                    throw Err.type("decoding error handler must return (str, int) tuple");
                }
                out.append(s.value);
            }
        }
    }

    static PyObject lookupError(String name) {
        PyObject codecs = IoModule.importModule("codecs");
        if (codecs == null) {
            throw Err.format(PyExc.LookupError, "unknown error handler name '%s'", name);
        }
        return Abstract.callMethod(codecs, "lookup_error", PyStr.of(name));
    }

    /** UTF-8 with CPython's error positions and incremental buffering of split sequences. */
    static final class Utf8Decoder extends Decoder {
        final String errors;
        byte[] pending = new byte[0];

        Utf8Decoder(String errors) {
            this.errors = errors;
        }

        @Override
        String decode(byte[] input, boolean fin) {
            byte[] data;
            if (pending.length == 0) {
                data = input;
            } else {
                data = Buffered.concat(pending, input);
            }
            int end = data.length;
            if (!fin) {
                end = data.length - incompleteTail(data);
            }
            pending = end == data.length ? new byte[0] : java.util.Arrays.copyOfRange(data, end, data.length);
            return decodeRange(data, 0, end, errors);
        }

        /** Length of a valid-but-incomplete sequence at the end of data (0..3). */
        static int incompleteTail(byte[] d) {
            int n = d.length;
            for (int back = 1; back <= 3 && back <= n; back++) {
                int c = d[n - back] & 0xff;
                if ((c & 0xc0) == 0x80) {
                    continue;
                }
                int need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
                if (need == 0 || back - 1 >= need) {
                    return 0;
                }
                // validate the continuation bytes present
                for (int k = 1; k < back; k++) {
                    int cc = d[n - back + k] & 0xff;
                    if ((cc & 0xc0) != 0x80) {
                        return 0;
                    }
                    if (k == 1 && (c == 0xe0 && cc < 0xa0 || c == 0xed && cc > 0x9f || c == 0xf0 && cc < 0x90
                            || c == 0xf4 && cc > 0x8f)) {
                        return 0;
                    }
                }
                return back;
            }
            return 0;
        }

        static String decodeRange(byte[] b, int from, int to, String errors) {
            boolean ascii = true;
            for (int i = from; i < to; i++) {
                if (b[i] < 0) {
                    ascii = false;
                    break;
                }
            }
            if (ascii) {
                return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
            }
            StringBuilder sb = new StringBuilder(to - from);
            int i = from;
            while (i < to) {
                int c = b[i] & 0xff;
                if (c < 0x80) {
                    sb.append((char) c);
                    i++;
                    continue;
                }
                int need;
                int cp;
                if (c >= 0xc2 && c <= 0xdf) {
                    need = 1;
                    cp = c & 0x1f;
                } else if (c >= 0xe0 && c <= 0xef) {
                    need = 2;
                    cp = c & 0x0f;
                } else if (c >= 0xf0 && c <= 0xf4) {
                    need = 3;
                    cp = c & 0x07;
                } else {
                    decodeErrorHandler("utf-8", errors, b, i, i + 1, "invalid start byte", sb);
                    i++;
                    continue;
                }
                int j = i + 1;
                String reason = null;
                int errEnd = 0;
                for (int k = 0; k < need; k++, j++) {
                    if (j >= to) {
                        reason = "unexpected end of data";
                        errEnd = to;
                        break;
                    }
                    int cc = b[j] & 0xff;
                    boolean ok = (cc & 0xc0) == 0x80;
                    if (ok && k == 0) {
                        if (c == 0xe0 && cc < 0xa0 || c == 0xf0 && cc < 0x90 || c == 0xf4 && cc > 0x8f) {
                            ok = false;
                        }
                        if (c == 0xed && cc > 0x9f) {
                            if (errors.equals("surrogatepass") && j + 1 < to && (b[j + 1] & 0xc0) == 0x80) {
                                int sc = ((c & 0x0f) << 12) | ((cc & 0x3f) << 6) | (b[j + 1] & 0x3f);
                                sb.append((char) sc);
                                j += 2;
                                reason = "";
                                break;
                            }
                            ok = false;
                        }
                    }
                    if (!ok) {
                        reason = "invalid continuation byte";
                        errEnd = j;
                        break;
                    }
                    cp = (cp << 6) | (cc & 0x3f);
                }
                if (reason != null) {
                    if (reason.isEmpty()) {
                        i = j;
                        continue;
                    }
                    decodeErrorHandler("utf-8", errors, b, i, errEnd, reason, sb);
                    i = Math.max(errEnd, i + 1);
                    continue;
                }
                sb.appendCodePoint(cp);
                i = j;
            }
            return sb.toString();
        }

        @Override
        byte[] statePending() {
            return pending.clone();
        }

        @Override
        long stateFlags() {
            return 0;
        }

        @Override
        void setState(byte[] p, long flags) {
            pending = p.clone();
        }

        @Override
        void reset() {
            pending = new byte[0];
        }
    }

    /** Latin-1 and ASCII (single byte, stateless). */
    static final class ByteDecoder extends Decoder {
        final boolean ascii;
        final String errors;

        ByteDecoder(boolean ascii, String errors) {
            this.ascii = ascii;
            this.errors = errors;
        }

        @Override
        String decode(byte[] input, boolean fin) {
            if (!ascii) {
                return new String(input, StandardCharsets.ISO_8859_1);
            }
            StringBuilder sb = null;
            for (int i = 0; i < input.length; i++) {
                if (input[i] < 0) {
                    if (sb == null) {
                        sb = new StringBuilder(input.length);
                        sb.append(new String(input, 0, i, StandardCharsets.ISO_8859_1));
                    }
                    decodeErrorHandler("ascii", errors, input, i, i + 1, "ordinal not in range(128)", sb);
                } else if (sb != null) {
                    sb.append((char) input[i]);
                }
            }
            return sb == null ? new String(input, StandardCharsets.ISO_8859_1) : sb.toString();
        }

        @Override
        byte[] statePending() {
            return new byte[0];
        }

        @Override
        long stateFlags() {
            return 0;
        }

        @Override
        void setState(byte[] pending, long flags) {
        }

        @Override
        void reset() {
        }
    }

    // ---- encoders ---------------------------------------------------------------------------------

    abstract static class Encoder {
        abstract byte[] encode(PyStr s);

        abstract void reset();

        abstract void setStateZero();

        /** True for fast-path encoders for which ASCII text encodes to itself. */
        boolean asciiCompatible() {
            return false;
        }
    }

    static final class PyEncoder extends Encoder {
        final PyObject obj;

        PyEncoder(PyObject obj) {
            this.obj = obj;
        }

        @Override
        byte[] encode(PyStr s) {
            PyObject r = Abstract.callMethod(obj, "encode", s);
            if (!(r instanceof PyBytes b)) {
                throw Err.type("encoder should return a bytes object, not '%s'", Err.tn(r));
            }
            return b.bytes();
        }

        @Override
        void reset() {
            Abstract.callMethod(obj, "reset");
        }

        @Override
        void setStateZero() {
            Abstract.callMethod(obj, "setstate", PyInt.ZERO);
        }
    }

    /** UTF-8, Latin-1 or ASCII encoding with the standard error handlers. */
    static final class JavaEncoder extends Encoder {
        final String name;
        final int limit;
        final String errors;

        JavaEncoder(String name, String errors) {
            this.name = name;
            this.limit = name.equals("utf-8") ? 0x110000 : name.equals("latin-1") ? 0x100 : 0x80;
            this.errors = errors;
        }

        @Override
        boolean asciiCompatible() {
            return true;
        }

        @Override
        byte[] encode(PyStr s) {
            return encodeString(s, name, limit, errors);
        }

        @Override
        void reset() {
        }

        @Override
        void setStateZero() {
        }
    }

    static byte[] encodeString(PyStr s, String name, int limit, String errors) {
        String v = s.value;
        boolean simple = true;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= limit || Character.isSurrogate(c)) {
                simple = false;
                break;
            }
        }
        if (simple) {
            return limit > 0x100 ? v.getBytes(StandardCharsets.UTF_8) : v.getBytes(StandardCharsets.ISO_8859_1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(v.length() + 16);
        int[] cps = v.codePoints().toArray();
        // lone surrogates stay separate code points in the array: Java keeps unpaired surrogates as is
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            boolean bad = cp >= limit || cp >= 0xd800 && cp <= 0xdfff;
            if (!bad) {
                writeCp(out, cp, limit);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < cps.length && (cps[j] >= limit || cps[j] >= 0xd800 && cps[j] <= 0xdfff)) {
                j++;
            }
            String reason = limit > 0x100 ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
            if (limit > 0x100) {
                // utf-8: only surrogates are errors; the run covers consecutive surrogates
                j = i + 1;
                while (j < cps.length && cps[j] >= 0xd800 && cps[j] <= 0xdfff) {
                    j++;
                }
            }
            switch (errors) {
                case "strict" -> throw Err.raise(PyExc.UnicodeEncodeError, PyStr.of(name), s, PyInt.of(i), PyInt.of(j),
                        PyStr.of(reason));
                case "ignore" -> { }
                case "replace" -> {
                    for (int k = i; k < j; k++) {
                        out.write('?');
                    }
                }
                case "surrogateescape" -> {
                    for (int k = i; k < j; k++) {
                        int c = cps[k];
                        if (c < 0xdc80 || c > 0xdcff) {
                            throw Err.raise(PyExc.UnicodeEncodeError, PyStr.of(name), s, PyInt.of(k), PyInt.of(k + 1),
                                    PyStr.of(reason));
                        }
                        out.write(c - 0xdc00);
                    }
                }
                case "surrogatepass" -> {
                    for (int k = i; k < j; k++) {
                        int c = cps[k];
                        if (limit <= 0x100 || c < 0xd800 || c > 0xdfff) {
                            throw Err.raise(PyExc.UnicodeEncodeError, PyStr.of(name), s, PyInt.of(k), PyInt.of(k + 1),
                                    PyStr.of(reason));
                        }
                        out.write(0xe0 | (c >> 12));
                        out.write(0x80 | ((c >> 6) & 0x3f));
                        out.write(0x80 | (c & 0x3f));
                    }
                }
                case "backslashreplace" -> {
                    for (int k = i; k < j; k++) {
                        int c = cps[k];
                        String esc = c <= 0xff ? String.format("\\x%02x", c)
                                : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
                        out.writeBytes(esc.getBytes(StandardCharsets.ISO_8859_1));
                    }
                }
                case "xmlcharrefreplace" -> {
                    for (int k = i; k < j; k++) {
                        out.writeBytes(("&#" + cps[k] + ";").getBytes(StandardCharsets.ISO_8859_1));
                    }
                }
                default -> {
                    PyObject handler = lookupError(errors);
                    PyObject exc = Err.instantiate(PyExc.UnicodeEncodeError, PyStr.of(name), s, PyInt.of(i),
                            PyInt.of(j), PyStr.of(reason));
                    PyObject r = Abstract.call(handler, exc);
                    if (!(r instanceof PyTuple t) || t.size() != 2) {
                        throw Err.type("encoding error handler must return (str/bytes, int) tuple");
                    }
                    PyObject rep = t.get(0);
                    if (rep instanceof PyBytes rb) {
                        out.writeBytes(rb.bytes());
                    } else if (rep instanceof PyStr rs) {
                        out.writeBytes(encodeString(rs, name, limit, "strict"));
                    } else {
                        throw Err.type("encoding error handler must return (str/bytes, int) tuple");
                    }
                }
            }
            i = j;
        }
        return out.toByteArray();
    }

    private static void writeCp(ByteArrayOutputStream out, int cp, int limit) {
        if (limit <= 0x100 || cp < 0x80) {
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

    // ---- lookup ----------------------------------------------------------------------------------------

    /** The fast-path codec name ("utf-8", "latin-1", "ascii") for an encoding name, or null. */
    static String fastName(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (e) {
            case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001" -> "utf-8";
            case "latin_1", "latin1", "iso8859_1", "iso_8859_1", "8859", "cp819", "l1", "latin", "iso_ir_100",
                    "csisolatin1", "iso_8859_1:1987", "ibm819" -> "latin-1";
            case "ascii", "us_ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
                    "csascii", "ibm367", "iso646_us", "iso_646.irv:1991", "iso_ir_6", "us" -> "ascii";
            default -> null;
        };
    }

    /** A text codec: a fast-path name, or the codecs module's CodecInfo. */
    static final class Codec {
        final String fast;
        final PyObject info;

        Codec(String fast, PyObject info) {
            this.fast = fast;
            this.info = info;
        }

        Decoder decoder(String errors) {
            if (fast != null && knownErrors(errors)) {
                return fast.equals("utf-8") ? new Utf8Decoder(errors) : new ByteDecoder(fast.equals("ascii"), errors);
            }
            PyObject inf = info != null ? info : lookupInfo(fast);
            PyObject factory = Abstract.getAttr(inf, "incrementaldecoder");
            return new PyDecoder(Abstract.call(factory, PyStr.of(errors)));
        }

        Encoder encoder(String errors) {
            if (fast != null && knownErrors(errors)) {
                return new JavaEncoder(fast, errors);
            }
            PyObject inf = info != null ? info : lookupInfo(fast);
            PyObject factory = Abstract.getAttr(inf, "incrementalencoder");
            return new PyEncoder(Abstract.call(factory, PyStr.of(errors)));
        }
    }

    static PyObject lookupInfo(String encoding) {
        PyObject codecs = IoModule.importModule("codecs");
        if (codecs == null) {
            throw Err.format(PyExc.LookupError, "unknown encoding: %s", encoding);
        }
        return Abstract.callMethod(codecs, "lookup", PyStr.of(encoding));
    }

    /** _PyCodec_LookupTextEncoding: the codec, LookupError for unknown and non-text encodings. */
    static Codec lookupText(String encoding) {
        String fast = fastName(encoding);
        if (fast != null) {
            return new Codec(fast, null);
        }
        PyObject info = lookupInfo(encoding);
        PyObject isText = Abstract.lookupAttr(info, "_is_text_encoding");
        if (isText != null && !Abstract.isTrue(isText)) {
            throw Err.format(PyExc.LookupError, "'%s' is not a text encoding; use codecs.open() to handle arbitrary codecs",
                    encoding);
        }
        return new Codec(null, info);
    }
}
