package org.ember.objects;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * Unicode 14.0 character properties as CPython 3.11 uses them (Java's own tables follow a newer
 * Unicode version). The data is generated from CPython by {@code tools/gen-unicode-tables.py}
 * into resources read once per process into immutable arrays.
 *
 * <p>{@link Types} holds what str needs (CPython's _PyUnicode_TypeRecord: flags, digit values,
 * full case mappings); {@link Data} what the unicodedata module adds (category, bidirectional,
 * combining class, east asian width, mirrored, decomposition). Each is loaded on first use.
 */
public final class UnicodeTables {
    private UnicodeTables() {}

    public static final int ALPHA = 1;
    public static final int DECIMAL = 1 << 1;
    public static final int DIGIT = 1 << 2;
    public static final int NUMERIC = 1 << 3;
    public static final int LOWER = 1 << 4;
    public static final int UPPER = 1 << 5;
    public static final int TITLE = 1 << 6;
    public static final int SPACE = 1 << 7;
    public static final int PRINTABLE = 1 << 8;
    public static final int CASED = 1 << 9;
    public static final int CASE_IGNORABLE = 1 << 10;
    public static final int XID_START = 1 << 11;
    public static final int XID_CONTINUE = 1 << 12;
    public static final int LINEBREAK = 1 << 13;

    /** Flags of the ASCII range, so that the common case needs no table load. */
    private static final short[] ASCII = asciiFlags();

