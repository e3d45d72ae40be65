package org.ember.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.Err;
import org.ember.objects.FloatMethods;
import org.ember.objects.IntMethods;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyException;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.runtime.Interpreter;

/**
 * The math module, as CPython 3.11's Modules/mathmodule.c: libm wrappers with its error
 * rules ("math domain error", "math range error"), exact integer functions (factorial, comb,
 * perm, isqrt, gcd, lcm), correctly rounded fsum, the vector_norm of hypot and dist, the
 * Lanczos gamma/lgamma, log of huge ints, and the rest.
 */
public final class MathModule {
    private MathModule() {}

    static final double PI = Math.PI;
    private static final double LOGPI = 1.144729885849400174143427351353058711647;
    private static final double SQRTPI = 1.772453850905516027298167483341145182798;
    static final double LN2 = 0.6931471805599453094;

    /** Creates the math module for an interpreter. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("math");
        m.put("__doc__", PyStr.of("This module provides access to the mathematical functions\ndefined by the C standard."));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        m.put("pi", new PyFloat(Math.PI));
        m.put("e", new PyFloat(Math.E));
        m.put("tau", new PyFloat(2 * Math.PI));
        m.put("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.put("nan", new PyFloat(Double.NaN));
        return m;
    }

    // ---- argument helpers ---------------------------------------------------------------------

    /** PyFloat_AsDouble with the exact-type fast paths of ASSIGN_DOUBLE. */
    static double asDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.doubleValue();
        }
        return Abstract.asDouble(o);
    }

    static PyException domainError() {
        return Err.value("math domain error");
    }

    static PyException rangeError() {
        return Err.overflow("math range error");
    }

    /** A METH_O function with CPython's "math.f() takes exactly one argument" error. */
    private static NativeFunction fn1(String name, NativeFunction.F1 f) {
        return NativeFunction.ofVector(name, (self, args, kw) -> {
            ArgParser.noKeywords("math." + name, kw);
            if (args.length != 1) {
                throw Err.type("math.%s() takes exactly one argument (%d given)", name, args.length);
            }
            return f.call(self, args[0]);
        });
    }

    /** A function of two positional arguments (_PyArg_CheckPositional messages). */
    private static NativeFunction fn2(String name, NativeFunction.F2 f) {
        return NativeFunction.ofVector(name, (self, args, kw) -> {
            ArgParser.noKeywords("math." + name, kw);
            ArgParser.checkPositional(name, args.length, 2, 2);
            return f.call(self, args[0], args[1]);
        });
    }

    @FunctionalInterface
    interface D1 {
        double apply(double x);
    }

    @FunctionalInterface
    interface D2 {
        double apply(double x, double y);
    }

    /** math_1: NaN from non-NaN is a domain error; inf from finite is a range (or domain) error. */
    static PyObject math1(PyObject arg, D1 f, boolean canOverflow) {
        double x = asDouble(arg);
        double r = f.apply(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return new PyFloat(r);
    }

    /** Signals of the errno-setting functions (math_1a): throw to report EDOM or ERANGE. */
    static final class Errno extends RuntimeException {
        final boolean range;

        Errno(boolean range) {
            super(null, null, false, false);
            this.range = range;
        }
    }

    private static final Errno EDOM = new Errno(false);
    private static final Errno ERANGE = new Errno(true);

    /** math_1a: f signals errors by throwing EDOM/ERANGE; ERANGE with |r| < 1.5 is ignored by the callee. */
    static PyObject math1a(PyObject arg, D1 f) {
        double x = asDouble(arg);
        try {
            return new PyFloat(f.apply(x));
        } catch (Errno e) {
            throw e.range ? rangeError() : domainError();
        }
    }

    /** math_2. */
    static PyObject math2(PyObject a, PyObject b, D2 f) {
        double x = asDouble(a);
        double y = asDouble(b);
        double r = f.apply(x, y);
        if (Double.isNaN(r)) {
            if (!Double.isNaN(x) && !Double.isNaN(y)) {
                throw domainError();
            }
        } else if (Double.isInfinite(r)) {
            if (Double.isFinite(x) && Double.isFinite(y)) {
                throw rangeError();
            }
        }
        return new PyFloat(r);
    }

    // ---- libm functions ---------------------------------------------------------------------------

    private static final double CBRT2 = 1.2599210498948731648;
    private static final double SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    /** cbrt with the numerics of the GNU C library's cbrt (so results match CPython on Linux bit for bit). */
    static double cbrt(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x + x;
        }
        double ax = Math.abs(x);
        int xe;
        double xm;
        if (Math.getExponent(ax) < Double.MIN_EXPONENT) {
            xe = Math.getExponent(ax * 0x1p54) + 1 - 54;
        } else {
            xe = Math.getExponent(ax) + 1;
        }
        xm = Math.scalb(ax, -xe);
        double u = (0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430
                + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm));
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(Math.copySign(ym, x), xe / 3);
    }

    static double asinh(double x) {
        double ax = Math.abs(x);
        if (!Double.isFinite(x)) {
            return x + x;
        }
        if (ax < 0x1p-28) {
            return x;
        }
        double w;
        if (ax > 0x1p28) {
            w = Math.log(ax) + LN2;
        } else if (ax > 2.0) {
            w = Math.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
        } else {
            double t = x * x;
            w = Math.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    static double acosh(double x) {
        if (x < 1.0) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            if (Double.isInfinite(x) || Double.isNaN(x)) {
                return x + x;
            }
            return Math.log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x > 2.0) {
            double t = x * x;
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x)) {
            return x;
        }
        if (ax > 1.0) {
            return Double.NaN;
        }
        if (ax == 1.0) {
            return x / 0.0;
        }
        if (ax < 0x1p-28) {
            return x;
        }
        double t;
        if (ax < 0.5) {
            t = ax + ax;
            t = 0.5 * Math.log1p(t + t * ax / (1.0 - ax));
        } else {
            t = 0.5 * Math.log1p((ax + ax) / (1.0 - ax));
        }
        return Math.copySign(t, x);
    }

    static double exp2(double x) {
        return Math.pow(2.0, x);
    }

    /** sin(pi*x) for finite x (m_sinpi). */
    static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r = switch (n) {
            case 0 -> Math.sin(PI * y);
            case 1 -> Math.cos(PI * (y - 0.5));
            case 2 -> Math.sin(PI * (1.0 - y));
            case 3 -> -Math.cos(PI * (y - 1.5));
            default -> Math.sin(PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959, 35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390, 6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772, 248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640, 2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328, 8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291, 2.5066282746310002701649081771338373386264310793408};
    private static final double[] LANCZOS_DEN = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    private static final double[] GAMMA_INTEGRAL = {1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
        3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0,
        355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0,
        1124000727777607680000.0};

    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = 12; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < 13; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** m_tgamma: the Lanczos approximation with CPython's parameters and correction. */
    static double tgamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0.0) {
                return x;
            }
            throw EDOM;
        }
        if (x == 0.0) {
            throw EDOM;
        }
        if (x == Math.floor(x)) {
            if (x < 0.0) {
                throw EDOM;
            }
            if (x <= GAMMA_INTEGRAL.length) {
                return GAMMA_INTEGRAL[(int) x - 1];
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) {
                throw ERANGE;
            }
            return r;
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return 0.0 / sinpi(x);
            }
            throw ERANGE;
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Math.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (Double.isInfinite(r)) {
            throw ERANGE;
        }
        return r;
    }

    /** m_lgamma. */
    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x)) {
                return x;
            }
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw EDOM;
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -Math.log(absx);
        }
        double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = LOGPI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
        }
        if (Double.isInfinite(r)) {
            throw ERANGE;
        }
        return r;
    }

    static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                if (Math.copySign(1.0, x) == 1.0) {
                    return Math.copySign(0.25 * Math.PI, y);
                }
                return Math.copySign(0.75 * Math.PI, y);
            }
            return Math.copySign(0.5 * Math.PI, y);
        }
        if (Double.isInfinite(x) || y == 0.0) {
            if (Math.copySign(1.0, x) == 1.0) {
                return Math.copySign(0.0, y);
            }
            return Math.copySign(Math.PI, y);
        }
        return atan2Finite(y, x);
    }

    // ---- correctly rounded atan, atan2, asin, acos (as the GNU C library's) ----------------------

    private static final double PI_HI = 3.141592653589793;
    private static final double PI_LO = 1.2246467991473532e-16;
    private static final double PI2_HI = 1.5707963267948966;
    private static final double PI2_LO = 6.123233995736766e-17;
    /** atan(k/64) for k = 0..64 as double-double (hi, lo), computed once in extended precision. */
    private static final double[] ATAN_TABLE = atanTable();

    private static double[] atanTable() {
        MathContext mc = new MathContext(45, RoundingMode.HALF_EVEN);
        BigDecimal pi4 = new BigDecimal("0.785398163397448309615660845819875721049292349843776455243736148076954101571552249657008706335529267");
        double[] t = new double[130];
        for (int k = 0; k <= 64; k++) {
            BigDecimal c = BigDecimal.valueOf(k).divide(BigDecimal.valueOf(64), mc);
            // atan(c) = pi/4 + atan((c - 1)/(c + 1)), whose argument is at most 1 in magnitude and 1/3 for c >= 1/2.
            BigDecimal v;
            if (k < 32) {
                v = atanSeries(c, mc);
            } else {
                v = pi4.add(atanSeries(c.subtract(BigDecimal.ONE).divide(c.add(BigDecimal.ONE), mc), mc), mc);
            }
            double hi = v.doubleValue();
            double lo = v.subtract(new BigDecimal(hi), mc).doubleValue();
            t[2 * k] = hi;
            t[2 * k + 1] = lo;
        }
        return t;
    }

    private static BigDecimal atanSeries(BigDecimal u, MathContext mc) {
        BigDecimal u2 = u.multiply(u, mc);
        BigDecimal term = u;
        BigDecimal sum = u;
        BigDecimal eps = new BigDecimal("1e-50");
        for (int n = 1; n < 400; n++) {
            term = term.multiply(u2, mc).negate();
            BigDecimal t = term.divide(BigDecimal.valueOf(2L * n + 1), mc);
            sum = sum.add(t, mc);
            if (t.abs().compareTo(eps) < 0) {
                break;
            }
        }
        return sum;
    }

    /** atan of the double-double th + tl >= 0, as a double-double in out. */
    private static void atanDD(double th, double tl, double[] out) {
        boolean invert = false;
        if (th > 1.0) {
            double q = 1.0 / th;
            double ql = (Math.fma(-q, th, 1.0) - q * tl) / th;
            th = q;
            tl = ql;
            invert = true;
        }
        int k = (int) Math.rint(th * 64.0);
        double rh;
        double rl;
        if (k == 0) {
            rh = th;
            rl = tl;
        } else {
            double c = k / 64.0;
            // numerator t - c (two-sum), denominator 1 + t*c
            double nh = th - c;
            double nl = ((th - (nh + c)) + (-c - (nh - th))) + tl;
            double s = nh + nl;
            nl = nl - (s - nh);
            nh = s;
            double p = th * c;
            double pe = Math.fma(th, c, -p) + tl * c;
            double dh = 1.0 + p;
            double dl = (p - (dh - 1.0)) + pe;
            // u = n / d
            double uh = nh / dh;
            double r = Math.fma(-uh, dh, nh) + nl - uh * dl;
            double ul = r / dh;
            rh = uh;
            rl = ul;
        }
        // atan(u) = u - u^3/3 + u^5/5 - ... with |u| <= 1/128 (or t itself when k == 0, |t| < 1/128)
        double u2 = rh * rh;
        double tail = rh * u2 * (-1.0 / 3 + u2 * (1.0 / 5 + u2 * (-1.0 / 7 + u2 * (1.0 / 9 + u2 * (-1.0 / 11 + u2 * (1.0 / 13))))));
        double ah = ATAN_TABLE[2 * k];
        double al = ATAN_TABLE[2 * k + 1];
        // sum = (ah + al) + (rh + rl) + tail
        double sh = ah + rh;
        double sl = (ah - (sh - (sh - ah))) + (rh - (sh - ah)) + al + rl + tail;
        double h = sh + sl;
        double l = sl - (h - sh);
        if (invert) {
            double h2 = PI2_HI - h;
            double l2 = ((PI2_HI - h2) - h) + PI2_LO - l;
            h = h2 + l2;
            l = l2 - (h - h2);
        }
        out[0] = h;
        out[1] = l;
    }

    /** Correctly rounded atan (for finite x). */
    static double atan(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Math.copySign(PI2_HI, x);
        }
        double ax = Math.abs(x);
        if (ax < 0x1p-27) {
            return x;
        }
        if (ax > 0x1p60) {
            return Math.copySign(PI2_HI, x);
        }
        double[] r = new double[2];
        atanDD(ax, 0.0, r);
        return Math.copySign(r[0] + r[1], x);
    }

    /** Correctly rounded atan2 for finite, nonzero-y arguments (the special cases are in {@link #atan2}). */
    static double atan2Finite(double y, double x) {
        double ay = Math.abs(y);
        double ax = Math.abs(x);
        double[] r = new double[2];
        if (ax == 0.0) {
            return Math.copySign(PI2_HI, y);
        }
        // scale to avoid overflow/underflow in the quotient
        int ey = Math.getExponent(ay);
        int ex = Math.getExponent(ax);
        double h;
        double l;
        if (ey - ex > 60) {
            h = PI2_HI;
            l = PI2_LO;
        } else if (ex - ey > 60) {
            // atan(t) ~ t to far below half an ulp: the correctly rounded quotient
            if (x > 0) {
                return Math.copySign(ay / ax, y);
            }
            h = ay / ax;
            l = 0.0;
        } else {
            double sy = Math.scalb(ay, -ey);
            double sx = Math.scalb(ax, -ey);
            double th = sy / sx;
            double tl = Math.fma(-th, sx, sy) / sx;
            atanDD(th, tl, r);
            h = r[0];
            l = r[1];
        }
        if (x < 0) {
            double h2 = PI_HI - h;
            double l2 = ((PI_HI - h2) - h) + PI_LO - l;
            h = h2;
            l = l2;
        }
        return Math.copySign(h + l, y);
    }

    /** Correctly rounded asin: atan2(x, sqrt((1 - x)(1 + x))) in double-double. */
    static double asin(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax > 1.0) {
            return Double.NaN;
        }
        if (ax < 0x1p-26) {
            return x;
        }
        if (ax == 1.0) {
            return Math.copySign(PI2_HI, x);
        }
        double[] c = sqrtOneMinusSquare(ax);
        double[] r = new double[2];
        // t = ax / c
        double th = ax / c[0];
        double tl = (Math.fma(-th, c[0], ax) - th * c[1]) / c[0];
        atanDD(th, tl, r);
        return Math.copySign(r[0] + r[1], x);
    }

    /** Correctly rounded acos. */
    static double acos(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax > 1.0) {
            return Double.NaN;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x == -1.0) {
            return PI_HI;
        }
        if (ax < 0x1p-57) {
            return PI2_HI;
        }
        double[] c = sqrtOneMinusSquare(ax);
        double[] r = new double[2];
        // acos(|x|) = atan(c / |x|)
        double th = c[0] / ax;
        double tl = (Math.fma(-th, ax, c[0]) + c[1]) / ax;
        atanDD(th, tl, r);
        double h = r[0];
        double l = r[1];
        if (x < 0) {
            double h2 = PI_HI - h;
            double l2 = ((PI_HI - h2) - h) + PI_LO - l;
            h = h2;
            l = l2;
        }
        return h + l;
    }

    /** sqrt(1 - a*a) as a double-double, 0 <= a < 1. */
    private static double[] sqrtOneMinusSquare(double a) {
        // 1 - a^2 = (1 - a)(1 + a): 1 - a is exact for a >= 0.5; use fma otherwise.
        double sh;
        double sl;
        double a2 = a * a;
        double a2e = Math.fma(a, a, -a2);
        sh = 1.0 - a2;
        sl = ((1.0 - sh) - a2) - a2e;
        double r = Math.sqrt(sh);
        double rr = r * r;
        double rre = Math.fma(r, r, -rr);
        double res = ((sh - rr) - rre) + sl;
        double corr = res / (2 * r);
        double h = r + corr;
        double l = corr - (h - r);
        return new double[] {h, l};
    }

    static double remainder(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (y == 0.0) {
                return Double.NaN;
            }
            double absx = Math.abs(x);
            double absy = Math.abs(y);
            double m = absx % absy;
            double c = absy - m;
            double r;
            if (m < c) {
                r = m;
            } else if (m > c) {
                r = -c;
            } else {
                r = m - 2.0 * ((0.5 * (absx - m)) % absy);
            }
            return Math.copySign(1.0, x) * r;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        if (Double.isInfinite(x)) {
            return Double.NaN;
        }
        return x;
    }

    static double log(double x) {
        if (Double.isFinite(x)) {
            if (x > 0.0) {
                return Math.log(x);
            }
            throw EDOM;
        }
        if (Double.isNaN(x) || x > 0.0) {
            return x;
        }
        throw EDOM;
    }

    static double log2(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0.0) {
                return x;
            }
            throw EDOM;
        }
        if (x > 0.0) {
            return log2Positive(x);
        }
        throw EDOM;
    }

    /** log2 of a positive finite double: exact for powers of two, else correctly rounded in practice. */
    private static double log2Positive(double x) {
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {
            e = Math.getExponent(x * 0x1p54) - 54;
        }
        double m = Math.scalb(x, -e); // 1 <= m < 2
        if (m == 1.0) {
            return e;
        }
        if (m > Math.sqrt(2)) {
            m /= 2;
            e++;
        }
        // e + ln(m)/ln(2) to 40 digits, then rounded once.
        BigDecimal bm = new BigDecimal(m);
        BigDecimal u = bm.subtract(BigDecimal.ONE).divide(bm.add(BigDecimal.ONE), MC45);
        BigDecimal u2 = u.multiply(u, MC45);
        BigDecimal term = u;
        BigDecimal sum = u;
        for (int k = 3; k < 200; k += 2) {
            term = term.multiply(u2, MC45);
            BigDecimal t = term.divide(BigDecimal.valueOf(k), MC45);
            sum = sum.add(t, MC45);
            if (t.signum() == 0 || t.abs().compareTo(BD_TINY) < 0) {
                break;
            }
        }
        BigDecimal ln = sum.add(sum);
        return BigDecimal.valueOf(e).add(ln.divide(BD_LN2, MC45), MC45).doubleValue();
    }

    private static final MathContext MC45 = new MathContext(45, RoundingMode.HALF_EVEN);
    private static final BigDecimal BD_TINY = new BigDecimal("1e-50");
    private static final BigDecimal BD_LN2 = new BigDecimal("0.693147180559945309417232121458176568075500134360255254120680009493393621969694715605863326996418687542");

    static double log10(double x) {
        if (Double.isFinite(x)) {
            if (x > 0.0) {
                return StrictMath.log10(x);
            }
            throw EDOM;
        }
        if (Double.isNaN(x) || x > 0.0) {
            return x;
        }
        throw EDOM;
    }

    static double log1p(double x) {
        if (x == 0.0) {
            return x;
        }
        return Math.log1p(x);
    }

    // ---- erf / erfc (correctly rounded, computed in extended precision) ------------------------

    private static final MathContext MC = new MathContext(40, RoundingMode.HALF_EVEN);

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Math.copySign(1.0, x);
        }
        double ax = Math.abs(x);
        if (ax < 0x1p-28) {
            // erf(x) ~ 2x/sqrt(pi) (1 - x^2/3): correctly rounded from the leading term.
            return x + x * 0.1283791670955126;
        }
        if (ax >= 6.0) {
            return Math.copySign(1.0, x);
        }
        BigDecimal v = erfSeries(new BigDecimal(ax));
        return Math.copySign(v.doubleValue(), x);
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 0.0 : 2.0;
        }
        if (x >= 27.3) {
            return 0.0;
        }
        if (x <= -6.0) {
            return 2.0;
        }
        BigDecimal bx = new BigDecimal(x);
        if (x < 3.0) {
            BigDecimal e = x < 0 ? erfSeries(bx.negate()).negate() : erfSeries(bx);
            return BigDecimal.ONE.subtract(e, MC).doubleValue();
        }
        return erfcContinuedFraction(bx).doubleValue();
    }

    private static final BigDecimal BD_TWO_OVER_SQRTPI = new BigDecimal("1.128379167095512573896158903121545171688101258657997713688171443421284936882986828973487320404214727");

    /** erf(x) = 2/sqrt(pi) exp(-x^2) sum x^(2n+1) 2^n / (1*3*...*(2n+1)), for x > 0 (no cancellation). */
    private static BigDecimal erfSeries(BigDecimal x) {
        MathContext mc = MC;
        BigDecimal x2 = x.multiply(x, mc);
        BigDecimal twoX2 = x2.add(x2);
        BigDecimal term = x;
        BigDecimal sum = x;
        BigDecimal eps = new BigDecimal("1e-45");
        for (int n = 1; n < 2000; n++) {
            term = term.multiply(twoX2, mc).divide(BigDecimal.valueOf(2L * n + 1), mc);
            sum = sum.add(term, mc);
            if (term.compareTo(sum.multiply(eps)) < 0) {
                break;
            }
        }
        return BD_TWO_OVER_SQRTPI.multiply(sum, mc).multiply(bigExp(x2.negate()), mc);
    }

    /** erfc(x) for x >= 0.5 by the continued fraction exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...)))). */
    private static BigDecimal erfcContinuedFraction(BigDecimal x) {
        MathContext mc = MC;
        double xd = x.doubleValue();
        int terms = (int) (60 + 2000 / (xd * xd));
        BigDecimal f = x;
        for (int k = terms; k >= 1; k--) {
            BigDecimal a = BigDecimal.valueOf(k).divide(BigDecimal.valueOf(2), mc);
            f = x.add(a.divide(f, mc), mc);
        }
        BigDecimal inv = BD_TWO_OVER_SQRTPI.divide(BigDecimal.valueOf(2), mc);
        return inv.multiply(bigExp(x.multiply(x, mc).negate()), mc).divide(f, mc);
    }

    /** exp(v) to 40 significant digits for |v| < 800. */
    private static BigDecimal bigExp(BigDecimal v) {
        MathContext mc = new MathContext(60, RoundingMode.HALF_EVEN);
        // exp(v) = exp(v / 2^k)^(2^k)
        int k = 0;
        BigDecimal r = v;
        while (r.abs().compareTo(BigDecimal.valueOf(0.01)) > 0) {
            r = r.divide(BigDecimal.valueOf(2), mc);
            k++;
        }
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; n < 60; n++) {
            term = term.multiply(r, mc).divide(BigDecimal.valueOf(n), mc);
            sum = sum.add(term, mc);
            if (term.abs().compareTo(new BigDecimal("1e-62")) < 0) {
                break;
            }
        }
        for (int i = 0; i < k; i++) {
            sum = sum.multiply(sum, mc);
        }
        return sum.round(MC);
    }

    // ---- fsum, vector_norm ------------------------------------------------------------------------

    static double fsum(PyObject seq) {
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        PyObject it = Abstract.iter(seq);
        PyObject item;
        while ((item = Abstract.next(it)) != null) {
            double x = asDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double yr = hi - x;
                double lo = y - yr;
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) {
                        throw Err.overflow("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n >= p.length) {
                        p = java.util.Arrays.copyOf(p, p.length * 2);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw Err.value("-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    /** vector_norm: sqrt(sum(x**2)) with scaling, Veltkamp-Dekker splitting and compensated summation. */
    static double vectorNorm(int n, double[] vec, double max, boolean foundNan) {
        final double t27 = 134217729.0;
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0.0 || n <= 1) {
            return max;
        }
        int maxE = frexpExponent(max);
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        double frac3 = 0.0;
        if (maxE >= -1023) {
            double scale = Math.scalb(1.0, -maxE);
            for (int i = 0; i < n; i++) {
                double x = vec[i];
                x *= scale;
                double t = x * t27;
                double hi = t - (t - x);
                double lo = x - hi;
                x = hi * hi;
                double oldcsum = csum;
                csum += x;
                frac1 += (oldcsum - csum) + x;
                x = 2.0 * hi * lo;
                oldcsum = csum;
                csum += x;
                frac2 += (oldcsum - csum) + x;
                frac3 += lo * lo;
            }
            double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
            double x = h;
            double t = x * t27;
            double hi = t - (t - x);
            double lo = x - hi;
            x = -hi * hi;
            double oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = -2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            x = -lo * lo;
            oldcsum = csum;
            csum += x;
            frac3 += (oldcsum - csum) + x;
            x = csum - 1.0 + (frac1 + frac2 + frac3);
            return (h + x / (2.0 * h)) / scale;
        }
        for (int i = 0; i < n; i++) {
            double x = vec[i];
            x /= max;
            x = x * x;
            double oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
        }
        return max * Math.sqrt(csum - 1.0 + frac1);
    }

    /** The exponent e of frexp(x) = (m, e), 0.5 <= |m| < 1, for finite nonzero x. */
    static int frexpExponent(double x) {
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {
            return Math.getExponent(x * 0x1p54) - 54 + 1;
        }
        return e + 1;
    }

    // ---- integer functions ----------------------------------------------------------------------

    static PyInt factorial(PyObject arg) {
        PyInt n = Abstract.index(arg);
        if (!n.isSmall()) {
            if (n.signum() < 0) {
                throw Err.value("factorial() not defined for negative values");
            }
            throw Err.overflow("factorial() argument should not exceed %d", Long.MAX_VALUE);
        }
        long x = n.longValue();
        if (x < 0) {
            throw Err.value("factorial() not defined for negative values");
        }
        if (x <= 20) {
            long r = 1;
            for (int i = 2; i <= x; i++) {
                r *= i;
            }
            return PyInt.of(r);
        }
        if (x > Integer.MAX_VALUE) {
            throw Err.memory();
        }
        BigInteger odd = factorialOddPart(x);
        long twoValuation = x - Long.bitCount(x);
        return PyInt.of(odd.shiftLeft((int) twoValuation));
    }

    /** Product of the odd integers in [start, stop) (both odd), split recursively for balanced multiplications. */
    private static BigInteger oddProduct(long start, long stop) {
        long count = (stop - start) / 2;
        if (count <= 8) {
            BigInteger r = BigInteger.ONE;
            long acc = 1;
            for (long j = start; j < stop; j += 2) {
                if (Math.multiplyHigh(acc, j) != 0 || acc * j < 0) {
                    r = r.multiply(BigInteger.valueOf(acc));
                    acc = 1;
                }
                acc *= j;
            }
            return r.multiply(BigInteger.valueOf(acc));
        }
        long mid = (start + count) | 1;
        return oddProduct(start, mid).multiply(oddProduct(mid, stop));
    }

    private static BigInteger factorialOddPart(long n) {
        BigInteger inner = BigInteger.ONE;
        BigInteger outer = BigInteger.ONE;
        long upper = 3;
        for (int i = 63 - Long.numberOfLeadingZeros(n) - 1; i >= 0; i--) {
            long v = n >> i;
            if (v <= 2) {
                continue;
            }
            long lower = upper;
            upper = (v + 1) | 1;
            inner = inner.multiply(oddProduct(lower, upper));
            outer = outer.multiply(inner);
        }
        return outer;
    }

    /** P(n, k) or C(n, k) for 0 <= k <= n, by recursive splitting. */
    private static BigInteger permComb(BigInteger n, long k, boolean comb) {
        if (k == 0) {
            return BigInteger.ONE;
        }
        if (k == 1) {
            return n;
        }
        long j = k / 2;
        BigInteger a = permComb(n, j, comb);
        BigInteger b = permComb(n.subtract(BigInteger.valueOf(j)), k - j, comb);
        BigInteger r = a.multiply(b);
        if (comb) {
            r = r.divide(permComb(BigInteger.valueOf(k), j, true));
        }
        return r;
    }

    static PyInt perm(PyObject nObj, PyObject kObj) {
        if (kObj == null || kObj == Py.None) {
            return factorial(nObj);
        }
        PyInt n = Abstract.index(nObj);
        PyInt k = Abstract.index(kObj);
        if (n.signum() < 0) {
            throw Err.value("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw Err.value("k must be a non-negative integer");
        }
        if (IntMethods.compare(n, k) < 0) {
            return PyInt.ZERO;
        }
        if (!k.isSmall()) {
            throw Err.overflow("k must not exceed %d", Long.MAX_VALUE);
        }
        return PyInt.of(permComb(n.bigValue(), k.longValue(), false));
    }

    static PyInt comb(PyObject nObj, PyObject kObj) {
        PyInt n = Abstract.index(nObj);
        PyInt k = Abstract.index(kObj);
        if (n.signum() < 0) {
            throw Err.value("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw Err.value("k must be a non-negative integer");
        }
        BigInteger bn = n.bigValue();
        BigInteger bk = k.bigValue();
        BigInteger nk = bn.subtract(bk);
        if (nk.signum() < 0) {
            return PyInt.ZERO;
        }
        if (nk.compareTo(bk) < 0) {
            bk = nk;
        }
        if (bk.bitLength() > 63) {
            throw Err.overflow("min(n - k, k) must not exceed %d", Long.MAX_VALUE);
        }
        return PyInt.of(permComb(bn, bk.longValue(), true));
    }

    static PyInt isqrt(PyObject arg) {
        PyInt n = Abstract.index(arg);
        if (n.signum() < 0) {
            throw Err.value("isqrt() argument must be nonnegative");
        }
        return PyInt.of(n.bigValue().sqrt());
    }

    static PyObject gcd(PyObject[] args) {
        if (args.length == 0) {
            return PyInt.ZERO;
        }
        PyInt res = Abstract.index(args[0]);
        if (args.length == 1) {
            return IntMethods.abs(res);
        }
        BigInteger g = res.bigValue();
        boolean one = false;
        for (int i = 1; i < args.length; i++) {
            PyInt x = Abstract.index(args[i]);
            if (one) {
                continue;
            }
            g = g.gcd(x.bigValue());
            one = g.equals(BigInteger.ONE);
        }
        return PyInt.of(g.abs());
    }

    static PyObject lcm(PyObject[] args) {
        if (args.length == 0) {
            return PyInt.ONE;
        }
        PyInt res = Abstract.index(args[0]);
        if (args.length == 1) {
            return IntMethods.abs(res);
        }
        BigInteger l = res.bigValue();
        for (int i = 1; i < args.length; i++) {
            PyInt x = Abstract.index(args[i]);
            if (l.signum() == 0) {
                continue;
            }
            BigInteger b = x.bigValue();
            if (b.signum() == 0) {
                l = BigInteger.ZERO;
                continue;
            }
            l = l.divide(l.gcd(b)).multiply(b).abs();
        }
        return PyInt.of(l.abs());
    }

    // ---- functions dispatching to special methods ---------------------------------------------

    static PyObject floor(PyObject x) {
        if (x.type == PyFloat.TYPE) {
            return FloatMethods.fromDouble(Math.floor(((PyFloat) x).value));
        }
        PyObject m = x.type.lookup("__floor__");
        if (m != null) {
            return Abstract.callBound(m, x);
        }
        return FloatMethods.fromDouble(Math.floor(Abstract.asDouble(x)));
    }

    static PyObject ceil(PyObject x) {
        if (x.type != PyFloat.TYPE) {
            PyObject m = x.type.lookup("__ceil__");
            if (m != null) {
                return Abstract.callBound(m, x);
            }
        }
        return FloatMethods.fromDouble(Math.ceil(Abstract.asDouble(x)));
    }

    static PyObject trunc(PyObject x) {
        if (x.type == PyFloat.TYPE) {
            return FloatMethods.fromDouble(((PyFloat) x).value);
        }
        PyObject m = x.type.lookup("__trunc__");
        if (m == null) {
            throw Err.type("type %s doesn't define __trunc__ method", Err.tn(x));
        }
        return Abstract.callBound(m, x);
    }

    /** loghelper: log of an int computed without converting huge ints to float. */
    static double logHelper(PyObject arg, D1 f, D1 raw) {
        if (arg instanceof PyInt i) {
            if (i.signum() <= 0) {
                throw domainError();
            }
            if (i.isSmall() || IntMethods.bitLength(i) <= 1024) {
                double x = i.doubleValue();
                if (Double.isFinite(x)) {
                    return raw.apply(x);
                }
            }
            // x ~= m * 2**e with 0.5 <= m < 1.
            BigInteger b = i.bigValue();
            long e = b.bitLength();
            double m = FloatMethods.scaledToDouble(b.shiftRight((int) e - 60), -60, b.getLowestSetBit() < e - 60);
            if (m == 1.0) {
                m = 0.5;
                e++;
            }
            return raw.apply(m) + raw.apply(2.0) * e;
        }
        double x = asDouble(arg);
        double r;
        try {
            r = f.apply(x);
        } catch (Errno err) {
            throw domainError();
        }
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw domainError();
        }
        return r;
    }

    static PyObject log(PyObject[] args, String[] kw) {
        ArgParser.noKeywords("log", kw);
        if (args.length < 1 || args.length > 2) {
            throw Err.type("math.log requires 1 to 2 arguments");
        }
        double num = logHelper(args[0], MathModule::log, Math::log);
        if (args.length == 1) {
            return new PyFloat(num);
        }
        double den = logHelper(args[1], MathModule::log, Math::log);
        if (den == 0.0) {
            throw Err.zeroDivision("float division by zero");
        }
        return new PyFloat(num / den);
    }

    static PyObject pow(double x, double y) {
        double r;
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                r = y == 0.0 ? 1.0 : x;
            } else if (Double.isNaN(y)) {
                r = x == 1.0 ? 1.0 : y;
            } else if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0.0) {
                    r = oddY ? x : Math.abs(x);
                } else if (y == 0.0) {
                    r = 1.0;
                } else {
                    r = oddY ? Math.copySign(0.0, x) : 0.0;
                }
            } else {
                if (Math.abs(x) == 1.0) {
                    r = 1.0;
                } else if (y > 0.0 && Math.abs(x) > 1.0) {
                    r = y;
                } else if (y < 0.0 && Math.abs(x) < 1.0) {
                    r = -y;
                } else {
                    r = 0.0;
                }
            }
            return new PyFloat(r);
        }
        r = Math.pow(x, y);
        if (Double.isNaN(r)) {
            throw domainError();
        }
        if (Double.isInfinite(r)) {
            throw x == 0.0 ? domainError() : rangeError();
        }
        return new PyFloat(r);
    }

    static PyObject ldexp(PyObject xo, PyObject io) {
        double x = asDouble(xo);
        if (!(io instanceof PyInt i)) {
            throw Err.type("Expected an int as second argument to ldexp.");
        }
        long exp = i.isSmall() ? i.longValue() : (i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
        double r;
        if (x == 0.0 || !Double.isFinite(x)) {
            return new PyFloat(x);
        }
        if (exp > Integer.MAX_VALUE) {
            throw rangeError();
        } else if (exp < Integer.MIN_VALUE) {
            r = Math.copySign(0.0, x);
        } else {
            r = Math.scalb(x, (int) Math.max(-2200, Math.min(2200, exp)));
            if (Double.isInfinite(r)) {
                throw rangeError();
            }
        }
        return new PyFloat(r);
    }

    static PyObject frexp(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) {
            return PyTuple.of(new PyFloat(x), PyInt.ZERO);
        }
        int e = frexpExponent(x);
        return PyTuple.of(new PyFloat(Math.scalb(x, -e)), PyInt.of(e));
    }

    static PyObject modf(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isInfinite(x)) {
                return PyTuple.of(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
            }
            return PyTuple.of(new PyFloat(x), new PyFloat(x));
        }
        double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
        double fp = Math.copySign(x - ip, x);
        return PyTuple.of(new PyFloat(fp), new PyFloat(ip));
    }

    static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return x;
        }
        double r = x % y;
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError();
        }
        return r;
    }

    static PyObject hypot(PyObject[] args) {
        int n = args.length;
        double[] coords = new double[n];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < n; i++) {
            double x = Math.abs(asDouble(args[i]));
            coords[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return new PyFloat(vectorNorm(n, coords, max, foundNan));
    }

    static PyObject dist(PyObject p, PyObject q) {
        PyObject[] ps = p instanceof PyTuple pt ? pt.items() : tupleItems(p);
        PyObject[] qs = q instanceof PyTuple qt ? qt.items() : tupleItems(q);
        if (ps.length != qs.length) {
            throw Err.value("both points must have the same number of dimensions");
        }
        int n = ps.length;
        double[] diffs = new double[n];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < n; i++) {
            double px = asDouble(ps[i]);
            double qx = asDouble(qs[i]);
            double x = Math.abs(px - qx);
            diffs[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return new PyFloat(vectorNorm(n, diffs, max, foundNan));
    }

    private static PyObject[] tupleItems(PyObject o) {
        return PyTuple.fromIterable(o).items();
    }

    static PyObject prod(PyObject[] a) {
        PyObject result = a[1] == null ? PyInt.ONE : a[1];
        PyObject it = Abstract.iter(a[0]);
        PyObject item;
        while ((item = Abstract.next(it)) != null) {
            result = Abstract.multiply(result, item);
        }
        return result;
    }

    static PyObject isclose(PyObject[] a) {
        double x = asDouble(a[0]);
        double y = asDouble(a[1]);
        double relTol = asDouble(a[2]);
        double absTol = asDouble(a[3]);
        if (relTol < 0.0 || absTol < 0.0) {
            throw Err.value("tolerances must be non-negative");
        }
        if (x == y) {
            return Py.True;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return Py.False;
        }
        double diff = Math.abs(y - x);
        return Py.bool(diff <= Math.abs(relTol * y) || diff <= Math.abs(relTol * x) || diff <= absTol);
    }

    static double ulp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        x = Math.abs(x);
        if (Double.isInfinite(x)) {
            return x;
        }
        double x2 = Math.nextUp(x);
        if (Double.isInfinite(x2)) {
            return x - Math.nextDown(x);
        }
        return x2 - x;
    }

    private static final double DEG_TO_RAD = Math.PI / 180.0;
    private static final double RAD_TO_DEG = 180.0 / Math.PI;

    private static PyObject d1(PyObject a, D1 f, boolean overflow) {
        return math1(a, f, overflow);
    }

    static final List<NativeFunction> FUNCTIONS = buildFunctions();

    private static List<NativeFunction> buildFunctions() {
        List<NativeFunction> l = new ArrayList<>();
        l.add(fn1("acos", (s, x) -> d1(x, MathModule::acos, false)));
        l.add(fn1("acosh", (s, x) -> d1(x, MathModule::acosh, false)));
        l.add(fn1("asin", (s, x) -> d1(x, MathModule::asin, false)));
        l.add(fn1("asinh", (s, x) -> d1(x, MathModule::asinh, false)));
        l.add(fn1("atan", (s, x) -> d1(x, MathModule::atan, false)));
        l.add(fn2("atan2", (s, y, x) -> math2(y, x, MathModule::atan2)));
        l.add(fn1("atanh", (s, x) -> d1(x, MathModule::atanh, false)));
        l.add(fn1("cbrt", (s, x) -> d1(x, MathModule::cbrt, false)));
        l.add(fn1("ceil", (s, x) -> ceil(x)));
        l.add(fn2("copysign", (s, x, y) -> math2(x, y, Math::copySign)));
        l.add(fn1("cos", (s, x) -> d1(x, Math::cos, false)));
        l.add(fn1("cosh", (s, x) -> d1(x, Math::cosh, true)));
        l.add(fn1("degrees", (s, x) -> new PyFloat(asDouble(x) * RAD_TO_DEG)));
        l.add(fn2("dist", (s, p, q) -> dist(p, q)));
        l.add(fn1("erf", (s, x) -> math1a(x, MathModule::erf)));
        l.add(fn1("erfc", (s, x) -> math1a(x, MathModule::erfc)));
        l.add(fn1("exp", (s, x) -> d1(x, Math::exp, true)));
        l.add(fn1("exp2", (s, x) -> d1(x, MathModule::exp2, true)));
        l.add(fn1("expm1", (s, x) -> d1(x, Math::expm1, true)));
        l.add(fn1("fabs", (s, x) -> d1(x, Math::abs, false)));
        l.add(fn1("factorial", (s, x) -> factorial(x)));
        l.add(fn1("floor", (s, x) -> floor(x)));
        l.add(fn2("fmod", (s, x, y) -> new PyFloat(fmod(asDouble(x), asDouble(y)))));
        l.add(fn1("frexp", (s, x) -> frexp(asDouble(x))));
        l.add(fn1("fsum", (s, x) -> new PyFloat(fsum(x))));
        l.add(fn1("gamma", (s, x) -> math1a(x, MathModule::tgamma)));
        l.add(NativeFunction.ofVector("gcd", (s, a, k) -> {
            ArgParser.noKeywords("math.gcd", k);
            return gcd(a);
        }));
        l.add(NativeFunction.ofVector("hypot", (s, a, k) -> {
            ArgParser.noKeywords("math.hypot", k);
            return hypot(a);
        }));
        l.add(NativeFunction.of("isclose", "a, b, *, rel_tol=1e-09, abs_tol=0.0", (s, a) -> isclose(a)));
        l.add(fn1("isfinite", (s, x) -> Py.bool(Double.isFinite(asDouble(x)))));
        l.add(fn1("isinf", (s, x) -> Py.bool(Double.isInfinite(asDouble(x)))));
        l.add(fn1("isnan", (s, x) -> Py.bool(Double.isNaN(asDouble(x)))));
        l.add(fn1("isqrt", (s, x) -> isqrt(x)));
        l.add(NativeFunction.ofVector("lcm", (s, a, k) -> {
            ArgParser.noKeywords("math.lcm", k);
            return lcm(a);
        }));
        l.add(fn2("ldexp", (s, x, i) -> ldexp(x, i)));
        l.add(fn1("lgamma", (s, x) -> math1a(x, MathModule::lgamma)));
        l.add(NativeFunction.ofVector("log", (s, a, k) -> log(a, k)));
        l.add(fn1("log1p", (s, x) -> d1(x, MathModule::log1p, false)));
        l.add(fn1("log10", (s, x) -> new PyFloat(logHelper(x, MathModule::log10, StrictMath::log10))));
        l.add(fn1("log2", (s, x) -> new PyFloat(logHelper(x, MathModule::log2, MathModule::log2Positive))));
        l.add(fn1("modf", (s, x) -> modf(asDouble(x))));
        l.add(fn2("pow", (s, x, y) -> pow(asDouble(x), asDouble(y))));
        l.add(fn1("radians", (s, x) -> new PyFloat(asDouble(x) * DEG_TO_RAD)));
        l.add(fn2("remainder", (s, x, y) -> math2(x, y, MathModule::remainder)));
        l.add(fn1("sin", (s, x) -> d1(x, Math::sin, false)));
        l.add(fn1("sinh", (s, x) -> d1(x, Math::sinh, true)));
        l.add(fn1("sqrt", (s, x) -> d1(x, Math::sqrt, false)));
        l.add(fn1("tan", (s, x) -> d1(x, Math::tan, false)));
        l.add(fn1("tanh", (s, x) -> d1(x, StrictMath::tanh, false)));
        l.add(fn1("trunc", (s, x) -> trunc(x)));
        l.add(NativeFunction.of("prod", "iterable, /, *, start=NULL", (s, a) -> prod(a)));
        l.add(NativeFunction.ofVector("perm", (s, a, k) -> {
            ArgParser.noKeywords("math.perm", k);
            ArgParser.checkPositional("perm", a.length, 1, 2);
            return perm(a[0], a.length > 1 ? a[1] : Py.None);
        }));
        l.add(fn2("comb", (s, n, k) -> comb(n, k)));
        l.add(fn2("nextafter", (s, x, y) -> new PyFloat(nextafter(asDouble(x), asDouble(y)))));
        l.add(fn1("ulp", (s, x) -> new PyFloat(ulp(asDouble(x)))));
        return java.util.Collections.unmodifiableList(l);
    }

    static double nextafter(double x, double y) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        if (x == y) {
            return y;
        }
        return Math.nextAfter(x, y);
    }
}
