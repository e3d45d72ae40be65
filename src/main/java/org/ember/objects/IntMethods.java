package org.ember.objects;

import java.math.BigInteger;

/**
 * The operations of int: arithmetic with a long fast path and exact overflow to BigInteger,
 * Python's floor division and modulo, shifts, bitwise operators, comparison, hashing and the
 * int() constructor. Static helpers here are also the interpreter's int fast paths.
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
        PyInt x = toInt(a);
        PyInt y = toInt(b);
        if (x == null || y == null) {
            return Py.NotImplemented;
        }
        if (x.big == null && y.big == null) {
            return add(x.value, y.value);
        }
        return PyInt.of(x.bigValue().add(y.bigValue()));
    }

    public static PyObject sub(PyObject a, PyObject b) {
        PyInt x = toInt(a);
        PyInt y = toInt(b);
        if (x == null || y == null) {
            return Py.NotImplemented;
        }
        if (x.big == null && y.big == null) {
            return sub(x.value, y.value);
        }
        return PyInt.of(x.bigValue().subtract(y.bigValue()));
    }

    public static PyObject mul(PyObject a, PyObject b) {
        PyInt x = toInt(a);
        PyInt y = toInt(b);
        if (x == null || y == null) {
            return Py.NotImplemented;
        }
        if (x.big == null && y.big == null) {
            return mul(x.value, y.value);
        }
        return PyInt.of(x.bigValue().multiply(y.bigValue()));
    }

    private static BigInteger[] floorDivMod(BigInteger x, BigInteger y) {
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

    static double trueDivide(PyInt x, PyInt y) {
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
        // Scale so the quotient has 55+ significant bits, then round half to even via BigDecimal.
        int shift = 55 - (n.bitLength() - d.bitLength());
        BigInteger q;
        BigInteger[] qr;
        if (shift >= 0) {
            qr = n.shiftLeft(shift).divideAndRemainder(d);
        } else {
            qr = n.divideAndRemainder(d.shiftLeft(-shift));
        }
        q = qr[0];
        boolean inexact = qr[1].signum() != 0;
        int exp = -shift;
        // q has 55 or 56 bits; fold the sticky bit and convert exactly with Math.scalb after rounding to 53 bits.
        int extra = q.bitLength() - 53;
        int e2 = exp + extra;
        if (e2 + 52 > 1023) {
            throw Err.overflow("integer division result too large for a float");
        }
        // Handle subnormal results: keep fewer bits.
        int minExp = -1074;
        if (e2 < minExp) {
            extra += minExp - e2;
            e2 = minExp;
        }
        if (extra > 0) {
            BigInteger mask = BigInteger.ONE.shiftLeft(extra).subtract(BigInteger.ONE);
            BigInteger low = q.and(mask);
            BigInteger half = BigInteger.ONE.shiftLeft(extra - 1);
            q = q.shiftRight(extra);
            int c = low.compareTo(half);
            if (c > 0 || (c == 0 && (inexact || q.testBit(0)))) {
                q = q.add(BigInteger.ONE);
            }
        }
        double r = Math.scalb(q.doubleValue(), e2);
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
            if (z.signum() == 0) {
                throw Err.value("pow() 3rd argument cannot be 0");
            }
            BigInteger mod = z.bigValue();
            BigInteger base = x.bigValue();
            BigInteger exp = y.bigValue();
            boolean negMod = mod.signum() < 0;
            BigInteger am = mod.abs();
            if (am.equals(BigInteger.ONE)) {
                return PyInt.ZERO;
            }
            if (exp.signum() < 0) {
                try {
                    base = base.mod(am).modInverse(am);
                } catch (ArithmeticException e) {
                    throw Err.value("base is not invertible for the given modulus");
                }
                exp = exp.negate();
            }
            BigInteger r = base.mod(am).modPow(exp, am);
            if (negMod && r.signum() != 0) {
                r = r.subtract(am);
            }
            return PyInt.of(r);
        }
        if (y.signum() < 0) {
            double xd = x.doubleValue();
            double yd = y.doubleValue();
            if (xd == 0.0) {
                throw Err.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return FloatMethods.pow(new PyFloat(xd), new PyFloat(yd), Py.None);
        }
        if (x.big == null && y.big == null) {
            long base = x.value;
            long e = y.value;
            if (base == 0 || base == 1) {
                return e == 0 ? PyInt.ONE : x;
            }
            if (base == -1) {
                return (e & 1) == 0 ? PyInt.ONE : PyInt.MINUS_ONE;
            }
            long result = 1;
            boolean overflow = false;
            long b2 = base;
            long e2 = e;
            while (e2 > 0) {
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
                if (e2 > 0) {
                    long hi = Math.multiplyHigh(b2, b2);
                    long lo = b2 * b2;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    b2 = lo;
                }
            }
            if (!overflow) {
                return PyInt.of(result);
            }
        }
        if (!y.isSmall() || y.value > Integer.MAX_VALUE) {
            throw Err.memory();
        }
        return PyInt.of(x.bigValue().pow((int) y.value));
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
        if (!y.isSmall() || y.value > Integer.MAX_VALUE) {
            throw Err.overflow("too many digits in integer");
        }
        int n = (int) y.value;
        if (x.big == null && n < 63) {
            long v = x.value;
            long r = v << n;
            if ((r >> n) == v) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(x.bigValue().shiftLeft(n));
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
        PyInt x = toInt(a);
        PyInt y = toInt(b);
        if (x == null || y == null) {
            return Py.NotImplemented;
        }
        if (x.big == null && y.big == null) {
            return PyInt.of(x.value & y.value);
        }
        return PyInt.of(x.bigValue().and(y.bigValue()));
    }

    public static PyObject or(PyObject a, PyObject b) {
        PyInt x = toInt(a);
        PyInt y = toInt(b);
        if (x == null || y == null) {
            return Py.NotImplemented;
        }
        if (x.big == null && y.big == null) {
            return PyInt.of(x.value | y.value);
        }
        return PyInt.of(x.bigValue().or(y.bigValue()));
    }

    public static PyObject xor(PyObject a, PyObject b) {
        PyInt x = toInt(a);
        PyInt y = toInt(b);
        if (x == null || y == null) {
            return Py.NotImplemented;
        }
        if (x.big == null && y.big == null) {
            return PyInt.of(x.value ^ y.value);
        }
        return PyInt.of(x.bigValue().xor(y.bigValue()));
    }

    public static PyInt negate(PyInt x) {
        if (x.big == null && x.value != Long.MIN_VALUE) {
            return PyInt.of(-x.value);
        }
        return PyInt.of(x.bigValue().negate());
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
        PyInt x = toInt(a);
        PyInt y = toInt(b);
        if (x == null || y == null) {
            return Py.NotImplemented;
        }
        return Py.bool(op.fromCompare(compare(x, y)));
    }

    public static String toDecimalString(PyInt x) {
        if (x.big == null) {
            return Long.toString(x.value);
        }
        return x.big.toString();
    }

    // ---- construction -------------------------------------------------------------------------

    /** int(s, base) for a Java string (also used by the compiler is not: literals are pre-parsed). */
    public static PyInt parse(String s, int base, PyObject original) {
        String t = s.strip();
        boolean ok = !t.isEmpty();
        int sign = 1;
        int i = 0;
        if (ok && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
            sign = t.charAt(0) == '-' ? -1 : 1;
            i = 1;
        }
        int b = base;
        if (ok && i + 1 < t.length() && t.charAt(i) == '0') {
            char p = Character.toLowerCase(t.charAt(i + 1));
            if ((p == 'x' && (b == 16 || b == 0)) || (p == 'o' && (b == 8 || b == 0)) || (p == 'b' && (b == 2 || b == 0))) {
                b = p == 'x' ? 16 : p == 'o' ? 8 : 2;
                i += 2;
                if (i < t.length() && t.charAt(i) == '_') {
                    i++;
                }
            }
        }
        if (b == 0) {
            b = 10;
            // base 0: a leading zero is only allowed for zero itself
            String digits = t.substring(i).replace("_", "");
            if (digits.length() > 1 && digits.charAt(0) == '0' && !digits.chars().allMatch(c -> c == '0')) {
                ok = false;
            }
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = true;
        for (int k = i; ok && k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == '_') {
                if (lastUnderscore) {
                    ok = false;
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, b);
            if (d < 0) {
                ok = false;
                break;
            }
            digits.append(c);
            lastUnderscore = false;
        }
        if (lastUnderscore || digits.length() == 0) {
            ok = false;
        }
        if (!ok) {
            throw Err.value("invalid literal for int() with base %d: %s", base, Abstract.reprJava(original));
        }
        if (b == 10 && digits.length() > 4300) {
            throw Err.value("Exceeds the limit (4300 digits) for integer string conversion: value has %d digits; "
                    + "use sys.set_int_max_str_digits() to increase the limit", digits.length());
        }
        BigInteger v = new BigInteger(digits.toString(), b);
        return PyInt.of(sign < 0 ? v.negate() : v);
    }

    static PyObject intNew(PyType type, PyObject[] args, String[] kw) {
        PyObject[] a = new ArgParser("int", "x=NULL, /, base=NULL").bind(args, kw);
        PyInt v;
        if (a[0] == null) {
            if (a[1] != null) {
                throw Err.type("int() missing string argument");
            }
            v = PyInt.ZERO;
        } else if (a[1] == null) {
            v = fromObject(a[0]);
        } else {
            long base = Abstract.asLong(a[1]);
            if (base != 0 && (base < 2 || base > 36)) {
                throw Err.value("int() base must be >= 2 and <= 36, or 0");
            }
            PyObject x = a[0];
            if (x instanceof PyStr s) {
                v = parse(s.value, (int) base, x);
            } else if (x instanceof PyBytes bs) {
                v = parse(new String(bs.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1), (int) base, x);
            } else {
                throw Err.type("int() can't convert non-string with explicit base");
            }
        }
        if (type == PyInt.TYPE) {
            return v;
        }
        return new PyInt.Derived(type, v.value, v.big);
    }

    /** int(x) for one argument. */
    public static PyInt fromObject(PyObject x) {
        if (x.type == PyInt.TYPE) {
            return (PyInt) x;
        }
        if (x.type.nb_int != null) {
            PyObject r = x.type.nb_int.apply(x);
            if (!(r instanceof PyInt ri)) {
                throw Err.type("__int__ returned non-int (type %s)", Err.tn(r));
            }
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
            return parse(new String(b.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1), 10, x);
        }
        throw Err.type("int() argument must be a string, a bytes-like object or a real number, not '%s'", Err.tn(x));
    }

    static void define(PyType t) {
        t.flags(PyType.BASETYPE | PyType.LONG_SUBCLASS | PyType.MATCH_SELF);
        t.doc("int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\n"
                + "are given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\n"
                + "If x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\n"
                + "given base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n"
                + "Base 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4");
        t.tp_new = IntMethods::intNew;
        t.tp_repr = self -> PyStr.of(toDecimalString((PyInt) self));
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
        t.nb_absolute = self -> ((PyInt) self).signum() < 0 ? negate((PyInt) self) : exact((PyInt) self);
        t.nb_invert = self -> {
            PyInt x = (PyInt) self;
            return x.big == null ? PyInt.of(~x.value) : PyInt.of(x.big.not());
        };
        t.nb_bool = self -> ((PyInt) self).signum() != 0;
        t.nb_int = self -> exact((PyInt) self);
        t.nb_index = self -> exact((PyInt) self);
        t.nb_float = self -> new PyFloat(((PyInt) self).doubleValue());
        t.method0("bit_length", self -> PyInt.of(((PyInt) self).bigValue().abs().bitLength()));
        t.method0("bit_count", self -> PyInt.of(((PyInt) self).bigValue().abs().bitCount()));
        t.method0("conjugate", self -> exact((PyInt) self));
        t.method0("as_integer_ratio", self -> PyTuple.of(exact((PyInt) self), PyInt.ONE));
        t.method0("__trunc__", self -> exact((PyInt) self));
        t.method0("__floor__", self -> exact((PyInt) self));
        t.method0("__ceil__", self -> exact((PyInt) self));
        t.method0("__getnewargs__", self -> PyTuple.of(exact((PyInt) self)));
        t.method0("__sizeof__", self -> PyInt.of(24 + 4L * Math.max(1, (((PyInt) self).bigValue().abs().bitLength() + 29) / 30)));
        t.getset("real", self -> exact((PyInt) self));
        t.getset("imag", self -> PyInt.ZERO);
        t.getset("numerator", self -> exact((PyInt) self));
        t.getset("denominator", self -> PyInt.ONE);
    }
}
