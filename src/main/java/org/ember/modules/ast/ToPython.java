package org.ember.modules.ast;

import java.lang.invoke.MethodHandle;
import java.math.BigInteger;
import java.util.List;

import org.ember.ast.AstSchema;
import org.ember.ast.BytesLiteral;
import org.ember.ast.CodePointString;
import org.ember.ast.ConstantSingleton;
import org.ember.ast.ImaginaryLiteral;
import org.ember.ast.Node;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyComplex;
import org.ember.objects.PyDict;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInstance;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.runtime.ThreadState;

/**
 * Java AST to Python objects (CPython's {@code ast2obj_*} functions, behind {@code PyAST_mod2obj}):
 * each node becomes an instance of its {@code _ast} class whose __dict__ holds the fields in
 * {@code _fields} order followed by the position attributes; context and operator nodes become the
 * interpreter's shared singletons. As in CPython 3.11, the nesting depth is limited to three times
 * the recursion limit, counted from three times the current Python call depth.
 */
final class ToPython {
    static final PyStr LINENO = PyStr.immortal("lineno");
    static final PyStr COL_OFFSET = PyStr.immortal("col_offset");
    static final PyStr END_LINENO = PyStr.immortal("end_lineno");
    static final PyStr END_COL_OFFSET = PyStr.immortal("end_col_offset");
    private static final PyStr KIND_U = PyStr.immortal("u");

    private final AstState state;
    private final PyObject[] singletons;
    private final org.ember.objects.PyType[] types;
    private int depth;
    private final int limit;
    /** Identifiers are interned, as CPython's parser interns them. */
    private final org.ember.runtime.Runtime runtime;

    ToPython(AstState state, ThreadState ts) {
        this.state = state;
        this.singletons = state.singletons;
        this.types = state.types;
        this.runtime = ts.interp.runtime;
        int rl = ts.interp.recursionLimit;
        this.limit = rl < Integer.MAX_VALUE / 3 ? rl * 3 : rl;
        this.depth = ts.depth < Integer.MAX_VALUE / 3 ? ts.depth * 3 : ts.depth;
    }

    /** Converts any node (a record or an enum constant of org.ember.ast); null becomes None. */
    PyObject node(Node n) {
        if (n == null) {
            return Py.None;
        }
        if (n instanceof Enum<?> e) {
            return singletons[AstKinds.ofMember(e).index];
        }
        AstKinds.Kind k = AstKinds.of(n.getClass());
        if (++depth > limit) {
            throw Err.recursion("maximum recursion depth exceeded during ast construction");
        }
        AstKinds.FieldDesc[] fields = k.fields;
        PyInstance obj = new PyInstance(types[k.index]);
        PyDict d = new PyDict(fields.length + (k.positions ? 4 : 0));
        for (AstKinds.FieldDesc f : fields) {
            d.setItem(f.pyName, value(f, f.getter.apply(n)));
        }
        if (k.positions) {
            MethodHandle[] pos = k.position;
            try {
                d.setItem(LINENO, PyInt.of((int) pos[0].invokeExact(n)));
                d.setItem(COL_OFFSET, PyInt.of((int) pos[1].invokeExact(n)));
                d.setItem(END_LINENO, PyInt.of((int) pos[2].invokeExact(n)));
                d.setItem(END_COL_OFFSET, PyInt.of((int) pos[3].invokeExact(n)));
            } catch (Throwable e) {
                throw Err.internal(e);
            }
        }
        obj.setDict(d);
        depth--;
        return obj;
    }

    private PyObject value(AstKinds.FieldDesc f, Object v) {
        if (f.kind == AstSchema.Kind.SEQUENCE) {
            List<?> list = (List<?>) v;
            int n = list.size();
            PyObject[] items = new PyObject[n];
            for (int i = 0; i < n; i++) {
                items[i] = single(f.category, list.get(i));
            }
            return new PyList(items);
        }
        return single(f.category, v);
    }

    private PyObject single(int category, Object v) {
        if (v == null) {
            return Py.None;
        }
        switch (category) {
            case AstKinds.CAT_NODE:
            case AstKinds.CAT_ENUM:
                return node((Node) v);
            case AstKinds.CAT_IDENTIFIER:
                return identifier((String) v);
            case AstKinds.CAT_STRING:
                return "u".equals(v) ? KIND_U : PyStr.of((String) v);
            case AstKinds.CAT_INT:
                return PyInt.of(((Number) v).longValue());
            default:
                return constant(v);
        }
    }

    private PyStr identifier(String s) {
        return runtime.intern(s);
    }

    /** The Python object for the value of a Constant or MatchSingleton of the Java AST. */
    static PyObject constant(Object v) {
        if (v instanceof String s) {
            return PyStr.of(s);
        }
        if (v instanceof BigInteger b) {
            return PyInt.of(b);
        }
        if (v instanceof ConstantSingleton cs) {
            return switch (cs) {
                case NONE -> Py.None;
                case TRUE -> Py.True;
                case FALSE -> Py.False;
                case ELLIPSIS -> Py.Ellipsis;
            };
        }
        if (v instanceof Double d) {
            return PyFloat.of(d);
        }
        if (v instanceof BytesLiteral b) {
            return PyBytes.of(b.bytes().clone());
        }
        if (v instanceof ImaginaryLiteral im) {
            return new PyComplex(0.0, im.imag());
        }
        if (v instanceof CodePointString cps) {
            return codePointString(cps.codePoints());
        }
        if (v instanceof PyObject o) {
            return o;
        }
        if (v instanceof Long l) {
            return PyInt.of(l);
        }
        if (v instanceof Integer i) {
            return PyInt.of(i);
        }
        if (v instanceof Boolean b) {
            return Py.bool(b);
        }
        throw Err.system("unexpected constant value in the AST: %s", v.getClass().getName());
    }

    /**
     * A str from code points. PyStr holds UTF-16, so a high surrogate code point followed by a low
     * one cannot stay two code points: it becomes the supplementary character they encode.
     */
    static PyStr codePointString(int[] cps) {
        StringBuilder sb = new StringBuilder(cps.length);
        for (int cp : cps) {
            sb.appendCodePoint(cp);
        }
        return PyStr.of(sb.toString());
    }

    AstState state() {
        return state;
    }
}
