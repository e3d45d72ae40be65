package org.ember.text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.ember.ast.BytesLiteral;
import org.ember.ast.CmpOp;
import org.ember.ast.ConstantSingleton;
import org.ember.ast.Expr;
import org.ember.ast.Keyword;
import org.ember.ast.Mod;
import org.ember.ast.Stmt;
import org.ember.ast.WithItem;
import org.ember.objects.Abstract;
import org.ember.objects.CompareOp;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyByteArray;
import org.ember.objects.PyBytes;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyMemoryView;
import org.ember.objects.PyObject;
import org.ember.objects.PySlice;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.parser.Parser;

/**
 * A tiny evaluator of straight-line Python (expressions, assignments, if/for/with) over the
 * object model, for testing the text and binary types before the interpreter exists. It
 * supports what the test cases in tests/text use, nothing more.
 */
final class MiniEval {
    final PyDict globals = new PyDict();
    final StringBuilder printed = new StringBuilder();

    /** An evaluator whose globals start as a copy of proto's (cheap: no module creation). */
    MiniEval(MiniEval proto) {
        for (int i = proto.globals.nextIndex(0); i >= 0; i = proto.globals.nextIndex(i + 1)) {
            PyObject k = proto.globals.keyAt(i);
            if (!(k instanceof PyStr ks && ks.value.equals("r"))) {
                globals.setItem(k, proto.globals.valueAt(i));
            }
        }
        registerLocal();
    }

    /** Builtins that refer to this evaluator (its globals or its output). */
    private void registerLocal() {
        fn("print", (self, a, kw) -> {
            for (int i = 0; i < a.length; i++) {
                if (i > 0) {
                    printed.append(' ');
                }
                printed.append(Abstract.strJava(a[i]));
            }
            printed.append('\n');
            return Py.None;
        });
        fn("exec", (self, a, kw) -> {
            try {
                Mod m = Parser.parse(((PyStr) a[0]).value, "<exec>", Parser.Mode.EXEC);
                for (Stmt st : ((Mod.Module) m).body()) {
                    exec(st);
                }
            } catch (org.ember.parser.ParseException e) {
                throw org.ember.objects.Err.format(PyExc.SyntaxError, "%s", e.getMessage());
            }
            return Py.None;
        });
    }

