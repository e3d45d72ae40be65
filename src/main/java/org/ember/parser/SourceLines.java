package org.ember.parser;

import java.nio.charset.StandardCharsets;

/** Line lookup and UTF-8 helpers over the tokenizer's buffer. */
final class SourceLines {
    private final byte[] buf;
    private int[] starts; // computed lazily

    SourceLines(byte[] buf) { this.buf = buf; }

    private int[] starts() {
        if (starts == null) {
            int n = 1;
            for (byte b : buf) if (b == '\n') n++;
            int[] s = new int[n + 1];
            int k = 1;
            for (int i = 0; i < buf.length; i++) if (buf[i] == '\n') s[k++] = i + 1;
            s[k] = buf.length;
            starts = s;
        }
        return starts;
    }

    /** Byte offset where line {@code lineno} starts (clamped to the buffer). */
    int lineStart(int lineno) {
        int[] s = starts();
        if (lineno < 1) return 0;
        if (lineno > s.length - 1) return buf.length;
        return s[lineno - 1];
    }

    /** The text of a line, optionally with its '\n'. */
    String lineText(int lineno, boolean withNewline) {
        int st = lineStart(lineno);
        int e = st;
        while (e < buf.length && buf[e] != '\n') e++;
        if (withNewline && e < buf.length) e++;
        return new String(buf, st, e - st, StandardCharsets.UTF_8);
    }

    /** Number of characters UTF-8 decoding of buf[from, to) with errors="replace" yields. */
    static int charCount(byte[] b, int from, int to) {
        int n = 0;
        int i = from;
        while (i < to) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                n++;
                continue;
            }
            int len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
            if (len == 0) {
                i++;
                n++;
                continue;
            }
            int k = 1;
            for (; k < len && i + k < to; k++) {
                int cc = b[i + k] & 0xff;
                boolean ok = cc >= 0x80 && cc <= 0xBF;
                if (k == 1) {
                    if (c == 0xE0 && cc < 0xA0) ok = false;
                    if (c == 0xED && cc > 0x9F) ok = false;
                    if (c == 0xF0 && cc < 0x90) ok = false;
                    if (c == 0xF4 && cc > 0x8F) ok = false;
                }
                if (!ok) break;
            }
            i += k; // a complete character, or the maximal invalid prefix as one replacement character
            n++;
        }
        return n;
    }

    static int utf8Length(byte[] b, int i) {
        int c = b[i] & 0xff;
        return c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    }

    static int codePointAt(byte[] b, int i) {
        int n = Math.min(utf8Length(b, i), b.length - i);
        return new String(b, i, n, StandardCharsets.UTF_8).codePointAt(0);
    }

    /**
     * CPython's _PyPegen_byte_offset_to_character_offset: the error line is decoded with errors="replace",
     * re-encoded to UTF-8, and the first {@code col} bytes of that are decoded again.
     */
    static int byteToCharOffset(byte[] rawLine, int col) {
        byte[] line = new String(rawLine, java.nio.charset.StandardCharsets.UTF_8).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int len = line.length;
        if (col > len + 1) col = len + 1;
        if (col < 0) return col;
        if (col <= len) return charCount(line, 0, col);
        return charCount(line, 0, len) + (col - len);
    }
}
