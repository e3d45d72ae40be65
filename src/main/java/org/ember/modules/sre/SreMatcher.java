package org.ember.modules.sre;

import static org.ember.modules.sre.SreConstants.*;

import org.ember.objects.Err;
import org.ember.objects.PyException;

/**
 * The matching state and engine of one match/search/findall/... call (CPython's SRE_STATE with
 * SRE(match) and SRE(search) of sre_lib.h), with exactly CPython's backtracking semantics.
 *
 * <p>Backtracking uses explicit stacks, never Java recursion: a stack of contexts (one per
 * pending choice point, as CPython's match_context) and an int data stack for saved marks.
 * Positions are indices into the subject (0 is CPython's "beginning"); a mark of -1 is NULL.
 *
 * <p>The subject is a Java String whose chars are the code points (str without astral
 * characters), a byte array (bytes-like objects), or an int array of code points (str with
 * astral characters). {@link #ch} reads it with a predictable branch so the engine stays
 * monomorphic.
 */
final class SreMatcher {
    // ---- the subject ----------------------------------------------------------------------------
    private static final int K_LATIN1 = SreSubject.LATIN1;
    private static final int K_UTF16 = SreSubject.UTF16;

    final SreSubject subject;
    private final int kind;
    private final byte[] bytes;
    private final char[] chars;
    private final int[] ints;
    /** The Java string of a str subject (for String.indexOf), or null. */
    private final String str;
    /** The number of characters (code points or bytes) of the subject. */
    final int length;
    final boolean isBytes;

    // ---- the program ----------------------------------------------------------------------------
    final SreCode prog;
    private final int[] code;

    // ---- state (SRE_STATE) ------------------------------------------------------------------------
    int[] mark;
    int lastmark = -1;
    int lastindex = -1;
    int start;
    int end;
    final int pos;
    final int endpos;
    int ptr;
    boolean matchAll;
    boolean mustAdvance;
    private Repeat repeat;

    private int[] data;
    private int dataTop;
    /**
     * The context stack (CPython's match_context records), CTX_SIZE ints per context: code
     * index, position, count, literal, saved lastmark and lastindex, toplevel flag, jump label.
     * A context is identified by its offset in this array.
     */
    private int[] cs;
    /** The repeat of each context (by context number). */
    private Repeat[] reps;
    private static final int CTX_SIZE = 8;
    private static final int C_PC = 0;
    private static final int C_PTR = 1;
    private static final int C_COUNT = 2;
    private static final int C_CHR = 3;
    private static final int C_LASTMARK = 4;
    private static final int C_LASTINDEX = 5;
    private static final int C_TOPLEVEL = 6;
    private static final int C_JUMP = 7;
    private static final int[] EMPTY_DATA = new int[0];
    private int ctxTop;
    private int sigcount;

    /** SRE_REPEAT: the state of a REPEAT ... MAX_UNTIL/MIN_UNTIL loop. */
    private static final class Repeat {
        int count;
        /** Code index of the REPEAT's operands (skip, min, max, item...). */
        int pc;
        Repeat prev;
        int lastPtr;
    }

    /** The growable arrays of a matcher, handed to the next matcher of the same pattern to avoid regrowing them. */
    static final class Stacks {
        final int[] mark;
        final int[] cs;
        final Repeat[] reps;
        final int[] data;

        Stacks(int[] mark, int[] cs, Repeat[] reps, int[] data) {
            this.mark = mark;
            this.cs = cs;
            this.reps = reps;
            this.data = data;
        }
    }

    /** The arrays of this (finished) matcher for reuse, or null when they grew too large to keep. */
    Stacks release() {
        if (cs.length > (1 << 15) || data.length > (1 << 15)) {
            return null;
        }
        return new Stacks(mark, cs, reps, data);
    }

    /** Raised for SRE_ERROR_* engine statuses; reported as RuntimeError by the caller. */
    static final class EngineError extends RuntimeException {
        EngineError() {
            super(null, null, false, false);
        }
    }

    SreMatcher(SreCode prog, SreSubject subject, long pos, long endpos, Stacks spare) {
        this.prog = prog;
        this.code = prog.code;
        this.subject = subject;
        this.kind = subject.kind;
        this.bytes = subject.bytes;
        this.chars = subject.chars;
        this.ints = subject.ints;
        this.str = subject.str;
        this.length = subject.length;
        this.isBytes = subject.isBytes;
        int marks = Math.max(2, prog.groups * 2 + 2);
        if (spare != null && spare.mark.length == marks) {
            this.mark = spare.mark;
            this.cs = spare.cs;
            this.reps = spare.reps;
            this.data = spare.data;
        } else {
            this.mark = new int[marks];
            this.cs = new int[16 * CTX_SIZE];
            this.reps = new Repeat[16];
            this.data = EMPTY_DATA;
        }
        // state_init: clamp the boundaries
        int s = pos < 0 ? 0 : (pos > length ? length : (int) pos);
        int e = endpos < 0 ? 0 : (endpos > length ? length : (int) endpos);
        this.pos = s;
        this.endpos = e;
        this.start = s;
        this.end = e;
        this.ptr = s;
    }

    /** The character at index i. */
    int ch(int i) {
        if (kind == K_LATIN1) {
            return bytes[i] & 0xff;
        } else if (kind == K_UTF16) {
            return chars[i];
        }
        return ints[i];
    }

    /** The subject's text between i and j, as a Java string (str subjects only). */
    String text(int i, int j) {
        return subject.text(i, j);
    }

    /** The subject's bytes between i and j (bytes subjects only). */
    byte[] byteSlice(int i, int j) {
        return java.util.Arrays.copyOfRange(bytes, i, j);
    }

    /** state_reset: forget the marks of a previous match before the next search. */
    void reset() {
        lastmark = -1;
        lastindex = -1;
        repeat = null;
        dataTop = 0;
        ctxTop = 0;
    }

    // ---- entry points -----------------------------------------------------------------------------

    /** sre_match at state.start (ptr must equal start): 1 on success, 0 on failure. */
    int match() {
        ptr = start;
        return run(0, true);
    }

