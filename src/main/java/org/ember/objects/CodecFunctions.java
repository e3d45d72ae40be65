package org.ember.objects;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The codec functions of the _codecs module (utf_8_encode, charmap_decode, ...) with CPython's
 * argument conventions: encoders take (str, errors=None) and return (bytes, length consumed);
 * decoders take (data, errors=None[, final]) and return (str, bytes consumed).
 */
public final class CodecFunctions {
    private CodecFunctions() {}

    private static PyStr strArg(PyObject o, String fname) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw Err.type("%s() argument 1 must be str, not %s", fname, Err.tn(o));
    }

    private static String errorsArg(PyObject o, String fname) {
        if (o == null || o == Py.None) {
            return null;
        }
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw Err.type("%s() argument 2 must be str or None, not %s", fname, Err.tn(o));
    }

    /** A Py_buffer argument (bytes-like object). */
    private static byte[] data(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes();
        }
        if (o instanceof BufferProtocol bp && !(o instanceof PyStr)) {
            return bp.toByteArray();
        }
        throw Err.type("a bytes-like object is required, not '%s'", Err.tn(o));
    }

    /** A Py_buffer(accept={str, buffer}) argument: str is taken as its UTF-8 bytes. */
    private static byte[] dataOrStr(PyObject o) {
        if (o instanceof PyStr s) {
            return BuiltinCodecs.utf8Encode(s, "strict");
        }
        return data(o);
    }

    private static boolean flag(PyObject o) {
        return o != null && Abstract.asInt(o) != 0;
    }

    private static PyObject enc(byte[] b, PyStr s) {
        return PyTuple.of(PyBytes.of(b), PyInt.of(s.length()));
    }

    private static PyObject dec(String text, int consumed) {
        return PyTuple.of(PyStr.of(text), PyInt.of(consumed));
    }

    private static PyObject dec(BuiltinCodecs.Decoded d) {
        return dec(d.text(), d.consumed());
    }

    /** codecs.charmap_build */
    public static PyObject charmapBuild(PyStr table) {
        return BuiltinCodecs.charmapBuild(table);
    }

    interface Enc {
        byte[] encode(PyStr s, String errors);
    }

    private static NativeFunction encoder(String name, Enc e) {
        return NativeFunction.of(name, "str, errors=None, /", (self, a) -> {
            PyStr s = strArg(a[0], name);
            return enc(e.encode(s, errorsArg(a[1], name)), s);
        });
    }

    interface Dec {
        BuiltinCodecs.Decoded decode(byte[] b, String errors, boolean fin);
    }

    private static NativeFunction decoder(String name, String finalDefault, Dec d) {
        return NativeFunction.of(name, "data, errors=None, final=" + finalDefault + ", /",
                (self, a) -> dec(d.decode(data(a[0]), errorsArg(a[1], name), flag(a[2]))));
    }

    private static PyObject exDecode(BuiltinCodecs.DecodedBo d) {
        return PyTuple.of(PyStr.of(d.text()), PyInt.of(d.consumed()), PyInt.of(d.byteorder()));
    }

    /** The codec functions, in _codecs order. */
    public static List<NativeFunction> functions() {
        List<NativeFunction> f = new ArrayList<>();
        f.add(encoder("utf_8_encode", BuiltinCodecs::utf8Encode));
        f.add(decoder("utf_8_decode", "False", BuiltinCodecs::utf8Decode));
        f.add(encoder("utf_7_encode", (s, e) -> BuiltinCodecs.utf7Encode(s)));
        f.add(decoder("utf_7_decode", "False", BuiltinCodecs::utf7Decode));
        f.add(NativeFunction.of("utf_16_encode", "str, errors=None, byteorder=0, /", (self, a) -> {
            PyStr s = strArg(a[0], "utf_16_encode");
            return enc(BuiltinCodecs.utf16Encode(s, errorsArg(a[1], "utf_16_encode"), Abstract.asInt(a[2])), s);
        }));
        f.add(encoder("utf_16_le_encode", (s, e) -> BuiltinCodecs.utf16Encode(s, e, -1)));
        f.add(encoder("utf_16_be_encode", (s, e) -> BuiltinCodecs.utf16Encode(s, e, 1)));
        f.add(decoder("utf_16_decode", "False", (b, e, fin) -> {
            BuiltinCodecs.DecodedBo d = BuiltinCodecs.utf16Decode(b, e, 0, fin);
            return new BuiltinCodecs.Decoded(d.text(), d.consumed());
        }));
        f.add(decoder("utf_16_le_decode", "False", (b, e, fin) -> {
            BuiltinCodecs.DecodedBo d = BuiltinCodecs.utf16Decode(b, e, -1, fin);
            return new BuiltinCodecs.Decoded(d.text(), d.consumed());
        }));
        f.add(decoder("utf_16_be_decode", "False", (b, e, fin) -> {
            BuiltinCodecs.DecodedBo d = BuiltinCodecs.utf16Decode(b, e, 1, fin);
            return new BuiltinCodecs.Decoded(d.text(), d.consumed());
        }));
        f.add(NativeFunction.of("utf_16_ex_decode", "data, errors=None, byteorder=0, final=False, /", (self, a) -> exDecode(
                BuiltinCodecs.utf16Decode(data(a[0]), errorsArg(a[1], "utf_16_ex_decode"), Abstract.asInt(a[2]), flag(a[3])))));
        f.add(NativeFunction.of("utf_32_encode", "str, errors=None, byteorder=0, /", (self, a) -> {
            PyStr s = strArg(a[0], "utf_32_encode");
            return enc(BuiltinCodecs.utf32Encode(s, errorsArg(a[1], "utf_32_encode"), Abstract.asInt(a[2])), s);
        }));
        f.add(encoder("utf_32_le_encode", (s, e) -> BuiltinCodecs.utf32Encode(s, e, -1)));
        f.add(encoder("utf_32_be_encode", (s, e) -> BuiltinCodecs.utf32Encode(s, e, 1)));
        f.add(decoder("utf_32_decode", "False", (b, e, fin) -> {
            BuiltinCodecs.DecodedBo d = BuiltinCodecs.utf32Decode(b, e, 0, fin);
            return new BuiltinCodecs.Decoded(d.text(), d.consumed());
        }));
        f.add(decoder("utf_32_le_decode", "False", (b, e, fin) -> {
            BuiltinCodecs.DecodedBo d = BuiltinCodecs.utf32Decode(b, e, -1, fin);
            return new BuiltinCodecs.Decoded(d.text(), d.consumed());
        }));
        f.add(decoder("utf_32_be_decode", "False", (b, e, fin) -> {
            BuiltinCodecs.DecodedBo d = BuiltinCodecs.utf32Decode(b, e, 1, fin);
            return new BuiltinCodecs.Decoded(d.text(), d.consumed());
        }));
        f.add(NativeFunction.of("utf_32_ex_decode", "data, errors=None, byteorder=0, final=False, /", (self, a) -> exDecode(
                BuiltinCodecs.utf32Decode(data(a[0]), errorsArg(a[1], "utf_32_ex_decode"), Abstract.asInt(a[2]), flag(a[3])))));
        f.add(encoder("unicode_escape_encode", (s, e) -> BuiltinCodecs.unicodeEscapeEncode(s)));
        f.add(NativeFunction.of("unicode_escape_decode", "data, errors=None, final=True, /", (self, a) -> dec(
                BuiltinCodecs.unicodeEscapeDecode(dataOrStr(a[0]), errorsArg(a[1], "unicode_escape_decode"), flag(a[2])))));
        f.add(encoder("raw_unicode_escape_encode", (s, e) -> BuiltinCodecs.rawUnicodeEscapeEncode(s)));
        f.add(NativeFunction.of("raw_unicode_escape_decode", "data, errors=None, final=True, /", (self, a) -> dec(
                BuiltinCodecs.rawUnicodeEscapeDecode(dataOrStr(a[0]), errorsArg(a[1], "raw_unicode_escape_decode"),
                        flag(a[2])))));
        f.add(encoder("latin_1_encode", (s, e) -> BuiltinCodecs.ucs1Encode(s, e, 256)));
        f.add(NativeFunction.of("latin_1_decode", "data, errors=None, /", (self, a) -> {
            byte[] b = data(a[0]);
            errorsArg(a[1], "latin_1_decode");
            return dec(BuiltinCodecs.latin1Decode(b), b.length);
        }));
        f.add(encoder("ascii_encode", (s, e) -> BuiltinCodecs.ucs1Encode(s, e, 128)));
        f.add(NativeFunction.of("ascii_decode", "data, errors=None, /", (self, a) -> {
            byte[] b = data(a[0]);
            return dec(BuiltinCodecs.asciiDecode(b, errorsArg(a[1], "ascii_decode")), b.length);
        }));
        f.add(NativeFunction.of("charmap_encode", "str, errors=None, mapping=None, /", (self, a) -> {
            PyStr s = strArg(a[0], "charmap_encode");
            return enc(BuiltinCodecs.charmapEncode(s, errorsArg(a[1], "charmap_encode"), a[2]), s);
        }));
        f.add(NativeFunction.of("charmap_decode", "data, errors=None, mapping=None, /", (self, a) -> {
            byte[] b = data(a[0]);
            return dec(BuiltinCodecs.charmapDecode(b, errorsArg(a[1], "charmap_decode"), a[2]), b.length);
        }));
        f.add(NativeFunction.of("escape_encode", "data, errors=None, /", (self, a) -> {
            if (!(a[0] instanceof PyBytes b)) {
                throw Err.type("escape_encode() argument 1 must be bytes, not %s", Err.tn(a[0]));
            }
            errorsArg(a[1], "escape_encode");
            return PyTuple.of(PyBytes.of(BuiltinCodecs.escapeEncode(b.bytes())), PyInt.of(b.size()));
        }));
        f.add(NativeFunction.of("escape_decode", "data, errors=None, /", (self, a) -> {
            byte[] b = dataOrStr(a[0]);
            return PyTuple.of(PyBytes.of(BuiltinCodecs.escapeDecode(b, errorsArg(a[1], "escape_decode"))), PyInt.of(b.length));
        }));
        f.add(NativeFunction.of("readbuffer_encode", "data, errors=None, /", (self, a) -> {
            byte[] b = dataOrStr(a[0]);
            errorsArg(a[1], "readbuffer_encode");
            return PyTuple.of(PyBytes.of(b.clone()), PyInt.of(b.length));
        }));
        return f;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
