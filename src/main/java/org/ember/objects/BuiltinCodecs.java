package org.ember.objects;

import java.nio.charset.StandardCharsets;

/**
 * The codecs CPython implements in C, in Java: UTF-8, UTF-7, UTF-16, UTF-32, Latin-1, ASCII,
 * charmap, unicode-escape, raw-unicode-escape and the bytes escape codec, with CPython's error
 * positions, reasons and error handler behaviour. Encoders take a str and return bytes;
 * decoders take a byte array (positions in errors are indices into it) and return text and,
 * for incremental use, how many bytes they consumed.
 */
final class BuiltinCodecs {
    private BuiltinCodecs() {}

    /** Decoded text and the number of input bytes consumed. */
    record Decoded(String text, int consumed) {}

    /** As Decoded, with the byte order found (UTF-16/32 "ex" decoders). */
    record DecodedBo(String text, int consumed, int byteorder) {}

    /** A growable byte buffer. */
    static final class ByteBuf {
        byte[] a;
        int n;

        ByteBuf(int capacity) {
            a = new byte[Math.max(16, capacity)];
        }

        private void ensure(int more) {
            if (n + more > a.length) {
                long cap = Math.max((long) a.length * 2, (long) n + more);
                if (cap > Integer.MAX_VALUE - 16) {
                    if ((long) n + more > Integer.MAX_VALUE - 16) {
                        throw Err.memory();
                    }
                    cap = Integer.MAX_VALUE - 16;
                }
                a = java.util.Arrays.copyOf(a, (int) cap);
            }
        }

        void write(int b) {
            ensure(1);
            a[n++] = (byte) b;
        }

        void write(byte[] b) {
            write(b, 0, b.length);
        }

        void write(byte[] b, int off, int len) {
            ensure(len);
            System.arraycopy(b, off, a, n, len);
            n += len;
        }

        void writeAscii(String s) {
            ensure(s.length());
            for (int i = 0; i < s.length(); i++) {
                a[n++] = (byte) s.charAt(i);
            }
        }