    /** SRE(search) from state.start. */
    int search() {
        int ptr = start;
        int end = this.end;
        int pc = 0;
        int[] code = this.code;
        if (ptr > end) {
            return 0;
        }
        int flags = 0;
        int prefixLen = 0;
        int prefixSkip = 0;
        int prefix = -1;
        int overlap = -1;
        int charsetOp = -1;
        if (code[0] == INFO) {
            flags = code[2];
            long min = SreCode.u(code[3]);
            if (min != 0 && end - ptr < min) {
                return 0;
            }
            if (min > 1) {
                long e = end - (min - 1);
                end = e <= ptr ? ptr : (int) e;
            }
            if ((flags & INFO_PREFIX) != 0) {
                prefixLen = code[5];
                prefixSkip = code[6];
                prefix = 7;
                overlap = prefix + prefixLen - 1;
            } else if ((flags & INFO_CHARSET) != 0) {
                charsetOp = 0;
            }
            pc = 1 + code[1];
        }
        int status;
        if (prefixLen >= 1 && str != null) {
            // the prefix is found by String.indexOf (vectorized); every occurrence is tried in order
            String pre = prog.prefixString;
            if (pre == null) {
                if (kind != SreSubject.UCS4) {
                    return 0; // a prefix character outside the BMP cannot occur in this subject
                }
            }
            end = this.end;
            if (prefixLen > 1 && prefixLen > end - ptr) {
                return 0;
            }
            String s = str;
            char c0 = pre.charAt(0);
            while (ptr < end) {
                int idx = prefixLen == 1 ? s.indexOf(c0, ptr) : s.indexOf(pre, ptr);
                if (idx < 0 || idx + prefixLen > end) {
                    return 0;
                }
                mustAdvance = false;
                start = idx;
                this.ptr = idx + prefixSkip;
                if ((flags & INFO_LITERAL) != 0) {
                    return 1;
                }
                status = run(pc + 2 * prefixSkip, false);
                if (status != 0) {
                    return status;
                }
                ptr = idx + 1;
                lastmark = lastindex = -1;
            }
            return 0;
        }
        if (prefixLen == 1) {
            int c = code[prefix];
            end = this.end;
            mustAdvance = false;
            while (ptr < end) {
                while (ch(ptr) != c) {
                    if (++ptr >= end) {
                        return 0;
                    }
                }
                start = ptr;
                this.ptr = ptr + prefixSkip;
                if ((flags & INFO_LITERAL) != 0) {
                    return 1;
                }
                status = run(pc + 2 * prefixSkip, false);
                if (status != 0) {
                    return status;
                }
                ++ptr;
                lastmark = lastindex = -1;
            }
            return 0;
        }
        if (prefixLen > 1) {
            end = this.end;
            if (prefixLen > end - ptr) {
                return 0;
            }
            int c0 = code[prefix];
            while (ptr < end) {
                while (ch(ptr++) != c0) {
                    if (ptr >= end) {
                        return 0;
                    }
                }
                if (ptr >= end) {
                    return 0;
                }
                int i = 1;
                mustAdvance = false;
                do {
                    if (ch(ptr) == code[prefix + i]) {
                        if (++i != prefixLen) {
                            if (++ptr >= end) {
                                return 0;
                            }
                            continue;
                        }
                        start = ptr - (prefixLen - 1);
                        this.ptr = ptr - (prefixLen - prefixSkip - 1);
                        if ((flags & INFO_LITERAL) != 0) {
                            return 1;
                        }
                        status = run(pc + 2 * prefixSkip, false);
                        if (status != 0) {
                            return status;
                        }
                        if (++ptr >= end) {
                            return 0;
                        }
                        lastmark = lastindex = -1;
                    }
                    i = code[overlap + i];
                } while (i != 0);
            }
            return 0;
        }
        if (charsetOp >= 0) {
            end = this.end;
            mustAdvance = false;
            boolean[] table = prog.table(0);
            for (;;) {
                while (ptr < end) {
                    int c = ch(ptr);
                    if (c < 256 ? table[c] : SreCode.charset(code, 5, c)) {
                        break;
                    }
                    ptr++;
                }
                if (ptr >= end) {
                    return 0;
                }
                start = ptr;
                this.ptr = ptr;
                status = run(pc, false);
                if (status != 0) {
                    break;
                }
                ptr++;
                lastmark = lastindex = -1;
            }
            return status;
        }
        // general case
        boolean[] first = prog.firstLatin1;
        if (first != null) {
            // skip positions where no match can start (those attempts would fail)
            boolean high = prog.firstHigh;
            start = ptr;
            this.ptr = ptr;
            status = canStart(ptr, end, first, high) ? run(pc, true) : 0;
            mustAdvance = false;
            if (status == 0 && code[pc] == AT && (code[pc + 1] == AT_BEGINNING || code[pc + 1] == AT_BEGINNING_STRING)) {
                start = this.ptr = end;
                return 0;
            }
            while (status == 0 && ptr < end) {
                ptr++;
                while (ptr < end && !canStart(ptr, end, first, high)) {
                    ptr++;
                }
                if (ptr >= this.end) {
                    break;
                }
                lastmark = lastindex = -1;
                start = this.ptr = ptr;
                status = run(pc, false);
            }
            return status;
        }
        start = ptr;
        this.ptr = ptr;
        status = run(pc, true);
        mustAdvance = false;
        if (status == 0 && code[pc] == AT && (code[pc + 1] == AT_BEGINNING || code[pc + 1] == AT_BEGINNING_STRING)) {
            start = this.ptr = end;
            return 0;
        }
        while (status == 0 && ptr < end) {
            ptr++;
            lastmark = lastindex = -1;
            start = this.ptr = ptr;
            status = run(pc, false);
        }
        return status;
    }

    /** Can a match start at ptr (a character is needed, and it must be in the first set)? */
    private boolean canStart(int ptr, int end, boolean[] first, boolean high) {
        if (ptr >= this.end) {
            return false;
        }
        int c = ch(ptr);
        return c < 256 ? first[c] : high;
    }

    // ---- the engine (SRE(match)) --------------------------------------------------------------------

    private static final int JUMP_NONE = 0;
    private static final int JUMP_MAX_UNTIL_1 = 1;
    private static final int JUMP_MAX_UNTIL_2 = 2;
    private static final int JUMP_MAX_UNTIL_3 = 3;
    private static final int JUMP_MIN_UNTIL_1 = 4;
    private static final int JUMP_MIN_UNTIL_2 = 5;
    private static final int JUMP_MIN_UNTIL_3 = 6;
    private static final int JUMP_REPEAT = 7;
    private static final int JUMP_REPEAT_ONE_1 = 8;
    private static final int JUMP_REPEAT_ONE_2 = 9;
    private static final int JUMP_MIN_REPEAT_ONE = 10;
    private static final int JUMP_BRANCH = 11;
    private static final int JUMP_ASSERT = 12;
    private static final int JUMP_ASSERT_NOT = 13;
    private static final int JUMP_POSS_REPEAT_1 = 14;
    private static final int JUMP_POSS_REPEAT_2 = 15;
    private static final int JUMP_ATOMIC_GROUP = 16;

