package org.ember.objects;

/**
 * Python str: an immutable sequence of code points, stored as a Java String (UTF-16).
 *
 * <p>Most strings have no surrogate pairs, so code point i is char i. Strings with astral
 * characters (outside the BMP) are indexed by code point through {@link #offsetOf}. The code
 * point count, maximum code point and hash are computed lazily and cached.
 *
 * <p>Methods of str live in {@link StrMethods}; formatting in the text formatting classes.
 */
public class PyStr extends PyObject {
    public static final PyType TYPE = PyType.builtin("str", PyStr.class, StrMethods::define);

    public static final PyStr EMPTY = immortal("");
    private static final PyStr[] LATIN1 = makeLatin1();

    public final String value;
    private long hash = -1;
    private int cpCount = -1;
    private int maxChar = -1;
    private final boolean immortal;

    protected PyStr(PyType type, String value) {
        super(type);
        this.value = value;
        this.immortal = false;
    }

    private PyStr(String value, boolean immortal) {
        super(TYPE);
        this.value = value;
        this.immortal = immortal;
    }

    private static PyStr[] makeLatin1() {
        PyStr[] a = new PyStr[256];
        for (int i = 0; i < 256; i++) {
            a[i] = new PyStr(String.valueOf((char) i), true);
        }
        return a;
    }

    /** A str for a Java string; one-character Latin-1 strings and "" are the immortal singletons. */
    public static PyStr of(String s) {
        int n = s.length();
        if (n <= 1) {
            if (n == 0) {
                return EMPTY;
            }
            char c = s.charAt(0);
            if (c < 256) {
                return LATIN1[c];
            }
        }
        return new PyStr(s, false);
    }

    /** The str of one code point. */
    public static PyStr ofCodePoint(int cp) {
        if (cp < 256) {
            return LATIN1[cp];
        }
        return new PyStr(Character.toString(cp), false);
    }

    /**
     * An immortal, process-wide str (for identifiers and constants held in static finals and in
     * shared code objects). Interning proper (one object per value) is the runtime's intern table.
     */
    public static PyStr immortal(String s) {
        if (s.length() == 1 && s.charAt(0) < 256) {
            return LATIN1[s.charAt(0)];
        }
        if (s.isEmpty() && EMPTY != null) {
            return EMPTY;
        }
        return new PyStr(s, true);
    }

    @Override
    public boolean isImmortal() {
        return immortal;
    }

    public final String asString() {
        return value;
    }

    /** Number of code points (len(s)). */
    public final int length() {
        int n = cpCount;
        if (n < 0) {
            scan();
            n = cpCount;
        }
        return n;
    }

    /** The largest code point (0 for ""), as CPython's PyUnicode_MAX_CHAR_VALUE. */
    public final int maxChar() {
        if (maxChar < 0) {
            scan();
        }
        return maxChar;
    }

    /** True when every code point is one char (no surrogate pairs): char index == code point index. */
    public final boolean isSimple() {
        return length() == value.length();
    }