        byte[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSurrogate(int c) {
        return c >= 0xd800 && c <= 0xdfff;
    }

    /** True when the Java string holds no lone surrogate (so Java's UTF-8/16 encoders are exact). */
    private static boolean noLoneSurrogates(String v) {
        int n = v.length();
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(v.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    // ---- UTF-8 ---------------------------------------------------------------------------------

    static byte[] utf8Encode(PyStr s, String errors) {
        String v = s.value;
        if (noLoneSurrogates(v)) {
            return v.getBytes(StandardCharsets.UTF_8);
        }
        int[] cps = s.codePoints();
        Codecs.Errors st = new Codecs.Errors(errors, "utf-8");
        ByteBuf out = new ByteBuf(v.length() * 3);
        int n = cps.length;
        int i = 0;
        while (i < n) {
            int c = cps[i];
            if (c < 0x80) {
                out.write(c);
                i++;
            } else if (c < 0x800) {
                out.write(0xc0 | (c >> 6));
                out.write(0x80 | (c & 0x3f));
                i++;
            } else if (c >= 0x10000) {
                out.write(0xf0 | (c >> 18));
                out.write(0x80 | ((c >> 12) & 0x3f));
                out.write(0x80 | ((c >> 6) & 0x3f));
                out.write(0x80 | (c & 0x3f));
                i++;
            } else if (!isSurrogate(c)) {
                out.write(0xe0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3f));
                out.write(0x80 | (c & 0x3f));
                i++;
            } else {
                int start = i;
                int end = i + 1;
                while (end < n && isSurrogate(cps[end])) {
                    end++;
                }
                if (st.name.equals("surrogateescape")) {
                    int k = start;
                    while (k < end && cps[k] >= 0xdc80 && cps[k] <= 0xdcff) {
                        out.write(cps[k] - 0xdc00);
                        k++;
                    }
                    if (k >= end) {
                        i = end;
                        continue;
                    }
                    start = k;
                }
                Codecs.Repl r = st.encode(s, cps, start, end, "surrogates not allowed");
                if (r.bytes() != null) {
                    out.write(r.bytes());
                } else {
                    if (!isAscii(r.str())) {
                        throw st.encodeError(s, start, end, "surrogates not allowed");
                    }
                    out.writeAscii(r.str());
                }
                i = r.newpos();
            }
        }
        return out.toArray();
    }

    private static boolean cont(int b) {
        return (b & 0xc0) == 0x80;
    }

    static Decoded utf8Decode(byte[] b, String errors, boolean fin) {
        int n = b.length;
        int i = 0;
        while (i < n && b[i] >= 0) {
            i++;
        }
        if (i == n) {
            return new Decoded(new String(b, StandardCharsets.ISO_8859_1), n);
        }
        StringBuilder sb = new StringBuilder(n);
        for (int k = 0; k < i; k++) {
            sb.append((char) b[k]);
        }
        Codecs.Errors st = null;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            String reason;
            int errEnd;
            if (c < 0xc2) {
                reason = "invalid start byte";
                errEnd = i + 1;
            } else if (c < 0xe0) {
                if (n - i < 2) {
                    if (!fin) {
                        break;
                    }
                    reason = "unexpected end of data";
                    errEnd = n;
                } else {
                    int c1 = b[i + 1] & 0xff;
                    if (!cont(c1)) {
                        reason = "invalid continuation byte";
                        errEnd = i + 1;
                    } else {
                        sb.append((char) (((c & 0x1f) << 6) | (c1 & 0x3f)));
                        i += 2;
                        continue;
                    }
                }
            } else if (c < 0xf0) {
                int c1 = n - i >= 2 ? b[i + 1] & 0xff : -1;
                boolean bad1 = c1 >= 0 && (!cont(c1) || (c1 < 0xa0 ? c == 0xe0 : c == 0xed));
                if (n - i < 3 && !bad1) {
                    if (!fin) {
                        break;
                    }
                    reason = "unexpected end of data";
                    errEnd = n;
                } else if (bad1) {
                    if (!fin && c == 0xed && n - i == 2 && c1 >= 0xa0 && c1 <= 0xbf) {
                        break;
                    }
                    reason = "invalid continuation byte";
                    errEnd = i + 1;
                } else {
                    int c2 = b[i + 2] & 0xff;
                    if (!cont(c2)) {
                        reason = "invalid continuation byte";
                        errEnd = i + 2;
                    } else {
                        sb.append((char) (((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f)));
                        i += 3;
                        continue;
                    }
                }
            } else if (c < 0xf5) {
                int c1 = n - i >= 2 ? b[i + 1] & 0xff : -1;
                int c2 = n - i >= 3 ? b[i + 2] & 0xff : -1;
                boolean bad1 = c1 >= 0 && (!cont(c1) || (c1 < 0x90 ? c == 0xf0 : c == 0xf4));
                boolean bad2 = !bad1 && c2 >= 0 && !cont(c2);
                if (bad1) {
                    reason = "invalid continuation byte";
                    errEnd = i + 1;
                } else if (bad2) {
                    reason = "invalid continuation byte";
                    errEnd = i + 2;
                } else if (n - i < 4) {
                    if (!fin) {
                        break;
                    }
                    reason = "unexpected end of data";
                    errEnd = n;
                } else {
                    int c3 = b[i + 3] & 0xff;
                    if (!cont(c3)) {
                        reason = "invalid continuation byte";
                        errEnd = i + 3;
                    } else {
                        sb.appendCodePoint(((c & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f));
                        i += 4;
                        continue;
                    }
                }
            } else {
                reason = "invalid start byte";
                errEnd = i + 1;
            }
            if (st == null) {
                st = new Codecs.Errors(errors, "utf-8");
            }
            if (st.name.equals("surrogateescape")) {
                for (int k = i; k < errEnd; k++) {
                    sb.append((char) (0xdc00 + (b[k] & 0xff)));
                }
                i = errEnd;
                continue;
            }
            Codecs.Repl r = st.decode(b, i, errEnd, reason);
            sb.append(r.str());
            i = r.newpos();
        }
        return new Decoded(sb.toString(), i);
    }

    // ---- Latin-1 and ASCII -----------------------------------------------------------------------

    /** unicode_encode_ucs1: Latin-1 (limit 256) or ASCII (limit 128). */
    static byte[] ucs1Encode(PyStr s, String errors, int limit) {
        String v = s.value;
        if (s.maxChar() < limit) {
            return v.getBytes(StandardCharsets.ISO_8859_1);
        }
        String encoding = limit == 256 ? "latin-1" : "ascii";
        String reason = limit == 256 ? "ordinal not in range(256)" : "ordinal not in range(128)";
        int[] cps = s.codePoints();
        Codecs.Errors st = new Codecs.Errors(errors, encoding);
        ByteBuf out = new ByteBuf(cps.length);
        int n = cps.length;
        int i = 0;
        while (i < n) {
            int c = cps[i];
            if (c < limit) {
                out.write(c);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && cps[end] >= limit) {
                end++;
            }
            if (st.name.equals("surrogateescape")) {
                int k = i;
                while (k < end && cps[k] >= 0xdc80 && cps[k] <= 0xdcff) {
                    out.write(cps[k] - 0xdc00);
                    k++;
                }
                if (k >= end) {
                    i = end;
                    continue;
                }
                i = k;
            }
            Codecs.Repl r = st.encode(s, cps, i, end, reason);
            if (r.bytes() != null) {
                out.write(r.bytes());
            } else {
                String rep = r.str();
                for (int k = 0; k < rep.length(); ) {
                    int rc = rep.codePointAt(k);
                    if (rc >= limit) {
                        throw st.encodeError(s, i, end, reason);
                    }
                    out.write(rc);
                    k += Character.charCount(rc);
                }
            }
            i = r.newpos();
        }
        return out.toArray();
    }

    static String latin1Decode(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static String asciiDecode(byte[] b, String errors) {
        int n = b.length;
        int i = 0;
        while (i < n && b[i] >= 0) {
            i++;
        }
        if (i == n) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(new String(b, 0, i, StandardCharsets.ISO_8859_1));
        Codecs.Errors st = new Codecs.Errors(errors, "ascii");
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 128) {
                sb.append((char) c);
                i++;
                continue;
            }
            Codecs.Repl r = st.decode(b, i, i + 1, "ordinal not in range(128)");
            sb.append(r.str());
            i = r.newpos();
        }
        return sb.toString();
    }

    // ---- UTF-16 ---------------------------------------------------------------------------------

    private static void unit16(ByteBuf out, int u, boolean little) {
        if (little) {
            out.write(u);
            out.write(u >> 8);
        } else {
            out.write(u >> 8);
            out.write(u);
        }
    }

    /** byteorder: 0 native with BOM, -1 little endian, 1 big endian. */
    static byte[] utf16Encode(PyStr s, String errors, int byteorder) {
        boolean little = byteorder <= 0;
        String encoding = byteorder == -1 ? "utf-16-le" : byteorder == 1 ? "utf-16-be" : "utf-16";
        String v = s.value;
        ByteBuf out = new ByteBuf(v.length() * 2 + 2);
        if (byteorder == 0) {
            unit16(out, 0xfeff, true);
        }
        if (noLoneSurrogates(v)) {
            for (int i = 0; i < v.length(); i++) {
                unit16(out, v.charAt(i), little);
            }
            return out.toArray();
        }
        int[] cps = s.codePoints();
        Codecs.Errors st = new Codecs.Errors(errors, encoding);
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            if (!isSurrogate(c)) {
                if (c >= 0x10000) {
                    unit16(out, Character.highSurrogate(c), little);
                    unit16(out, Character.lowSurrogate(c), little);
                } else {
                    unit16(out, c, little);
                }
                i++;
                continue;
            }
            Codecs.Repl r = st.encode(s, cps, i, i + 1, "surrogates not allowed");
            if (r.bytes() != null) {
                if ((r.bytes().length & 1) != 0) {
                    throw st.encodeError(s, i, i + 1, "surrogates not allowed");
                }
                out.write(r.bytes());
            } else {
                if (!isAscii(r.str())) {
                    throw st.encodeError(s, i, i + 1, "surrogates not allowed");
                }
                for (int k = 0; k < r.str().length(); k++) {
                    unit16(out, r.str().charAt(k), little);
                }
            }
            i = r.newpos();
        }
        return out.toArray();
    }

    static DecodedBo utf16Decode(byte[] b, String errors, int byteorder, boolean fin) {
        int n = b.length;
        int q = 0;
        int bo = byteorder;
        if (bo == 0 && n >= 2) {
            int bom = ((b[1] & 0xff) << 8) | (b[0] & 0xff);
            if (bom == 0xfeff) {
                q = 2;
                bo = -1;
            } else if (bom == 0xfffe) {
                q = 2;
                bo = 1;
            }
        }
        boolean little = bo <= 0;
        String encoding = little ? "utf-16-le" : "utf-16-be";
        StringBuilder sb = new StringBuilder(n / 2);
        Codecs.Errors st = null;
        while (true) {
            String reason;
            int start;
            int end;
            if (n - q >= 2) {
                int ch = little ? ((b[q + 1] & 0xff) << 8) | (b[q] & 0xff) : ((b[q] & 0xff) << 8) | (b[q + 1] & 0xff);
                q += 2;
                if (!isSurrogate(ch)) {
                    sb.append((char) ch);
                    continue;
                }
                if (ch >= 0xdc00) {
                    reason = "illegal encoding";
                    start = q - 2;
                    end = start + 2;
                } else if (n - q < 2) {
                    q -= 2;
                    if (!fin) {
                        break;
                    }
                    reason = "unexpected end of data";
                    start = q;
                    end = n;
                } else {
                    int ch2 = little ? ((b[q + 1] & 0xff) << 8) | (b[q] & 0xff) : ((b[q] & 0xff) << 8) | (b[q + 1] & 0xff);
                    q += 2;
                    if (ch2 < 0xdc00 || ch2 > 0xdfff) {
                        reason = "illegal UTF-16 surrogate";
                        start = q - 4;
                        end = start + 2;
                    } else {
                        sb.append((char) ch).append((char) ch2);
                        continue;
                    }
                }
            } else {
                if (q == n || !fin) {
                    break;
                }
                reason = "truncated data";
                start = q;
                end = n;
            }
            if (st == null) {
                st = new Codecs.Errors(errors, encoding);
            }
            Codecs.Repl r = st.decode(b, start, end, reason);
            sb.append(r.str());
            q = r.newpos();
        }
        return new DecodedBo(sb.toString(), q, bo);
    }

    // ---- UTF-32 ---------------------------------------------------------------------------------

    private static void unit32(ByteBuf out, int u, boolean little) {
        if (little) {
            out.write(u);
            out.write(u >> 8);
            out.write(u >> 16);
            out.write(u >> 24);
        } else {
            out.write(u >> 24);
            out.write(u >> 16);
            out.write(u >> 8);
            out.write(u);
        }
    }

    static byte[] utf32Encode(PyStr s, String errors, int byteorder) {
        boolean little = byteorder <= 0;
        String encoding = byteorder == -1 ? "utf-32-le" : byteorder == 1 ? "utf-32-be" : "utf-32";
        int[] cps = s.codePoints();
        ByteBuf out = new ByteBuf(cps.length * 4 + 4);
        if (byteorder == 0) {
            unit32(out, 0xfeff, true);
        }
        Codecs.Errors st = null;
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            if (!isSurrogate(c)) {
                unit32(out, c, little);
                i++;
                continue;
            }
            if (st == null) {
                st = new Codecs.Errors(errors, encoding);
            }
            Codecs.Repl r = st.encode(s, cps, i, i + 1, "surrogates not allowed");
            if (r.bytes() != null) {
                if ((r.bytes().length & 3) != 0) {
                    throw st.encodeError(s, i, i + 1, "surrogates not allowed");
                }
                out.write(r.bytes());
            } else {
                if (!isAscii(r.str())) {
                    throw st.encodeError(s, i, i + 1, "surrogates not allowed");
                }
                for (int k = 0; k < r.str().length(); k++) {
                    unit32(out, r.str().charAt(k), little);
                }
            }
            i = r.newpos();
        }
        return out.toArray();
    }