    // actions of the driver loop
    private static final int A_FAIL = 0;
    private static final int A_SUCCESS = 1;
    private static final int A_CALL = 2;
    private static final int A_DISPATCH = 3;

    private int push(int pc, boolean toplevel, int jump) {
        int c = ctxTop * CTX_SIZE;
        if (c + CTX_SIZE > cs.length) {
            cs = java.util.Arrays.copyOf(cs, cs.length * 2);
            reps = java.util.Arrays.copyOf(reps, reps.length * 2);
        }
        ctxTop++;
        int[] a = cs;
        a[c + C_PC] = pc;
        a[c + C_TOPLEVEL] = toplevel ? 1 : 0;
        a[c + C_JUMP] = jump;
        reps[c / CTX_SIZE] = null;
        return c;
    }

    /** DO_JUMP: saves nothing itself (the caller stored cs[ctx + C_PC]/cs[ctx + C_PTR]); starts a child context at pc. */
    private int call(int jump, int pc, boolean toplevel) {
        push(pc, toplevel, jump);
        return A_CALL;
    }

    /** SRE(match): matches the code at pc from this.ptr; 1 on success (this.ptr is the end), 0 on failure. */
    int run(int pc0, boolean toplevel) {
        final int base = ctxTop;
        int ctx = push(pc0, toplevel, JUMP_NONE);
        int action = enter(ctx);
        for (;;) {
            switch (action) {
                case A_DISPATCH:
                    action = dispatch(ctx);
                    break;
                case A_CALL:
                    ctx = (ctxTop - 1) * CTX_SIZE;
                    action = enter(ctx);
                    break;
                default: {
                    boolean ret = action == A_SUCCESS;
                    int jump = cs[ctx + C_JUMP];
                    reps[ctx / CTX_SIZE] = null;
                    ctxTop--;
                    if (ctxTop == base) {
                        return ret ? 1 : 0;
                    }
                    ctx = (ctxTop - 1) * CTX_SIZE;
                    action = resume(ctx, jump, ret);
                    break;
                }
            }
        }
    }

    /** The entrance of a context: the INFO block's length check. */
    private int enter(int ctx) {
        int pc = cs[ctx + C_PC];
        int ptr = this.ptr;
        if (code[pc] == INFO) {
            long min = SreCode.u(code[pc + 3]);
            if (min != 0 && end - ptr < min) {
                return A_FAIL;
            }
            pc += code[pc + 1] + 1;
        }
        cs[ctx + C_PC] = pc;
        cs[ctx + C_PTR] = ptr;
        return A_DISPATCH;
    }

    /** MAYBE_CHECK_SIGNALS: runs pending signal handlers (Ctrl-C raises KeyboardInterrupt in a long match). */
    private static void checkSignals() {
        org.ember.modules.SignalModule.checkPending();
    }

    private static boolean lt(int count, long min) {
        return count < min;
    }

