package org.ember.compiler;

import java.util.List;
import java.util.Map;

import org.ember.ast.Comprehension;
import org.ember.ast.ExceptHandler;
import org.ember.ast.Expr;
import org.ember.ast.Keyword;
import org.ember.ast.MatchCase;
import org.ember.ast.Node;
import org.ember.ast.Stmt;
import org.ember.ast.WithItem;

/**
 * Finds suspension points (yield, yield from, await, async for/with, awaited async
 * comprehensions) in the parts of statements and expressions that run in the current scope.
 */
final class Suspends {
    private final Map<Node, Scope> scopes;

    Suspends(Map<Node, Scope> scopes) {
        this.scopes = scopes;
    }

    boolean stmts(List<Stmt> ss) {
        for (Stmt s : ss) {
            if (stmt(s)) {
                return true;
            }
        }
        return false;
    }

    boolean exprs(List<Expr> es) {
        for (Expr e : es) {
            if (e != null && expr(e)) {
                return true;
            }
        }
        return false;
    }

    boolean stmt(Stmt s) {
        return switch (s) {
            case Stmt.FunctionDef f -> exprs(f.decorator_list()) || exprs(f.args().defaults()) || exprs(f.args().kw_defaults());
            case Stmt.AsyncFunctionDef f -> exprs(f.decorator_list()) || exprs(f.args().defaults())
                    || exprs(f.args().kw_defaults());
            case Stmt.ClassDef c -> {
                boolean r = exprs(c.decorator_list()) || exprs(c.bases());
                for (Keyword k : c.keywords()) {
                    r |= expr(k.value());
                }
                yield r;
            }
            case Stmt.Return r -> r.value() != null && expr(r.value());
            case Stmt.Delete d -> exprs(d.targets());
            case Stmt.Assign a -> exprs(a.targets()) || expr(a.value());
            case Stmt.AugAssign a -> expr(a.target()) || expr(a.value());
            case Stmt.AnnAssign a -> expr(a.target()) || (a.value() != null && expr(a.value()));
            case Stmt.For f -> expr(f.target()) || expr(f.iter()) || stmts(f.body()) || stmts(f.orelse());
            case Stmt.AsyncFor f -> true;
            case Stmt.While w -> expr(w.test()) || stmts(w.body()) || stmts(w.orelse());
            case Stmt.If i -> expr(i.test()) || stmts(i.body()) || stmts(i.orelse());
            case Stmt.With w -> {
                boolean r = stmts(w.body());
                for (WithItem it : w.items()) {
                    r |= expr(it.context_expr()) || (it.optional_vars() != null && expr(it.optional_vars()));
                }
                yield r;
            }
            case Stmt.AsyncWith w -> true;
            case Stmt.Match m -> {
                boolean r = expr(m.subject());
                for (MatchCase c : m.cases()) {
                    r |= (c.guard() != null && expr(c.guard())) || stmts(c.body());
                }
                yield r;
            }
            case Stmt.Raise r -> (r.exc() != null && expr(r.exc())) || (r.cause() != null && expr(r.cause()));
            case Stmt.Try t -> stmts(t.body()) || stmts(t.orelse()) || stmts(t.finalbody()) || handlers(t.handlers());
            case Stmt.TryStar t -> stmts(t.body()) || stmts(t.orelse()) || stmts(t.finalbody()) || handlers(t.handlers());
            case Stmt.Assert a -> expr(a.test()) || (a.msg() != null && expr(a.msg()));
            case Stmt.ExprStmt e -> expr(e.value());
            default -> false;
        };
    }

    boolean handlers(List<ExceptHandler> hs) {
        for (ExceptHandler h0 : hs) {
            ExceptHandler.Handler h = (ExceptHandler.Handler) h0;
            if ((h.type() != null && expr(h.type())) || stmts(h.body())) {
                return true;
            }
        }
        return false;
    }

    boolean isAsyncComprehension(Expr e) {
        if (e instanceof Expr.ListComp || e instanceof Expr.SetComp || e instanceof Expr.DictComp) {
            Scope s = scopes.get(e);
            return s != null && s.coroutine;
        }
        return false;
    }

    boolean comp(List<Comprehension> gens) {
        return expr(gens.get(0).iter());
    }

    boolean expr(Expr e) {
        return switch (e) {
            case Expr.Yield y -> true;
            case Expr.YieldFrom y -> true;
            case Expr.Await a -> true;
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.NamedExpr n -> expr(n.value());
            case Expr.BinOp b -> expr(b.left()) || expr(b.right());
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.Lambda l -> exprs(l.args().defaults()) || exprs(l.args().kw_defaults());
            case Expr.IfExp i -> expr(i.test()) || expr(i.body()) || expr(i.orelse());
            case Expr.Dict d -> exprs(d.keys()) || exprs(d.values());
            case Expr.Set s -> exprs(s.elts());
            case Expr.ListComp c -> isAsyncComprehension(e) || comp(c.generators());
            case Expr.SetComp c -> isAsyncComprehension(e) || comp(c.generators());
            case Expr.DictComp c -> isAsyncComprehension(e) || comp(c.generators());
            case Expr.GeneratorExp c -> comp(c.generators());
            case Expr.Compare c -> expr(c.left()) || exprs(c.comparators());
            case Expr.Call c -> {
                boolean r = expr(c.func()) || exprs(c.args());
                for (Keyword k : c.keywords()) {
                    r |= expr(k.value());
                }
                yield r;
            }
            case Expr.FormattedValue f -> expr(f.value()) || (f.format_spec() != null && expr(f.format_spec()));
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.Constant c -> false;
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> expr(s.value()) || expr(s.slice());
            case Expr.Starred s -> expr(s.value());
            case Expr.Name n -> false;
            case Expr.List l -> exprs(l.elts());
            case Expr.Tuple t -> exprs(t.elts());
            case Expr.Slice s -> (s.lower() != null && expr(s.lower())) || (s.upper() != null && expr(s.upper()))
                    || (s.step() != null && expr(s.step()));
        };
    }
}
