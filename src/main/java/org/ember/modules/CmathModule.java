package org.ember.modules;


import org.ember.objects.ArgParser;
import org.ember.objects.ComplexMethods;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyComplex;
import org.ember.objects.PyException;
import org.ember.objects.PyFloat;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.runtime.Interpreter;

/**
 * The cmath module, as CPython 3.11's Modules/cmathmodule.c: C99 Annex G special values for
 * infinite and NaN arguments, the same formulas for finite ones (with their overflow and
 * subnormal rescaling), and its errors ("math domain error", "math range error").
 */
public final class CmathModule {
    private CmathModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("cmath");
        m.put("__doc__", PyStr.of("This module provides access to mathematical functions for complex\nnumbers."));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        m.put("pi", new PyFloat(Math.PI));
        m.put("e", new PyFloat(Math.E));
        m.put("tau", new PyFloat(2 * Math.PI));
        m.put("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.put("infj", new PyComplex(0.0, Double.POSITIVE_INFINITY));
        m.put("nan", new PyFloat(Double.NaN));
        m.put("nanj", new PyComplex(0.0, Double.NaN));
        return m;
    }

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double N = Double.NaN;
    /** Placeholder for unused table entries. */
    private static final double U = -9.5426319407711027e33;
    private static final double LARGE_DOUBLE = Double.MAX_VALUE / 4.0;
    private static final double SQRT_LARGE_DOUBLE = Math.sqrt(LARGE_DOUBLE);
    private static final double LOG_LARGE_DOUBLE = Math.log(LARGE_DOUBLE);
    private static final double SQRT_DBL_MIN = Math.sqrt(Double.MIN_NORMAL);
    private static final int SCALE_UP = 2 * (53 / 2) + 1;
    private static final int SCALE_DOWN = -(SCALE_UP + 1) / 2;
    private static final double LN2 = 0.6931471805599453094;
    private static final double LN10 = 2.302585092994045684;

