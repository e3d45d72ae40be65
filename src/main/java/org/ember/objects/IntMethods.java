package org.ember.objects;

import java.math.BigInteger;

import org.ember.runtime.ThreadState;

/**
 * The operations of int: arithmetic with a long fast path and exact overflow to BigInteger,
 * Python's floor division and modulo, shifts, bitwise operators, comparison, hashing, the
 * int() constructor and string conversions (with CPython's int_max_str_digits limit), and the
 * methods of int. Static helpers here are also the interpreter's int fast paths: the long
 * versions allocate nothing but their result.
 */
public final class IntMethods {
    private IntMethods() {}

    static PyInt toInt(PyObject o) {
        return o instanceof PyInt i ? i : null;
    }

    // ---- arithmetic on longs (fast paths used by the interpreter) --------------------------

    public static PyInt add(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            return PyInt.of(BigInteger.valueOf(x).add(BigInteger.valueOf(y)));
        }
        return PyInt.of(r);
    }

    public static PyInt sub(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            return PyInt.of(BigInteger.valueOf(x).subtract(BigInteger.valueOf(y)));
        }
        return PyInt.of(r);
    }

    public static PyInt mul(long x, long y) {
        long hi = Math.multiplyHigh(x, y);
        long lo = x * y;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return PyInt.of(lo);
        }
        return PyInt.of(BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)));
    }

    public static PyInt floorDiv(long x, long y) {
        if (y == 0) {
            throw Err.zeroDivision("integer division or modulo by zero");
        }
        if (x == Long.MIN_VALUE && y == -1) {
            return PyInt.of(BigInteger.valueOf(x).negate());
        }
        return PyInt.of(Math.floorDiv(x, y));
    }

    public static PyInt mod(long x, long y) {
        if (y == 0) {
            throw Err.zeroDivision("integer modulo by zero");
        }
        if (y == -1) {
            return PyInt.ZERO;
        }
        return PyInt.of(Math.floorMod(x, y));
    }

    // ---- arithmetic on arbitrary ints -----------------------------------------------------------

    public static PyObject add(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            if (x.big == null && y.big == null) {
                return add(x.value, y.value);
            }
            return PyInt.of(x.bigValue().add(y.bigValue()));
        }
        return Py.NotImplemented;
    }

    public static PyObject sub(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            if (x.big == null && y.big == null) {
                return sub(x.value, y.value);
            }
            return PyInt.of(x.bigValue().subtract(y.bigValue()));
        }
        return Py.NotImplemented;
    }

    public static PyObject mul(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            if (x.big == null && y.big == null) {
                return mul(x.value, y.value);
            }
            return PyInt.of(x.bigValue().multiply(y.bigValue()));
        }
        return Py.NotImplemented;
    }

    static BigInteger[] floorDivMod(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(y);
        }
        return qr;
    }

    public static PyObject floorDiv(PyObject a, PyObject b) {
        PyInt x = toInt(a);
        PyInt y = toInt(b);
        if (x == null || y == null) {
            return Py.NotImplemented;
        }
        if (x.big == null && y.big == null) {
            return floorDiv(x.value, y.value);
        }
        if (y.signum() == 0) {
            throw Err.zeroDivision("integer division or modulo by zero");
        }
        return PyInt.of(floorDivMod(x.bigValue(), y.bigValue())[0]);
    }

    public static PyObject mod(PyObject a, PyObject b) {
        PyInt x = toInt(a);
        PyInt y = toInt(b);
        if (x == null || y == null) {
            return Py.NotImplemented;
        }
        if (x.big == null && y.big == null) {
            return mod(x.value, y.value);
        }
        if (y.signum() == 0) {
            throw Err.zeroDivision("integer modulo by zero");
        }
        return PyInt.of(floorDivMod(x.bigValue(), y.bigValue())[1]);
    }

    public static PyObject divmod(PyObject a, PyObject b) {
        PyInt x = toInt(a);
        PyInt y = toInt(b);
        if (x == null || y == null) {
            return Py.NotImplemented;
        }
        if (x.big == null && y.big == null) {
            if (y.value == 0) {
                throw Err.zeroDivision("integer division or modulo by zero");
            }
            return PyTuple.of(floorDiv(x.value, y.value), mod(x.value, y.value));
        }
        if (y.signum() == 0) {
            throw Err.zeroDivision("integer division or modulo by zero");
        }
        BigInteger[] qr = floorDivMod(x.bigValue(), y.bigValue());
        return PyTuple.of(PyInt.of(qr[0]), PyInt.of(qr[1]));
    }

    /** int / int: correctly rounded (CPython's long_true_divide). */
    public static PyObject trueDiv(PyObject a, PyObject b) {
        PyInt x = toInt(a);
        PyInt y = toInt(b);
        if (x == null || y == null) {
            return Py.NotImplemented;
        }
        if (y.signum() == 0) {
            throw Err.zeroDivision("division by zero");
        }
        return new PyFloat(trueDivide(x, y));
    }

    /** x / y correctly rounded to a double (y != 0). */
    public static double trueDivide(PyInt x, PyInt y) {
        if (x.big == null && y.big == null && Math.abs(x.value) <= (1L << 53) && Math.abs(y.value) <= (1L << 53)) {
            return (double) x.value / (double) y.value;
        }
        BigInteger n = x.bigValue();
        BigInteger d = y.bigValue();
        boolean neg = n.signum() * d.signum() < 0;
        n = n.abs();
        d = d.abs();
        if (n.signum() == 0) {
            return neg ? -0.0 : 0.0;
        }
        // Scale so the quotient has at least 55 significant bits; the remainder is a sticky bit.
        int shift = 55 - (n.bitLength() - d.bitLength());
        BigInteger[] qr = shift >= 0 ? n.shiftLeft(shift).divideAndRemainder(d) : n.divideAndRemainder(d.shiftLeft(-shift));
        double r = FloatMethods.scaledToDouble(qr[0], -(long) shift, qr[1].signum() != 0);
        if (Double.isInfinite(r)) {
            throw Err.overflow("integer division result too large for a float");
        }
        return neg ? -r : r;
    }

    public static PyObject pow(PyObject a, PyObject b, PyObject m) {
        PyInt x = toInt(a);
        PyInt y = toInt(b);
        if (x == null || y == null) {
            return Py.NotImplemented;
        }
        if (m != Py.None) {
            PyInt z = toInt(m);
            if (z == null) {
                return Py.NotImplemented;
            }
            return modPow(x, y, z);
        }
        if (y.signum() < 0) {
            return FloatMethods.pow(new PyFloat(x.doubleValue()), new PyFloat(y.doubleValue()), Py.None);
        }
        if (x.big == null && y.big == null) {
            long base = x.value;
            long e = y.value;
            if (e == 0) {
                return PyInt.ONE;
            }
            if (base == 0 || base == 1) {
                return exact(x);
            }
            if (base == -1) {
                return (e & 1) == 0 ? PyInt.ONE : PyInt.MINUS_ONE;
            }
            long result = 1;
            long b2 = base;
            long e2 = e;
            boolean overflow = false;
            while (true) {
                if ((e2 & 1) != 0) {
                    long hi = Math.multiplyHigh(result, b2);
                    long lo = result * b2;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                e2 >>= 1;
                if (e2 == 0) {
                    break;
                }
                long hi = Math.multiplyHigh(b2, b2);
                long lo = b2 * b2;
                if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                    overflow = true;
                    break;
                }
                b2 = lo;
            }
            if (!overflow) {
                return PyInt.of(result);
            }
        }
        BigInteger base = x.bigValue();
        if (base.signum() == 0 || base.equals(BigInteger.ONE)) {
            return exact(x);
        }
        if (base.equals(BigInteger.ONE.negate())) {
            return y.bigValue().testBit(0) ? PyInt.MINUS_ONE : PyInt.ONE;
        }
        if (!y.isSmall() || y.value > Integer.MAX_VALUE) {
            throw Err.memory();
        }
        try {
            return PyInt.of(base.pow((int) y.value));
        } catch (ArithmeticException | OutOfMemoryError e) {
            throw Err.memory();
        }
    }

    /** pow(x, y, z) for ints (z != 0 checked here). */
    static PyInt modPow(PyInt x, PyInt y, PyInt z) {
        if (z.signum() == 0) {
            throw Err.value("pow() 3rd argument cannot be 0");
        }
        BigInteger mod = z.bigValue();
        boolean negMod = mod.signum() < 0;
        BigInteger am = mod.abs();
        if (am.equals(BigInteger.ONE)) {
            return PyInt.ZERO;
        }
        BigInteger base = x.bigValue();
        BigInteger exp = y.bigValue();
        if (exp.signum() < 0) {
            try {
                base = base.mod(am).modInverse(am);
            } catch (ArithmeticException e) {
                throw Err.value("base is not invertible for the given modulus");
            }
            exp = exp.negate();
        }
        BigInteger r;
        if (am.bitLength() < 32 && exp.bitLength() < 63) {
            long mm = am.longValue();
            long bb = base.mod(am).longValue();
            long ee = exp.longValue();
            long acc = 1 % mm;
            while (ee > 0) {
                if ((ee & 1) != 0) {
                    acc = acc * bb % mm;
                }
                bb = bb * bb % mm;
                ee >>= 1;
            }
            r = BigInteger.valueOf(acc);
        } else {
            r = base.mod(am).modPow(exp, am);
        }
        if (negMod && r.signum() != 0) {
            r = r.subtract(am);
        }
        return PyInt.of(r);
    }

    public static PyObject lshift(PyObject a, PyObject b) {
        PyInt x = toInt(a);
        PyInt y = toInt(b);
        if (x == null || y == null) {
            return Py.NotImplemented;
        }
        if (y.signum() < 0) {
            throw Err.value("negative shift count");
        }
        if (x.signum() == 0) {
            return PyInt.ZERO;
        }
        if (!y.isSmall() || y.value > Integer.MAX_VALUE - 64) {
            throw Err.memory();
        }
        int n = (int) y.value;
        if (x.big == null && n < 63) {
            long v = x.value;
            long r = v << n;
            if ((r >> n) == v) {
                return PyInt.of(r);
            }
        }
        try {
            return PyInt.of(x.bigValue().shiftLeft(n));
        } catch (ArithmeticException | OutOfMemoryError e) {
            throw Err.memory();
        }
    }

    public static PyObject rshift(PyObject a, PyObject b) {
        PyInt x = toInt(a);
        PyInt y = toInt(b);
        if (x == null || y == null) {
            return Py.NotImplemented;
        }
        if (y.signum() < 0) {
            throw Err.value("negative shift count");
        }
        if (!y.isSmall() || y.value > Integer.MAX_VALUE) {
            return x.signum() < 0 ? PyInt.MINUS_ONE : PyInt.ZERO;
        }
        int n = (int) y.value;
        if (x.big == null) {
            return PyInt.of(n >= 64 ? (x.value < 0 ? -1 : 0) : x.value >> n);
        }
        return PyInt.of(x.big.shiftRight(n));
    }

    public static PyObject and(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            if (x.big == null && y.big == null) {
                return PyInt.of(x.value & y.value);
            }
            return PyInt.of(x.bigValue().and(y.bigValue()));
        }
        return Py.NotImplemented;
    }

    public static PyObject or(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            if (x.big == null && y.big == null) {
                return PyInt.of(x.value | y.value);
            }
            return PyInt.of(x.bigValue().or(y.bigValue()));
        }
        return Py.NotImplemented;
    }

    public static PyObject xor(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            if (x.big == null && y.big == null) {
                return PyInt.of(x.value ^ y.value);
            }
            return PyInt.of(x.bigValue().xor(y.bigValue()));
        }
        return Py.NotImplemented;
    }

    public static PyInt negate(PyInt x) {
        if (x.big == null && x.value != Long.MIN_VALUE) {
            return PyInt.of(-x.value);
        }
        return PyInt.of(x.bigValue().negate());
    }

    public static PyInt invert(PyInt x) {
        return x.big == null ? PyInt.of(~x.value) : PyInt.of(x.big.not());
    }

    public static PyInt abs(PyInt x) {
        return x.signum() < 0 ? negate(x) : exact(x);
    }

    /** An exact int with the same value (for int subclasses and bool: +x, int(x)...). */
    public static PyInt exact(PyInt x) {
        if (x.type == PyInt.TYPE) {
            return x;
        }
        return x.big == null ? PyInt.of(x.value) : PyInt.of(x.big);
    }

    /** Three-way comparison of two ints. */
    public static int compare(PyInt x, PyInt y) {
        if (x.big == null && y.big == null) {
            return Long.compare(x.value, y.value);
        }
        return x.bigValue().compareTo(y.bigValue());
    }

    static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return Py.bool(op.fromCompare(compare(x, y)));
        }
        return Py.NotImplemented;
    }

    /** int.bit_length() of the absolute value. */
    public static long bitLength(PyInt x) {
        if (x.big == null) {
            long v = x.value;
            if (v == Long.MIN_VALUE) {
                return 64;
            }
            return 64 - Long.numberOfLeadingZeros(Math.abs(v));
        }
        return x.big.abs().bitLength();
    }

    // ---- string conversion ---------------------------------------------------------------------

    /** sys.get_int_max_str_digits() of the current interpreter (0: unlimited). */
    public static int maxStrDigits() {
        ThreadState ts = ThreadState.currentOrNull();
        return ts == null ? 4300 : ts.interp.config.intMaxStrDigits;
    }

    /** The threshold below which the digit limit is never checked (_PY_LONG_MAX_STR_DIGITS_THRESHOLD). */
    public static final int MAX_STR_DIGITS_THRESHOLD = 640;

    /** str(x) in base 10, raising CPython's ValueError when it exceeds the int_max_str_digits limit. */
    public static String toDecimalString(PyInt x) {
        if (x.big == null) {
            return Long.toString(x.value);
        }
        BigInteger v = x.big;
        int limit = maxStrDigits();
        if (limit > 0) {
            // Digits of |v| are floor(log10|v|)+1; bitLength gives a cheap bracket.
            long bits = v.abs().bitLength();
            long lowDigits = (long) Math.floor((bits - 1) * 0.30102999566398120) + 1;
            if (lowDigits > limit + 1) {
                throw strDigitsError(limit);
            }
            String s = v.toString();
            int nd = s.length() - (v.signum() < 0 ? 1 : 0);
            if (nd > limit) {
                throw strDigitsError(limit);
            }
            return s;
        }
        return v.toString();
    }

    private static PyException strDigitsError(int limit) {
        return Err.value("Exceeds the limit (%d digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit", limit);
    }

    /** Digits of x in base 2, 8 or 16 (lower case), with a leading '-' when negative and no prefix. */
    public static String toBaseString(PyInt x, int base) {
        if (x.big == null) {
            long v = x.value;
            String s = switch (base) {
                case 2 -> Long.toBinaryString(Math.abs(v));
                case 8 -> Long.toOctalString(Math.abs(v));
                default -> Long.toHexString(Math.abs(v));
            };
            if (v == Long.MIN_VALUE) {
                s = BigInteger.valueOf(v).negate().toString(base);
            }
            return v < 0 ? "-" + s : s;
        }
        return x.big.toString(base);
    }

    /** bin(x), oct(x), hex(x) for an int: "0x1f", "-0b101"... */
    public static String toPrefixedString(PyInt x, int base) {
        String s = toBaseString(x, base);
        String prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
        return s.charAt(0) == '-' ? "-" + prefix + s.substring(1) : prefix + s;
    }

    private static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 37;
    }

    /**
     * PyLong_FromString on ASCII text: the int value, or null when the text is not a valid
     * literal in base (0 or 2..36). Raises the digit-limit ValueError itself.
     */
    static PyInt parseAscii(CharSequence str, int base) {
        int n = str.length();
        int i = 0;
        while (i < n && isCSpace(str.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (str.charAt(i) == '+' || str.charAt(i) == '-')) {
            negative = str.charAt(i) == '-';
            i++;
        }
        char c0 = i < n ? str.charAt(i) : 0;
        char c1 = i + 1 < n ? str.charAt(i + 1) : 0;
        boolean errorIfNonzero = false;
        if (base == 0) {
            if (c0 != '0') {
                base = 10;
            } else if (c1 == 'x' || c1 == 'X') {
                base = 16;
            } else if (c1 == 'o' || c1 == 'O') {
                base = 8;
            } else if (c1 == 'b' || c1 == 'B') {
                base = 2;
            } else {
                errorIfNonzero = true;
                base = 10;
            }
        }
        if (c0 == '0' && ((base == 16 && (c1 == 'x' || c1 == 'X')) || (base == 8 && (c1 == 'o' || c1 == 'O'))
                || (base == 2 && (c1 == 'b' || c1 == 'B')))) {
            i += 2;
            if (i < n && str.charAt(i) == '_') {
                i++;
            }
        }
        if (i < n && str.charAt(i) == '_') {
            return null;
        }
        int start = i;
        int digits = 0;
        char prev = 0;
        StringBuilder sb = null;
        long small = 0;
        boolean fitsSmall = true;
        while (i < n) {
            char c = str.charAt(i);
            if (c == '_') {
                if (prev == '_') {
                    return null;
                }
            } else {
                int d = digitValue(c);
                if (d >= base) {
                    break;
                }
                digits++;
                if (fitsSmall) {
                    if (small > (Long.MAX_VALUE - d) / base) {
                        fitsSmall = false;
                    } else {
                        small = small * base + d;
                    }
                }
            }
            prev = c;
            i++;
        }
        if (prev == '_') {
            return null;
        }
        if ((base & (base - 1)) != 0 && digits > MAX_STR_DIGITS_THRESHOLD) {
            int limit = maxStrDigits();
            if (limit > 0 && digits > limit) {
                throw Err.value("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; "
                        + "use sys.set_int_max_str_digits() to increase the limit", limit, digits);
            }
        }
        if (i == start) {
            return null;
        }
        PyInt z;
        if (fitsSmall) {
            z = PyInt.of(negative ? -small : small);
        } else {
            sb = new StringBuilder(digits + 1);
            if (negative) {
                sb.append('-');
            }
            for (int k = start; k < i; k++) {
                char c = str.charAt(k);
                if (c != '_') {
                    sb.append(c);
                }
            }
            z = PyInt.of(new BigInteger(sb.toString(), base));
        }
        if (errorIfNonzero && z.signum() != 0) {
            return null;
        }
        while (i < n && isCSpace(str.charAt(i))) {
            i++;
        }
        if (i != n) {
            return null;
        }
        return z;
    }

    /** Py_UNICODE_ISSPACE as of Unicode 14 (str.isspace). */
    static boolean isUnicodeSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
        }
        return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028
                || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
    }

    /** _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode digits to ASCII, Unicode spaces to ' ', other non-ASCII to '?'. */
    static String transformDecimalAndSpace(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 128) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) cp);
            } else if (isUnicodeSpace(cp)) {
                sb.append(' ');
            } else {
                int d = NumberFormat.decimalValue(cp);
                sb.append(d >= 0 ? (char) ('0' + d) : '?');
            }
        }
        return sb.toString();
    }

    private static String truncate200(String s) {
        return s.length() > 200 ? s.substring(0, s.offsetByCodePoints(0, Math.min(200, s.codePointCount(0, s.length())))) : s;
    }

    /** int(str, base) (PyLong_FromUnicodeObject). original is the str object for the error message. */
    public static PyInt parse(String s, int base, PyObject original) {
        PyInt r = parseAscii(transformDecimalAndSpace(s), base);
        if (r == null) {
            throw Err.value("invalid literal for int() with base %d: %s", base, truncate200(Abstract.reprJava(original)));
        }
        return r;
    }

    /** int(bytes, base) (_PyLong_FromBytes). */
    public static PyInt parseBytes(byte[] b, int base) {
        PyInt r = parseAscii(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1), base);
        if (r == null) {
            String rep = PyBytes.repr(b, Math.min(b.length, 200));
            throw Err.value("invalid literal for int() with base %d: %s", base, truncate200(rep));
        }
        return r;
    }

    /** True for bytearray (and its subclasses). */
    static boolean isByteArray(PyObject x) {
        for (PyType t = x.type; t != null; t = t.getBase()) {
            if (!t.isHeapType() && t.getName().equals("bytearray")) {
                return true;
            }
        }
        return false;
    }

    private static final ArgParser INT_NEW = new ArgParser("int", "x=NULL, /, base=NULL");

    static PyObject intNew(PyType type, PyObject[] args, String[] kw) {
        PyObject[] a;
        if (kw == null && args.length == 1) {
            a = new PyObject[] {args[0], null};
        } else {
            a = INT_NEW.bind(args, kw);
        }
        PyInt v;
        if (a[0] == null) {
            if (a[1] != null) {
                throw Err.type("int() missing string argument");
            }
            v = PyInt.ZERO;
        } else if (a[1] == null) {
            v = fromObject(a[0]);
        } else {
            PyInt bo = Abstract.index(a[1]);
            long base = bo.isSmall() ? bo.value : -1;
            if (base != 0 && (base < 2 || base > 36)) {
                throw Err.value("int() base must be >= 2 and <= 36, or 0");
            }
            PyObject x = a[0];
            if (x instanceof PyStr s) {
                v = parse(s.value, (int) base, x);
            } else if (x instanceof PyBytes bs) {
                v = parseBytes(bs.bytes(), (int) base);
            } else if (x instanceof BufferProtocol bp && isByteArray(x)) {
                v = parseBytes(bp.toByteArray(), (int) base);
            } else {
                throw Err.type("int() can't convert non-string with explicit base");
            }
        }
        if (type == PyInt.TYPE) {
            return v;
        }
        return new PyInt.Derived(type, v.value, v.big);
    }

    /** int(x) for one argument (PyNumber_Long). */
    public static PyInt fromObject(PyObject x) {
        if (x.type == PyInt.TYPE) {
            return (PyInt) x;
        }
        if (x.type.nb_int != null) {
            PyObject r = x.type.nb_int.apply(x);
            if (r.type == PyInt.TYPE) {
                return (PyInt) r;
            }
            if (!(r instanceof PyInt ri)) {
                throw Err.type("__int__ returned non-int (type %s)", Err.tn(r));
            }
            Warnings.warn(PyExc.DeprecationWarning, String.format("__int__ returned non-int (type %s).  "
                    + "The ability to return an instance of a strict subclass of int is deprecated, "
                    + "and may be removed in a future version of Python.", Err.tn(r)), 1);
            return exact(ri);
        }
        if (x.type.nb_index != null) {
            return exact(Abstract.index(x));
        }
        PyObject trunc = x.type.lookup("__trunc__");
        if (trunc != null) {
            Warnings.warn(PyExc.DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.", 1);
            PyObject r = Abstract.callBound(trunc, x);
            if (r instanceof PyInt ri) {
                return exact(ri);
            }
            if (!Abstract.hasIndex(r)) {
                throw Err.type("__trunc__ returned non-Integral (type %s)", Err.tn(r));
            }
            return exact(Abstract.index(r));
        }
        if (x instanceof PyStr s) {
            return parse(s.value, 10, x);
        }
        if (x instanceof PyBytes b) {
            return parseBytes(b.bytes(), 10);
        }
        if (x instanceof BufferProtocol bp) {
            return parseBytes(bp.toByteArray(), 10);
        }
        throw Err.type("int() argument must be a string, a bytes-like object or a real number, not '%s'", Err.tn(x));
    }

    // ---- methods ---------------------------------------------------------------------------------

    /** int.__round__(ndigits): round half to even to a multiple of 10**-ndigits. */
    static PyObject round(PyObject self, PyObject ndigitsObj) {
        PyInt x = (PyInt) self;
        if (ndigitsObj == null) {
            return exact(x);
        }
        PyInt nd = Abstract.index(ndigitsObj);
        if (nd.signum() >= 0) {
            return exact(x);
        }
        BigInteger nneg = nd.bigValue().negate();
        long bits = bitLength(x);
        // 10**n > 2*|x| whenever n >= 0.302*bits + 2: the nearest multiple is 0.
        if (nneg.compareTo(BigInteger.valueOf((long) (bits * 0.30103) + 2)) >= 0) {
            return PyInt.ZERO;
        }
        BigInteger p = BigInteger.TEN.pow(nneg.intValue());
        BigInteger v = x.bigValue();
        BigInteger[] qr = floorDivMod(v, p);
        BigInteger q = qr[0];
        int c = qr[1].shiftLeft(1).compareTo(p);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return PyInt.of(q.multiply(p));
    }

    private static boolean parseByteorder(PyObject o, String fname) {
        if (!(o instanceof PyStr s)) {
            throw Err.type("%s() argument 'byteorder' must be str, not %s", fname, Err.tn(o));
        }
        if (s.value.equals("little")) {
            return true;
        }
        if (s.value.equals("big")) {
            return false;
        }
        throw Err.value("byteorder must be either 'little' or 'big'");
    }

    static PyObject toBytes(PyObject self, PyObject[] a) {
        PyInt x = (PyInt) self;
        long length = Abstract.asSsize(a[0], PyExc.OverflowError);
        boolean little = parseByteorder(a[1], "to_bytes");
        boolean signed = Abstract.isTrue(a[2]);
        if (length < 0) {
            throw Err.value("length argument must be non-negative");
        }
        BigInteger v = x.bigValue();
        if (!signed && v.signum() < 0) {
            throw Err.overflow("can't convert negative int to unsigned");
        }
        long needBits = signed ? v.bitLength() + 1L : v.bitLength();
        if (needBits > length * 8) {
            throw Err.overflow("int too big to convert");
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw Err.memory();
        }
        byte[] out = new byte[(int) length];
        byte[] tc = v.toByteArray(); // big-endian two's complement, minimal
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        int n = out.length;
        for (int i = 0; i < n; i++) {
            int src = tc.length - 1 - i;
            out[n - 1 - i] = src >= 0 ? tc[src] : fill;
        }
        if (little) {
            for (int i = 0, j = n - 1; i < j; i++, j--) {
                byte t = out[i];
                out[i] = out[j];
                out[j] = t;
            }
        }
        return PyBytes.of(out);
    }

    /** PyObject_Bytes for from_bytes: bytes, buffers, __bytes__, or an iterable of ints. */
    static byte[] bytesOf(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes();
        }
        PyObject bm = o.type.lookup("__bytes__");
        if (bm != null) {
            PyObject r = Abstract.callBound(bm, o);
            if (!(r instanceof PyBytes rb)) {
                throw Err.type("__bytes__ returned non-bytes (type %s)", Err.tn(r));
            }
            return rb.bytes();
        }
        if (o instanceof BufferProtocol bp) {
            return bp.toByteArray();
        }
        if (o instanceof PyStr || Abstract.hasIndex(o) || o.type.tp_iter == null && o.type.lookup("__getitem__") == null) {
            throw Err.type("cannot convert '%s' object to bytes", Err.tn(o));
        }
        PyObject[] items = Abstract.toArray(o);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!Abstract.hasIndex(items[i])) {
                throw Err.type("'%s' object cannot be interpreted as an integer", Err.tn(items[i]));
            }
            PyInt v = Abstract.index(items[i]);
            if (!v.isSmall() || v.value < 0 || v.value > 255) {
                throw Err.value("bytes must be in range(0, 256)");
            }
            out[i] = (byte) v.value;
        }
        return out;
    }

    static PyObject fromBytes(PyObject cls, PyObject[] a) {
        boolean little = parseByteorder(a[1], "from_bytes");
        byte[] b = bytesOf(a[0]);
        boolean signed = Abstract.isTrue(a[2]);
        int n = b.length;
        byte[] be = new byte[n + 1];
        for (int i = 0; i < n; i++) {
            be[i + 1] = little ? b[n - 1 - i] : b[i];
        }
        BigInteger v = new BigInteger(be); // leading zero byte: unsigned
        if (signed && n > 0 && (be[1] & 0x80) != 0) {
            v = v.subtract(BigInteger.ONE.shiftLeft(8 * n));
        }
        PyInt r = PyInt.of(v);
        if (cls == PyInt.TYPE) {
            return r;
        }
        return Abstract.call(cls, r);
    }

    static PyObject asIntegerRatio(PyObject self) {
        return PyTuple.of(exact((PyInt) self), PyInt.ONE);
    }

    static PyObject bitCount(PyObject self) {
        PyInt x = (PyInt) self;
        if (x.big == null && x.value != Long.MIN_VALUE) {
            return PyInt.of(Long.bitCount(Math.abs(x.value)));
        }
        return PyInt.of(x.bigValue().abs().bitCount());
    }

    static PyObject sizeOf(PyObject self) {
        long bits = bitLength((PyInt) self);
        return PyInt.of(24 + 4L * Math.max(1, (bits + 29) / 30));
    }

    static PyObject format(PyObject self, PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw Err.type("__format__() argument must be str, not %s", Err.tn(spec));
        }
        return NumberFormat.formatInt((PyInt) self, s.value);
    }

    static PyObject repr(PyObject self) {
        return PyStr.of(toDecimalString((PyInt) self));
    }

    static void define(PyType t) {
        t.flags(PyType.BASETYPE | PyType.LONG_SUBCLASS | PyType.MATCH_SELF);
        t.doc("int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\n"
                + "are given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\n"
                + "If x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\n"
                + "given base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n"
                + "Base 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4");
        t.tp_new = IntMethods::intNew;
        t.tp_repr = IntMethods::repr;
        t.tp_hash = self -> ((PyInt) self).hash();
        t.tp_richcompare = IntMethods::richCompare;
        t.nb_add = IntMethods::add;
        t.nb_subtract = IntMethods::sub;
        t.nb_multiply = IntMethods::mul;
        t.nb_floor_divide = IntMethods::floorDiv;
        t.nb_remainder = IntMethods::mod;
        t.nb_divmod = IntMethods::divmod;
        t.nb_true_divide = IntMethods::trueDiv;
        t.nb_power = IntMethods::pow;
        t.nb_lshift = IntMethods::lshift;
        t.nb_rshift = IntMethods::rshift;
        t.nb_and = IntMethods::and;
        t.nb_or = IntMethods::or;
        t.nb_xor = IntMethods::xor;
        t.nb_negative = self -> negate((PyInt) self);
        t.nb_positive = self -> exact((PyInt) self);
        t.nb_absolute = self -> abs((PyInt) self);
        t.nb_invert = self -> invert((PyInt) self);
        t.nb_bool = self -> ((PyInt) self).signum() != 0;
        t.nb_int = self -> exact((PyInt) self);
        t.nb_index = self -> exact((PyInt) self);
        t.nb_float = self -> new PyFloat(((PyInt) self).doubleValue());
        t.method0("conjugate", self -> exact((PyInt) self));
        t.method0("bit_length", self -> PyInt.of(bitLength((PyInt) self)));
        t.method0("bit_count", IntMethods::bitCount);
        t.method("to_bytes", "length=1, byteorder='big', *, signed=False", IntMethods::toBytes);
        t.classMethod("from_bytes", NativeFunction.of("from_bytes", "bytes, byteorder='big', *, signed=False",
                IntMethods::fromBytes));
        t.method0("as_integer_ratio", IntMethods::asIntegerRatio);
        t.method0("__trunc__", self -> exact((PyInt) self));
        t.method0("__floor__", self -> exact((PyInt) self));
        t.method0("__ceil__", self -> exact((PyInt) self));
        t.method("__round__", "ndigits=NULL, /", (self, a) -> round(self, a[0]));
        t.method0("__getnewargs__", self -> PyTuple.of(exact((PyInt) self)));
        t.method1("__format__", IntMethods::format);
        t.method0("__sizeof__", IntMethods::sizeOf);
        t.getset("real", self -> exact((PyInt) self));
        t.getset("imag", self -> PyInt.ZERO);
        t.getset("numerator", self -> exact((PyInt) self));
        t.getset("denominator", self -> PyInt.ONE);
    }
}