    static DecodedBo utf32Decode(byte[] b, String errors, int byteorder, boolean fin) {
        int n = b.length;
        int q = 0;
        int bo = byteorder;
        if (bo == 0 && n >= 4) {
            int bom = ((b[3] & 0xff) << 24) | ((b[2] & 0xff) << 16) | ((b[1] & 0xff) << 8) | (b[0] & 0xff);
            if (bom == 0x0000feff) {
                bo = -1;
                q = 4;
            } else if (bom == 0xfffe0000) {
                bo = 1;
                q = 4;
            }
        }
        boolean little = bo <= 0;
        String encoding = little ? "utf-32-le" : "utf-32-be";
        StringBuilder sb = new StringBuilder(n / 4);
        Codecs.Errors st = null;
        while (q < n) {
            String reason;
            int start = q;
            int end;
            if (n - q >= 4) {
                long ch = little
                        ? ((b[q + 3] & 0xffL) << 24) | ((b[q + 2] & 0xff) << 16) | ((b[q + 1] & 0xff) << 8) | (b[q] & 0xff)
                        : ((b[q] & 0xffL) << 24) | ((b[q + 1] & 0xff) << 16) | ((b[q + 2] & 0xff) << 8) | (b[q + 3] & 0xff);
                if (ch >= 0xd800 && ch <= 0xdfff) {
                    reason = "code point in surrogate code point range(0xd800, 0xe000)";
                    end = q + 4;
                } else if (ch >= 0x110000) {
                    reason = "code point not in range(0x110000)";
                    end = q + 4;
                } else {
                    sb.appendCodePoint((int) ch);
                    q += 4;
                    continue;
                }
            } else {
                if (!fin) {
                    break;
                }
                reason = "truncated data";
                end = n;
            }
            if (st == null) {
                st = new Codecs.Errors(errors, encoding);
            }
            Codecs.Repl r = st.decode(b, start, end, reason);
            sb.append(r.str());
            q = r.newpos();
        }
        return new DecodedBo(sb.toString(), q, bo);
    }

