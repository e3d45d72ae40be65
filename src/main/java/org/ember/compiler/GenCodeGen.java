package org.ember.compiler;

import java.util.ArrayList;
import java.util.List;

import org.ember.ast.Comprehension;
import org.ember.ast.ExceptHandler;
import org.ember.ast.Expr;
import org.ember.ast.ExprContext;
import org.ember.ast.Keyword;
import org.ember.ast.Positions;
import org.ember.ast.Stmt;
import org.ember.ast.WithItem;
import org.ember.interp.Gen;
import org.ember.interp.Stmts;

/**
 * Code generation of statements that can suspend (in generators and coroutines). Compound
 * statements become resumable nodes; a suspension inside an expression is lowered first:
 * everything the expression evaluates before it is spilled into hidden temporaries in
 * evaluation order, the yield/await becomes a statement storing into a temporary, and the
 * rest of the expression reads that temporary.
 */
final class GenCodeGen {
    final CodeGen cg;
    final Suspends sus;

    GenCodeGen(CodeGen cg) {
        this.cg = cg;
        this.sus = cg.sus;
    }

    // ---- statements -----------------------------------------------------------------------

    org.ember.interp.Node.Stmt stmt(Stmt s) {
        switch (s) {
            case Stmt.ExprStmt e when isDirect(e.value()):
                return direct(e.value(), null);
            case Stmt.Assign a when isDirect(a.value()) && !sus.exprs(a.targets()):
                return direct(a.value(), a.targets());
            case Stmt.If i: {
                List<Stmt> pre = new ArrayList<>();
                Expr test = lower(i.test(), pre);
                org.ember.interp.Node.Expr t = cg.expr(test);
                org.ember.interp.Node.Stmt node = new Gen.RIf(t, cg.bodyOrPass(i.body()), cg.body(i.orelse()),
                        cg.u.nstate++);
                return withPrelude(pre, node);
            }
            case Stmt.While w: {
                List<Stmt> pre = new ArrayList<>();
                Expr test = lower(w.test(), pre);
                org.ember.interp.Node.Stmt prelude = pre.isEmpty() ? null : compileAll(pre);
                org.ember.interp.Node.Expr t = cg.expr(test);
                cg.u.loopDepth++;
                org.ember.interp.Node.Stmt body = cg.bodyOrPass(w.body());
                cg.u.loopDepth--;
                return new Gen.RWhile(prelude, t, body, cg.body(w.orelse()), cg.u.nstate++);
            }
            case Stmt.For f: {
                if (sus.expr(f.target())) {
                    throw CodeGen.error("yield in a for-loop target is not supported", f.target());
                }
                List<Stmt> pre = new ArrayList<>();
                Expr iter = lower(f.iter(), pre);
                org.ember.interp.Node.Expr it = cg.expr(iter);
                org.ember.interp.Node.Target target = cg.target(f.target());
                int pc = cg.pos(f.iter());
                cg.u.loopDepth++;
                org.ember.interp.Node.Stmt body = cg.bodyOrPass(f.body());
                cg.u.loopDepth--;
                org.ember.interp.Node.Stmt orelse = cg.body(f.orelse());
                int slot = cg.u.temp();
                return withPrelude(pre, new Gen.RFor(pc, target, it, body, orelse, cg.u.nstate++, slot));
            }
            case Stmt.AsyncFor f: {
                if (cg.u.kind != CodeGen.UnitKind.ASYNC_FUNCTION) {
                    throw CodeGen.error("'async for' outside async function", s);
                }
                List<Stmt> pre = new ArrayList<>();
                Expr iter = lower(f.iter(), pre);
                org.ember.interp.Node.Expr it = cg.expr(iter);
                org.ember.interp.Node.Target target = cg.target(f.target());
                int pc = cg.pos(f.iter());
                cg.u.loopDepth++;
                org.ember.interp.Node.Stmt body = cg.bodyOrPass(f.body());
                cg.u.loopDepth--;
                org.ember.interp.Node.Stmt orelse = cg.body(f.orelse());
                int iterSlot = cg.u.temp();
                int awaitSlot = cg.u.temp();
                return withPrelude(pre, new Gen.RAsyncFor(pc, target, it, body, orelse, cg.u.nstate++, iterSlot, awaitSlot));
            }
            case Stmt.With w:
                return with(w.items(), 0, w.body(), s, false);
            case Stmt.AsyncWith w:
                if (cg.u.kind != CodeGen.UnitKind.ASYNC_FUNCTION) {
                    throw CodeGen.error("'async with' outside async function", s);
                }
                return with(w.items(), 0, w.body(), s, true);
            case Stmt.Try t:
                return tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), s);
            case Stmt.TryStar t:
                throw CodeGen.error("except* blocks containing yield or await are not supported yet", s);
            case Stmt.Match m: {
                List<Stmt> pre = new ArrayList<>();
                Expr subj = lower(m.subject(), pre);
                org.ember.interp.Node.Expr se = cg.expr(subj);
                org.ember.interp.Node.Stmt node = new MatchCodeGen(cg).match(m, se, guard -> {
                    if (!sus.expr(guard)) {
                        return new Object[] {null, cg.expr(guard)};
                    }
                    List<Stmt> gp = new ArrayList<>();
                    Expr g = lower(guard, gp);
                    return new Object[] {compileAll(gp), cg.expr(g)};
                });
                return withPrelude(pre, node);
            }
            case Stmt.Return r: {
                cg.checkReturn(r);
                List<Stmt> pre = new ArrayList<>();
                Expr v = lower(r.value(), pre);
                List<org.ember.interp.Node.Stmt> out = compileList(pre);
                out.add(new Stmts.Return(cg.expr(v)));
                return cg.rblock(out);
            }
            default: {
                List<Stmt> pre = new ArrayList<>();
                Stmt rest = lowerStmt(s, pre);
                if (rest != null) {
                    pre.add(rest);
                }
                return compileAll(pre);
            }
        }
    }

    private org.ember.interp.Node.Stmt withPrelude(List<Stmt> pre, org.ember.interp.Node.Stmt node) {
        if (pre.isEmpty()) {
            return node;
        }
        List<org.ember.interp.Node.Stmt> out = compileList(pre);
        out.add(node);
        return cg.rblock(out);
    }

    private List<org.ember.interp.Node.Stmt> compileList(List<Stmt> ss) {
        List<org.ember.interp.Node.Stmt> out = new ArrayList<>();
        for (Stmt x : ss) {
            out.add(cg.stmt(x));
        }
        return out;
    }

    org.ember.interp.Node.Stmt compileAll(List<Stmt> ss) {
        List<org.ember.interp.Node.Stmt> out = compileList(ss);
        if (out.isEmpty()) {
            return new Stmts.Pass();
        }
        return cg.rblock(out);
    }

    /** A yield / yield from / await whose operand does not itself suspend. */
    boolean isDirect(Expr e) {
        return switch (e) {
            case Expr.Yield y -> y.value() == null || !sus.expr(y.value());
            case Expr.YieldFrom y -> !sus.expr(y.value());
            case Expr.Await a -> !operandSuspends(a.value());
            default -> false;
        };
    }

    private boolean operandSuspends(Expr v) {
        if (sus.isAsyncComprehension(v)) {
            return switch (v) {
                case Expr.ListComp c -> sus.comp(c.generators());
                case Expr.SetComp c -> sus.comp(c.generators());
                case Expr.DictComp c -> sus.comp(c.generators());
                default -> true;
            };
        }
        return sus.expr(v);
    }

    private org.ember.interp.Node.Stmt direct(Expr e, List<Expr> targets) {
        org.ember.interp.Node.Target target = null;
        switch (e) {
            case Expr.Yield y -> {
                cg.checkYield(e);
                org.ember.interp.Node.Expr v = y.value() == null ? null : cg.expr(y.value());
                if (targets != null) {
                    target = targets(targets);
                }
                return new Gen.YieldStmt(cg.pos(e), v, target);
            }
            case Expr.YieldFrom y -> {
                cg.checkYield(e);
                if (cg.u.scope.coroutine) {
                    throw CodeGen.error("'yield from' inside async function", e);
                }
                org.ember.interp.Node.Expr v = cg.expr(y.value());
                if (targets != null) {
                    target = targets(targets);
                }
                return new Gen.YieldFromStmt(cg.pos(e), v, target, cg.u.temp(), false);
            }
            case Expr.Await a -> {
                cg.checkAwait(e);
                org.ember.interp.Node.Expr v = cg.expr(a.value());
                if (targets != null) {
                    target = targets(targets);
                }
                return new Gen.YieldFromStmt(cg.pos(e), v, target, cg.u.temp(), true);
            }
            default -> throw new IllegalStateException();
        }
    }

    private org.ember.interp.Node.Target targets(List<Expr> targets) {
        if (targets.size() == 1) {
            return cg.target(targets.get(0));
        }
        org.ember.interp.Node.Target[] ts = new org.ember.interp.Node.Target[targets.size()];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = cg.target(targets.get(i));
        }
        return new org.ember.interp.Exprs.MultiTarget(ts);
    }

    private org.ember.interp.Node.Stmt with(List<WithItem> items, int i, List<Stmt> body, Stmt s, boolean async) {
        WithItem it = items.get(i);
        List<Stmt> pre = new ArrayList<>();
        Expr ctx = lower(it.context_expr(), pre);
        org.ember.interp.Node.Expr c = cg.expr(ctx);
        org.ember.interp.Node.Target target = it.optional_vars() == null ? null : cg.target(it.optional_vars());
        boolean innerSuspends;
        org.ember.interp.Node.Stmt inner;
        if (i + 1 < items.size()) {
            List<WithItem> rest = items.subList(i + 1, items.size());
            innerSuspends = async || sus.stmts(body);
            for (WithItem w : rest) {
                innerSuspends |= sus.expr(w.context_expr());
            }
            inner = innerSuspends ? with(items, i + 1, body, s, async) : cg.with(items, i + 1, body, s);
        } else {
            innerSuspends = sus.stmts(body);
            inner = cg.bodyOrPass(body);
        }
        int pc = cg.pos(s);
        org.ember.interp.Node.Stmt node;
        if (async) {
            node = new Gen.RAsyncWith(pc, c, target, inner, cg.u.nstate, cg.u.temp(), cg.u.temp(), cg.u.temp(),
                    cg.u.temp());
            cg.u.nstate += 2;
        } else if (innerSuspends) {
            node = new Gen.RWith(pc, c, target, inner, cg.u.temp());
        } else {
            node = new Stmts.With(pc, c, target, inner);
        }
        return withPrelude(pre, node);
    }

    private org.ember.interp.Node.Stmt tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody, Stmt s) {
        boolean tryPartSuspends = sus.stmts(body) || sus.stmts(orelse) || sus.handlers(handlers);
        org.ember.interp.Node.Stmt result;
        if (handlers.isEmpty()) {
            result = cg.bodyOrPass(body);
        } else if (tryPartSuspends) {
            org.ember.interp.Node.Stmt b = cg.bodyOrPass(body);
            Stmts.Handler[] hs = cg.handlers(handlers, false);
            org.ember.interp.Node.Stmt els = cg.body(orelse);
            result = new Gen.RTry(b, hs, els, cg.u.nstate++, cg.u.temp(), cg.u.temp());
        } else {
            result = cg.tryStmt(body, handlers, orelse, List.of(), false, s);
        }
        if (!finalbody.isEmpty()) {
            org.ember.interp.Node.Stmt fb = cg.bodyOrPass(finalbody);
            if (tryPartSuspends || sus.stmts(finalbody)) {
                result = new Gen.RTryFinally(result, fb, cg.u.nstate, cg.u.temp(), cg.u.temp(), cg.u.temp());
                cg.u.nstate += 2;
            } else {
                result = new Stmts.TryFinally(result, fb);
            }
        }
        return result;
    }

    // ---- lowering ----------------------------------------------------------------------------

    private Expr.Name temp(Expr at) {
        String n = "$" + (cg.lowerCounter++);
        cg.storeTemp(n);
        return new Expr.Name(n, ExprContext.Load, Positions.lineno(at), Positions.colOffset(at), Positions.endLineno(at),
                Positions.endColOffset(at));
    }

    private static Stmt assign(Expr.Name t, Expr v) {
        return new Stmt.Assign(List.of(t), v, null, t.lineno(), t.col_offset(), t.end_lineno(), t.end_col_offset());
    }

    private Expr spill(Expr x, List<Stmt> pre) {
        if (x instanceof Expr.Constant || (x instanceof Expr.Name n && n.id().startsWith("$"))) {
            return x;
        }
        Expr.Name t = temp(x);
        pre.add(assign(t, x));
        return t;
    }

    /** Lowers e so that it no longer suspends: statements go to pre, the residual expression is returned. */
    Expr lower(Expr e, List<Stmt> pre) {
        if (e == null || !sus.expr(e)) {
            return e;
        }
        switch (e) {
            case Expr.Yield y: {
                Expr v = lower(y.value(), pre);
                Expr.Name t = temp(e);
                pre.add(assign(t, new Expr.Yield(v, y.lineno(), y.col_offset(), y.end_lineno(), y.end_col_offset())));
                return t;
            }
            case Expr.YieldFrom y: {
                Expr v = lower(y.value(), pre);
                Expr.Name t = temp(e);
                pre.add(assign(t, new Expr.YieldFrom(v, y.lineno(), y.col_offset(), y.end_lineno(), y.end_col_offset())));
                return t;
            }
            case Expr.Await a: {
                Expr v = sus.isAsyncComprehension(a.value()) ? lowerComprehensionIter(a.value(), pre) : lower(a.value(), pre);
                Expr.Name t = temp(e);
                pre.add(assign(t, new Expr.Await(v, a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset())));
                return t;
            }
            case Expr.ListComp c when sus.isAsyncComprehension(e): {
                cg.checkAwait(e);
                Expr v = lowerComprehensionIter(e, pre);
                Expr.Name t = temp(e);
                pre.add(assign(t, new Expr.Await(v, c.lineno(), c.col_offset(), c.end_lineno(), c.end_col_offset())));
                return t;
            }
            case Expr.SetComp c when sus.isAsyncComprehension(e): {
                cg.checkAwait(e);
                Expr v = lowerComprehensionIter(e, pre);
                Expr.Name t = temp(e);
                pre.add(assign(t, new Expr.Await(v, c.lineno(), c.col_offset(), c.end_lineno(), c.end_col_offset())));
                return t;
            }
            case Expr.DictComp c when sus.isAsyncComprehension(e): {
                cg.checkAwait(e);
                Expr v = lowerComprehensionIter(e, pre);
                Expr.Name t = temp(e);
                pre.add(assign(t, new Expr.Await(v, c.lineno(), c.col_offset(), c.end_lineno(), c.end_col_offset())));
                return t;
            }
            case Expr.ListComp c:
                return lowerComprehensionIter(e, pre);
            case Expr.SetComp c:
                return lowerComprehensionIter(e, pre);
            case Expr.DictComp c:
                return lowerComprehensionIter(e, pre);
            case Expr.GeneratorExp c:
                return lowerComprehensionIter(e, pre);
            case Expr.BoolOp b: {
                Expr.Name t = temp(e);
                pre.add(assign(t, lower(b.values().get(0), pre)));
                pre.addAll(boolRest(b, 1, t));
                return t;
            }
            case Expr.IfExp i: {
                Expr test = lower(i.test(), pre);
                Expr.Name t = temp(e);
                List<Stmt> bodyPre = new ArrayList<>();
                bodyPre.add(assign(t, lower(i.body(), bodyPre)));
                List<Stmt> elsePre = new ArrayList<>();
                elsePre.add(assign(t, lower(i.orelse(), elsePre)));
                pre.add(new Stmt.If(test, bodyPre, elsePre, i.lineno(), i.col_offset(), i.end_lineno(), i.end_col_offset()));
                return t;
            }
            case Expr.Compare c when c.ops().size() > 1: {
                Expr.Name t = temp(e);
                Expr left = spill(lower(c.left(), pre), pre);
                pre.addAll(compareRest(c, 0, left, t));
                return t;
            }
            case Expr.Lambda l: {
                List<Expr> defaults = spillAll(l.args().defaults(), pre);
                List<Expr> kwd = spillAll(l.args().kw_defaults(), pre);
                org.ember.ast.Arguments a = l.args();
                org.ember.ast.Arguments na = new org.ember.ast.Arguments(a.posonlyargs(), a.args(), a.vararg(),
                        a.kwonlyargs(), kwd, a.kwarg(), defaults);
                Expr.Lambda nl = new Expr.Lambda(na, l.body(), l.lineno(), l.col_offset(), l.end_lineno(), l.end_col_offset());
                cg.st.scopes.put(nl, cg.st.scopes.get(l));
                return nl;
            }
            case Expr.NamedExpr n:
                return new Expr.NamedExpr(n.target(), lower(n.value(), pre), n.lineno(), n.col_offset(), n.end_lineno(),
                        n.end_col_offset());
            default: {
                List<Expr> ch = Children.of(e);
                int k = -1;
                for (int i = 0; i < ch.size(); i++) {
                    if (ch.get(i) != null && sus.expr(ch.get(i))) {
                        k = i;
                    }
                }
                List<Expr> nc = new ArrayList<>(ch);
                for (int i = 0; i < k; i++) {
                    if (ch.get(i) != null) {
                        nc.set(i, spill(lower(ch.get(i), pre), pre));
                    }
                }
                nc.set(k, lower(ch.get(k), pre));
                return Children.rebuild(e, nc);
            }
        }
    }

    private List<Expr> spillAll(List<Expr> es, List<Stmt> pre) {
        List<Expr> out = new ArrayList<>();
        for (Expr x : es) {
            out.add(x == null ? null : spill(lower(x, pre), pre));
        }
        return out;
    }

    /** A comprehension with its outermost iterable (evaluated in this scope) lowered. */
    private Expr lowerComprehensionIter(Expr e, List<Stmt> pre) {
        List<Comprehension> gens = switch (e) {
            case Expr.ListComp c -> c.generators();
            case Expr.SetComp c -> c.generators();
            case Expr.DictComp c -> c.generators();
            case Expr.GeneratorExp c -> c.generators();
            default -> throw new IllegalStateException();
        };
        Comprehension outer = gens.get(0);
        if (!sus.expr(outer.iter())) {
            return e;
        }
        Expr it = lower(outer.iter(), pre);
        List<Comprehension> ng = new ArrayList<>(gens);
        ng.set(0, new Comprehension(outer.target(), it, outer.ifs(), outer.is_async()));
        Expr r = switch (e) {
            case Expr.ListComp c -> new Expr.ListComp(c.elt(), ng, c.lineno(), c.col_offset(), c.end_lineno(),
                    c.end_col_offset());
            case Expr.SetComp c -> new Expr.SetComp(c.elt(), ng, c.lineno(), c.col_offset(), c.end_lineno(),
                    c.end_col_offset());
            case Expr.DictComp c -> new Expr.DictComp(c.key(), c.value(), ng, c.lineno(), c.col_offset(), c.end_lineno(),
                    c.end_col_offset());
            case Expr.GeneratorExp c -> new Expr.GeneratorExp(c.elt(), ng, c.lineno(), c.col_offset(), c.end_lineno(),
                    c.end_col_offset());
            default -> throw new IllegalStateException();
        };
        cg.st.scopes.put(r, cg.st.scopes.get(e));
        return r;
    }

    private List<Stmt> boolRest(Expr.BoolOp b, int i, Expr.Name t) {
        if (i >= b.values().size()) {
            return List.of();
        }
        List<Stmt> inner = new ArrayList<>();
        inner.add(assign(t, lower(b.values().get(i), inner)));
        inner.addAll(boolRest(b, i + 1, t));
        Expr cond = b.op() == org.ember.ast.BoolOp.And ? t
                : new Expr.UnaryOp(org.ember.ast.UnaryOp.Not, t, t.lineno(), t.col_offset(), t.end_lineno(),
                        t.end_col_offset());
        return List.of(new Stmt.If(cond, inner, List.of(), b.lineno(), b.col_offset(), b.end_lineno(), b.end_col_offset()));
    }

    private List<Stmt> compareRest(Expr.Compare c, int i, Expr left, Expr.Name t) {
        List<Stmt> out = new ArrayList<>();
        boolean last = i == c.ops().size() - 1;
        Expr right = lower(c.comparators().get(i), out);
        if (!last) {
            right = spill(right, out);
        }
        out.add(assign(t, new Expr.Compare(left, List.of(c.ops().get(i)), List.of(right), c.lineno(), c.col_offset(),
                c.end_lineno(), c.end_col_offset())));
        if (!last) {
            out.add(new Stmt.If(t, compareRest(c, i + 1, right, t), List.of(), c.lineno(), c.col_offset(), c.end_lineno(),
                    c.end_col_offset()));
        }
        return out;
    }

    private Expr lowerTarget(Expr t, List<Stmt> pre) {
        if (!sus.expr(t)) {
            return t;
        }
        return switch (t) {
            case Expr.Attribute a -> new Expr.Attribute(spill(lower(a.value(), pre), pre), a.attr(), a.ctx(), a.lineno(),
                    a.col_offset(), a.end_lineno(), a.end_col_offset());
            case Expr.Subscript s -> {
                Expr v = spill(lower(s.value(), pre), pre);
                Expr k = spill(lower(s.slice(), pre), pre);
                yield new Expr.Subscript(v, k, s.ctx(), s.lineno(), s.col_offset(), s.end_lineno(), s.end_col_offset());
            }
            case Expr.Starred s -> new Expr.Starred(lowerTarget(s.value(), pre), s.ctx(), s.lineno(), s.col_offset(),
                    s.end_lineno(), s.end_col_offset());
            case Expr.Tuple tu -> {
                List<Expr> el = new ArrayList<>();
                for (Expr x : tu.elts()) {
                    el.add(lowerTarget(x, pre));
                }
                yield new Expr.Tuple(el, tu.ctx(), tu.lineno(), tu.col_offset(), tu.end_lineno(), tu.end_col_offset());
            }
            case Expr.List li -> {
                List<Expr> el = new ArrayList<>();
                for (Expr x : li.elts()) {
                    el.add(lowerTarget(x, pre));
                }
                yield new Expr.List(el, li.ctx(), li.lineno(), li.col_offset(), li.end_lineno(), li.end_col_offset());
            }
            default -> t;
        };
    }

    /** Lowers a simple statement: prelude into pre, the residual statement returned (or null). */
    Stmt lowerStmt(Stmt s, List<Stmt> pre) {
        switch (s) {
            case Stmt.ExprStmt e: {
                Expr v = e.value();
                if (v instanceof Expr.Yield || v instanceof Expr.YieldFrom || v instanceof Expr.Await) {
                    Expr r = lower(v, pre);
                    return r instanceof Expr.Name ? null : new Stmt.ExprStmt(r, e.lineno(), e.col_offset(), e.end_lineno(),
                            e.end_col_offset());
                }
                Expr r = lower(v, pre);
                if (r instanceof Expr.Name n && n.id().startsWith("$")) {
                    return null;
                }
                return new Stmt.ExprStmt(r, e.lineno(), e.col_offset(), e.end_lineno(), e.end_col_offset());
            }
            case Stmt.Assign a: {
                Expr v = lower(a.value(), pre);
                List<Expr> targets = a.targets();
                if (sus.exprs(targets)) {
                    v = spill(v, pre);
                    List<Expr> nt = new ArrayList<>();
                    for (Expr t : targets) {
                        List<Stmt> tp = new ArrayList<>();
                        Expr lt = lowerTarget(t, tp);
                        pre.addAll(tp);
                        nt.add(lt);
                    }
                    // each target is stored in order once its own subexpressions are evaluated
                    for (int i = 0; i < nt.size() - 1; i++) {
                        pre.add(new Stmt.Assign(List.of(nt.get(i)), v, null, a.lineno(), a.col_offset(), a.end_lineno(),
                                a.end_col_offset()));
                    }
                    targets = List.of(nt.get(nt.size() - 1));
                }
                return new Stmt.Assign(targets, v, null, a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
            }
            case Stmt.AugAssign a: {
                Expr target = a.target();
                switch (target) {
                    case Expr.Name n -> {
                        Expr.Name ta = temp(n);
                        pre.add(assign(ta, new Expr.Name(n.id(), ExprContext.Load, n.lineno(), n.col_offset(),
                                n.end_lineno(), n.end_col_offset())));
                        Expr v = lower(a.value(), pre);
                        pre.add(new Stmt.AugAssign(ta, a.op(), v, a.lineno(), a.col_offset(), a.end_lineno(),
                                a.end_col_offset()));
                        return new Stmt.Assign(List.of(n), ta, null, a.lineno(), a.col_offset(), a.end_lineno(),
                                a.end_col_offset());
                    }
                    case Expr.Attribute at -> {
                        Expr obj = spill(lower(at.value(), pre), pre);
                        Expr.Name ta = temp(at);
                        pre.add(assign(ta, new Expr.Attribute(obj, at.attr(), ExprContext.Load, at.lineno(),
                                at.col_offset(), at.end_lineno(), at.end_col_offset())));
                        Expr v = lower(a.value(), pre);
                        pre.add(new Stmt.AugAssign(ta, a.op(), v, a.lineno(), a.col_offset(), a.end_lineno(),
                                a.end_col_offset()));
                        return new Stmt.Assign(List.of(new Expr.Attribute(obj, at.attr(), ExprContext.Store, at.lineno(),
                                at.col_offset(), at.end_lineno(), at.end_col_offset())), ta, null, a.lineno(),
                                a.col_offset(), a.end_lineno(), a.end_col_offset());
                    }
                    case Expr.Subscript sub -> {
                        Expr obj = spill(lower(sub.value(), pre), pre);
                        Expr key = spill(lower(sub.slice(), pre), pre);
                        Expr.Name ta = temp(sub);
                        pre.add(assign(ta, new Expr.Subscript(obj, key, ExprContext.Load, sub.lineno(), sub.col_offset(),
                                sub.end_lineno(), sub.end_col_offset())));
                        Expr v = lower(a.value(), pre);
                        pre.add(new Stmt.AugAssign(ta, a.op(), v, a.lineno(), a.col_offset(), a.end_lineno(),
                                a.end_col_offset()));
                        return new Stmt.Assign(List.of(new Expr.Subscript(obj, key, ExprContext.Store, sub.lineno(),
                                sub.col_offset(), sub.end_lineno(), sub.end_col_offset())), ta, null, a.lineno(),
                                a.col_offset(), a.end_lineno(), a.end_col_offset());
                    }
                    default -> throw CodeGen.error("illegal expression for augmented assignment", target);
                }
            }
            case Stmt.AnnAssign a: {
                Expr v = lower(a.value(), pre);
                return new Stmt.AnnAssign(a.target(), a.annotation(), v, a.simple(), a.lineno(), a.col_offset(),
                        a.end_lineno(), a.end_col_offset());
            }
            case Stmt.Delete d: {
                List<Expr> nt = new ArrayList<>();
                for (Expr t : d.targets()) {
                    nt.add(lowerTarget(t, pre));
                }
                return new Stmt.Delete(nt, d.lineno(), d.col_offset(), d.end_lineno(), d.end_col_offset());
            }
            case Stmt.Raise r: {
                Expr exc = r.exc();
                Expr cause = r.cause();
                if (cause != null && sus.expr(cause)) {
                    exc = spill(lower(exc, pre), pre);
                    cause = lower(cause, pre);
                } else {
                    exc = lower(exc, pre);
                }
                return new Stmt.Raise(exc, cause, r.lineno(), r.col_offset(), r.end_lineno(), r.end_col_offset());
            }
            case Stmt.Assert a: {
                Expr test = lower(a.test(), pre);
                if (a.msg() != null && sus.expr(a.msg())) {
                    List<Stmt> inner = new ArrayList<>();
                    Expr m = lower(a.msg(), inner);
                    inner.add(new Stmt.Assert(new Expr.Constant(org.ember.ast.ConstantSingleton.FALSE, null, a.lineno(),
                            a.col_offset(), a.end_lineno(), a.end_col_offset()), m, a.lineno(), a.col_offset(),
                            a.end_lineno(), a.end_col_offset()));
                    pre.add(new Stmt.If(new Expr.UnaryOp(org.ember.ast.UnaryOp.Not, test, a.lineno(), a.col_offset(),
                            a.end_lineno(), a.end_col_offset()), inner, List.of(), a.lineno(), a.col_offset(),
                            a.end_lineno(), a.end_col_offset()));
                    return null;
                }
                return new Stmt.Assert(test, a.msg(), a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
            }
            case Stmt.FunctionDef f: {
                List<Expr> decos = spillAll(f.decorator_list(), pre);
                org.ember.ast.Arguments a = f.args();
                List<Expr> defaults = spillAll(a.defaults(), pre);
                List<Expr> kwd = spillAll(a.kw_defaults(), pre);
                org.ember.ast.Arguments na = new org.ember.ast.Arguments(a.posonlyargs(), a.args(), a.vararg(),
                        a.kwonlyargs(), kwd, a.kwarg(), defaults);
                Stmt nf = new Stmt.FunctionDef(f.name(), na, f.body(), decos, f.returns(), f.type_comment(), f.lineno(),
                        f.col_offset(), f.end_lineno(), f.end_col_offset());
                cg.st.scopes.put(nf, cg.st.scopes.get(f));
                return nf;
            }
            case Stmt.AsyncFunctionDef f: {
                List<Expr> decos = spillAll(f.decorator_list(), pre);
                org.ember.ast.Arguments a = f.args();
                List<Expr> defaults = spillAll(a.defaults(), pre);
                List<Expr> kwd = spillAll(a.kw_defaults(), pre);
                org.ember.ast.Arguments na = new org.ember.ast.Arguments(a.posonlyargs(), a.args(), a.vararg(),
                        a.kwonlyargs(), kwd, a.kwarg(), defaults);
                Stmt nf = new Stmt.AsyncFunctionDef(f.name(), na, f.body(), decos, f.returns(), f.type_comment(),
                        f.lineno(), f.col_offset(), f.end_lineno(), f.end_col_offset());
                cg.st.scopes.put(nf, cg.st.scopes.get(f));
                return nf;
            }
            case Stmt.ClassDef c: {
                List<Expr> decos = spillAll(c.decorator_list(), pre);
                List<Expr> bases = new ArrayList<>();
                for (Expr b : c.bases()) {
                    if (b instanceof Expr.Starred st) {
                        bases.add(new Expr.Starred(spill(lower(st.value(), pre), pre), st.ctx(), st.lineno(),
                                st.col_offset(), st.end_lineno(), st.end_col_offset()));
                    } else {
                        bases.add(spill(lower(b, pre), pre));
                    }
                }
                List<Keyword> kws = new ArrayList<>();
                for (Keyword k : c.keywords()) {
                    kws.add(new Keyword(k.arg(), spill(lower(k.value(), pre), pre), k.lineno(), k.col_offset(),
                            k.end_lineno(), k.end_col_offset()));
                }
                Stmt nc = new Stmt.ClassDef(c.name(), bases, kws, c.body(), decos, c.lineno(), c.col_offset(),
                        c.end_lineno(), c.end_col_offset());
                cg.st.scopes.put(nc, cg.st.scopes.get(c));
                return nc;
            }
            default:
                throw CodeGen.error("yield or await in this statement is not supported", s);
        }
    }
}
