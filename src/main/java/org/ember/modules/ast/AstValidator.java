package org.ember.modules.ast;

import java.math.BigInteger;
import java.util.List;

import org.ember.ast.Arg;
import org.ember.ast.Arguments;
import org.ember.ast.BytesLiteral;
import org.ember.ast.CodePointString;
import org.ember.ast.Comprehension;
import org.ember.ast.ConstantSingleton;
import org.ember.ast.ExceptHandler;
import org.ember.ast.Expr;
import org.ember.ast.ExprContext;
import org.ember.ast.ImaginaryLiteral;
import org.ember.ast.Keyword;
import org.ember.ast.MatchCase;
import org.ember.ast.Mod;
import org.ember.ast.Node;
import org.ember.ast.Operator;
import org.ember.ast.Pattern;
import org.ember.ast.Positions;
import org.ember.ast.Stmt;
import org.ember.ast.UnaryOp;
import org.ember.ast.WithItem;
import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.PyComplex;
import org.ember.objects.PyObject;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.runtime.ThreadState;

/**
 * CPython 3.11's AST validator (Python/ast.c, {@code _PyAST_Validate}), run on trees built from
 * Python objects before they are compiled: expression contexts, non-empty bodies, the structure of
 * patterns, positions, constant types, and the other invariants the parser guarantees, with
 * CPython's exception types and messages.
 */
final class AstValidator {
    private int depth;
    private final int limit;

    private AstValidator(ThreadState ts) {
        int rl = ts.interp.recursionLimit;
        this.limit = rl < Integer.MAX_VALUE / 3 ? rl * 3 : rl;
        this.depth = ts.depth < Integer.MAX_VALUE / 3 ? ts.depth * 3 : ts.depth;
    }

    /** Raises ValueError, TypeError or RecursionError as CPython does when mod is not a valid tree. */
    static void validate(Mod mod, ThreadState ts) {
        new AstValidator(ts).mod(mod);
    }

    private void mod(Mod mod) {
        switch (mod) {
            case Mod.Module m -> stmts(m.body());
            case Mod.Interactive m -> stmts(m.body());
            case Mod.Expression m -> expr(m.body(), ExprContext.Load);
            case Mod.FunctionType m -> {
                exprs(m.argtypes(), ExprContext.Load, false);
                expr(m.returns(), ExprContext.Load);
            }
        }
    }

    private void enter() {
        if (++depth > limit) {
            throw Err.recursion("maximum recursion depth exceeded during compilation");
        }
    }

    private static void positions(Node n) {
        int lineno = Positions.lineno(n);
        int col = Positions.colOffset(n);
        int endLineno = Positions.endLineno(n);
        int endCol = Positions.endColOffset(n);
        if (lineno > endLineno) {
            throw Err.value("AST node line range (%d, %d) is not valid", lineno, endLineno);
        }
        if ((lineno < 0 && endLineno != lineno) || (col < 0 && col != endCol)) {
            throw Err.value("AST node column range (%d, %d) for line range (%d, %d) is not valid", col, endCol, lineno,
                    endLineno);
        }
        if (lineno == endLineno && col > endCol) {
            throw Err.value("line %d, column %d-%d is not a valid range", lineno, col, endCol);
        }
    }

    private static void name(String id) {
        if (id.equals("None") || id.equals("True") || id.equals("False")) {
            throw Err.value("identifier field can't represent '%s' constant", id);
        }
    }

    private static void nonEmpty(List<?> seq, String what, String owner) {
        if (seq.isEmpty()) {
            throw Err.value("empty %s on %s", what, owner);
        }
    }

    // ---- statements ---------------------------------------------------------------------------

    private void stmts(List<Stmt> seq) {
        for (Stmt s : seq) {
            if (s == null) {
                throw Err.value("None disallowed in statement list");
            }
            stmt(s);
        }
    }

    private void body(List<Stmt> body, String owner) {
        nonEmpty(body, "body", owner);
        stmts(body);
    }

