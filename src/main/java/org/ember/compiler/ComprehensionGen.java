package org.ember.compiler;

import java.util.ArrayList;
import java.util.List;

import org.ember.ast.Comprehension;
import org.ember.ast.Expr;
import org.ember.ast.Stmt;
import org.ember.interp.Gen;
import org.ember.interp.Names;
import org.ember.interp.Stmts;

/**
 * The body of a comprehension function: nested loops over the iterables, conditions, and the
 * innermost append/add/set/yield. Loops are resumable when the comprehension is a generator
 * expression or contains await.
 */
final class ComprehensionGen {
    final CodeGen cg;
    final GenCodeGen gcg;

    ComprehensionGen(CodeGen cg) {
        this.cg = cg;
        this.gcg = new GenCodeGen(cg);
    }

    private List<Comprehension> gens;
    private Expr elt;
    private Expr value;
    private int kind;
    private int resSlot;
    private Expr node;

    org.ember.interp.Node.Stmt body(List<Comprehension> gens, Expr elt, Expr value, int kind, Expr e) {
        this.gens = gens;
        this.elt = elt;
        this.value = value;
        this.kind = kind;
        this.node = e;
        List<org.ember.interp.Node.Stmt> out = new ArrayList<>();
        if (kind != 3) {
            resSlot = cg.u.temp();
            out.add(new org.ember.interp.Comp.Init(resSlot, kind));
        }
        out.add(loop(0));
        if (kind != 3) {
            out.add(new Stmts.Return(new Names.LoadTemp(resSlot)));
        }
        return cg.u.generator ? cg.rblock(out) : CodeGen.block(out);
    }

    private boolean suspends(int i) {
        if (kind == 3) {
            return true;
        }
        for (int j = i; j < gens.size(); j++) {
            Comprehension c = gens.get(j);
            if (c.is_async() != 0 || (j > i && cg.sus.expr(c.iter())) || cg.sus.exprs(c.ifs())) {
                return true;
            }
        }
        return cg.sus.expr(elt) || (value != null && cg.sus.expr(value));
    }

    private org.ember.interp.Node.Stmt loop(int i) {
        Comprehension c = gens.get(i);
        List<Stmt> pre = new ArrayList<>();
        org.ember.interp.Node.Expr iter;
        if (i == 0) {
            iter = new Names.LoadFast(-1, cg.u.slot(".0"), ".0");
        } else {
            iter = cg.expr(gcg.lower(c.iter(), pre));
        }
        org.ember.interp.Node.Target target = cg.target(c.target());
        int pc = cg.pos(i == 0 ? node : c.iter());
        org.ember.interp.Node.Stmt body = conds(i, 0);
        org.ember.interp.Node.Stmt loop;
        if (c.is_async() != 0) {
            loop = new Gen.RAsyncFor(pc, target, iter, body, null, cg.u.nstate++, cg.u.temp(), cg.u.temp());
        } else if (suspends(i)) {
            loop = new Gen.RFor(pc, target, iter, body, null, cg.u.nstate++, cg.u.temp());
        } else if (target instanceof Names.StoreFast sf) {
            loop = new Stmts.ForFast(pc, sf.slot(), iter, body, null);
        } else {
            loop = new Stmts.For(pc, target, iter, body, null);
        }
        if (pre.isEmpty()) {
            return loop;
        }
        List<org.ember.interp.Node.Stmt> out = new ArrayList<>();
        for (Stmt s : pre) {
            out.add(cg.stmt(s));
        }
        out.add(loop);
        return cg.rblock(out);
    }

    private org.ember.interp.Node.Stmt conds(int i, int j) {
        Comprehension c = gens.get(i);
        if (j >= c.ifs().size()) {
            return i + 1 < gens.size() ? loop(i + 1) : innermost();
        }
        List<Stmt> pre = new ArrayList<>();
        org.ember.interp.Node.Expr test = cg.expr(gcg.lower(c.ifs().get(j), pre));
        org.ember.interp.Node.Stmt inner = conds(i, j + 1);
        org.ember.interp.Node.Stmt node;
        if (cg.u.generator) {
            node = new Gen.RIf(test, inner, null, cg.u.nstate++);
        } else {
            node = new Stmts.If(test, inner, null);
        }
        if (pre.isEmpty()) {
            return node;
        }
        List<org.ember.interp.Node.Stmt> out = new ArrayList<>();
        for (Stmt s : pre) {
            out.add(cg.stmt(s));
        }
        out.add(node);
        return cg.rblock(out);
    }

    private org.ember.interp.Node.Stmt innermost() {
        List<Stmt> pre = new ArrayList<>();
        org.ember.interp.Node.Stmt last;
        if (kind == 3) {
            Expr v = gcg.lower(elt, pre);
            last = new Gen.YieldStmt(cg.pos(elt), cg.expr(v), null);
        } else if (kind == 2) {
            Expr k = gcg.lower(elt, pre);
            if (value != null && cg.sus.expr(value)) {
                k = spill(k, pre);
            }
            Expr v = gcg.lower(value, pre);
            last = new org.ember.interp.Comp.MapAdd(cg.pos(node), resSlot, cg.expr(k), cg.expr(v));
        } else {
            Expr v = gcg.lower(elt, pre);
            last = new org.ember.interp.Comp.Add(cg.pos(node), resSlot, kind, cg.expr(v));
        }
        if (pre.isEmpty()) {
            return last;
        }
        List<org.ember.interp.Node.Stmt> out = new ArrayList<>();
        for (Stmt s : pre) {
            out.add(cg.stmt(s));
        }
        out.add(last);
        return cg.rblock(out);
    }

    private Expr spill(Expr x, List<Stmt> pre) {
        if (x instanceof Expr.Constant) {
            return x;
        }
        Expr.Name t = new Expr.Name("$" + (cg.lowerCounter++), org.ember.ast.ExprContext.Load,
                org.ember.ast.Positions.lineno(x), org.ember.ast.Positions.colOffset(x),
                org.ember.ast.Positions.endLineno(x), org.ember.ast.Positions.endColOffset(x));
        pre.add(new Stmt.Assign(List.of(t), x, null, t.lineno(), t.col_offset(), t.end_lineno(), t.end_col_offset()));
        return t;
    }
}