    /** Runs opcodes from cs[ctx + C_PC]/cs[ctx + C_PTR] until the context returns or makes a call. */
    private int dispatch(int ctx) {
        final int[] code = this.code;
        final int end = this.end;
        int pc = cs[ctx + C_PC];
        int ptr = cs[ctx + C_PTR];
        for (;;) {
            if ((++sigcount & 0xfff) == 0) {
                checkSignals();
            }
            switch (code[pc++]) {
                case MARK: {
                    int i = code[pc];
                    if ((i & 1) != 0) {
                        lastindex = i / 2 + 1;
                    }
                    if (i > lastmark) {
                        int j = lastmark + 1;
                        while (j < i) {
                            mark[j++] = -1;
                        }
                        lastmark = i;
                    }
                    mark[i] = ptr;
                    pc++;
                    continue;
                }
                case LITERAL:
                    if (ptr >= end || ch(ptr) != code[pc]) {
                        return A_FAIL;
                    }
                    pc++;
                    ptr++;
                    continue;
                case NOT_LITERAL:
                    if (ptr >= end || ch(ptr) == code[pc]) {
                        return A_FAIL;
                    }
                    pc++;
                    ptr++;
                    continue;
                case SUCCESS:
                    if ((cs[ctx + C_TOPLEVEL] != 0) && ((matchAll && ptr != this.end) || (mustAdvance && ptr == start))) {
                        return A_FAIL;
                    }
                    this.ptr = ptr;
                    return A_SUCCESS;
                case AT:
                    if (!at(ptr, code[pc])) {
                        return A_FAIL;
                    }
                    pc++;
                    continue;
                case CATEGORY:
                    if (ptr >= end || !SreChars.category(code[pc], ch(ptr))) {
                        return A_FAIL;
                    }
                    pc++;
                    ptr++;
                    continue;
                case ANY:
                    if (ptr >= end || ch(ptr) == '\n') {
                        return A_FAIL;
                    }
                    ptr++;
                    continue;
                case ANY_ALL:
                    if (ptr >= end) {
                        return A_FAIL;
                    }
                    ptr++;
                    continue;
                case IN:
                case IN_IGNORE:
                case IN_UNI_IGNORE:
                case IN_LOC_IGNORE: {
                    if (ptr >= end || !inTest(pc - 1, ch(ptr))) {
                        return A_FAIL;
                    }
                    pc += code[pc];
                    ptr++;
                    continue;
                }
                case LITERAL_IGNORE:
                    if (ptr >= end || SreChars.lowerAscii(ch(ptr)) != code[pc]) {
                        return A_FAIL;
                    }
                    pc++;
                    ptr++;
                    continue;
                case LITERAL_UNI_IGNORE:
                    if (ptr >= end || SreChars.lowerUnicode(ch(ptr)) != code[pc]) {
                        return A_FAIL;
                    }
                    pc++;
                    ptr++;
                    continue;
                case LITERAL_LOC_IGNORE:
                    if (ptr >= end || !SreChars.charLocIgnore(code[pc], ch(ptr))) {
                        return A_FAIL;
                    }
                    pc++;
                    ptr++;
                    continue;
                case NOT_LITERAL_IGNORE:
                    if (ptr >= end || SreChars.lowerAscii(ch(ptr)) == code[pc]) {
                        return A_FAIL;
                    }
                    pc++;
                    ptr++;
                    continue;
                case NOT_LITERAL_UNI_IGNORE:
                    if (ptr >= end || SreChars.lowerUnicode(ch(ptr)) == code[pc]) {
                        return A_FAIL;
                    }
                    pc++;
                    ptr++;
                    continue;
                case NOT_LITERAL_LOC_IGNORE:
                    if (ptr >= end || SreChars.charLocIgnore(code[pc], ch(ptr))) {
                        return A_FAIL;
                    }
                    pc++;
                    ptr++;
                    continue;
                case JUMP:
                case INFO:
                    pc += code[pc];
                    continue;
                case BRANCH:
                    cs[ctx + C_LASTMARK] = lastmark;
                    cs[ctx + C_LASTINDEX] = lastindex;
                    if (repeat != null) {
                        markPush(lastmark);
                    }
                    cs[ctx + C_PC] = pc;
                    cs[ctx + C_PTR] = ptr;
                    return branchNext(ctx);
                case REPEAT_ONE: {
                    long min = SreCode.u(code[pc + 1]);
                    if (min > end - ptr) {
                        return A_FAIL;
                    }
                    this.ptr = ptr;
                    int count = count(pc + 3, SreCode.u(code[pc + 2]));
                    ptr += count;
                    if (count < min) {
                        return A_FAIL;
                    }
                    int next = pc + code[pc];
                    if (code[next] == SUCCESS && ptr == this.end && !((cs[ctx + C_TOPLEVEL] != 0) && mustAdvance && ptr == start)) {
                        this.ptr = ptr;
                        return A_SUCCESS;
                    }
                    cs[ctx + C_LASTMARK] = lastmark;
                    cs[ctx + C_LASTINDEX] = lastindex;
                    if (repeat != null) {
                        markPush(lastmark);
                    }
                    cs[ctx + C_PC] = pc;
                    cs[ctx + C_PTR] = ptr;
                    cs[ctx + C_COUNT] = count;
                    int lit = tailLiteral(next);
                    if (lit >= 0) {
                        cs[ctx + C_CHR] = lit;
                        return repeatOneLiteralNext(ctx);
                    }
                    return repeatOneNext(ctx);
                }
                case MIN_REPEAT_ONE: {
                    long min = SreCode.u(code[pc + 1]);
                    if (min > end - ptr) {
                        return A_FAIL;
                    }
                    this.ptr = ptr;
                    int count;
                    if (min == 0) {
                        count = 0;
                    } else {
                        count = count(pc + 3, min);
                        if (count < min) {
                            return A_FAIL;
                        }
                        ptr += count;
                    }
                    int next = pc + code[pc];
                    if (code[next] == SUCCESS
                            && !((cs[ctx + C_TOPLEVEL] != 0) && ((matchAll && ptr != this.end) || (mustAdvance && ptr == start)))) {
                        this.ptr = ptr;
                        return A_SUCCESS;
                    }
                    cs[ctx + C_LASTMARK] = lastmark;
                    cs[ctx + C_LASTINDEX] = lastindex;
                    if (repeat != null) {
                        markPush(lastmark);
                    }
                    cs[ctx + C_PC] = pc;
                    cs[ctx + C_PTR] = ptr;
                    cs[ctx + C_COUNT] = count;
                    return minRepeatOneNext(ctx);
                }
                case POSSESSIVE_REPEAT_ONE: {
                    long min = SreCode.u(code[pc + 1]);
                    if (ptr + min > end) {
                        return A_FAIL;
                    }
                    this.ptr = ptr;
                    int count = count(pc + 3, SreCode.u(code[pc + 2]));
                    ptr += count;
                    if (count < min) {
                        return A_FAIL;
                    }
                    pc += code[pc];
                    if (code[pc] == SUCCESS && ptr == this.end && !((cs[ctx + C_TOPLEVEL] != 0) && mustAdvance && ptr == start)) {
                        this.ptr = ptr;
                        return A_SUCCESS;
                    }
                    continue;
                }
                case REPEAT: {
                    Repeat rep = new Repeat();
                    rep.count = -1;
                    rep.pc = pc;
                    rep.prev = repeat;
                    rep.lastPtr = -1;
                    repeat = rep;
                    reps[ctx / CTX_SIZE] = rep;
                    this.ptr = ptr;
                    cs[ctx + C_PC] = pc;
                    cs[ctx + C_PTR] = ptr;
                    return call(JUMP_REPEAT, pc + code[pc], (cs[ctx + C_TOPLEVEL] != 0));
                }
                case MAX_UNTIL: {
                    Repeat rep = repeat;
                    if (rep == null) {
                        throw new EngineError();
                    }
                    reps[ctx / CTX_SIZE] = rep;
                    this.ptr = ptr;
                    cs[ctx + C_COUNT] = rep.count + 1;
                    cs[ctx + C_PC] = pc;
                    cs[ctx + C_PTR] = ptr;
                    if (cs[ctx + C_COUNT] < SreCode.u(code[rep.pc + 1])) {
                        rep.count = cs[ctx + C_COUNT];
                        return call(JUMP_MAX_UNTIL_1, rep.pc + 3, (cs[ctx + C_TOPLEVEL] != 0));
                    }
                    long max = SreCode.u(code[rep.pc + 2]);
                    if ((cs[ctx + C_COUNT] < max || max == MAXREPEAT) && this.ptr != rep.lastPtr) {
                        rep.count = cs[ctx + C_COUNT];
                        cs[ctx + C_LASTMARK] = lastmark;
                        cs[ctx + C_LASTINDEX] = lastindex;
                        markPush(lastmark);
                        dataPush(rep.lastPtr);
                        rep.lastPtr = this.ptr;
                        return call(JUMP_MAX_UNTIL_2, rep.pc + 3, (cs[ctx + C_TOPLEVEL] != 0));
                    }
                    repeat = rep.prev;
                    return call(JUMP_MAX_UNTIL_3, pc, (cs[ctx + C_TOPLEVEL] != 0));
                }
                case MIN_UNTIL: {
                    Repeat rep = repeat;
                    if (rep == null) {
                        throw new EngineError();
                    }
                    reps[ctx / CTX_SIZE] = rep;
                    this.ptr = ptr;
                    cs[ctx + C_COUNT] = rep.count + 1;
                    cs[ctx + C_PC] = pc;
                    cs[ctx + C_PTR] = ptr;
                    if (cs[ctx + C_COUNT] < SreCode.u(code[rep.pc + 1])) {
                        rep.count = cs[ctx + C_COUNT];
                        return call(JUMP_MIN_UNTIL_1, rep.pc + 3, (cs[ctx + C_TOPLEVEL] != 0));
                    }
                    repeat = rep.prev;
                    cs[ctx + C_LASTMARK] = lastmark;
                    cs[ctx + C_LASTINDEX] = lastindex;
                    if (repeat != null) {
                        markPush(lastmark);
                    }
                    return call(JUMP_MIN_UNTIL_2, pc, (cs[ctx + C_TOPLEVEL] != 0));
                }
                case POSSESSIVE_REPEAT:
                    this.ptr = ptr;
                    cs[ctx + C_COUNT] = 0;
                    cs[ctx + C_PC] = pc;
                    cs[ctx + C_PTR] = ptr;
                    return possRepeatNext(ctx);
                case ATOMIC_GROUP:
                    this.ptr = ptr;
                    cs[ctx + C_PC] = pc;
                    cs[ctx + C_PTR] = ptr;
                    return call(JUMP_ATOMIC_GROUP, pc + 1, false);
                case GROUPREF:
                case GROUPREF_IGNORE:
                case GROUPREF_UNI_IGNORE:
                case GROUPREF_LOC_IGNORE: {
                    int op = code[pc - 1];
                    int groupref = code[pc] * 2;
                    if (groupref >= lastmark) {
                        return A_FAIL;
                    }
                    int p = mark[groupref];
                    int e = mark[groupref + 1];
                    if (p < 0 || e < 0 || e < p) {
                        return A_FAIL;
                    }
                    while (p < e) {
                        if (ptr >= end) {
                            return A_FAIL;
                        }
                        int a = ch(ptr);
                        int b = ch(p);
                        boolean same = switch (op) {
                            case GROUPREF -> a == b;
                            case GROUPREF_IGNORE -> SreChars.lowerAscii(a) == SreChars.lowerAscii(b);
                            case GROUPREF_UNI_IGNORE -> SreChars.lowerUnicode(a) == SreChars.lowerUnicode(b);
                            default -> SreChars.lowerLocale(a) == SreChars.lowerLocale(b);
                        };
                        if (!same) {
                            return A_FAIL;
                        }
                        p++;
                        ptr++;
                    }
                    pc++;
                    continue;
                }
                case GROUPREF_EXISTS: {
                    int groupref = code[pc] * 2;
                    if (groupref >= lastmark) {
                        pc += code[pc + 1];
                        continue;
                    }
                    int p = mark[groupref];
                    int e = mark[groupref + 1];
                    if (p < 0 || e < 0 || e < p) {
                        pc += code[pc + 1];
                        continue;
                    }
                    pc += 2;
                    continue;
                }
                case ASSERT: {
                    long back = SreCode.u(code[pc + 1]);
                    if (ptr < back) {
                        return A_FAIL;
                    }
                    this.ptr = (int) (ptr - back);
                    cs[ctx + C_PC] = pc;
                    cs[ctx + C_PTR] = ptr;
                    return call(JUMP_ASSERT, pc + 2, false);
                }
                case ASSERT_NOT: {
                    long back = SreCode.u(code[pc + 1]);
                    if (ptr >= back) {
                        this.ptr = (int) (ptr - back);
                        cs[ctx + C_LASTMARK] = lastmark;
                        cs[ctx + C_LASTINDEX] = lastindex;
                        if (repeat != null) {
                            markPush(lastmark);
                        }
                        cs[ctx + C_PC] = pc;
                        cs[ctx + C_PTR] = ptr;
                        return call(JUMP_ASSERT_NOT, pc + 2, false);
                    }
                    pc += code[pc];
                    continue;
                }
                case FAILURE:
                    return A_FAIL;
                default:
                    throw new EngineError();
            }
        }
    }