    private void stmt(Stmt stmt) {
        positions(stmt);
        enter();
        switch (stmt) {
            case Stmt.FunctionDef s -> {
                body(s.body(), "FunctionDef");
                arguments(s.args());
                exprs(s.decorator_list(), ExprContext.Load, false);
                optional(s.returns());
            }
            case Stmt.AsyncFunctionDef s -> {
                body(s.body(), "AsyncFunctionDef");
                arguments(s.args());
                exprs(s.decorator_list(), ExprContext.Load, false);
                optional(s.returns());
            }
            case Stmt.ClassDef s -> {
                body(s.body(), "ClassDef");
                exprs(s.bases(), ExprContext.Load, false);
                keywords(s.keywords());
                exprs(s.decorator_list(), ExprContext.Load, false);
            }
            case Stmt.Return s -> optional(s.value());
            case Stmt.Delete s -> {
                nonEmpty(s.targets(), "targets", "Delete");
                exprs(s.targets(), ExprContext.Del, false);
            }
            case Stmt.Assign s -> {
                nonEmpty(s.targets(), "targets", "Assign");
                exprs(s.targets(), ExprContext.Store, false);
                expr(s.value(), ExprContext.Load);
            }
            case Stmt.AugAssign s -> {
                expr(s.target(), ExprContext.Store);
                expr(s.value(), ExprContext.Load);
            }
            case Stmt.AnnAssign s -> {
                if (!(s.target() instanceof Expr.Name) && s.simple() != 0) {
                    throw Err.type("AnnAssign with simple non-Name target");
                }
                expr(s.target(), ExprContext.Store);
                optional(s.value());
                expr(s.annotation(), ExprContext.Load);
            }
            case Stmt.For s -> {
                expr(s.target(), ExprContext.Store);
                expr(s.iter(), ExprContext.Load);
                body(s.body(), "For");
                stmts(s.orelse());
            }
            case Stmt.AsyncFor s -> {
                expr(s.target(), ExprContext.Store);
                expr(s.iter(), ExprContext.Load);
                body(s.body(), "AsyncFor");
                stmts(s.orelse());
            }
            case Stmt.While s -> {
                expr(s.test(), ExprContext.Load);
                body(s.body(), "While");
                stmts(s.orelse());
            }
            case Stmt.If s -> {
                expr(s.test(), ExprContext.Load);
                body(s.body(), "If");
                stmts(s.orelse());
            }
            case Stmt.With s -> {
                withItems(s.items(), "With");
                body(s.body(), "With");
            }
            case Stmt.AsyncWith s -> {
                withItems(s.items(), "AsyncWith");
                body(s.body(), "AsyncWith");
            }
            case Stmt.Match s -> {
                expr(s.subject(), ExprContext.Load);
                nonEmpty(s.cases(), "cases", "Match");
                for (MatchCase m : s.cases()) {
                    pattern(m.pattern(), false);
                    optional(m.guard());
                    body(m.body(), "match_case");
                }
            }
            case Stmt.Raise s -> {
                if (s.exc() != null) {
                    expr(s.exc(), ExprContext.Load);
                    optional(s.cause());
                } else if (s.cause() != null) {
                    throw Err.value("Raise with cause but no exception");
                }
            }
            case Stmt.Try s -> tryStmt("Try", s.body(), s.handlers(), s.orelse(), s.finalbody(), true);
            case Stmt.TryStar s -> tryStmt("TryStar", s.body(), s.handlers(), s.orelse(), s.finalbody(), false);
            case Stmt.Assert s -> {
                expr(s.test(), ExprContext.Load);
                optional(s.msg());
            }
            case Stmt.Import s -> nonEmpty(s.names(), "names", "Import");
            case Stmt.ImportFrom s -> {
                if (s.level() != null && s.level() < 0) {
                    throw Err.value("Negative ImportFrom level");
                }
                nonEmpty(s.names(), "names", "ImportFrom");
            }
            case Stmt.Global s -> nonEmpty(s.names(), "names", "Global");
            case Stmt.Nonlocal s -> nonEmpty(s.names(), "names", "Nonlocal");
            case Stmt.ExprStmt s -> expr(s.value(), ExprContext.Load);
            case Stmt.Pass s -> { }
            case Stmt.Break s -> { }
            case Stmt.Continue s -> { }
        }
        depth--;
    }

