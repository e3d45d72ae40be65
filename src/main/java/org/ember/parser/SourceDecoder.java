package org.ember.parser;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns source bytes into the UTF-8 buffer the tokenizer reads, as CPython's decode_str does:
 * newlines translated to '\n' (and one appended for exec input), UTF-8 BOM and PEP 263 coding
 * cookie on line 1 or 2 honoured.
 */
final class SourceDecoder {
    private SourceDecoder() {}

    static byte[] fromString(String source, String filename, boolean execInput) throws ParseException {
        checkNul(source.indexOf('\0') >= 0, filename);
        return translateNewlines(source.getBytes(StandardCharsets.UTF_8), execInput);
    }

    private static void checkNul(boolean has, String filename) throws ParseException {
        if (has) {
            throw new ParseException(ParseException.Kind.SYNTAX_ERROR, "source code string cannot contain null bytes", filename,
                ParseException.NONE, ParseException.NONE, ParseException.NONE, ParseException.NONE, null);
        }
    }

    /** The UTF-8 text, and whether a BOM or coding cookie declared the encoding (CPython's tok->encoding). */
    record Decoded(byte[] utf8, boolean encodingDeclared) {}

    static Decoded decode(byte[] source, String filename, boolean execInput) throws ParseException {
        for (byte b : source) checkNul(b == 0, filename);
        byte[] s = translateNewlines(source, execInput);
        boolean bom = s.length >= 3 && (s[0] & 0xff) == 0xEF && (s[1] & 0xff) == 0xBB && (s[2] & 0xff) == 0xBF;
        if (bom) s = java.util.Arrays.copyOfRange(s, 3, s.length);
        int nl1 = indexOf(s, 0);
        String enc = null;
        boolean stop = false;
        if (nl1 >= 0) {
            String[] r = codingSpec(s, 0, nl1);
            enc = r[0];
            stop = r[1] != null;
            if (enc == null && !stop) {
                int nl2 = indexOf(s, nl1 + 1);
                if (nl2 >= 0) enc = codingSpec(s, nl1 + 1, nl2)[0];
            }
        }
        if (enc == null || enc.equals("utf-8")) return new Decoded(s, bom || enc != null);
        if (bom) throw encodingError("encoding problem: " + enc + " with BOM", filename);
        Charset cs = charsetFor(enc);
        if (cs == null) throw encodingError("unknown encoding: " + enc, filename);
        java.nio.charset.CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(s);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(s.length * 2 + 16);
        java.nio.charset.CoderResult r = dec.decode(in, out, true);
        if (!r.isError()) r = dec.flush(out);
        if (r.isError()) {
            int at = in.position();
            int b = s[at] & 0xff;
            String name = cs.name().toLowerCase(Locale.ROOT);
            String msg;
            if (name.equals("us-ascii")) {
                msg = String.format("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", b, at);
            } else if (name.startsWith("windows-") || name.startsWith("iso-8859-") || name.startsWith("ibm") || name.startsWith("x-ibm")
                || name.startsWith("koi8")) {
                msg = String.format("'charmap' codec can't decode byte 0x%02x in position %d: character maps to <undefined>", b, at);
            } else {
                msg = String.format("'%s' codec can't decode byte 0x%02x in position %d", enc, b, at);
            }
            throw encodingError(msg, filename);
        }
        out.flip();
        return new Decoded(out.toString().getBytes(StandardCharsets.UTF_8), true);
    }

    private static ParseException encodingError(String msg, String filename) {
        return new ParseException(ParseException.Kind.SYNTAX_ERROR, msg, filename, 0, -1, ParseException.NONE, ParseException.NONE, null);
    }

    private static int indexOf(byte[] s, int from) {
        for (int i = from; i < s.length; i++) if (s[i] == '\n') return i;
        return -1;
    }

    /** Returns {encoding or null, non-null if the line stops the search (not a comment-only line)}. */
    private static String[] codingSpec(byte[] s, int start, int end) {
        int size = end - start + 1;
        int i = 0;
        for (; i < size - 6; i++) {
            byte c = s[start + i];
            if (c == '#') break;
            if (c != ' ' && c != '\t' && c != '\014') return new String[] {null, "stop"};
        }
        for (; i < size - 6; i++) {
            int t = start + i;
            if (s[t] == 'c' && s[t + 1] == 'o' && s[t + 2] == 'd' && s[t + 3] == 'i' && s[t + 4] == 'n' && s[t + 5] == 'g') {
                t += 6;
                if (t >= s.length || (s[t] != ':' && s[t] != '=')) continue;
                do {
                    t++;
                } while (t < s.length && (s[t] == ' ' || s[t] == '\t'));
                int begin = t;
                while (t < s.length && (Character.isLetterOrDigit(s[t]) && s[t] >= 0 || s[t] == '-' || s[t] == '_' || s[t] == '.')) t++;
                if (begin < t) {
                    String name = new String(s, begin, t - begin, StandardCharsets.ISO_8859_1);
                    return new String[] {normalName(name), "stop"};
                }
            }
        }
        // a comment line without a cookie, or a blank line: keep looking
        for (int k = 0; k < size; k++) {
            byte c = s[start + k];
            if (c == '#' || c == '\n') break;
            if (c != ' ' && c != '\t' && c != '\014') return new String[] {null, "stop"};
        }
        return new String[] {null, null};
    }

    private static String normalName(String s) {
        String b = s.length() > 12 ? s.substring(0, 12) : s;
        b = b.toLowerCase(Locale.ROOT).replace('_', '-');
        if (b.equals("utf-8") || b.startsWith("utf-8-")) return "utf-8";
        if (b.equals("latin-1") || b.equals("iso-8859-1") || b.equals("iso-latin-1") || b.startsWith("latin-1-")
            || b.startsWith("iso-8859-1-") || b.startsWith("iso-latin-1-")) return "iso-8859-1";
        return s;
    }

    private static Charset charsetFor(String enc) {
        String e = enc.toLowerCase(Locale.ROOT).replace('_', '-');
        switch (e) {
            case "latin1", "latin-1", "l1", "iso8859-1", "8859", "cp819" -> e = "iso-8859-1";
            case "ascii", "us-ascii", "646" -> e = "US-ASCII";
            case "utf8", "u8", "utf" -> e = "UTF-8";
            default -> { }
        }
        if (e.startsWith("iso8859-")) e = "iso-8859-" + e.substring(8);
        if (e.startsWith("latin")) e = "iso-8859-1";
        try {
            return Charset.forName(e);
        } catch (RuntimeException ex) {
            return null;
        }
    }

    /** CPython's translate_newlines: \r\n and \r become \n; exec input gets a final \n. */
    static byte[] translateNewlines(byte[] s, boolean execInput) {
        byte[] out = new byte[s.length + 1];
        int n = 0;
        boolean skipNextLf = false;
        byte c = 0;
        for (int i = 0; i < s.length; i++) {
            c = s[i];
            if (skipNextLf) {
                skipNextLf = false;
                if (c == '\n') {
                    if (i + 1 >= s.length) {
                        c = 0;
                        break;
                    }
                    c = s[++i];
                }
            }
            if (c == '\r') {
                skipNextLf = true;
                c = '\n';
            }
            out[n++] = c;
        }
        if (execInput && c != '\n') out[n++] = '\n';
        return java.util.Arrays.copyOf(out, n);
    }
}
