package org.ember.objects;

import java.util.function.Consumer;

/**
 * The abstract object protocol (CPython's abstract.c and object.c): attribute access, calls,
 * operators with CPython's rules for reflected operands, rich comparison, truth, hashing,
 * iteration, subscripting and numeric conversions. Fast paths for exact builtin types come
 * first; everything else dispatches through the type slots.
 */
public final class Abstract {
    private Abstract() {}

    // ---- attributes -----------------------------------------------------------------------

    public static PyObject getAttr(PyObject o, PyStr name) {
        Slots.GetAttr g = o.type.tp_getattro;
        if (g == ObjectType.GENERIC_GETATTR) {
            return ObjectType.genericGetAttr(o, name);
        }
        return g.get(o, name);
    }

    public static PyObject getAttr(PyObject o, String name) {
        return getAttr(o, PyStr.of(name));
    }

    /** getattr(o, name) or null when it raises AttributeError (CPython's _PyObject_LookupAttr). */
    public static PyObject lookupAttr(PyObject o, PyStr name) {
        Slots.GetAttr g = o.type.tp_getattro;
        try {
            if (g == ObjectType.GENERIC_GETATTR) {
                return ObjectType.genericGetAttrOrNull(o, name);
            }
            if (g == TypeType.GETATTRO) {
                return TypeType.getattroOrNull(o, name);
            }
            return g.get(o, name);
        } catch (PyException e) {
            if (e.matches(PyExc.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    public static PyObject lookupAttr(PyObject o, String name) {
        return lookupAttr(o, PyStr.of(name));
    }

    public static void setAttr(PyObject o, PyStr name, PyObject value) {
        Slots.SetAttr s = o.type.tp_setattro;
        if (s == null) {
            throw noSetattr(o, name, value == null);
        }
        s.set(o, name, value);
    }

    public static void setAttr(PyObject o, PyObject name, PyObject value) {
        if (!(name instanceof PyStr s)) {
            throw Err.type("attribute name must be string, not '%s'", Err.tn(name));
        }
        setAttr(o, s, value);
    }

    public static void setAttr(PyObject o, String name, PyObject value) {
        setAttr(o, PyStr.of(name), value);
    }

    public static void delAttr(PyObject o, PyStr name) {
        setAttr(o, name, null);
    }

    private static PyException noSetattr(PyObject o, PyStr name, boolean del) {
        if (o.type.tp_getattro == null) {
            return Err.type("'%s' object has no attributes (%s .%s)", Err.tn(o), del ? "del" : "assign to", name.value);
        }
        return Err.type("'%s' object has only read-only attributes (%s .%s)", Err.tn(o), del ? "del" : "assign to", name.value);
    }

    // ---- calls ----------------------------------------------------------------------------

    public static PyObject call(PyObject callable, PyObject[] args, String[] kwnames) {
        Slots.Call c = callable.type.tp_call;
        if (c == null) {
            throw Err.type("'%s' object is not callable", Err.tn(callable));
        }
        return c.call(callable, args, kwnames);
    }

    public static PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, null);
    }

    /** Calls callable(*args, **kwargs) with a tuple and an optional dict (PyObject_Call). */
    public static PyObject callArgs(PyObject callable, PyTuple args, PyDict kwargs) {
        if (kwargs == null || kwargs.size() == 0) {
            return call(callable, args.items().clone(), null);
        }
        int n = args.size();
        int k = kwargs.size();
        PyObject[] a = new PyObject[n + k];
        System.arraycopy(args.items(), 0, a, 0, n);
        String[] names = new String[k];
        int j = 0;
        for (int i = kwargs.nextIndex(0); i >= 0; i = kwargs.nextIndex(i + 1)) {
            PyObject key = kwargs.keyAt(i);
            if (!(key instanceof PyStr s)) {
                throw Err.type("keywords must be strings");
            }
            names[j] = s.value;
            a[n + j] = kwargs.valueAt(i);
            j++;
        }
        return call(callable, a, names);
    }

    /**
     * Calls attribute {@code f} found on type(self) as a method of self, without creating a bound
     * method where possible (functions and method descriptors receive self directly).
     */
    public static PyObject callBound(PyObject f, PyObject self, PyObject[] args, String[] kwnames) {
        if (f instanceof PyMethodDescr d) {
            return d.fn.call(self, args, kwnames);
        }
        if (f.type.hasFlag(PyType.METHOD_DESCRIPTOR) || f.type.tp_descr_get == BoundCall.FUNCTION_GET) {
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = self;
            System.arraycopy(args, 0, a, 1, args.length);
            return call(f, a, kwnames);
        }
        Slots.DescrGet g = f.type.tp_descr_get;
        if (g != null) {
            f = g.get(f, self, self.type);
        }
        return call(f, args, kwnames);
    }

    public static PyObject callBound(PyObject f, PyObject self, PyObject... args) {
        return callBound(f, self, args, null);
    }

    /** obj.name(*args) */
    public static PyObject callMethod(PyObject obj, String name, PyObject... args) {
        return callMethod(obj, PyStr.of(name), args);
    }

    public static PyObject callMethod(PyObject obj, PyStr name, PyObject... args) {
        PyType t = obj.type;
        if (t.tp_getattro == ObjectType.GENERIC_GETATTR) {
            PyObject f = t.lookup(name);
            if (f != null && (f.type.hasFlag(PyType.METHOD_DESCRIPTOR) || f.type.tp_descr_get == BoundCall.FUNCTION_GET)) {
                PyDict d = obj instanceof HasDict hd ? hd.getDictOrNull() : null;
                if (d == null || d.getItem(name) == null) {
                    return callBound(f, obj, args, null);
                }
            }
        }
        return call(getAttr(obj, name), args, null);
    }

    public static boolean isCallable(PyObject o) {
        return o.type.tp_call != null;
    }

    // ---- conversions to text ----------------------------------------------------------------

    public static PyObject repr(PyObject o) {
        Slots.Unary r = o.type.tp_repr;
        PyObject s = r.apply(o);
        if (!(s instanceof PyStr)) {
            throw Err.type("__repr__ returned non-string (type %s)", Err.tn(s));
        }
        return s;
    }

    public static String reprJava(PyObject o) {
        return ((PyStr) repr(o)).value;
    }

    public static PyObject str(PyObject o) {
        if (o.type == PyStr.TYPE) {
            return o;
        }
        Slots.Unary r = o.type.tp_str;
        PyObject s = r.apply(o);
        if (!(s instanceof PyStr)) {
            throw Err.type("__str__ returned non-string (type %s)", Err.tn(s));
        }
        return s;
    }

    public static String strJava(PyObject o) {
        return ((PyStr) str(o)).value;
    }

    /** ascii(o): repr with non-ASCII characters escaped. */
    public static PyStr ascii(PyObject o) {
        String r = reprJava(o);
        StringBuilder sb = null;
        for (int i = 0; i < r.length(); ) {
            int cp = r.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp >= 0x80) {
                if (sb == null) {
                    sb = new StringBuilder(r.substring(0, i));
                }
                if (cp <= 0xff) {
                    sb.append(String.format("\\x%02x", cp));
                } else if (cp <= 0xffff) {
                    sb.append(String.format("\\u%04x", cp));
                } else {
                    sb.append(String.format("\\U%08x", cp));
                }
            } else if (sb != null) {
                sb.append((char) cp);
            }
            i += n;
        }
        return PyStr.of(sb == null ? r : sb.toString());
    }

    /** format(value, spec) */
    public static PyObject format(PyObject value, PyObject spec) {
        if (spec == null) {
            spec = PyStr.EMPTY;
        }
        if (value.type == PyStr.TYPE && spec instanceof PyStr ss && ss.value.isEmpty()) {
            return value;
        }
        PyObject meth = value.type.lookup("__format__");
        if (meth == null) {
            throw Err.type("Type %s doesn't define __format__", Err.tn(value));
        }
        PyObject r = callBound(meth, value, spec);
        if (!(r instanceof PyStr)) {
            throw Err.type("__format__ must return a str, not %s", Err.tn(r));
        }
        return r;
    }

    /** A stable fake address for reprs ("0x7f..."): derived from the identity hash. */
    public static String addressOf(PyObject o) {
        return String.format("0x%012x", 0x7f0000000000L | ((long) System.identityHashCode(o) << 4));
    }

    // ---- truth and hashing ----------------------------------------------------------------

    public static boolean isTrue(PyObject o) {
        if (o == Py.True) {
            return true;
        }
        if (o == Py.False || o == Py.None) {
            return false;
        }
        PyType t = o.type;
        if (t.nb_bool != null) {
            return t.nb_bool.test(o);
        }
        if (t.sq_length != null) {
            return t.sq_length.length(o) != 0;
        }
        return true;
    }

    public static long hash(PyObject o) {
        if (o instanceof PyStr s) {
            return s.hash();
        }
        if (o.type == PyInt.TYPE) {
            return ((PyInt) o).hash();
        }
        Slots.Hash h = o.type.tp_hash;
        if (h == null) {
            throw Err.type("unhashable type: '%s'", Err.tn(o));
        }
        return h.hash(o);
    }

    // ---- comparison -------------------------------------------------------------------------

    public static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        PyType vt = v.type;
        PyType wt = w.type;
        boolean checkedReverse = false;
        if (vt != wt && wt.isSubtype(vt) && wt.tp_richcompare != null) {
            checkedReverse = true;
            PyObject r = wt.tp_richcompare.compare(w, v, op.swapped());
            if (r != Py.NotImplemented) {
                return r;
            }
        }
        if (vt.tp_richcompare != null) {
            PyObject r = vt.tp_richcompare.compare(v, w, op);
            if (r != Py.NotImplemented) {
                return r;
            }
        }
        if (!checkedReverse && wt.tp_richcompare != null) {
            PyObject r = wt.tp_richcompare.compare(w, v, op.swapped());
            if (r != Py.NotImplemented) {
                return r;
            }
        }
        switch (op) {
            case EQ:
                return Py.bool(v == w);
            case NE:
                return Py.bool(v != w);
            default:
                throw Err.type("'%s' not supported between instances of '%s' and '%s'", op.symbol, Err.tn(v), Err.tn(w));
        }
    }

