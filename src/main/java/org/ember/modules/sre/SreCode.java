package org.ember.modules.sre;

import static org.ember.modules.sre.SreConstants.*;

/**
 * A validated _sre program: the code words produced by re._compiler, checked as CPython's
 * _validate does, plus tables computed once for speed: for every set test (IN and its
 * IGNORE variants, and the INFO charset prefix) a 256-entry membership table for the
 * Latin-1 range. Immutable after construction.
 */
final class SreCode {
    /** The code words (SRE_CODE is an unsigned 32-bit value; read counts with {@link #u}). */
    final int[] code;
    final int groups;
    /** For the code index of an IN-family opcode (or the INFO charset), the Latin-1 membership table. */
    private final boolean[][] tables;
    /** The literal prefix of the INFO block as a Java string (null if none or not all BMP). */
    String prefixString;
    /**
     * Characters that can start a match (Latin-1 part), or null when any position may match
     * (the pattern can match the empty string or the analysis gave up). Used by search to skip
     * positions where no match can begin; CPython's results are unchanged since such attempts fail.
     */
    boolean[] firstLatin1;
    /** With {@link #firstLatin1}: whether a character above U+00FF may start a match. */
    boolean firstHigh;

    private SreCode(int[] code, int groups) {
        this.code = code;
        this.groups = groups;
        this.tables = new boolean[code.length][];
    }

    /** Validates code; returns null when it is not a valid program ("invalid SRE code"). */
    static SreCode of(int[] code, long groups) {
        if (groups < 0 || groups > MAXGROUPS || code.length == 0 || code[code.length - 1] != SUCCESS) {
            return null;
        }
        SreCode c = new SreCode(code, (int) groups);
        Validator v = new Validator(c);
        try {
            if (v.inner(0, code.length - 1) != 0) {
                return null;
            }
        } catch (Invalid e) {
            return null;
        }
        c.analyse();
        return c;
    }

    // ---- search accelerators ------------------------------------------------------------------------

    private void analyse() {
        int pc = 0;
        if (code[0] == INFO) {
            int flags = code[2];
            if ((flags & INFO_PREFIX) != 0) {
                int len = code[5];
                StringBuilder sb = new StringBuilder(len);
                for (int i = 0; i < len; i++) {
                    int ch = code[7 + i];
                    if (ch < 0 || ch > 0xFFFF) {
                        sb = null;
                        break;
                    }
                    sb.append((char) ch);
                }
                prefixString = sb == null ? null : sb.toString();
            }
            pc = 1 + code[1];
        }
        First f = new First();
        try {
            if (!f.scan(pc, code.length) && !f.any) {
                firstLatin1 = f.latin1;
                firstHigh = f.high;
            }
        } catch (RuntimeException e) {
            // give up: no filter
        }
    }

    /** Computes the set of characters a match can start with (conservatively). */
    private final class First {
        final boolean[] latin1 = new boolean[256];
        boolean high;
        boolean any;
        int depth;

