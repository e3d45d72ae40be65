package org.ember.modules.sre;

import java.util.Locale;

/**
 * Character predicates and case mappings of _sre: ASCII (SRE_IS_*), locale (SRE_LOC_*, for the
 * C/UTF-8 locales Ember runs in: ASCII semantics) and Unicode (SRE_UNI_*, as CPython 3.11's
 * unicodedata 14.0: Java's newer tables minus the code points Unicode 14.0 did not assign).
 */
final class SreChars {
    private SreChars() {}

    /** Code points Java knows but Unicode 14.0 (CPython 3.11) leaves unassigned (same data as the parser's table). */
    private static final String UNASSIGNED_14 = "897-897,cf3-cf3,ece-ece,1b4e-1b4f,1b7f-1b7f,1c89-1c8a,2427-2429,2ffc-2fff,31e4-31e5,31ef-31ef,a7cb-a7cd,a7da-a7dc,105c0-105f3,10d40-10d65,10d69-10d85,10d8e-10d8f,10ec2-10ec4,10efc-10eff,1123f-11241,11380-11389,1138b-1138b,1138e-1138e,11390-113b5,113b7-113c0,113c2-113c2,113c5-113c5,113c7-113ca,113cc-113d5,113d7-113d8,113e1-113e2,116d0-116e3,11b00-11b09,11bc0-11be1,11bf0-11bf9,11f00-11f10,11f12-11f3a,11f3e-11f5a,1342f-1342f,13440-13455,13460-143fa,16100-16139,16d40-16d79,18cff-18cff,1b132-1b132,1b155-1b155,1cc00-1ccf9,1cd00-1ceb3,1d2c0-1d2d3,1df25-1df2a,1e030-1e06d,1e08f-1e08f,1e4d0-1e4f9,1e5d0-1e5fa,1e5ff-1e5ff,1f6dc-1f6dc,1f774-1f776,1f77b-1f77f,1f7d9-1f7d9,1f8b2-1f8bb,1f8c0-1f8c1,1fa75-1fa77,1fa87-1fa89,1fa8f-1fa8f,1faad-1faaf,1fabb-1fabf,1fac6-1fac6,1face-1facf,1fada-1fadc,1fadf-1fadf,1fae8-1fae9,1faf7-1faf8,1fbcb-1fbef,2b739-2b739,2ebf0-2ee5d,31350-323af";

    private static final int[] GAPS = parseGaps();

    private static final int F_WORD = 1;
    private static final int F_DIGIT = 2;
    private static final int F_SPACE = 4;
    private static final int F_LINEBREAK = 8;
    private static final int F_ASCII_WORD = 16;
    private static final int F_ASCII_DIGIT = 32;
    private static final int F_ASCII_SPACE = 64;
    /** Unicode properties of Latin-1 characters (the fast path). */
    private static final byte[] LATIN1 = latin1Table();

    private static int[] parseGaps() {
        String[] parts = UNASSIGNED_14.split(",");
        int[] b = new int[parts.length * 2];
        for (int i = 0; i < parts.length; i++) {
            String[] ab = parts[i].split("-");
            b[2 * i] = Integer.parseInt(ab[0], 16);
            b[2 * i + 1] = Integer.parseInt(ab[1], 16);
        }
        return b;
    }

