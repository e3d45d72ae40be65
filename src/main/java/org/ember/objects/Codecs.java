package org.ember.objects;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** str.encode / bytes.decode for the standard codecs (strict errors for now; the codecs module extends this). */
public final class Codecs {
    private Codecs() {}

    public static String normalize(String encoding) {
        String e = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (e) {
            case "utf8", "utf-8", "u8", "utf", "cp65001" -> "utf-8";
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin" -> "latin-1";
            case "ascii", "us-ascii", "646" -> "ascii";
            default -> e;
        };
    }

    public static PyObject encode(PyStr s, String encoding, String errors) {
        String enc = normalize(encoding);
        String v = s.value;
        switch (enc) {
            case "utf-8": {
                for (int i = 0; i < v.length(); i++) {
                    char c = v.charAt(i);
                    if (Character.isSurrogate(c)) {
                        boolean pair = Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1));
                        if (!pair) {
                            if (errors.equals("surrogateescape") && c >= 0xdc80 && c <= 0xdcff) {
                                continue;
                            }
                            if (errors.equals("surrogatepass")) {
                                continue;
                            }
                            throw encodeError("utf-8", s, i, "surrogates not allowed");
                        }
                        i++;
                    }
                }
                return PyBytes.of(v.getBytes(StandardCharsets.UTF_8));
            }
            case "latin-1":
            case "ascii": {
                int limit = enc.equals("ascii") ? 0x80 : 0x100;
                byte[] out = new byte[v.length()];
                for (int i = 0; i < v.length(); i++) {
                    char c = v.charAt(i);
                    if (c >= limit) {
                        throw encodeError(enc, s, i, "ordinal not in range(" + limit + ")");
                    }
                    out[i] = (byte) c;
                }
                return PyBytes.of(out);
            }
            default:
                throw Err.format(PyExc.LookupError, "unknown encoding: %s", encoding);
        }
    }

    private static PyException encodeError(String enc, PyStr s, int charIndex, String reason) {
        int cpIndex = s.value.codePointCount(0, charIndex);
        return Err.raise(PyExc.UnicodeEncodeError, PyStr.of(enc), s, PyInt.of(cpIndex), PyInt.of(cpIndex + 1), PyStr.of(reason));
    }

    public static PyObject decode(byte[] b, String encoding, String errors) {
        String enc = normalize(encoding);
        switch (enc) {
            case "utf-8": {
                CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                try {
                    CharBuffer cb = dec.decode(ByteBuffer.wrap(b));
                    return PyStr.of(cb.toString());
                } catch (CharacterCodingException e) {
                    return Utf8.decode(b, errors);
                }
            }
            case "latin-1":
                return PyStr.of(new String(b, StandardCharsets.ISO_8859_1));
            case "ascii": {
                for (int i = 0; i < b.length; i++) {
                    if (b[i] < 0) {
                        if (errors.equals("strict")) {
                            throw Err.raise(PyExc.UnicodeDecodeError, PyStr.of("ascii"), PyBytes.of(b), PyInt.of(i),
                                    PyInt.of(i + 1), PyStr.of("ordinal not in range(128)"));
                        }
                        return PyStr.of(decodeWithErrors(b, errors));
                    }
                }
                return PyStr.of(new String(b, StandardCharsets.ISO_8859_1));
            }
            default:
                if (Charset.isSupported(enc)) {
                    return PyStr.of(new String(b, Charset.forName(enc)));
                }
                throw Err.format(PyExc.LookupError, "unknown encoding: %s", encoding);
        }
    }

    private static String decodeWithErrors(byte[] b, String errors) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            if (x >= 0) {
                sb.append((char) x);
            } else if (errors.equals("replace")) {
                sb.append('\ufffd');
            } else if (errors.equals("surrogateescape")) {
                sb.append((char) (0xdc00 + (x & 0xff)));
            } else if (!errors.equals("ignore")) {
                throw Err.format(PyExc.LookupError, "unknown error handler name '%s'", errors);
            }
        }
        return sb.toString();
    }

    /** str(obj, encoding, errors) */
    public static PyObject decodeObject(PyObject o, String encoding, String errors) {
        if (o instanceof PyStr) {
            throw Err.type("decoding str is not supported");
        }
        if (!(o instanceof PyBytes) && !(o instanceof BufferProtocol)) {
            throw Err.type("decoding to str: need a bytes-like object, %s found", Err.tn(o));
        }
        return decode(PyBytes.fromBuffer(o).bytes(), encoding, errors);
    }

    /** UTF-8 decoding with CPython's error reporting and handlers. */
    static final class Utf8 {
        static PyObject decode(byte[] b, String errors) {
            StringBuilder sb = new StringBuilder(b.length);
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xff;
                int need;
                int cp;
                if (c < 0x80) {
                    sb.append((char) c);
                    i++;
                    continue;
                } else if (c >= 0xc2 && c <= 0xdf) {
                    need = 1;
                    cp = c & 0x1f;
                } else if (c >= 0xe0 && c <= 0xef) {
                    need = 2;
                    cp = c & 0x0f;
                } else if (c >= 0xf0 && c <= 0xf4) {
                    need = 3;
                    cp = c & 0x07;
                } else {
                    i = error(sb, b, i, i + 1, "invalid start byte", errors);
                    continue;
                }
                int j = i + 1;
                boolean bad = false;
                for (int k = 0; k < need; k++, j++) {
                    if (j >= b.length) {
                        i = error(sb, b, i, b.length, "unexpected end of data", errors);
                        bad = true;
                        break;
                    }
                    int cc = b[j] & 0xff;
                    boolean ok = (cc & 0xc0) == 0x80;
                    if (ok && k == 0) {
                        if (c == 0xe0 && cc < 0xa0) ok = false;
                        if (c == 0xed && cc > 0x9f) ok = false;
                        if (c == 0xf0 && cc < 0x90) ok = false;
                        if (c == 0xf4 && cc > 0x8f) ok = false;
                    }
                    if (!ok) {
                        i = error(sb, b, i, j, "invalid continuation byte", errors);
                        bad = true;
                        break;
                    }
                    cp = (cp << 6) | (cc & 0x3f);
                }
                if (bad) {
                    continue;
                }
                sb.appendCodePoint(cp);
                i = j;
            }
            return PyStr.of(sb.toString());
        }

        private static int error(StringBuilder sb, byte[] b, int start, int end, String reason, String errors) {
            switch (errors) {
                case "strict":
                    throw Err.raise(PyExc.UnicodeDecodeError, PyStr.of("utf-8"), PyBytes.of(b), PyInt.of(start), PyInt.of(end),
                            PyStr.of(reason));
                case "replace":
                    sb.append('\ufffd');
                    return end;
                case "ignore":
                    return end;
                case "surrogateescape":
                    for (int k = start; k < end; k++) {
                        sb.append((char) (0xdc00 + (b[k] & 0xff)));
                    }
                    return end;
                case "backslashreplace":
                    for (int k = start; k < end; k++) {
                        sb.append(String.format("\\x%02x", b[k] & 0xff));
                    }
                    return end;
                default:
                    throw Err.format(PyExc.LookupError, "unknown error handler name '%s'", errors);
            }
        }
    }
}
