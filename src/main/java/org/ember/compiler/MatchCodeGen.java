package org.ember.compiler;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ember.ast.ConstantSingleton;
import org.ember.ast.Expr;
import org.ember.ast.ImaginaryLiteral;
import org.ember.ast.MatchCase;
import org.ember.ast.Node;
import org.ember.ast.Operator;
import org.ember.ast.Pattern;
import org.ember.ast.Positions;
import org.ember.ast.Stmt;
import org.ember.interp.Exprs;
import org.ember.interp.Matching;
import org.ember.objects.Abstract;
import org.ember.objects.CompareOp;
import org.ember.objects.Py;
import org.ember.objects.PyComplex;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;

/**
 * Code generation for match statements, with the checks and messages of CPython 3.11's
 * compiler (compiler_match and the compiler_pattern_* family). Errors point where CPython's
 * do: at the last pattern the compiler visited.
 */
final class MatchCodeGen {
    final CodeGen cg;
    /** Names captured by the current (alternative of the) pattern, in store order. */
    private List<String> stores;
    /** The hidden slot of each captured name of the current case. */
    private Map<String, Integer> slots;
    private boolean allowIrrefutable;
    /** The location CPython's compiler would report (the last pattern visited). */
    private Node loc;

    MatchCodeGen(CodeGen cg) {
        this.cg = cg;
    }

    private CompileError error(String msg) {
        return CodeGen.error(msg, loc);
    }

    /** Compiles a match statement; guards may have been lowered by the generator code generator. */
    org.ember.interp.Node.Stmt match(Stmt.Match m) {
        return match(m, cg.expr(m.subject()), null);
    }

    /**
     * guardLowering, when not null, turns a guard into (prelude, expression) for guards that
     * suspend; the statement is then resumable.
     */
    org.ember.interp.Node.Stmt match(Stmt.Match m, org.ember.interp.Node.Expr subject, GuardLowering guardLowering) {
        List<MatchCase> cases = m.cases();
        int n = cases.size();
        Matching.Case[] out = new Matching.Case[n];
        for (int i = 0; i < n; i++) {
            MatchCase c = cases.get(i);
            stores = new ArrayList<>();
            slots = new HashMap<>();
            allowIrrefutable = c.guard() != null || i == n - 1;
            loc = c.pattern();
            Matching.Pat p = pattern(c.pattern());
            int[] ss = new int[stores.size()];
            org.ember.interp.Node.Target[] ts = new org.ember.interp.Node.Target[ss.length];
            for (int k = 0; k < ss.length; k++) {
                String name = stores.get(k);
                ss[k] = slots.get(name);
                ts[k] = cg.storeName(name, c.pattern());
            }
            org.ember.interp.Node.Stmt prelude = null;
            org.ember.interp.Node.Expr guard = null;
            if (c.guard() != null) {
                if (guardLowering != null) {
                    Object[] pg = guardLowering.lower(c.guard());
                    prelude = (org.ember.interp.Node.Stmt) pg[0];
                    guard = (org.ember.interp.Node.Expr) pg[1];
                } else {
                    guard = cg.expr(c.guard());
                }
            }
            org.ember.interp.Node.Stmt body = cg.bodyOrPass(c.body());
            out[i] = new Matching.Case(p, ss, ts, prelude, guard, body);
        }
        boolean resumable = guardLowering != null;
        int idx = resumable ? cg.u.nstate++ : -1;
        int subjSlot = resumable ? cg.u.temp() : -1;
        return new Matching.Match(subject, out, idx, subjSlot);
    }

    /** Lowers a guard containing a suspension: {prelude statement, residual expression}. */
    interface GuardLowering {
        Object[] lower(Expr guard);
    }