    /** Comparison as a boolean; identity implies equality for EQ/NE (PyObject_RichCompareBool). */
    public static boolean richCompareBool(PyObject v, PyObject w, CompareOp op) {
        if (v == w) {
            if (op == CompareOp.EQ) {
                return true;
            }
            if (op == CompareOp.NE) {
                return false;
            }
        }
        PyObject r = richCompare(v, w, op);
        if (r instanceof PyBool b) {
            return b.booleanValue();
        }
        return isTrue(r);
    }

    public static boolean eq(PyObject v, PyObject w) {
        return richCompareBool(v, w, CompareOp.EQ);
    }

    // ---- binary operators -------------------------------------------------------------------

    /** CPython's binary_op1: the left operand's slot, with a subclass right operand tried first. */
    static PyObject binaryOp1(PyObject v, PyObject w, Slots.Binary slotv, Slots.Binary slotw) {
        if (w.type == v.type || slotw == slotv) {
            slotw = null;
        }
        if (slotv != null) {
            if (slotw != null && w.type.isSubtype(v.type)) {
                PyObject x = slotw.apply(v, w);
                if (x != Py.NotImplemented) {
                    return x;
                }
                slotw = null;
            }
            PyObject x = slotv.apply(v, w);
            if (x != Py.NotImplemented) {
                return x;
            }
        }
        if (slotw != null) {
            return slotw.apply(v, w);
        }
        return Py.NotImplemented;
    }