        /** Scans ops in [pc, end); returns true if that code can match without consuming a character. */
        boolean scan(int pc, int end) {
            if (++depth > 50) {
                any = true;
                return true;
            }
            try {
                while (pc < end && !any) {
                    int op = code[pc];
                    switch (op) {
                        case MARK:
                        case AT:
                            pc += 2;
                            break;
                        case INFO:
                        case JUMP:
                            pc += code[pc + 1] + 1;
                            break;
                        case SUCCESS:
                            return true;
                        case FAILURE:
                            return false;
                        case LITERAL: case NOT_LITERAL: case LITERAL_IGNORE: case NOT_LITERAL_IGNORE:
                        case LITERAL_UNI_IGNORE: case NOT_LITERAL_UNI_IGNORE: case LITERAL_LOC_IGNORE:
                        case NOT_LITERAL_LOC_IGNORE: case ANY: case ANY_ALL: case CATEGORY:
                        case IN: case IN_IGNORE: case IN_UNI_IGNORE: case IN_LOC_IGNORE:
                            single(pc);
                            return false;
                        case BRANCH: {
                            int p = pc + 1;
                            boolean nullable = false;
                            int after = -1;
                            while (code[p] != 0) {
                                int next = p + code[p];
                                // the alternative runs from p+1 to its JUMP at next-2
                                if (scan(p + 1, next - 2)) {
                                    nullable = true;
                                }
                                after = next - 1 + code[next - 1];
                                p = next;
                            }
                            if (!nullable || after < 0) {
                                return false;
                            }
                            pc = after;
                            break;
                        }
                        case REPEAT_ONE: case MIN_REPEAT_ONE: case POSSESSIVE_REPEAT_ONE: {
                            boolean itemNullable = scan(pc + 4, pc + 1 + code[pc + 1] - 1);
                            if (u(code[pc + 2]) != 0 && !itemNullable) {
                                return false;
                            }
                            pc += 1 + code[pc + 1];
                            break;
                        }
                        case REPEAT: case POSSESSIVE_REPEAT: {
                            int bodyEnd = pc + 1 + code[pc + 1];
                            boolean bodyNullable = scan(pc + 4, bodyEnd);
                            if (u(code[pc + 2]) != 0 && !bodyNullable) {
                                return false;
                            }
                            pc = bodyEnd + 1;
                            break;
                        }
                        case ATOMIC_GROUP: {
                            int bodyEnd = pc + 1 + code[pc + 1];
                            if (!scan(pc + 2, bodyEnd - 1)) {
                                return false;
                            }
                            pc = bodyEnd;
                            break;
                        }
                        case ASSERT:
                        case ASSERT_NOT:
                            pc += 1 + code[pc + 1];
                            break;
                        default:
                            // back references, conditionals, anything unexpected: any position may match
                            any = true;
                            return true;
                    }
                }
                return pc >= end && !any;
            } finally {
                depth--;
            }
        }

        /** Adds the characters matched by the single-character op at pc. */
        private void single(int pc) {
            int op = code[pc];
            for (int c = 0; c < 256; c++) {
                if (matchesOne(pc, c)) {
                    latin1[c] = true;
                }
            }
            switch (op) {
                case LITERAL:
                    if (code[pc + 1] < 0 || code[pc + 1] >= 256) {
                        high = true;
                    }
                    break;
                case LITERAL_IGNORE:
                    if (code[pc + 1] < 0 || code[pc + 1] >= 128) {
                        high = true;
                    }
                    break;
                case IN:
                    if (!latin1OnlySet(pc + 2)) {
                        high = true;
                    }
                    break;
                default:
                    high = true;
                    break;
            }
        }

        /** True if the set at set can only contain characters below 256. */
        private boolean latin1OnlySet(int set) {
            for (;;) {
                switch (code[set]) {
                    case FAILURE:
                        return true;
                    case LITERAL:
                        if (code[set + 1] < 0 || code[set + 1] >= 256) {
                            return false;
                        }
                        set += 2;
                        break;
                    case RANGE:
                        if (code[set + 2] < 0 || code[set + 2] >= 256) {
                            return false;
                        }
                        set += 3;
                        break;
                    case CHARSET:
                        set += 9;
                        break;
                    default:
                        return false;
                }
            }
        }
    }

    /** Does the single-character op at pc match character c? */
    boolean matchesOne(int pc, int c) {
        int arg = code[pc + 1];
        return switch (code[pc]) {
            case LITERAL -> c == arg;
            case NOT_LITERAL -> c != arg;
            case LITERAL_IGNORE -> SreChars.lowerAscii(c) == arg;
            case NOT_LITERAL_IGNORE -> SreChars.lowerAscii(c) != arg;
            case LITERAL_UNI_IGNORE -> SreChars.lowerUnicode(c) == arg;
            case NOT_LITERAL_UNI_IGNORE -> SreChars.lowerUnicode(c) != arg;
            case LITERAL_LOC_IGNORE -> SreChars.charLocIgnore(arg, c);
            case NOT_LITERAL_LOC_IGNORE -> !SreChars.charLocIgnore(arg, c);
            case ANY -> c != '\n';
            case ANY_ALL -> true;
            case CATEGORY -> SreChars.category(arg, c);
            case IN, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE -> inTest(code, pc, c);
            default -> true;
        };
    }

