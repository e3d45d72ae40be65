package org.ember.compiler;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.ember.ast.Alias;
import org.ember.ast.Arg;
import org.ember.ast.Arguments;
import org.ember.ast.BytesLiteral;
import org.ember.ast.CmpOp;
import org.ember.ast.CodePointString;
import org.ember.ast.Comprehension;
import org.ember.ast.ConstantSingleton;
import org.ember.ast.ExceptHandler;
import org.ember.ast.Expr;
import org.ember.ast.ExprContext;
import org.ember.ast.ImaginaryLiteral;
import org.ember.ast.Keyword;
import org.ember.ast.Mod;
import org.ember.ast.Node;
import org.ember.ast.Operator;
import org.ember.ast.Positions;
import org.ember.ast.Stmt;
import org.ember.ast.WithItem;
import org.ember.interp.Calls;
import org.ember.interp.Defs;
import org.ember.interp.Exprs;
import org.ember.interp.Gen;
import org.ember.interp.Imports;
import org.ember.interp.Matching;
import org.ember.interp.Names;
import org.ember.interp.Ops;
import org.ember.interp.PyCode;
import org.ember.interp.Stmts;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyComplex;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.runtime.ThreadState;

/**
 * The code generator: turns the AST of one module into code objects whose bodies are execution
 * trees ({@link org.ember.interp.Node}), with every name resolved by the symbol table to a fast
 * slot, a cell, a global or a name lookup. Raises {@link CompileError} with CPython's messages.
 */
final class CodeGen {
    final Symtable st;
    final String filename;
    final int futureFlags;
    final int optimize;
    final boolean interactive;
    Unit u;
    private final List<Unit> stack = new ArrayList<>();
    final Suspends sus;
    int lowerCounter;

    enum UnitKind { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    /** Compilation state of one code object. */
    final class Unit {
        final Scope scope;
        final UnitKind kind;
        final String name;
        String qualname;
        final int firstLineno;
        final Map<String, Integer> fast = new HashMap<>();
        final List<String> varnames = new ArrayList<>();
        final List<String> cellvars;
        final List<String> freevars;
        final List<String> names = new ArrayList<>();
        final List<PyObject> consts = new ArrayList<>();
        final IntList lines = new IntList();
        final IntList endLines = new IntList();
        final IntList cols = new IntList();
        final IntList endCols = new IntList();
        int ntemps;
        int nstate;
        /** Loop nesting for break/continue checks. */
        int loopDepth;
        final boolean generator;
        String privateName;

        Unit(Scope scope, UnitKind kind, String name, int firstLineno) {
            this.scope = scope;
            this.kind = kind;
            this.name = name;
            this.firstLineno = firstLineno;
            this.privateName = scope.privateName;
            TreeSet<String> cells = new TreeSet<>();
            TreeSet<String> frees = new TreeSet<>();
            for (Map.Entry<String, Integer> en : scope.scopes.entrySet()) {
                if (en.getValue() == Scope.CELL) {
                    cells.add(en.getKey());
                } else if (en.getValue() == Scope.FREE) {
                    frees.add(en.getKey());
                }
            }
            for (Map.Entry<String, Integer> en : scope.symbols.entrySet()) {
                if ((en.getValue() & Scope.DEF_FREE_CLASS) != 0) {
                    frees.add(en.getKey());
                }
            }
            if (scope.kind == Scope.Kind.CLASS && scope.needsClassClosure) {
                cells.add("__class__");
            }
            this.cellvars = new ArrayList<>(cells);
            this.freevars = new ArrayList<>(frees);
            this.generator = scope.generator || scope.coroutine;
            if (scope.kind == Scope.Kind.FUNCTION) {
                for (String p : scope.varnames) {
                    slot(p);
                }
                for (Map.Entry<String, Integer> en : scope.scopes.entrySet()) {
                    // locals get slots in symbol-table order below
                }
                for (String s : scope.symbols.keySet()) {
                    if (scope.scopeOf(s) == Scope.LOCAL) {
                        slot(s);
                    }
                }
            }
        }

        int slot(String n) {
            Integer i = fast.get(n);
            if (i == null) {
                i = varnames.size();
                fast.put(n, i);
                varnames.add(n);
            }
            return i;
        }

        int temp() {
            return varnames.size() + ntemps++;
        }

        boolean isFunction() {
            return scope.kind == Scope.Kind.FUNCTION;
        }

        int cellIndex(String n) {
            int i = cellvars.indexOf(n);
            if (i >= 0) {
                return i;
            }
            i = freevars.indexOf(n);
            return i < 0 ? -1 : cellvars.size() + i;
        }

        void name(String n) {
            if (!names.contains(n)) {
                names.add(n);
            }
        }
    }

    static final class IntList {
        int[] a = new int[16];
        int n;

        void add(int v) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }

    CodeGen(Symtable st, String filename, int futureFlags, int optimize, boolean interactive) {
        this.st = st;
        this.filename = filename;
        this.futureFlags = futureFlags;
        this.optimize = optimize;
        this.interactive = interactive;
        this.sus = new Suspends(st.scopes);
    }

    // ---- positions ---------------------------------------------------------------------

    int pos(Node n) {
        return pos(Positions.lineno(n), Positions.endLineno(n), Positions.colOffset(n), Positions.endColOffset(n));
    }

    int pos(int line, int endLine, int col, int endCol) {
        Unit x = u;
        x.lines.add(line);
        x.endLines.add(endLine);
        x.cols.add(col);
        x.endCols.add(endCol);
        return x.lines.n - 1;
    }

    static CompileError error(String msg, Node n) {
        return new CompileError(msg, Positions.lineno(n), Positions.colOffset(n), Positions.endLineno(n),
                Positions.endColOffset(n));
    }

    // ---- units -------------------------------------------------------------------------

    private void enter(Scope scope, UnitKind kind, String name, int firstLineno) {
        Unit nu = new Unit(scope, kind, name, firstLineno);
        Unit parent = u;
        stack.add(nu);
        u = nu;
        // qualname (compiler_set_qualname)
        String base = null;
        if (parent != null && parent.kind != UnitKind.MODULE) {
            boolean forceGlobal = false;
            if (kind == UnitKind.FUNCTION || kind == UnitKind.ASYNC_FUNCTION || kind == UnitKind.CLASS) {
                String mangled = mangle(parent.privateName, name);
                if (parent.scope.scopeOf(mangled) == Scope.GLOBAL_EXPLICIT) {
                    forceGlobal = true;
                }
            }
            if (!forceGlobal) {
                if (parent.kind == UnitKind.FUNCTION || parent.kind == UnitKind.ASYNC_FUNCTION
                        || parent.kind == UnitKind.LAMBDA) {
                    base = parent.qualname + ".<locals>";
                } else {
                    base = parent.qualname;
                }
            }
        }
        nu.qualname = base == null ? name : base + "." + name;
    }