    private static PyException binopError(PyObject v, PyObject w, String sym) {
        return Err.type("unsupported operand type(s) for %s: '%s' and '%s'", sym, Err.tn(v), Err.tn(w));
    }

    public static PyObject add(PyObject v, PyObject w) {
        PyObject r = binaryOp1(v, w, v.type.nb_add, w.type.nb_add);
        if (r != Py.NotImplemented) {
            return r;
        }
        Slots.Binary concat = v.type.sq_concat;
        if (concat != null) {
            return concat.apply(v, w);
        }
        throw binopError(v, w, "+");
    }

    public static PyObject subtract(PyObject v, PyObject w) {
        return binary(v, w, v.type.nb_subtract, w.type.nb_subtract, "-");
    }

    public static PyObject multiply(PyObject v, PyObject w) {
        PyObject r = binaryOp1(v, w, v.type.nb_multiply, w.type.nb_multiply);
        if (r != Py.NotImplemented) {
            return r;
        }
        if (v.type.sq_repeat != null) {
            return sequenceRepeat(v.type.sq_repeat, v, w);
        }
        if (w.type.sq_repeat != null) {
            return sequenceRepeat(w.type.sq_repeat, w, v);
        }
        throw binopError(v, w, "*");
    }

    private static PyObject sequenceRepeat(Slots.Repeat f, PyObject seq, PyObject n) {
        if (!hasIndex(n)) {
            throw Err.type("can't multiply sequence by non-int of type '%s'", Err.tn(n));
        }
        return f.repeat(seq, asSsize(n, PyExc.OverflowError));
    }