    static long u(int v) {
        return v & 0xFFFFFFFFL;
    }

    /** The Latin-1 table of the set test at opcode index op, or null. */
    boolean[] table(int op) {
        return tables[op];
    }

    // ---- set membership (SRE(charset)) ----------------------------------------------------------

    /** SRE(charset): is ch a member of the set starting at code index set? */
    static boolean charset(int[] code, int set, int ch) {
        boolean ok = true;
        for (;;) {
            switch (code[set++]) {
                case FAILURE:
                    return !ok;
                case LITERAL:
                    if (ch == code[set]) {
                        return ok;
                    }
                    set++;
                    break;
                case CATEGORY:
                    if (SreChars.category(code[set], ch)) {
                        return ok;
                    }
                    set++;
                    break;
                case CHARSET:
                    if (ch >= 0 && ch < 256 && (code[set + (ch >>> 5)] & (1 << (ch & 31))) != 0) {
                        return ok;
                    }
                    set += 8;
                    break;
                case RANGE:
                    if (Integer.compareUnsigned(code[set], ch) <= 0 && Integer.compareUnsigned(ch, code[set + 1]) <= 0) {
                        return ok;
                    }
                    set += 2;
                    break;
                case RANGE_UNI_IGNORE: {
                    if (Integer.compareUnsigned(code[set], ch) <= 0 && Integer.compareUnsigned(ch, code[set + 1]) <= 0) {
                        return ok;
                    }
                    int uch = SreChars.upperUnicode(ch);
                    if (Integer.compareUnsigned(code[set], uch) <= 0 && Integer.compareUnsigned(uch, code[set + 1]) <= 0) {
                        return ok;
                    }
                    set += 2;
                    break;
                }
                case NEGATE:
                    ok = !ok;
                    break;
                case BIGCHARSET: {
                    int count = code[set++];
                    int block = -1;
                    if (ch >= 0 && ch < 0x10000) {
                        int byteIndex = ch >>> 8;
                        block = (code[set + (byteIndex >>> 2)] >>> ((byteIndex & 3) * 8)) & 0xff;
                    }
                    set += 64;
                    if (block >= 0) {
                        int bit = block * 256 + (ch & 255);
                        if ((code[set + (bit >>> 5)] & (1 << (bit & 31))) != 0) {
                            return ok;
                        }
                    }
                    set += count * 8;
                    break;
                }
                default:
                    return false;
            }
        }
    }

    /** SRE(charset_loc_ignore). */
    static boolean charsetLocIgnore(int[] code, int set, int ch) {
        int lo = SreChars.lowerLocale(ch);
        if (charset(code, set, lo)) {
            return true;
        }
        int up = SreChars.upperLocale(ch);
        return up != lo && charset(code, set, up);
    }

    /** The set test of the IN-family opcode at op applied to ch (ch already case-folded as the opcode requires). */
    static boolean inTest(int[] code, int op, int ch) {
        return switch (code[op]) {
            case IN -> charset(code, op + 2, ch);
            case IN_IGNORE -> charset(code, op + 2, SreChars.lowerAscii(ch));
            case IN_UNI_IGNORE -> charset(code, op + 2, SreChars.lowerUnicode(ch));
            case IN_LOC_IGNORE -> charsetLocIgnore(code, op + 2, ch);
            default -> false;
        };
    }

    private void buildTable(int op) {
        boolean[] t = new boolean[256];
        for (int c = 0; c < 256; c++) {
            t[c] = inTest(code, op, c);
        }
        tables[op] = t;
    }

    private void buildInfoTable(int op, int set) {
        boolean[] t = new boolean[256];
        for (int c = 0; c < 256; c++) {
            t[c] = charset(code, set, c);
        }
        tables[op] = t;
    }

    // ---- validation (CPython's _validate_inner / _validate_charset) -------------------------------

    private static final class Invalid extends RuntimeException {
        Invalid() {
            super(null, null, false, false);
        }
    }

    private static final class Validator {
        final SreCode c;
        final int[] code;
        final long groups;

        Validator(SreCode c) {
            this.c = c;
            this.code = c.code;
            this.groups = c.groups;
        }

