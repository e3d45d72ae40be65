package org.ember.modules.ast;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.ember.ast.AstSchema;
import org.ember.ast.BytesLiteral;
import org.ember.ast.ConstantSingleton;
import org.ember.ast.ImaginaryLiteral;
import org.ember.ast.Node;
import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyBool;
import org.ember.objects.PyBytes;
import org.ember.objects.PyComplex;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInstance;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.ObjectType;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;
import org.ember.runtime.ThreadState;

/**
 * Python objects to the Java AST (CPython 3.11's {@code obj2ast_*} functions): reads the fields of
 * each node as attributes, with CPython's errors for missing fields ({@code required field "lineno"
 * missing from stmt}), wrong types ({@code expected some sort of expr, but got 3}, {@code field
 * "body" must be a list}, {@code invalid integer value}) and missing required values ({@code field
 * 'value' is required for Attribute}). Constant values are kept as Java values where the Java AST
 * has a representation for them and as the Python objects otherwise (tuples, frozensets, complex
 * numbers with a real part, and invalid values, which {@link AstValidator} reports). Nesting is
 * limited by the recursion limit, as Python calls are.
 */
final class FromPython {
    private final AstState state;
    private final ThreadState ts;

    FromPython(AstState state, ThreadState ts) {
        this.state = state;
        this.ts = ts;
    }

    /** Converts obj as a value of ASDL type {@code kind} (a sum, product or enum). */
    Object convert(AstKinds.Kind kind, PyObject obj) {
        return switch (kind.role) {
            case SUM -> sum(kind, obj);
            case PRODUCT -> product(kind, obj);
            case ENUM -> enumValue(kind, obj);
            default -> throw new IllegalStateException(kind.name);
        };
    }

    /** What the conversion knows about one exact class, valid while the class's version is unchanged. */
    private static final class TypeEntry {
        final long version;
        /** The module's description of the class, or null for other classes (subclasses...). */
        final AstKinds.Kind kind;
        /** Field reads may go straight to the instance dict. */
        final boolean plain;

        TypeEntry(long version, AstKinds.Kind kind, boolean plain) {
            this.version = version;
            this.kind = kind;
            this.plain = plain;
        }
    }

    private final java.util.IdentityHashMap<PyType, TypeEntry> entries = new java.util.IdentityHashMap<>();
    private PyType lastType;
    private TypeEntry lastEntry;

    private TypeEntry entry(PyType t) {
        if (t == lastType && lastEntry.version == t.version) {
            return lastEntry;
        }
        TypeEntry e = entries.get(t);
        if (e == null || e.version != t.version) {
            AstKinds.Kind k = state.kindOf(t);
            e = new TypeEntry(t.version, k, k != null && isPlain(t, k));
            entries.put(t, e);
        }
        lastType = t;
        lastEntry = e;
        return e;
    }

    /**
     * getattr(obj, name) or null (_PyObject_LookupAttr). For instances of the module's own classes
     * whose fields are not shadowed by data descriptors (the normal case), reads the instance
     * dict directly, which gives the same result as the generic lookup.
     */
    private PyObject attr(PyObject obj, PyStr name) {
        if (obj instanceof PyInstance inst && entry(obj.type).plain) {
            PyDict d = inst.getDictOrNull();
            if (d != null) {
                PyObject v = d.getItem(name);
                if (v != null) {
                    return v;
                }
            }
        }
        return Abstract.lookupAttr(obj, name);
    }

    private static boolean isPlain(PyType t, AstKinds.Kind k) {
        if (t.tp_getattro != ObjectType.GENERIC_GETATTR) {
            return false;
        }
        for (AstKinds.FieldDesc f : k.fields) {
            if (isDataDescriptor(t.lookup(f.pyName))) {
                return false;
            }
        }
        return !isDataDescriptor(t.lookup(ToPython.LINENO)) && !isDataDescriptor(t.lookup(ToPython.COL_OFFSET))
                && !isDataDescriptor(t.lookup(ToPython.END_LINENO))
                && !isDataDescriptor(t.lookup(ToPython.END_COL_OFFSET));
    }

    private static boolean isDataDescriptor(PyObject descr) {
        return descr != null && descr.type.tp_descr_set != null;
    }

    private void enter(String name) {
        int d = ts.depth;
        if (d >= ts.interp.recursionLimit) {
            throw Err.recursion("maximum recursion depth exceeded while traversing '%s' node", name);
        }
        ts.depth = d + 1;
    }