    public static PyObject trueDivide(PyObject v, PyObject w) {
        return binary(v, w, v.type.nb_true_divide, w.type.nb_true_divide, "/");
    }

    public static PyObject floorDivide(PyObject v, PyObject w) {
        return binary(v, w, v.type.nb_floor_divide, w.type.nb_floor_divide, "//");
    }

    public static PyObject remainder(PyObject v, PyObject w) {
        return binary(v, w, v.type.nb_remainder, w.type.nb_remainder, "%");
    }

    public static PyObject divmod(PyObject v, PyObject w) {
        return binary(v, w, v.type.nb_divmod, w.type.nb_divmod, "divmod()");
    }

    public static PyObject lshift(PyObject v, PyObject w) {
        return binary(v, w, v.type.nb_lshift, w.type.nb_lshift, "<<");
    }

    public static PyObject rshift(PyObject v, PyObject w) {
        return binary(v, w, v.type.nb_rshift, w.type.nb_rshift, ">>");
    }

    public static PyObject and(PyObject v, PyObject w) {
        return binary(v, w, v.type.nb_and, w.type.nb_and, "&");
    }

    public static PyObject or(PyObject v, PyObject w) {
        return binary(v, w, v.type.nb_or, w.type.nb_or, "|");
    }

    public static PyObject xor(PyObject v, PyObject w) {
        return binary(v, w, v.type.nb_xor, w.type.nb_xor, "^");
    }

    public static PyObject matmul(PyObject v, PyObject w) {
        return binary(v, w, v.type.nb_matrix_multiply, w.type.nb_matrix_multiply, "@");
    }

    private static PyObject binary(PyObject v, PyObject w, Slots.Binary sv, Slots.Binary sw, String sym) {
        PyObject r = binaryOp1(v, w, sv, sw);
        if (r != Py.NotImplemented) {
            return r;
        }
        throw binopError(v, w, sym);
    }

    /** pow(v, w, z) with z None for the two-argument form (CPython's ternary_op). */
    public static PyObject power(PyObject v, PyObject w, PyObject z) {
        Slots.Ternary slotv = v.type.nb_power;
        Slots.Ternary slotw = w.type != v.type ? w.type.nb_power : null;
        if (slotw == slotv) {
            slotw = null;
        }
        if (slotv != null) {
            if (slotw != null && w.type.isSubtype(v.type)) {
                PyObject x = slotw.apply(v, w, z);
                if (x != Py.NotImplemented) {
                    return x;
                }
                slotw = null;
            }
            PyObject x = slotv.apply(v, w, z);
            if (x != Py.NotImplemented) {
                return x;
            }
        }
        if (slotw != null) {
            PyObject x = slotw.apply(v, w, z);
            if (x != Py.NotImplemented) {
                return x;
            }
        }
        if (z != Py.None) {
            Slots.Ternary slotz = z.type.nb_power;
            if (slotz != null && slotz != slotv && slotz != slotw) {
                PyObject x = slotz.apply(v, w, z);
                if (x != Py.NotImplemented) {
                    return x;
                }
            }
            throw Err.type("unsupported operand type(s) for pow(): '%s', '%s', '%s'", Err.tn(v), Err.tn(w), Err.tn(z));
        }
        throw Err.type("unsupported operand type(s) for ** or pow(): '%s' and '%s'", Err.tn(v), Err.tn(w));
    }

