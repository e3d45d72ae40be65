package org.ember.objects;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/**
 * The codec machinery behind str.encode, bytes.decode and the _codecs module (CPython's
 * Python/codecs.c and the codec parts of unicodeobject.c): fast paths for UTF-8, Latin-1,
 * ASCII, UTF-16 and UTF-32 implemented in Java ({@link BuiltinCodecs}), the per-interpreter
 * codec registry (search functions, lookup cache, error handlers) and the standard error
 * handlers, both inline in the Java codecs and as Python-callable functions.
 */
public final class Codecs {
    private Codecs() {}

    // ---- encoding names ------------------------------------------------------------------------

    /**
     * _Py_normalize_encoding: lower case, runs of characters other than ASCII letters, digits
     * and '.' become one '_' (leading ones are dropped).
     */
    public static String normalizeEncoding(String encoding) {
        byte[] b = encoding.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(b.length);
        boolean punct = false;
        for (byte x : b) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.') {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                punct = false;
                sb.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    /** Kept for callers of the earlier API: the normalized name of a codec with a Java fast path. */
    public static String normalize(String encoding) {
        return normalizeEncoding(encoding);
    }

    private static void checkNul(String s) {
        if (s.indexOf('\0') >= 0) {
            throw Err.value("embedded null character");
        }
    }

    // ---- str.encode / bytes.decode -------------------------------------------------------------

    // Codecs implemented in Java, by the names (and aliases of the encodings package) they are
    // found under. CPython reaches the same C functions through the registry.
    private static final int C_UTF8 = 1;
    private static final int C_LATIN1 = 2;
    private static final int C_ASCII = 3;
    private static final int C_UTF16 = 4;
    private static final int C_UTF16LE = 5;
    private static final int C_UTF16BE = 6;
    private static final int C_UTF32 = 7;
    private static final int C_UTF32LE = 8;
    private static final int C_UTF32BE = 9;
    private static final int C_UTF7 = 10;
    private static final int C_UNICODE_ESCAPE = 11;
    private static final int C_RAW_UNICODE_ESCAPE = 12;

    private static final java.util.Map<String, Integer> JAVA_CODECS = javaCodecs();

    private static java.util.Map<String, Integer> javaCodecs() {
        java.util.HashMap<String, Integer> m = new java.util.HashMap<>();
        String[][] names = {
            {"utf_8", "cp65001", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4"},
            {"latin_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1", "iso_8859_1_1987",
                "iso_ir_100", "l1", "latin", "latin1"},
            {"ascii", "646", "ansi_x3.4_1968", "ansi_x3.4_1986", "ansi_x3_4_1968", "cp367", "csascii", "ibm367", "iso646_us",
                "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii"},
            {"utf_16", "u16", "utf16"},
            {"utf_16_le", "unicodelittleunmarked", "utf_16le"},
            {"utf_16_be", "unicodebigunmarked", "utf_16be"},
            {"utf_32", "u32", "utf32"},
            {"utf_32_le", "utf_32le"},
            {"utf_32_be", "utf_32be"},
            {"utf_7", "u7", "unicode_1_1_utf_7", "utf7"},
            {"unicode_escape"},
            {"raw_unicode_escape"},
        };
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The Java codec for an encoding name, or 0 when it must be looked up in the registry. */
    private static int javaCodec(String encoding) {
        String n = normalizeEncoding(encoding);
        Integer c = JAVA_CODECS.get(n);
        if (c == null && n.indexOf('.') >= 0) {
            c = JAVA_CODECS.get(n.replace('.', '_'));
        }
        return c == null ? 0 : c;
    }

    /** str.encode(encoding, errors) (PyUnicode_AsEncodedString). */
    public static PyObject encode(PyStr s, String encoding, String errors) {
        checkNul(encoding);
        if (errors == null) {
            errors = "strict";
        }
        checkNul(errors);
        switch (javaCodec(encoding)) {
            case C_UTF8:
                return PyBytes.of(BuiltinCodecs.utf8Encode(s, errors));
            case C_LATIN1:
                return PyBytes.of(BuiltinCodecs.ucs1Encode(s, errors, 256));
            case C_ASCII:
                return PyBytes.of(BuiltinCodecs.ucs1Encode(s, errors, 128));
            case C_UTF16:
                return PyBytes.of(BuiltinCodecs.utf16Encode(s, errors, 0));
            case C_UTF16LE:
                return PyBytes.of(BuiltinCodecs.utf16Encode(s, errors, -1));
            case C_UTF16BE:
                return PyBytes.of(BuiltinCodecs.utf16Encode(s, errors, 1));
            case C_UTF32:
                return PyBytes.of(BuiltinCodecs.utf32Encode(s, errors, 0));
            case C_UTF32LE:
                return PyBytes.of(BuiltinCodecs.utf32Encode(s, errors, -1));
            case C_UTF32BE:
                return PyBytes.of(BuiltinCodecs.utf32Encode(s, errors, 1));
            case C_UTF7:
                return PyBytes.of(BuiltinCodecs.utf7Encode(s));
            case C_UNICODE_ESCAPE:
                return PyBytes.of(BuiltinCodecs.unicodeEscapeEncode(s));
            case C_RAW_UNICODE_ESCAPE:
                return PyBytes.of(BuiltinCodecs.rawUnicodeEscapeEncode(s));
            default:
                break;
        }
        PyObject v = encodeText(s, encoding, errors);
        if (v instanceof PyBytes) {
            return v;
        }
        if (v instanceof PyByteArray ba) {
            Warnings.warn(PyExc.RuntimeWarning, "encoder " + encoding
                    + " returned bytearray instead of bytes; use codecs.encode() to encode to arbitrary types", 1);
            return PyBytes.of(ba.toByteArray());
        }
        throw Err.type("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
                encoding, Err.tn(v));
    }

    /** bytes.decode(encoding, errors) for a whole array (PyUnicode_Decode). */
    public static PyObject decode(byte[] b, String encoding, String errors) {
        checkNul(encoding);
        if (errors == null) {
            errors = "strict";
        }
        checkNul(errors);
        switch (javaCodec(encoding)) {
            case C_UTF8:
                return PyStr.of(BuiltinCodecs.utf8Decode(b, errors, true).text());
            case C_LATIN1:
                return PyStr.of(BuiltinCodecs.latin1Decode(b));
            case C_ASCII:
                return PyStr.of(BuiltinCodecs.asciiDecode(b, errors));
            case C_UTF16:
                return PyStr.of(BuiltinCodecs.utf16Decode(b, errors, 0, true).text());
            case C_UTF16LE:
                return PyStr.of(BuiltinCodecs.utf16Decode(b, errors, -1, true).text());
            case C_UTF16BE:
                return PyStr.of(BuiltinCodecs.utf16Decode(b, errors, 1, true).text());
            case C_UTF32:
                return PyStr.of(BuiltinCodecs.utf32Decode(b, errors, 0, true).text());
            case C_UTF32LE:
                return PyStr.of(BuiltinCodecs.utf32Decode(b, errors, -1, true).text());
            case C_UTF32BE:
                return PyStr.of(BuiltinCodecs.utf32Decode(b, errors, 1, true).text());
            case C_UTF7:
                return PyStr.of(BuiltinCodecs.utf7Decode(b, errors, true).text());
            case C_UNICODE_ESCAPE:
                return PyStr.of(BuiltinCodecs.unicodeEscapeDecode(b, errors, true).text());
            case C_RAW_UNICODE_ESCAPE:
                return PyStr.of(BuiltinCodecs.rawUnicodeEscapeDecode(b, errors, true).text());
            default:
                break;
        }
        PyMemoryView buffer = PyMemoryView.of(PyBytes.of(b));
        PyObject v = decodeText(buffer, encoding, errors);
        if (!(v instanceof PyStr)) {
            throw Err.type("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types",
                    encoding, Err.tn(v));
        }
        return v;
    }

    /** str(obj, encoding, errors) (PyUnicode_FromEncodedObject). */
    public static PyObject decodeObject(PyObject o, String encoding, String errors) {
        if (o instanceof PyStr) {
            throw Err.type("decoding str is not supported");
        }
        if (!(o instanceof PyBytes) && !(o instanceof BufferProtocol)) {
            throw Err.type("decoding to str: need a bytes-like object, %s found", Err.tn(o));
        }
        byte[] b = o instanceof PyBytes pb ? pb.bytes() : ((BufferProtocol) o).toByteArray();
        if (b.length == 0) {
            return PyStr.EMPTY;
        }
        return decode(b, encoding, errors);
    }

    // ---- the registry ------------------------------------------------------------------------

    /** Per-interpreter codec state: search functions, lookup cache, error handlers. */
    public static final class Registry {
        final List<PyObject> searchPath = new ArrayList<>();
        final PyDict cache = new PyDict();
        final PyDict errorHandlers = new PyDict();
        boolean initialized;

        Registry() {
            for (PyBuiltinFunction f : BUILTIN_HANDLERS) {
                errorHandlers.setItem(PyStr.of(handlerName(f)), f);
            }
        }

        private static String handlerName(PyBuiltinFunction f) {
            String n = f.fn.name;
            return n.endsWith("_errors") ? n.substring(0, n.length() - "_errors".length()) : n;
        }
    }

    /** The current interpreter's registry. */
    public static Registry registry() {
        Interpreter interp = ThreadState.current().interp;
        return interp.moduleState(Registry.class, i -> new Registry());
    }

    /** codecs.register(search_function) */
    public static void register(PyObject searchFunction) {
        if (!Abstract.isCallable(searchFunction)) {
            throw Err.type("argument must be callable");
        }
        registry().searchPath.add(searchFunction);
    }

    /** codecs.unregister(search_function) */
    public static void unregister(PyObject searchFunction) {
        Registry r = registry();
        for (int i = 0; i < r.searchPath.size(); i++) {
            if (r.searchPath.get(i) == searchFunction) {
                r.searchPath.remove(i);
                r.cache.clear();
                return;
            }
        }
    }

    /** Imports the encodings package once, which registers its search function (_PyCodecRegistry_Init). */
    private static void ensureInitialized(Registry r) {
        if (r.initialized) {
            return;
        }
        r.initialized = true;
        ThreadState.current().interp.importModule("encodings");
    }

    /** _PyCodec_Lookup: the CodecInfo for an encoding name. */
    public static PyObject lookup(String encoding) {
        checkNul(encoding);
        Registry r = registry();
        ensureInitialized(r);
        PyStr key = PyStr.of(normalizeEncoding(encoding));
        PyObject cached = r.cache.getItem(key);
        if (cached != null) {
            return cached;
        }
        if (r.searchPath.isEmpty()) {
            throw Err.format(PyExc.LookupError, "no codec search functions registered: can't find encoding");
        }
        for (PyObject f : new ArrayList<>(r.searchPath)) {
            PyObject result = Abstract.call(f, key);
            if (result == Py.None) {
                continue;
            }
            if (!(result instanceof PyTuple t) || t.size() != 4) {
                throw Err.type("codec search functions must return 4-tuples");
            }
            r.cache.setItem(key, result);
            return result;
        }
        throw Err.format(PyExc.LookupError, "unknown encoding: %s", encoding);
    }

    /** _PyCodec_LookupTextEncoding: lookup refusing codecs marked _is_text_encoding = False. */
    static PyObject lookupText(String encoding, String alternateCommand) {
        PyObject codec = lookup(encoding);
        if (!(codec.type == PyTuple.TYPE)) {
            PyObject flag = Abstract.lookupAttr(codec, "_is_text_encoding");
            if (flag != null && !Abstract.isTrue(flag)) {
                throw Err.format(PyExc.LookupError, "'%s' is not a text encoding; use %s to handle arbitrary codecs",
                        encoding, alternateCommand);
            }
        }
        return codec;
    }

    private static PyObject callCodec(PyObject coder, PyObject object, String errors, String encoding, String operation) {
        PyObject result;
        try {
            result = errors == null ? Abstract.call(coder, object) : Abstract.call(coder, object, PyStr.of(errors));
        } catch (PyException e) {
            throw wrap(e, operation, encoding);
        }
        if (!(result instanceof PyTuple t) || t.size() != 2) {
            throw Err.type("%s must return a tuple (object, integer)", operation.equals("encoding") ? "encoder" : "decoder");
        }
        return t.get(0);
    }

    /**
     * wrap_codec_error: re-raises simple exceptions as the same type with the message
     * "encoding with 'x' codec failed (T: msg)" and the original as __cause__.
     */
    private static PyException wrap(PyException e, String operation, String encoding) {
        PyBaseException v = e.value;
        PyType t = v.type;
        if (t.tp_init != PyExc.Exception.tp_init || t.tp_new != PyExc.Exception.tp_new) {
            return e;
        }
        if (v instanceof PyUnicodeError || v.getClass() != PyBaseException.class) {
            return e;
        }
        PyTuple args = v.args;
        if (args.size() > 1 || (args.size() == 1 && args.get(0).type != PyStr.TYPE)) {
            return e;
        }
        if (v.getDictOrNull() != null && v.getDictOrNull().size() > 0) {
            return e;
        }
        String msg = String.format("%s with '%s' codec failed (%s: %s)", operation, encoding, t.getName(), Abstract.strJava(v));
        PyException n = Err.format(t, "%s", msg);
        n.value.cause = v;
        n.value.suppressContext = true;
        return n;
    }

    /** codecs.encode(obj, encoding, errors) */
    public static PyObject encodeAny(PyObject obj, String encoding, String errors) {
        PyObject codec = lookup(encoding);
        return callCodec(((PyTuple) toTuple(codec)).get(0), obj, errors, encoding, "encoding");
    }

    /** codecs.decode(obj, encoding, errors) */
    public static PyObject decodeAny(PyObject obj, String encoding, String errors) {
        PyObject codec = lookup(encoding);
        return callCodec(((PyTuple) toTuple(codec)).get(1), obj, errors, encoding, "decoding");
    }

    private static PyObject toTuple(PyObject codec) {
        if (codec instanceof PyTuple) {
            return codec;
        }
        return PyTuple.of(Abstract.toArray(codec));
    }

    static PyObject encodeText(PyObject obj, String encoding, String errors) {
        PyObject codec = lookupText(encoding, "codecs.encode()");
        return callCodec(((PyTuple) toTuple(codec)).get(0), obj, errors, encoding, "encoding");
    }

    static PyObject decodeText(PyObject obj, String encoding, String errors) {
        PyObject codec = lookupText(encoding, "codecs.decode()");
        return callCodec(((PyTuple) toTuple(codec)).get(1), obj, errors, encoding, "decoding");
    }

    /** codecs.register_error(name, handler) */
    public static void registerError(String name, PyObject handler) {
        if (!Abstract.isCallable(handler)) {
            throw Err.type("handler must be callable");
        }
        registry().errorHandlers.setItem(PyStr.of(name), handler);
    }

    /** codecs.lookup_error(name) */
    public static PyObject lookupError(String name) {
        if (name == null) {
            name = "strict";
        }
        PyObject h = registry().errorHandlers.getItem(PyStr.of(name));
        if (h == null) {
            throw Err.format(PyExc.LookupError, "unknown error handler name '%s'", name);
        }
        return h;
    }

    // ---- error handling inside the Java codecs -------------------------------------------------

    /** What an error handler produced: a str or bytes replacement, and where to resume. */
    record Repl(String str, byte[] bytes, int newpos) {}

    /** The error handling of one encode or decode call: handler name, codec name, exception object. */
    static final class Errors {
        final String name;
        final String encoding;
        private PyObject handler;
        private PyUnicodeError exc;

        Errors(String errors, String encoding) {
            this.name = errors == null ? "strict" : errors;
            this.encoding = encoding;
        }

        // -- encoding --

        PyException encodeError(PyStr input, int start, int end, String reason) {
            PyUnicodeError e = encodeException(input, start, end, reason);
            return e.toThrowable();
        }

        private PyUnicodeError encodeException(PyStr input, int start, int end, String reason) {
            if (exc == null) {
                exc = (PyUnicodeError) Err.instantiate(PyExc.UnicodeEncodeError, PyStr.of(encoding), input, PyInt.of(start),
                        PyInt.of(end), PyStr.of(reason));
            } else {
                exc.start = start;
                exc.end = end;
                exc.reason = PyStr.of(reason);
            }
            return exc;
        }

        /**
         * Handles an unencodable range [start, end) of code points cps of input: the standard
         * handlers inline, others through the registry.
         */
        Repl encode(PyStr input, int[] cps, int start, int end, String reason) {
            switch (name) {
                case "strict":
                    throw encodeError(input, start, end, reason);
                case "ignore":
                    return new Repl("", null, end);
                case "replace":
                    return new Repl("?".repeat(end - start), null, end);
                case "backslashreplace":
                    return new Repl(backslashEscapes(cps, start, end), null, end);
                case "xmlcharrefreplace":
                    return new Repl(xmlEscapes(cps, start, end), null, end);
                case "namereplace":
                    return new Repl(nameEscapes(cps, start, end), null, end);
                case "surrogateescape": {
                    byte[] out = new byte[end - start];
                    for (int k = start; k < end; k++) {
                        int c = cps[k];
                        if (c < 0xdc80 || c > 0xdcff) {
                            throw encodeError(input, start, end, reason);
                        }
                        out[k - start] = (byte) (c - 0xdc00);
                    }
                    return new Repl(null, out, end);
                }
                case "surrogatepass": {
                    byte[] out = surrogatePassEncode(encoding, cps, start, end);
                    if (out == null) {
                        throw encodeError(input, start, end, reason);
                    }
                    return new Repl(null, out, end);
                }
                default:
                    return callEncodeHandler(input, cps.length, start, end, reason);
            }
        }

        private Repl callEncodeHandler(PyStr input, int len, int start, int end, String reason) {
            if (handler == null) {
                handler = lookupError(name);
            }
            PyUnicodeError e = encodeException(input, start, end, reason);
            PyObject r = Abstract.call(handler, e);
            String msg = "encoding error handler must return (str/bytes, int) tuple";
            if (!(r instanceof PyTuple t) || t.size() != 2) {
                throw Err.type(msg);
            }
            PyObject rep = t.get(0);
            if (!(rep instanceof PyStr) && !(rep instanceof PyBytes)) {
                throw Err.type(msg);
            }
            if (!Abstract.hasIndex(t.get(1))) {
                throw Err.type(msg);
            }
            long newpos = Abstract.asSsize(t.get(1), PyExc.IndexError);
            if (newpos < 0) {
                newpos += len;
            }
            if (newpos < 0 || newpos > len) {
                throw Err.index("position %d from error handler out of bounds", newpos);
            }
            if (rep instanceof PyStr s) {
                return new Repl(s.value, null, (int) newpos);
            }
            return new Repl(null, ((PyBytes) rep).bytes(), (int) newpos);
        }

        // -- decoding --

        PyException decodeError(byte[] input, int start, int end, String reason) {
            return decodeException(input, start, end, reason).toThrowable();
        }

        private PyUnicodeError decodeException(byte[] input, int start, int end, String reason) {
            if (exc == null) {
                exc = (PyUnicodeError) Err.instantiate(PyExc.UnicodeDecodeError, PyStr.of(encoding), PyBytes.of(input),
                        PyInt.of(start), PyInt.of(end), PyStr.of(reason));
            } else {
                exc.start = start;
                exc.end = end;
                exc.reason = PyStr.of(reason);
            }
            return exc;
        }

        /** Handles an undecodable range [start, end) of input. */
        Repl decode(byte[] input, int start, int end, String reason) {
            switch (name) {
                case "strict":
                    throw decodeError(input, start, end, reason);
                case "ignore":
                    return new Repl("", null, end);
                case "replace":
                    return new Repl("\ufffd", null, end);
                case "backslashreplace": {
                    StringBuilder sb = new StringBuilder((end - start) * 4);
                    for (int k = start; k < end; k++) {
                        sb.append("\\x");
                        PyStr.appendHex(sb, input[k] & 0xff, 2);
                    }
                    return new Repl(sb.toString(), null, end);
                }
                case "surrogateescape": {
                    StringBuilder sb = new StringBuilder(4);
                    int k = start;
                    while (k - start < 4 && k < end) {
                        int c = input[k] & 0xff;
                        if (c < 128) {
                            break;
                        }
                        sb.append((char) (0xdc00 + c));
                        k++;
                    }
                    if (k == start) {
                        throw decodeError(input, start, end, reason);
                    }
                    return new Repl(sb.toString(), null, k);
                }
                case "surrogatepass": {
                    int[] r = surrogatePassDecode(encoding, input, start);
                    if (r == null) {
                        throw decodeError(input, start, end, reason);
                    }
                    return new Repl(String.valueOf((char) r[0]), null, start + r[1]);
                }
                case "xmlcharrefreplace":
                case "namereplace":
                    throw Err.type("don't know how to handle UnicodeDecodeError in error callback");
                default: {
                    if (handler == null) {
                        handler = lookupError(name);
                    }
                    PyUnicodeError e = decodeException(input, start, end, reason);
                    PyObject r = Abstract.call(handler, e);
                    String msg = "decoding error handler must return (str, int) tuple";
                    if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyStr rs)
                            || !Abstract.hasIndex(t.get(1))) {
                        throw Err.type(msg);
                    }
                    if (!(e.object instanceof PyBytes)) {
                        throw Err.type("exception attribute object must be bytes");
                    }
                    int len = ((PyBytes) e.object).size();
                    long newpos = Abstract.asSsize(t.get(1), PyExc.IndexError);
                    if (newpos < 0) {
                        newpos += len;
                    }
                    if (newpos < 0 || newpos > len) {
                        throw Err.index("position %d from error handler out of bounds", newpos);
                    }
                    return new Repl(rs.value, null, (int) newpos);
                }
            }
        }
    }

    // ---- replacement texts of the standard handlers ---------------------------------------------

    static String backslashEscapes(int[] cps, int start, int end) {
        StringBuilder sb = new StringBuilder((end - start) * 6);
        for (int k = start; k < end; k++) {
            PyStr.appendEscape(sb, cps[k]);
        }
        return sb.toString();
    }

    static String xmlEscapes(int[] cps, int start, int end) {
        StringBuilder sb = new StringBuilder((end - start) * 8);
        for (int k = start; k < end; k++) {
            sb.append("&#").append(cps[k]).append(';');
        }
        return sb.toString();
    }

    static String nameEscapes(int[] cps, int start, int end) {
        StringBuilder sb = new StringBuilder((end - start) * 16);
        for (int k = start; k < end; k++) {
            String n = UnicodeNames.name(cps[k]);
            if (n != null) {
                sb.append("\\N{").append(n).append('}');
            } else {
                PyStr.appendEscape(sb, cps[k]);
            }
        }
        return sb.toString();
    }

    /** The standard UTF encodings the surrogatepass handler knows (get_standard_encoding). */
    private static final int ENC_UNKNOWN = -1;
    private static final int ENC_UTF8 = 0;
    private static final int ENC_UTF16BE = 1;
    private static final int ENC_UTF16LE = 2;
    private static final int ENC_UTF32BE = 3;
    private static final int ENC_UTF32LE = 4;

    static int standardEncoding(String encoding) {
        String e = encoding.toLowerCase(java.util.Locale.ROOT);
        if (e.startsWith("utf")) {
            e = e.substring(3);
            if (e.startsWith("-") || e.startsWith("_")) {
                e = e.substring(1);
            }
            switch (e) {
                case "8":
                    return ENC_UTF8;
                case "16":
                case "16-le":
                case "16_le":
                    return ENC_UTF16LE;
                case "16-be":
                case "16_be":
                    return ENC_UTF16BE;
                case "32":
                case "32-le":
                case "32_le":
                    return ENC_UTF32LE;
                case "32-be":
                case "32_be":
                    return ENC_UTF32BE;
                default:
                    return ENC_UNKNOWN;
            }
        }
        if (e.equals("cp_utf8") || e.equals("cp65001")) {
            return ENC_UTF8;
        }
        return ENC_UNKNOWN;
    }

    /** surrogatepass for encoding: the surrogates cps[start:end] in the UTF encoding, or null. */
    static byte[] surrogatePassEncode(String encoding, int[] cps, int start, int end) {
        int code = standardEncoding(encoding);
        if (code == ENC_UNKNOWN) {
            return null;
        }
        int width = code == ENC_UTF8 ? 3 : (code == ENC_UTF16BE || code == ENC_UTF16LE) ? 2 : 4;
        byte[] out = new byte[(end - start) * width];
        int p = 0;
        for (int k = start; k < end; k++) {
            int c = cps[k];
            if (c < 0xd800 || c > 0xdfff) {
                return null;
            }
            switch (code) {
                case ENC_UTF8 -> {
                    out[p++] = (byte) (0xe0 | (c >> 12));
                    out[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                    out[p++] = (byte) (0x80 | (c & 0x3f));
                }
                case ENC_UTF16LE -> {
                    out[p++] = (byte) c;
                    out[p++] = (byte) (c >> 8);
                }
                case ENC_UTF16BE -> {
                    out[p++] = (byte) (c >> 8);
                    out[p++] = (byte) c;
                }
                case ENC_UTF32LE -> {
                    out[p++] = (byte) c;
                    out[p++] = (byte) (c >> 8);
                    out[p++] = 0;
                    out[p++] = 0;
                }
                default -> {
                    out[p++] = 0;
                    out[p++] = 0;
                    out[p++] = (byte) (c >> 8);
                    out[p++] = (byte) c;
                }
            }
        }
        return out;
    }

    /** surrogatepass for decoding: {surrogate, byte length} decoded at input[start], or null. */
    static int[] surrogatePassDecode(String encoding, byte[] p, int start) {
        int code = standardEncoding(encoding);
        if (code == ENC_UNKNOWN) {
            return null;
        }
        int width = code == ENC_UTF8 ? 3 : (code == ENC_UTF16BE || code == ENC_UTF16LE) ? 2 : 4;
        if (p.length - start < width) {
            return null;
        }
        int ch = 0;
        switch (code) {
            case ENC_UTF8 -> {
                int b0 = p[start] & 0xff;
                int b1 = p[start + 1] & 0xff;
                int b2 = p[start + 2] & 0xff;
                if ((b0 & 0xf0) == 0xe0 && (b1 & 0xc0) == 0x80 && (b2 & 0xc0) == 0x80) {
                    ch = ((b0 & 0x0f) << 12) + ((b1 & 0x3f) << 6) + (b2 & 0x3f);
                }
            }
            case ENC_UTF16LE -> ch = (p[start + 1] & 0xff) << 8 | (p[start] & 0xff);
            case ENC_UTF16BE -> ch = (p[start] & 0xff) << 8 | (p[start + 1] & 0xff);
            case ENC_UTF32LE -> ch = (p[start + 3] & 0xff) << 24 | (p[start + 2] & 0xff) << 16 | (p[start + 1] & 0xff) << 8
                    | (p[start] & 0xff);
            default -> ch = (p[start] & 0xff) << 24 | (p[start + 1] & 0xff) << 16 | (p[start + 2] & 0xff) << 8
                    | (p[start + 3] & 0xff);
        }
        if (ch < 0xd800 || ch > 0xdfff) {
            return null;
        }
        return new int[] {ch, width};
    }

    // ---- the standard handlers as Python functions ---------------------------------------------

    private static boolean isA(PyObject exc, PyType t) {
        return exc.type.isSubtype(t);
    }

    private static PyException wrongException(PyObject exc) {
        return Err.type("don't know how to handle %s in error callback", Err.tn(exc));
    }

    private static PyUnicodeError unicodeError(PyObject exc) {
        if (exc instanceof PyUnicodeError u) {
            return u;
        }
        throw wrongException(exc);
    }

    /** The text of an encode/translate error's object (must be str). */
    private static PyStr strObject(PyUnicodeError e) {
        if (!(e.object instanceof PyStr s)) {
            throw Err.type("%s attribute must be unicode", "object");
        }
        return s;
    }

    private static byte[] bytesObject(PyUnicodeError e) {
        if (!(e.object instanceof PyBytes b)) {
            throw Err.type("%s attribute must be bytes", "object");
        }
        return b.bytes();
    }

    /** PyUnicodeEncodeError_GetStart: clamped to [0, size-1]. */
    private static int start(PyUnicodeError e, int size) {
        long s = e.start;
        if (s < 0) {
            s = 0;
        }
        if (s >= size) {
            s = size == 0 ? 0 : size - 1;
        }
        return (int) s;
    }

    /** PyUnicodeEncodeError_GetEnd: clamped to [1, size]. */
    private static int end(PyUnicodeError e, int size) {
        long x = e.end;
        if (x < 1) {
            x = 1;
        }
        if (x > size) {
            x = size;
        }
        return (int) x;
    }

    static PyObject strictErrors(PyObject exc) {
        if (exc instanceof PyBaseException be) {
            throw be.toThrowable();
        }
        throw Err.type("codec must pass exception instance");
    }

    static PyObject ignoreErrors(PyObject exc) {
        PyUnicodeError e = unicodeError(exc);
        int size = e.object instanceof PyStr s ? s.length() : e.object instanceof PyBytes b ? b.size() : 0;
        return PyTuple.of(PyStr.EMPTY, PyInt.of(end(e, size)));
    }

    static PyObject replaceErrors(PyObject exc) {
        PyUnicodeError e = unicodeError(exc);
        if (isA(exc, PyExc.UnicodeEncodeError)) {
            PyStr s = strObject(e);
            int st = start(e, s.length());
            int en = end(e, s.length());
            return PyTuple.of(PyStr.of("?".repeat(Math.max(0, en - st))), PyInt.of(en));
        }
        if (isA(exc, PyExc.UnicodeDecodeError)) {
            byte[] b = bytesObject(e);
            return PyTuple.of(PyStr.of("\ufffd"), PyInt.of(end(e, b.length)));
        }
        if (isA(exc, PyExc.UnicodeTranslateError)) {
            PyStr s = strObject(e);
            int st = start(e, s.length());
            int en = end(e, s.length());
            return PyTuple.of(PyStr.of("\ufffd".repeat(Math.max(0, en - st))), PyInt.of(en));
        }
        throw wrongException(exc);
    }

    static PyObject xmlcharrefreplaceErrors(PyObject exc) {
        if (!isA(exc, PyExc.UnicodeEncodeError)) {
            throw wrongException(exc);
        }
        PyUnicodeError e = (PyUnicodeError) exc;
        PyStr s = strObject(e);
        int st = start(e, s.length());
        int en = end(e, s.length());
        return PyTuple.of(PyStr.of(xmlEscapes(s.codePoints(), st, Math.max(st, en))), PyInt.of(en));
    }

    static PyObject backslashreplaceErrors(PyObject exc) {
        if (isA(exc, PyExc.UnicodeDecodeError)) {
            PyUnicodeError e = (PyUnicodeError) exc;
            byte[] b = bytesObject(e);
            int st = start(e, b.length);
            int en = end(e, b.length);
            StringBuilder sb = new StringBuilder();
            for (int k = st; k < en; k++) {
                sb.append("\\x");
                PyStr.appendHex(sb, b[k] & 0xff, 2);
            }
            return PyTuple.of(PyStr.of(sb.toString()), PyInt.of(en));
        }
        if (isA(exc, PyExc.UnicodeEncodeError) || isA(exc, PyExc.UnicodeTranslateError)) {
            PyUnicodeError e = (PyUnicodeError) exc;
            PyStr s = strObject(e);
            int st = start(e, s.length());
            int en = end(e, s.length());
            return PyTuple.of(PyStr.of(backslashEscapes(s.codePoints(), st, Math.max(st, en))), PyInt.of(en));
        }
        throw wrongException(exc);
    }

    static PyObject namereplaceErrors(PyObject exc) {
        if (!isA(exc, PyExc.UnicodeEncodeError)) {
            throw wrongException(exc);
        }
        PyUnicodeError e = (PyUnicodeError) exc;
        PyStr s = strObject(e);
        int st = start(e, s.length());
        int en = end(e, s.length());
        return PyTuple.of(PyStr.of(nameEscapes(s.codePoints(), st, Math.max(st, en))), PyInt.of(en));
    }

    static PyObject surrogateescapeErrors(PyObject exc) {
        if (isA(exc, PyExc.UnicodeEncodeError)) {
            PyUnicodeError e = (PyUnicodeError) exc;
            PyStr s = strObject(e);
            int[] cps = s.codePoints();
            int st = start(e, cps.length);
            int en = end(e, cps.length);
            byte[] out = new byte[Math.max(0, en - st)];
            for (int k = st; k < en; k++) {
                int c = cps[k];
                if (c < 0xdc80 || c > 0xdcff) {
                    throw e.toThrowable();
                }
                out[k - st] = (byte) (c - 0xdc00);
            }
            return PyTuple.of(PyBytes.of(out), PyInt.of(en));
        }
        if (isA(exc, PyExc.UnicodeDecodeError)) {
            PyUnicodeError e = (PyUnicodeError) exc;
            byte[] b = bytesObject(e);
            int st = start(e, b.length);
            int en = end(e, b.length);
            StringBuilder sb = new StringBuilder();
            int k = st;
            while (k - st < 4 && k < en) {
                int c = b[k] & 0xff;
                if (c < 128) {
                    break;
                }
                sb.append((char) (0xdc00 + c));
                k++;
            }
            if (k == st) {
                throw e.toThrowable();
            }
            return PyTuple.of(PyStr.of(sb.toString()), PyInt.of(k));
        }
        throw wrongException(exc);
    }

    static PyObject surrogatepassErrors(PyObject exc) {
        if (isA(exc, PyExc.UnicodeEncodeError)) {
            PyUnicodeError e = (PyUnicodeError) exc;
            PyStr s = strObject(e);
            int[] cps = s.codePoints();
            int st = start(e, cps.length);
            int en = end(e, cps.length);
            byte[] out = surrogatePassEncode(Abstract.strJava(e.encoding), cps, st, Math.max(st, en));
            if (out == null) {
                throw e.toThrowable();
            }
            return PyTuple.of(PyBytes.of(out), PyInt.of(en));
        }
        if (isA(exc, PyExc.UnicodeDecodeError)) {
            PyUnicodeError e = (PyUnicodeError) exc;
            byte[] b = bytesObject(e);
            int st = start(e, b.length);
            int[] r = surrogatePassDecode(Abstract.strJava(e.encoding), b, st);
            if (r == null) {
                throw e.toThrowable();
            }
            return PyTuple.of(PyStr.of(String.valueOf((char) r[0])), PyInt.of(st + r[1]));
        }
        throw wrongException(exc);
    }

    private static PyBuiltinFunction handler(String name, NativeFunction.F1 f) {
        return PyBuiltinFunction.function(null, NativeFunction.of(name, f));
    }

    /** The standard error handlers (immortal builtin functions shared by every interpreter). */
    static final PyBuiltinFunction[] BUILTIN_HANDLERS = {
        handler("strict_errors", (self, exc) -> strictErrors(exc)),
        handler("ignore_errors", (self, exc) -> ignoreErrors(exc)),
        handler("replace_errors", (self, exc) -> replaceErrors(exc)),
        handler("xmlcharrefreplace_errors", (self, exc) -> xmlcharrefreplaceErrors(exc)),
        handler("backslashreplace_errors", (self, exc) -> backslashreplaceErrors(exc)),
        handler("namereplace_errors", (self, exc) -> namereplaceErrors(exc)),
        handler("surrogateescape", (self, exc) -> surrogateescapeErrors(exc)),
        handler("surrogatepass", (self, exc) -> surrogatepassErrors(exc)),
    };
}