    private Object sum(AstKinds.Kind sum, PyObject obj) {
        if (obj == Py.None) {
            return null;
        }
        int saved = ts.depth;
        enter(sum.name);
        try {
            int lineno = 0;
            int col = 0;
            int endLineno = 0;
            int endCol = 0;
            if (sum.positions) {
                lineno = requiredInt(obj, ToPython.LINENO, sum.name);
                col = requiredInt(obj, ToPython.COL_OFFSET, sum.name);
                if (sum.endOptional) {
                    endLineno = optionalInt(obj, ToPython.END_LINENO, lineno);
                    endCol = optionalInt(obj, ToPython.END_COL_OFFSET, col);
                } else {
                    endLineno = requiredInt(obj, ToPython.END_LINENO, sum.name);
                    endCol = requiredInt(obj, ToPython.END_COL_OFFSET, sum.name);
                }
            }
            AstKinds.Kind c = constructorOf(sum, obj);
            if (c == null) {
                throw Err.type("expected some sort of %s, but got %s", sum.name, Abstract.reprJava(obj));
            }
            Object[] args = new Object[c.fields.length + (c.positions ? 4 : 0)];
            fields(c, obj, args);
            if (c.positions) {
                int n = c.fields.length;
                args[n] = lineno;
                args[n + 1] = col;
                args[n + 2] = endLineno;
                args[n + 3] = endCol;
            }
            return make(c, args);
        } finally {
            ts.depth = saved;
        }
    }

    /** The constructor of sum that obj is an instance of (CPython tries them in ASDL order), or null. */
    private AstKinds.Kind constructorOf(AstKinds.Kind sum, PyObject obj) {
        AstKinds.Kind exact = entry(obj.type).kind;
        if (exact != null && exact.base == sum) {
            return exact;
        }
        for (AstKinds.Kind c : sum.constructors) {
            if (Abstract.isInstance(obj, state.types[c.index])) {
                return c;
            }
        }
        return null;
    }

    private Object product(AstKinds.Kind p, PyObject obj) {
        int saved = ts.depth;
        enter(p.name);
        try {
            Object[] args = new Object[p.fields.length + (p.positions ? 4 : 0)];
            fields(p, obj, args);
            if (p.positions) {
                int n = p.fields.length;
                int lineno = requiredInt(obj, ToPython.LINENO, p.name);
                int col = requiredInt(obj, ToPython.COL_OFFSET, p.name);
                args[n] = lineno;
                args[n + 1] = col;
                args[n + 2] = optionalInt(obj, ToPython.END_LINENO, lineno);
                args[n + 3] = optionalInt(obj, ToPython.END_COL_OFFSET, col);
            }
            return make(p, args);
        } finally {
            ts.depth = saved;
        }
    }

    private Enum<?> enumValue(AstKinds.Kind e, PyObject obj) {
        for (AstKinds.Kind m : e.constructors) {
            if (Abstract.isInstance(obj, state.types[m.index])) {
                return m.member;
            }
        }
        throw Err.type("expected some sort of %s, but got %s", e.name, Abstract.reprJava(obj));
    }

    /** Reads and converts the fields of class k from obj into args, then checks the required ones. */
    private void fields(AstKinds.Kind k, PyObject obj, Object[] args) {
        AstKinds.FieldDesc[] fs = k.fields;
        for (int i = 0; i < fs.length; i++) {
            args[i] = field(fs[i], obj, k.name);
        }
        // The node constructors (_PyAST_Name...) reject a missing value of a required field.
        for (int i = 0; i < fs.length; i++) {
            AstKinds.FieldDesc f = fs[i];
            if (args[i] == null && f.kind == AstSchema.Kind.SINGLE && f.category != AstKinds.CAT_INT) {
                throw Err.value("field '%s' is required for %s", f.name, k.name);
            }
        }
    }