    private static short[] asciiFlags() {
        short[] a = new short[128];
        for (int c = 0; c < 128; c++) {
            int f = 0;
            boolean lower = c >= 'a' && c <= 'z';
            boolean upper = c >= 'A' && c <= 'Z';
            boolean digit = c >= '0' && c <= '9';
            if (lower || upper) {
                f |= ALPHA | CASED | XID_START | XID_CONTINUE;
            }
            if (lower) {
                f |= LOWER;
            }
            if (upper) {
                f |= UPPER;
            }
            if (digit) {
                f |= DECIMAL | DIGIT | NUMERIC | XID_CONTINUE;
            }
            if (c == '_') {
                f |= XID_START | XID_CONTINUE;
            }
            if (c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31)) {
                f |= SPACE;
            }
            if ((c >= 10 && c <= 13) || (c >= 28 && c <= 30)) {
                f |= LINEBREAK;
            }
            if (c >= ' ' && c < 127) {
                f |= PRINTABLE;
            }
            if (c == '\'' || c == '.' || c == ':' || c == '^' || c == '`') {
                f |= CASE_IGNORABLE;
            }
            a[c] = (short) f;
        }
        return a;
    }

    /** The property flags of code point cp (0 for values outside the code space). */
    public static int flags(int cp) {
        if (cp < 128) {
            return cp < 0 ? 0 : ASCII[cp];
        }
        if (cp >= 0x110000) {
            return 0;
        }
        return Types.T.recFlags[Types.T.record(cp)];
    }

    public static boolean isAlpha(int cp) {
        return (flags(cp) & ALPHA) != 0;
    }

    public static boolean isDecimal(int cp) {
        return (flags(cp) & DECIMAL) != 0;
    }

    public static boolean isDigit(int cp) {
        return (flags(cp) & DIGIT) != 0;
    }

    public static boolean isNumeric(int cp) {
        return (flags(cp) & NUMERIC) != 0;
    }

    public static boolean isAlnum(int cp) {
        return (flags(cp) & (ALPHA | DECIMAL | DIGIT | NUMERIC)) != 0;
    }

    public static boolean isLower(int cp) {
        return (flags(cp) & LOWER) != 0;
    }

    public static boolean isUpper(int cp) {
        return (flags(cp) & UPPER) != 0;
    }

    public static boolean isTitle(int cp) {
        return (flags(cp) & TITLE) != 0;
    }

    public static boolean isSpace(int cp) {
        return (flags(cp) & SPACE) != 0;
    }

    public static boolean isPrintable(int cp) {
        return (flags(cp) & PRINTABLE) != 0;
    }

    public static boolean isCased(int cp) {
        return (flags(cp) & CASED) != 0;
    }

    public static boolean isCaseIgnorable(int cp) {
        return (flags(cp) & CASE_IGNORABLE) != 0;
    }

    public static boolean isXidStart(int cp) {
        return (flags(cp) & XID_START) != 0;
    }

    public static boolean isXidContinue(int cp) {
        return (flags(cp) & XID_CONTINUE) != 0;
    }

    public static boolean isLinebreak(int cp) {
        return (flags(cp) & LINEBREAK) != 0;
    }

    /** The decimal digit value of cp, or -1 (Py_UNICODE_TODECIMAL). */
    public static int decimalValue(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9' ? cp - '0' : -1;
        }
        if (cp >= 0x110000) {
            return -1;
        }
        return Types.T.recDecimal[Types.T.record(cp)];
    }

    /** The digit value of cp, or -1 (Py_UNICODE_TODIGIT). */
    public static int digitValue(int cp) {
        if (cp < 128) {
            return decimalValue(cp);
        }
        if (cp >= 0x110000) {
            return -1;
        }
        return Types.T.recDigit[Types.T.record(cp)];
    }

    /** The numeric value of cp, or NaN when it has none (Py_UNICODE_TONUMERIC). */
    public static double numericValue(int cp) {
        if (cp < 0 || cp >= 0x110000) {
            return Double.NaN;
        }
        Types t = Types.T;
        int i = t.recNumeric[t.record(cp)];
        return i < 0 ? Double.NaN : t.doubles[i];
    }

    /** Case mapping kinds for {@link #appendMapping}. */
    public static final int MAP_LOWER = 0;
    public static final int MAP_UPPER = 1;
    public static final int MAP_TITLE = 2;
    public static final int MAP_FOLD = 3;

    /** Appends the full case mapping (lower, upper, title or fold) of cp to sb. */
    public static void appendMapping(StringBuilder sb, int cp, int kind) {
        if (cp < 128) {
            if (kind == MAP_LOWER || kind == MAP_FOLD) {
                sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
            } else {
                sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
            }
            return;
        }
        Types t = Types.T;
        int r = t.record(cp);
        int m = switch (kind) {
            case MAP_LOWER -> t.recLower[r];
            case MAP_UPPER -> t.recUpper[r];
            case MAP_TITLE -> t.recTitle[r];
            default -> t.recFold[r];
        };
        if (m < 0) {
            sb.appendCodePoint(cp);
        } else {
            for (int c : t.strings[m]) {
                sb.appendCodePoint(c);
            }
        }
    }

    /** The full case mapping of cp as code points, or null when cp maps to itself. */
    public static int[] mapping(int cp, int kind) {
        if (cp >= 0x110000 || cp < 0) {
            return null;
        }
        Types t = Types.T;
        int r = t.record(cp);
        int m = switch (kind) {
            case MAP_LOWER -> t.recLower[r];
            case MAP_UPPER -> t.recUpper[r];
            case MAP_TITLE -> t.recTitle[r];
            default -> t.recFold[r];
        };
        return m < 0 ? null : t.strings[m];
    }

    /** A single-code-point simple mapping (the first code point of the full mapping). */
    public static int simpleMapping(int cp, int kind) {
        int[] m = mapping(cp, kind);
        return m == null ? cp : m[0];
    }

    /** A big-endian reader over a whole resource (faster than a DataInputStream for bulk arrays). */
    static final class DataInputStream implements AutoCloseable {
        private final ByteBuffer b;

        DataInputStream(byte[] data) {
            b = ByteBuffer.wrap(data);
        }

        void readFully(byte[] dst) {
            b.get(dst);
        }

        int readInt() {
            return b.getInt();
        }

        int readUnsignedShort() {
            return b.getShort() & 0xffff;
        }

        int readUnsignedByte() {
            return b.get() & 0xff;
        }

        byte readByte() {
            return b.get();
        }

        char readChar() {
            return b.getChar();
        }

        double readDouble() {
            return b.getDouble();
        }

        void readChars(char[] dst) {
            b.asCharBuffer().get(dst);
            b.position(b.position() + dst.length * 2);
        }

        @Override
        public void close() {
        }
    }

    private static DataInputStream open(String name) throws IOException {
        try (InputStream in = UnicodeTables.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new DataInputStream(in.readAllBytes());
        }
    }

    private static int[][] readStrings(DataInputStream in, boolean ascii) throws IOException {
        int n = in.readInt();
        int[][] s = new int[n][];
        for (int i = 0; i < n; i++) {
            int len = in.readUnsignedShort();
            int[] cps = new int[len];
            for (int k = 0; k < len; k++) {
                cps[k] = ascii ? in.readUnsignedByte() : in.readInt();
            }
            s[i] = cps;
        }
        return s;
    }

    /** Two-level lookup table code point -> record index. */
    private static final class Index {
        final int shift;
        final int mask;
        final char[] blocks;
        final char[] index;

        Index(DataInputStream in) throws IOException {
            shift = in.readUnsignedByte();
            int nblocks = in.readInt();
            int bsize = 1 << shift;
            mask = bsize - 1;
            blocks = new char[nblocks * bsize];
            in.readChars(blocks);
            int n = in.readInt();
            index = new char[n];
            in.readChars(index);
        }

        int record(int cp) {
            return blocks[(index[cp >> shift] << shift) | (cp & mask)];
        }
    }

    /** The str property tables (loaded on first use). */
    static final class Types {
        static final Types T = load();

        final int[][] strings;
        final double[] doubles;
        final short[] recFlags;
        final byte[] recDecimal;
        final byte[] recDigit;
        final short[] recNumeric;
        final int[] recLower;
        final int[] recUpper;
        final int[] recTitle;
        final int[] recFold;
        final Index idx;

        private Types(DataInputStream in) throws IOException {
            byte[] magic = new byte[4];
            in.readFully(magic);
            if (!new String(magic, java.nio.charset.StandardCharsets.ISO_8859_1).equals("EMUT")) {
                throw new IOException("bad unicode-types.dat");
            }
            in.readUnsignedShort();
            strings = readStrings(in, false);
            int nd = in.readInt();
            doubles = new double[nd];
            for (int i = 0; i < nd; i++) {
                doubles[i] = in.readDouble();
            }
            int nr = in.readInt();
            in.readUnsignedShort();
            recFlags = new short[nr];
            recDecimal = new byte[nr];
            recDigit = new byte[nr];
            recNumeric = new short[nr];
            recLower = new int[nr];
            recUpper = new int[nr];
            recTitle = new int[nr];
            recFold = new int[nr];
            for (int i = 0; i < nr; i++) {
                recFlags[i] = (short) in.readUnsignedShort();
                recDecimal[i] = in.readByte();
                recDigit[i] = in.readByte();
                int num = in.readUnsignedShort();
                recNumeric[i] = (short) (num == 0xffff ? -1 : num);
                recLower[i] = mapIndex(in.readUnsignedShort());
                recUpper[i] = mapIndex(in.readUnsignedShort());
                recTitle[i] = mapIndex(in.readUnsignedShort());
                recFold[i] = mapIndex(in.readUnsignedShort());
            }
            idx = new Index(in);
        }

        private static int mapIndex(int v) {
            return v == 0xffff ? -1 : v;
        }

        int record(int cp) {
            return idx.record(cp);
        }

        private static Types load() {
            try (DataInputStream in = open("unicode-types.dat")) {
                return new Types(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The unicodedata tables (loaded on first use). */
    public static final class Data {
        static final Data D = load();

        final String[] categories;
        final String[] bidiNames;
        final String[] eawNames;
        final int[][] decompositions;
        final byte[] recCategory;
        final byte[] recBidi;
        final byte[] recEaw;
        final byte[] recCombining;
        final boolean[] recMirrored;
        final int[] recDecomp;
        final Index idx;
        /** ucd_3_2_0: sorted [start, end] ranges of code points assigned in Unicode 3.2. */
        final int[] assigned32;
        /** ucd_3_2_0: code points whose 3.2 properties differ, and those properties. */
        final int[] delta32Cp;
        final byte[] delta32Cat;
        final byte[] delta32Bidi;
        final byte[] delta32Eaw;
        final boolean[] delta32Mirrored;
        final byte[] delta32Decimal;
        final byte[] delta32Digit;
        final double[] delta32Numeric;

        private Data(DataInputStream in) throws IOException {
            byte[] magic = new byte[4];
            in.readFully(magic);
            if (!new String(magic, java.nio.charset.StandardCharsets.ISO_8859_1).equals("EMUD")) {
                throw new IOException("bad unicode-data.dat");
            }
            in.readUnsignedShort();
            categories = readNames(in);
            bidiNames = readNames(in);
            eawNames = readNames(in);
            decompositions = readStrings(in, true);
            int nr = in.readInt();
            in.readUnsignedShort();
            recCategory = new byte[nr];
            recBidi = new byte[nr];
            recEaw = new byte[nr];
            recCombining = new byte[nr];
            recMirrored = new boolean[nr];
            recDecomp = new int[nr];
            for (int i = 0; i < nr; i++) {
                recCategory[i] = in.readByte();
                recBidi[i] = in.readByte();
                recEaw[i] = in.readByte();
                recCombining[i] = in.readByte();
                recMirrored[i] = in.readByte() != 0;
                int d = in.readUnsignedShort();
                recDecomp[i] = d == 0xffff ? -1 : d;
            }
            idx = new Index(in);
            int nranges = in.readInt();
            assigned32 = new int[nranges * 2];
            for (int i = 0; i < assigned32.length; i++) {
                assigned32[i] = in.readInt();
            }
            int nd = in.readInt();
            delta32Cp = new int[nd];
            delta32Cat = new byte[nd];
            delta32Bidi = new byte[nd];
            delta32Eaw = new byte[nd];
            delta32Mirrored = new boolean[nd];
            delta32Decimal = new byte[nd];
            delta32Digit = new byte[nd];
            delta32Numeric = new double[nd];
            for (int i = 0; i < nd; i++) {
                delta32Cp[i] = in.readInt();
                delta32Cat[i] = in.readByte();
                delta32Bidi[i] = in.readByte();
                delta32Eaw[i] = in.readByte();
                delta32Mirrored[i] = in.readByte() != 0;
                delta32Decimal[i] = in.readByte();
                delta32Digit[i] = in.readByte();
                delta32Numeric[i] = in.readDouble();
            }
        }

        /** True when cp was assigned in Unicode 3.2 (ucd_3_2_0). */
        public static boolean assignedIn32(int cp) {
            int[] r = D.assigned32;
            int lo = 0;
            int hi = r.length / 2 - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (cp < r[2 * mid]) {
                    hi = mid - 1;
                } else if (cp > r[2 * mid + 1]) {
                    lo = mid + 1;
                } else {
                    return true;
                }
            }
            return false;
        }

        /** The index of cp in the 3.2 delta records, or -1. */
        public static int delta32(int cp) {
            return java.util.Arrays.binarySearch(D.delta32Cp, cp);
        }

        public static String category32(int i) {
            return D.categories[D.delta32Cat[i]];
        }

        public static String bidirectional32(int i) {
            return D.bidiNames[D.delta32Bidi[i]];
        }

        public static String eastAsianWidth32(int i) {
            return D.eawNames[D.delta32Eaw[i]];
        }

        public static boolean mirrored32(int i) {
            return D.delta32Mirrored[i];
        }

        public static int decimal32(int i) {
            return D.delta32Decimal[i];
        }

        public static int digit32(int i) {
            return D.delta32Digit[i];
        }

        public static double numeric32(int i) {
            return D.delta32Numeric[i];
        }

        private static String[] readNames(DataInputStream in) throws IOException {
            int n = in.readUnsignedShort();
            String[] s = new String[n];
            for (int i = 0; i < n; i++) {
                byte[] b = new byte[in.readUnsignedByte()];
                in.readFully(b);
                s[i] = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            return s;
        }

        private static Data load() {
            try (DataInputStream in = open("unicode-data.dat")) {
                return new Data(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The general category ("Lu", "Cn"...). */
        public static String category(int cp) {
            Data d = D;
            return d.categories[d.recCategory[d.idx.record(cp)]];
        }

        public static String bidirectional(int cp) {
            Data d = D;
            return d.bidiNames[d.recBidi[d.idx.record(cp)]];
        }

        public static String eastAsianWidth(int cp) {
            Data d = D;
            return d.eawNames[d.recEaw[d.idx.record(cp)]];
        }

        public static int combining(int cp) {
            Data d = D;
            return d.recCombining[d.idx.record(cp)] & 0xff;
        }

        public static boolean mirrored(int cp) {
            Data d = D;
            return d.recMirrored[d.idx.record(cp)];
        }

        /** The decomposition property as unicodedata.decomposition returns it ("" when none). */
        public static String decomposition(int cp) {
            Data d = D;
            int i = d.recDecomp[d.idx.record(cp)];
            if (i < 0) {
                return "";
            }
            int[] s = d.decompositions[i];
            char[] c = new char[s.length];
            for (int k = 0; k < s.length; k++) {
                c[k] = (char) s[k];
            }
            return new String(c);
        }
    }
}