    // Special-value tables (rows: real part, columns: imaginary part, in the order
    // -inf, negative, -0.0, +0.0, positive, +inf, nan; each row holds real/imag pairs),
    // generated from CPython by tests/numeric/gen_cmath_tables.py.
    private static final double[][] ACOS_SV = {
        {2.356194490192345, INF, 3.141592653589793, INF, 3.141592653589793, INF, 3.141592653589793, -INF, 3.141592653589793, -INF, 2.356194490192345, -INF, N, INF},
        {1.5707963267948966, INF, U, U, U, U, U, U, U, U, 1.5707963267948966, -INF, N, N},
        {1.5707963267948966, INF, U, U, U, U, U, U, U, U, 1.5707963267948966, -INF, 1.5707963267948966, N},
        {1.5707963267948966, INF, U, U, U, U, U, U, U, U, 1.5707963267948966, -INF, 1.5707963267948966, N},
        {1.5707963267948966, INF, U, U, U, U, U, U, U, U, 1.5707963267948966, -INF, N, N},
        {0.7853981633974483, INF, 0.0, INF, 0.0, INF, 0.0, -INF, 0.0, -INF, 0.7853981633974483, -INF, N, INF},
        {N, INF, N, N, N, N, N, N, N, N, N, -INF, N, N}};
    private static final double[][] ACOSH_SV = {
        {INF, -2.356194490192345, INF, -3.141592653589793, INF, -3.141592653589793, INF, 3.141592653589793, INF, 3.141592653589793, INF, 2.356194490192345, INF, N},
        {INF, -1.5707963267948966, U, U, U, U, U, U, U, U, INF, 1.5707963267948966, N, N},
        {INF, -1.5707963267948966, U, U, U, U, U, U, U, U, INF, 1.5707963267948966, N, N},
        {INF, -1.5707963267948966, U, U, U, U, U, U, U, U, INF, 1.5707963267948966, N, N},
        {INF, -1.5707963267948966, U, U, U, U, U, U, U, U, INF, 1.5707963267948966, N, N},
        {INF, -0.7853981633974483, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, 0.7853981633974483, INF, N},
        {INF, N, N, N, N, N, N, N, N, N, INF, N, N, N}};
    private static final double[][] ASINH_SV = {
        {-INF, -0.7853981633974483, -INF, -0.0, -INF, -0.0, -INF, 0.0, -INF, 0.0, -INF, 0.7853981633974483, -INF, N},
        {-INF, -1.5707963267948966, U, U, U, U, U, U, U, U, -INF, 1.5707963267948966, N, N},
        {-INF, -1.5707963267948966, U, U, U, U, U, U, U, U, -INF, 1.5707963267948966, N, N},
        {INF, -1.5707963267948966, U, U, U, U, U, U, U, U, INF, 1.5707963267948966, N, N},
        {INF, -1.5707963267948966, U, U, U, U, U, U, U, U, INF, 1.5707963267948966, N, N},
        {INF, -0.7853981633974483, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, 0.7853981633974483, INF, N},
        {INF, N, N, N, N, -0.0, N, 0.0, N, N, INF, N, N, N}};
    private static final double[][] ATANH_SV = {
        {-0.0, -1.5707963267948966, -0.0, -1.5707963267948966, -0.0, -1.5707963267948966, -0.0, 1.5707963267948966, -0.0, 1.5707963267948966, -0.0, 1.5707963267948966, -0.0, N},
        {-0.0, -1.5707963267948966, U, U, U, U, U, U, U, U, -0.0, 1.5707963267948966, N, N},
        {-0.0, -1.5707963267948966, U, U, U, U, U, U, U, U, -0.0, 1.5707963267948966, -0.0, N},
        {0.0, -1.5707963267948966, U, U, U, U, U, U, U, U, 0.0, 1.5707963267948966, 0.0, N},
        {0.0, -1.5707963267948966, U, U, U, U, U, U, U, U, 0.0, 1.5707963267948966, N, N},
        {0.0, -1.5707963267948966, 0.0, -1.5707963267948966, 0.0, -1.5707963267948966, 0.0, 1.5707963267948966, 0.0, 1.5707963267948966, 0.0, 1.5707963267948966, 0.0, N},
        {0.0, -1.5707963267948966, N, N, N, N, N, N, N, N, 0.0, 1.5707963267948966, N, N}};
    private static final double[][] COSH_SV = {
        {U, U, -INF, INF, INF, 0.0, INF, -0.0, -INF, -INF, U, U, INF, N},
        {U, U, U, U, U, U, U, U, U, U, U, U, N, N},
        {U, U, U, U, U, U, U, U, U, U, U, U, N, 0.0},
        {U, U, U, U, U, U, U, U, U, U, U, U, N, 0.0},
        {U, U, U, U, U, U, U, U, U, U, U, U, N, N},
        {U, U, -INF, -INF, INF, -0.0, INF, 0.0, -INF, INF, U, U, INF, N},
        {N, N, N, N, N, 0.0, N, 0.0, N, N, N, N, N, N}};
    private static final double[][] EXP_SV = {
        {0.0, 0.0, -0.0, -0.0, 0.0, -0.0, 0.0, 0.0, -0.0, 0.0, 0.0, 0.0, 0.0, 0.0},
        {U, U, U, U, U, U, U, U, U, U, U, U, N, N},
        {U, U, U, U, U, U, U, U, U, U, U, U, N, N},
        {U, U, U, U, U, U, U, U, U, U, U, U, N, N},
        {U, U, U, U, U, U, U, U, U, U, U, U, N, N},
        {U, U, -INF, -INF, INF, -0.0, INF, 0.0, -INF, INF, U, U, INF, N},
        {N, N, N, N, N, -0.0, N, 0.0, N, N, N, N, N, N}};
    private static final double[][] LOG_SV = {
        {INF, -2.356194490192345, INF, -3.141592653589793, INF, -3.141592653589793, INF, 3.141592653589793, INF, 3.141592653589793, INF, 2.356194490192345, INF, N},
        {INF, -1.5707963267948966, U, U, U, U, U, U, U, U, INF, 1.5707963267948966, N, N},
        {INF, -1.5707963267948966, U, U, U, U, U, U, U, U, INF, 1.5707963267948966, N, N},
        {INF, -1.5707963267948966, U, U, U, U, U, U, U, U, INF, 1.5707963267948966, N, N},
        {INF, -1.5707963267948966, U, U, U, U, U, U, U, U, INF, 1.5707963267948966, N, N},
        {INF, -0.7853981633974483, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, 0.7853981633974483, INF, N},
        {INF, N, N, N, N, N, N, N, N, N, INF, N, N, N}};
    private static final double[][] SINH_SV = {
        {U, U, INF, -INF, -INF, -0.0, -INF, 0.0, INF, INF, U, U, INF, N},
        {U, U, U, U, U, U, U, U, U, U, U, U, N, N},
        {U, U, U, U, U, U, U, U, U, U, U, U, 0.0, N},
        {U, U, U, U, U, U, U, U, U, U, U, U, 0.0, N},
        {U, U, U, U, U, U, U, U, U, U, U, U, N, N},
        {U, U, -INF, -INF, INF, -0.0, INF, 0.0, -INF, INF, U, U, INF, N},
        {N, N, N, N, N, -0.0, N, 0.0, N, N, N, N, N, N}};
    private static final double[][] SQRT_SV = {
        {INF, -INF, 0.0, -INF, 0.0, -INF, 0.0, INF, 0.0, INF, INF, INF, N, INF},
        {INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N},
        {INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N},
        {INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N},
        {INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N},
        {INF, -INF, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, INF, INF, N},
        {INF, -INF, N, N, N, N, N, N, N, N, INF, INF, N, N}};
    private static final double[][] TANH_SV = {
        {-1.0, 0.0, -1.0, 0.0, -1.0, -0.0, -1.0, 0.0, -1.0, -0.0, -1.0, 0.0, -1.0, 0.0},
        {U, U, U, U, U, U, U, U, U, U, U, U, N, N},
        {U, U, U, U, U, U, U, U, U, U, U, U, N, N},
        {U, U, U, U, U, U, U, U, U, U, U, U, N, N},
        {U, U, U, U, U, U, U, U, U, U, U, U, N, N},
        {1.0, 0.0, 1.0, 0.0, 1.0, -0.0, 1.0, 0.0, 1.0, -0.0, 1.0, 0.0, 1.0, 0.0},
        {N, N, N, N, N, -0.0, N, 0.0, N, N, N, N, N, N}};
    private static final double[][] RECT_SV = {
        {U, U, INF, INF, -INF, 0.0, -INF, -0.0, INF, -INF, U, U, INF, N},
        {U, U, U, U, U, U, U, U, U, U, U, U, N, N},
        {0.0, 0.0, U, U, U, U, U, U, U, U, 0.0, 0.0, 0.0, 0.0},
        {0.0, 0.0, U, U, U, U, U, U, U, U, 0.0, 0.0, 0.0, 0.0},
        {U, U, U, U, U, U, U, U, U, U, U, U, N, N},
        {U, U, -INF, -INF, INF, -0.0, INF, 0.0, -INF, INF, U, U, INF, N},
        {N, N, N, N, N, 0.0, N, 0.0, N, N, N, N, N, N}};