    private Object field(AstKinds.FieldDesc f, PyObject obj, String owner) {
        PyObject v = attr(obj, f.pyName);
        if (f.kind == AstSchema.Kind.SEQUENCE) {
            if (v == null) {
                throw Err.type("required field \"%s\" missing from %s", f.name, owner);
            }
            if (!(v instanceof PyList list)) {
                throw Err.type("%s field \"%s\" must be a list, not a %s", owner, f.name, Err.tn(v));
            }
            int len = list.size();
            List<Object> out = new ArrayList<>(len);
            for (int i = 0; i < len; i++) {
                Object x = single(f, list.get(i));
                if (len != list.size()) {
                    throw Err.runtime("%s field \"%s\" changed size during iteration", owner, f.name);
                }
                out.add(x);
            }
            return out;
        }
        if (v == null || (v == Py.None && f.kind == AstSchema.Kind.OPTIONAL)) {
            if (f.kind == AstSchema.Kind.OPTIONAL) {
                return f.category == AstKinds.CAT_INT ? (Object) 0 : null;
            }
            throw Err.type("required field \"%s\" missing from %s", f.name, owner);
        }
        return single(f, v);
    }

    private Object single(AstKinds.FieldDesc f, PyObject v) {
        switch (f.category) {
            case AstKinds.CAT_NODE:
            case AstKinds.CAT_ENUM:
                return convert(f.target, v);
            case AstKinds.CAT_IDENTIFIER:
                return identifier(v);
            case AstKinds.CAT_STRING:
                return string(v);
            case AstKinds.CAT_INT:
                return toInt(v);
            default:
                return constant(v);
        }
    }

    private int requiredInt(PyObject obj, PyStr name, String owner) {
        PyObject v = attr(obj, name);
        if (v == null) {
            throw Err.type("required field \"%s\" missing from %s", name.value, owner);
        }
        return toInt(v);
    }

    private int optionalInt(PyObject obj, PyStr name, int dflt) {
        PyObject v = attr(obj, name);
        if (v == null || v == Py.None) {
            return dflt;
        }
        return toInt(v);
    }

    /** obj2ast_int: an int (bool included) that fits a C int. */
    static int toInt(PyObject v) {
        if (!(v instanceof PyInt i)) {
            throw Err.value("invalid integer value: %s", Abstract.reprJava(v));
        }
        if (!i.isSmall() || i.longValue() < Integer.MIN_VALUE || i.longValue() > Integer.MAX_VALUE) {
            throw Err.overflow("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    /** obj2ast_identifier: an exact str, or None for "absent". */
    private static String identifier(PyObject v) {
        if (v == Py.None) {
            return null;
        }
        if (v.type != PyStr.TYPE) {
            throw Err.type("AST identifier must be of type str");
        }
        return ((PyStr) v).value;
    }

    /** obj2ast_string: an exact str or bytes. */
    private static String string(PyObject v) {
        if (v.type == PyStr.TYPE) {
            return ((PyStr) v).value;
        }
        if (v.type == PyBytes.TYPE) {
            return new String(((PyBytes) v).bytes(), 0, ((PyBytes) v).size(), StandardCharsets.ISO_8859_1);
        }
        throw Err.type("AST string must be of type str");
    }

    /**
     * obj2ast_constant: the Java AST's representation of the values the compiler accepts, or the
     * Python object itself (the validator decides whether it is acceptable).
     */
    static Object constant(PyObject v) {
        if (v == Py.None) {
            return ConstantSingleton.NONE;
        }
        if (v == Py.True) {
            return ConstantSingleton.TRUE;
        }
        if (v == Py.False) {
            return ConstantSingleton.FALSE;
        }
        if (v == Py.Ellipsis) {
            return ConstantSingleton.ELLIPSIS;
        }
        PyType t = v.type;
        if (t == PyStr.TYPE) {
            return ((PyStr) v).value;
        }
        if (t == PyInt.TYPE) {
            PyInt i = (PyInt) v;
            return i.isSmall() ? BigInteger.valueOf(i.longValue()) : i.bigValue();
        }
        if (t == PyFloat.TYPE) {
            return ((PyFloat) v).value;
        }
        if (t == PyBytes.TYPE) {
            PyBytes b = (PyBytes) v;
            return new BytesLiteral(java.util.Arrays.copyOf(b.bytes(), b.size()));
        }
        if (t == PyComplex.TYPE) {
            PyComplex c = (PyComplex) v;
            if (c.real == 0.0 && Double.doubleToRawLongBits(c.real) == 0L) {
                return new ImaginaryLiteral(c.imag);
            }
        }
        if (v instanceof PyBool) {
            return v == Py.True ? ConstantSingleton.TRUE : ConstantSingleton.FALSE;
        }
        return v;
    }

    private Node make(AstKinds.Kind k, Object[] args) {
        try {
            return (Node) k.make.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw Err.internal(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw Err.internal(e);
        }
    }
}
