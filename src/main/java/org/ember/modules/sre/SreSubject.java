package org.ember.modules.sre;

import java.nio.charset.StandardCharsets;

import org.ember.objects.PyObject;
import org.ember.objects.PyStr;

/**
 * The characters of a subject string in the form the engine reads fastest: a byte array (bytes
 * and Latin-1 str, as CPython's UCS1), a char array (other BMP-only str, UCS2) or an int array of
 * code points (str with astral characters, UCS4). For str subjects the Java String is kept too,
 * for its vectorized indexOf. Immutable; a pattern caches the subject of its last str.
 */
final class SreSubject {
    static final int LATIN1 = 0;
    static final int UTF16 = 1;
    static final int UCS4 = 2;

    final PyObject source;
    final int kind;
    final byte[] bytes;
    final char[] chars;
    final int[] ints;
    /** The str's Java string (null for bytes-like subjects). */
    final String str;
    final boolean isBytes;
    final int length;

    private SreSubject(PyObject source, int kind, byte[] bytes, char[] chars, int[] ints, String str, boolean isBytes,
            int length) {
        this.source = source;
        this.kind = kind;
        this.bytes = bytes;
        this.chars = chars;
        this.ints = ints;
        this.str = str;
        this.isBytes = isBytes;
        this.length = length;
    }

    static SreSubject ofBytes(PyObject source, byte[] b) {
        return new SreSubject(source, LATIN1, b, null, null, null, true, b.length);
    }

    static SreSubject ofStr(PyStr s) {
        String v = s.value;
        int max = s.maxChar();
        if (max < 256) {
            return new SreSubject(s, LATIN1, v.getBytes(StandardCharsets.ISO_8859_1), null, null, v, false, v.length());
        }
        if (s.isSimple()) {
            return new SreSubject(s, UTF16, null, v.toCharArray(), null, v, false, v.length());
        }
        int[] cps = v.codePoints().toArray();
        return new SreSubject(s, UCS4, null, null, cps, null, false, cps.length);
    }

    /** The text between i and j of a str subject. */
    String text(int i, int j) {
        if (str != null) {
            return str.substring(i, j);
        }
        return new String(ints, i, j - i);
    }
}
