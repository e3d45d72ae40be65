package org.ember.objects;

/**
 * format(number, spec) for int, float and complex: CPython's formatter_unicode.c (format-spec
 * parsing with its exact errors, sign/prefix/padding/grouping layout, the C locale for 'n').
 */
public final class NumberFormat {
    private NumberFormat() {}

    /** A parsed spec, as CPython's InternalFormatSpec. type 0 means "none given". */
    public static final class Spec {
        public int fill = ' ';
        public char align;
        public boolean alternate;
        public boolean noNeg0;
        public char sign;
        public int width = -1;
        /** 0, ',' or '_'. */
        public char thousands;
        /** Group size: 3, or 4 for '_' with b/o/x/X. */
        public int groupSize = 3;
        public int precision = -1;
        public int type;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** Py_UNICODE_TODECIMAL: the decimal value of a code point, or -1. */
    static int decimalValue(int cp) {
        if (cp >= '0' && cp <= '9') {
            return cp - '0';
        }
        if (cp < 128) {
            return -1;
        }
        if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
            return Character.digit(cp, 10);
        }
        return -1;
    }

    /** parse_internal_render_format_spec. */
    public static Spec parse(String s, PyObject obj, int defaultType, char defaultAlign) {
        int[] cps = s.codePoints().toArray();
        int end = cps.length;
        int pos = 0;
        Spec f = new Spec();
        f.align = defaultAlign;
        f.type = defaultType;
        boolean alignSpecified = false;
        boolean fillSpecified = false;
        if (end - pos >= 2 && isAlign(cps[pos + 1])) {
            f.align = (char) cps[pos + 1];
            f.fill = cps[pos];
            fillSpecified = true;
            alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cps[pos])) {
            f.align = (char) cps[pos];
            alignSpecified = true;
            pos++;
        }
        if (end - pos >= 1 && (cps[pos] == ' ' || cps[pos] == '+' || cps[pos] == '-')) {
            f.sign = (char) cps[pos];
            pos++;
        }
        if (end - pos >= 1 && cps[pos] == 'z') {
            f.noNeg0 = true;
            pos++;
        }
        if (end - pos >= 1 && cps[pos] == '#') {
            f.alternate = true;
            pos++;
        }
        if (!fillSpecified && end - pos >= 1 && cps[pos] == '0') {
            f.fill = '0';
            if (!alignSpecified && defaultAlign == '>') {
                f.align = '=';
            }
            pos++;
        }
        int[] posRef = {pos};
        long w = getInteger(cps, posRef, end);
        if (posRef[0] > pos) {
            f.width = (int) w;
        }
        pos = posRef[0];
        if (end - pos > 0 && cps[pos] == ',') {
            f.thousands = ',';
            pos++;
        }
        if (end - pos > 0 && cps[pos] == '_') {
            if (f.thousands != 0) {
                throw Err.value("Cannot specify both ',' and '_'.");
            }
            f.thousands = '_';
            pos++;
        }
        if (end - pos > 0 && cps[pos] == ',') {
            if (f.thousands == '_') {
                throw Err.value("Cannot specify both ',' and '_'.");
            }
        }
        if (end - pos > 0 && cps[pos] == '.') {
            pos++;
            posRef[0] = pos;
            long p = getInteger(cps, posRef, end);
            if (posRef[0] == pos) {
                throw Err.value("Format specifier missing precision");
            }
            f.precision = (int) p;
            pos = posRef[0];
        }
        if (end - pos > 1) {
            throw Err.value("Invalid format specifier '%s' for object of type '%s'", s, Err.tn(obj));
        }
        if (end - pos == 1) {
            f.type = cps[pos];
        }
        if (f.thousands != 0) {
            switch (f.type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
                    break;
                case 'b', 'o', 'x', 'X':
                    if (f.thousands == '_') {
                        f.groupSize = 4;
                        break;
                    }
                    // fall through
                default:
                    throw invalidThousands(f.thousands, f.type);
            }
        }
        return f;
    }

    private static PyException invalidThousands(char sep, int type) {
        if (type > 32 && type < 128) {
            return Err.value("Cannot specify '%c' with '%c'.", sep, (char) type);
        }
        return Err.value("Cannot specify '%c' with '\\x%x'.", sep, type);
    }

    private static long getInteger(int[] cps, int[] posRef, int end) {
        long acc = 0;
        int pos = posRef[0];
        while (pos < end) {
            int d = decimalValue(cps[pos]);
            if (d < 0) {
                break;
            }
            if (acc > (Long.MAX_VALUE - d) / 10 || acc * 10 + d > Integer.MAX_VALUE) {
                throw Err.value("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
            pos++;
        }
        posRef[0] = pos;
        return acc;
    }

    static PyException unknownCode(int type, PyObject obj) {
        if (type > 32 && type < 128) {
            return Err.value("Unknown format code '%c' for object of type '%s'", (char) type, Err.tn(obj));
        }
        return Err.value("Unknown format code '\\x%x' for object of type '%s'", type, Err.tn(obj));
    }

    // ---- layout (calc_number_widths / fill_number) ------------------------------------------

    /**
     * Lays out a number: sign, prefix, digits (grouped), decimal point and remainder, padded to
     * the spec's width. digits are the integer-part digits; remainder is what follows the decimal
     * point (or all of a non-digit body such as "inf").
     */
    static void fillNumber(StringBuilder out, Spec f, char signChar, String prefix, String digits, boolean hasDecimal,
            String remainder, int groupSize, String sep, boolean toUpper) {
        char sign = 0;
        switch (f.sign) {
            case '+' -> sign = signChar == '-' ? '-' : '+';
            case ' ' -> sign = signChar == '-' ? '-' : ' ';
            default -> {
                if (signChar == '-') {
                    sign = '-';
                }
            }
        }
        int nSign = sign != 0 ? 1 : 0;
        int nNonDigit = nSign + prefix.length() + (hasDecimal ? 1 : 0) + remainder.length();
        int minWidth = f.fill == '0' && f.align == '=' ? f.width - nNonDigit : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, groupSize, sep);
        int nPadding = f.width - (nNonDigit + grouped.length());
        int lpad = 0;
        int spad = 0;
        int rpad = 0;
        if (nPadding > 0) {
            switch (f.align) {
                case '<' -> rpad = nPadding;
                case '^' -> {
                    lpad = nPadding / 2;
                    rpad = nPadding - lpad;
                }
                case '=' -> spad = nPadding;
                default -> lpad = nPadding;
            }
        }
        appendFill(out, f.fill, lpad);
        if (nSign == 1) {
            out.append(sign);
        }
        out.append(toUpper ? prefix.toUpperCase() : prefix);
        appendFill(out, f.fill, spad);
        out.append(toUpper ? grouped.toUpperCase() : grouped);
        if (hasDecimal) {
            out.append('.');
        }
        out.append(remainder);
        appendFill(out, f.fill, rpad);
    }

    static void appendFill(StringBuilder out, int fill, int n) {
        for (int i = 0; i < n; i++) {
            out.appendCodePoint(fill);
        }
    }

    /** _PyUnicode_InsertThousandsGrouping: groups of groupSize (0: none) from the right, zero-padded to minWidth. */
    static String group(String digits, int minWidth, int groupSize, String sep) {
        minWidth = Math.max(0, minWidth);
        int remaining = digits.length();
        if (groupSize == 0) {
            int len = Math.max(Math.max(remaining, minWidth), 1);
            int zeros = Math.max(0, len - remaining);
            return zeros == 0 ? digits : "0".repeat(zeros) + digits;
        }
        // Build the result right to left.
        StringBuilder rev = new StringBuilder(digits.length() + digits.length() / groupSize + 4);
        int dpos = digits.length();
        boolean useSep = false;
        boolean broken = false;
        int sepLen = sep.length();
        while (true) {
            int len = Math.min(groupSize, Math.max(Math.max(remaining, minWidth), 1));
            int nZeros = Math.max(0, len - remaining);
            int nChars = Math.max(0, Math.min(remaining, len));
            if (useSep) {
                rev.append(new StringBuilder(sep).reverse());
            }
            for (int i = 0; i < nChars; i++) {
                rev.append(digits.charAt(--dpos));
            }
            for (int i = 0; i < nZeros; i++) {
                rev.append('0');
            }
            useSep = true;
            remaining -= nChars;
            minWidth -= len;
            if (remaining <= 0 && minWidth <= 0) {
                broken = true;
                break;
            }
            minWidth -= sepLen;
        }
        if (!broken) {
            throw new IllegalStateException();
        }
        return rev.reverse().toString();
    }

    // ---- int ------------------------------------------------------------------------------------

    /** int.__format__ (also used for bool and int subclasses). */
    public static PyObject formatInt(PyInt value, String specText) {
        if (specText.isEmpty()) {
            return Abstract.str(value);
        }
        Spec f = parse(specText, value, 'd', '>');
        switch (f.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
                return PyStr.of(formatLong(value, f));
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return PyStr.of(formatDouble(value.doubleValue(), f));
            default:
                throw unknownCode(f.type, value);
        }
    }

    static String formatLong(PyInt value, Spec f) {
        if (f.precision != -1) {
            throw Err.value("Precision not allowed in integer format specifier");
        }
        if (f.noNeg0) {
            throw Err.value("Negative zero coercion (z) not allowed in integer format specifier");
        }
        StringBuilder out = new StringBuilder();
        if (f.type == 'c') {
            if (f.sign != 0) {
                throw Err.value("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw Err.value("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            long x = value.longValueExact();
            if (x < 0 || x > 0x10ffff) {
                throw Err.overflow("%c arg not in range(0x110000)");
            }
            fillNumber(out, f, (char) 0, "", "", false, new String(Character.toChars((int) x)), 0, "", false);
            return out.toString();
        }
        int base;
        String prefix = "";
        switch (f.type) {
            case 'b' -> {
                base = 2;
                prefix = "0b";
            }
            case 'o' -> {
                base = 8;
                prefix = "0o";
            }
            case 'x', 'X' -> {
                base = 16;
                prefix = "0x";
            }
            default -> base = 10;
        }
        String digits = base == 10 ? IntMethods.toDecimalString(value) : IntMethods.toBaseString(value, base);
        char signChar = 0;
        if (digits.charAt(0) == '-') {
            signChar = '-';
            digits = digits.substring(1);
        }
        if (!f.alternate) {
            prefix = "";
        }
        int groupSize = f.thousands != 0 ? f.groupSize : 0;
        String sep = f.thousands != 0 ? String.valueOf(f.thousands) : "";
        if (f.type == 'n') {
            groupSize = 0;
            sep = "";
        }
        fillNumber(out, f, signChar, prefix, digits, false, "", groupSize, sep, f.type == 'X');
        return out.toString();
    }

    // ---- float ----------------------------------------------------------------------------------

    /** float.__format__. */
    public static PyObject formatFloat(PyFloat value, String specText) {
        if (specText.isEmpty()) {
            return Abstract.str(value);
        }
        Spec f = parse(specText, value, 0, '>');
        switch (f.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
                return PyStr.of(formatDouble(value.value, f));
            default:
                throw unknownCode(f.type, value);
        }
    }

    /** format_float_internal. */
    static String formatDouble(double val, Spec f) {
        int precision = f.precision;
        int defaultPrecision = 6;
        int type = f.type;
        int flags = 0;
        if (f.alternate) {
            flags |= NumberFormatDtoa.ALT;
        }
        if (f.noNeg0) {
            flags |= NumberFormatDtoa.NO_NEG_0;
        }
        if (type == 0) {
            flags |= NumberFormatDtoa.ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        boolean addPct = false;
        if (type == '%') {
            type = 'f';
            val *= 100;
            addPct = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String buf = NumberFormatDtoa.toString(val, (char) type, precision, flags);
        if (addPct) {
            buf = buf + "%";
        }
        if (f.sign != '+' && f.sign != ' ' && f.width == -1 && f.type != 'n' && f.thousands == 0) {
            return buf;
        }
        StringBuilder out = new StringBuilder(buf.length() + 8);
        layoutFloat(out, buf, f, f.type == 'n' ? 0 : (f.thousands != 0 ? 3 : 0),
                f.thousands != 0 && f.type != 'n' ? String.valueOf(f.thousands) : "");
        return out.toString();
    }

    /** Splits a formatted float into sign, integer digits, decimal point and remainder, and lays it out. */
    private static void layoutFloat(StringBuilder out, String buf, Spec f, int groupSize, String sep) {
        char signChar = 0;
        int index = 0;
        if (buf.charAt(0) == '-') {
            signChar = '-';
            index = 1;
        }
        int pos = index;
        while (pos < buf.length() && buf.charAt(pos) >= '0' && buf.charAt(pos) <= '9') {
            pos++;
        }
        String digits = buf.substring(index, pos);
        boolean hasDecimal = pos < buf.length() && buf.charAt(pos) == '.';
        String remainder = buf.substring(hasDecimal ? pos + 1 : pos);
        fillNumber(out, f, signChar, "", digits, hasDecimal, remainder, groupSize, sep, false);
    }

    // ---- complex --------------------------------------------------------------------------------

    /** complex.__format__. */
    public static PyObject formatComplex(PyComplex value, String specText) {
        if (specText.isEmpty()) {
            return Abstract.str(value);
        }
        Spec f = parse(specText, value, 0, '>');
        switch (f.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
                break;
            default:
                throw unknownCode(f.type, value);
        }
        if (f.fill == '0') {
            throw Err.value("Zero padding is not allowed in complex format specifier");
        }
        if (f.align == '=') {
            throw Err.value("'=' alignment flag is not allowed in complex format specifier");
        }
        double re = value.real;
        double im = value.imag;
        int precision = f.precision;
        int defaultPrecision = 6;
        int type = f.type;
        int flags = 0;
        if (f.alternate) {
            flags |= NumberFormatDtoa.ALT;
        }
        if (f.noNeg0) {
            flags |= NumberFormatDtoa.NO_NEG_0;
        }
        boolean skipRe = false;
        boolean addParens = false;
        if (type == 0) {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0.0 && Math.copySign(1.0, re) == 1.0) {
                skipRe = true;
            } else {
                addParens = true;
            }
        }
        if (type == 'n') {
            type = 'g';
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String reBuf = NumberFormatDtoa.toString(re, (char) type, precision, flags);
        String imBuf = NumberFormatDtoa.toString(im, (char) type, precision, flags);
        int groupSize = f.type == 'n' ? 0 : (f.thousands != 0 ? 3 : 0);
        String sep = f.thousands != 0 && f.type != 'n' ? String.valueOf(f.thousands) : "";
        Spec tmp = new Spec();
        tmp.fill = 0;
        tmp.align = '<';
        tmp.width = -1;
        tmp.sign = f.sign;
        StringBuilder body = new StringBuilder();
        if (addParens) {
            body.append('(');
        }
        if (!skipRe) {
            layoutFloat(body, reBuf, tmp, groupSize, sep);
            tmp.sign = '+';
        }
        layoutFloat(body, imBuf, tmp, groupSize, sep);
        body.append('j');
        if (addParens) {
            body.append(')');
        }
        int nchars = body.codePointCount(0, body.length());
        int total = f.width >= 0 ? Math.max(nchars, f.width) : nchars;
        int lpad = switch (f.align) {
            case '>' -> total - nchars;
            case '^' -> (total - nchars) / 2;
            default -> 0;
        };
        int rpad = total - nchars - lpad;
        StringBuilder out = new StringBuilder(total);
        appendFill(out, f.fill, lpad);
        out.append(body);
        appendFill(out, f.fill, rpad);
        return PyStr.of(out.toString());
    }
}