    // ---- UTF-7 ----------------------------------------------------------------------------------

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** utf7_category: 0 set D, 1 set O, 2 whitespace, 3 special. */
    private static int utf7Category(int c) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "'(),-./:?".indexOf(c) >= 0) {
            return 0;
        }
        if ("!\"#$%&*;<=>@[]^_`{|}".indexOf(c) >= 0) {
            return 1;
        }
        if (c == '\t' || c == '\n' || c == '\r' || c == ' ') {
            return 2;
        }
        return 3;
    }

    private static boolean isBase64(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }

    private static int fromBase64(int c) {
        return B64.indexOf(c);
    }

    private static boolean encodeDirect(int c) {
        return c < 128 && c > 0 && utf7Category(c) != 3;
    }

    static byte[] utf7Encode(PyStr s) {
        int[] cps = s.codePoints();
        ByteBuf out = new ByteBuf(cps.length * 2);
        boolean inShift = false;
        int bits = 0;
        long buffer = 0;
        for (int ch : cps) {
            boolean encodeChar;
            if (inShift) {
                if (encodeDirect(ch)) {
                    if (bits > 0) {
                        out.write(B64.charAt((int) ((buffer << (6 - bits)) & 0x3f)));
                        buffer = 0;
                        bits = 0;
                    }
                    inShift = false;
                    if (isBase64(ch) || ch == '-') {
                        out.write('-');
                    }
                    out.write(ch);
                    encodeChar = false;
                } else {
                    encodeChar = true;
                }
            } else if (ch == '+') {
                out.write('+');
                out.write('-');
                encodeChar = false;
            } else if (encodeDirect(ch)) {
                out.write(ch);
                encodeChar = false;
            } else {
                out.write('+');
                inShift = true;
                encodeChar = true;
            }
            if (encodeChar) {
                int c = ch;
                if (c >= 0x10000) {
                    bits += 16;
                    buffer = (buffer << 16) | Character.highSurrogate(c);
                    while (bits >= 6) {
                        out.write(B64.charAt((int) ((buffer >> (bits - 6)) & 0x3f)));
                        bits -= 6;
                    }
                    c = Character.lowSurrogate(c);
                }
                bits += 16;
                buffer = (buffer << 16) | c;
                while (bits >= 6) {
                    out.write(B64.charAt((int) ((buffer >> (bits - 6)) & 0x3f)));
                    bits -= 6;
                }
                buffer &= (1L << bits) - 1;
            }
        }
        if (bits > 0) {
            out.write(B64.charAt((int) ((buffer << (6 - bits)) & 0x3f)));
        }
        if (inShift) {
            out.write('-');
        }
        return out.toArray();
    }

    static Decoded utf7Decode(byte[] b, String errors, boolean fin) {
        int n = b.length;
        StringBuilder sb = new StringBuilder(n);
        Codecs.Errors st = null;
        boolean inShift = false;
        int bits = 0;
        long buffer = 0;
        int surrogate = 0;
        int startinpos = 0;
        int shiftOutStart = 0;
        int s = 0;
        while (true) {
            while (s < n) {
                int ch = b[s] & 0xff;
                String errmsg = null;
                if (inShift) {
                    if (isBase64(ch)) {
                        buffer = (buffer << 6) | fromBase64(ch);
                        bits += 6;
                        s++;
                        if (bits >= 16) {
                            int outCh = (int) (buffer >> (bits - 16));
                            bits -= 16;
                            buffer &= (1L << bits) - 1;
                            if (surrogate != 0) {
                                if (outCh >= 0xdc00 && outCh <= 0xdfff) {
                                    sb.appendCodePoint(Character.toCodePoint((char) surrogate, (char) outCh));
                                    surrogate = 0;
                                    continue;
                                }
                                sb.append((char) surrogate);
                                surrogate = 0;
                            }
                            if (outCh >= 0xd800 && outCh <= 0xdbff) {
                                surrogate = outCh;
                            } else {
                                sb.append((char) outCh);
                            }
                        }
                    } else {
                        inShift = false;
                        if (bits > 6) {
                            s++;
                            errmsg = "partial character in shift sequence";
                        } else if (buffer != 0) {
                            s++;
                            errmsg = "non-zero padding bits in shift sequence";
                        } else {
                            if (surrogate != 0 && ch <= 127 && ch != '+') {
                                sb.append((char) surrogate);
                            }
                            surrogate = 0;
                            if (ch == '-') {
                                s++;
                            }
                        }
                    }
                } else if (ch == '+') {
                    startinpos = s;
                    s++;
                    if (s < n && b[s] == '-') {
                        s++;
                        sb.append('+');
                    } else if (s < n && !isBase64(b[s] & 0xff)) {
                        s++;
                        errmsg = "ill-formed sequence";
                    } else {
                        inShift = true;
                        surrogate = 0;
                        shiftOutStart = sb.length();
                        bits = 0;
                        buffer = 0;
                    }
                } else if (ch <= 127) {
                    s++;
                    sb.append((char) ch);
                } else {
                    startinpos = s;
                    s++;
                    errmsg = "unexpected special character";
                }
                if (errmsg != null) {
                    if (st == null) {
                        st = new Codecs.Errors(errors, "utf7");
                    }
                    Codecs.Repl r = st.decode(b, startinpos, s, errmsg);
                    sb.append(r.str());
                    s = r.newpos();
                }
            }
            if (inShift && fin) {
                inShift = false;
                if (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0)) {
                    if (st == null) {
                        st = new Codecs.Errors(errors, "utf7");
                    }
                    Codecs.Repl r = st.decode(b, startinpos, n, "unterminated shift sequence");
                    sb.append(r.str());
                    s = r.newpos();
                    if (s < n) {
                        continue;
                    }
                }
            }
            break;
        }
        int consumed;
        if (!fin && inShift) {
            consumed = startinpos;
            sb.setLength(shiftOutStart);
        } else {
            consumed = s;
        }
        return new Decoded(sb.toString(), consumed);
    }

    // ---- unicode-escape and raw-unicode-escape -------------------------------------------------

    static byte[] unicodeEscapeEncode(PyStr s) {
        String v = s.value;
        ByteBuf out = new ByteBuf(v.length() + 16);
        StringBuilder tmp = new StringBuilder(12);
        for (int i = 0; i < v.length(); ) {
            int ch = v.codePointAt(i);
            i += Character.charCount(ch);
            if (ch >= 0x100 || ch < ' ' || ch >= 0x7f) {
                if (ch == '\t') {
                    out.writeAscii("\\t");
                } else if (ch == '\n') {
                    out.writeAscii("\\n");
                } else if (ch == '\r') {
                    out.writeAscii("\\r");
                } else {
                    tmp.setLength(0);
                    PyStr.appendEscape(tmp, ch);
                    out.writeAscii(tmp.toString());
                }
            } else if (ch == '\\') {
                out.writeAscii("\\\\");
            } else {
                out.write(ch);
            }
        }
        return out.toArray();
    }

    static byte[] rawUnicodeEscapeEncode(PyStr s) {
        String v = s.value;
        ByteBuf out = new ByteBuf(v.length() + 16);
        StringBuilder tmp = new StringBuilder(12);
        for (int i = 0; i < v.length(); ) {
            int ch = v.codePointAt(i);
            i += Character.charCount(ch);
            if (ch >= 0x100) {
                tmp.setLength(0);
                PyStr.appendEscape(tmp, ch);
                out.writeAscii(tmp.toString());
            } else {
                out.write(ch);
            }
        }
        return out.toArray();
    }

    private static int hexDigit(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    static Decoded unicodeEscapeDecode(byte[] b, String errors, boolean fin) {
        int n = b.length;
        StringBuilder sb = new StringBuilder(n);
        Codecs.Errors st = null;
        int firstInvalid = -1;
        int s = 0;
        int consumed = -1;
        while (s < n) {
            int c = b[s++] & 0xff;
            if (c != '\\') {
                sb.append((char) c);
                continue;
            }
            int startinpos = s - 1;
            String message;
            boolean incomplete = false;
            if (s >= n) {
                message = "\\ at end of string";
                incomplete = true;
            } else {
                c = b[s++] & 0xff;
                int count = 0;
                message = null;
                switch (c) {
                    case '\n':
                        continue;
                    case '\\':
                    case '\'':
                    case '"':
                        sb.append((char) c);
                        continue;
                    case 'b':
                        sb.append('\b');
                        continue;
                    case 'f':
                        sb.append('\f');
                        continue;
                    case 't':
                        sb.append('\t');
                        continue;
                    case 'n':
                        sb.append('\n');
                        continue;
                    case 'r':
                        sb.append('\r');
                        continue;
                    case 'v':
                        sb.append('\u000b');
                        continue;
                    case 'a':
                        sb.append('\u0007');
                        continue;
                    case '0', '1', '2', '3', '4', '5', '6', '7': {
                        int ch = c - '0';
                        if (s < n && b[s] >= '0' && b[s] <= '7') {
                            ch = (ch << 3) + b[s++] - '0';
                            if (s < n && b[s] >= '0' && b[s] <= '7') {
                                ch = (ch << 3) + b[s++] - '0';
                            }
                        }
                        if (ch > 0377 && firstInvalid < 0) {
                            firstInvalid = s - 3;
                        }
                        sb.append((char) ch);
                        continue;
                    }
                    case 'x':
                        count = 2;
                        message = "truncated \\xXX escape";
                        break;
                    case 'u':
                        count = 4;
                        message = "truncated \\uXXXX escape";
                        break;
                    case 'U':
                        count = 8;
                        message = "truncated \\UXXXXXXXX escape";
                        break;
                    case 'N': {
                        message = "malformed \\N character escape";
                        if (s >= n) {
                            incomplete = true;
                            break;
                        }
                        if (b[s] == '{') {
                            int nameStart = ++s;
                            while (s < n && b[s] != '}') {
                                s++;
                            }
                            if (s >= n) {
                                incomplete = true;
                                break;
                            }
                            int namelen = s - nameStart;
                            if (namelen > 0) {
                                String name = new String(b, nameStart, namelen, StandardCharsets.ISO_8859_1);
                                s++;
                                int cp = namelen <= 256 ? UnicodeNames.lookup(name) : -1;
                                if (cp >= 0 && isAsciiName(name)) {
                                    sb.appendCodePoint(cp);
                                    continue;
                                }
                                message = "unknown Unicode character name";
                            }
                        }
                        break;
                    }
                    default:
                        if (firstInvalid < 0) {
                            firstInvalid = s - 1;
                        }
                        sb.append('\\').append((char) c);
                        continue;
                }
                if (count > 0) {
                    int ch = 0;
                    boolean bad = false;
                    for (; count > 0; ++s, --count) {
                        if (s >= n) {
                            incomplete = true;
                            break;
                        }
                        int d = hexDigit(b[s] & 0xff);
                        if (d < 0) {
                            bad = true;
                            break;
                        }
                        ch = (ch << 4) + d;
                    }
                    if (!incomplete && !bad) {
                        if (Integer.compareUnsigned(ch, 0x10ffff) > 0) {
                            message = "illegal Unicode character";
                        } else {
                            sb.appendCodePoint(ch);
                            continue;
                        }
                    }
                }
            }
            if (incomplete && !fin) {
                consumed = startinpos;
                break;
            }
            if (st == null) {
                st = new Codecs.Errors(errors, "unicodeescape");
            }
            Codecs.Repl r = st.decode(b, startinpos, s, message);
            sb.append(r.str());
            s = r.newpos();
        }
        warnInvalidEscape(b, firstInvalid);
        return new Decoded(sb.toString(), consumed >= 0 ? consumed : s);
    }

    private static boolean isAsciiName(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static void warnInvalidEscape(byte[] b, int firstInvalid) {
        if (firstInvalid < 0) {
            return;
        }
        int c = b[firstInvalid] & 0xff;
        String msg;
        if (c >= '4' && c <= '7') {
            msg = "invalid octal escape sequence '\\" + new String(b, firstInvalid, Math.min(3, b.length - firstInvalid),
                    StandardCharsets.ISO_8859_1) + "'";
        } else {
            msg = "invalid escape sequence '\\" + (char) c + "'";
        }
        Warnings.warn(PyExc.DeprecationWarning, msg, 1);
    }

    static Decoded rawUnicodeEscapeDecode(byte[] b, String errors, boolean fin) {
        int n = b.length;
        StringBuilder sb = new StringBuilder(n);
        Codecs.Errors st = null;
        int s = 0;
        int consumed = -1;
        while (s < n) {
            int c = b[s++] & 0xff;
            if (c != '\\' || (s >= n && fin)) {
                sb.append((char) c);
                continue;
            }
            int startinpos = s - 1;
            String message;
            boolean incomplete = false;
            if (s >= n) {
                message = "\\ at end of string";
                incomplete = true;
            } else {
                c = b[s++] & 0xff;
                int count;
                if (c == 'u') {
                    count = 4;
                    message = "truncated \\uXXXX escape";
                } else if (c == 'U') {
                    count = 8;
                    message = "truncated \\UXXXXXXXX escape";
                } else {
                    sb.append('\\').append((char) c);
                    continue;
                }
                int ch = 0;
                boolean bad = false;
                for (; count > 0; ++s, --count) {
                    if (s >= n) {
                        incomplete = true;
                        break;
                    }
                    int d = hexDigit(b[s] & 0xff);
                    if (d < 0) {
                        bad = true;
                        break;
                    }
                    ch = (ch << 4) + d;
                }
                if (!incomplete && !bad) {
                    if (Integer.compareUnsigned(ch, 0x10ffff) > 0) {
                        message = "\\Uxxxxxxxx out of range";
                    } else {
                        sb.appendCodePoint(ch);
                        continue;
                    }
                }
            }
            if (incomplete && !fin) {
                consumed = startinpos;
                break;
            }
            if (st == null) {
                st = new Codecs.Errors(errors, "rawunicodeescape");
            }
            Codecs.Repl r = st.decode(b, startinpos, s, message);
            sb.append(r.str());
            s = r.newpos();
        }
        return new Decoded(sb.toString(), consumed >= 0 ? consumed : s);
    }

    // ---- charmap ----------------------------------------------------------------------------------

    static String charmapDecode(byte[] b, String errors, PyObject mapping) {
        if (mapping == null || mapping == Py.None) {
            return latin1Decode(b);
        }
        int n = b.length;
        StringBuilder sb = new StringBuilder(n);
        Codecs.Errors st = null;
        int[] table = mapping instanceof PyStr ms ? ms.codePoints() : null;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            boolean undefined = false;
            if (table != null) {
                if (c >= table.length || table[c] == 0xfffe) {
                    undefined = true;
                } else {
                    sb.appendCodePoint(table[c]);
                }
            } else {
                PyObject item;
                if (mapping.type == PyDict.TYPE) {
                    item = ((PyDict) mapping).getItem(PyInt.of(c));
                } else {
                    try {
                        item = Abstract.getItem(mapping, PyInt.of(c));
                    } catch (PyException e) {
                        if (!e.matches(PyExc.LookupError)) {
                            throw e;
                        }
                        item = null;
                    }
                }
                if (item == null || item == Py.None) {
                    undefined = true;
                } else if (item instanceof PyInt iv) {
                    long v = iv.isSmall() ? iv.longValue() : -1;
                    if (v < 0 || v > 0x10ffff) {
                        throw Err.type("character mapping must be in range(0x110000)");
                    }
                    if (v == 0xfffe) {
                        undefined = true;
                    } else {
                        sb.appendCodePoint((int) v);
                    }
                } else if (item instanceof PyStr is) {
                    if (is.length() == 1 && is.codePointAt(0) == 0xfffe) {
                        undefined = true;
                    } else {
                        sb.append(is.value);
                    }
                } else {
                    throw Err.type("character mapping must return integer, None or str");
                }
            }
            if (!undefined) {
                i++;
                continue;
            }
            if (st == null) {
                st = new Codecs.Errors(errors, "charmap");
            }
            Codecs.Repl r = st.decode(b, i, i + 1, "character maps to <undefined>");
            sb.append(r.str());
            i = r.newpos();
        }
        return sb.toString();
    }

    /** The bytes mapping maps cp to, or null when it is unmapped (charmapencode_lookup). */
    private static byte[] charmapLookup(int cp, PyObject mapping) {
        PyObject item;
        if (mapping.type == PyDict.TYPE) {
            item = ((PyDict) mapping).getItem(PyInt.of(cp));
            if (item == null) {
                return null;
            }
        } else {
            try {
                item = Abstract.getItem(mapping, PyInt.of(cp));
            } catch (PyException e) {
                if (!e.matches(PyExc.LookupError)) {
                    throw e;
                }
                return null;
            }
        }
        if (item == Py.None) {
            return null;
        }
        if (item instanceof PyInt iv) {
            long v = iv.isSmall() ? iv.longValue() : -1;
            if (v < 0 || v > 255) {
                throw Err.type("character mapping must be in range(256)");
            }
            return new byte[] {(byte) v};
        }
        if (item instanceof PyBytes ib) {
            return ib.bytes();
        }
        throw Err.type("character mapping must return integer, bytes or None, not %s", Err.tn(item));
    }

    static byte[] charmapEncode(PyStr s, String errors, PyObject mapping) {
        if (mapping == null || mapping == Py.None) {
            return ucs1Encode(s, errors, 256);
        }
        int[] cps = s.codePoints();
        int n = cps.length;
        ByteBuf out = new ByteBuf(n);
        Codecs.Errors st = null;
        String reason = "character maps to <undefined>";
        int i = 0;
        while (i < n) {
            byte[] r0 = charmapLookup(cps[i], mapping);
            if (r0 != null) {
                out.write(r0);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && charmapLookup(cps[end], mapping) == null) {
                end++;
            }
            if (st == null) {
                st = new Codecs.Errors(errors, "charmap");
            }
            Codecs.Repl r = st.encode(s, cps, i, end, reason);
            if (r.bytes() != null) {
                out.write(r.bytes());
            } else {
                String rep = r.str();
                for (int k = 0; k < rep.length(); ) {
                    int rc = rep.codePointAt(k);
                    byte[] rb = charmapLookup(rc, mapping);
                    if (rb == null) {
                        throw st.encodeError(s, i, end, reason);
                    }
                    out.write(rb);
                    k += Character.charCount(rc);
                }
            }
            i = r.newpos();
        }
        return out.toArray();
    }

    /** codecs.charmap_build(decoding_table): the inverse mapping {code point: byte}. */
    static PyObject charmapBuild(PyStr table) {
        PyDict d = new PyDict();
        int[] cps = table.codePoints();
        for (int i = 0; i < cps.length; i++) {
            d.setItem(PyInt.of(cps[i]), PyInt.of(i));
        }
        return d;
    }

    // ---- the bytes escape codec ----------------------------------------------------------------

    static byte[] escapeDecode(byte[] b, String errors) {
        int n = b.length;
        ByteBuf out = new ByteBuf(n);
        int firstInvalid = -1;
        int s = 0;
        while (s < n) {
            if (b[s] != '\\') {
                out.write(b[s++]);
                continue;
            }
            s++;
            if (s == n) {
                throw Err.value("Trailing \\ in string");
            }
            int c = b[s++] & 0xff;
            switch (c) {
                case '\n' -> {
                }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'v' -> out.write(0x0b);
                case 'a' -> out.write(0x07);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    if (s < n && b[s] >= '0' && b[s] <= '7') {
                        v = (v << 3) + b[s++] - '0';
                        if (s < n && b[s] >= '0' && b[s] <= '7') {
                            v = (v << 3) + b[s++] - '0';
                        }
                    }
                    if (v > 0377 && firstInvalid < 0) {
                        firstInvalid = s - 3;
                    }
                    out.write(v);
                }
                case 'x' -> {
                    if (s + 1 < n) {
                        int d1 = hexDigit(b[s] & 0xff);
                        int d2 = hexDigit(b[s + 1] & 0xff);
                        if (d1 >= 0 && d2 >= 0) {
                            out.write((d1 << 4) + d2);
                            s += 2;
                            break;
                        }
                    }
                    if (errors == null || errors.equals("strict")) {
                        throw Err.value("invalid \\x escape at position %d", s - 2);
                    }
                    if (errors.equals("replace")) {
                        out.write('?');
                    } else if (!errors.equals("ignore")) {
                        throw Err.value("decoding error; unknown error handling code: %s", errors);
                    }
                    if (s < n && hexDigit(b[s] & 0xff) >= 0) {
                        s++;
                    }
                }
                default -> {
                    if (firstInvalid < 0) {
                        firstInvalid = s - 1;
                    }
                    out.write('\\');
                    s--;
                }
            }
        }
        warnInvalidEscape(b, firstInvalid);
        return out.toArray();
    }

    static byte[] escapeEncode(byte[] b) {
        ByteBuf out = new ByteBuf(b.length + 8);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == '\'' || c == '\\') {
                out.write('\\');
                out.write(c);
            } else if (c == '\t') {
                out.writeAscii("\\t");
            } else if (c == '\n') {
                out.writeAscii("\\n");
            } else if (c == '\r') {
                out.writeAscii("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                StringBuilder sb = new StringBuilder(4).append("\\x");
                PyStr.appendHex(sb, c, 2);
                out.writeAscii(sb.toString());
            } else {
                out.write(c);
            }
        }
        return out.toArray();
    }
}
