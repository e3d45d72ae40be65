package org.ember.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The operations of float: repr, arithmetic with CPython's special cases and errors, exact
 * comparison with int, float() parsing, hex/fromhex, rounding and the methods of float.
 */
public final class FloatMethods {
    private FloatMethods() {}

    /** repr(float) as CPython prints it (shortest round-trip digits). */
    public static String repr(double d) {
        return NumberFormatDtoa.repr(d);
    }

    /** Converts an int or float operand to double; null for other types (NotImplemented). */
    static Double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.doubleValue();
        }
        return null;
    }

    public static PyObject add(PyObject a, PyObject b) {
        if (a instanceof PyFloat x && b instanceof PyFloat y) {
            return new PyFloat(x.value + y.value);
        }
        Double x = toDouble(a);
        Double y = toDouble(b);
        return x == null || y == null ? Py.NotImplemented : new PyFloat(x + y);
    }

    public static PyObject sub(PyObject a, PyObject b) {
        if (a instanceof PyFloat x && b instanceof PyFloat y) {
            return new PyFloat(x.value - y.value);
        }
        Double x = toDouble(a);
        Double y = toDouble(b);
        return x == null || y == null ? Py.NotImplemented : new PyFloat(x - y);
    }

    public static PyObject mul(PyObject a, PyObject b) {
        if (a instanceof PyFloat x && b instanceof PyFloat y) {
            return new PyFloat(x.value * y.value);
        }
        Double x = toDouble(a);
        Double y = toDouble(b);
        return x == null || y == null ? Py.NotImplemented : new PyFloat(x * y);
    }

    public static PyObject div(PyObject a, PyObject b) {
        Double x = toDouble(a);
        Double y = toDouble(b);
        if (x == null || y == null) {
            return Py.NotImplemented;
        }
        if (y == 0.0) {
            throw Err.zeroDivision("float division by zero");
        }
        return new PyFloat(x / y);
    }

    /** Python's float modulo: the result has the sign of the divisor. */
    public static double mod(double x, double y) {
        double m = x % y;
        if (m != 0) {
            if ((y < 0) != (m < 0)) {
                m += y;
            }
        } else {
            m = Math.copySign(0.0, y);
        }
        return m;
    }

    /** Python's float floor division (CPython's _float_div_mod quotient). */
    public static double floorDiv(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                div -= 1.0;
            }
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return floordiv;
    }

    public static PyObject floorDiv(PyObject a, PyObject b) {
        Double x = toDouble(a);
        Double y = toDouble(b);
        if (x == null || y == null) {
            return Py.NotImplemented;
        }
        if (y == 0.0) {
            throw Err.zeroDivision("float floor division by zero");
        }
        return new PyFloat(floorDiv(x, y));
    }

    public static PyObject mod(PyObject a, PyObject b) {
        Double x = toDouble(a);
        Double y = toDouble(b);
        if (x == null || y == null) {
            return Py.NotImplemented;
        }
        if (y == 0.0) {
            throw Err.zeroDivision("float modulo");
        }
        return new PyFloat(mod(x, y));
    }

    public static PyObject divmod(PyObject a, PyObject b) {
        Double x = toDouble(a);
        Double y = toDouble(b);
        if (x == null || y == null) {
            return Py.NotImplemented;
        }
        if (y == 0.0) {
            throw Err.zeroDivision("float divmod()");
        }
        return PyTuple.of(new PyFloat(floorDiv(x, y)), new PyFloat(mod(x, y)));
    }

    private static boolean isOddInteger(double x) {
        return Math.abs(x) % 2.0 == 1.0;
    }

    /** The OverflowError of a libm range error: OverflowError(34, 'Numerical result out of range'). */
    static PyException rangeError() {
        return PyOSError.fromErrnoType(PyExc.OverflowError, 34, "Numerical result out of range");
    }

    public static PyObject pow(PyObject a, PyObject b, PyObject m) {
        Double xo = toDouble(a);
        Double yo = toDouble(b);
        if (xo == null || yo == null) {
            return Py.NotImplemented;
        }
        if (m != Py.None) {
            throw Err.type("pow() 3rd argument not allowed unless all arguments are integers");
        }
        double iv = xo;
        double iw = yo;
        if (iw == 0) {
            return new PyFloat(1.0);
        }
        if (Double.isNaN(iv)) {
            return new PyFloat(iv);
        }
        if (Double.isNaN(iw)) {
            return new PyFloat(iv == 1.0 ? 1.0 : iw);
        }
        if (Double.isInfinite(iw)) {
            iv = Math.abs(iv);
            if (iv == 1.0) {
                return new PyFloat(1.0);
            } else if ((iw > 0.0) == (iv > 1.0)) {
                return new PyFloat(Math.abs(iw));
            } else {
                return new PyFloat(0.0);
            }
        }
        if (Double.isInfinite(iv)) {
            boolean odd = isOddInteger(iw);
            if (iw > 0.0) {
                return new PyFloat(odd ? iv : Math.abs(iv));
            }
            return new PyFloat(odd ? Math.copySign(0.0, iv) : 0.0);
        }
        if (iv == 0.0) {
            boolean odd = isOddInteger(iw);
            if (iw < 0.0) {
                throw Err.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return new PyFloat(odd ? iv : 0.0);
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                return ComplexMethods.pow(a, b, m);
            }
            iv = -iv;
            negate = isOddInteger(iw);
        }
        if (iv == 1.0) {
            return new PyFloat(negate ? -1.0 : 1.0);
        }
        double ix = Math.pow(iv, iw);
        if (Double.isInfinite(ix)) {
            throw rangeError();
        }
        return new PyFloat(negate ? -ix : ix);
    }

    /** Exact comparison of a double with an int (as CPython's float_richcompare); d not NaN. */
    public static int compareWithInt(double d, PyInt i) {
        if (Double.isInfinite(d)) {
            return d > 0 ? 1 : -1;
        }
        if (i.isSmall() && Math.abs(i.longValue()) <= (1L << 53)) {
            double v = (double) i.longValue();
            return d < v ? -1 : d > v ? 1 : 0;
        }
        int isign = i.signum();
        int dsign = d > 0 ? 1 : d < 0 ? -1 : 0;
        if (isign != dsign) {
            return Integer.compare(dsign, isign);
        }
        long bits = IntMethods.bitLength(i);
        if (bits > 1024) {
            return -isign;
        }
        return new BigDecimal(d).compareTo(new BigDecimal(i.bigValue()));
    }

    static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        double x = ((PyFloat) a).value;
        if (b instanceof PyFloat f) {
            double y = f.value;
            boolean r = switch (op) {
                case LT -> x < y;
                case LE -> x <= y;
                case EQ -> x == y;
                case NE -> x != y;
                case GT -> x > y;
                case GE -> x >= y;
            };
            return Py.bool(r);
        }
        if (b instanceof PyInt i) {
            if (Double.isNaN(x)) {
                return Py.bool(op == CompareOp.NE);
            }
            return Py.bool(op.fromCompare(compareWithInt(x, i)));
        }
        return Py.NotImplemented;
    }

    /**
     * Correctly rounds m * 2**e to a double, ties to even; sticky says the true value is slightly
     * above m * 2**e (a nonzero remainder was dropped). m >= 0. Returns infinity on overflow.
     */
    public static double scaledToDouble(BigInteger m, long e, boolean sticky) {
        int bl = m.bitLength();
        if (bl == 0) {
            return 0.0;
        }
        long lsbExp = e + bl - 53;
        if (lsbExp < -1074) {
            lsbExp = -1074;
        }
        if (lsbExp > 1024) {
            return Double.POSITIVE_INFINITY;
        }
        long drop = lsbExp - e;
        long q;
        if (drop <= 0) {
            q = m.longValue() << -drop;
        } else {
            if (drop > bl + 1) {
                return 0.0;
            }
            int d = (int) drop;
            q = m.shiftRight(d).longValue();
            boolean half = m.testBit(d - 1);
            boolean lower = sticky || (m.getLowestSetBit() < d - 1);
            if (half && (lower || (q & 1) != 0)) {
                q++;
            }
        }
        return Math.scalb((double) q, (int) lsbExp);
    }

    // ---- parsing -------------------------------------------------------------------------------

    private static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    private static final double NEG_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    /** _Py_string_to_number_with_underscores + float_from_string_inner on ASCII text; null when invalid. */
    static Double parseAscii(String s) {
        if (s.indexOf('_') >= 0) {
            StringBuilder dup = new StringBuilder(s.length());
            char prev = 0;
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c == '_') {
                    if (!(prev >= '0' && prev <= '9')) {
                        return null;
                    }
                } else {
                    dup.append(c);
                    if (prev == '_' && !(c >= '0' && c <= '9')) {
                        return null;
                    }
                }
                prev = c;
            }
            if (prev == '_') {
                return null;
            }
            s = dup.toString();
        }
        int i = 0;
        int n = s.length();
        while (i < n && isCSpace(s.charAt(i))) {
            i++;
        }
        while (n > i + 1 && isCSpace(s.charAt(n - 1))) {
            n--;
        }
        return strtod(s, i, n);
    }

    private static boolean matchIgnoreCase(String s, int at, int to, String word) {
        return to - at >= word.length() && s.regionMatches(true, at, word, 0, word.length());
    }

    /**
     * Parses the longest prefix of s[from, to) that is a float (PyOS_string_to_double with an end
     * pointer: decimal literal, or inf/infinity/nan); returns the end index (from when there is
     * none) and stores the value in out[0]. Overflow gives an infinity.
     */
    static int strtodPrefix(String s, int from, int to, double[] out) {
        int i = from;
        boolean neg = false;
        if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        int mantStart = i;
        int intDigits = 0;
        while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        if (i < to && s.charAt(i) == '.') {
            int j = i + 1;
            while (j < to && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
                fracDigits++;
            }
            if (intDigits + fracDigits > 0) {
                i = j;
            }
        }
        if (intDigits + fracDigits == 0) {
            if (matchIgnoreCase(s, mantStart, to, "inf")) {
                int e = mantStart + 3;
                if (matchIgnoreCase(s, e, to, "inity")) {
                    e += 5;
                }
                out[0] = neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                return e;
            }
            if (matchIgnoreCase(s, mantStart, to, "nan")) {
                out[0] = neg ? NEG_NAN : Double.NaN;
                return mantStart + 3;
            }
            return from;
        }
        int expStart = -1;
        if (i < to && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < to && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int ed = 0;
            while (j < to && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
                ed++;
            }
            if (ed > 0) {
                expStart = i + 1;
                i = j;
            }
        }
        StringBuilder sb = new StringBuilder(i - from + 3);
        if (neg) {
            sb.append('-');
        }
        sb.append(intDigits == 0 ? "0" : s.substring(mantStart, mantStart + intDigits));
        sb.append('.');
        sb.append(fracDigits == 0 ? "0" : s.substring(mantStart + intDigits + 1, mantStart + intDigits + 1 + fracDigits));
        if (expStart >= 0) {
            sb.append('e').append(s, expStart, i);
        }
        out[0] = Double.parseDouble(sb.toString());
        return i;
    }

    /** The whole of s[from, to) as a Python float literal (decimal, inf, nan), or null. */
    private static Double strtod(String s, int from, int to) {
        double[] out = new double[1];
        int end = strtodPrefix(s, from, to, out);
        return end == to && end > from ? out[0] : null;
    }

    /** float(str) (PyFloat_FromString for str); original is the object shown in the error. */
    public static double parse(String s, PyObject original) {
        Double d = parseAscii(IntMethods.transformDecimalAndSpace(s));
        if (d == null) {
            throw Err.value("could not convert string to float: %s", Abstract.reprJava(original));
        }
        return d;
    }

    /** float(bytes-like). */
    public static double parseBytes(byte[] b, PyObject original) {
        Double d = parseAscii(new String(b, StandardCharsets.ISO_8859_1));
        if (d == null) {
            throw Err.value("could not convert string to float: %s", Abstract.reprJava(original));
        }
        return d;
    }

    /** PyNumber_Float: float(x) for one argument, as a Java double. */
    public static double floatOf(PyObject x) {
        if (x instanceof PyFloat f && x.type == PyFloat.TYPE) {
            return f.value;
        }
        Slots.Unary nbFloat = x.type.nb_float;
        if (nbFloat != null) {
            PyObject r = nbFloat.apply(x);
            if (r.type == PyFloat.TYPE) {
                return ((PyFloat) r).value;
            }
            if (!(r instanceof PyFloat rf)) {
                throw Err.type("%s.__float__ returned non-float (type %s)", Err.tn(x), Err.tn(r));
            }
            Warnings.warn(PyExc.DeprecationWarning, String.format("%s.__float__ returned non-float (type %s).  "
                    + "The ability to return an instance of a strict subclass of float is deprecated, "
                    + "and may be removed in a future version of Python.", Err.tn(x), Err.tn(r)), 1);
            return rf.value;
        }
        if (x.type.nb_index != null) {
            return Abstract.index(x).doubleValue();
        }
        if (x instanceof PyFloat f) {
            return f.value;
        }
        if (x instanceof PyStr s) {
            return parse(s.value, x);
        }
        if (x instanceof PyBytes b) {
            return parseBytes(b.bytes(), x);
        }
        if (x instanceof BufferProtocol bp) {
            return parseBytes(bp.toByteArray(), x);
        }
        throw Err.type("float() argument must be a string or a real number, not '%s'", Err.tn(x));
    }

    static PyObject floatNew(PyType type, PyObject[] args, String[] kw) {
        ArgParser.noKeywords("float", kw);
        ArgParser.checkPositional("float", args.length, 0, 1);
        double v;
        if (args.length == 0) {
            v = 0.0;
        } else if (type == PyFloat.TYPE && args[0].type == PyFloat.TYPE) {
            return args[0];
        } else {
            v = floatOf(args[0]);
        }
        if (type == PyFloat.TYPE) {
            return new PyFloat(v);
        }
        return new PyFloat.Derived(type, v);
    }

    // ---- hex ---------------------------------------------------------------------------------------

    /** float.hex(). */
    public static String hex(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return repr(x);
        }
        if (x == 0.0) {
            return Math.copySign(1.0, x) == -1.0 ? "-0x0.0p+0" : "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(x);
        boolean neg = bits < 0;
        int rawExp = (int) ((bits >>> 52) & 0x7ff);
        long frac = bits & 0xfffffffffffffL;
        int lead;
        int e;
        if (rawExp == 0) {
            lead = 0;
            e = -1022;
        } else {
            lead = 1;
            e = rawExp - 1023;
        }
        StringBuilder sb = new StringBuilder(24);
        if (neg) {
            sb.append('-');
        }
        sb.append("0x").append(lead).append('.');
        String h = Long.toHexString(frac);
        for (int k = h.length(); k < 13; k++) {
            sb.append('0');
        }
        sb.append(h);
        sb.append('p').append(e < 0 ? '-' : '+').append(Math.abs(e));
        return sb.toString();
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** float.fromhex(s) as a double. */
    public static double fromHex(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isCSpace(s.charAt(i))) {
            i++;
        }
        while (n > i && isCSpace(s.charAt(n - 1))) {
            n--;
        }
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i, n).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return neg ? NEG_NAN : Double.NaN;
        }
        if (i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
            i += 2;
        }
        StringBuilder digits = new StringBuilder();
        int intDigits = 0;
        while (i < n && hexDigit(s.charAt(i)) >= 0) {
            digits.append(s.charAt(i));
            i++;
            intDigits++;
        }
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && hexDigit(s.charAt(i)) >= 0) {
                digits.append(s.charAt(i));
                i++;
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) {
            throw invalidHex();
        }
        BigInteger exp = BigInteger.ZERO;
        if (i < n && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
            i++;
            boolean eneg = false;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                eneg = s.charAt(i) == '-';
                i++;
            }
            int es = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == es) {
                throw invalidHex();
            }
            exp = new BigInteger(s.substring(es, i));
            if (eneg) {
                exp = exp.negate();
            }
        }
        if (i != n) {
            throw invalidHex();
        }
        BigInteger mant = new BigInteger(digits.toString(), 16);
        double r;
        if (mant.signum() == 0) {
            r = 0.0;
        } else {
            BigInteger e2 = exp.subtract(BigInteger.valueOf(4L * fracDigits));
            long top = e2.longValue() + mant.bitLength();
            if (e2.bitLength() > 40 || top > 1100) {
                if (e2.signum() > 0) {
                    throw Err.overflow("hexadecimal value too large to represent as a float");
                }
                r = 0.0;
            } else {
                r = scaledToDouble(mant, e2.longValue(), false);
                if (Double.isInfinite(r)) {
                    throw Err.overflow("hexadecimal value too large to represent as a float");
                }
            }
        }
        return neg ? -r : r;
    }

    private static PyException invalidHex() {
        return Err.value("invalid hexadecimal floating-point string");
    }

    // ---- rounding and conversions ---------------------------------------------------------------

    /** int(x) for a float: truncation toward zero, with CPython's errors for inf and nan (PyLong_FromDouble). */
    public static PyInt fromDouble(double d) {
        if (Math.abs(d) < 9.2e18) {
            return PyInt.of((long) d);
        }
        if (Double.isNaN(d)) {
            throw Err.value("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Err.overflow("cannot convert float infinity to integer");
        }
        long bits = Double.doubleToRawLongBits(d);
        int e = (int) ((bits >>> 52) & 0x7ff) - 1075;
        BigInteger m = BigInteger.valueOf((bits & 0xfffffffffffffL) | 0x10000000000000L).shiftLeft(e);
        return PyInt.of(d < 0 ? m.negate() : m);
    }

    private static final int NDIGITS_MAX = (int) ((53 - (-1021)) * 0.30103);
    private static final int NDIGITS_MIN = -(int) ((1024 + 1) * 0.30103);

    /** round(x, ndigits) for a finite x (CPython's double_round). */
    public static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        if (ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        NumberFormatDtoa.Digits dg = NumberFormatDtoa.fixed(x, (int) ndigits);
        double r;
        if (dg.digits().isEmpty()) {
            r = 0.0;
        } else {
            r = Double.parseDouble(dg.digits() + "e" + (dg.decpt() - dg.digits().length()));
        }
        if (Double.isInfinite(r)) {
            throw Err.overflow("rounded value too large to represent");
        }
        return Math.copySign(r, x);
    }

    static PyObject roundMethod(PyObject self, PyObject nd) {
        double x = ((PyFloat) self).value;
        if (nd == null || nd == Py.None) {
            return fromDouble(Math.rint(x));
        }
        long ndigits = Abstract.asSsize(nd, null);
        return new PyFloat(round(x, ndigits));
    }

    static PyObject asIntegerRatio(PyObject self) {
        double d = ((PyFloat) self).value;
        if (Double.isInfinite(d)) {
            throw Err.overflow("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(d)) {
            throw Err.value("cannot convert NaN to integer ratio");
        }
        if (d == 0) {
            return PyTuple.of(PyInt.ZERO, PyInt.ONE);
        }
        long bits = Double.doubleToRawLongBits(d);
        int rawExp = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & 0xfffffffffffffL;
        int e;
        if (rawExp == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = rawExp - 1075;
        }
        int tz = Long.numberOfTrailingZeros(m);
        m >>= tz;
        e += tz;
        if (d < 0) {
            m = -m;
        }
        if (e >= 0) {
            return PyTuple.of(PyInt.of(BigInteger.valueOf(m).shiftLeft(e)), PyInt.ONE);
        }
        return PyTuple.of(PyInt.of(m), PyInt.of(BigInteger.ONE.shiftLeft(-e)));
    }

    private static PyObject exactFloat(PyObject self) {
        return self.type == PyFloat.TYPE ? self : new PyFloat(((PyFloat) self).value);
    }

    static PyObject getFormat(PyObject cls, PyObject typestr) {
        if (!(typestr instanceof PyStr s)) {
            throw Err.type("__getformat__() argument must be str, not %s", Err.tn(typestr));
        }
        if (!s.value.equals("double") && !s.value.equals("float")) {
            throw Err.value("__getformat__() argument 1 must be 'double' or 'float'");
        }
        return PyStr.of("IEEE, little-endian");
    }

    static void define(PyType t) {
        t.flags(PyType.BASETYPE | PyType.MATCH_SELF);
        t.doc("Convert a string or number to a floating point number, if possible.");
        t.tp_new = FloatMethods::floatNew;
        t.tp_repr = self -> PyStr.of(repr(((PyFloat) self).value));
        t.tp_hash = self -> Hashing.hashDouble(((PyFloat) self).value, self);
        t.tp_richcompare = FloatMethods::richCompare;
        t.nb_add = FloatMethods::add;
        t.nb_subtract = FloatMethods::sub;
        t.nb_multiply = FloatMethods::mul;
        t.nb_true_divide = FloatMethods::div;
        t.nb_floor_divide = FloatMethods::floorDiv;
        t.nb_remainder = FloatMethods::mod;
        t.nb_divmod = FloatMethods::divmod;
        t.nb_power = FloatMethods::pow;
        t.nb_negative = self -> new PyFloat(-((PyFloat) self).value);
        t.nb_positive = FloatMethods::exactFloat;
        t.nb_absolute = self -> new PyFloat(Math.abs(((PyFloat) self).value));
        t.nb_bool = self -> ((PyFloat) self).value != 0.0;
        t.nb_int = self -> fromDouble(((PyFloat) self).value);
        t.nb_float = FloatMethods::exactFloat;
        t.method0("conjugate", FloatMethods::exactFloat);
        t.method0("__trunc__", self -> fromDouble(((PyFloat) self).value));
        t.method0("__floor__", self -> fromDouble(Math.floor(((PyFloat) self).value)));
        t.method0("__ceil__", self -> fromDouble(Math.ceil(((PyFloat) self).value)));
        t.method("__round__", "ndigits=None, /", (self, a) -> roundMethod(self, a[0]));
        t.method0("as_integer_ratio", FloatMethods::asIntegerRatio);
        t.classMethod("fromhex", NativeFunction.of("fromhex", (cls, s) -> {
            if (!(s instanceof PyStr str)) {
                throw Err.type("bad argument type for built-in operation");
            }
            PyFloat r = new PyFloat(fromHex(str.value));
            return cls == PyFloat.TYPE ? r : Abstract.call(cls, r);
        }));
        t.method0("hex", self -> PyStr.of(hex(((PyFloat) self).value)));
        t.method0("is_integer", self -> {
            double d = ((PyFloat) self).value;
            return Py.bool(!Double.isInfinite(d) && !Double.isNaN(d) && d == Math.floor(d));
        });
        t.method0("__getnewargs__", self -> PyTuple.of(new PyFloat(((PyFloat) self).value)));
        t.classMethod("__getformat__", NativeFunction.of("__getformat__", FloatMethods::getFormat));
        t.method1("__format__", (self, spec) -> {
            if (!(spec instanceof PyStr s)) {
                throw Err.type("__format__() argument must be str, not %s", Err.tn(spec));
            }
            return NumberFormat.formatFloat((PyFloat) self, s.value);
        });
        t.getset("real", FloatMethods::exactFloat);
        t.getset("imag", self -> new PyFloat(0.0));
    }
}