    private static byte[] latin1Table() {
        byte[] t = new byte[256];
        for (int c = 0; c < 256; c++) {
            int f = 0;
            if (uniWordSlow(c)) f |= F_WORD;
            if (uniDigitSlow(c)) f |= F_DIGIT;
            if (uniSpaceSlow(c)) f |= F_SPACE;
            if (uniLinebreakSlow(c)) f |= F_LINEBREAK;
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '_')) f |= F_ASCII_WORD;
            if (c >= '0' && c <= '9') f |= F_ASCII_DIGIT;
            if (c == ' ' || (c >= 9 && c <= 13)) f |= F_ASCII_SPACE;
            t[c] = (byte) f;
        }
        return t;
    }

    /** True if cp is unassigned in Unicode 14.0 although Java assigns it. */
    static boolean unassigned14(int cp) {
        if (cp < 0x0800) {
            return false;
        }
        int lo = 0;
        int hi = GAPS.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < GAPS[2 * mid]) {
                hi = mid - 1;
            } else if (cp > GAPS[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static boolean uniWordSlow(int c) {
        if (c == '_') {
            return true;
        }
        if (c < 0 || c > Character.MAX_CODE_POINT) {
            return false;
        }
        int t = Character.getType(c);
        boolean alnum = switch (t) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
        return alnum && !unassigned14(c);
    }

    private static boolean uniDigitSlow(int c) {
        return c >= 0 && c <= Character.MAX_CODE_POINT && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER
                && !unassigned14(c);
    }

    private static boolean uniSpaceSlow(int c) {
        if (c < 128) {
            return (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20);
        }
        return switch (c) {
            case 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000 -> true;
            default -> c >= 0x2000 && c <= 0x200a;
        };
    }

    private static boolean uniLinebreakSlow(int c) {
        return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    // ---- ASCII (SRE_IS_*) -----------------------------------------------------------------------

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    static boolean isWord(int c) {
        return c < 128 && c >= 0 && (LATIN1[c] & F_ASCII_WORD) != 0;
    }

    static boolean isLinebreak(int c) {
        return c == '\n';
    }

    static int lowerAscii(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    static int upperAscii(int c) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }

    static boolean asciiIscased(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    // ---- locale (SRE_LOC_*): the C library's ctype in a C or UTF-8 locale ------------------------

    static boolean isLocWord(int c) {
        return isWord(c);
    }

    static int lowerLocale(int c) {
        return lowerAscii(c);
    }

    static int upperLocale(int c) {
        return upperAscii(c);
    }

    static boolean charLocIgnore(int pattern, int c) {
        return c == pattern || lowerLocale(c) == pattern || upperLocale(c) == pattern;
    }

    // ---- Unicode (SRE_UNI_*) -------------------------------------------------------------------

    static boolean isUniDigit(int c) {
        if (c >= 0 && c < 256) {
            return (LATIN1[c] & F_DIGIT) != 0;
        }
        return uniDigitSlow(c);
    }

    static boolean isUniSpace(int c) {
        if (c >= 0 && c < 256) {
            return (LATIN1[c] & F_SPACE) != 0;
        }
        return uniSpaceSlow(c);
    }

    static boolean isUniWord(int c) {
        if (c >= 0 && c < 256) {
            return (LATIN1[c] & F_WORD) != 0;
        }
        return uniWordSlow(c);
    }

    static boolean isUniLinebreak(int c) {
        if (c >= 0 && c < 256) {
            return (LATIN1[c] & F_LINEBREAK) != 0;
        }
        return uniLinebreakSlow(c);
    }

    /** Py_UNICODE_TOLOWER: the simple lower-case mapping (first character of a full mapping). */
    static int lowerUnicode(int c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
        if (c > Character.MAX_CODE_POINT || unassigned14(c)) {
            return c;
        }
        int l = Character.toLowerCase(c);
        return unassigned14(l) ? c : l;
    }

    /** Py_UNICODE_TOUPPER: the simple upper-case mapping, or the first character of a full one (ß -> S). */
    static int upperUnicode(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' ? c - 32 : c;
        }
        if (c > Character.MAX_CODE_POINT || unassigned14(c)) {
            return c;
        }
        int u = Character.toUpperCase(c);
        if (u == c && c >= 0xdf) {
            u = new String(Character.toChars(c)).toUpperCase(Locale.ROOT).codePointAt(0);
        }
        return unassigned14(u) ? c : u;
    }

    static boolean unicodeIscased(int c) {
        return c != lowerUnicode(c) || c != upperUnicode(c);
    }

    /** sre_category. */
    static boolean category(int category, int c) {
        return switch (category) {
            case SreConstants.CATEGORY_DIGIT -> isDigit(c);
            case SreConstants.CATEGORY_NOT_DIGIT -> !isDigit(c);
            case SreConstants.CATEGORY_SPACE -> isSpace(c);
            case SreConstants.CATEGORY_NOT_SPACE -> !isSpace(c);
            case SreConstants.CATEGORY_WORD -> isWord(c);
            case SreConstants.CATEGORY_NOT_WORD -> !isWord(c);
            case SreConstants.CATEGORY_LINEBREAK -> isLinebreak(c);
            case SreConstants.CATEGORY_NOT_LINEBREAK -> !isLinebreak(c);
            case SreConstants.CATEGORY_LOC_WORD -> isLocWord(c);
            case SreConstants.CATEGORY_LOC_NOT_WORD -> !isLocWord(c);
            case SreConstants.CATEGORY_UNI_DIGIT -> isUniDigit(c);
            case SreConstants.CATEGORY_UNI_NOT_DIGIT -> !isUniDigit(c);
            case SreConstants.CATEGORY_UNI_SPACE -> isUniSpace(c);
            case SreConstants.CATEGORY_UNI_NOT_SPACE -> !isUniSpace(c);
            case SreConstants.CATEGORY_UNI_WORD -> isUniWord(c);
            case SreConstants.CATEGORY_UNI_NOT_WORD -> !isUniWord(c);
            case SreConstants.CATEGORY_UNI_LINEBREAK -> isUniLinebreak(c);
            case SreConstants.CATEGORY_UNI_NOT_LINEBREAK -> !isUniLinebreak(c);
            default -> false;
        };
    }
}