    // ---- in-place operators ----------------------------------------------------------------

    private static PyObject inplace(PyObject v, PyObject w, Slots.Binary islot, Slots.Binary sv, Slots.Binary sw, String sym) {
        if (islot != null) {
            PyObject x = islot.apply(v, w);
            if (x != Py.NotImplemented) {
                return x;
            }
        }
        PyObject r = binaryOp1(v, w, sv, sw);
        if (r != Py.NotImplemented) {
            return r;
        }
        throw binopError(v, w, sym);
    }

    public static PyObject inplaceAdd(PyObject v, PyObject w) {
        PyType t = v.type;
        if (t.nb_inplace_add != null) {
            PyObject x = t.nb_inplace_add.apply(v, w);
            if (x != Py.NotImplemented) {
                return x;
            }
        }
        PyObject r = binaryOp1(v, w, t.nb_add, w.type.nb_add);
        if (r != Py.NotImplemented) {
            return r;
        }
        if (t.sq_inplace_concat != null) {
            return t.sq_inplace_concat.apply(v, w);
        }
        if (t.sq_concat != null) {
            return t.sq_concat.apply(v, w);
        }
        throw binopError(v, w, "+=");
    }

    public static PyObject inplaceMultiply(PyObject v, PyObject w) {
        PyType t = v.type;
        if (t.nb_inplace_multiply != null) {
            PyObject x = t.nb_inplace_multiply.apply(v, w);
            if (x != Py.NotImplemented) {
                return x;
            }
        }
        PyObject r = binaryOp1(v, w, t.nb_multiply, w.type.nb_multiply);
        if (r != Py.NotImplemented) {
            return r;
        }
        if (t.sq_inplace_repeat != null) {
            return sequenceRepeat(t.sq_inplace_repeat, v, w);
        }
        if (t.sq_repeat != null) {
            return sequenceRepeat(t.sq_repeat, v, w);
        }
        if (w.type.sq_repeat != null) {
            return sequenceRepeat(w.type.sq_repeat, w, v);
        }
        throw binopError(v, w, "*=");
    }

    public static PyObject inplaceSubtract(PyObject v, PyObject w) {
        return inplace(v, w, v.type.nb_inplace_subtract, v.type.nb_subtract, w.type.nb_subtract, "-=");
    }

    public static PyObject inplaceTrueDivide(PyObject v, PyObject w) {
        return inplace(v, w, v.type.nb_inplace_true_divide, v.type.nb_true_divide, w.type.nb_true_divide, "/=");
    }

    public static PyObject inplaceFloorDivide(PyObject v, PyObject w) {
        return inplace(v, w, v.type.nb_inplace_floor_divide, v.type.nb_floor_divide, w.type.nb_floor_divide, "//=");
    }

    public static PyObject inplaceRemainder(PyObject v, PyObject w) {
        return inplace(v, w, v.type.nb_inplace_remainder, v.type.nb_remainder, w.type.nb_remainder, "%=");
    }

    public static PyObject inplaceLshift(PyObject v, PyObject w) {
        return inplace(v, w, v.type.nb_inplace_lshift, v.type.nb_lshift, w.type.nb_lshift, "<<=");
    }

    public static PyObject inplaceRshift(PyObject v, PyObject w) {
        return inplace(v, w, v.type.nb_inplace_rshift, v.type.nb_rshift, w.type.nb_rshift, ">>=");
    }

    public static PyObject inplaceAnd(PyObject v, PyObject w) {
        return inplace(v, w, v.type.nb_inplace_and, v.type.nb_and, w.type.nb_and, "&=");
    }

    public static PyObject inplaceOr(PyObject v, PyObject w) {
        return inplace(v, w, v.type.nb_inplace_or, v.type.nb_or, w.type.nb_or, "|=");
    }