    /** Continues the current context after its child returned. */
    private int resume(int ctx, int jump, boolean ret) {
        switch (jump) {
            case JUMP_BRANCH:
                if (ret) {
                    if (repeat != null) {
                        markPopDiscard(cs[ctx + C_LASTMARK]);
                    }
                    return A_SUCCESS;
                }
                if (repeat != null) {
                    markPopKeep(cs[ctx + C_LASTMARK]);
                }
                lastmark = cs[ctx + C_LASTMARK];
                lastindex = cs[ctx + C_LASTINDEX];
                cs[ctx + C_PC] += code[cs[ctx + C_PC]];
                return branchNext(ctx);
            case JUMP_REPEAT_ONE_1:
            case JUMP_REPEAT_ONE_2:
                if (ret) {
                    if (repeat != null) {
                        markPopDiscard(cs[ctx + C_LASTMARK]);
                    }
                    return A_SUCCESS;
                }
                if (repeat != null) {
                    markPopKeep(cs[ctx + C_LASTMARK]);
                }
                lastmark = cs[ctx + C_LASTMARK];
                lastindex = cs[ctx + C_LASTINDEX];
                cs[ctx + C_PTR]--;
                cs[ctx + C_COUNT]--;
                return jump == JUMP_REPEAT_ONE_1 ? repeatOneLiteralNext(ctx) : repeatOneNext(ctx);
            case JUMP_MIN_REPEAT_ONE: {
                if (ret) {
                    if (repeat != null) {
                        markPopDiscard(cs[ctx + C_LASTMARK]);
                    }
                    return A_SUCCESS;
                }
                if (repeat != null) {
                    markPopKeep(cs[ctx + C_LASTMARK]);
                }
                lastmark = cs[ctx + C_LASTMARK];
                lastindex = cs[ctx + C_LASTINDEX];
                this.ptr = cs[ctx + C_PTR];
                int r = count(cs[ctx + C_PC] + 3, 1);
                if (r == 0) {
                    if (repeat != null) {
                        markPopDiscard(cs[ctx + C_LASTMARK]);
                    }
                    return A_FAIL;
                }
                cs[ctx + C_PTR]++;
                cs[ctx + C_COUNT]++;
                return minRepeatOneNext(ctx);
            }
            case JUMP_REPEAT:
                repeat = reps[ctx / CTX_SIZE].prev;
                return ret ? A_SUCCESS : A_FAIL;
            case JUMP_MAX_UNTIL_1:
            case JUMP_MIN_UNTIL_1:
                if (ret) {
                    return A_SUCCESS;
                }
                reps[ctx / CTX_SIZE].count = cs[ctx + C_COUNT] - 1;
                this.ptr = cs[ctx + C_PTR];
                return A_FAIL;
            case JUMP_MAX_UNTIL_2: {
                Repeat rep = reps[ctx / CTX_SIZE];
                rep.lastPtr = dataPop();
                if (ret) {
                    markPopDiscard(cs[ctx + C_LASTMARK]);
                    return A_SUCCESS;
                }
                markPop(cs[ctx + C_LASTMARK]);
                lastmark = cs[ctx + C_LASTMARK];
                lastindex = cs[ctx + C_LASTINDEX];
                rep.count = cs[ctx + C_COUNT] - 1;
                this.ptr = cs[ctx + C_PTR];
                repeat = rep.prev;
                return call(JUMP_MAX_UNTIL_3, cs[ctx + C_PC], (cs[ctx + C_TOPLEVEL] != 0));
            }
            case JUMP_MAX_UNTIL_3:
                repeat = reps[ctx / CTX_SIZE];
                if (ret) {
                    return A_SUCCESS;
                }
                this.ptr = cs[ctx + C_PTR];
                return A_FAIL;
            case JUMP_MIN_UNTIL_2: {
                Repeat rep = reps[ctx / CTX_SIZE];
                Repeat repeatOfTail = repeat;
                repeat = rep;
                if (ret) {
                    if (repeatOfTail != null) {
                        markPopDiscard(cs[ctx + C_LASTMARK]);
                    }
                    return A_SUCCESS;
                }
                if (repeatOfTail != null) {
                    markPop(cs[ctx + C_LASTMARK]);
                }
                lastmark = cs[ctx + C_LASTMARK];
                lastindex = cs[ctx + C_LASTINDEX];
                this.ptr = cs[ctx + C_PTR];
                long max = SreCode.u(code[rep.pc + 2]);
                if ((cs[ctx + C_COUNT] >= max && max != MAXREPEAT) || this.ptr == rep.lastPtr) {
                    return A_FAIL;
                }
                rep.count = cs[ctx + C_COUNT];
                dataPush(rep.lastPtr);
                rep.lastPtr = this.ptr;
                return call(JUMP_MIN_UNTIL_3, rep.pc + 3, (cs[ctx + C_TOPLEVEL] != 0));
            }
            case JUMP_MIN_UNTIL_3: {
                Repeat rep = reps[ctx / CTX_SIZE];
                rep.lastPtr = dataPop();
                if (ret) {
                    return A_SUCCESS;
                }
                rep.count = cs[ctx + C_COUNT] - 1;
                this.ptr = cs[ctx + C_PTR];
                return A_FAIL;
            }
            case JUMP_POSS_REPEAT_1:
                if (ret) {
                    cs[ctx + C_COUNT]++;
                    return possRepeatNext(ctx);
                }
                this.ptr = cs[ctx + C_PTR];
                return A_FAIL;
            case JUMP_POSS_REPEAT_2:
                if (ret) {
                    markPopDiscard(cs[ctx + C_LASTMARK]);
                    cs[ctx + C_COUNT]++;
                    return possRepeatMore(ctx);
                }
                markPop(cs[ctx + C_LASTMARK]);
                lastmark = cs[ctx + C_LASTMARK];
                lastindex = cs[ctx + C_LASTINDEX];
                this.ptr = cs[ctx + C_PTR];
                return possRepeatTail(ctx);
            case JUMP_ATOMIC_GROUP:
                if (!ret) {
                    this.ptr = cs[ctx + C_PTR];
                    return A_FAIL;
                }
                cs[ctx + C_PC] += code[cs[ctx + C_PC]];
                cs[ctx + C_PTR] = this.ptr;
                return A_DISPATCH;
            case JUMP_ASSERT:
                if (!ret) {
                    return A_FAIL;
                }
                cs[ctx + C_PC] += code[cs[ctx + C_PC]];
                return A_DISPATCH;
            case JUMP_ASSERT_NOT:
                if (ret) {
                    if (repeat != null) {
                        markPopDiscard(cs[ctx + C_LASTMARK]);
                    }
                    return A_FAIL;
                }
                if (repeat != null) {
                    markPop(cs[ctx + C_LASTMARK]);
                }
                lastmark = cs[ctx + C_LASTMARK];
                lastindex = cs[ctx + C_LASTINDEX];
                cs[ctx + C_PC] += code[cs[ctx + C_PC]];
                return A_DISPATCH;
            default:
                throw new EngineError();
        }
    }

