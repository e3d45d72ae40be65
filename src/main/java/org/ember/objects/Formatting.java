package org.ember.objects;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The format-spec mini-language shared by str, int, float and complex __format__
 * (CPython's Python/formatter_unicode.c), and the float-to-text conversion of
 * PyOS_double_to_string used by %-formatting and format().
 */
public final class Formatting {
    private Formatting() {}

    /**
     * A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type].
     * {@code align} and {@code type} are 0 when not given; {@code zero} is the '0' flag, which
     * (as in CPython) is only recognised when no explicit fill was given. Width and precision
     * are -1 when absent.
     */
    public record Spec(int fill, char align, char sign, boolean z, boolean alternate, boolean zero, int width,
            char grouping, int precision, char type) {

        /** The fill character to use: '0' under the '0' flag, else the fill (default ' '). */
        public int fillChar() {
            return zero ? '0' : fill;
        }

        /**
         * The alignment to use given the type's default: the explicit one, or '=' under the '0'
         * flag for right-aligned (numeric) types, or the default.
         */
        public char alignOr(char defaultAlign) {
            if (align != 0) {
                return align;
            }
            return zero && defaultAlign == '>' ? '=' : defaultAlign;
        }

        /** The presentation type, or dflt when none was given. */
        public char typeOr(char dflt) {
            return type == 0 ? dflt : type;
        }
    }

    /** Parses a spec without type-specific validation (legacy entry point; prefer the overload). */
    public static Spec parse(String s) {
        return parse(s, null, (char) 0);
    }

    /**
     * Parses a format spec for an object of type {@code typeName} whose default presentation
     * type is {@code defaultType} ('s' for str, 'd' for int, 0 for float and complex), with
     * CPython 3.11's errors ("Invalid format specifier 'xx' for object of type 'str'",
     * "Cannot specify ',' with 's'.", ...).
     */
    public static Spec parse(String s, String typeName, char defaultType) {
        int n = s.length();
        int i = 0;
        int fill = ' ';
        char align = 0;
        boolean fillSpecified = false;
        if (n > 0) {
            int cp = s.codePointAt(0);
            int next = Character.charCount(cp);
            if (next < n && isAlign(s.charAt(next))) {
                fill = cp;
                align = s.charAt(next);
                fillSpecified = true;
                i = next + 1;
            } else if (isAlign(s.charAt(0))) {
                align = s.charAt(0);
                i = 1;
            }
        }
        char sign = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-' || s.charAt(i) == ' ')) {
            sign = s.charAt(i++);
        }
        boolean z = false;
        if (i < n && s.charAt(i) == 'z') {
            z = true;
            i++;
        }
        boolean alt = false;
        if (i < n && s.charAt(i) == '#') {
            alt = true;
            i++;
        }
        boolean zero = false;
        if (!fillSpecified && i < n && s.charAt(i) == '0') {
            zero = true;
            i++;
        }
        int[] pos = {i};
        long width = getInteger(s, pos);
        i = pos[0];
        char grouping = 0;
        if (i < n && s.charAt(i) == ',') {
            grouping = ',';
            i++;
        }
        if (i < n && s.charAt(i) == '_') {
            if (grouping != 0) {
                throw Err.value("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            i++;
        }
        if (i < n && s.charAt(i) == ',') {
            throw Err.value("Cannot specify both ',' and '_'.");
        }
        long precision = -1;
        if (i < n && s.charAt(i) == '.') {
            i++;
            pos[0] = i;
            precision = getInteger(s, pos);
            if (pos[0] == i) {
                throw Err.value("Format specifier missing precision");
            }
            i = pos[0];
        }
        int rest = s.codePointCount(i, n);
        if (rest > 1) {
            if (typeName == null) {
                throw Err.value("Invalid format specifier");
            }
            throw Err.value("Invalid format specifier '%s' for object of type '%s'", s, typeName);
        }
        int type = defaultType;
        char typeChar = 0;
        if (rest == 1) {
            type = s.codePointAt(i);
            typeChar = type > 0xffff ? '\uffff' : (char) type;
        }
        if (grouping != 0 && typeName != null) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
                    break;
                case 'b', 'o', 'x', 'X':
                    if (grouping == '_') {
                        break;
                    }
                    throw invalidGrouping(grouping, type);
                default:
                    throw invalidGrouping(grouping, type);
            }
        }
        if (type > 0xffff && typeName != null) {
            throw unknownType(type, typeName);
        }
        if (width > Integer.MAX_VALUE - 8 || precision > Integer.MAX_VALUE - 8) {
            throw Err.value("Too many decimal digits in format string");
        }
        return new Spec(fill, align, sign, z, alt, zero, (int) width, grouping, (int) precision, typeChar);
    }

    /** Reads decimal digits (any Unicode decimal) at pos[0]; -1 when there are none. */
    private static long getInteger(String s, int[] pos) {
        int i = pos[0];
        long acc = 0;
        int digits = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int d = UnicodeTables.decimalValue(cp);
            if (d < 0) {
                break;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw Err.value("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
            digits++;
            i += Character.charCount(cp);
        }
        pos[0] = i;
        return digits == 0 ? -1 : acc;
    }

    private static PyException invalidGrouping(char grouping, int type) {
        if (type > 32 && type < 128) {
            return Err.value("Cannot specify '%c' with '%c'.", grouping, (char) type);
        }
        return Err.value("Cannot specify '%c' with '\\x%x'.", grouping, type);
    }

    /** "Unknown format code 'x' for object of type 'str'" (unknown_presentation_type). */
    public static PyException unknownType(int type, String typeName) {
        if (type > 32 && type < 128) {
            return Err.value("Unknown format code '%c' for object of type '%s'", (char) type, typeName);
        }
        return Err.value("Unknown format code '\\x%x' for object of type '%s'", type, typeName);
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** Pads text to the spec's width with its fill and alignment (default: defaultAlign). */
    public static String pad(String text, Spec spec, char defaultAlign) {
        int len = text.codePointCount(0, text.length());
        if (spec.width() <= len) {
            return text;
        }
        int pad = spec.width() - len;
        char align = spec.alignOr(defaultAlign);
        String fill = Character.toString(spec.fillChar());
        int left = switch (align) {
            case '>' -> pad;
            case '^' -> pad / 2;
            default -> 0;
        };
        StringBuilder sb = new StringBuilder(text.length() + pad * fill.length());
        return sb.append(fill.repeat(left)).append(text).append(fill.repeat(pad - left)).toString();
    }

    /** format(str, spec) for a non-empty spec (format_string_internal). */
    public static PyObject formatStr(PyStr value, String specText) {
        Spec spec = parse(specText, "str", 's');
        char type = spec.typeOr('s');
        if (type != 's') {
            throw unknownType(type, "str");
        }
        if (spec.sign() != 0) {
            throw Err.value(spec.sign() == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (spec.z()) {
            throw Err.value("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw Err.value("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.alignOr('<') == '=') {
            throw Err.value("'=' alignment not allowed in string format specifier");
        }
        String v = value.value;
        int len = value.length();
        if (spec.precision() >= 0 && spec.precision() < len) {
            v = value.substring(0, spec.precision());
            len = spec.precision();
        }
        if (spec.width() <= len) {
            return v == value.value ? StrMethods.unchanged(value) : PyStr.of(v);
        }
        return PyStr.of(pad(v, spec, '<'));
    }

    // ---- floats ------------------------------------------------------------------------------

    /**
     * PyOS_double_to_string: x in format 'e', 'E', 'f', 'F', 'g', 'G' or 'r' with the given
     * precision; {@code alt} is Py_DTSF_ALT ('#'), {@code addDot0} Py_DTSF_ADD_DOT_0 (append
     * ".0" to an integral result in fixed notation). Negative values (and -0.0) get a '-'.
     */
    public static String formatDouble(double x, char type, int precision, boolean alt, boolean addDot0) {
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        boolean neg = x < 0 || (x == 0 && 1 / x < 0);
        if (Double.isNaN(x)) {
            return upper ? "NAN" : "nan";
        }
        if (Double.isInfinite(x)) {
            String s = upper ? "INF" : "inf";
            return neg ? "-" + s : s;
        }
        if (type == 'r') {
            return FloatMethods.repr(x);
        }
        double a = Math.abs(x);
        StringBuilder sb = new StringBuilder(24);
        if (neg) {
            sb.append('-');
        }
        switch (type) {
            case 'f', 'F' -> {
                BigDecimal bd = new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN);
                sb.append(bd.toPlainString());
                if (alt && precision == 0) {
                    sb.append('.');
                }
                if (addDot0 && precision == 0 && !alt) {
                    sb.append(".0");
                }
            }
            case 'e', 'E' -> {
                String[] de = digitsAndExponent(a, precision + 1);
                appendExp(sb, de[0], Integer.parseInt(de[1]), precision, alt, upper);
            }
            case 'g', 'G' -> {
                int p = precision == 0 ? 1 : precision;
                String[] de = digitsAndExponent(a, p);
                int exp = Integer.parseInt(de[1]);
                String digits = de[0];
                if (exp >= -4 && exp < p) {
                    int decimals = p - 1 - exp;
                    StringBuilder f = new StringBuilder();
                    if (exp >= 0) {
                        f.append(digits, 0, exp + 1);
                        if (decimals > 0 || alt) {
                            f.append('.');
                        }
                        f.append(digits, exp + 1, digits.length());
                    } else {
                        f.append("0.");
                        f.append("0".repeat(-exp - 1));
                        f.append(digits);
                    }
                    String r = f.toString();
                    if (!alt) {
                        r = stripZeros(r);
                        if (addDot0 && r.indexOf('.') < 0) {
                            r += ".0";
                        }
                    }
                    sb.append(r);
                } else {
                    if (alt) {
                        appendExp(sb, digits, exp, p - 1, true, upper);
                    } else {
                        String m = digits.length() > 1 ? stripZeros(digits.charAt(0) + "." + digits.substring(1))
                                : digits;
                        sb.append(m);
                        appendExponent(sb, exp, upper);
                    }
                }
            }
            default -> throw Err.value("unknown format code '%c' for float", type);
        }
        return sb.toString();
    }

    /** The first n significant decimal digits of a (rounded half-even, exactly) and the decimal exponent. */
    private static String[] digitsAndExponent(double a, int n) {
        if (a == 0) {
            return new String[] {"0".repeat(n), "0"};
        }
        BigDecimal bd = new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN));
        String u = bd.unscaledValue().toString();
        int exp = bd.precision() - bd.scale() - 1;
        if (u.length() < n) {
            u = u + "0".repeat(n - u.length());
        } else if (u.length() > n) {
            u = u.substring(0, n);
        }
        return new String[] {u, Integer.toString(exp)};
    }

    private static void appendExp(StringBuilder sb, String digits, int exp, int decimals, boolean alt, boolean upper) {
        sb.append(digits.charAt(0));
        if (decimals > 0 || alt) {
            sb.append('.');
        }
        sb.append(digits, 1, 1 + decimals);
        appendExponent(sb, exp, upper);
    }

    private static void appendExponent(StringBuilder sb, int exp, boolean upper) {
        sb.append(upper ? 'E' : 'e');
        sb.append(exp < 0 ? '-' : '+');
        int e = Math.abs(exp);
        if (e < 10) {
            sb.append('0');
        }
        sb.append(e);
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }
}