    public static PyObject inplaceXor(PyObject v, PyObject w) {
        return inplace(v, w, v.type.nb_inplace_xor, v.type.nb_xor, w.type.nb_xor, "^=");
    }

    public static PyObject inplaceMatmul(PyObject v, PyObject w) {
        return inplace(v, w, v.type.nb_inplace_matrix_multiply, v.type.nb_matrix_multiply, w.type.nb_matrix_multiply, "@=");
    }

    public static PyObject inplacePower(PyObject v, PyObject w) {
        Slots.Ternary ip = v.type.nb_inplace_power;
        if (ip != null) {
            PyObject x = ip.apply(v, w, Py.None);
            if (x != Py.NotImplemented) {
                return x;
            }
        }
        try {
            return power(v, w, Py.None);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError) && v.type.nb_power == null && w.type.nb_power == null) {
                throw Err.type("unsupported operand type(s) for **=: '%s' and '%s'", Err.tn(v), Err.tn(w));
            }
            throw e;
        }
    }

    // ---- unary operators ----------------------------------------------------------------------

    public static PyObject negative(PyObject o) {
        Slots.Unary f = o.type.nb_negative;
        if (f == null) {
            throw Err.type("bad operand type for unary -: '%s'", Err.tn(o));
        }
        return f.apply(o);
    }

    public static PyObject positive(PyObject o) {
        Slots.Unary f = o.type.nb_positive;
        if (f == null) {
            throw Err.type("bad operand type for unary +: '%s'", Err.tn(o));
        }
        return f.apply(o);
    }

    public static PyObject invert(PyObject o) {
        Slots.Unary f = o.type.nb_invert;
        if (f == null) {
            throw Err.type("bad operand type for unary ~: '%s'", Err.tn(o));
        }
        return f.apply(o);
    }

    public static PyObject absolute(PyObject o) {
        Slots.Unary f = o.type.nb_absolute;
        if (f == null) {
            throw Err.type("bad operand type for abs(): '%s'", Err.tn(o));
        }
        return f.apply(o);
    }

    // ---- numbers ------------------------------------------------------------------------------

    public static boolean hasIndex(PyObject o) {
        return o instanceof PyInt || o.type.nb_index != null;
    }

    /** operator.index(o) as an int (PyNumber_Index). */
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        Slots.Unary f = o.type.nb_index;
        if (f == null) {
            throw Err.type("'%s' object cannot be interpreted as an integer", Err.tn(o));
        }
        PyObject r = f.apply(o);
        if (!(r instanceof PyInt ri)) {
            throw Err.type("__index__ returned non-int (type %s)", Err.tn(r));
        }
        return ri;
    }

    /** An index as a Java long, raising excType (or clamping when null) when it does not fit (PyNumber_AsSsize_t). */
    public static long asSsize(PyObject o, PyType excType) {
        PyInt i = index(o);
        if (i.isSmall()) {
            return i.longValue();
        }
        if (excType == null) {
            return i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        throw Err.format(excType, "cannot fit '%s' into an index-sized integer", Err.tn(o));
    }

    public static long asLong(PyObject o) {
        PyInt i = o instanceof PyInt x ? x : asIntObject(o);
        if (!i.isSmall()) {
            throw Err.overflow("Python int too large to convert to C long");
        }
        return i.longValue();
    }

    public static int asInt(PyObject o) {
        long v = asLong(o);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw Err.overflow("Python int too large to convert to C int");
        }
        return (int) v;
    }

    /** The int value of o via __index__ (CPython's PyLong_AsLong path, which uses nb_index). */
    private static PyInt asIntObject(PyObject o) {
        if (o.type.nb_index != null) {
            return index(o);
        }
        throw Err.type("'%s' object cannot be interpreted as an integer", Err.tn(o));
    }

    /** float(o) as a Java double (PyFloat_AsDouble). */
    public static double asDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.doubleValue();
        }
        Slots.Unary f = o.type.nb_float;
        if (f == null) {
            if (o.type.nb_index != null) {
                return index(o).doubleValue();
            }
            throw Err.type("must be real number, not %s", Err.tn(o));
        }
        PyObject r = f.apply(o);
        if (!(r instanceof PyFloat rf)) {
            throw Err.type("%s.__float__ returned non-float (type %s)", Err.tn(o), Err.tn(r));
        }
        return rf.value;
    }

    // ---- containers -------------------------------------------------------------------------

    public static long length(PyObject o) {
        Slots.Length f = o.type.sq_length;
        if (f == null) {
            throw Err.type("object of type '%s' has no len()", Err.tn(o));
        }
        return f.length(o);
    }

    public static PyObject getItem(PyObject o, PyObject key) {
        Slots.Binary f = o.type.mp_subscript;
        if (f != null) {
            return f.apply(o, key);
        }
        if (o instanceof PyType t) {
            if (t == PyType.TYPE) {
                return GenericAlias.of(t, key);
            }
            PyObject cg = lookupAttr(o, PyStr.of("__class_getitem__"));
            if (cg != null) {
                return call(cg, key);
            }
            throw Err.type("type '%s' is not subscriptable", t.getName());
        }
        throw Err.type("'%s' object is not subscriptable", Err.tn(o));
    }

    public static void setItem(PyObject o, PyObject key, PyObject value) {
        Slots.SetItem f = o.type.mp_ass_subscript;
        if (f == null) {
            throw Err.type("'%s' object does not support item assignment", Err.tn(o));
        }
        f.set(o, key, value);
    }

    public static void delItem(PyObject o, PyObject key) {
        Slots.SetItem f = o.type.mp_ass_subscript;
        if (f == null) {
            throw Err.type("'%s' object doesn't support item deletion", Err.tn(o));
        }
        f.set(o, key, null);
    }

    /** item in container */
    public static boolean contains(PyObject container, PyObject item) {
        Slots.Contains f = container.type.sq_contains;
        if (f != null) {
            return f.contains(container, item);
        }
        return iterSearchContains(container, item);
    }

    static boolean iterSearchContains(PyObject container, PyObject item) {
        PyObject it;
        try {
            it = iter(container);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError) && container.type.tp_iter == null && container.type.mp_subscript == null) {
                throw Err.type("argument of type '%s' is not iterable", Err.tn(container));
            }
            throw e;
        }
        Slots.Next next = it.type.tp_iternext;
        for (PyObject x = next.next(it); x != null; x = next.next(it)) {
            if (richCompareBool(x, item, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    /** True for objects with __getitem__ that are not dicts (PySequence_Check). */
    public static boolean isSequence(PyObject o) {
        if (o instanceof PyDict) {
            return false;
        }
        return o.type.mp_subscript != null;
    }

    public static boolean isMapping(PyObject o) {
        return o.type.mp_subscript != null;
    }

    // ---- iteration ----------------------------------------------------------------------------

    public static PyObject iter(PyObject o) {
        Slots.Unary f = o.type.tp_iter;
        if (f != null) {
            PyObject it = f.apply(o);
            if (it.type.tp_iternext == null) {
                throw Err.type("iter() returned non-iterator of type '%s'", Err.tn(it));
            }
            return it;
        }
        if (o.type.mp_subscript != null && !(o instanceof PyDict)) {
            return new PySeqIter(o);
        }
        throw Err.type("'%s' object is not iterable", Err.tn(o));
    }

    /** next(it) or null when exhausted. */
    public static PyObject next(PyObject it) {
        Slots.Next f = it.type.tp_iternext;
        if (f == null) {
            throw Err.type("'%s' object is not an iterator", Err.tn(it));
        }
        return f.next(it);
    }

    /** Calls action for each item of an iterable (fast for lists and tuples). */
    public static void forEach(PyObject iterable, Consumer<PyObject> action) {
        if (iterable.type == PyTuple.TYPE) {
            for (PyObject o : ((PyTuple) iterable).items()) {
                action.accept(o);
            }
            return;
        }
        if (iterable.type == PyList.TYPE) {
            PyList l = (PyList) iterable;
            for (int i = 0; i < l.size(); i++) {
                action.accept(l.get(i));
            }
            return;
        }
        PyObject it = iter(iterable);
        Slots.Next next = it.type.tp_iternext;
        for (PyObject x = next.next(it); x != null; x = next.next(it)) {
            action.accept(x);
        }
    }

    /** The items of an iterable as a fresh Java array. */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable.type == PyTuple.TYPE) {
            return ((PyTuple) iterable).items().clone();
        }
        if (iterable.type == PyList.TYPE) {
            return ((PyList) iterable).toArray();
        }
        java.util.ArrayList<PyObject> out = new java.util.ArrayList<>();
        forEach(iterable, out::add);
        return out.toArray(new PyObject[0]);
    }

    // ---- isinstance / issubclass --------------------------------------------------------------

    private static final PyStr S_INSTANCECHECK = PyStr.immortal("__instancecheck__");
    private static final PyStr S_SUBCLASSCHECK = PyStr.immortal("__subclasscheck__");
    private static final PyStr S_CLASS = PyStr.immortal("__class__");
    private static final PyStr S_BASES = PyStr.immortal("__bases__");

    public static boolean isInstance(PyObject inst, PyObject cls) {
        if (inst.type == cls) {
            return true;
        }
        if (cls.type == PyType.TYPE) {
            return recursiveIsInstance(inst, cls);
        }
        if (cls instanceof PyTuple t) {
            for (PyObject c : t.items()) {
                if (isInstance(inst, c)) {
                    return true;
                }
            }
            return false;
        }
        PyObject checker = cls.type.lookup(S_INSTANCECHECK);
        if (checker != null) {
            return isTrue(callBound(checker, cls, inst));
        }
        return recursiveIsInstance(inst, cls);
    }

    static boolean recursiveIsInstance(PyObject inst, PyObject cls) {
        if (cls instanceof PyType ct) {
            if (inst.type.isSubtype(ct)) {
                return true;
            }
            PyObject c = lookupAttr(inst, S_CLASS);
            if (c != null && c != inst.type && c instanceof PyType cc) {
                return cc.isSubtype(ct);
            }
            return false;
        }
        if (!checkClass(cls)) {
            throw Err.type("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        PyObject c = lookupAttr(inst, S_CLASS);
        return c != null && abstractIsSubclass(c, cls);
    }

    public static boolean isSubclass(PyObject derived, PyObject cls) {
        if (cls.type == PyType.TYPE && derived.type == PyType.TYPE) {
            return derived == cls || ((PyType) derived).isSubtype((PyType) cls);
        }
        if (cls instanceof PyTuple t) {
            for (PyObject c : t.items()) {
                if (isSubclass(derived, c)) {
                    return true;
                }
            }
            return false;
        }
        PyObject checker = cls.type.lookup(S_SUBCLASSCHECK);
        if (checker != null) {
            return isTrue(callBound(checker, cls, derived));
        }
        return recursiveIsSubclass(derived, cls);
    }

    static boolean recursiveIsSubclass(PyObject derived, PyObject cls) {
        if (cls instanceof PyType ct && derived instanceof PyType dt) {
            return dt.isSubtype(ct);
        }
        if (!checkClass(derived)) {
            throw Err.type("issubclass() arg 1 must be a class");
        }
        if (!(cls instanceof UnionType) && !checkClass(cls)) {
            throw Err.type("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return abstractIsSubclass(derived, cls);
    }

    private static boolean checkClass(PyObject o) {
        return o instanceof PyType || lookupAttr(o, S_BASES) instanceof PyTuple;
    }

    private static boolean abstractIsSubclass(PyObject derived, PyObject cls) {
        while (true) {
            if (derived == cls) {
                return true;
            }
            PyObject bases = lookupAttr(derived, S_BASES);
            if (!(bases instanceof PyTuple bt) || bt.size() == 0) {
                return false;
            }
            if (bt.size() == 1) {
                derived = bt.get(0);
                continue;
            }
            for (PyObject b : bt.items()) {
                if (abstractIsSubclass(b, cls)) {
                    return true;
                }
            }
            return false;
        }
    }
}