    private int branchNext(int ctx) {
        final int[] code = this.code;
        int pc = cs[ctx + C_PC];
        int ptr = cs[ctx + C_PTR];
        for (; code[pc] != 0; pc += code[pc]) {
            int op = code[pc + 1];
            if (op == LITERAL && (ptr >= end || ch(ptr) != code[pc + 2])) {
                continue;
            }
            if (op == IN && (ptr >= end || !inTest(pc + 1, ch(ptr)))) {
                continue;
            }
            this.ptr = ptr;
            cs[ctx + C_PC] = pc;
            return call(JUMP_BRANCH, pc + 1, (cs[ctx + C_TOPLEVEL] != 0));
        }
        if (repeat != null) {
            markPopDiscard(cs[ctx + C_LASTMARK]);
        }
        return A_FAIL;
    }

    /** REPEAT_ONE whose tail starts with a literal: skip positions where the tail cannot match. */
    private int repeatOneLiteralNext(int ctx) {
        long min = SreCode.u(code[cs[ctx + C_PC] + 1]);
        int ptr = cs[ctx + C_PTR];
        int count = cs[ctx + C_COUNT];
        int chr = cs[ctx + C_CHR];
        int end = this.end;
        if (count >= min) {
            // the lowest position the repeat may back off to (where count == min)
            int lowest = (int) (ptr - (count - min));
            int p = ptr >= end ? ptr - 1 : ptr;
            p = lastIndexOf(chr, p, lowest);
            count -= ptr - p;
            ptr = p;
        }
        if (count < min) {
            if (repeat != null) {
                markPopDiscard(cs[ctx + C_LASTMARK]);
            }
            return A_FAIL;
        }
        this.ptr = ptr;
        cs[ctx + C_PTR] = ptr;
        cs[ctx + C_COUNT] = count;
        return call(JUMP_REPEAT_ONE_1, cs[ctx + C_PC] + code[cs[ctx + C_PC]], (cs[ctx + C_TOPLEVEL] != 0));
    }