    MiniEval() {
        for (PyType t : new PyType[] {PyStr.TYPE, PyBytes.TYPE, PyByteArray.TYPE, PyMemoryView.TYPE, PyInt.TYPE,
                PyFloat.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PyType.TYPE, PySlice.TYPE, PyObject.TYPE,
                org.ember.objects.PyBool.TYPE}) {
            globals.putStr(t.getName(), t);
        }
        for (PyType t : PyExc.all()) {
            globals.putStr(t.getName(), t);
        }
        fn("len", (self, a, kw) -> PyInt.of(Abstract.length(a[0])));
        fn("repr", (self, a, kw) -> Abstract.repr(a[0]));
        fn("ascii", (self, a, kw) -> Abstract.ascii(a[0]));
        fn("format", (self, a, kw) -> Abstract.format(a[0], a.length > 1 ? a[1] : PyStr.EMPTY));
        fn("hash", (self, a, kw) -> PyInt.of(Abstract.hash(a[0])));
        fn("iter", (self, a, kw) -> Abstract.iter(a[0]));
        fn("next", (self, a, kw) -> {
            PyObject r = Abstract.next(a[0]);
            if (r == null) {
                if (a.length > 1) {
                    return a[1];
                }
                throw org.ember.objects.Err.stopIteration(null);
            }
            return r;
        });
        fn("chr", (self, a, kw) -> {
            long v = Abstract.asLong(a[0]);
            if (v < 0 || v > 0x10ffff) {
                throw org.ember.objects.Err.value("chr() arg not in range(0x110000)");
            }
            return PyStr.ofCodePoint((int) v);
        });
        fn("ord", (self, a, kw) -> {
            if (a[0] instanceof PyStr s && s.length() == 1) {
                return PyInt.of(s.codePointAt(0));
            }
            if (a[0] instanceof PyBytes b && b.size() == 1) {
                return PyInt.of(b.bytes()[0] & 0xff);
            }
            throw org.ember.objects.Err.type("ord() expected a character");
        });
        fn("isinstance", (self, a, kw) -> Py.bool(Abstract.isInstance(a[0], a[1])));
        fn("type", (self, a, kw) -> a[0].type);
        fn("getattr", (self, a, kw) -> Abstract.getAttr(a[0], (PyStr) a[1]));
        fn("range", (self, a, kw) -> {
            long start = 0;
            long stop;
            long step = 1;
            if (a.length == 1) {
                stop = Abstract.asLong(a[0]);
            } else {
                start = Abstract.asLong(a[0]);
                stop = Abstract.asLong(a[1]);
                if (a.length > 2) {
                    step = Abstract.asLong(a[2]);
                }
            }
            PyList l = new PyList();
            for (long i = start; step > 0 ? i < stop : i > stop; i += step) {
                l.append(PyInt.of(i));
            }
            return l;
        });
        fn("reversed", (self, a, kw) -> {
            PyObject[] items = Abstract.toArray(a[0]);
            java.util.Collections.reverse(java.util.Arrays.asList(items));
            return Abstract.iter(new PyList(items));
        });
        fn("sorted", (self, a, kw) -> {
            PyList l = new PyList(Abstract.toArray(a[0]));
            Abstract.callMethod(l, "sort");
            return l;
        });
        fn("bool", (self, a, kw) -> Py.bool(a.length > 0 && Abstract.isTrue(a[0])));
        fn("id", (self, a, kw) -> PyInt.of(System.identityHashCode(a[0])));
        fn("list", (self, a, kw) -> a.length == 0 ? new PyList() : new PyList(Abstract.toArray(a[0])));
        fn("tuple", (self, a, kw) -> a.length == 0 ? PyTuple.EMPTY : PyTuple.of(Abstract.toArray(a[0])));
        fn("min", (self, a, kw) -> {
            PyObject[] items = a.length == 1 ? Abstract.toArray(a[0]) : a;
            PyObject m = items[0];
            for (PyObject o : items) {
                if (Abstract.richCompareBool(o, m, CompareOp.LT)) {
                    m = o;
                }
            }
            return m;
        });
        fn("max", (self, a, kw) -> {
            PyObject[] items = a.length == 1 ? Abstract.toArray(a[0]) : a;
            PyObject m = items[0];
            for (PyObject o : items) {
                if (Abstract.richCompareBool(o, m, CompareOp.GT)) {
                    m = o;
                }
            }
            return m;
        });
        fn("all", (self, a, kw) -> {
            for (PyObject o : Abstract.toArray(a[0])) {
                if (!Abstract.isTrue(o)) {
                    return Py.False;
                }
            }
            return Py.True;
        });
        fn("any", (self, a, kw) -> {
            for (PyObject o : Abstract.toArray(a[0])) {
                if (Abstract.isTrue(o)) {
                    return Py.True;
                }
            }
            return Py.False;
        });
        globals.putStr("None", Py.None);
        registerLocal();
        org.ember.runtime.Interpreter interp = org.ember.runtime.ThreadState.current().interp;
        globals.putStr("_codecs", org.ember.modules.CodecsModule.create(interp));
        globals.putStr("_string", org.ember.modules.StringModule.create(interp));
        globals.putStr("unicodedata", org.ember.modules.UnicodedataModule.create(interp));
    }

    interface Fn {
        PyObject call(PyObject self, PyObject[] args, String[] kw);
    }

    private void fn(String name, Fn f) {
        globals.putStr(name, PyBuiltinFunction.function("builtins", NativeFunction.ofVector(name,
                (self, args, kw) -> f.call(self, ArgsUtil.positional(args, kw), kw))));
    }

    static final class ArgsUtil {
        static PyObject[] positional(PyObject[] args, String[] kw) {
            if (kw == null || kw.length == 0) {
                return args;
            }
            return java.util.Arrays.copyOf(args, args.length - kw.length);
        }
    }

    /** Runs source (exec mode); returns the value of the last expression statement, or of r. */
    PyObject run(String source) throws Exception {
        Mod m = Parser.parse(source, "<case>", Parser.Mode.EXEC);
        PyObject last = null;
        for (Stmt s : ((Mod.Module) m).body()) {
            last = exec(s);
        }
        PyObject r = globals.getStr("r");
        return r != null ? r : last;
    }

