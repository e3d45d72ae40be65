package org.ember.objects;

/**
 * The operations of complex: construction (from numbers, strings and __complex__), arithmetic
 * with CPython's algorithms (Smith's division, integer powers by repeated squaring), repr,
 * hashing, equality and the methods of complex.
 */
public final class ComplexMethods {
    private ComplexMethods() {}

    /** Converts an int, float or complex operand; null for other types (NotImplemented). */
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

    static PyObject add(PyObject a, PyObject b) {
        PyComplex x = toComplex(a);
        PyComplex y = toComplex(b);
        return x == null || y == null ? Py.NotImplemented : new PyComplex(x.real + y.real, x.imag + y.imag);
    }

    static PyObject sub(PyObject a, PyObject b) {
        PyComplex x = toComplex(a);
        PyComplex y = toComplex(b);
        return x == null || y == null ? Py.NotImplemented : new PyComplex(x.real - y.real, x.imag - y.imag);
    }

    static PyObject mul(PyObject a, PyObject b) {
        PyComplex x = toComplex(a);
        PyComplex y = toComplex(b);
        return x == null || y == null ? Py.NotImplemented
                : new PyComplex(x.real * y.real - x.imag * y.imag, x.real * y.imag + x.imag * y.real);
    }

    static PyObject div(PyObject a, PyObject b) {
        PyComplex x = toComplex(a);
        PyComplex y = toComplex(b);
        if (x == null || y == null) {
            return Py.NotImplemented;
        }
        double[] r = quot(x.real, x.imag, y.real, y.imag);
        if (r == null) {
            throw Err.zeroDivision("complex division by zero");
        }
        return new PyComplex(r[0], r[1]);
    }