        static Invalid fail() {
            return new Invalid();
        }

        void charset(int p, int end) {
            while (p < end) {
                int op = code[p++];
                switch (op) {
                    case NEGATE:
                        break;
                    case LITERAL:
                        if (p >= end) throw fail();
                        p++;
                        break;
                    case RANGE:
                    case RANGE_UNI_IGNORE:
                        if (p >= end) throw fail();
                        p++;
                        if (p >= end) throw fail();
                        p++;
                        break;
                    case CHARSET:
                        if (8 > end - p) throw fail();
                        p += 8;
                        break;
                    case BIGCHARSET: {
                        if (p >= end) throw fail();
                        long arg = u(code[p++]);
                        if (64 > end - p) throw fail();
                        for (int i = 0; i < 256; i++) {
                            int b = (code[p + (i >>> 2)] >>> ((i & 3) * 8)) & 0xff;
                            if (b >= arg) throw fail();
                        }
                        p += 64;
                        long offset = arg * 8;
                        if (offset > end - p) throw fail();
                        p += (int) offset;
                        break;
                    }
                    case CATEGORY: {
                        if (p >= end) throw fail();
                        long arg = u(code[p++]);
                        if (arg > CATEGORY_UNI_NOT_LINEBREAK) throw fail();
                        break;
                    }
                    default:
                        throw fail();
                }
            }
        }

