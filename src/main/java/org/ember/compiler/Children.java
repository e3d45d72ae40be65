package org.ember.compiler;

import java.util.ArrayList;
import java.util.List;

import org.ember.ast.Expr;
import org.ember.ast.Keyword;

/** The subexpressions of an expression in evaluation order, and rebuilding it with replacements. */
final class Children {
    private Children() {}

    static List<Expr> of(Expr e) {
        List<Expr> c = new ArrayList<>();
        switch (e) {
            case Expr.BinOp b -> {
                c.add(b.left());
                c.add(b.right());
            }
            case Expr.UnaryOp u -> c.add(u.operand());
            case Expr.Dict d -> {
                for (int i = 0; i < d.keys().size(); i++) {
                    c.add(d.keys().get(i));
                    c.add(d.values().get(i));
                }
            }
            case Expr.Set s -> starred(s.elts(), c);
            case Expr.List l -> starred(l.elts(), c);
            case Expr.Tuple t -> starred(t.elts(), c);
            case Expr.Compare cm -> {
                c.add(cm.left());
                c.addAll(cm.comparators());
            }
            case Expr.Call call -> {
                c.add(call.func());
                starred(call.args(), c);
                for (Keyword k : call.keywords()) {
                    c.add(k.value());
                }
            }
            case Expr.FormattedValue f -> {
                c.add(f.value());
                c.add(f.format_spec());
            }
            case Expr.JoinedStr j -> c.addAll(j.values());
            case Expr.Attribute a -> c.add(a.value());
            case Expr.Subscript s -> {
                c.add(s.value());
                c.add(s.slice());
            }
            case Expr.Starred s -> c.add(s.value());
            case Expr.Slice s -> {
                c.add(s.lower());
                c.add(s.upper());
                c.add(s.step());
            }
            default -> throw new IllegalStateException("no children for " + e.getClass().getSimpleName());
        }
        return c;
    }

    private static void starred(List<Expr> elts, List<Expr> c) {
        for (Expr x : elts) {
            c.add(x instanceof Expr.Starred s ? s.value() : x);
        }
    }

    private static List<Expr> restar(List<Expr> orig, List<Expr> nc, int from) {
        List<Expr> out = new ArrayList<>();
        for (int i = 0; i < orig.size(); i++) {
            Expr o = orig.get(i);
            Expr n = nc.get(from + i);
            if (o instanceof Expr.Starred s) {
                out.add(new Expr.Starred(n, s.ctx(), s.lineno(), s.col_offset(), s.end_lineno(), s.end_col_offset()));
            } else {
                out.add(n);
            }
        }
        return out;
    }

    static Expr rebuild(Expr e, List<Expr> n) {
        return switch (e) {
            case Expr.BinOp b -> new Expr.BinOp(n.get(0), b.op(), n.get(1), b.lineno(), b.col_offset(), b.end_lineno(),
                    b.end_col_offset());
            case Expr.UnaryOp u -> new Expr.UnaryOp(u.op(), n.get(0), u.lineno(), u.col_offset(), u.end_lineno(),
                    u.end_col_offset());
            case Expr.Dict d -> {
                List<Expr> ks = new ArrayList<>();
                List<Expr> vs = new ArrayList<>();
                for (int i = 0; i < d.keys().size(); i++) {
                    ks.add(n.get(2 * i));
                    vs.add(n.get(2 * i + 1));
                }
                yield new Expr.Dict(ks, vs, d.lineno(), d.col_offset(), d.end_lineno(), d.end_col_offset());
            }
            case Expr.Set s -> new Expr.Set(restar(s.elts(), n, 0), s.lineno(), s.col_offset(), s.end_lineno(),
                    s.end_col_offset());
            case Expr.List l -> new Expr.List(restar(l.elts(), n, 0), l.ctx(), l.lineno(), l.col_offset(), l.end_lineno(),
                    l.end_col_offset());
            case Expr.Tuple t -> new Expr.Tuple(restar(t.elts(), n, 0), t.ctx(), t.lineno(), t.col_offset(), t.end_lineno(),
                    t.end_col_offset());
            case Expr.Compare c -> new Expr.Compare(n.get(0), c.ops(), n.subList(1, n.size()), c.lineno(), c.col_offset(),
                    c.end_lineno(), c.end_col_offset());
            case Expr.Call c -> {
                List<Expr> args = restar(c.args(), n, 1);
                List<Keyword> kws = new ArrayList<>();
                int base = 1 + c.args().size();
                for (int i = 0; i < c.keywords().size(); i++) {
                    Keyword k = c.keywords().get(i);
                    kws.add(new Keyword(k.arg(), n.get(base + i), k.lineno(), k.col_offset(), k.end_lineno(),
                            k.end_col_offset()));
                }
                yield new Expr.Call(n.get(0), args, kws, c.lineno(), c.col_offset(), c.end_lineno(), c.end_col_offset());
            }
            case Expr.FormattedValue f -> new Expr.FormattedValue(n.get(0), f.conversion(), n.get(1), f.lineno(),
                    f.col_offset(), f.end_lineno(), f.end_col_offset());
            case Expr.JoinedStr j -> new Expr.JoinedStr(n, j.lineno(), j.col_offset(), j.end_lineno(), j.end_col_offset());
            case Expr.Attribute a -> new Expr.Attribute(n.get(0), a.attr(), a.ctx(), a.lineno(), a.col_offset(),
                    a.end_lineno(), a.end_col_offset());
            case Expr.Subscript s -> new Expr.Subscript(n.get(0), n.get(1), s.ctx(), s.lineno(), s.col_offset(),
                    s.end_lineno(), s.end_col_offset());
            case Expr.Starred s -> new Expr.Starred(n.get(0), s.ctx(), s.lineno(), s.col_offset(), s.end_lineno(),
                    s.end_col_offset());
            case Expr.Slice s -> new Expr.Slice(n.get(0), n.get(1), n.get(2), s.lineno(), s.col_offset(), s.end_lineno(),
                    s.end_col_offset());
            default -> throw new IllegalStateException();
        };
    }
}