    private PyCode exit(org.ember.interp.Node.Stmt body, int argcount, int posonly, int kwonly, int flags) {
        Unit x = u;
        stack.remove(stack.size() - 1);
        u = stack.isEmpty() ? null : stack.get(stack.size() - 1);
        int nvar = x.varnames.size();
        int[] cell2arg = new int[x.cellvars.size()];
        for (int i = 0; i < cell2arg.length; i++) {
            Integer slot = x.scope.kind == Scope.Kind.FUNCTION ? x.fast.get(x.cellvars.get(i)) : null;
            cell2arg[i] = slot != null && x.scope.varnames.contains(x.cellvars.get(i)) ? slot : -1;
        }
        if (x.scope.nested) {
            flags |= PyCode.CO_NESTED;
        }
        flags |= futureFlags;
        return new PyCode(x.name, x.qualname, filename, x.firstLineno, argcount, posonly, kwonly, flags,
                x.varnames.toArray(new String[0]), x.cellvars.toArray(new String[0]), x.freevars.toArray(new String[0]),
                x.names.toArray(new String[0]), x.consts.toArray(new PyObject[0]), nvar + x.ntemps, cell2arg, x.nstate,
                body, x.lines.toArray(), x.endLines.toArray(), x.cols.toArray(), x.endCols.toArray());
    }

    static String mangle(String privateName, String name) {
        return privateName == null ? name : org.ember.objects.TypeNew.mangle(privateName, name);
    }

    PyStr intern(String s) {
        ThreadState ts = ThreadState.currentOrNull();
        return ts != null ? ts.interp.runtime.intern(s) : PyStr.immortal(s);
    }

    // ---- module ------------------------------------------------------------------------

    PyCode compileModule(Mod mod) {
        Scope top = st.top;
        switch (mod) {
            case Mod.Module m -> {
                enter(top, UnitKind.MODULE, "<module>", 1);
                u.qualname = "<module>";
                List<org.ember.interp.Node.Stmt> out = new ArrayList<>();
                List<Stmt> body = m.body();
                int start = 0;
                if (!body.isEmpty() && docstring(body) != null && optimize < 2) {
                    Stmt first = body.get(0);
                    out.add(new Stmts.Assign(storeName("__doc__", first),
                            new Exprs.Const(constant(docstring(body)))));
                    start = 1;
                } else if (!body.isEmpty() && docstring(body) != null) {
                    start = 1;
                }
                if (findAnnotations(body)) {
                    out.add(new Stmts.SetupAnnotations(pos(body.get(0))));
                }
                for (int i = start; i < body.size(); i++) {
                    out.add(stmt(body.get(i)));
                }
                int firstLine = body.isEmpty() ? 1 : Positions.lineno(body.get(0));
                return exit(block(out), 0, 0, 0, 0);
            }
            case Mod.Interactive m -> {
                enter(top, UnitKind.MODULE, "<module>", 1);
                List<org.ember.interp.Node.Stmt> out = new ArrayList<>();
                if (findAnnotations(m.body())) {
                    out.add(new Stmts.SetupAnnotations(pos(m.body().get(0))));
                }
                for (Stmt s : m.body()) {
                    out.add(stmt(s));
                }
                int firstLine = m.body().isEmpty() ? 1 : Positions.lineno(m.body().get(0));
                return exit(block(out), 0, 0, 0, 0);
            }
            case Mod.Expression m -> {
                enter(top, UnitKind.MODULE, "<module>", 1);
                org.ember.interp.Node.Expr e = expr(m.body());
                return exit(new Stmts.Return(e), 0, 0, 0, 0);
            }
            case Mod.FunctionType m -> throw new CompileError("cannot compile function type", 1, 0, 1, 0);
        }
    }

