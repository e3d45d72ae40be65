package org.ember.compiler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ember.ast.Alias;
import org.ember.ast.Arg;
import org.ember.ast.Arguments;
import org.ember.ast.Comprehension;
import org.ember.ast.ExceptHandler;
import org.ember.ast.Expr;
import org.ember.ast.ExprContext;
import org.ember.ast.Keyword;
import org.ember.ast.MatchCase;
import org.ember.ast.Mod;
import org.ember.ast.Node;
import org.ember.ast.Pattern;
import org.ember.ast.Stmt;
import org.ember.ast.WithItem;
import org.ember.objects.TypeNew;

/**
 * The symbol table pass (CPython's symtable.c): builds one {@link Scope} per module, class,
 * function, lambda and comprehension, then resolves every name to local, global, free or cell.
 * Raises SyntaxError (as {@link CompileError}) with CPython's messages and positions.
 */
final class Symtable {
    final Map<Node, Scope> scopes = new IdentityHashMap<>();
    final boolean futureAnnotations;
    Scope top;
    private Scope cur;
    private final List<Scope> stack = new ArrayList<>();
    private int compIterExpr;
    private boolean compIterTarget;

    private Symtable(boolean futureAnnotations) {
        this.futureAnnotations = futureAnnotations;
    }

    static Symtable build(Mod mod, boolean futureAnnotations) {
        Symtable st = new Symtable(futureAnnotations);
        st.top = st.enter(Scope.Kind.MODULE, "top", mod, 0);
        switch (mod) {
            case Mod.Module m -> st.stmts(m.body());
            case Mod.Interactive m -> st.stmts(m.body());
            case Mod.Expression m -> st.expr(m.body());
            case Mod.FunctionType m -> { }
        }
        st.exit();
        st.analyze();
        return st;
    }

    // ---- blocks ------------------------------------------------------------------------

    private Scope enter(Scope.Kind kind, String name, Node node, int lineno) {
        Scope s = new Scope(kind, name, node, cur, lineno);
        if (cur != null) {
            cur.children.add(s);
            s.nested = cur.nested || cur.kind == Scope.Kind.FUNCTION;
            s.privateName = cur.privateName;
        }
        scopes.put(node, s);
        stack.add(s);
        cur = s;
        return s;
    }

    private void exit() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    private String mangle(String name) {
        return cur.privateName == null ? name : TypeNew.mangle(cur.privateName, name);
    }

    private void addDef(String name, int flag, int[] loc) {
        addDefIn(cur, mangle(name), flag, loc);
    }

