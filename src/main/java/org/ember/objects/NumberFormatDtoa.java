package org.ember.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Conversion of doubles to decimal text exactly as CPython's PyOS_double_to_string (the
 * short-repr build with David Gay's dtoa): modes 'r' (shortest round-trip), 'e', 'f', 'g' and
 * their upper-case forms, with the flags that float repr, str, format() and %-formatting use.
 *
 * <p>Digits are correctly rounded, ties to even on the exact binary value (as dtoa does).
 * Shortest digits come from the JDK's shortest-decimal Double.toString (JDK 19+), adjusted to
 * dtoa's choice where the JDK keeps two digits.
 */
public final class NumberFormatDtoa {
    private NumberFormatDtoa() {}

    /** Py_DTSF_SIGN: always add a sign. */
    public static final int SIGN = 1;
    /** Py_DTSF_ADD_DOT_0: add ".0" to integers in 'r' (and 'g' without exponent). */
    public static final int ADD_DOT_0 = 2;
    /** Py_DTSF_ALT: alternate form ('#'). */
    public static final int ALT = 4;
    /** Py_DTSF_NO_NEG_0: negative zero results are made positive ('z'). */
    public static final int NO_NEG_0 = 8;

    /** Digits (no leading zeros, trailing zeros removed; "" for a result rounded to zero) and decimal point position. */
    public record Digits(String digits, int decpt) {}

    /** The shortest digit string that round-trips (dtoa mode 0); for |d| > 0 finite. */
    public static Digits shortest(double d) {
        d = Math.abs(d);
        if (d == 0) {
            return new Digits("0", 1);
        }
        String s = Double.toString(d);
        int e = s.indexOf('E');
        int exp = 0;
        String mant = s;
        if (e >= 0) {
            exp = Integer.parseInt(s.substring(e + 1));
            mant = s.substring(0, e);
        }
        int dot = mant.indexOf('.');
        String intPart = mant.substring(0, dot);
        String frac = mant.substring(dot + 1);
        String digits = intPart + frac;
        int decpt = intPart.length() + exp;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        digits = digits.substring(lead);
        decpt -= lead;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (digits.length() == 2) {
            // The JDK prints at least two digits; dtoa prints one when one round-trips.
            Digits one = oneDigit(d, digits, decpt);
            if (one != null) {
                return one;
            }
        }
        return new Digits(digits, decpt);
    }

    private static Digits oneDigit(double x, String digits, int decpt) {
        int first = digits.charAt(0) - '0';
        Digits best = null;
        BigDecimal exact = new BigDecimal(x);
        BigDecimal bestDist = null;
        for (int c = first; c <= first + 1; c++) {
            String ds = c == 10 ? "1" : Integer.toString(c);
            int dp = c == 10 ? decpt + 1 : decpt;
            BigDecimal cand = new BigDecimal(new BigInteger(ds), -(dp - 1));
            if (Double.parseDouble(cand.toString()) != x) {
                continue;
            }
            BigDecimal dist = cand.subtract(exact).abs();
            if (best == null || dist.compareTo(bestDist) < 0) {
                best = new Digits(ds, dp);
                bestDist = dist;
            }
        }
        return best;
    }

    /** dtoa mode 2: |d| rounded to ndigits (>= 1) significant digits. d finite. */
    public static Digits significant(double d, int ndigits) {
        d = Math.abs(d);
        if (d == 0) {
            return new Digits("0", 1);
        }
        if (ndigits >= 17) {
            // At 17 significant digits or more, check whether the shortest repr is already exact enough.
            Digits s = shortest(d);
            if (s.digits.length() <= ndigits && exactlyRepresents(d, s)) {
                return s;
            }
        }
        BigDecimal r = new BigDecimal(d).round(new MathContext(ndigits, RoundingMode.HALF_EVEN));
        return fromBig(r);
    }

    /** dtoa mode 3: |d| rounded to ndigits places after the decimal point (ndigits may be negative). d finite. */
    public static Digits fixed(double d, int ndigits) {
        d = Math.abs(d);
        if (d == 0) {
            return new Digits("0", 1);
        }
        BigDecimal r = new BigDecimal(d).setScale(ndigits, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) {
            return new Digits("", -ndigits);
        }
        return fromBig(r);
    }

