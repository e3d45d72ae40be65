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

    /** Number of code points in buf[from, to) with CPython's "replace" decoding. */
    static int charCount(byte[] b, int from, int to) {
        int n = 0;
        int i = from;
        while (i < to) {
            int c = b[i] & 0xff;
            int l = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
            if (i + l > to) l = to - i;
            i += l;
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

    /** CPython's _PyPegen_byte_offset_to_character_offset on a decoded line. */
    static int byteToCharOffset(String line, int col) {
        byte[] s = line.getBytes(StandardCharsets.UTF_8);
        int len = s.length;
        if (col > len + 1) col = len + 1;
        if (col < 0) return col;
        if (col <= len) return charCount(s, 0, col);
        return charCount(s, 0, len) + (col - len);
    }
}