    private void addDefIn(Scope s, String name, int flag, int[] loc) {
        Integer o = s.symbols.get(name);
        int val;
        if (o != null) {
            val = o;
            if ((flag & Scope.DEF_PARAM) != 0 && (val & Scope.DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", loc);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (s == cur && compIterTarget) {
            if ((val & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '" + name + "'", loc);
            }
            val |= Scope.DEF_COMP_ITER;
        }
        s.symbols.put(name, val);
        if ((flag & Scope.DEF_PARAM) != 0) {
            s.varnames.add(name);
        }
    }

    static CompileError error(String msg, int[] loc) {
        return new CompileError(msg, loc[0], loc[1], loc[2], loc[3]);
    }

    static int[] loc(int l, int c, int el, int ec) {
        return new int[] {l, c, el, ec};
    }

    static int[] loc(Stmt s) {
        return switch (s) {
            case Stmt.FunctionDef x -> loc(x.lineno(), x.col_offset(), x.end_lineno(), x.end_col_offset());
            default -> {
                int[] r = new int[4];
                r[0] = org.ember.ast.Positions.lineno(s);
                r[1] = org.ember.ast.Positions.colOffset(s);
                r[2] = org.ember.ast.Positions.endLineno(s);
                r[3] = org.ember.ast.Positions.endColOffset(s);
                yield r;
            }
        };
    }

    static int[] loc(Node n) {
        return new int[] {org.ember.ast.Positions.lineno(n), org.ember.ast.Positions.colOffset(n),
            org.ember.ast.Positions.endLineno(n), org.ember.ast.Positions.endColOffset(n)};
    }

    // ---- statements ----------------------------------------------------------------------

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            if (e != null) {
                expr(e);
            }
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> function(s, f.name(), f.args(), f.body(), f.decorator_list(), f.returns(), false,
                    f.lineno());
            case Stmt.AsyncFunctionDef f -> function(s, f.name(), f.args(), f.body(), f.decorator_list(), f.returns(), true,
                    f.lineno());
            case Stmt.ClassDef c -> {
                addDef(c.name(), Scope.DEF_LOCAL, loc(s));
                exprs(c.bases());
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
                exprs(c.decorator_list());
                Scope sc = enter(Scope.Kind.CLASS, c.name(), s, c.lineno());
                sc.privateName = c.name();
                stmts(c.body());
                exit();
            }
            case Stmt.Return r -> {
                if (r.value() != null) {
                    expr(r.value());
                    cur.returnsValue = true;
                    if (cur.returnLoc == null) {
                        cur.returnLoc = loc(s);
                    }
                }
            }
            case Stmt.Delete d -> exprs(d.targets());
            case Stmt.Assign a -> {
                exprs(a.targets());
                expr(a.value());
            }
            case Stmt.AnnAssign a -> {
                if (a.target() instanceof Expr.Name n) {
                    int curFlags = cur.flags(mangle(n.id()));
                    if ((curFlags & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && cur != top && a.simple() != 0) {
                        throw error(((curFlags & Scope.DEF_GLOBAL) != 0 ? "annotated name '" + n.id() + "' can't be global"
                                : "annotated name '" + n.id() + "' can't be nonlocal"), loc(s));
                    }
                    if (a.simple() != 0) {
                        addDef(n.id(), Scope.DEF_ANNOT | Scope.DEF_LOCAL, loc(n));
                    } else if (a.value() != null) {
                        addDef(n.id(), Scope.DEF_LOCAL, loc(n));
                    }
                } else {
                    expr(a.target());
                }
                annotation(a.annotation());
                if (a.value() != null) {
                    expr(a.value());
                }
            }
            case Stmt.AugAssign a -> {
                expr(a.target());
                expr(a.value());
            }
            case Stmt.For f -> {
                expr(f.target());
                expr(f.iter());
                stmts(f.body());
                stmts(f.orelse());
            }
            case Stmt.AsyncFor f -> {
                expr(f.target());
                expr(f.iter());
                stmts(f.body());
                stmts(f.orelse());
            }
            case Stmt.While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Stmt.Match m -> {
                expr(m.subject());
                for (MatchCase c : m.cases()) {
                    pattern(c.pattern());
                    if (c.guard() != null) {
                        expr(c.guard());
                    }
                    stmts(c.body());
                }
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc());
                    if (r.cause() != null) {
                        expr(r.cause());
                    }
                }
            }
            case Stmt.Try t -> {
                stmts(t.body());
                stmts(t.orelse());
                handlers(t.handlers());
                stmts(t.finalbody());
            }
            case Stmt.TryStar t -> {
                stmts(t.body());
                stmts(t.orelse());
                handlers(t.handlers());
                stmts(t.finalbody());
            }
            case Stmt.Assert a -> {
                expr(a.test());
                if (a.msg() != null) {
                    expr(a.msg());
                }
            }
            case Stmt.Import i -> {
                for (Alias al : i.names()) {
                    alias(al, s);
                }
            }
            case Stmt.ImportFrom i -> {
                for (Alias al : i.names()) {
                    alias(al, s);
                }
            }
            case Stmt.Global g -> {
                for (String name : g.names()) {
                    String mn = mangle(name);
                    int f = cur.flags(mn);
                    if ((f & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE | Scope.DEF_ANNOT)) != 0) {
                        String msg;
                        if ((f & Scope.DEF_PARAM) != 0) {
                            msg = "name '%s' is parameter and global";
                        } else if ((f & Scope.USE) != 0) {
                            msg = "name '%s' is used prior to global declaration";
                        } else if ((f & Scope.DEF_ANNOT) != 0) {
                            msg = "annotated name '%s' can't be global";
                        } else {
                            msg = "name '%s' is assigned to before global declaration";
                        }
                        throw error(String.format(msg, name), loc(s));
                    }
                    addDef(name, Scope.DEF_GLOBAL, loc(s));
                    cur.directives.putIfAbsent(mn, loc(s));
                }
            }
            case Stmt.Nonlocal g -> {
                for (String name : g.names()) {
                    String mn = mangle(name);
                    int f = cur.flags(mn);
                    if ((f & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE | Scope.DEF_ANNOT)) != 0) {
                        String msg;
                        if ((f & Scope.DEF_PARAM) != 0) {
                            msg = "name '%s' is parameter and nonlocal";
                        } else if ((f & Scope.USE) != 0) {
                            msg = "name '%s' is used prior to nonlocal declaration";
                        } else if ((f & Scope.DEF_ANNOT) != 0) {
                            msg = "annotated name '%s' can't be nonlocal";
                        } else {
                            msg = "name '%s' is assigned to before nonlocal declaration";
                        }
                        throw error(String.format(msg, name), loc(s));
                    }
                    addDef(name, Scope.DEF_NONLOCAL, loc(s));
                    cur.directives.putIfAbsent(mn, loc(s));
                }
            }
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Pass p -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
            case Stmt.With w -> {
                withItems(w.items());
                stmts(w.body());
            }
            case Stmt.AsyncWith w -> {
                withItems(w.items());
                stmts(w.body());
            }
        }
    }

    private void withItems(List<WithItem> items) {
        for (WithItem it : items) {
            expr(it.context_expr());
            if (it.optional_vars() != null) {
                expr(it.optional_vars());
            }
        }
    }

    private void handlers(List<ExceptHandler> hs) {
        for (ExceptHandler h0 : hs) {
            ExceptHandler.Handler h = (ExceptHandler.Handler) h0;
            if (h.type() != null) {
                expr(h.type());
            }
            if (h.name() != null) {
                addDef(h.name(), Scope.DEF_LOCAL, loc(h));
            }
            stmts(h.body());
        }
    }

    private void alias(Alias a, Stmt s) {
        String name = a.asname() != null ? a.asname() : a.name();
        if (a.asname() == null) {
            int dot = name.indexOf('.');
            if (dot >= 0) {
                name = name.substring(0, dot);
            }
        }
        if (name.equals("*")) {
            if (cur.kind != Scope.Kind.MODULE) {
                throw error("import * only allowed at module level", loc(s));
            }
            return;
        }
        addDef(name, Scope.DEF_IMPORT, loc(a));
    }

    private void annotation(Expr a) {
        if (futureAnnotations) {
            return;
        }
        expr(a);
    }

    private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
            boolean async, int lineno) {
        addDef(name, Scope.DEF_LOCAL, loc(s));
        exprs(args.defaults());
        exprs(args.kw_defaults());
        argAnnotations(args);
        if (returns != null) {
            annotation(returns);
        }
        exprs(decorators);
        Scope sc = enter(Scope.Kind.FUNCTION, name, s, lineno);
        sc.coroutine = async;
        params(args);
        stmts(body);
        exit();
    }

    private void argAnnotations(Arguments a) {
        for (Arg x : a.posonlyargs()) {
            if (x.annotation() != null) annotation(x.annotation());
        }
        for (Arg x : a.args()) {
            if (x.annotation() != null) annotation(x.annotation());
        }
        if (a.vararg() != null && a.vararg().annotation() != null) annotation(a.vararg().annotation());
        for (Arg x : a.kwonlyargs()) {
            if (x.annotation() != null) annotation(x.annotation());
        }
        if (a.kwarg() != null && a.kwarg().annotation() != null) annotation(a.kwarg().annotation());
    }

    private void params(Arguments a) {
        for (Arg x : a.posonlyargs()) {
            addDef(x.arg(), Scope.DEF_PARAM, loc(x));
        }
        for (Arg x : a.args()) {
            addDef(x.arg(), Scope.DEF_PARAM, loc(x));
        }
        for (Arg x : a.kwonlyargs()) {
            addDef(x.arg(), Scope.DEF_PARAM, loc(x));
        }
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), Scope.DEF_PARAM, loc(a.vararg()));
            cur.hasVarargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), Scope.DEF_PARAM, loc(a.kwarg()));
            cur.hasVarkeywords = true;
        }
    }

    // ---- expressions -------------------------------------------------------------------

    private void expr(Expr e) {
        switch (e) {
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.NamedExpr n -> {
                if (compIterExpr > 0) {
                    throw error("assignment expression cannot be used in a comprehension iterable expression", loc(e));
                }
                if (cur.comprehension) {
                    extendNamedExprScope((Expr.Name) n.target());
                }
                expr(n.value());
                expr(n.target());
            }
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.Lambda l -> {
                exprs(l.args().defaults());
                exprs(l.args().kw_defaults());
                Scope sc = enter(Scope.Kind.FUNCTION, "lambda", e, l.lineno());
                sc.lambda = true;
                params(l.args());
                expr(l.body());
                exit();
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.Dict d -> {
                exprs(d.keys());
                exprs(d.values());
            }
            case Expr.Set st -> exprs(st.elts());
            case Expr.ListComp c -> comprehension(e, "listcomp", "list comprehension", c.generators(), c.elt(), null, false);
            case Expr.SetComp c -> comprehension(e, "setcomp", "set comprehension", c.generators(), c.elt(), null, false);
            case Expr.DictComp c -> comprehension(e, "dictcomp", "dict comprehension", c.generators(), c.key(), c.value(),
                    false);
            case Expr.GeneratorExp c -> comprehension(e, "genexpr", "generator expression", c.generators(), c.elt(), null,
                    true);
            case Expr.Await a -> {
                expr(a.value());
                cur.coroutine = true;
            }
            case Expr.Yield y -> {
                if (y.value() != null) {
                    expr(y.value());
                }
                cur.generator = true;
                if (cur.yieldLoc == null) {
                    cur.yieldLoc = loc(e);
                }
                if (cur.comprehension) {
                    throw error("'yield' inside " + cur.comprehensionKind, loc(e));
                }
            }
            case Expr.YieldFrom y -> {
                expr(y.value());
                cur.generator = true;
                if (cur.yieldLoc == null) {
                    cur.yieldLoc = loc(e);
                }
                if (cur.comprehension) {
                    throw error("'yield' inside " + cur.comprehensionKind, loc(e));
                }
            }
            case Expr.Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Expr.Call c -> {
                expr(c.func());
                exprs(c.args());
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
            }
            case Expr.FormattedValue f -> {
                expr(f.value());
                if (f.format_spec() != null) {
                    expr(f.format_spec());
                }
            }
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.Constant c -> { }
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Starred s -> expr(s.value());
            case Expr.Slice s -> {
                if (s.lower() != null) expr(s.lower());
                if (s.upper() != null) expr(s.upper());
                if (s.step() != null) expr(s.step());
            }
            case Expr.Name n -> {
                addDef(n.id(), n.ctx() == ExprContext.Load ? Scope.USE : Scope.DEF_LOCAL, loc(e));
                if (n.ctx() == ExprContext.Load && cur.kind == Scope.Kind.FUNCTION && n.id().equals("super")) {
                    addDef("__class__", Scope.USE, loc(e));
                }
            }
            case Expr.List l -> exprs(l.elts());
            case Expr.Tuple t -> exprs(t.elts());
        }
    }

    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        int[] l = loc(target);
        for (int i = stack.size() - 1; i >= 0; i--) {
            Scope s = stack.get(i);
            if (s.comprehension) {
                if ((s.flags(name) & Scope.DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '" + name + "'", l);
                }
                continue;
            }
            if (s.kind == Scope.Kind.FUNCTION) {
                if ((s.flags(name) & Scope.DEF_GLOBAL) != 0) {
                    addDefIn(cur, name, Scope.DEF_GLOBAL, l);
                } else {
                    addDefIn(cur, name, Scope.DEF_NONLOCAL, l);
                }
                cur.directives.putIfAbsent(name, l);
                addDefIn(s, name, Scope.DEF_LOCAL, l);
                return;
            }
            if (s.kind == Scope.Kind.MODULE) {
                addDefIn(cur, name, Scope.DEF_GLOBAL, l);
                cur.directives.putIfAbsent(name, l);
                addDefIn(s, name, Scope.DEF_GLOBAL, l);
                return;
            }
            if (s.kind == Scope.Kind.CLASS) {
                throw error("assignment expression within a comprehension cannot be used in a class body", l);
            }
        }
    }

    private void comprehension(Expr e, String scopeName, String kindName, List<Comprehension> gens, Expr elt, Expr value,
            boolean isGenerator) {
        Comprehension outer = gens.get(0);
        compIterExpr++;
        expr(outer.iter());
        compIterExpr--;
        Scope sc = enter(Scope.Kind.FUNCTION, "<" + scopeName + ">", e, org.ember.ast.Positions.lineno(e));
        sc.comprehension = true;
        sc.comprehensionKind = kindName;
        if (outer.is_async() != 0) {
            sc.coroutine = true;
        }
        addDef(".0", Scope.DEF_PARAM, loc(e));
        compIterTarget = true;
        expr(outer.target());
        compIterTarget = false;
        exprs(outer.ifs());
        for (int i = 1; i < gens.size(); i++) {
            Comprehension c = gens.get(i);
            compIterTarget = true;
            expr(c.target());
            compIterTarget = false;
            compIterExpr++;
            expr(c.iter());
            compIterExpr--;
            exprs(c.ifs());
            if (c.is_async() != 0) {
                sc.coroutine = true;
            }
        }
        if (value != null) {
            expr(value);
        }
        expr(elt);
        sc.generator = isGenerator;
        sc.asyncComprehension = sc.coroutine;
        exit();
    }

    private void pattern(Pattern p) {
        switch (p) {
            case Pattern.MatchValue v -> expr(v.value());
            case Pattern.MatchSingleton s -> { }
            case Pattern.MatchSequence s -> {
                for (Pattern x : s.patterns()) pattern(x);
            }
            case Pattern.MatchStar s -> {
                if (s.name() != null) addDef(s.name(), Scope.DEF_LOCAL, loc(p));
            }
            case Pattern.MatchMapping m -> {
                exprs(m.keys());
                for (Pattern x : m.patterns()) pattern(x);
                if (m.rest() != null) addDef(m.rest(), Scope.DEF_LOCAL, loc(p));
            }
            case Pattern.MatchClass c -> {
                expr(c.cls());
                for (Pattern x : c.patterns()) pattern(x);
                for (Pattern x : c.kwd_patterns()) pattern(x);
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) pattern(a.pattern());
                if (a.name() != null) addDef(a.name(), Scope.DEF_LOCAL, loc(p));
            }
            case Pattern.MatchOr o -> {
                for (Pattern x : o.patterns()) pattern(x);
            }
        }
    }

    // ---- analysis ------------------------------------------------------------------------

    private void analyze() {
        Set<String> free = new HashSet<>();
        Set<String> global = new HashSet<>();
        analyzeBlock(top, null, free, global);
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Set<String> newglobal = new HashSet<>();
        Set<String> newfree = new HashSet<>();
        Set<String> newbound = new HashSet<>();
        if (ste.kind == Scope.Kind.CLASS) {
            newglobal.addAll(global);
            if (bound != null) {
                newbound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> en : ste.symbols.entrySet()) {
            analyzeName(ste, en.getKey(), en.getValue(), bound, local, free, global);
        }
        if (ste.kind != Scope.Kind.CLASS) {
            if (ste.kind == Scope.Kind.FUNCTION) {
                newbound.addAll(local);
            }
            if (bound != null) {
                newbound.addAll(bound);
            }
            newglobal.addAll(global);
        } else {
            newbound.add("__class__");
        }
        for (Scope child : ste.children) {
            Set<String> childFree = new HashSet<>();
            Set<String> tb = new HashSet<>(newbound);
            Set<String> tg = new HashSet<>(newglobal);
            analyzeBlock(child, tb, childFree, tg);
            newfree.addAll(childFree);
            if (child.hasFree || child.childFree) {
                ste.childFree = true;
            }
        }
        if (ste.kind == Scope.Kind.FUNCTION) {
            for (Map.Entry<String, Integer> en : ste.scopes.entrySet()) {
                if (en.getValue() == Scope.LOCAL && newfree.contains(en.getKey())) {
                    en.setValue(Scope.CELL);
                    newfree.remove(en.getKey());
                }
            }
        } else if (ste.kind == Scope.Kind.CLASS) {
            if (newfree.remove("__class__")) {
                ste.needsClassClosure = true;
            }
        }
        // update_symbols
        for (String name : newfree) {
            Integer flags = ste.symbols.get(name);
            if (flags != null) {
                if (ste.kind == Scope.Kind.CLASS && (flags & (Scope.DEF_BOUND | Scope.DEF_GLOBAL)) != 0) {
                    ste.symbols.put(name, flags | Scope.DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            ste.symbols.put(name, Scope.DEF_FREE);
            ste.scopes.put(name, Scope.FREE);
        }
        free.addAll(newfree);
    }

    private void analyzeName(Scope ste, String name, int flags, Set<String> bound, Set<String> local, Set<String> free,
            Set<String> global) {
        if ((flags & Scope.DEF_GLOBAL) != 0) {
            if ((flags & Scope.DEF_NONLOCAL) != 0) {
                throw error("name '" + name + "' is nonlocal and global", ste.directives.get(name));
            }
            ste.scopes.put(name, Scope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & Scope.DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw error("nonlocal declaration not allowed at module level", ste.directives.get(name));
            }
            if (!bound.contains(name)) {
                throw error("no binding for nonlocal '" + name + "' found", ste.directives.get(name));
            }
            ste.scopes.put(name, Scope.FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if ((flags & Scope.DEF_BOUND) != 0) {
            ste.scopes.put(name, Scope.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            ste.scopes.put(name, Scope.FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            ste.scopes.put(name, Scope.GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) {
            ste.hasFree = true;
        }
        ste.scopes.put(name, Scope.GLOBAL_IMPLICIT);
    }
}
