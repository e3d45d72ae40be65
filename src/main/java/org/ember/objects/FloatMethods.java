package org.ember.objects;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The operations of float: repr, arithmetic with Python's semantics, exact comparison with int. */
public final class FloatMethods {
    private FloatMethods() {}

    /** Shortest round-trip digits and decimal point position: value = 0.DIGITS * 10**decpt. */
    public record Digits(String digits, int decpt) {}

    /** The shortest digit string that round-trips (JDK 19+ Double.toString is shortest-decimal). */
    public static Digits shortest(double d) {
        String s = Double.toString(Math.abs(d));
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
        if (digits.equals("0")) {
            decpt = 1;
        }
        if (digits.length() == 2) {
            // The JDK prints at least two digits; Python prints one when one round-trips.
            Digits one = oneDigit(Math.abs(d), digits, decpt);
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
            if (cand.doubleValue() != x) {
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

    /** repr(float) as CPython prints it. */
    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        Digits g = shortest(d);
        String digits = g.digits;
        int decpt = g.decpt;
        StringBuilder sb = new StringBuilder();
        if (d < 0 || (d == 0 && 1 / d < 0)) {
            sb.append('-');
        }
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                sb.append('0');
            }
            sb.append(ae);
        } else if (decpt <= 0) {
            sb.append("0.");
            for (int i = 0; i < -decpt; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits);
            for (int i = digits.length(); i < decpt; i++) {
                sb.append('0');
            }
            sb.append(".0");
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
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
        Double x = toDouble(a);
        Double y = toDouble(b);
        return x == null || y == null ? Py.NotImplemented : new PyFloat(x + y);
    }

    public static PyObject sub(PyObject a, PyObject b) {
        Double x = toDouble(a);
        Double y = toDouble(b);
        return x == null || y == null ? Py.NotImplemented : new PyFloat(x - y);
    }

    public static PyObject mul(PyObject a, PyObject b) {
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

    /** Python's float floor division (CPython's float_divmod quotient). */
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

    public static PyObject pow(PyObject a, PyObject b, PyObject m) {
        if (m != Py.None) {
            if (toDouble(a) == null || toDouble(b) == null) {
                return Py.NotImplemented;
            }
            throw Err.type("pow() 3rd argument not allowed unless all arguments are integers");
        }
        Double xo = toDouble(a);
        Double yo = toDouble(b);
        if (xo == null || yo == null) {
            return Py.NotImplemented;
        }
        double x = xo;
        double y = yo;
        if (y == 0) {
            return new PyFloat(1.0);
        }
        if (Double.isNaN(x)) {
            return new PyFloat(y == 0 ? 1.0 : x);
        }
        if (x == 0) {
            if (y < 0 && !Double.isInfinite(y)) {
                throw Err.zeroDivision("0.0 cannot be raised to a negative power");
            }
        }
        if (x < 0 && y != Math.floor(y) && !Double.isInfinite(y)) {
            return PyComplex.pow(new PyComplex(x, 0), new PyComplex(y, 0));
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw PyOSError.fromErrnoType(PyExc.OverflowError, 34, "Numerical result out of range");
        }
        return new PyFloat(r);
    }

    /** Exact comparison of a double with an int (as CPython's float_richcompare). */
    public static int compareWithInt(double d, PyInt i) {
        if (Double.isInfinite(d)) {
            return d > 0 ? 1 : -1;
        }
        if (i.isSmall() && Math.abs(i.longValue()) < (1L << 53)) {
            return Double.compare(d == 0.0 ? 0.0 : d, (double) i.longValue() == 0.0 ? 0.0 : (double) i.longValue());
        }
        BigDecimal bd = new BigDecimal(d);
        return bd.compareTo(new BigDecimal(i.bigValue()));
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

    /** float(str): accepts what Python accepts (underscores between digits, inf/nan words, whitespace). */
    public static double parse(String s, PyObject original) {
        String t = s.strip();
        String lower = t.toLowerCase();
        String body = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean neg = lower.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return neg ? -Double.NaN : Double.NaN;
        }
        if (!body.isEmpty() && validDecimal(body)) {
            try {
                return Double.parseDouble(t.replace("_", ""));
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw Err.value("could not convert string to float: %s", Abstract.reprJava(original));
    }

    private static boolean validDecimal(String s) {
        int i = 0;
        int n = s.length();
        int digits = 0;
        boolean lastDigit = false;
        while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            if (s.charAt(i) == '_' && !lastDigit) {
                return false;
            }
            lastDigit = s.charAt(i) != '_';
            if (lastDigit) {
                digits++;
            }
            i++;
        }
        if (i > 0 && !lastDigit) {
            return false;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            lastDigit = false;
            boolean first = true;
            while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                if (s.charAt(i) == '_' && (first || !lastDigit)) {
                    return false;
                }
                lastDigit = s.charAt(i) != '_';
                if (lastDigit) {
                    digits++;
                }
                first = false;
                i++;
            }
            if (!first && !lastDigit) {
                return false;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && s.charAt(i) == 'e') {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int ed = 0;
            lastDigit = false;
            while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                if (s.charAt(i) == '_' && !lastDigit) {
                    return false;
                }
                lastDigit = s.charAt(i) != '_';
                if (lastDigit) {
                    ed++;
                }
                i++;
            }
            if (ed == 0 || !lastDigit) {
                return false;
            }
        }
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (c > 0x7f) {
                return false;
            }
        }
        return i == n;
    }

    static PyObject floatNew(PyType type, PyObject[] args, String[] kw) {
        ArgParser.noKeywords("float", kw);
        ArgParser.checkPositional("float", args.length, 0, 1);
        double v;
        if (args.length == 0) {
            v = 0.0;
        } else {
            PyObject x = args[0];
            if (x instanceof PyStr s) {
                v = parse(s.value, x);
            } else if (x instanceof PyBytes b) {
                v = parse(new String(b.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1), x);
            } else if (x.type.nb_float != null) {
                PyObject r = x.type.nb_float.apply(x);
                if (!(r instanceof PyFloat rf)) {
                    throw Err.type("%s.__float__ returned non-float (type %s)", Err.tn(x), Err.tn(r));
                }
                if (r.type != PyFloat.TYPE) {
                    Warnings.warn(PyExc.DeprecationWarning, Err.tn(x) + ".__float__ returned non-float (type " + Err.tn(r)
                            + ").  The ability to return an instance of a strict subclass of float is deprecated, "
                            + "and may be removed in a future version of Python.", 1);
                }
                v = rf.value;
            } else if (x.type.nb_index != null) {
                v = Abstract.index(x).doubleValue();
            } else {
                throw Err.type("float() argument must be a string or a real number, not '%s'", Err.tn(x));
            }
        }
        return type == PyFloat.TYPE ? new PyFloat(v) : new PyFloat.Derived(type, v);
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
        t.nb_positive = self -> self.type == PyFloat.TYPE ? self : new PyFloat(((PyFloat) self).value);
        t.nb_absolute = self -> new PyFloat(Math.abs(((PyFloat) self).value));
        t.nb_bool = self -> ((PyFloat) self).value != 0.0;
        t.nb_int = self -> fromDouble(((PyFloat) self).value);
        t.nb_float = self -> self.type == PyFloat.TYPE ? self : new PyFloat(((PyFloat) self).value);
        t.method0("is_integer", self -> {
            double d = ((PyFloat) self).value;
            return Py.bool(!Double.isInfinite(d) && d == Math.floor(d));
        });
        t.method0("conjugate", self -> self.type == PyFloat.TYPE ? self : new PyFloat(((PyFloat) self).value));
        t.method0("__trunc__", self -> fromDouble(((PyFloat) self).value));
        t.method0("__floor__", self -> fromDouble(Math.floor(((PyFloat) self).value)));
        t.method0("__ceil__", self -> fromDouble(Math.ceil(((PyFloat) self).value)));
        t.method0("__getnewargs__", self -> PyTuple.of(new PyFloat(((PyFloat) self).value)));
        t.method0("as_integer_ratio", self -> {
            double d = ((PyFloat) self).value;
            if (Double.isInfinite(d)) {
                throw Err.overflow("cannot convert Infinity to integer ratio");
            }
            if (Double.isNaN(d)) {
                throw Err.value("cannot convert NaN to integer ratio");
            }
            BigDecimal bd = new BigDecimal(d);
            BigInteger num = bd.unscaledValue();
            BigInteger den = BigInteger.ONE;
            int scale = bd.scale();
            if (scale > 0) {
                den = BigInteger.TEN.pow(scale);
            } else {
                num = num.multiply(BigInteger.TEN.pow(-scale));
            }
            BigInteger g = num.gcd(den);
            return PyTuple.of(PyInt.of(num.divide(g)), PyInt.of(den.divide(g)));
        });
        t.getset("real", self -> self.type == PyFloat.TYPE ? self : new PyFloat(((PyFloat) self).value));
        t.getset("imag", self -> new PyFloat(0.0));
    }

    /** int(x) for a float: truncation toward zero, with CPython's errors for inf and nan. */
    public static PyInt fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw Err.value("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Err.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.2e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }
}