    static Object docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt es && es.value() instanceof Expr.Constant c
                && (c.value() instanceof String || c.value() instanceof CodePointString)) {
            return c.value();
        }
        return null;
    }

    /** True when a module or class body has annotated assignments (CPython's find_ann). */
    static boolean findAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            boolean r = switch (s) {
                case Stmt.AnnAssign a -> true;
                case Stmt.For f -> findAnnotations(f.body()) || findAnnotations(f.orelse());
                case Stmt.AsyncFor f -> findAnnotations(f.body()) || findAnnotations(f.orelse());
                case Stmt.While w -> findAnnotations(w.body()) || findAnnotations(w.orelse());
                case Stmt.If i -> findAnnotations(i.body()) || findAnnotations(i.orelse());
                case Stmt.With w -> findAnnotations(w.body());
                case Stmt.AsyncWith w -> findAnnotations(w.body());
                case Stmt.Try t -> {
                    boolean x = findAnnotations(t.body()) || findAnnotations(t.orelse()) || findAnnotations(t.finalbody());
                    for (ExceptHandler h : t.handlers()) {
                        x |= findAnnotations(((ExceptHandler.Handler) h).body());
                    }
                    yield x;
                }
                case Stmt.TryStar t -> {
                    boolean x = findAnnotations(t.body()) || findAnnotations(t.orelse()) || findAnnotations(t.finalbody());
                    for (ExceptHandler h : t.handlers()) {
                        x |= findAnnotations(((ExceptHandler.Handler) h).body());
                    }
                    yield x;
                }
                case Stmt.Match m -> {
                    boolean x = false;
                    for (org.ember.ast.MatchCase c : m.cases()) {
                        x |= findAnnotations(c.body());
                    }
                    yield x;
                }
                default -> false;
            };
            if (r) {
                return true;
            }
        }
        return false;
    }

    static org.ember.interp.Node.Stmt block(List<org.ember.interp.Node.Stmt> stmts) {
        if (stmts.size() == 1) {
            return stmts.get(0);
        }
        return new Stmts.Block(stmts.toArray(new org.ember.interp.Node.Stmt[0]));
    }

    org.ember.interp.Node.Stmt body(List<Stmt> body) {
        if (body.isEmpty()) {
            return null;
        }
        List<org.ember.interp.Node.Stmt> out = new ArrayList<>(body.size());
        for (Stmt s : body) {
            out.add(stmt(s));
        }
        if (u.generator && out.size() > 1 && sus.stmts(body)) {
            return rblock(out);
        }
        return block(out);
    }

    org.ember.interp.Node.Stmt rblock(List<org.ember.interp.Node.Stmt> stmts) {
        if (stmts.size() == 1) {
            return stmts.get(0);
        }
        return new Gen.RBlock(stmts.toArray(new org.ember.interp.Node.Stmt[0]), u.nstate++);
    }

    org.ember.interp.Node.Stmt bodyOrPass(List<Stmt> b) {
        org.ember.interp.Node.Stmt s = body(b);
        return s == null ? new Stmts.Pass() : s;
    }

    // ---- statements ----------------------------------------------------------------------

    org.ember.interp.Node.Stmt stmt(Stmt s) {
        if (u.generator && sus.stmt(s)) {
            return new GenCodeGen(this).stmt(s);
        }
        return plainStmt(s);
    }

    org.ember.interp.Node.Stmt plainStmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f:
                return new Stmts.Define(function(s, f.name(), f.args(), f.body(), f.decorator_list(), f.returns(), false,
                        f.lineno()), storeName(f.name(), s));
            case Stmt.AsyncFunctionDef f:
                return new Stmts.Define(function(s, f.name(), f.args(), f.body(), f.decorator_list(), f.returns(), true,
                        f.lineno()), storeName(f.name(), s));
            case Stmt.ClassDef c:
                return new Stmts.Define(classDef(c), storeName(c.name(), s));
            case Stmt.Return r: {
                checkReturn(r);
                return new Stmts.Return(r.value() == null ? null : expr(r.value()));
            }
            case Stmt.Delete d: {
                List<org.ember.interp.Node.Target> ts = new ArrayList<>();
                for (Expr t : d.targets()) {
                    delTargets(t, ts);
                }
                return new Stmts.Delete(ts.toArray(new org.ember.interp.Node.Target[0]));
            }
            case Stmt.Assign a:
                return assign(a);
            case Stmt.AugAssign a:
                return augAssign(a);
            case Stmt.AnnAssign a:
                return annAssign(a);
            case Stmt.For f: {
                org.ember.interp.Node.Expr iter = expr(f.iter());
                org.ember.interp.Node.Target target = target(f.target());
                int pc = pos(f.iter());
                u.loopDepth++;
                org.ember.interp.Node.Stmt body = bodyOrPass(f.body());
                u.loopDepth--;
                org.ember.interp.Node.Stmt orelse = body(f.orelse());
                if (target instanceof Names.StoreFast sf) {
                    return new Stmts.ForFast(pc, slotOf(sf), iter, body, orelse);
                }
                return new Stmts.For(pc, target, iter, body, orelse);
            }
            case Stmt.AsyncFor f:
                throw error("'async for' outside async function", s);
            case Stmt.While w: {
                org.ember.interp.Node.Expr test = expr(w.test());
                u.loopDepth++;
                org.ember.interp.Node.Stmt body = bodyOrPass(w.body());
                u.loopDepth--;
                return new Stmts.While(test, body, body(w.orelse()));
            }
            case Stmt.If i: {
                return new Stmts.If(expr(i.test()), bodyOrPass(i.body()), body(i.orelse()));
            }
            case Stmt.With w:
                return with(w.items(), 0, w.body(), s);
            case Stmt.AsyncWith w:
                throw error("'async with' outside async function", s);
            case Stmt.Match m:
                return new MatchCodeGen(this).match(m);
            case Stmt.Raise r:
                return new Stmts.Raise(pos(s), r.exc() == null ? null : expr(r.exc()),
                        r.cause() == null ? null : expr(r.cause()));
            case Stmt.Try t:
                return tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), false, s);
            case Stmt.TryStar t:
                return tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), true, s);
            case Stmt.Assert a: {
                if (optimize >= 1) {
                    return new Stmts.Pass();
                }
                if (a.test() instanceof Expr.Tuple tu && !tu.elts().isEmpty()) {
                    Warnings.syntaxWarning(this, "assertion is always true, perhaps remove parentheses?", s);
                }
                org.ember.interp.Node.Expr test = expr(a.test());
                org.ember.interp.Node.Expr msg = a.msg() == null ? null : expr(a.msg());
                return new Stmts.Assert(pos(s), test, msg);
            }
            case Stmt.Import im:
                return importStmt(im);
            case Stmt.ImportFrom im:
                return importFrom(im);
            case Stmt.Global g:
                return new Stmts.Pass();
            case Stmt.Nonlocal n:
                return new Stmts.Pass();
            case Stmt.ExprStmt e: {
                if (interactive && stack.size() == 1) {
                    return new Stmts.PrintExpr(pos(s), expr(e.value()));
                }
                if (e.value() instanceof Expr.Constant) {
                    return new Stmts.Pass();
                }
                return new Stmts.ExprStmt(expr(e.value()));
            }
            case Stmt.Pass p:
                return new Stmts.Pass();
            case Stmt.Break b:
                if (u.loopDepth == 0) {
                    throw error("'break' outside loop", s);
                }
                return new Stmts.Break();
            case Stmt.Continue c:
                if (u.loopDepth == 0) {
                    throw error("'continue' not properly in loop", s);
                }
                return new Stmts.Continue();
        }
    }

    void checkReturn(Stmt.Return r) {
        if (!u.isFunction() || u.kind == UnitKind.COMPREHENSION) {
            throw error("'return' outside function", r);
        }
        if (r.value() != null && u.scope.coroutine && u.scope.generator) {
            throw error("'return' with value in async generator", r);
        }
    }

    static int slotOf(Names.StoreFast sf) {
        return sf.slot();
    }

    private org.ember.interp.Node.Stmt assign(Stmt.Assign a) {
        org.ember.interp.Node.Expr value = expr(a.value());
        if (a.targets().size() == 1) {
            org.ember.interp.Node.Target t = target(a.targets().get(0));
            if (t instanceof Names.StoreFast sf) {
                return new Stmts.AssignFast(slotOf(sf), value);
            }
            return new Stmts.Assign(t, value);
        }
        List<org.ember.interp.Node.Target> ts = new ArrayList<>();
        for (Expr t : a.targets()) {
            ts.add(target(t));
        }
        return new Stmts.AssignMulti(ts.toArray(new org.ember.interp.Node.Target[0]), value);
    }

    static int binop(Operator op) {
        return switch (op) {
            case Add -> Ops.ADD;
            case Sub -> Ops.SUB;
            case Mult -> Ops.MUL;
            case MatMult -> Ops.MATMUL;
            case Div -> Ops.DIV;
            case Mod -> Ops.MOD;
            case Pow -> Ops.POW;
            case LShift -> Ops.LSHIFT;
            case RShift -> Ops.RSHIFT;
            case BitOr -> Ops.OR;
            case BitXor -> Ops.XOR;
            case BitAnd -> Ops.AND;
            case FloorDiv -> Ops.FLOORDIV;
        };
    }

    private org.ember.interp.Node.Stmt augAssign(Stmt.AugAssign a) {
        int op = binop(a.op());
        switch (a.target()) {
            case Expr.Name n -> {
                org.ember.interp.Node.Expr load = loadName(n.id(), n);
                org.ember.interp.Node.Expr value = expr(a.value());
                int pc = pos(a);
                return new Stmts.AugAssignName(pc, op, load, storeName(n.id(), n), value);
            }
            case Expr.Attribute at -> {
                org.ember.interp.Node.Expr obj = expr(at.value());
                int apc = pos(at);
                org.ember.interp.Node.Expr value = expr(a.value());
                u.name(at.attr());
                return new Stmts.AugAssignAttr(pos(a), apc, op, obj, intern(mangle(u.privateName, at.attr())), value);
            }
            case Expr.Subscript sub -> {
                org.ember.interp.Node.Expr obj = expr(sub.value());
                org.ember.interp.Node.Expr key = expr(sub.slice());
                int spc = pos(sub);
                org.ember.interp.Node.Expr value = expr(a.value());
                return new Stmts.AugAssignSubscript(pos(a), spc, op, obj, key, value);
            }
            default -> throw error("illegal expression for augmented assignment", a.target());
        }
    }

    private org.ember.interp.Node.Stmt annAssign(Stmt.AnnAssign a) {
        List<org.ember.interp.Node.Stmt> out = new ArrayList<>();
        boolean moduleOrClass = u.kind == UnitKind.MODULE || u.kind == UnitKind.CLASS;
        boolean future = (futureFlags & PyCode.CO_FUTURE_ANNOTATIONS) != 0;
        if (a.target() instanceof Expr.Name n) {
            if (a.value() != null) {
                out.add(new Stmts.Assign(target(a.target()), expr(a.value())));
            }
            if (a.simple() != 0 && moduleOrClass) {
                org.ember.interp.Node.Expr ann = annotationExpr(a.annotation());
                int pc = pos(a);
                Expr.Name annName = new Expr.Name("__annotations__", ExprContext.Load, n.lineno(), n.col_offset(),
                        n.end_lineno(), n.end_col_offset());
                org.ember.interp.Node.Expr annDict = new Names.LoadName(pos(a), intern("__annotations__"));
                u.name("__annotations__");
                out.add(new Stmts.Assign(new Exprs.StoreSubscript(pc, annDict,
                        new Exprs.Const(intern(mangle(u.privateName, n.id())))), ann));
                if (annName == null) {
                    throw new IllegalStateException();
                }
            }
        } else {
            if (a.value() != null) {
                out.add(new Stmts.Assign(target(a.target()), expr(a.value())));
            } else {
                switch (a.target()) {
                    case Expr.Attribute at -> out.add(new Stmts.ExprStmt(expr(at.value())));
                    case Expr.Subscript sub -> {
                        out.add(new Stmts.ExprStmt(expr(sub.value())));
                        out.add(new Stmts.ExprStmt(expr(sub.slice())));
                    }
                    default -> { }
                }
            }
            if (!future && moduleOrClass) {
                out.add(new Stmts.ExprStmt(expr(a.annotation())));
            }
        }
        if (out.isEmpty()) {
            return new Stmts.Pass();
        }
        return block(out);
    }

    org.ember.interp.Node.Expr annotationExpr(Expr annotation) {
        if ((futureFlags & PyCode.CO_FUTURE_ANNOTATIONS) != 0) {
            return new Exprs.Const(PyStr.of(Unparse.unparse(annotation)));
        }
        return expr(annotation);
    }

    org.ember.interp.Node.Stmt with(List<WithItem> items, int i, List<Stmt> body, Stmt s) {
        WithItem it = items.get(i);
        org.ember.interp.Node.Expr ctx = expr(it.context_expr());
        org.ember.interp.Node.Target target = it.optional_vars() == null ? null : target(it.optional_vars());
        org.ember.interp.Node.Stmt inner = i + 1 < items.size() ? with(items, i + 1, body, s) : bodyOrPass(body);
        return new Stmts.With(pos(s), ctx, target, inner);
    }

    org.ember.interp.Node.Stmt tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody, boolean star, Stmt s) {
        org.ember.interp.Node.Stmt b = bodyOrPass(body);
        org.ember.interp.Node.Stmt result = b;
        if (!handlers.isEmpty()) {
            Stmts.Handler[] hs = handlers(handlers, star);
            org.ember.interp.Node.Stmt els = body(orelse);
            result = star ? new org.ember.interp.ExceptStar.TryStar(b, hs, els) : new Stmts.Try(b, hs, els);
        }
        if (!finalbody.isEmpty()) {
            result = new Stmts.TryFinally(result, bodyOrPass(finalbody));
        }
        return result;
    }

    Stmts.Handler[] handlers(List<ExceptHandler> handlers, boolean star) {
        Stmts.Handler[] hs = new Stmts.Handler[handlers.size()];
        for (int i = 0; i < hs.length; i++) {
            ExceptHandler.Handler h = (ExceptHandler.Handler) handlers.get(i);
            if (h.type() == null && i < hs.length - 1) {
                throw error("default 'except:' must be last", h);
            }
            if (star && h.type() == null) {
                throw error("expected 'except' or 'finally' block", h);
            }
            org.ember.interp.Node.Expr type = h.type() == null ? null : expr(h.type());
            org.ember.interp.Node.Target name = h.name() == null ? null : storeName(h.name(), h);
            int pc = pos(h.type() == null ? h : h.type());
            if (star) {
                u.loopDepth += 1000;
            }
            org.ember.interp.Node.Stmt hb = bodyOrPassStar(h.body(), star);
            if (star) {
                u.loopDepth -= 1000;
            }
            hs[i] = new Stmts.Handler(type, name, hb, pc);
        }
        return hs;
    }

    private org.ember.interp.Node.Stmt bodyOrPassStar(List<Stmt> b, boolean star) {
        if (!star) {
            return bodyOrPass(b);
        }
        for (Stmt x : b) {
            StarCheck.check(x, this);
        }
        return bodyOrPass(b);
    }

    private org.ember.interp.Node.Stmt importStmt(Stmt.Import im) {
        List<org.ember.interp.Node.Stmt> out = new ArrayList<>();
        for (Alias a : im.names()) {
            int pc = pos(im);
            String name = a.name();
            u.name(name);
            if (a.asname() == null) {
                int dot = name.indexOf('.');
                String store = dot < 0 ? name : name.substring(0, dot);
                out.add(new Imports.Import(pc, intern(name), null, storeName(store, a)));
            } else {
                PyStr[] attrs = null;
                if (name.indexOf('.') >= 0) {
                    String[] parts = name.split("\\.");
                    attrs = new PyStr[parts.length - 1];
                    for (int i = 1; i < parts.length; i++) {
                        attrs[i - 1] = intern(parts[i]);
                    }
                }
                out.add(new Imports.Import(pc, intern(name), attrs, storeName(a.asname(), a)));
            }
        }
        return block(out);
    }

    private org.ember.interp.Node.Stmt importFrom(Stmt.ImportFrom im) {
        int level = im.level() == null ? 0 : im.level();
        String module = im.module() == null ? "" : im.module();
        int pc = pos(im);
        if (im.names().size() == 1 && im.names().get(0).name().equals("*")) {
            return new Imports.ImportStar(pc, intern(module), level);
        }
        if (module.equals("__future__") && level == 0) {
            // checked by Compiler.futureFlags (position rules are the parser's)
        }
        PyStr[] names = new PyStr[im.names().size()];
        org.ember.interp.Node.Target[] targets = new org.ember.interp.Node.Target[names.length];
        for (int i = 0; i < names.length; i++) {
            Alias a = im.names().get(i);
            names[i] = intern(a.name());
            u.name(a.name());
            targets[i] = storeName(a.asname() == null ? a.name() : a.asname(), a);
        }
        return new Imports.ImportFrom(pc, intern(module), level, names, targets);
    }

    // ---- functions and classes --------------------------------------------------------------

    org.ember.interp.Node.Expr function(Node node, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
            Expr returns, boolean async, int lineno) {
        org.ember.interp.Node.Expr[] decos = exprs(decorators);
        int[] decoPcs = new int[decorators.size()];
        for (int i = 0; i < decoPcs.length; i++) {
            decoPcs[i] = pos(decorators.get(i));
        }
        org.ember.interp.Node.Expr[] defaults = exprs(args.defaults());
        List<PyStr> kwNames = new ArrayList<>();
        List<org.ember.interp.Node.Expr> kwDefs = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kw_defaults().get(i);
            if (d != null) {
                kwNames.add(intern(mangle(u.privateName, args.kwonlyargs().get(i).arg())));
                kwDefs.add(expr(d));
            }
        }
        List<PyStr> annNames = new ArrayList<>();
        List<org.ember.interp.Node.Expr> anns = new ArrayList<>();
        argAnnotations(args, returns, annNames, anns);
        Scope scope = st.scopes.get(node);
        int firstLine = lineno;
        if (!decorators.isEmpty()) {
            firstLine = Positions.lineno(decorators.get(0));
        }
        enter(scope, async ? UnitKind.ASYNC_FUNCTION : UnitKind.FUNCTION, name, firstLine);
        Object doc = docstring(body);
        u.consts.add(doc != null && optimize < 2 ? constant(doc) : Py.None);
        List<org.ember.interp.Node.Stmt> out = new ArrayList<>();
        int start = doc != null ? 1 : 0;
        for (int i = start; i < body.size(); i++) {
            out.add(stmt(body.get(i)));
        }
        if (out.isEmpty()) {
            out.add(new Stmts.Pass());
        }
        org.ember.interp.Node.Stmt fbody = u.generator && sus.stmts(body) ? rblock(out) : block(out);
        int flags = PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS;
        if (args.vararg() != null) {
            flags |= PyCode.CO_VARARGS;
        }
        if (args.kwarg() != null) {
            flags |= PyCode.CO_VARKEYWORDS;
        }
        flags |= genFlags(scope);
        PyCode code = exit(fbody, args.posonlyargs().size() + args.args().size(), args.posonlyargs().size(),
                args.kwonlyargs().size(), flags);
        int[] closure = closureOf(scope);
        int pc = pos(node);
        return new Defs.MakeFunction(pc, code, decos, decoPcs, defaults, kwNames.toArray(new PyStr[0]),
                kwDefs.toArray(new org.ember.interp.Node.Expr[0]), annNames.toArray(new PyStr[0]),
                anns.toArray(new org.ember.interp.Node.Expr[0]), closure);
    }

    static int genFlags(Scope scope) {
        int flags = 0;
        if (scope.coroutine && scope.generator) {
            flags |= PyCode.CO_ASYNC_GENERATOR;
        } else if (scope.coroutine) {
            flags |= PyCode.CO_COROUTINE;
        } else if (scope.generator) {
            flags |= PyCode.CO_GENERATOR;
        }
        return flags;
    }

    private void argAnnotations(Arguments a, Expr returns, List<PyStr> names, List<org.ember.interp.Node.Expr> values) {
        for (Arg x : a.args()) {
            annotation(x, names, values);
        }
        for (Arg x : a.posonlyargs()) {
            annotation(x, names, values);
        }
        if (a.vararg() != null) {
            annotation(a.vararg(), names, values);
        }
        for (Arg x : a.kwonlyargs()) {
            annotation(x, names, values);
        }
        if (a.kwarg() != null) {
            annotation(a.kwarg(), names, values);
        }
        if (returns != null) {
            names.add(intern("return"));
            values.add(annotationExpr(returns));
        }
    }

    private void annotation(Arg x, List<PyStr> names, List<org.ember.interp.Node.Expr> values) {
        if (x.annotation() != null) {
            names.add(intern(mangle(u.privateName, x.arg())));
            if (x.annotation() instanceof Expr.Starred sx && (futureFlags & PyCode.CO_FUTURE_ANNOTATIONS) == 0) {
                values.add(new Exprs.StarAnnotation(expr(sx.value())));
            } else {
                values.add(annotationExpr(x.annotation()));
            }
        }
    }

    /** Cell indices in the current unit for each free variable of child scope. */
    int[] closureOf(Scope child) {
        Unit tmp = new Unit(child, UnitKind.FUNCTION, "tmp", 0);
        int[] r = new int[tmp.freevars.size()];
        for (int i = 0; i < r.length; i++) {
            String n = tmp.freevars.get(i);
            int idx = u.cellIndex(n);
            if (idx < 0) {
                throw new IllegalStateException("free variable " + n + " not found in enclosing " + u.name);
            }
            r[i] = idx;
        }
        return r;
    }

    private org.ember.interp.Node.Expr classDef(Stmt.ClassDef c) {
        org.ember.interp.Node.Expr[] decos = exprs(c.decorator_list());
        int[] decoPcs = new int[c.decorator_list().size()];
        for (int i = 0; i < decoPcs.length; i++) {
            decoPcs[i] = pos(c.decorator_list().get(i));
        }
        Scope scope = st.scopes.get(c);
        int firstLine = c.decorator_list().isEmpty() ? c.lineno() : Positions.lineno(c.decorator_list().get(0));
        enter(scope, UnitKind.CLASS, c.name(), firstLine);
        u.privateName = c.name();
        List<org.ember.interp.Node.Stmt> out = new ArrayList<>();
        // __module__ = __name__; __qualname__ = ...
        u.name("__name__");
        out.add(new Stmts.Assign(new Names.StoreName(-1, intern("__module__")),
                new Names.LoadName(pos(c), intern("__name__"))));
        u.name("__module__");
        out.add(new Stmts.Assign(new Names.StoreName(-1, intern("__qualname__")), new Exprs.Const(PyStr.of(u.qualname))));
        u.name("__qualname__");
        List<Stmt> body = c.body();
        int start = 0;
        Object doc = docstring(body);
        if (doc != null) {
            start = 1;
            if (optimize < 2) {
                out.add(new Stmts.Assign(new Names.StoreName(-1, intern("__doc__")), new Exprs.Const(constant(doc))));
                u.name("__doc__");
            }
        }
        if (findAnnotations(body)) {
            out.add(new Stmts.SetupAnnotations(pos(c)));
        }
        for (int i = start; i < body.size(); i++) {
            out.add(stmt(body.get(i)));
        }
        if (scope.needsClassClosure) {
            int idx = u.cellIndex("__class__");
            out.add(new Stmts.Assign(new Names.StoreName(-1, intern("__classcell__")), new Names.LoadClosure(idx)));
            u.name("__classcell__");
            out.add(new Stmts.Return(new Names.LoadClosure(idx)));
        } else {
            out.add(new Stmts.Return(new Exprs.Const(Py.None)));
        }
        PyCode code = exit(block(out), 0, 0, 0, 0);
        int[] closure = closureOf(scope);
        Defs.MakeFunction bodyFn = new Defs.MakeFunction(-1, code, new org.ember.interp.Node.Expr[0], new int[0],
                new org.ember.interp.Node.Expr[0], new PyStr[0], new org.ember.interp.Node.Expr[0], new PyStr[0],
                new org.ember.interp.Node.Expr[0], closure);
        Calls.ArgPart[] bases = new Calls.ArgPart[c.bases().size()];
        for (int i = 0; i < bases.length; i++) {
            Expr b = c.bases().get(i);
            bases[i] = b instanceof Expr.Starred sb ? new Calls.ArgPart(expr(sb.value()), true)
                    : new Calls.ArgPart(expr(b), false);
        }
        Calls.KwPart[] kws = new Calls.KwPart[c.keywords().size()];
        for (int i = 0; i < kws.length; i++) {
            Keyword k = c.keywords().get(i);
            kws[i] = new Calls.KwPart(k.arg(), expr(k.value()));
        }
        return new Defs.MakeClass(pos(c), decos, decoPcs, bodyFn, intern(c.name()), bases, kws);
    }

    // ---- names -------------------------------------------------------------------------------

    org.ember.interp.Node.Expr loadName(String id, Node n) {
        String name = mangle(u.privateName, id);
        int scope = u.scope.scopeOf(name);
        if (name.startsWith("$")) {
            return new Names.LoadTemp(u.fast.get(name));
        }
        switch (scope) {
            case Scope.FREE:
            case Scope.CELL: {
                int idx = u.cellIndex(name);
                if (!u.isFunction()) {
                    return new Names.LoadClassDeref(pos(n), idx, intern(name));
                }
                return new Names.LoadDeref(pos(n), idx);
            }
            case Scope.LOCAL:
                if (u.isFunction()) {
                    return new Names.LoadFast(pos(n), u.slot(name), name);
                }
                break;
            case Scope.GLOBAL_IMPLICIT:
                if (u.isFunction()) {
                    u.name(name);
                    return new Names.LoadGlobal(pos(n), intern(name));
                }
                break;
            case Scope.GLOBAL_EXPLICIT:
                u.name(name);
                return new Names.LoadGlobal(pos(n), intern(name));
            default:
                break;
        }
        u.name(name);
        return new Names.LoadName(pos(n), intern(name));
    }

    org.ember.interp.Node.Target storeName(String id, Node n) {
        if (id.startsWith("$")) {
            return storeTemp(id);
        }
        String name = mangle(u.privateName, id);
        if (name.equals("__debug__")) {
            throw error("cannot assign to __debug__", n);
        }
        int scope = u.scope.scopeOf(name);
        switch (scope) {
            case Scope.FREE:
            case Scope.CELL:
                return new Names.StoreDeref(pos(n), u.cellIndex(name));
            case Scope.LOCAL:
                if (u.isFunction()) {
                    return new Names.StoreFast(pos(n), u.slot(name), name);
                }
                break;
            case Scope.GLOBAL_IMPLICIT:
                if (u.isFunction()) {
                    u.name(name);
                    return new Names.StoreGlobal(pos(n), intern(name));
                }
                break;
            case Scope.GLOBAL_EXPLICIT:
                u.name(name);
                return new Names.StoreGlobal(pos(n), intern(name));
            default:
                break;
        }
        u.name(name);
        return new Names.StoreName(pos(n), intern(name));
    }

    /** A store to a hidden temporary. */
    org.ember.interp.Node.Target storeTemp(String tempName) {
        Integer slot = u.fast.get(tempName);
        if (slot == null) {
            slot = u.temp();
            u.fast.put(tempName, slot);
        }
        return new Names.StoreFast(-1, slot, tempName);
    }

    org.ember.interp.Node.Target target(Expr e) {
        switch (e) {
            case Expr.Name n:
                if (n.id().startsWith("$")) {
                    return storeTemp(n.id());
                }
                return storeName(n.id(), n);
            case Expr.Attribute a: {
                org.ember.interp.Node.Expr obj = expr(a.value());
                u.name(a.attr());
                return new Exprs.StoreAttr(pos(a), obj, intern(mangle(u.privateName, a.attr())));
            }
            case Expr.Subscript s: {
                org.ember.interp.Node.Expr obj = expr(s.value());
                org.ember.interp.Node.Expr key = expr(s.slice());
                return new Exprs.StoreSubscript(pos(s), obj, key);
            }
            case Expr.Tuple t:
                return unpackTarget(t.elts(), e);
            case Expr.List l:
                return unpackTarget(l.elts(), e);
            case Expr.Starred s:
                throw error("starred assignment target must be in a list or tuple", e);
            default:
                throw error("cannot assign to expression", e);
        }
    }

    private org.ember.interp.Node.Target unpackTarget(List<Expr> elts, Expr e) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (star >= 0) {
                    throw error("multiple starred expressions in assignment", e);
                }
                star = i;
            }
        }
        if (star >= 0 && (star >= 256 || elts.size() - star - 1 >= (1 << 24))) {
            throw error("too many expressions in star-unpacking assignment", e);
        }
        int pc = pos(e);
        org.ember.interp.Node.Target[] ts = new org.ember.interp.Node.Target[elts.size()];
        for (int i = 0; i < ts.length; i++) {
            Expr x = elts.get(i);
            ts[i] = x instanceof Expr.Starred s ? target(s.value()) : target(x);
        }
        return new Exprs.Unpack(pc, ts, star);
    }

    private void delTargets(Expr e, List<org.ember.interp.Node.Target> out) {
        switch (e) {
            case Expr.Tuple t -> {
                for (Expr x : t.elts()) {
                    delTargets(x, out);
                }
            }
            case Expr.List l -> {
                for (Expr x : l.elts()) {
                    delTargets(x, out);
                }
            }
            default -> out.add(target(e));
        }
    }

    // ---- expressions ---------------------------------------------------------------------

    org.ember.interp.Node.Expr[] exprs(List<Expr> es) {
        org.ember.interp.Node.Expr[] r = new org.ember.interp.Node.Expr[es.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = expr(es.get(i));
        }
        return r;
    }

    PyObject constant(Object v) {
        if (v instanceof ConstantSingleton cs) {
            return switch (cs) {
                case NONE -> Py.None;
                case TRUE -> Py.True;
                case FALSE -> Py.False;
                case ELLIPSIS -> Py.Ellipsis;
            };
        }
        if (v instanceof BigInteger b) {
            return PyInt.of(b);
        }
        if (v instanceof Long l) {
            return PyInt.of(l);
        }
        if (v instanceof Integer l) {
            return PyInt.of(l);
        }
        if (v instanceof Double d) {
            return PyFloat.of(d);
        }
        if (v instanceof String s) {
            return s.length() <= 40 && isIdentifierLike(s) ? intern(s) : PyStr.of(s);
        }
        if (v instanceof CodePointString cps) {
            StringBuilder sb = new StringBuilder();
            for (int cp : cps.codePoints()) {
                sb.appendCodePoint(cp);
            }
            return PyStr.of(sb.toString());
        }
        if (v instanceof BytesLiteral b) {
            return PyBytes.of(b.bytes().clone());
        }
        if (v instanceof ImaginaryLiteral im) {
            return new PyComplex(0.0, im.imag());
        }
        if (v instanceof Boolean b) {
            return Py.bool(b);
        }
        if (v instanceof PyObject o) {
            return o;
        }
        throw new IllegalStateException("unknown constant " + v);
    }

    static boolean isIdentifierLike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    org.ember.interp.Node.Expr expr(Expr e) {
        switch (e) {
            case Expr.BoolOp b: {
                org.ember.interp.Node.Expr[] vs = exprs(b.values());
                int pc = pos(e);
                return b.op() == org.ember.ast.BoolOp.And ? new Ops.And(pc, vs) : new Ops.Or(pc, vs);
            }
            case Expr.NamedExpr n: {
                org.ember.interp.Node.Expr v = expr(n.value());
                return new Exprs.NamedExpr(target(n.target()), v);
            }
            case Expr.BinOp b: {
                org.ember.interp.Node.Expr l = expr(b.left());
                org.ember.interp.Node.Expr r = expr(b.right());
                int pc = pos(e);
                int op = binop(b.op());
                if (op == Ops.ADD) {
                    return new Ops.Add(pc, l, r);
                }
                if (op == Ops.SUB) {
                    return new Ops.Sub(pc, l, r);
                }
                return new Ops.BinOp(pc, op, l, r);
            }
            case Expr.UnaryOp un: {
                if (un.op() == org.ember.ast.UnaryOp.USub && un.operand() instanceof Expr.Constant c
                        && (c.value() instanceof BigInteger || c.value() instanceof Double)) {
                    PyObject v = constant(c.value());
                    if (v instanceof PyInt i) {
                        return new Exprs.Const(PyInt.of(i.bigValue().negate()));
                    }
                    return new Exprs.Const(PyFloat.of(-((PyFloat) v).value));
                }
                org.ember.interp.Node.Expr o = expr(un.operand());
                int pc = pos(e);
                return switch (un.op()) {
                    case Not -> new Ops.Not(pc, o);
                    case USub -> new Ops.Unary(pc, Ops.NEG, o);
                    case UAdd -> new Ops.Unary(pc, Ops.POS, o);
                    case Invert -> new Ops.Unary(pc, Ops.INVERT, o);
                };
            }
            case Expr.Lambda l:
                return lambda(l);
            case Expr.IfExp i:
                return new Ops.IfExp(expr(i.test()), expr(i.body()), expr(i.orelse()));
            case Expr.Dict d: {
                org.ember.interp.Node.Expr[] ks = new org.ember.interp.Node.Expr[d.keys().size()];
                org.ember.interp.Node.Expr[] vs = new org.ember.interp.Node.Expr[ks.length];
                int[] pcs = new int[ks.length];
                for (int i = 0; i < ks.length; i++) {
                    Expr k = d.keys().get(i);
                    ks[i] = k == null ? null : expr(k);
                    vs[i] = expr(d.values().get(i));
                    pcs[i] = k == null ? pos(d.values().get(i)) : -1;
                }
                return new Exprs.DictDisplay(pos(e), ks, vs, pcs);
            }
            case Expr.Set s:
                return display(s.elts(), 2, e);
            case Expr.List l:
                checkLoad(l.ctx(), e);
                return display(l.elts(), 1, e);
            case Expr.Tuple t:
                checkLoad(t.ctx(), e);
                return tupleExpr(t);
            case Expr.ListComp c:
                return comprehension(e, "<listcomp>", c.generators(), c.elt(), null, 0);
            case Expr.SetComp c:
                return comprehension(e, "<setcomp>", c.generators(), c.elt(), null, 1);
            case Expr.DictComp c:
                return comprehension(e, "<dictcomp>", c.generators(), c.key(), c.value(), 2);
            case Expr.GeneratorExp c:
                return comprehension(e, "<genexpr>", c.generators(), c.elt(), null, 3);
            case Expr.Await a: {
                checkAwait(e);
                throw new IllegalStateException("await in expression position must be lowered");
            }
            case Expr.Yield y: {
                checkYield(e);
                throw new IllegalStateException("yield in expression position must be lowered");
            }
            case Expr.YieldFrom y: {
                checkYield(e);
                if (u.scope.coroutine) {
                    throw error("'yield from' inside async function", e);
                }
                throw new IllegalStateException("yield from in expression position must be lowered");
            }
            case Expr.Compare c:
                return compare(c);
            case Expr.Call c:
                return call(c);
            case Expr.FormattedValue fv: {
                org.ember.interp.Node.Expr v = expr(fv.value());
                org.ember.interp.Node.Expr spec = fv.format_spec() == null ? null : expr(fv.format_spec());
                return new Exprs.FormattedValue(pos(e), v, fv.conversion(), spec);
            }
            case Expr.JoinedStr j: {
                if (j.values().size() == 1 && j.values().get(0) instanceof Expr.Constant) {
                    return expr(j.values().get(0));
                }
                List<org.ember.interp.Node.Expr> parts = new ArrayList<>();
                for (Expr v : j.values()) {
                    parts.add(expr(v));
                }
                if (parts.isEmpty()) {
                    return new Exprs.Const(PyStr.EMPTY);
                }
                return new Exprs.JoinedStr(parts.toArray(new org.ember.interp.Node.Expr[0]));
            }
            case Expr.Constant c:
                return new Exprs.Const(constant(c.value()));
            case Expr.Attribute a: {
                org.ember.interp.Node.Expr obj = expr(a.value());
                u.name(a.attr());
                return new Exprs.LoadAttr(pos(e), obj, intern(mangle(u.privateName, a.attr())));
            }
            case Expr.Subscript s: {
                org.ember.interp.Node.Expr obj = expr(s.value());
                org.ember.interp.Node.Expr key = expr(s.slice());
                return new Exprs.Subscript(pos(e), obj, key);
            }
            case Expr.Starred s:
                throw error("can't use starred expression here", e);
            case Expr.Name n:
                if (n.id().startsWith("$")) {
                    return new Names.LoadTemp(u.fast.get(n.id()));
                }
                return loadName(n.id(), e);
            case Expr.Slice s:
                return new Exprs.Slice(s.lower() == null ? null : expr(s.lower()), s.upper() == null ? null : expr(s.upper()),
                        s.step() == null ? null : expr(s.step()));
        }
    }

    void checkLoad(ExprContext ctx, Expr e) {
    }

    void checkYield(Expr e) {
        if (!u.isFunction()) {
            throw error("'yield' outside function", e);
        }
    }

    void checkAwait(Expr e) {
        if (!u.isFunction()) {
            throw error("'await' outside function", e);
        }
        if (u.kind != UnitKind.ASYNC_FUNCTION && u.kind != UnitKind.COMPREHENSION) {
            throw error("'await' outside async function", e);
        }
    }

    private org.ember.interp.Node.Expr tupleExpr(Expr.Tuple t) {
        boolean allConst = !t.elts().isEmpty();
        for (Expr x : t.elts()) {
            if (!(x instanceof Expr.Constant)) {
                allConst = false;
            }
        }
        if (allConst) {
            PyObject[] items = new PyObject[t.elts().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = constant(((Expr.Constant) t.elts().get(i)).value());
            }
            return new Exprs.Const(PyTuple.of(items));
        }
        if (t.elts().isEmpty()) {
            return new Exprs.Const(PyTuple.EMPTY);
        }
        return display(t.elts(), 0, t);
    }

    /** kind 0 tuple, 1 list, 2 set */
    private org.ember.interp.Node.Expr display(List<Expr> elts, int kind, Expr e) {
        org.ember.interp.Node.Expr[] vs = new org.ember.interp.Node.Expr[elts.size()];
        boolean[] starred = null;
        int[] pcs = null;
        for (int i = 0; i < vs.length; i++) {
            Expr x = elts.get(i);
            if (x instanceof Expr.Starred s) {
                if (starred == null) {
                    starred = new boolean[vs.length];
                    pcs = new int[vs.length];
                }
                starred[i] = true;
                vs[i] = expr(s.value());
                pcs[i] = pos(e);
            } else {
                vs[i] = expr(x);
            }
        }
        return switch (kind) {
            case 0 -> new Exprs.TupleDisplay(vs, starred, pcs);
            case 1 -> new Exprs.ListDisplay(vs, starred, pcs);
            default -> new Exprs.SetDisplay(pos(e), vs, starred, pcs);
        };
    }

    static int cmpop(CmpOp op) {
        return switch (op) {
            case Eq -> Ops.EQ;
            case NotEq -> Ops.NE;
            case Lt -> Ops.LT;
            case LtE -> Ops.LE;
            case Gt -> Ops.GT;
            case GtE -> Ops.GE;
            case Is -> Ops.IS;
            case IsNot -> Ops.IS_NOT;
            case In -> Ops.IN;
            case NotIn -> Ops.NOT_IN;
        };
    }

    private org.ember.interp.Node.Expr compare(Expr.Compare c) {
        for (int i = 0; i < c.ops().size(); i++) {
            CmpOp op = c.ops().get(i);
            if (op == CmpOp.Is || op == CmpOp.IsNot) {
                Expr l = i == 0 ? c.left() : c.comparators().get(i - 1);
                Expr r = c.comparators().get(i);
                if (literalForIs(l) || literalForIs(r)) {
                    Warnings.syntaxWarning(this, op == CmpOp.Is ? "\"is\" with a literal. Did you mean \"==\"?"
                            : "\"is not\" with a literal. Did you mean \"!=\"?", c);
                }
            }
        }
        if (c.ops().size() == 1) {
            org.ember.interp.Node.Expr l = expr(c.left());
            org.ember.interp.Node.Expr r = expr(c.comparators().get(0));
            return new Ops.Compare(pos(c), cmpop(c.ops().get(0)), l, r);
        }
        org.ember.interp.Node.Expr[] operands = new org.ember.interp.Node.Expr[c.ops().size() + 1];
        operands[0] = expr(c.left());
        int[] ops = new int[c.ops().size()];
        int[] pcs = new int[ops.length];
        for (int i = 0; i < ops.length; i++) {
            operands[i + 1] = expr(c.comparators().get(i));
            ops[i] = cmpop(c.ops().get(i));
            pcs[i] = pos(c);
        }
        return new Ops.CompareChain(pos(c), ops, operands, pcs);
    }

    static boolean literalForIs(Expr e) {
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            return !(v instanceof ConstantSingleton);
        }
        return e instanceof Expr.Tuple || e instanceof Expr.List || e instanceof Expr.Dict || e instanceof Expr.Set
                || e instanceof Expr.JoinedStr;
    }

    private org.ember.interp.Node.Expr call(Expr.Call c) {
        boolean simple = true;
        for (Expr a : c.args()) {
            if (a instanceof Expr.Starred) {
                simple = false;
            }
        }
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                simple = false;
            }
        }
        checkKeywords(c);
        if (c.func() instanceof Expr.Attribute at && simple) {
            org.ember.interp.Node.Expr obj = expr(at.value());
            u.name(at.attr());
            PyStr name = intern(mangle(u.privateName, at.attr()));
            int attrPc = pos(at);
            org.ember.interp.Node.Expr[] args = exprs(c.args());
            if (c.keywords().isEmpty()) {
                return new Calls.CallMethod(pos(c), attrPc, obj, name, args);
            }
            org.ember.interp.Node.Expr[] all = new org.ember.interp.Node.Expr[args.length + c.keywords().size()];
            System.arraycopy(args, 0, all, 0, args.length);
            String[] kwnames = new String[c.keywords().size()];
            for (int i = 0; i < kwnames.length; i++) {
                all[args.length + i] = expr(c.keywords().get(i).value());
                kwnames[i] = c.keywords().get(i).arg();
            }
            return new Calls.CallMethodKw(pos(c), attrPc, obj, name, all, kwnames);
        }
        if (simple) {
            org.ember.interp.Node.Expr func = expr(c.func());
            org.ember.interp.Node.Expr[] args = exprs(c.args());
            if (c.keywords().isEmpty()) {
                return new Calls.CallPos(pos(c), func, args);
            }
            org.ember.interp.Node.Expr[] all = new org.ember.interp.Node.Expr[args.length + c.keywords().size()];
            System.arraycopy(args, 0, all, 0, args.length);
            String[] kwnames = new String[c.keywords().size()];
            for (int i = 0; i < kwnames.length; i++) {
                all[args.length + i] = expr(c.keywords().get(i).value());
                kwnames[i] = c.keywords().get(i).arg();
            }
            return new Calls.CallKw(pos(c), func, all, kwnames);
        }
        org.ember.interp.Node.Expr func = null;
        org.ember.interp.Node.Expr obj = null;
        PyStr mname = null;
        int attrPc = -1;
        if (c.func() instanceof Expr.Attribute at) {
            obj = expr(at.value());
            u.name(at.attr());
            mname = intern(mangle(u.privateName, at.attr()));
            attrPc = pos(at);
        } else {
            func = expr(c.func());
        }
        Calls.ArgPart[] args = new Calls.ArgPart[c.args().size()];
        for (int i = 0; i < args.length; i++) {
            Expr a = c.args().get(i);
            args[i] = a instanceof Expr.Starred s ? new Calls.ArgPart(expr(s.value()), true)
                    : new Calls.ArgPart(expr(a), false);
        }
        Calls.KwPart[] kws = new Calls.KwPart[c.keywords().size()];
        for (int i = 0; i < kws.length; i++) {
            Keyword k = c.keywords().get(i);
            kws[i] = new Calls.KwPart(k.arg(), expr(k.value()));
        }
        return new Calls.CallEx(pos(c), func, obj, mname, attrPc, args, kws);
    }

    private void checkKeywords(Expr.Call c) {
        List<Keyword> kws = c.keywords();
        for (int i = 0; i < kws.size(); i++) {
            Keyword k = kws.get(i);
            if (k.arg() == null) {
                continue;
            }
            for (int j = i + 1; j < kws.size(); j++) {
                Keyword o = kws.get(j);
                if (k.arg().equals(o.arg())) {
                    throw error("keyword argument repeated: " + k.arg(), o);
                }
            }
        }
    }

    private org.ember.interp.Node.Expr lambda(Expr.Lambda l) {
        Arguments args = l.args();
        org.ember.interp.Node.Expr[] defaults = exprs(args.defaults());
        List<PyStr> kwNames = new ArrayList<>();
        List<org.ember.interp.Node.Expr> kwDefs = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kw_defaults().get(i);
            if (d != null) {
                kwNames.add(intern(mangle(u.privateName, args.kwonlyargs().get(i).arg())));
                kwDefs.add(expr(d));
            }
        }
        Scope scope = st.scopes.get(l);
        enter(scope, UnitKind.LAMBDA, "<lambda>", l.lineno());
        u.consts.add(Py.None);
        org.ember.interp.Node.Stmt body;
        if (scope.generator) {
            body = new GenCodeGen(this).stmt(new Stmt.ExprStmt(l.body(), Positions.lineno(l.body()),
                    Positions.colOffset(l.body()), Positions.endLineno(l.body()), Positions.endColOffset(l.body())));
        } else {
            body = new Stmts.Return(expr(l.body()));
        }
        int flags = PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS;
        if (args.vararg() != null) {
            flags |= PyCode.CO_VARARGS;
        }
        if (args.kwarg() != null) {
            flags |= PyCode.CO_VARKEYWORDS;
        }
        flags |= genFlags(scope);
        PyCode code = exit(body, args.posonlyargs().size() + args.args().size(), args.posonlyargs().size(),
                args.kwonlyargs().size(), flags);
        int[] closure = closureOf(scope);
        return new Defs.MakeFunction(pos(l), code, new org.ember.interp.Node.Expr[0], new int[0], defaults,
                kwNames.toArray(new PyStr[0]), kwDefs.toArray(new org.ember.interp.Node.Expr[0]), new PyStr[0],
                new org.ember.interp.Node.Expr[0], closure);
    }

    /** kind: 0 list, 1 set, 2 dict, 3 generator */
    org.ember.interp.Node.Expr comprehension(Expr e, String name, List<Comprehension> gens, Expr elt, Expr value,
            int kind) {
        Scope scope = st.scopes.get(e);
        Comprehension outer = gens.get(0);
        boolean outerAsync = outer.is_async() != 0;
        org.ember.interp.Node.Expr outerIter = expr(outer.iter());
        int iterPc = pos(e);
        boolean isAsyncGen = scope.coroutine;
        if (isAsyncGen && kind != 3 && u.kind != UnitKind.ASYNC_FUNCTION && u.kind != UnitKind.COMPREHENSION) {
            throw error("asynchronous comprehension outside of an asynchronous function", e);
        }
        enter(scope, UnitKind.COMPREHENSION, name, Positions.lineno(e));
        org.ember.interp.Node.Stmt body = new ComprehensionGen(this).body(gens, elt, value, kind, e);
        int flags = PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS;
        flags |= genFlags(scope);
        PyCode code = exit(body, 1, 0, 0, flags);
        int[] closure = closureOf(scope);
        Defs.MakeFunction mf = new Defs.MakeFunction(-1, code, new org.ember.interp.Node.Expr[0], new int[0],
                new org.ember.interp.Node.Expr[0], new PyStr[0], new org.ember.interp.Node.Expr[0], new PyStr[0],
                new org.ember.interp.Node.Expr[0], closure);
        return new Gen.Comprehension(iterPc, mf, outerIter, outerAsync);
    }
}