    private int repeatOneNext(int ctx) {
        if (cs[ctx + C_COUNT] >= SreCode.u(code[cs[ctx + C_PC] + 1])) {
            this.ptr = cs[ctx + C_PTR];
            return call(JUMP_REPEAT_ONE_2, cs[ctx + C_PC] + code[cs[ctx + C_PC]], (cs[ctx + C_TOPLEVEL] != 0));
        }
        if (repeat != null) {
            markPopDiscard(cs[ctx + C_LASTMARK]);
        }
        return A_FAIL;
    }

    private int minRepeatOneNext(int ctx) {
        int pc = cs[ctx + C_PC];
        long max = SreCode.u(code[pc + 2]);
        int lit = tailLiteral(pc + code[pc]);
        if (lit >= 0) {
            // The tail fails at once where its first literal does not match, without side effects;
            // CPython then extends the repeat by one item. Do that here without calling the tail.
            int ptr = cs[ctx + C_PTR];
            int count = cs[ctx + C_COUNT];
            int end = this.end;
            while ((max == MAXREPEAT || count <= max) && (ptr >= end || ch(ptr) != lit)) {
                if (ptr >= end || !matchOne(pc + 3, ch(ptr))) {
                    if (repeat != null) {
                        markPopDiscard(cs[ctx + C_LASTMARK]);
                    }
                    return A_FAIL;
                }
                ptr++;
                count++;
            }
            cs[ctx + C_PTR] = ptr;
            cs[ctx + C_COUNT] = count;
        }
        if (max == MAXREPEAT || cs[ctx + C_COUNT] <= max) {
            this.ptr = cs[ctx + C_PTR];
            return call(JUMP_MIN_REPEAT_ONE, cs[ctx + C_PC] + code[cs[ctx + C_PC]], (cs[ctx + C_TOPLEVEL] != 0));
        }
        if (repeat != null) {
            markPopDiscard(cs[ctx + C_LASTMARK]);
        }
        return A_FAIL;
    }

    /** POSSESSIVE_REPEAT: the minimum repetitions, then as many more as possible without backtracking. */
    private int possRepeatNext(int ctx) {
        if (lt(cs[ctx + C_COUNT], SreCode.u(code[cs[ctx + C_PC] + 1]))) {
            return call(JUMP_POSS_REPEAT_1, cs[ctx + C_PC] + 3, false);
        }
        cs[ctx + C_PTR] = -1;
        return possRepeatMore(ctx);
    }

    private int possRepeatMore(int ctx) {
        long max = SreCode.u(code[cs[ctx + C_PC] + 2]);
        if ((cs[ctx + C_COUNT] < max || max == MAXREPEAT) && this.ptr != cs[ctx + C_PTR]) {
            cs[ctx + C_LASTMARK] = lastmark;
            cs[ctx + C_LASTINDEX] = lastindex;
            markPush(lastmark);
            cs[ctx + C_PTR] = this.ptr;
            return call(JUMP_POSS_REPEAT_2, cs[ctx + C_PC] + 3, false);
        }
        return possRepeatTail(ctx);
    }