    private void tryStmt(String owner, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody, boolean checkHandlerPositions) {
        body(body, owner);
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw Err.value("%s has neither except handlers nor finalbody", owner);
        }
        if (handlers.isEmpty() && !orelse.isEmpty()) {
            throw Err.value("%s has orelse but no except handlers", owner);
        }
        for (ExceptHandler h : handlers) {
            ExceptHandler.Handler eh = (ExceptHandler.Handler) h;
            if (checkHandlerPositions) {
                positions(eh);
            }
            optional(eh.type());
            body(eh.body(), "ExceptHandler");
        }
        stmts(finalbody);
        stmts(orelse);
    }

    private void withItems(List<WithItem> items, String owner) {
        nonEmpty(items, "items", owner);
        for (WithItem item : items) {
            expr(item.context_expr(), ExprContext.Load);
            if (item.optional_vars() != null) {
                expr(item.optional_vars(), ExprContext.Store);
            }
        }
    }

    // ---- expressions --------------------------------------------------------------------------

    private void optional(Expr e) {
        if (e != null) {
            expr(e, ExprContext.Load);
        }
    }

    private void exprs(List<Expr> seq, ExprContext ctx, boolean nullOk) {
        for (Expr e : seq) {
            if (e != null) {
                expr(e, ctx);
            } else if (!nullOk) {
                throw Err.value("None disallowed in expression list");
            }
        }
    }

    private void keywords(List<Keyword> keywords) {
        for (Keyword k : keywords) {
            expr(k.value(), ExprContext.Load);
        }
    }

    private void args(List<Arg> args) {
        for (Arg a : args) {
            positions(a);
            if (a.annotation() != null) {
                expr(a.annotation(), ExprContext.Load);
            }
        }
    }

    private void arguments(Arguments a) {
        args(a.posonlyargs());
        args(a.args());
        if (a.vararg() != null && a.vararg().annotation() != null) {
            expr(a.vararg().annotation(), ExprContext.Load);
        }
        args(a.kwonlyargs());
        if (a.kwarg() != null && a.kwarg().annotation() != null) {
            expr(a.kwarg().annotation(), ExprContext.Load);
        }
        if (a.defaults().size() > a.posonlyargs().size() + a.args().size()) {
            throw Err.value("more positional defaults than args on arguments");
        }
        if (a.kw_defaults().size() != a.kwonlyargs().size()) {
            throw Err.value("length of kwonlyargs is not the same as kw_defaults on arguments");
        }
        exprs(a.defaults(), ExprContext.Load, false);
        exprs(a.kw_defaults(), ExprContext.Load, true);
    }

    private void comprehension(List<Comprehension> gens) {
        if (gens.isEmpty()) {
            throw Err.value("comprehension with no generators");
        }
        for (Comprehension c : gens) {
            expr(c.target(), ExprContext.Store);
            expr(c.iter(), ExprContext.Load);
            exprs(c.ifs(), ExprContext.Load, false);
        }
    }

    private void expr(Expr exp, ExprContext ctx) {
        positions(exp);
        enter();
        ExprContext actual;
        switch (exp) {
            case Expr.Attribute e -> actual = e.ctx();
            case Expr.Subscript e -> actual = e.ctx();
            case Expr.Starred e -> actual = e.ctx();
            case Expr.Name e -> {
                name(e.id());
                actual = e.ctx();
            }
            case Expr.List e -> actual = e.ctx();
            case Expr.Tuple e -> actual = e.ctx();
            default -> {
                if (ctx != ExprContext.Load) {
                    throw Err.value("expression which can't be assigned to in %s context", ctx.name());
                }
                actual = ctx;
            }
        }
        if (actual != ctx) {
            throw Err.value("expression must have %s context but has %s instead", ctx.name(), actual.name());
        }
        switch (exp) {
            case Expr.BoolOp e -> {
                if (e.values().size() < 2) {
                    throw Err.value("BoolOp with less than 2 values");
                }
                exprs(e.values(), ExprContext.Load, false);
            }
            case Expr.BinOp e -> {
                expr(e.left(), ExprContext.Load);
                expr(e.right(), ExprContext.Load);
            }
            case Expr.UnaryOp e -> expr(e.operand(), ExprContext.Load);
            case Expr.Lambda e -> {
                arguments(e.args());
                expr(e.body(), ExprContext.Load);
            }
            case Expr.IfExp e -> {
                expr(e.test(), ExprContext.Load);
                expr(e.body(), ExprContext.Load);
                expr(e.orelse(), ExprContext.Load);
            }
            case Expr.Dict e -> {
                if (e.keys().size() != e.values().size()) {
                    throw Err.value("Dict doesn't have the same number of keys as values");
                }
                exprs(e.keys(), ExprContext.Load, true);
                exprs(e.values(), ExprContext.Load, false);
            }
            case Expr.Set e -> exprs(e.elts(), ExprContext.Load, false);
            case Expr.ListComp e -> {
                comprehension(e.generators());
                expr(e.elt(), ExprContext.Load);
            }
            case Expr.SetComp e -> {
                comprehension(e.generators());
                expr(e.elt(), ExprContext.Load);
            }
            case Expr.GeneratorExp e -> {
                comprehension(e.generators());
                expr(e.elt(), ExprContext.Load);
            }
            case Expr.DictComp e -> {
                comprehension(e.generators());
                expr(e.key(), ExprContext.Load);
                expr(e.value(), ExprContext.Load);
            }
            case Expr.Yield e -> optional(e.value());
            case Expr.YieldFrom e -> expr(e.value(), ExprContext.Load);
            case Expr.Await e -> expr(e.value(), ExprContext.Load);
            case Expr.Compare e -> {
                if (e.comparators().isEmpty()) {
                    throw Err.value("Compare with no comparators");
                }
                if (e.comparators().size() != e.ops().size()) {
                    throw Err.value("Compare has a different number of comparators and operands");
                }
                exprs(e.comparators(), ExprContext.Load, false);
                expr(e.left(), ExprContext.Load);
            }
            case Expr.Call e -> {
                expr(e.func(), ExprContext.Load);
                exprs(e.args(), ExprContext.Load, false);
                keywords(e.keywords());
            }
            case Expr.Constant e -> constant(e.value());
            case Expr.JoinedStr e -> exprs(e.values(), ExprContext.Load, false);
            case Expr.FormattedValue e -> {
                expr(e.value(), ExprContext.Load);
                optional(e.format_spec());
            }
            case Expr.Attribute e -> expr(e.value(), ExprContext.Load);
            case Expr.Subscript e -> {
                expr(e.slice(), ExprContext.Load);
                expr(e.value(), ExprContext.Load);
            }
            case Expr.Starred e -> expr(e.value(), ctx);
            case Expr.Slice e -> {
                optional(e.lower());
                optional(e.upper());
                optional(e.step());
            }
            case Expr.List e -> exprs(e.elts(), ctx, false);
            case Expr.Tuple e -> exprs(e.elts(), ctx, false);
            case Expr.NamedExpr e -> {
                if (!(e.target() instanceof Expr.Name)) {
                    throw Err.type("NamedExpr target must be a Name");
                }
                expr(e.value(), ExprContext.Load);
            }
            case Expr.Name e -> { }
        }
        depth--;
    }

    /** validate_constant: None, Ellipsis, int, float, complex, bool, str, bytes, and tuples and frozensets of them. */
    private void constant(Object v) {
        if (v instanceof ConstantSingleton || v instanceof String || v instanceof CodePointString
                || v instanceof BigInteger || v instanceof Double || v instanceof ImaginaryLiteral
                || v instanceof BytesLiteral || v instanceof Long || v instanceof Integer || v instanceof Boolean) {
            return;
        }
        if (v instanceof PyObject o) {
            PyType t = o.type;
            if (t == PyComplex.TYPE) {
                return;
            }
            if (t == PyTuple.TYPE || isExactFrozenSet(o)) {
                enter();
                PyObject it = Abstract.iter(o);
                for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                    constant(FromPython.constant(x));
                }
                depth--;
                return;
            }
            throw Err.type("got an invalid type in Constant: %s", t.getName());
        }
        throw Err.system("unexpected constant value in the AST: %s", v.getClass().getName());
    }

    private static boolean isExactFrozenSet(PyObject o) {
        return !o.type.isHeapType() && o.type.getName().equals("frozenset");
    }

    // ---- patterns -----------------------------------------------------------------------------

    private void patterns(List<Pattern> ps, boolean starOk) {
        for (Pattern p : ps) {
            pattern(p, starOk);
        }
    }

    private static void capture(String name) {
        if (name.equals("_")) {
            throw Err.value("can't capture name '_' in patterns");
        }
        name(name);
    }

    private void pattern(Pattern p, boolean starOk) {
        positions(p);
        enter();
        switch (p) {
            case Pattern.MatchValue m -> matchValue(m.value());
            case Pattern.MatchSingleton m -> {
                Object v = m.value();
                if (!(v == ConstantSingleton.NONE || v == ConstantSingleton.TRUE || v == ConstantSingleton.FALSE)) {
                    throw Err.value("MatchSingleton can only contain True, False and None");
                }
            }
            case Pattern.MatchSequence m -> patterns(m.patterns(), true);
            case Pattern.MatchMapping m -> {
                if (m.keys().size() != m.patterns().size()) {
                    throw Err.value("MatchMapping doesn't have the same number of keys as patterns");
                }
                if (m.rest() != null) {
                    capture(m.rest());
                }
                for (Expr key : m.keys()) {
                    if (key instanceof Expr.Constant c
                            && (c.value() == ConstantSingleton.NONE || c.value() == ConstantSingleton.TRUE
                                || c.value() == ConstantSingleton.FALSE)) {
                        continue;
                    }
                    matchValue(key);
                }
                patterns(m.patterns(), false);
            }
            case Pattern.MatchClass m -> {
                if (m.kwd_attrs().size() != m.kwd_patterns().size()) {
                    throw Err.value("MatchClass doesn't have the same number of keyword attributes as patterns");
                }
                expr(m.cls(), ExprContext.Load);
                Expr cls = m.cls();
                while (!(cls instanceof Expr.Name)) {
                    if (cls instanceof Expr.Attribute a) {
                        cls = a.value();
                    } else {
                        throw Err.value("MatchClass cls field can only contain Name or Attribute nodes.");
                    }
                }
                for (String attr : m.kwd_attrs()) {
                    name(attr);
                }
                patterns(m.patterns(), false);
                patterns(m.kwd_patterns(), false);
            }
            case Pattern.MatchStar m -> {
                if (!starOk) {
                    throw Err.value("can't use MatchStar here");
                }
                if (m.name() != null) {
                    capture(m.name());
                }
            }
            case Pattern.MatchAs m -> {
                if (m.name() != null) {
                    capture(m.name());
                }
                if (m.pattern() != null) {
                    if (m.name() == null) {
                        throw Err.value("MatchAs must specify a target name if a pattern is given");
                    }
                    pattern(m.pattern(), false);
                }
            }
            case Pattern.MatchOr m -> {
                if (m.patterns().size() < 2) {
                    throw Err.value("MatchOr requires at least 2 patterns");
                }
                patterns(m.patterns(), false);
            }
        }
        depth--;
    }

    private void matchValue(Expr exp) {
        expr(exp, ExprContext.Load);
        switch (exp) {
            case Expr.Constant c -> {
                Object v = c.value();
                if (v instanceof BigInteger || v instanceof Double || v instanceof BytesLiteral
                        || v instanceof ImaginaryLiteral || v instanceof String || v instanceof CodePointString
                        || v instanceof Long || v instanceof Integer
                        || (v instanceof PyObject o && o.type == PyComplex.TYPE)) {
                    return;
                }
                throw Err.value("unexpected constant inside of a literal pattern");
            }
            case Expr.Attribute a -> {
                return;
            }
            case Expr.UnaryOp u -> {
                if (literalNegative(u, true, true)) {
                    return;
                }
            }
            case Expr.BinOp b -> {
                if (literalComplex(b)) {
                    return;
                }
            }
            case Expr.JoinedStr j -> {
                return;
            }
            default -> { }
        }
        throw Err.value("patterns may only match literals and attribute lookups");
    }

    private static boolean literalNumber(Expr.Constant c, boolean real, boolean imaginary) {
        Object v = c.value();
        return (real && (v instanceof Double || v instanceof BigInteger || v instanceof Long || v instanceof Integer))
                || (imaginary && (v instanceof ImaginaryLiteral || (v instanceof PyObject o && o.type == PyComplex.TYPE)));
    }

    private static boolean literalNegative(Expr.UnaryOp u, boolean real, boolean imaginary) {
        return u.op() == UnaryOp.USub && u.operand() instanceof Expr.Constant c && literalNumber(c, real, imaginary);
    }

    private static boolean literalComplex(Expr.BinOp b) {
        if (b.op() != Operator.Add && b.op() != Operator.Sub) {
            return false;
        }
        boolean leftOk = switch (b.left()) {
            case Expr.Constant c -> literalNumber(c, true, false);
            case Expr.UnaryOp u -> literalNegative(u, true, false);
            default -> false;
        };
        return leftOk && b.right() instanceof Expr.Constant c && literalNumber(c, false, true);
    }
}