        /** Returns 0 on success, 1 if the last op is JUMP; throws when invalid. */
        int inner(int p, int end) {
            if (p > end) throw fail();
            while (p < end) {
                int opPos = p;
                int op = code[p++];
                switch (op) {
                    case MARK: {
                        long arg = arg(p++, end);
                        if (arg > 2 * groups + 1) throw fail();
                        break;
                    }
                    case LITERAL: case NOT_LITERAL: case LITERAL_IGNORE: case NOT_LITERAL_IGNORE:
                    case LITERAL_UNI_IGNORE: case NOT_LITERAL_UNI_IGNORE: case LITERAL_LOC_IGNORE:
                    case NOT_LITERAL_LOC_IGNORE:
                        arg(p++, end);
                        break;
                    case SUCCESS: case FAILURE:
                        break;
                    case AT: {
                        long arg = arg(p++, end);
                        if (arg > AT_UNI_NON_BOUNDARY) throw fail();
                        break;
                    }
                    case ANY: case ANY_ALL:
                        break;
                    case IN: case IN_IGNORE: case IN_UNI_IGNORE: case IN_LOC_IGNORE: {
                        long skip = skip(p, end, 0);
                        p++;
                        charset(p, (int) (p + skip - 2));
                        if (code[(int) (p + skip - 2)] != FAILURE) throw fail();
                        p += (int) (skip - 1);
                        c.buildTable(opPos);
                        break;
                    }
                    case INFO: {
                        long skip = skip(p, end, 0);
                        p++;
                        int newcode = (int) (p + skip - 1);
                        long flags = arg(p++, end);
                        arg(p++, end);
                        arg(p++, end);
                        if ((flags & ~(INFO_PREFIX | INFO_LITERAL | INFO_CHARSET)) != 0) throw fail();
                        if ((flags & INFO_PREFIX) != 0 && (flags & INFO_CHARSET) != 0) throw fail();
                        if ((flags & INFO_LITERAL) != 0 && (flags & INFO_PREFIX) == 0) throw fail();
                        if ((flags & INFO_PREFIX) != 0) {
                            long prefixLen = arg(p++, end);
                            arg(p++, end);
                            if (prefixLen > newcode - p) throw fail();
                            p += (int) prefixLen;
                            if (prefixLen > newcode - p) throw fail();
                            for (int i = 0; i < prefixLen; i++) {
                                if (u(code[p + i]) >= prefixLen) throw fail();
                            }
                            p += (int) prefixLen;
                        }
                        if ((flags & INFO_CHARSET) != 0) {
                            int setStart = p;
                            charset(p, newcode - 1);
                            if (code[newcode - 1] != FAILURE) throw fail();
                            p = newcode;
                            c.buildInfoTable(opPos, setStart);
                        } else if (p != newcode) {
                            throw fail();
                        }
                        break;
                    }
                    case BRANCH: {
                        int target = -1;
                        for (;;) {
                            long skip = skip(p, end, 0);
                            p++;
                            if (skip == 0) break;
                            if (inner(p, (int) (p + skip - 3)) != 0) throw fail();
                            p += (int) (skip - 3);
                            if (p >= end) throw fail();
                            if (code[p++] != JUMP) throw fail();
                            long skip2 = skip(p, end, 0);
                            p++;
                            if (target == -1) {
                                target = (int) (p + skip2 - 1);
                            } else if (p + skip2 - 1 != target) {
                                throw fail();
                            }
                        }
                        if (p != target) throw fail();
                        break;
                    }
                    case REPEAT_ONE: case MIN_REPEAT_ONE: case POSSESSIVE_REPEAT_ONE: {
                        long skip = skip(p, end, 0);
                        p++;
                        long min = arg(p++, end);
                        long max = arg(p++, end);
                        if (min > max || max > MAXREPEAT) throw fail();
                        if (inner(p, (int) (p + skip - 4)) != 0) throw fail();
                        p += (int) (skip - 4);
                        if (p >= end) throw fail();
                        if (code[p++] != SUCCESS) throw fail();
                        break;
                    }
                    case REPEAT: case POSSESSIVE_REPEAT: {
                        long skip = skip(p, end, 0);
                        p++;
                        long min = arg(p++, end);
                        long max = arg(p++, end);
                        if (min > max || max > MAXREPEAT) throw fail();
                        if (inner(p, (int) (p + skip - 3)) != 0) throw fail();
                        p += (int) (skip - 3);
                        if (p >= end) throw fail();
                        int op2 = code[p++];
                        if (op == POSSESSIVE_REPEAT) {
                            if (op2 != SUCCESS) throw fail();
                        } else if (op2 != MAX_UNTIL && op2 != MIN_UNTIL) {
                            throw fail();
                        }
                        break;
                    }
                    case ATOMIC_GROUP: {
                        long skip = skip(p, end, 0);
                        p++;
                        if (inner(p, (int) (p + skip - 2)) != 0) throw fail();
                        p += (int) (skip - 2);
                        if (p >= end) throw fail();
                        if (code[p++] != SUCCESS) throw fail();
                        break;
                    }
                    case GROUPREF: case GROUPREF_IGNORE: case GROUPREF_UNI_IGNORE: case GROUPREF_LOC_IGNORE: {
                        long arg = arg(p++, end);
                        if (arg >= groups) throw fail();
                        break;
                    }
                    case GROUPREF_EXISTS: {
                        long arg = arg(p++, end);
                        if (arg >= groups) throw fail();
                        long skip = skip(p, end, 1);
                        p++;
                        p--; // the skip is relative to the first argument
                        int rc = inner(p + 1, (int) (p + skip - 1));
                        if (rc == 1) {
                            p += (int) (skip - 2);
                            long skip2 = skip(p, end, 0);
                            p++;
                            rc = inner(p, (int) (p + skip2 - 1));
                            skip = skip2;
                        }
                        if (rc != 0) throw fail();
                        p += (int) (skip - 1);
                        break;
                    }
                    case ASSERT: case ASSERT_NOT: {
                        long skip = skip(p, end, 0);
                        p++;
                        arg(p++, end);
                        p--;
                        if (inner(p + 1, (int) (p + skip - 2)) != 0) throw fail();
                        p += (int) (skip - 2);
                        if (p >= end) throw fail();
                        if (code[p++] != SUCCESS) throw fail();
                        break;
                    }
                    case JUMP:
                        if (p + 1 != end) throw fail();
                        return 1;
                    default:
                        throw fail();
                }
            }
            return 0;
        }

        private long arg(int p, int end) {
            if (p >= end) throw fail();
            return u(code[p]);
        }

        /** GET_SKIP_ADJ: the skip at p, checked to stay within end. */
        private long skip(int p, int end, int adj) {
            if (p >= end) throw fail();
            long skip = u(code[p]);
            if (skip - adj > end - p) throw fail();
            return skip;
        }
    }
}
