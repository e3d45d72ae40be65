package org.ember.objects;

/** Python complex: a pair of doubles. */
public class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.builtin("complex", PyComplex.class, PyComplex::define);

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        super(TYPE);
        this.real = real;
        this.imag = imag;
    }

    protected PyComplex(PyType type, double real, double imag) {
        super(type);
        this.real = real;
        this.imag = imag;
    }

    /** Converts an int, float or complex operand; null for other types. */
    static PyComplex toComplex(PyObject o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof PyFloat f) {
            return new PyComplex(f.value, 0.0);
        }
        if (o instanceof PyInt i) {
            return new PyComplex(i.doubleValue(), 0.0);
        }
        return null;
    }

    public static PyComplex pow(PyComplex a, PyComplex b) {
        if (b.real == 0 && b.imag == 0) {
            return new PyComplex(1, 0);
        }
        if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) {
                throw Err.zeroDivision("0.0 to a negative or complex power");
            }
            return new PyComplex(0, 0);
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        double r = len * Math.cos(phase);
        double i = len * Math.sin(phase);
        if (Double.isInfinite(r) || Double.isInfinite(i)) {
            throw Err.overflow("complex exponentiation");
        }
        return new PyComplex(r, i);
    }

    static String formatPart(double d) {
        String r = FloatMethods.repr(d);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }

    static String repr(double re, double im) {
        if (re == 0 && 1 / re > 0) {
            return formatPart(im) + "j";
        }
        String ims = formatPart(im);
        String sign = im < 0 || (im == 0 && 1 / im < 0) || Double.isNaN(im) && ims.startsWith("-") ? "" : "+";
        if (Double.isNaN(im)) {
            sign = "+";
        }
        return "(" + formatPart(re) + sign + ims + "j)";
    }

    private static void define(PyType t) {
        t.flags(PyType.BASETYPE | PyType.MATCH_SELF);
        t.doc("Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.");
        t.tp_repr = self -> PyStr.of(repr(((PyComplex) self).real, ((PyComplex) self).imag));
        t.tp_hash = self -> {
            PyComplex c = (PyComplex) self;
            long hr = Hashing.hashDouble(c.real, self);
            long hi = Hashing.hashDouble(c.imag, self);
            long h = hr + Hashing.IMAG * hi;
            return h == -1 ? -2 : h;
        };
        t.tp_richcompare = (a, b, op) -> {
            if (op != CompareOp.EQ && op != CompareOp.NE) {
                return Py.NotImplemented;
            }
            PyComplex x = (PyComplex) a;
            boolean eq;
            if (b instanceof PyComplex y) {
                eq = x.real == y.real && x.imag == y.imag;
            } else if (b instanceof PyInt i) {
                eq = x.imag == 0 && FloatMethods.compareWithInt(x.real, i) == 0 && !Double.isNaN(x.real);
            } else if (b instanceof PyFloat f) {
                eq = x.imag == 0 && x.real == f.value;
            } else {
                return Py.NotImplemented;
            }
            return Py.bool(op == CompareOp.EQ ? eq : !eq);
        };
        t.nb_add = (a, b) -> {
            PyComplex x = toComplex(a);
            PyComplex y = toComplex(b);
            return x == null || y == null ? Py.NotImplemented : new PyComplex(x.real + y.real, x.imag + y.imag);
        };
        t.nb_subtract = (a, b) -> {
            PyComplex x = toComplex(a);
            PyComplex y = toComplex(b);
            return x == null || y == null ? Py.NotImplemented : new PyComplex(x.real - y.real, x.imag - y.imag);
        };
        t.nb_multiply = (a, b) -> {
            PyComplex x = toComplex(a);
            PyComplex y = toComplex(b);
            return x == null || y == null ? Py.NotImplemented
                    : new PyComplex(x.real * y.real - x.imag * y.imag, x.real * y.imag + x.imag * y.real);
        };
        t.nb_true_divide = (a, b) -> {
            PyComplex x = toComplex(a);
            PyComplex y = toComplex(b);
            if (x == null || y == null) {
                return Py.NotImplemented;
            }
            return divide(x, y);
        };
        t.nb_power = (a, b, m) -> {
            if (m != Py.None) {
                throw Err.value("complex modulo");
            }
            PyComplex x = toComplex(a);
            PyComplex y = toComplex(b);
            if (x == null || y == null) {
                return Py.NotImplemented;
            }
            return pow(x, y);
        };
        t.nb_negative = self -> new PyComplex(-((PyComplex) self).real, -((PyComplex) self).imag);
        t.nb_positive = self -> new PyComplex(((PyComplex) self).real, ((PyComplex) self).imag);
        t.nb_absolute = self -> {
            PyComplex c = (PyComplex) self;
            double r = Math.hypot(c.real, c.imag);
            if (Double.isInfinite(r) && !Double.isInfinite(c.real) && !Double.isInfinite(c.imag)) {
                throw Err.overflow("absolute value too large");
            }
            return new PyFloat(r);
        };
        t.nb_bool = self -> ((PyComplex) self).real != 0 || ((PyComplex) self).imag != 0;
        t.getset("real", self -> new PyFloat(((PyComplex) self).real));
        t.getset("imag", self -> new PyFloat(((PyComplex) self).imag));
        t.method0("conjugate", self -> new PyComplex(((PyComplex) self).real, -((PyComplex) self).imag));
        t.method0("__getnewargs__", self -> PyTuple.of(new PyFloat(((PyComplex) self).real), new PyFloat(((PyComplex) self).imag)));
    }

    static PyComplex divide(PyComplex a, PyComplex b) {
        double abs_breal = Math.abs(b.real);
        double abs_bimag = Math.abs(b.imag);
        if (abs_breal >= abs_bimag) {
            if (abs_breal == 0.0) {
                throw Err.zeroDivision("complex division by zero");
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        } else if (abs_bimag >= abs_breal) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }
}