    private static int specialType(double d) {
        if (Double.isFinite(d)) {
            if (d != 0) {
                return Math.copySign(1.0, d) == 1.0 ? 4 : 1;
            }
            return Math.copySign(1.0, d) == 1.0 ? 3 : 2;
        }
        if (Double.isNaN(d)) {
            return 6;
        }
        return d > 0 ? 5 : 0;
    }

    private static double[] special(double[][] table, double re, double im) {
        int i = specialType(re);
        int j = specialType(im);
        return new double[] {table[i][2 * j], table[i][2 * j + 1]};
    }

    private static boolean nonFinite(double re, double im) {
        return !Double.isFinite(re) || !Double.isFinite(im);
    }

    /** errno of the C functions: EDOM and ERANGE become Python errors. */
    static final class Errno extends RuntimeException {
        final boolean range;
        final double[] value;

        Errno(boolean range, double[] value) {
            super(null, null, false, false);
            this.range = range;
            this.value = value;
        }
    }

    private static double[] edom(double re, double im) {
        throw new Errno(false, new double[] {re, im});
    }

    private static double[] erange(double re, double im) {
        throw new Errno(true, new double[] {re, im});
    }

    /** libm hypot: correctly rounded, as the GNU C library's. */
    static double hypot(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return INF;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return N;
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        if (ax < ay) {
            double t = ax;
            ax = ay;
            ay = t;
        }
        if (ay == 0.0 || ay < ax * 0x1p-60) {
            return ax;
        }
        int e = Math.getExponent(ax);
        double a = Math.scalb(ax, -e);
        double b = Math.scalb(ay, -e);
        double a2 = a * a;
        double a2e = Math.fma(a, a, -a2);
        double b2 = b * b;
        double b2e = Math.fma(b, b, -b2);
        double s = a2 + b2;
        double bb = s - a2;
        double serr = (a2 - (s - bb)) + (b2 - bb);
        double lo = serr + a2e + b2e;
        double r = Math.sqrt(s);
        double rr = r * r;
        double rre = Math.fma(r, r, -rr);
        double res = ((s - rr) - rre) + lo;
        r = r + res / (2 * r);
        return Math.scalb(r, e);
    }