    private static boolean exactlyRepresents(double d, Digits s) {
        BigDecimal v = new BigDecimal(new BigInteger(s.digits), s.digits.length() - s.decpt);
        return v.compareTo(new BigDecimal(d)) == 0;
    }

    private static Digits fromBig(BigDecimal r) {
        String u = r.unscaledValue().toString();
        int decpt = u.length() - r.scale();
        int end = u.length();
        while (end > 1 && u.charAt(end - 1) == '0') {
            end--;
        }
        return new Digits(u.substring(0, end), decpt);
    }

    /** repr(float) (and str(float)): PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0). */
    public static String repr(double d) {
        return toString(d, 'r', 0, ADD_DOT_0);
    }

    /**
     * PyOS_double_to_string: formats val with format code 'e', 'E', 'f', 'F', 'g', 'G' or 'r'
     * (precision ignored), with flags {@link #SIGN}, {@link #ADD_DOT_0}, {@link #ALT},
     * {@link #NO_NEG_0}.
     */
    public static String toString(double val, char formatCode, int precision, int flags) {
        boolean upper = false;
        char code;
        int mode;
        switch (formatCode) {
            case 'E':
                upper = true;
                // fall through
            case 'e':
                code = 'e';
                mode = 2;
                precision++;
                break;
            case 'F':
                upper = true;
                // fall through
            case 'f':
                code = 'f';
                mode = 3;
                break;
            case 'G':
                upper = true;
                // fall through
            case 'g':
                code = 'g';
                mode = 2;
                if (precision == 0) {
                    precision = 1;
                }
                break;
            case 'r':
                code = 'r';
                mode = 0;
                break;
            default:
                throw Err.system("bad argument to internal function");
        }
        boolean alwaysSign = (flags & SIGN) != 0;
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        boolean alt = (flags & ALT) != 0;
        boolean noNeg0 = (flags & NO_NEG_0) != 0;
        boolean neg = (Double.doubleToRawLongBits(val) < 0);
        StringBuilder sb = new StringBuilder(24);
        if (Double.isNaN(val) || Double.isInfinite(val)) {
            if (Double.isNaN(val)) {
                neg = false;
            }
            if (neg) {
                sb.append('-');
            } else if (alwaysSign) {
                sb.append('+');
            }
            String w = Double.isNaN(val) ? "nan" : "inf";
            sb.append(upper ? w.toUpperCase() : w);
            return sb.toString();
        }
        Digits dg = switch (mode) {
            case 0 -> shortest(val);
            case 2 -> significant(val, precision);
            default -> fixed(val, precision);
        };
        String digits = dg.digits;
        int decpt = dg.decpt;
        int digitsLen = digits.length();
        if (noNeg0 && neg && (digitsLen == 0 || (digitsLen == 1 && digits.charAt(0) == '0'))) {
            neg = false;
        }
        int vdigitsEnd = digitsLen;
        boolean useExp = false;
        int exp = 0;
        switch (code) {
            case 'e':
                useExp = true;
                vdigitsEnd = precision;
                break;
            case 'f':
                vdigitsEnd = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    vdigitsEnd = precision;
                }
                break;
            default: // 'r'
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
                break;
        }
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
        } else {
            vdigitsEnd = Math.max(vdigitsEnd, decpt);
        }
        if (neg) {
            sb.append('-');
        } else if (alwaysSign) {
            sb.append('+');
        }
        if (decpt <= 0) {
            zeros(sb, decpt - vdigitsStart);
            sb.append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -vdigitsStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            sb.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(sb, decpt - digitsLen);
            sb.append('.');
            zeros(sb, vdigitsEnd - decpt);
        } else {
            zeros(sb, vdigitsEnd - digitsLen);
        }
        int n = sb.length();
        if (sb.charAt(n - 1) == '.' && !alt) {
            sb.setLength(n - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e');
            sb.append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                sb.append('0');
            }
            sb.append(ae);
        }
        return sb.toString();
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
    }
}