    private int possRepeatTail(int ctx) {
        cs[ctx + C_PC] += code[cs[ctx + C_PC]] + 1;
        cs[ctx + C_PTR] = this.ptr;
        return A_DISPATCH;
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /**
     * The literal a repeat's tail starts with, if the tail certainly fails without side effects
     * where that literal does not match (MARKs before it are harmless when the marks they set
     * are discarded on failure); -1 otherwise. CPython checks a leading LITERAL only.
     */
    private int tailLiteral(int tail) {
        int p = tail;
        while (code[p] == MARK) {
            if (repeat == null && code[p + 1] <= lastmark) {
                return -1;
            }
            p += 2;
        }
        return code[p] == LITERAL ? code[p + 1] : -1;
    }

    /** Does the single-character item at pc (a REPEAT_ONE-style item) match c? */
    private boolean matchOne(int pc, int c) {
        int arg = code[pc + 1];
        return switch (code[pc]) {
            case ANY -> c != '\n';
            case ANY_ALL -> true;
            case LITERAL -> c == arg;
            case NOT_LITERAL -> c != arg;
            case IN, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE -> inTest(pc, c);
            default -> prog.matchesOne(pc, c);
        };
    }

    /** The set test of the IN-family opcode at code index op. */
    private boolean inTest(int op, int c) {
        if (c < 256) {
            boolean[] t = prog.table(op);
            if (t != null) {
                return t[c];
            }
        }
        return SreCode.inTest(code, op, c);
    }

    /** SRE(at). */
    private boolean at(int ptr, int at) {
        int end = this.end;
        switch (at) {
            case AT_BEGINNING:
            case AT_BEGINNING_STRING:
                return ptr == 0;
            case AT_BEGINNING_LINE:
                return ptr == 0 || ch(ptr - 1) == '\n';
            case AT_END:
                return (end - ptr == 1 && ch(ptr) == '\n') || ptr == end;
            case AT_END_LINE:
                return ptr == end || ch(ptr) == '\n';
            case AT_END_STRING:
                return ptr == end;
            case AT_BOUNDARY:
            case AT_NON_BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                boolean thatp = ptr > 0 && SreChars.isWord(ch(ptr - 1));
                boolean thisp = ptr < end && SreChars.isWord(ch(ptr));
                return (thisp != thatp) == (at == AT_BOUNDARY);
            }
            case AT_LOC_BOUNDARY:
            case AT_LOC_NON_BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                boolean thatp = ptr > 0 && SreChars.isLocWord(ch(ptr - 1));
                boolean thisp = ptr < end && SreChars.isLocWord(ch(ptr));
                return (thisp != thatp) == (at == AT_LOC_BOUNDARY);
            }
            case AT_UNI_BOUNDARY:
            case AT_UNI_NON_BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                boolean thatp = ptr > 0 && SreChars.isUniWord(ch(ptr - 1));
                boolean thisp = ptr < end && SreChars.isUniWord(ch(ptr));
                return (thisp != thatp) == (at == AT_UNI_BOUNDARY);
            }
            default:
                return false;
        }
    }

    /** The largest index i with lowest <= i <= from whose character is c, or lowest - 1. */
    private int lastIndexOf(int c, int from, int lowest) {
        int i = from;
        if (kind == K_LATIN1) {
            if (c < 0 || c > 255) {
                return lowest - 1;
            }
            byte[] b = bytes;
            byte x = (byte) c;
            while (i >= lowest && b[i] != x) {
                i--;
            }
        } else if (kind == K_UTF16) {
            if (c < 0 || c > 0xFFFF) {
                return lowest - 1;
            }
            char[] a = chars;
            char x = (char) c;
            while (i >= lowest && a[i] != x) {
                i--;
            }
        } else {
            int[] a = ints;
            while (i >= lowest && a[i] != c) {
                i--;
            }
        }
        return i >= lowest ? i : lowest - 1;
    }

    /** The first index i with from <= i < end whose character is c, or end. */
    private int indexOf(int c, int from, int end) {
        if (from >= end) {
            return end;
        }
        if (str != null) {
            if (c < 0 || c > 0xFFFF) {
                return end;
            }
            int r = str.indexOf((char) c, from, end);
            return r < 0 ? end : r;
        }
        int i = from;
        if (kind == K_LATIN1) {
            if (c < 0 || c > 255) {
                return end;
            }
            byte[] b = bytes;
            byte x = (byte) c;
            while (i < end && b[i] != x) {
                i++;
            }
            return i;
        }
        int[] a = ints;
        while (i < end && a[i] != c) {
            i++;
        }
        return i;
    }

    /** The first index i with from <= i < end whose character is not c, or end. */
    private int spanOf(int c, int from, int end) {
        int i = from;
        if (kind == K_LATIN1) {
            byte[] b = bytes;
            while (i < end && (b[i] & 0xff) == c) {
                i++;
            }
        } else if (kind == K_UTF16) {
            char[] a = chars;
            while (i < end && a[i] == c) {
                i++;
            }
        } else {
            int[] a = ints;
            while (i < end && a[i] == c) {
                i++;
            }
        }
        return i;
    }

    /** The first index i with from <= i < end whose character is not in the IN set at op (table t), or end. */
    private int spanIn(int op, boolean[] t, int from, int end) {
        int i = from;
        if (kind == K_LATIN1) {
            byte[] b = bytes;
            while (i < end && t[b[i] & 0xff]) {
                i++;
            }
        } else if (kind == K_UTF16) {
            char[] a = chars;
            while (i < end) {
                char c = a[i];
                if (c < 256 ? !t[c] : !SreCode.charset(code, op + 2, c)) {
                    break;
                }
                i++;
            }
        } else {
            int[] a = ints;
            while (i < end) {
                int c = a[i];
                if (c < 256 ? !t[c] : !SreCode.charset(code, op + 2, c)) {
                    break;
                }
                i++;
            }
        }
        return i;
    }

    /** SRE(count): how many times (at most maxcount) the one-character item at pc matches from this.ptr. */
    private int count(int pc, long maxcount) {
        final int[] code = this.code;
        final int start = this.ptr;
        int ptr = start;
        int end = this.end;
        if (maxcount < end - ptr && maxcount != MAXREPEAT) {
            end = (int) (ptr + maxcount);
        }
        switch (code[pc]) {
            case IN:
                ptr = spanIn(pc, prog.table(pc), ptr, end);
                break;
            case IN_IGNORE:
            case IN_UNI_IGNORE:
            case IN_LOC_IGNORE:
                while (ptr < end && inTest(pc, ch(ptr))) {
                    ptr++;
                }
                break;
            case CATEGORY: {
                int cat = code[pc + 1];
                while (ptr < end && SreChars.category(cat, ch(ptr))) {
                    ptr++;
                }
                break;
            }
            case ANY:
                ptr = indexOf('\n', ptr, end);
                break;
            case ANY_ALL:
                ptr = end;
                break;
            case LITERAL:
                ptr = spanOf(code[pc + 1], ptr, end);
                break;
            case LITERAL_IGNORE: {
                int chr = code[pc + 1];
                while (ptr < end && SreChars.lowerAscii(ch(ptr)) == chr) {
                    ptr++;
                }
                break;
            }
            case LITERAL_UNI_IGNORE: {
                int chr = code[pc + 1];
                while (ptr < end && SreChars.lowerUnicode(ch(ptr)) == chr) {
                    ptr++;
                }
                break;
            }
            case LITERAL_LOC_IGNORE: {
                int chr = code[pc + 1];
                while (ptr < end && SreChars.charLocIgnore(chr, ch(ptr))) {
                    ptr++;
                }
                break;
            }
            case NOT_LITERAL:
                ptr = indexOf(code[pc + 1], ptr, end);
                break;
            case NOT_LITERAL_IGNORE: {
                int chr = code[pc + 1];
                while (ptr < end && SreChars.lowerAscii(ch(ptr)) != chr) {
                    ptr++;
                }
                break;
            }
            case NOT_LITERAL_UNI_IGNORE: {
                int chr = code[pc + 1];
                while (ptr < end && SreChars.lowerUnicode(ch(ptr)) != chr) {
                    ptr++;
                }
                break;
            }
            case NOT_LITERAL_LOC_IGNORE: {
                int chr = code[pc + 1];
                while (ptr < end && !SreChars.charLocIgnore(chr, ch(ptr))) {
                    ptr++;
                }
                break;
            }
            default:
                // a general single-character item: match it repeatedly
                while (this.ptr < end) {
                    if (run(pc, false) == 0) {
                        break;
                    }
                }
                return this.ptr - start;
        }
        return ptr - start;
    }

    // ---- the data stack (saved marks and last_ptr values) -------------------------------------------

    private void dataPush(int v) {
        if (dataTop == data.length) {
            data = java.util.Arrays.copyOf(data, Math.max(32, data.length * 2));
        }
        data[dataTop++] = v;
    }

    private int dataPop() {
        return data[--dataTop];
    }

    private void markPush(int lastmark) {
        if (lastmark >= 0) {
            int n = lastmark + 1;
            if (dataTop + n > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(32, Math.max(data.length * 2, dataTop + n)));
            }
            System.arraycopy(mark, 0, data, dataTop, n);
            dataTop += n;
        }
    }

    private void markPop(int lastmark) {
        if (lastmark >= 0) {
            int n = lastmark + 1;
            dataTop -= n;
            System.arraycopy(data, dataTop, mark, 0, n);
        }
    }

    private void markPopKeep(int lastmark) {
        if (lastmark >= 0) {
            int n = lastmark + 1;
            System.arraycopy(data, dataTop - n, mark, 0, n);
        }
    }

    private void markPopDiscard(int lastmark) {
        if (lastmark >= 0) {
            dataTop -= lastmark + 1;
        }
    }

    /** Translates engine failures into Python exceptions (pattern_error). */
    static PyException engineError() {
        return Err.runtime("internal error in regular expression engine");
    }
}