    static double[] sqrt(double re, double im) {
        if (nonFinite(re, im)) {
            return special(SQRT_SV, re, im);
        }
        if (re == 0.0 && im == 0.0) {
            return new double[] {0.0, im};
        }
        double ax = Math.abs(re);
        double ay = Math.abs(im);
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            ax = Math.scalb(ax, SCALE_UP);
            s = Math.scalb(Math.sqrt(ax + hypot(ax, Math.scalb(ay, SCALE_UP))), SCALE_DOWN);
        } else {
            ax /= 8.0;
            s = 2.0 * Math.sqrt(ax + hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        if (re >= 0.0) {
            return new double[] {s, Math.copySign(d, im)};
        }
        return new double[] {d, Math.copySign(s, im)};
    }

    static double[] acos(double re, double im) {
        if (nonFinite(re, im)) {
            return special(ACOS_SV, re, im);
        }
        if (Math.abs(re) > LARGE_DOUBLE || Math.abs(im) > LARGE_DOUBLE) {
            return new double[] {MathModule.atan2(Math.abs(im), re),
                -Math.copySign(Math.log(hypot(re / 2.0, im / 2.0)) + LN2 * 2.0, im)};
        }
        double[] s1 = sqrt(1.0 - re, -im);
        double[] s2 = sqrt(1.0 + re, im);
        return new double[] {2.0 * MathModule.atan2(s1[0], s2[0]), MathModule.asinh(s2[0] * s1[1] - s2[1] * s1[0])};
    }

    static double[] acosh(double re, double im) {
        if (nonFinite(re, im)) {
            return special(ACOSH_SV, re, im);
        }
        if (Math.abs(re) > LARGE_DOUBLE || Math.abs(im) > LARGE_DOUBLE) {
            return new double[] {Math.log(hypot(re / 2.0, im / 2.0)) + LN2 * 2.0, MathModule.atan2(im, re)};
        }
        double[] s1 = sqrt(re - 1.0, im);
        double[] s2 = sqrt(re + 1.0, im);
        return new double[] {MathModule.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2.0 * MathModule.atan2(s1[1], s2[0])};
    }

    static double[] asin(double re, double im) {
        double[] s = asinh(-im, re);
        return new double[] {s[1], -s[0]};
    }

    static double[] asinh(double re, double im) {
        if (nonFinite(re, im)) {
            return special(ASINH_SV, re, im);
        }
        if (Math.abs(re) > LARGE_DOUBLE || Math.abs(im) > LARGE_DOUBLE) {
            double r;
            if (im >= 0.0) {
                r = Math.copySign(Math.log(hypot(re / 2.0, im / 2.0)) + LN2 * 2.0, re);
            } else {
                r = -Math.copySign(Math.log(hypot(re / 2.0, im / 2.0)) + LN2 * 2.0, -re);
            }
            return new double[] {r, MathModule.atan2(im, Math.abs(re))};
        }
        double[] s1 = sqrt(1.0 + im, -re);
        double[] s2 = sqrt(1.0 - im, re);
        return new double[] {MathModule.asinh(s1[0] * s2[1] - s2[0] * s1[1]),
            MathModule.atan2(im, s1[0] * s2[0] - s1[1] * s2[1])};
    }

    static double[] atan(double re, double im) {
        double[] s = atanh(-im, re);
        return new double[] {s[1], -s[0]};
    }

    static double[] atanh(double re, double im) {
        if (nonFinite(re, im)) {
            return special(ATANH_SV, re, im);
        }
        if (re < 0.0) {
            double[] r = atanh(-re, -im);
            return new double[] {-r[0], -r[1]};
        }
        double ay = Math.abs(im);
        if (re > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
            double h = hypot(re / 2.0, im / 2.0);
            return new double[] {re / 4.0 / h / h, Math.copySign(Math.PI / 2.0, im)};
        }
        if (re == 1.0 && ay < SQRT_DBL_MIN) {
            if (ay == 0.0) {
                return edom(INF, im);
            }
            return new double[] {-Math.log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2.0))),
                Math.copySign(MathModule.atan2(2.0, -ay) / 2, im)};
        }
        return new double[] {MathModule.log1p(4.0 * re / ((1 - re) * (1 - re) + ay * ay)) / 4.0,
            -MathModule.atan2(-2.0 * im, (1 - re) * (1 + re) - ay * ay) / 2.0};
    }

    static double[] cos(double re, double im) {
        return cosh(-im, re);
    }

    static double[] cosh(double re, double im) {
        if (nonFinite(re, im)) {
            double[] r;
            if (Double.isInfinite(re) && Double.isFinite(im) && im != 0.0) {
                if (re > 0) {
                    r = new double[] {Math.copySign(INF, Math.cos(im)), Math.copySign(INF, Math.sin(im))};
                } else {
                    r = new double[] {Math.copySign(INF, Math.cos(im)), -Math.copySign(INF, Math.sin(im))};
                }
            } else {
                r = special(COSH_SV, re, im);
            }
            if (Double.isInfinite(im) && !Double.isNaN(re)) {
                return edom(r[0], r[1]);
            }
            return r;
        }
        double rr;
        double ri;
        if (Math.abs(re) > LOG_LARGE_DOUBLE) {
            double xm1 = re - Math.copySign(1.0, re);
            rr = Math.cos(im) * Math.cosh(xm1) * Math.E;
            ri = Math.sin(im) * Math.sinh(xm1) * Math.E;
        } else {
            rr = Math.cos(im) * Math.cosh(re);
            ri = Math.sin(im) * Math.sinh(re);
        }
        if (Double.isInfinite(rr) || Double.isInfinite(ri)) {
            return erange(rr, ri);
        }
        return new double[] {rr, ri};
    }

    static double[] exp(double re, double im) {
        if (nonFinite(re, im)) {
            double[] r;
            if (Double.isInfinite(re) && Double.isFinite(im) && im != 0.0) {
                if (re > 0) {
                    r = new double[] {Math.copySign(INF, Math.cos(im)), Math.copySign(INF, Math.sin(im))};
                } else {
                    r = new double[] {Math.copySign(0.0, Math.cos(im)), Math.copySign(0.0, Math.sin(im))};
                }
            } else {
                r = special(EXP_SV, re, im);
            }
            if (Double.isInfinite(im) && (Double.isFinite(re) || (Double.isInfinite(re) && re > 0))) {
                return edom(r[0], r[1]);
            }
            return r;
        }
        double rr;
        double ri;
        if (re > LOG_LARGE_DOUBLE) {
            double l = Math.exp(re - 1.0);
            rr = l * Math.cos(im) * Math.E;
            ri = l * Math.sin(im) * Math.E;
        } else {
            double l = Math.exp(re);
            rr = l * Math.cos(im);
            ri = l * Math.sin(im);
        }
        if (Double.isInfinite(rr) || Double.isInfinite(ri)) {
            return erange(rr, ri);
        }
        return new double[] {rr, ri};
    }

    static double[] log(double re, double im) {
        if (nonFinite(re, im)) {
            return special(LOG_SV, re, im);
        }
        double ax = Math.abs(re);
        double ay = Math.abs(im);
        double rr;
        if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
            rr = Math.log(hypot(ax / 2.0, ay / 2.0)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax > 0.0 || ay > 0.0) {
                rr = Math.log(hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
            } else {
                return edom(-INF, MathModule.atan2(im, re));
            }
        } else {
            double h = hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = ax > ay ? ax : ay;
                double an = ax > ay ? ay : ax;
                rr = MathModule.log1p((am - 1) * (am + 1) + an * an) / 2.0;
            } else {
                rr = Math.log(h);
            }
        }
        return new double[] {rr, MathModule.atan2(im, re)};
    }

    static double[] log10(double re, double im) {
        try {
            double[] r = log(re, im);
            return new double[] {r[0] / LN10, r[1] / LN10};
        } catch (Errno e) {
            throw new Errno(e.range, new double[] {e.value[0] / LN10, e.value[1] / LN10});
        }
    }

    static double[] sin(double re, double im) {
        double[] s = sinh(-im, re);
        return new double[] {s[1], -s[0]};
    }

    static double[] sinh(double re, double im) {
        if (nonFinite(re, im)) {
            double[] r;
            if (Double.isInfinite(re) && Double.isFinite(im) && im != 0.0) {
                if (re > 0) {
                    r = new double[] {Math.copySign(INF, Math.cos(im)), Math.copySign(INF, Math.sin(im))};
                } else {
                    r = new double[] {-Math.copySign(INF, Math.cos(im)), Math.copySign(INF, Math.sin(im))};
                }
            } else {
                r = special(SINH_SV, re, im);
            }
            if (Double.isInfinite(im) && !Double.isNaN(re)) {
                return edom(r[0], r[1]);
            }
            return r;
        }
        double rr;
        double ri;
        if (Math.abs(re) > LOG_LARGE_DOUBLE) {
            double xm1 = re - Math.copySign(1.0, re);
            rr = Math.cos(im) * Math.sinh(xm1) * Math.E;
            ri = Math.sin(im) * Math.cosh(xm1) * Math.E;
        } else {
            rr = Math.cos(im) * Math.sinh(re);
            ri = Math.sin(im) * Math.cosh(re);
        }
        if (Double.isInfinite(rr) || Double.isInfinite(ri)) {
            return erange(rr, ri);
        }
        return new double[] {rr, ri};
    }

    static double[] tan(double re, double im) {
        double[] s = tanh(-im, re);
        return new double[] {s[1], -s[0]};
    }

    static double[] tanh(double re, double im) {
        if (nonFinite(re, im)) {
            double[] r;
            if (Double.isInfinite(re) && Double.isFinite(im) && im != 0.0) {
                r = new double[] {re > 0 ? 1.0 : -1.0, Math.copySign(0.0, 2.0 * Math.sin(im) * Math.cos(im))};
            } else {
                r = special(TANH_SV, re, im);
            }
            if (Double.isInfinite(im) && Double.isFinite(re)) {
                return edom(r[0], r[1]);
            }
            return r;
        }
        if (Math.abs(re) > LOG_LARGE_DOUBLE) {
            return new double[] {Math.copySign(1.0, re), 4.0 * Math.sin(im) * Math.cos(im) * Math.exp(-2.0 * Math.abs(re))};
        }
        double tx = StrictMath.tanh(re);
        double ty = Math.tan(im);
        double cx = 1.0 / Math.cosh(re);
        double txty = tx * ty;
        double denom = 1.0 + txty * txty;
        return new double[] {tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx};
    }

    static double[] rect(double r, double phi) {
        if (!Double.isFinite(r) || !Double.isFinite(phi)) {
            double[] z;
            if (Double.isInfinite(r) && Double.isFinite(phi) && phi != 0.0) {
                if (r > 0) {
                    z = new double[] {Math.copySign(INF, Math.cos(phi)), Math.copySign(INF, Math.sin(phi))};
                } else {
                    z = new double[] {-Math.copySign(INF, Math.cos(phi)), -Math.copySign(INF, Math.sin(phi))};
                }
            } else {
                z = special(RECT_SV, r, phi);
            }
            if (r != 0.0 && !Double.isNaN(r) && Double.isInfinite(phi)) {
                return edom(z[0], z[1]);
            }
            return z;
        }
        if (phi == 0.0) {
            return new double[] {r, r * phi};
        }
        return new double[] {r * Math.cos(phi), r * Math.sin(phi)};
    }

    // ---- glue ---------------------------------------------------------------------------------------

    @FunctionalInterface
    interface CFunc {
        double[] apply(double re, double im);
    }

    private static PyException mathError(Errno e) {
        return e.range ? Err.overflow("math range error") : Err.value("math domain error");
    }

    private static PyObject call(PyObject arg, CFunc f) {
        PyComplex z = ComplexMethods.asComplex(arg);
        try {
            double[] r = f.apply(z.real, z.imag);
            return new PyComplex(r[0], r[1]);
        } catch (Errno e) {
            throw mathError(e);
        }
    }

    private static NativeFunction fn1(String name, NativeFunction.F1 f) {
        return NativeFunction.ofVector(name, (self, args, kw) -> {
            ArgParser.noKeywords("cmath." + name, kw);
            if (args.length != 1) {
                throw Err.type("cmath.%s() takes exactly one argument (%d given)", name, args.length);
            }
            return f.call(self, args[0]);
        });
    }

    private static NativeFunction c1(String name, CFunc f) {
        return fn1(name, (s, x) -> call(x, f));
    }

    static PyObject cmathLog(PyObject[] args, String[] kw) {
        ArgParser.noKeywords("cmath.log", kw);
        ArgParser.checkPositional("log", args.length, 1, 2);
        PyComplex x = ComplexMethods.asComplex(args[0]);
        // errno is that of the last operation, as in CPython (c_log of the base clears it).
        Errno err = null;
        double[] r;
        try {
            r = log(x.real, x.imag);
        } catch (Errno e) {
            err = e;
            r = e.value;
        }
        if (args.length > 1) {
            PyComplex y = ComplexMethods.asComplex(args[1]);
            double[] ly;
            err = null;
            try {
                ly = log(y.real, y.imag);
            } catch (Errno e) {
                err = e;
                ly = e.value;
            }
            double[] q = quot(r, ly);
            if (q == null) {
                err = new Errno(false, null);
                q = new double[] {0, 0};
            }
            r = q;
        }
        if (err != null) {
            throw mathError(err);
        }
        return new PyComplex(r[0], r[1]);
    }

    private static double[] quot(double[] a, double[] b) {
        double absBr = Math.abs(b[0]);
        double absBi = Math.abs(b[1]);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                return null;
            }
            double ratio = b[1] / b[0];
            double denom = b[0] + b[1] * ratio;
            return new double[] {(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom};
        } else if (absBi >= absBr) {
            double ratio = b[0] / b[1];
            double denom = b[0] * ratio + b[1];
            return new double[] {(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom};
        }
        return new double[] {N, N};
    }

    /** _Py_c_abs with errno: ERANGE on overflow. */
    private static double cabs(double re, double im) {
        if (Double.isInfinite(re)) {
            return Math.abs(re);
        }
        if (Double.isInfinite(im)) {
            return Math.abs(im);
        }
        if (Double.isNaN(re) || Double.isNaN(im)) {
            return N;
        }
        return hypot(re, im);
    }

    static PyObject polar(PyObject arg) {
        PyComplex z = ComplexMethods.asComplex(arg);
        double phi = MathModule.atan2(z.imag, z.real);
        double r = cabs(z.real, z.imag);
        if (Double.isInfinite(r) && Double.isFinite(z.real) && Double.isFinite(z.imag)) {
            throw Err.overflow("math range error");
        }
        return PyTuple.of(new PyFloat(r), new PyFloat(phi));
    }

    static PyObject isclose(PyObject[] a) {
        PyComplex x = ComplexMethods.asComplex(a[0]);
        PyComplex y = ComplexMethods.asComplex(a[1]);
        double relTol = MathModule.asDouble(a[2]);
        double absTol = MathModule.asDouble(a[3]);
        if (relTol < 0.0 || absTol < 0.0) {
            throw Err.value("tolerances must be non-negative");
        }
        if (x.real == y.real && x.imag == y.imag) {
            return Py.True;
        }
        if (Double.isInfinite(x.real) || Double.isInfinite(x.imag) || Double.isInfinite(y.real) || Double.isInfinite(y.imag)) {
            return Py.False;
        }
        double diff = cabs(x.real - y.real, x.imag - y.imag);
        return Py.bool(diff <= relTol * cabs(y.real, y.imag) || diff <= relTol * cabs(x.real, x.imag) || diff <= absTol);
    }

    static final java.util.List<NativeFunction> FUNCTIONS = java.util.List.of(
            c1("acos", CmathModule::acos),
            c1("acosh", CmathModule::acosh),
            c1("asin", CmathModule::asin),
            c1("asinh", CmathModule::asinh),
            c1("atan", CmathModule::atan),
            c1("atanh", CmathModule::atanh),
            c1("cos", CmathModule::cos),
            c1("cosh", CmathModule::cosh),
            c1("exp", CmathModule::exp),
            NativeFunction.of("isclose", "a, b, *, rel_tol=1e-09, abs_tol=0.0", (s, a) -> isclose(a)),
            fn1("isfinite", (s, x) -> {
                PyComplex z = ComplexMethods.asComplex(x);
                return Py.bool(Double.isFinite(z.real) && Double.isFinite(z.imag));
            }),
            fn1("isinf", (s, x) -> {
                PyComplex z = ComplexMethods.asComplex(x);
                return Py.bool(Double.isInfinite(z.real) || Double.isInfinite(z.imag));
            }),
            fn1("isnan", (s, x) -> {
                PyComplex z = ComplexMethods.asComplex(x);
                return Py.bool(Double.isNaN(z.real) || Double.isNaN(z.imag));
            }),
            NativeFunction.ofVector("log", (s, a, k) -> cmathLog(a, k)),
            c1("log10", CmathModule::log10),
            fn1("phase", (s, x) -> {
                PyComplex z = ComplexMethods.asComplex(x);
                return new PyFloat(MathModule.atan2(z.imag, z.real));
            }),
            fn1("polar", (s, x) -> polar(x)),
            NativeFunction.ofVector("rect", (s, a, k) -> {
                ArgParser.noKeywords("cmath.rect", k);
                ArgParser.checkPositional("rect", a.length, 2, 2);
                double r = MathModule.asDouble(a[0]);
                double phi = MathModule.asDouble(a[1]);
                try {
                    double[] z = rect(r, phi);
                    return new PyComplex(z[0], z[1]);
                } catch (Errno e) {
                    throw mathError(e);
                }
            }),
            c1("sin", CmathModule::sin),
            c1("sinh", CmathModule::sinh),
            c1("sqrt", CmathModule::sqrt),
            c1("tan", CmathModule::tan),
            c1("tanh", CmathModule::tanh));

}