    static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
    }

    static boolean isStarWildcard(Pattern p) {
        return p instanceof Pattern.MatchStar s && s.name() == null;
    }

    private Matching.Pat pattern(Pattern p) {
        loc = p;
        return switch (p) {
            case Pattern.MatchValue v -> value(v);
            case Pattern.MatchSingleton s -> new Matching.Singleton(singleton(s.value()));
            case Pattern.MatchSequence s -> sequence(s);
            case Pattern.MatchMapping mm -> mapping(mm);
            case Pattern.MatchClass c -> classPattern(c);
            case Pattern.MatchStar s -> throw error("can't use starred name here");
            case Pattern.MatchAs a -> as(a);
            case Pattern.MatchOr o -> or(o);
        };
    }

    private Matching.Pat subpattern(Pattern p) {
        boolean saved = allowIrrefutable;
        allowIrrefutable = true;
        Matching.Pat r = pattern(p);
        allowIrrefutable = saved;
        return r;
    }

    private static PyObject singleton(Object v) {
        if (v instanceof ConstantSingleton cs) {
            return switch (cs) {
                case NONE -> Py.None;
                case TRUE -> Py.True;
                case FALSE -> Py.False;
                case ELLIPSIS -> Py.Ellipsis;
            };
        }
        if (v instanceof Boolean b) {
            return Py.bool(b);
        }
        return Py.None;
    }

    /** Stores the subject under a captured name (pattern_helper_store_name); null name means wildcard. */
    private int storeName(String name) {
        if (name.equals("__debug__")) {
            throw error("cannot assign to __debug__");
        }
        if (stores.contains(name)) {
            throw error("multiple assignments to name '" + name + "' in pattern");
        }
        stores.add(name);
        return slotFor(name);
    }

    private int slotFor(String name) {
        Integer s = slots.get(name);
        if (s == null) {
            s = cg.u.temp();
            slots.put(name, s);
        }
        return s;
    }

    private Matching.Pat as(Pattern.MatchAs a) {
        if (a.pattern() == null) {
            if (!allowIrrefutable) {
                if (a.name() != null) {
                    throw error("name capture '" + a.name() + "' makes remaining patterns unreachable");
                }
                throw error("wildcard makes remaining patterns unreachable");
            }
            if (a.name() == null) {
                return new Matching.Wildcard();
            }
            return new Matching.Capture(null, storeName(a.name()));
        }
        Matching.Pat sub = pattern(a.pattern());
        if (a.name() == null) {
            return sub;
        }
        return new Matching.Capture(sub, storeName(a.name()));
    }

    private Matching.Pat or(Pattern.MatchOr o) {
        List<String> outer = stores;
        boolean outerAllow = allowIrrefutable;
        List<String> control = null;
        List<Pattern> alts = o.patterns();
        Matching.Pat[] ps = new Matching.Pat[alts.size()];
        for (int i = 0; i < ps.length; i++) {
            Pattern alt = alts.get(i);
            loc = alt;
            stores = new ArrayList<>();
            allowIrrefutable = i == ps.length - 1 && outerAllow;
            ps[i] = pattern(alt);
            if (i == 0) {
                control = stores;
            } else if (stores.size() != control.size() || !stores.containsAll(control)) {
                throw error("alternative patterns bind different names");
            }
        }
        stores = outer;
        allowIrrefutable = outerAllow;
        for (String name : control) {
            if (stores.contains(name)) {
                throw error("multiple assignments to name '" + name + "' in pattern");
            }
            stores.add(name);
        }
        return new Matching.Or(ps);
    }

    private Matching.Pat sequence(Pattern.MatchSequence s) {
        List<Pattern> pats = s.patterns();
        int size = pats.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern x = pats.get(i);
            if (x instanceof Pattern.MatchStar) {
                if (star >= 0) {
                    throw error("multiple starred names in sequence pattern");
                }
                starWildcard = isStarWildcard(x);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(x);
        }
        int pc = cg.pos(s);
        Matching.Pat[] subs = new Matching.Pat[size];
        for (int i = 0; i < size; i++) {
            Pattern x = pats.get(i);
            if (onlyWildcard) {
                subs[i] = new Matching.Wildcard();
            } else if (starWildcard && (i == star || isWildcard(x))) {
                // reached by subscripting: wildcards and the star are not visited
                subs[i] = new Matching.Wildcard();
            } else if (x instanceof Pattern.MatchStar st) {
                loc = st;
                subs[i] = st.name() == null ? new Matching.Wildcard()
                        : new Matching.Capture(null, storeName(st.name()));
            } else {
                subs[i] = subpattern(x);
            }
        }
        return new Matching.Sequence(pc, subs, star, starWildcard, onlyWildcard);
    }

    private Matching.Pat mapping(Pattern.MatchMapping mm) {
        List<Expr> keys = mm.keys();
        List<Pattern> pats = mm.patterns();
        int size = keys.size();
        if (size != pats.size()) {
            throw error("keys (" + size + ") / patterns (" + pats.size() + ") length mismatch in mapping pattern");
        }
        List<PyObject> seen = new ArrayList<>();
        org.ember.interp.Node.Expr[] ks = new org.ember.interp.Node.Expr[size];
        for (int i = 0; i < size; i++) {
            Expr key = keys.get(i);
            if (key == null) {
                loc = pats.get(i);
                throw error("can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
            }
            PyObject c = foldConstant(key);
            if (c != null) {
                for (PyObject o : seen) {
                    if (o == c || sameKey(o, c)) {
                        throw error("mapping pattern checks duplicate key (" + Abstract.reprJava(c) + ")");
                    }
                }
                seen.add(c);
                ks[i] = new Exprs.Const(c);
            } else if (key instanceof Expr.Attribute) {
                ks[i] = cg.expr(key);
            } else {
                throw error("mapping pattern keys may only match literals and attribute lookups");
            }
        }
        int pc = cg.pos(mm);
        Matching.Pat[] subs = new Matching.Pat[size];
        for (int i = 0; i < size; i++) {
            subs[i] = subpattern(pats.get(i));
        }
        int rest = -1;
        if (mm.rest() != null) {
            rest = storeName(mm.rest());
        }
        return new Matching.Mapping(pc, ks, subs, rest);
    }

    private static boolean sameKey(PyObject a, PyObject b) {
        try {
            return Abstract.richCompareBool(a, b, CompareOp.EQ);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Matching.Pat classPattern(Pattern.MatchClass c) {
        List<Pattern> pats = c.patterns();
        List<String> attrs = c.kwd_attrs();
        List<Pattern> kwpats = c.kwd_patterns();
        if (attrs.size() != kwpats.size()) {
            throw error("kwd_attrs (" + attrs.size() + ") / kwd_patterns (" + kwpats.size()
                    + ") length mismatch in class pattern");
        }
        for (int i = 0; i < attrs.size(); i++) {
            loc = kwpats.get(i);
            if (attrs.get(i).equals("__debug__")) {
                throw error("cannot assign to __debug__");
            }
            for (int j = i + 1; j < attrs.size(); j++) {
                if (attrs.get(i).equals(attrs.get(j))) {
                    loc = kwpats.get(j);
                    throw error("attribute name repeated in class pattern: " + attrs.get(i));
                }
            }
        }
        loc = c;
        org.ember.interp.Node.Expr cls = cg.expr(c.cls());
        int pc = cg.pos(c);
        PyStr[] kwnames = new PyStr[attrs.size()];
        for (int i = 0; i < kwnames.length; i++) {
            kwnames[i] = cg.intern(attrs.get(i));
        }
        int nargs = pats.size();
        Matching.Pat[] subs = new Matching.Pat[nargs + kwnames.length];
        for (int i = 0; i < subs.length; i++) {
            Pattern x = i < nargs ? pats.get(i) : kwpats.get(i - nargs);
            subs[i] = isWildcard(x) ? new Matching.Wildcard() : subpattern(x);
        }
        return new Matching.ClassPat(pc, cls, nargs, kwnames, subs);
    }

    private Matching.Pat value(Pattern.MatchValue v) {
        Expr e = v.value();
        PyObject c = foldConstant(e);
        org.ember.interp.Node.Expr value;
        if (c != null) {
            value = new Exprs.Const(c);
        } else if (e instanceof Expr.Attribute) {
            value = cg.expr(e);
        } else {
            throw error("patterns may only match literals and attribute lookups");
        }
        return new Matching.Value(cg.pos(v), value);
    }

    /** The value of a literal pattern expression (constants, negative numbers, complex literals), or null. */
    PyObject foldConstant(Expr e) {
        switch (e) {
            case Expr.Constant c -> {
                if (c.value() instanceof ConstantSingleton) {
                    return cg.constant(c.value());
                }
                return cg.constant(c.value());
            }
            case Expr.UnaryOp u when u.op() == org.ember.ast.UnaryOp.USub -> {
                PyObject o = foldConstant(u.operand());
                if (o == null) {
                    return null;
                }
                return negate(o);
            }
            case Expr.BinOp b when (b.op() == Operator.Add || b.op() == Operator.Sub) -> {
                PyObject l = foldConstant(b.left());
                PyObject r = foldConstant(b.right());
                if (l == null || r == null || !(r instanceof PyComplex rc)) {
                    return null;
                }
                double lr;
                double li = 0;
                if (l instanceof PyInt li0) {
                    lr = li0.doubleValue();
                } else if (l instanceof PyFloat lf) {
                    lr = lf.value;
                } else if (l instanceof PyComplex lc) {
                    lr = lc.real;
                    li = lc.imag;
                } else {
                    return null;
                }
                return b.op() == Operator.Add ? new PyComplex(lr + rc.real, li + rc.imag)
                        : new PyComplex(lr - rc.real, li - rc.imag);
            }
            default -> {
                return null;
            }
        }
    }

    private static PyObject negate(PyObject o) {
        if (o instanceof PyInt i) {
            return PyInt.of(i.bigValue().negate());
        }
        if (o instanceof PyFloat f) {
            return PyFloat.of(-f.value);
        }
        if (o instanceof PyComplex c) {
            return new PyComplex(-c.real, -c.imag);
        }
        return null;
    }

    static boolean unused(BigInteger b, ImaginaryLiteral im, Positions p) {
        return b == null && im == null && p == null;
    }
}