    /** _Py_c_quot; null for division by zero (EDOM). */
    static double[] quot(double ar, double ai, double br, double bi) {
        double absBr = Math.abs(br);
        double absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                return null;
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new double[] {(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
        } else if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new double[] {(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    static PyObject pow(PyObject a, PyObject b, PyObject m) {
        PyComplex x = toComplex(a);
        PyComplex y = toComplex(b);
        if (x == null || y == null) {
            return Py.NotImplemented;
        }
        if (m != Py.None) {
            throw Err.value("complex modulo");
        }
        return power(x.real, x.imag, y.real, y.imag);
    }

    /** complex_pow: a ** b with CPython's integer-exponent fast path and errors. */
    static PyComplex power(double ar, double ai, double br, double bi) {
        double pr;
        double pi;
        boolean edom = false;
        if (bi == 0.0 && br == Math.floor(br) && Math.abs(br) <= 100.0) {
            long n = (long) br;
            if (n > 0) {
                double[] p = powu(ar, ai, n);
                pr = p[0];
                pi = p[1];
            } else {
                double[] p = powu(ar, ai, -n);
                double[] q = quot(1.0, 0.0, p[0], p[1]);
                if (q == null) {
                    edom = true;
                    pr = 0;
                    pi = 0;
                } else {
                    pr = q[0];
                    pi = q[1];
                }
            }
        } else if (br == 0.0 && bi == 0.0) {
            pr = 1.0;
            pi = 0.0;
        } else if (ar == 0.0 && ai == 0.0) {
            if (bi != 0.0 || br < 0.0) {
                edom = true;
            }
            pr = 0.0;
            pi = 0.0;
        } else {
            double vabs = Math.hypot(ar, ai);
            double len = Math.pow(vabs, br);
            double at = Math.atan2(ai, ar);
            double phase = at * br;
            if (bi != 0.0) {
                len /= Math.exp(at * bi);
                phase += bi * Math.log(vabs);
            }
            pr = len * Math.cos(phase);
            pi = len * Math.sin(phase);
        }
        if (edom) {
            throw Err.zeroDivision("0.0 to a negative or complex power");
        }
        if (Double.isInfinite(pr) || Double.isInfinite(pi)) {
            throw Err.overflow("complex exponentiation");
        }
        return new PyComplex(pr, pi);
    }

    /** c_powu: x ** n by binary powering (n >= 0). */
    private static double[] powu(double xr, double xi, long n) {
        double rr = 1.0;
        double ri = 0.0;
        double pr = xr;
        double pi = xi;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            mask <<= 1;
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        return new double[] {rr, ri};
    }

    /** abs(complex) (_Py_c_abs), with OverflowError "absolute value too large". */
    public static double abs(double re, double im) {
        if (Double.isInfinite(re)) {
            return Math.abs(re);
        }
        if (Double.isInfinite(im)) {
            return Math.abs(im);
        }
        if (Double.isNaN(re) || Double.isNaN(im)) {
            return Double.NaN;
        }
        double r = Math.hypot(re, im);
        if (Double.isInfinite(r)) {
            throw Err.overflow("absolute value too large");
        }
        return r;
    }

    /** repr(complex) as CPython's complex_repr. */
    public static String repr(double re, double im) {
        if (re == 0.0 && Math.copySign(1.0, re) == 1.0) {
            return NumberFormatDtoa.toString(im, 'r', 0, 0) + "j";
        }
        return "(" + NumberFormatDtoa.toString(re, 'r', 0, 0) + NumberFormatDtoa.toString(im, 'r', 0, NumberFormatDtoa.SIGN)
                + "j)";
    }

    static long hash(PyObject self) {
        PyComplex c = (PyComplex) self;
        long hr = Hashing.hashDouble(c.real, self);
        long hi = Hashing.hashDouble(c.imag, self);
        long h = hr + Hashing.IMAG * hi;
        return h == -1 ? -2 : h;
    }

    static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return Py.NotImplemented;
        }
        PyComplex x = (PyComplex) a;
        boolean eq;
        if (b instanceof PyInt i) {
            if (x.imag == 0.0) {
                return FloatMethods.richCompare(new PyFloat(x.real), i, op);
            }
            eq = false;
        } else if (b instanceof PyFloat f) {
            eq = x.real == f.value && x.imag == 0.0;
        } else if (b instanceof PyComplex y) {
            eq = x.real == y.real && x.imag == y.imag;
        } else {
            return Py.NotImplemented;
        }
        return Py.bool(op == CompareOp.EQ ? eq : !eq);
    }

    // ---- construction ---------------------------------------------------------------------------

    private static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    /** complex(str): null when malformed. */
    static double[] parseInner(String s) {
        int len = s.length();
        int i = 0;
        double x = 0.0;
        double y = 0.0;
        boolean bracket = false;
        double[] out = new double[1];
        while (i < len && isCSpace(s.charAt(i))) {
            i++;
        }
        if (i < len && s.charAt(i) == '(') {
            bracket = true;
            i++;
            while (i < len && isCSpace(s.charAt(i))) {
                i++;
            }
        }
        int end = FloatMethods.strtodPrefix(s, i, len, out);
        if (end != i) {
            double z = out[0];
            i = end;
            char c = i < len ? s.charAt(i) : 0;
            if (c == '+' || c == '-') {
                x = z;
                end = FloatMethods.strtodPrefix(s, i, len, out);
                if (end != i) {
                    y = out[0];
                    i = end;
                } else {
                    y = c == '+' ? 1.0 : -1.0;
                    i++;
                }
                if (!(i < len && (s.charAt(i) == 'j' || s.charAt(i) == 'J'))) {
                    return null;
                }
                i++;
            } else if (c == 'j' || c == 'J') {
                i++;
                y = z;
            } else {
                x = z;
            }
        } else {
            char c = i < len ? s.charAt(i) : 0;
            if (c == '+' || c == '-') {
                y = c == '+' ? 1.0 : -1.0;
                i++;
            } else {
                y = 1.0;
            }
            if (!(i < len && (s.charAt(i) == 'j' || s.charAt(i) == 'J'))) {
                return null;
            }
            i++;
        }
        while (i < len && isCSpace(s.charAt(i))) {
            i++;
        }
        if (bracket) {
            if (!(i < len && s.charAt(i) == ')')) {
                return null;
            }
            i++;
            while (i < len && isCSpace(s.charAt(i))) {
                i++;
            }
        }
        if (i != len) {
            return null;
        }
        return new double[] {x, y};
    }

    /** complex(str) as (real, imag), with CPython's errors. */
    public static double[] parse(PyStr str) {
        String s = IntMethods.transformDecimalAndSpace(str.value);
        if (s.indexOf('_') >= 0) {
            StringBuilder dup = new StringBuilder(s.length());
            char prev = 0;
            boolean bad = false;
            for (int k = 0; k < s.length() && !bad; k++) {
                char c = s.charAt(k);
                if (c == '_') {
                    if (!(prev >= '0' && prev <= '9')) {
                        bad = true;
                    }
                } else {
                    dup.append(c);
                    if (prev == '_' && !(c >= '0' && c <= '9')) {
                        bad = true;
                    }
                }
                prev = c;
            }
            if (bad || prev == '_') {
                throw Err.value("could not convert string to complex: %s", Abstract.reprJava(str));
            }
            s = dup.toString();
        }
        double[] r = parseInner(s);
        if (r == null) {
            throw Err.value("complex() arg is a malformed string");
        }
        return r;
    }

    /** try_complex_special_method: the result of __complex__, or null when there is none. */
    static PyComplex complexSpecial(PyObject op) {
        PyObject f = op.type.lookup("__complex__");
        if (f == null) {
            return null;
        }
        PyObject res = Abstract.callBound(f, op);
        if (res.type == PyComplex.TYPE) {
            return (PyComplex) res;
        }
        if (!(res instanceof PyComplex rc)) {
            throw Err.type("__complex__ returned non-complex (type %s)", Err.tn(res));
        }
        Warnings.warn(PyExc.DeprecationWarning, String.format("__complex__ returned non-complex (type %s).  "
                + "The ability to return an instance of a strict subclass of complex is deprecated, "
                + "and may be removed in a future version of Python.", Err.tn(res)), 1);
        return rc;
    }

    private static boolean isNumber(PyObject o) {
        return o.type.nb_float != null || o.type.nb_index != null || o instanceof PyComplex;
    }

    private static final ArgParser COMPLEX_NEW = new ArgParser("complex", "real=NULL, imag=NULL");

    static PyObject complexNew(PyType type, PyObject[] args, String[] kw) {
        PyObject[] a = COMPLEX_NEW.bind(args, kw);
        PyObject r = a[0] == null ? PyInt.ZERO : a[0];
        PyObject i = a[1];
        if (r.type == PyComplex.TYPE && i == null && type == PyComplex.TYPE) {
            return r;
        }
        if (r instanceof PyStr rs) {
            if (i != null) {
                throw Err.type("complex() can't take second arg if first is a string");
            }
            double[] v = parse(rs);
            return make(type, v[0], v[1]);
        }
        if (i instanceof PyStr) {
            throw Err.type("complex() second arg can't be a string");
        }
        PyComplex special = complexSpecial(r);
        if (special != null) {
            r = special;
        }
        if (!isNumber(r)) {
            throw Err.type("complex() first argument must be a string or a number, not '%s'", Err.tn(r));
        }
        if (i != null && !isNumber(i)) {
            throw Err.type("complex() second argument must be a number, not '%s'", Err.tn(i));
        }
        double crReal;
        double crImag;
        boolean crIsComplex = false;
        if (r instanceof PyComplex rc) {
            crReal = rc.real;
            crImag = rc.imag;
            crIsComplex = true;
        } else {
            crReal = FloatMethods.floatOf(r);
            crImag = 0.0;
        }
        double ciReal;
        double ciImag = 0.0;
        boolean ciIsComplex = false;
        if (i == null) {
            ciReal = crImag;
        } else if (i instanceof PyComplex ic) {
            ciReal = ic.real;
            ciImag = ic.imag;
            ciIsComplex = true;
        } else {
            ciReal = FloatMethods.floatOf(i);
        }
        if (ciIsComplex) {
            crReal -= ciImag;
        }
        if (crIsComplex && i != null) {
            ciReal += crImag;
        }
        return make(type, crReal, ciReal);
    }

    static PyComplex make(PyType type, double re, double im) {
        return type == PyComplex.TYPE ? new PyComplex(re, im) : new PyComplex.Derived(type, re, im);
    }

    /** complex(x) for one argument as (real, imag): PyComplex_AsCComplex semantics (used by cmath). */
    public static PyComplex asComplex(PyObject o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        PyComplex special = complexSpecial(o);
        if (special != null) {
            return special;
        }
        if (o.type.nb_float == null && o.type.nb_index == null) {
            throw Err.type("must be real number, not %s", Err.tn(o));
        }
        return new PyComplex(Abstract.asDouble(o), 0.0);
    }

    private static PyObject exactComplex(PyObject self) {
        PyComplex c = (PyComplex) self;
        return self.type == PyComplex.TYPE ? self : new PyComplex(c.real, c.imag);
    }

    static void define(PyType t) {
        t.flags(PyType.BASETYPE | PyType.MATCH_SELF);
        t.doc("Create a complex number from a real part and an optional imaginary part.\n\n"
                + "This is equivalent to (real + imag*1j) where imag defaults to 0.");
        t.tp_new = ComplexMethods::complexNew;
        t.tp_repr = self -> PyStr.of(repr(((PyComplex) self).real, ((PyComplex) self).imag));
        t.tp_hash = ComplexMethods::hash;
        t.tp_richcompare = ComplexMethods::richCompare;
        t.nb_add = ComplexMethods::add;
        t.nb_subtract = ComplexMethods::sub;
        t.nb_multiply = ComplexMethods::mul;
        t.nb_true_divide = ComplexMethods::div;
        t.nb_power = ComplexMethods::pow;
        t.nb_negative = self -> new PyComplex(-((PyComplex) self).real, -((PyComplex) self).imag);
        t.nb_positive = ComplexMethods::exactComplex;
        t.nb_absolute = self -> new PyFloat(abs(((PyComplex) self).real, ((PyComplex) self).imag));
        t.nb_bool = self -> ((PyComplex) self).real != 0 || ((PyComplex) self).imag != 0;
        t.getset("real", self -> new PyFloat(((PyComplex) self).real));
        t.getset("imag", self -> new PyFloat(((PyComplex) self).imag));
        t.method0("conjugate", self -> new PyComplex(((PyComplex) self).real, -((PyComplex) self).imag));
        t.method0("__complex__", ComplexMethods::exactComplex);
        t.method0("__getnewargs__", self -> PyTuple.of(new PyFloat(((PyComplex) self).real), new PyFloat(((PyComplex) self).imag)));
        t.method1("__format__", (self, spec) -> {
            if (!(spec instanceof PyStr s)) {
                throw Err.type("__format__() argument must be str, not %s", Err.tn(spec));
            }
            return NumberFormat.formatComplex((PyComplex) self, s.value);
        });
    }
}