    private static final class Break extends RuntimeException {
        Break() {
            super(null, null, false, false);
        }
    }

    private PyObject exec(Stmt s) {
        switch (s) {
            case Stmt.ExprStmt e:
                return eval(e.value());
            case Stmt.Assign a: {
                PyObject v = eval(a.value());
                for (Expr t : a.targets()) {
                    assign(t, v);
                }
                return null;
            }
            case Stmt.AugAssign a: {
                PyObject cur = eval(a.target());
                PyObject v = eval(a.value());
                PyObject r = switch (a.op()) {
                    case Add -> Abstract.inplaceAdd(cur, v);
                    case Mult -> Abstract.inplaceMultiply(cur, v);
                    case Mod -> Abstract.inplaceRemainder(cur, v);
                    case Sub -> Abstract.inplaceSubtract(cur, v);
                    default -> throw new IllegalArgumentException("augassign " + a.op());
                };
                assign(a.target(), r);
                return null;
            }
            case Stmt.Delete d: {
                for (Expr t : d.targets()) {
                    if (t instanceof Expr.Subscript sub) {
                        Abstract.delItem(eval(sub.value()), eval(sub.slice()));
                    } else if (t instanceof Expr.Name n) {
                        globals.delItem(PyStr.of(n.id()));
                    } else {
                        throw new IllegalArgumentException("del " + t);
                    }
                }
                return null;
            }
            case Stmt.If i: {
                List<Stmt> body = Abstract.isTrue(eval(i.test())) ? i.body() : i.orelse();
                for (Stmt b : body) {
                    exec(b);
                }
                return null;
            }
            case Stmt.For f: {
                PyObject it = Abstract.iter(eval(f.iter()));
                try {
                    for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                        assign(f.target(), x);
                        for (Stmt b : f.body()) {
                            exec(b);
                        }
                    }
                } catch (Break b) {
                    // break
                }
                return null;
            }
            case Stmt.Break b:
                throw new Break();
            case Stmt.Pass p:
                return null;
            case Stmt.With w: {
                List<PyObject> managers = new ArrayList<>();
                for (WithItem item : w.items()) {
                    PyObject mgr = eval(item.context_expr());
                    PyObject v = Abstract.callMethod(mgr, "__enter__");
                    managers.add(mgr);
                    if (item.optional_vars() != null) {
                        assign(item.optional_vars(), v);
                    }
                }
                try {
                    for (Stmt b : w.body()) {
                        exec(b);
                    }
                } finally {
                    for (int k = managers.size() - 1; k >= 0; k--) {
                        Abstract.callMethod(managers.get(k), "__exit__", Py.None, Py.None, Py.None);
                    }
                }
                return null;
            }
            case Stmt.Try t: {
                try {
                    boolean failed = false;
                    try {
                        for (Stmt b : t.body()) {
                            exec(b);
                        }
                    } catch (PyException e) {
                        failed = true;
                        boolean handled = false;
                        for (org.ember.ast.ExceptHandler h : t.handlers()) {
                            org.ember.ast.ExceptHandler.Handler hh = (org.ember.ast.ExceptHandler.Handler) h;
                            if (hh.type() == null || e.matches((PyType) eval(hh.type()))) {
                                if (hh.name() != null) {
                                    globals.putStr(hh.name(), e.value);
                                }
                                for (Stmt b : hh.body()) {
                                    exec(b);
                                }
                                handled = true;
                                break;
                            }
                        }
                        if (!handled) {
                            throw e;
                        }
                    }
                    if (!failed) {
                        for (Stmt b : t.orelse()) {
                            exec(b);
                        }
                    }
                } finally {
                    for (Stmt b : t.finalbody()) {
                        exec(b);
                    }
                }
                return null;
            }
            default:
                throw new IllegalArgumentException("unsupported statement " + s.getClass().getSimpleName());
        }
    }

    private void assign(Expr target, PyObject v) {
        switch (target) {
            case Expr.Name n -> globals.putStr(n.id(), v);
            case Expr.Subscript s -> Abstract.setItem(eval(s.value()), eval(s.slice()), v);
            case Expr.Attribute a -> Abstract.setAttr(eval(a.value()), a.attr(), v);
            case Expr.Tuple t -> unpack(t.elts(), v);
            case Expr.List l -> unpack(l.elts(), v);
            default -> throw new IllegalArgumentException("assign to " + target);
        }
    }

    private void unpack(List<Expr> elts, PyObject v) {
        PyObject[] items = Abstract.toArray(v);
        if (items.length != elts.size()) {
            throw org.ember.objects.Err.value("cannot unpack: expected %d values, got %d", elts.size(), items.length);
        }
        for (int i = 0; i < items.length; i++) {
            assign(elts.get(i), items[i]);
        }
    }

    PyObject eval(Expr e) {
        switch (e) {
            case Expr.Constant c:
                return constant(c.value());
            case Expr.Name n: {
                PyObject v = globals.getStr(n.id());
                if (v == null) {
                    throw org.ember.objects.Err.name(n.id());
                }
                return v;
            }
            case Expr.Attribute a:
                return Abstract.getAttr(eval(a.value()), a.attr());
            case Expr.Subscript s:
                return Abstract.getItem(eval(s.value()), eval(s.slice()));
            case Expr.Slice s:
                return new PySlice(s.lower() == null ? Py.None : eval(s.lower()), s.upper() == null ? Py.None : eval(s.upper()),
                        s.step() == null ? Py.None : eval(s.step()));
            case Expr.Tuple t:
                return PyTuple.of(evalList(t.elts()));
            case Expr.List l:
                return new PyList(evalList(l.elts()));
            case Expr.Dict d: {
                PyDict r = new PyDict();
                for (int i = 0; i < d.keys().size(); i++) {
                    if (d.keys().get(i) == null) {
                        PyDict other = (PyDict) eval(d.values().get(i));
                        r.update(other);
                    } else {
                        r.setItem(eval(d.keys().get(i)), eval(d.values().get(i)));
                    }
                }
                return r;
            }
            case Expr.Call c:
                return call(c);
            case Expr.BinOp b: {
                PyObject x = eval(b.left());
                PyObject y = eval(b.right());
                return switch (b.op()) {
                    case Add -> Abstract.add(x, y);
                    case Sub -> Abstract.subtract(x, y);
                    case Mult -> Abstract.multiply(x, y);
                    case Mod -> Abstract.remainder(x, y);
                    case FloorDiv -> Abstract.floorDivide(x, y);
                    case Div -> Abstract.trueDivide(x, y);
                    case Pow -> Abstract.power(x, y, Py.None);
                    case BitOr -> Abstract.or(x, y);
                    case BitAnd -> Abstract.and(x, y);
                    case BitXor -> Abstract.xor(x, y);
                    case LShift -> Abstract.lshift(x, y);
                    case RShift -> Abstract.rshift(x, y);
                    default -> throw new IllegalArgumentException("binop " + b.op());
                };
            }
            case Expr.UnaryOp u: {
                PyObject x = eval(u.operand());
                return switch (u.op()) {
                    case Not -> Py.bool(!Abstract.isTrue(x));
                    case USub -> Abstract.negative(x);
                    case UAdd -> Abstract.positive(x);
                    case Invert -> Abstract.invert(x);
                };
            }
            case Expr.BoolOp b: {
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
            case Expr.IfExp i:
                return Abstract.isTrue(eval(i.test())) ? eval(i.body()) : eval(i.orelse());
            case Expr.Compare c: {
                PyObject left = eval(c.left());
                PyObject result = Py.True;
                for (int i = 0; i < c.ops().size(); i++) {
                    PyObject right = eval(c.comparators().get(i));
                    result = compare(c.ops().get(i), left, right);
                    if (!Abstract.isTrue(result)) {
                        return result;
                    }
                    left = right;
                }
                return result;
            }
            case Expr.JoinedStr j: {
                StringBuilder sb = new StringBuilder();
                for (Expr part : j.values()) {
                    sb.append(((PyStr) eval(part)).value);
                }
                return PyStr.of(sb.toString());
            }
            case Expr.FormattedValue f: {
                PyObject v = eval(f.value());
                if (f.conversion() == 'r') {
                    v = Abstract.repr(v);
                } else if (f.conversion() == 's') {
                    v = Abstract.str(v);
                } else if (f.conversion() == 'a') {
                    v = Abstract.ascii(v);
                }
                PyObject spec = f.format_spec() == null ? PyStr.EMPTY : eval(f.format_spec());
                return Abstract.format(v, spec);
            }
            case Expr.ListComp lc: {
                PyList out = new PyList();
                comprehension(lc.generators(), 0, () -> out.append(eval(lc.elt())));
                return out;
            }
            case Expr.GeneratorExp g: {
                PyList out = new PyList();
                comprehension(g.generators(), 0, () -> out.append(eval(g.elt())));
                return Abstract.iter(out);
            }
            default:
                throw new IllegalArgumentException("unsupported expression " + e.getClass().getSimpleName());
        }
    }

    private void comprehension(List<org.ember.ast.Comprehension> gens, int k, Runnable body) {
        if (k == gens.size()) {
            body.run();
            return;
        }
        org.ember.ast.Comprehension g = gens.get(k);
        PyObject it = Abstract.iter(eval(g.iter()));
        outer:
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            assign(g.target(), x);
            for (Expr cond : g.ifs()) {
                if (!Abstract.isTrue(eval(cond))) {
                    continue outer;
                }
            }
            comprehension(gens, k + 1, body);
        }
    }

    private PyObject compare(CmpOp op, PyObject a, PyObject b) {
        return switch (op) {
            case Eq -> Abstract.richCompare(a, b, CompareOp.EQ);
            case NotEq -> Abstract.richCompare(a, b, CompareOp.NE);
            case Lt -> Abstract.richCompare(a, b, CompareOp.LT);
            case LtE -> Abstract.richCompare(a, b, CompareOp.LE);
            case Gt -> Abstract.richCompare(a, b, CompareOp.GT);
            case GtE -> Abstract.richCompare(a, b, CompareOp.GE);
            case Is -> Py.bool(a == b);
            case IsNot -> Py.bool(a != b);
            case In -> Py.bool(Abstract.contains(b, a));
            case NotIn -> Py.bool(!Abstract.contains(b, a));
        };
    }

    private PyObject[] evalList(List<Expr> elts) {
        List<PyObject> out = new ArrayList<>();
        for (Expr x : elts) {
            if (x instanceof Expr.Starred st) {
                for (PyObject o : Abstract.toArray(eval(st.value()))) {
                    out.add(o);
                }
            } else {
                out.add(eval(x));
            }
        }
        return out.toArray(new PyObject[0]);
    }

    private PyObject call(Expr.Call c) {
        PyObject f = eval(c.func());
        List<PyObject> args = new ArrayList<>(List.of(evalList(c.args())));
        List<String> names = new ArrayList<>();
        List<PyObject> kwv = new ArrayList<>();
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                PyDict d = (PyDict) eval(k.value());
                for (int i = d.nextIndex(0); i >= 0; i = d.nextIndex(i + 1)) {
                    names.add(((PyStr) d.keyAt(i)).value);
                    kwv.add(d.valueAt(i));
                }
            } else {
                names.add(k.arg());
                kwv.add(eval(k.value()));
            }
        }
        args.addAll(kwv);
        return Abstract.call(f, args.toArray(new PyObject[0]), names.isEmpty() ? null : names.toArray(new String[0]));
    }

    static PyObject constant(Object v) {
        return switch (v) {
            case String s -> PyStr.of(s);
            case BigInteger b -> PyInt.of(b);
            case Long l -> PyInt.of(l);
            case Integer i -> PyInt.of(i);
            case Double d -> new PyFloat(d);
            case BytesLiteral b -> PyBytes.of(b.bytes().clone());
            case org.ember.ast.ImaginaryLiteral i -> new org.ember.objects.PyComplex(0, i.imag());
            case ConstantSingleton s -> switch (s) {
                case NONE -> Py.None;
                case TRUE -> Py.True;
                case FALSE -> Py.False;
                case ELLIPSIS -> Py.Ellipsis;
            };
            default -> throw new IllegalArgumentException("constant " + v);
        };
    }
}