    private void scan() {
        String s = value;
        int max = 0;
        int n = s.length();
        int count = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > max) {
                max = c;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                if (cp > max) {
                    max = cp;
                }
                count--;
                i++;
            }
        }
        maxChar = max;
        cpCount = count;
    }

    /** Sampling interval (as a shift) of the code point index of strings with surrogate pairs. */
    private static final int SAMPLE_SHIFT = 5;

    /**
     * For strings with surrogate pairs: the char offset of every 32nd code point, so that
     * indexing by code point costs at most 31 steps. Built on first use; immutable afterwards.
     */
    private volatile int[] samples;

    private int[] samples() {
        int[] s = samples;
        if (s == null) {
            String v = value;
            int n = length();
            s = new int[(n >> SAMPLE_SHIFT) + 1];
            int off = 0;
            for (int i = 0; i < n; i++) {
                if ((i & ((1 << SAMPLE_SHIFT) - 1)) == 0) {
                    s[i >> SAMPLE_SHIFT] = off;
                }
                char c = v.charAt(off++);
                if (Character.isHighSurrogate(c) && off < v.length() && Character.isLowSurrogate(v.charAt(off))) {
                    off++;
                }
            }
            if ((n & ((1 << SAMPLE_SHIFT) - 1)) == 0) {
                s[n >> SAMPLE_SHIFT] = off;
            }
            samples = s;
        }
        return s;
    }

    /** The char offset of code point index i (0 <= i <= length()). */
    public final int offsetOf(int i) {
        if (isSimple()) {
            return i;
        }
        int off = samples()[i >> SAMPLE_SHIFT];
        String v = value;
        for (int k = i & ((1 << SAMPLE_SHIFT) - 1); k > 0; k--) {
            char c = v.charAt(off++);
            if (Character.isHighSurrogate(c) && off < v.length() && Character.isLowSurrogate(v.charAt(off))) {
                off++;
            }
        }
        return off;
    }

    /** The code point index of char offset off (which must not split a surrogate pair). */
    public final int indexOfOffset(int off) {
        if (isSimple()) {
            return off;
        }
        int[] s = samples();
        int lo = 0;
        int hi = s.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (s[mid] <= off) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int i = lo << SAMPLE_SHIFT;
        int p = s[lo];
        String v = value;
        while (p < off) {
            char c = v.charAt(p++);
            if (Character.isHighSurrogate(c) && p < v.length() && Character.isLowSurrogate(v.charAt(p))) {
                p++;
            }
            i++;
        }
        return i;
    }

    /** The code point at code point index i. */
    public final int codePointAt(int i) {
        if (isSimple()) {
            return value.charAt(i);
        }
        return value.codePointAt(offsetOf(i));
    }

    /** Substring by code point indices [start, end). */
    public final String substring(int start, int end) {
        if (isSimple()) {
            return value.substring(start, end);
        }
        return value.substring(offsetOf(start), offsetOf(end));
    }

    /** The code points of this string (a fresh array). */
    public final int[] codePoints() {
        if (isSimple()) {
            String v = value;
            int[] a = new int[v.length()];
            for (int i = 0; i < a.length; i++) {
                a[i] = v.charAt(i);
            }
            return a;
        }
        return value.codePoints().toArray();
    }

    /** Python hash of this str (cached). */
    public final long hash() {
        long h = hash;
        if (h == -1) {
            h = Hashing.hashString(value, length(), maxChar());
            hash = h;
        }
        return h;
    }

    /** Equality of two str values (code point sequences). */
    public final boolean equalsStr(PyStr o) {
        return this == o || (value.equals(o.value));
    }

    /** Three-way comparison by code point, as Python orders str. */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    @Override
    public String toString() {
        return value;
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Appends v as {@code digits} lower-case hex digits. */
    public static void appendHex(StringBuilder sb, int v, int digits) {
        for (int k = (digits - 1) * 4; k >= 0; k -= 4) {
            sb.append(HEX[(v >>> k) & 0xf]);
        }
    }

    /** Appends the \\xhh, \\uhhhh or \\Uhhhhhhhh escape of a code point. */
    public static void appendEscape(StringBuilder sb, int cp) {
        if (cp <= 0xff) {
            sb.append("\\x");
            appendHex(sb, cp, 2);
        } else if (cp <= 0xffff) {
            sb.append("\\u");
            appendHex(sb, cp, 4);
        } else {
            sb.append("\\U");
            appendHex(sb, cp, 8);
        }
    }

    /** Python repr of a Java string: quotes chosen and characters escaped as CPython does. */
    public static String repr(String s) {
        int n = s.length();
        boolean hasSingle = false;
        boolean hasDouble = false;
        boolean plain = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                hasSingle = true;
            } else if (c == '"') {
                hasDouble = true;
            } else if (c < ' ' || c >= 0x7f || c == '\\') {
                plain = false;
            }
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        if (plain && !(hasSingle && hasDouble)) {
            return quote + s + quote;
        }
        StringBuilder sb = new StringBuilder(n + 2);
        sb.append(quote);
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                appendEscape(sb, cp);
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else {
                appendEscape(sb, cp);
            }
        }
        sb.append(quote);
        return sb.toString();
    }

    /** Python's str.isprintable for one code point (Py_UNICODE_ISPRINTABLE, Unicode 14.0). */
    public static boolean isPrintable(int cp) {
        return UnicodeTables.isPrintable(cp);
    }

    /** Instances of Python subclasses of str. */
    public static final class Derived extends PyStr implements Instance {
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type, String value) {
            super(type, value);
            this.slots = type.slotCount == 0 ? null : new PyObject[type.slotCount];
        }

        @Override
        public PyDict getDict() {
            return dict == null ? dict = new PyDict() : dict;
        }

        @Override
        public PyDict getDictOrNull() {
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }

        @Override
        public PyObject[] slotValues() {
            return slots;
        }
    }
}
