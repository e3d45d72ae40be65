package org.ember.numeric;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ember.ast.BytesLiteral;
import org.ember.ast.CmpOp;
import org.ember.ast.ConstantSingleton;
import org.ember.ast.Expr;
import org.ember.ast.ImaginaryLiteral;
import org.ember.ast.Keyword;
import org.ember.ast.Mod;
import org.ember.objects.Abstract;
import org.ember.objects.CompareOp;
import org.ember.objects.Err;
import org.ember.objects.IntMethods;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyComplex;
import org.ember.objects.PyException;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.parser.Parser;

/**
 * A tiny evaluator of Python expressions over Ember's objects, for differential tests of the
 * numeric types before the interpreter runs programs: constants, operators, comparisons,
 * tuples/lists, attributes, calls, and a few builtins implemented as CPython's bltinmodule does.
 */
final class ExprEval {
    private final Map<String, PyObject> names;

    ExprEval(Map<String, PyObject> names) {
        this.names = names;
    }

    /** repr of the result, or "!Type: message". */
    String evalToString(String src) {
        try {
            Mod m = Parser.parse(src, "<case>", Parser.Mode.EVAL);
            PyObject v = eval(((Mod.Expression) m).body());
            return Abstract.reprJava(v);
        } catch (PyException e) {
            return "!" + e.value.type.getName() + ": " + Abstract.strJava(e.value);
        } catch (org.ember.parser.ParseException e) {
            return "!ParseError: " + e.getMessage();
        }
    }

    PyObject eval(Expr e) {
        switch (e) {
            case Expr.Constant c -> {
                return constant(c.value());
            }
            case Expr.UnaryOp u -> {
                PyObject v = eval(u.operand());
                return switch (u.op()) {
                    case USub -> Abstract.negative(v);
                    case UAdd -> Abstract.positive(v);
                    case Invert -> Abstract.invert(v);
                    case Not -> Py.bool(!Abstract.isTrue(v));
                };
            }
            case Expr.BinOp b -> {
                PyObject l = eval(b.left());
                PyObject r = eval(b.right());
                return switch (b.op()) {
                    case Add -> Abstract.add(l, r);
                    case Sub -> Abstract.subtract(l, r);
                    case Mult -> Abstract.multiply(l, r);
                    case Div -> Abstract.trueDivide(l, r);
                    case FloorDiv -> Abstract.floorDivide(l, r);
                    case Mod -> Abstract.remainder(l, r);
                    case Pow -> Abstract.power(l, r, Py.None);
                    case LShift -> Abstract.lshift(l, r);
                    case RShift -> Abstract.rshift(l, r);
                    case BitAnd -> Abstract.and(l, r);
                    case BitOr -> Abstract.or(l, r);
                    case BitXor -> Abstract.xor(l, r);
                    case MatMult -> Abstract.matmul(l, r);
                };
            }
            case Expr.BoolOp b -> {
                PyObject v = null;
                for (Expr x : b.values()) {
                    v = eval(x);
                    boolean t = Abstract.isTrue(v);
                    if (b.op() == org.ember.ast.BoolOp.And ? !t : t) {
                        return v;
                    }
                }
                return v;
            }
            case Expr.Compare c -> {
                PyObject left = eval(c.left());
                PyObject result = Py.True;
                for (int i = 0; i < c.ops().size(); i++) {
                    PyObject right = eval(c.comparators().get(i));
                    result = compare(left, c.ops().get(i), right);
                    if (!Abstract.isTrue(result)) {
                        return result;
                    }
                    left = right;
                }
                return result;
            }
            case Expr.Slice sl -> {
                return new org.ember.objects.PySlice(sl.lower() == null ? Py.None : eval(sl.lower()),
                        sl.upper() == null ? Py.None : eval(sl.upper()), sl.step() == null ? Py.None : eval(sl.step()));
            }
            case Expr.IfExp x -> {
                return Abstract.isTrue(eval(x.test())) ? eval(x.body()) : eval(x.orelse());
            }
            case Expr.Tuple t -> {
                return PyTuple.of(evalAll(t.elts()));
            }
            case Expr.List l -> {
                return new PyList(evalAll(l.elts()));
            }
            case Expr.Name n -> {
                PyObject v = names.get(n.id());
                if (v == null) {
                    throw Err.name(n.id());
                }
                return v;
            }
            case Expr.Attribute a -> {
                return Abstract.getAttr(eval(a.value()), a.attr());
            }
            case Expr.Subscript s -> {
                return Abstract.getItem(eval(s.value()), eval(s.slice()));
            }
            case Expr.Call c -> {
                PyObject f = eval(c.func());
                List<PyObject> args = new ArrayList<>();
                for (Expr a : c.args()) {
                    if (a instanceof Expr.Starred st) {
                        for (PyObject x : Abstract.toArray(eval(st.value()))) {
                            args.add(x);
                        }
                    } else {
                        args.add(eval(a));
                    }
                }
                String[] kwnames = null;
                if (!c.keywords().isEmpty()) {
                    kwnames = new String[c.keywords().size()];
                    int k = 0;
                    for (Keyword kw : c.keywords()) {
                        kwnames[k++] = kw.arg();
                        args.add(eval(kw.value()));
                    }
                }
                return Abstract.call(f, args.toArray(new PyObject[0]), kwnames);
            }
            default -> throw Err.system("unsupported expression %s", e.getClass().getSimpleName());
        }
    }

    private PyObject[] evalAll(List<Expr> es) {
        PyObject[] out = new PyObject[es.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = eval(es.get(i));
        }
        return out;
    }

    private static PyObject compare(PyObject l, CmpOp op, PyObject r) {
        return switch (op) {
            case Eq -> Abstract.richCompare(l, r, CompareOp.EQ);
            case NotEq -> Abstract.richCompare(l, r, CompareOp.NE);
            case Lt -> Abstract.richCompare(l, r, CompareOp.LT);
            case LtE -> Abstract.richCompare(l, r, CompareOp.LE);
            case Gt -> Abstract.richCompare(l, r, CompareOp.GT);
            case GtE -> Abstract.richCompare(l, r, CompareOp.GE);
            case Is -> Py.bool(l == r);
            case IsNot -> Py.bool(l != r);
            case In -> Py.bool(Abstract.contains(r, l));
            case NotIn -> Py.bool(!Abstract.contains(r, l));
        };
    }

    static PyObject constant(Object v) {
        return switch (v) {
            case BigInteger b -> PyInt.of(b);
            case Double d -> new PyFloat(d);
            case ImaginaryLiteral im -> new PyComplex(0.0, im.imag());
            case String s -> PyStr.of(s);
            case BytesLiteral b -> PyBytes.of(b.bytes());
            case ConstantSingleton cs -> switch (cs) {
                case NONE -> Py.None;
                case TRUE -> Py.True;
                case FALSE -> Py.False;
                case ELLIPSIS -> Py.Ellipsis;
            };
            default -> throw Err.system("unsupported constant %s", v);
        };
    }

    // ---- builtins (as CPython's bltinmodule.c) ----------------------------------------------------

    static PyObject round(PyObject[] args, String[] kw) {
        PyObject number = args[0];
        PyObject nd = args.length > 1 ? args[1] : Py.None;
        PyObject m = number.type.lookup("__round__");
        if (m == null) {
            throw Err.type("type %s doesn't define __round__ method", number.type.getName());
        }
        return nd == Py.None ? Abstract.callBound(m, number) : Abstract.callBound(m, number, nd);
    }

    static PyObject base(PyObject x, int b) {
        return PyStr.of(IntMethods.toPrefixedString(Abstract.index(x), b));
    }
}
