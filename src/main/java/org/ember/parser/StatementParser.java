package org.ember.parser;

import java.util.ArrayList;
import java.util.List;
import org.ember.ast.Alias;
import org.ember.ast.Arguments;
import org.ember.ast.ExceptHandler;
import org.ember.ast.Expr;
import org.ember.ast.ExprContext;
import org.ember.ast.Keyword;
import org.ember.ast.Operator;
import org.ember.ast.Stmt;
import org.ember.ast.WithItem;

/** Statement rules of the 3.11 grammar and their invalid_* rules. */
abstract class StatementParser extends ExpressionParser {
    StatementParser(Tokenizer tok, String filename) {
        super(tok, filename);
    }

    abstract Stmt matchStmt() throws ParseException;

    /** CPython's RAISE_INDENTATION_ERROR("expected an indented block after ..."). */
    final ParseException indentAfter(String what, Token a) throws ParseException {
        return indentationError("expected an indented block after " + what + " on line " + a.lineno);
    }

    /** NEWLINE !INDENT (for the invalid_*_indent rules). */
    final boolean newlineNoIndent() throws ParseException {
        if (!accept(TokenType.NEWLINE)) return false;
        return !check(TokenType.INDENT);
    }

    /** &&tok: forced token; raises "expected 'x'" at the next token when absent. */
    final Token forced(TokenType type) throws ParseException {
        Token t = peek();
        if (t.type != type) throw knownLocation(t, "expected '" + type.text + "'");
        mark++;
        return t;
    }

    // ---- statements ----

    final List<Stmt> statements() throws ParseException {
        List<Stmt> r = new ArrayList<>();
        while (true) {
            int m = mark;
            List<Stmt> s = statement();
            if (s == null) {
                mark = m;
                break;
            }
            r.addAll(s);
        }
        return r.isEmpty() ? null : r;
    }

    final List<Stmt> statement() throws ParseException {
        int m = mark;
        Stmt c = compoundStmt();
        if (c != null) return List.of(c);
        mark = m;
        List<Stmt> s = simpleStmts();
        if (s == null) mark = m;
        return s;
    }

    final List<Stmt> simpleStmts() throws ParseException {
        int m = mark;
        Stmt a = simpleStmt();
        if (a == null) {
            mark = m;
            return null;
        }
        if (!check(TokenType.SEMI) && accept(TokenType.NEWLINE)) return List.of(a);
        List<Stmt> r = new ArrayList<>();
        r.add(a);
        while (true) {
            int mm = mark;
            if (!accept(TokenType.SEMI)) break;
            Stmt b = simpleStmt();
            if (b == null) {
                break; // the trailing ';' stays consumed
            }
            r.add(b);
        }
        if (accept(TokenType.NEWLINE)) return r;
        mark = m;
        return null;
    }

    final Stmt simpleStmt() throws ParseException {
        int start = mark;
        Object memo = memoGet(M_SIMPLE_STMT);
        if (memo != null) return memo == FAIL ? null : (Stmt) memo;
        Stmt r = simpleStmtRaw();
        if (r == null) mark = start;
        memoPut(start, M_SIMPLE_STMT, r);
        return r;
    }

    private Stmt simpleStmtRaw() throws ParseException {
        int m = mark;
        Token st = peek();
        Stmt a = assignment();
        if (a != null) return a;
        mark = m;
        Expr e = starExpressions();
        if (e != null) {
            Token end = last();
            return new Stmt.ExprStmt(e, st.lineno, st.col, end.endLineno, end.endCol);
        }
        mark = m;
        switch (st.type) {
            case RETURN -> {
                mark++;
                int mm = mark;
                Expr v = starExpressions();
                if (v == null) mark = mm;
                Token end = last();
                return new Stmt.Return(v, st.lineno, st.col, end.endLineno, end.endCol);
            }
            case IMPORT, FROM -> {
                return importStmt();
            }
            case RAISE -> {
                mark++;
                Expr exc = expression();
                if (exc != null) {
                    int mm = mark;
                    if (accept(TokenType.FROM)) {
                        Expr cause = expression();
                        if (cause != null) {
                            Token end = last();
                            return new Stmt.Raise(exc, cause, st.lineno, st.col, end.endLineno, end.endCol);
                        }
                    }
                    mark = mm;
                    Token end = last();
                    return new Stmt.Raise(exc, null, st.lineno, st.col, end.endLineno, end.endCol);
                }
                mark = m + 1;
                return new Stmt.Raise(null, null, st.lineno, st.col, st.endLineno, st.endCol);
            }
            case PASS -> {
                mark++;
                return new Stmt.Pass(st.lineno, st.col, st.endLineno, st.endCol);
            }
            case DEL -> {
                mark++;
                List<Expr> t = delTargets();
                if (t != null && (check(TokenType.SEMI) || check(TokenType.NEWLINE))) {
                    Token end = last();
                    return new Stmt.Delete(t, st.lineno, st.col, end.endLineno, end.endCol);
                }
                mark = m;
                if (callInvalidRules) {
                    mark++;
                    Expr x = starExpressions();
                    if (x != null) {
                        ParseException err = invalidTargetError(x, TargetsType.DEL);
                        if (err != null) throw err;
                    }
                }
                mark = m;
                return null;
            }
            case YIELD -> {
                Expr y = yieldExpr();
                if (y == null) return null;
                Token end = last();
                return new Stmt.ExprStmt(y, st.lineno, st.col, end.endLineno, end.endCol);
            }
            case ASSERT -> {
                mark++;
                Expr test = expression();
                if (test == null) {
                    mark = m;
                    return null;
                }
                Expr msg = null;
                int mm = mark;
                if (accept(TokenType.COMMA)) {
                    msg = expression();
                    if (msg == null) mark = mm;
                }
                Token end = last();
                return new Stmt.Assert(test, msg, st.lineno, st.col, end.endLineno, end.endCol);
            }
            case BREAK -> {
                mark++;
                return new Stmt.Break(st.lineno, st.col, st.endLineno, st.endCol);
            }
            case CONTINUE -> {
                mark++;
                return new Stmt.Continue(st.lineno, st.col, st.endLineno, st.endCol);
            }
            case GLOBAL, NONLOCAL -> {
                mark++;
                List<String> names = new ArrayList<>();
                while (true) {
                    Token n = expect(TokenType.NAME);
                    if (n == null) {
                        if (!names.isEmpty()) mark--; // give back the ','
                        break;
                    }
                    names.add(identifier(n));
                    if (!accept(TokenType.COMMA)) break;
                }
                if (names.isEmpty()) {
                    mark = m;
                    return null;
                }
                Token end = last();
                if (st.type == TokenType.GLOBAL) return new Stmt.Global(names, st.lineno, st.col, end.endLineno, end.endCol);
                return new Stmt.Nonlocal(names, st.lineno, st.col, end.endLineno, end.endCol);
            }
            default -> {
                return null;
            }
        }
    }

    private Expr annotatedRhs() throws ParseException {
        if (check(TokenType.YIELD)) return yieldExpr();
        return starExpressions();
    }

    private Stmt assignment() throws ParseException {
        int m = mark;
        Token st = peek();
        // NAME ':' expression ['=' annotated_rhs]
        if (st.type == TokenType.NAME && t(mark + 1).type == TokenType.COLON) {
            mark += 2;
            Expr b = expression();
            if (b != null) {
                Expr c = annAssignValue();
                Token end = last();
                Expr target = new Expr.Name(identifier(st), ExprContext.Store, st.lineno, st.col, st.endLineno, st.endCol);
                return new Stmt.AnnAssign(target, b, c, 1, st.lineno, st.col, end.endLineno, end.endCol);
            }
            mark = m;
        }
        // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
        Expr a = null;
        if (st.type == TokenType.LPAR) {
            mark++;
            a = singleTarget();
            if (a == null || !accept(TokenType.RPAR)) a = null;
        }
        if (a == null) {
            mark = m;
            a = singleSubscriptAttributeTarget();
        }
        if (a != null && accept(TokenType.COLON)) {
            Expr b = expression();
            if (b != null) {
                Expr c = annAssignValue();
                Token end = last();
                return new Stmt.AnnAssign(a, b, c, 0, st.lineno, st.col, end.endLineno, end.endCol);
            }
        }
        mark = m;
        // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
        List<Expr> targets = new ArrayList<>();
        while (true) {
            int mm = mark;
            Expr z = starTargets();
            if (z == null || !accept(TokenType.EQUAL)) {
                mark = mm;
                break;
            }
            targets.add(z);
        }
        if (!targets.isEmpty()) {
            Expr v = annotatedRhs();
            if (v != null && !check(TokenType.EQUAL)) {
                Token tc = expect(TokenType.TYPE_COMMENT);
                Token end = last();
                return new Stmt.Assign(targets, v, tc == null ? null : tc.text, st.lineno, st.col, end.endLineno, end.endCol);
            }
        }
        mark = m;
        // single_target augassign ~ (yield_expr | star_expressions)
        Expr t = singleTarget();
        if (t != null) {
            Operator op = augassign(peekType());
            if (op != null) {
                mark++;
                Expr v = annotatedRhs();
                if (v != null) {
                    Token end = last();
                    return new Stmt.AugAssign(t, op, v, st.lineno, st.col, end.endLineno, end.endCol);
                }
                mark = m;
                return null; // cut
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidAssignment();
            mark = m;
        }
        return null;
    }

    private Expr annAssignValue() throws ParseException {
        int mm = mark;
        if (accept(TokenType.EQUAL)) {
            Expr d = annotatedRhs();
            if (d != null) return d;
        }
        mark = mm;
        return null;
    }

    static Operator augassign(TokenType t) {
        return switch (t) {
            case PLUSEQUAL -> Operator.Add;
            case MINEQUAL -> Operator.Sub;
            case STAREQUAL -> Operator.Mult;
            case ATEQUAL -> Operator.MatMult;
            case SLASHEQUAL -> Operator.Div;
            case PERCENTEQUAL -> Operator.Mod;
            case AMPEREQUAL -> Operator.BitAnd;
            case VBAREQUAL -> Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Operator.BitXor;
            case LEFTSHIFTEQUAL -> Operator.LShift;
            case RIGHTSHIFTEQUAL -> Operator.RShift;
            case DOUBLESTAREQUAL -> Operator.Pow;
            case DOUBLESLASHEQUAL -> Operator.FloorDiv;
            default -> null;
        };
    }

    private Expr invalidAnnAssignTarget() throws ParseException {
        int m = mark;
        Expr a = list();
        if (a != null) return a;
        mark = m;
        a = tuple();
        if (a != null) return a;
        mark = m;
        if (accept(TokenType.LPAR)) {
            a = invalidAnnAssignTarget();
            if (a != null && accept(TokenType.RPAR)) return a;
        }
        mark = m;
        return null;
    }

    private void invalidAssignment() throws ParseException {
        int m = mark;
        Expr a = invalidAnnAssignTarget();
        if (a != null && accept(TokenType.COLON) && expression() != null) {
            throw knownLocation(a, "only single target (not " + exprName(a) + ") can be annotated");
        }
        mark = m;
        a = starNamedExpression();
        if (a != null && accept(TokenType.COMMA)) {
            while (true) {
                int mm = mark;
                if (starNamedExpressions() == null) {
                    mark = mm;
                    break;
                }
            }
            if (accept(TokenType.COLON) && expression() != null) throw knownLocation(a, "only single target (not tuple) can be annotated");
        }
        mark = m;
        a = expression();
        if (a != null && accept(TokenType.COLON) && expression() != null) throw knownLocation(a, "illegal target for annotation");
        mark = m;
        // (star_targets '=')* a=star_expressions '='
        skipStarTargetsEquals();
        a = starExpressions();
        if (a != null && check(TokenType.EQUAL)) {
            ParseException err = invalidTargetError(a, TargetsType.STAR);
            if (err != null) throw err;
        }
        mark = m;
        skipStarTargetsEquals();
        a = check(TokenType.YIELD) ? yieldExpr() : null;
        if (a != null && check(TokenType.EQUAL)) throw knownLocation(a, "assignment to yield expression not possible");
        mark = m;
        a = starExpressions();
        if (a != null && augassign(peekType()) != null) {
            mark++;
            if (annotatedRhs() != null) {
                throw knownLocation(a, "'" + exprName(a) + "' is an illegal expression for augmented assignment");
            }
        }
        mark = m;
    }

    private void skipStarTargetsEquals() throws ParseException {
        while (true) {
            int mm = mark;
            Expr z = starTargets();
            if (z == null || !accept(TokenType.EQUAL)) {
                mark = mm;
                break;
            }
        }
    }

    // ---- imports ----

    private Stmt importStmt() throws ParseException {
        int start = mark;
        Object memo = memoGet(M_IMPORT_STMT);
        if (memo != null) return memo == FAIL ? null : (Stmt) memo;
        Stmt r = check(TokenType.IMPORT) ? importName() : importFrom();
        if (r == null) mark = start;
        memoPut(start, M_IMPORT_STMT, r);
        return r;
    }

    private Stmt importName() throws ParseException {
        Token st = expect(TokenType.IMPORT);
        List<Alias> names = new ArrayList<>();
        while (true) {
            int mm = mark;
            Alias a = dottedAsName();
            if (a == null) {
                mark = mm;
                if (!names.isEmpty()) mark = mm - 1;
                break;
            }
            names.add(a);
            if (!accept(TokenType.COMMA)) break;
        }
        if (names.isEmpty()) return null;
        Token end = last();
        return new Stmt.Import(names, st.lineno, st.col, end.endLineno, end.endCol);
    }

    private Alias dottedAsName() throws ParseException {
        Token st = peek();
        String n = dottedName();
        if (n == null) return null;
        String as = null;
        int m = mark;
        if (accept(TokenType.AS)) {
            Token z = expect(TokenType.NAME);
            if (z != null) as = identifier(z);
            else mark = m;
        }
        Token end = last();
        return new Alias(n, as, st.lineno, st.col, end.endLineno, end.endCol);
    }

    private String dottedName() throws ParseException {
        Token n = expect(TokenType.NAME);
        if (n == null) return null;
        StringBuilder sb = new StringBuilder(identifier(n));
        while (true) {
            int m = mark;
            if (!accept(TokenType.DOT)) break;
            Token z = expect(TokenType.NAME);
            if (z == null) {
                mark = m;
                break;
            }
            sb.append('.').append(identifier(z));
        }
        return sb.toString();
    }

    private Stmt importFrom() throws ParseException {
        int m = mark;
        Token st = expect(TokenType.FROM);
        if (st == null) return null;
        int level = 0;
        while (true) {
            if (accept(TokenType.DOT)) level++;
            else if (accept(TokenType.ELLIPSIS)) level += 3;
            else break;
        }
        int afterDots = mark;
        String module = dottedName();
        if (module == null) {
            mark = afterDots;
            if (level == 0) {
                mark = m;
                return null;
            }
        }
        if (!accept(TokenType.IMPORT)) {
            mark = m;
            return null;
        }
        List<Alias> names = importFromTargets();
        if (names == null) {
            mark = m;
            return null;
        }
        Token end = last();
        return new Stmt.ImportFrom(module, names, level, st.lineno, st.col, end.endLineno, end.endCol);
    }

    private List<Alias> importFromTargets() throws ParseException {
        int m = mark;
        if (accept(TokenType.LPAR)) {
            List<Alias> a = importFromAsNames();
            if (a != null) {
                accept(TokenType.COMMA);
                if (accept(TokenType.RPAR)) return a;
            }
        }
        mark = m;
        List<Alias> a = importFromAsNames();
        if (a != null && !check(TokenType.COMMA)) return a;
        mark = m;
        Token star = expect(TokenType.STAR);
        if (star != null) return List.of(new Alias("*", null, star.lineno, star.col, star.endLineno, star.endCol));
        mark = m;
        if (callInvalidRules) {
            a = importFromAsNames();
            if (a != null && accept(TokenType.COMMA) && check(TokenType.NEWLINE)) {
                mark++;
                throw syntaxError("trailing comma not allowed without surrounding parentheses");
            }
            mark = m;
        }
        return null;
    }

    private List<Alias> importFromAsNames() throws ParseException {
        List<Alias> r = new ArrayList<>();
        while (true) {
            int mm = mark;
            Token n = expect(TokenType.NAME);
            if (n == null) {
                mark = mm;
                if (!r.isEmpty()) mark = mm - 1;
                break;
            }
            String as = null;
            int am = mark;
            if (accept(TokenType.AS)) {
                Token z = expect(TokenType.NAME);
                if (z != null) as = identifier(z);
                else mark = am;
            }
            Token end = last();
            r.add(new Alias(identifier(n), as, n.lineno, n.col, end.endLineno, end.endCol));
            if (!accept(TokenType.COMMA)) break;
        }
        return r.isEmpty() ? null : r;
    }

    // ---- compound statements ----

    final Stmt compoundStmt() throws ParseException {
        Token t = peek();
        switch (t.type) {
            case DEF, AT, ASYNC -> {
                int m = mark;
                Stmt s = functionDef();
                if (s != null) return s;
                mark = m;
                if (t.type == TokenType.AT) {
                    s = classDef();
                    if (s != null) return s;
                    mark = m;
                }
                if (t.type == TokenType.ASYNC) {
                    s = withStmt();
                    if (s != null) return s;
                    mark = m;
                    s = forStmt();
                    if (s != null) return s;
                    mark = m;
                }
                return null;
            }
            case IF -> { return ifStmt(); }
            case CLASS -> { return classDef(); }
            case WITH -> { return withStmt(); }
            case FOR -> { return forStmt(); }
            case TRY -> { return tryStmt(); }
            case WHILE -> { return whileStmt(); }
            default -> {
                int m = mark;
                Stmt s = matchStmt();
                if (s == null) mark = m;
                return s;
            }
        }
    }

    final List<Stmt> block() throws ParseException {
        int start = mark;
        Object memo = memoGet(M_BLOCK);
        if (memo != null) {
            @SuppressWarnings("unchecked")
            List<Stmt> r = memo == FAIL ? null : (List<Stmt>) memo;
            return r;
        }
        List<Stmt> r = null;
        if (accept(TokenType.NEWLINE) && accept(TokenType.INDENT)) {
            enter();
            try {
                List<Stmt> a = statements();
                if (a != null && accept(TokenType.DEDENT)) r = a;
            } finally {
                leave();
            }
        }
        if (r == null) {
            mark = start;
            r = simpleStmts();
        }
        if (r == null) {
            mark = start;
            if (callInvalidRules) {
                if (accept(TokenType.NEWLINE) && !check(TokenType.INDENT)) throw indentationError("expected an indented block");
                mark = start;
            }
        }
        memoPut(start, M_BLOCK, r);
        return r;
    }

    private List<Expr> decorators() throws ParseException {
        List<Expr> r = new ArrayList<>();
        while (true) {
            int m = mark;
            if (!accept(TokenType.AT)) break;
            Expr f = namedExpression();
            if (f == null || !accept(TokenType.NEWLINE)) {
                mark = m;
                break;
            }
            r.add(f);
        }
        return r;
    }

    private Stmt classDef() throws ParseException {
        int m = mark;
        List<Expr> decos = decorators();
        Stmt.ClassDef c = classDefRaw();
        if (c == null) {
            mark = m;
            return null;
        }
        if (decos.isEmpty()) return c;
        return new Stmt.ClassDef(c.name(), c.bases(), c.keywords(), c.body(), decos, c.lineno(), c.col_offset(), c.end_lineno(), c.end_col_offset());
    }

    private Stmt.ClassDef classDefRaw() throws ParseException {
        int m = mark;
        if (callInvalidRules) {
            invalidClassDefRaw();
            mark = m;
        }
        Token st = expect(TokenType.CLASS);
        if (st == null) return null;
        Token n = expect(TokenType.NAME);
        if (n == null) {
            mark = m;
            return null;
        }
        Expr.Call args = null;
        int am = mark;
        boolean paren = false;
        if (accept(TokenType.LPAR)) {
            int mm = mark;
            args = arguments();
            if (args == null) mark = mm;
            if (accept(TokenType.RPAR)) paren = true;
            else {
                mark = am;
                args = null;
            }
        }
        if (!accept(TokenType.COLON)) {
            mark = m;
            return null;
        }
        List<Stmt> body = block();
        if (body == null) {
            mark = m;
            return null;
        }
        Token end = last();
        return new Stmt.ClassDef(identifier(n), args == null ? List.of() : args.args(), args == null ? List.<Keyword>of() : args.keywords(),
            body, List.of(), st.lineno, st.col, end.endLineno, end.endCol);
    }

    private void invalidClassDefRaw() throws ParseException {
        int m = mark;
        Token a = expect(TokenType.CLASS);
        if (a == null || expect(TokenType.NAME) == null) {
            mark = m;
            return;
        }
        int am = mark;
        if (accept(TokenType.LPAR)) {
            int mm = mark;
            if (arguments() == null) mark = mm;
            if (!accept(TokenType.RPAR)) mark = am;
        }
        int nm = mark;
        if (accept(TokenType.NEWLINE)) throw syntaxError("expected ':'");
        mark = nm;
        if (accept(TokenType.COLON) && newlineNoIndent()) throw indentAfter("class definition", a);
        mark = m;
    }

    private Stmt functionDef() throws ParseException {
        int m = mark;
        List<Expr> decos = decorators();
        Stmt f = functionDefRaw();
        if (f == null) {
            mark = m;
            return null;
        }
        if (decos.isEmpty()) return f;
        if (f instanceof Stmt.FunctionDef d) {
            return new Stmt.FunctionDef(d.name(), d.args(), d.body(), decos, d.returns(), d.type_comment(), d.lineno(), d.col_offset(),
                d.end_lineno(), d.end_col_offset());
        }
        Stmt.AsyncFunctionDef d = (Stmt.AsyncFunctionDef) f;
        return new Stmt.AsyncFunctionDef(d.name(), d.args(), d.body(), decos, d.returns(), d.type_comment(), d.lineno(), d.col_offset(),
            d.end_lineno(), d.end_col_offset());
    }

    private Stmt functionDefRaw() throws ParseException {
        int m = mark;
        if (callInvalidRules) {
            invalidDefRaw();
            mark = m;
        }
        Token st = peek();
        boolean isAsync = accept(TokenType.ASYNC);
        if (!accept(TokenType.DEF)) {
            mark = m;
            return null;
        }
        Token n = expect(TokenType.NAME);
        if (n == null) {
            mark = m;
            return null;
        }
        forced(TokenType.LPAR);
        int pm = mark;
        Arguments params = params();
        if (params == null) mark = pm;
        if (!accept(TokenType.RPAR)) {
            mark = m;
            return null;
        }
        Expr returns = null;
        int rm = mark;
        if (accept(TokenType.RARROW)) {
            returns = expression();
            if (returns == null) mark = rm;
        }
        forced(TokenType.COLON);
        int tm = mark;
        Token tc = funcTypeComment();
        if (tc == null) mark = tm;
        List<Stmt> body = block();
        if (body == null) {
            mark = m;
            return null;
        }
        Token end = last();
        Arguments args = params == null ? emptyArguments() : params;
        String typeComment = tc == null ? null : tc.text;
        if (isAsync) {
            return new Stmt.AsyncFunctionDef(identifier(n), args, body, List.of(), returns, typeComment, st.lineno, st.col, end.endLineno, end.endCol);
        }
        return new Stmt.FunctionDef(identifier(n), args, body, List.of(), returns, typeComment, st.lineno, st.col, end.endLineno, end.endCol);
    }

    private Token funcTypeComment() throws ParseException {
        int m = mark;
        // NEWLINE t=TYPE_COMMENT &(NEWLINE INDENT)
        if (accept(TokenType.NEWLINE)) {
            Token t = expect(TokenType.TYPE_COMMENT);
            if (t != null && check(TokenType.NEWLINE) && t(mark + 1).type == TokenType.INDENT) return t;
        }
        mark = m;
        if (callInvalidRules) {
            if (accept(TokenType.TYPE_COMMENT) && accept(TokenType.NEWLINE) && accept(TokenType.TYPE_COMMENT)
                && accept(TokenType.NEWLINE) && accept(TokenType.INDENT)) {
                throw syntaxError("Cannot have two type comments on def");
            }
            mark = m;
        }
        return expect(TokenType.TYPE_COMMENT);
    }

    private Arguments params() throws ParseException {
        int m = mark;
        if (callInvalidRules) {
            new ParamParser(this, false).invalidParameters();
            mark = m;
        }
        Arguments a = new ParamParser(this, false).parameters();
        if (a == null) mark = m;
        return a;
    }

    private void invalidDefRaw() throws ParseException {
        int m = mark;
        accept(TokenType.ASYNC);
        Token a = expect(TokenType.DEF);
        if (a != null && expect(TokenType.NAME) != null && accept(TokenType.LPAR)) {
            int pm = mark;
            if (params() == null) mark = pm;
            if (accept(TokenType.RPAR)) {
                int rm = mark;
                if (!(accept(TokenType.RARROW) && expression() != null)) mark = rm;
                if (accept(TokenType.COLON) && newlineNoIndent()) throw indentAfter("function definition", a);
            }
        }
        mark = m;
    }

    private Stmt ifStmt() throws ParseException {
        int m = mark;
        if (callInvalidRules) {
            invalidIfLike(TokenType.IF, "'if' statement");
            mark = m;
        }
        Token st = expect(TokenType.IF);
        if (st == null) return null;
        return ifTail(st, m);
    }

    private Stmt ifTail(Token st, int m) throws ParseException {
        Expr test = namedExpression();
        if (test == null || !accept(TokenType.COLON)) {
            mark = m;
            return null;
        }
        List<Stmt> body = block();
        if (body == null) {
            mark = m;
            return null;
        }
        int em = mark;
        Stmt elif = elifStmt();
        if (elif != null) {
            Token end = last();
            return new Stmt.If(test, body, List.of(elif), st.lineno, st.col, end.endLineno, end.endCol);
        }
        mark = em;
        List<Stmt> orelse = elseBlock();
        if (orelse == null) mark = em;
        Token end = last();
        return new Stmt.If(test, body, orelse == null ? List.of() : orelse, st.lineno, st.col, end.endLineno, end.endCol);
    }

    private Stmt elifStmt() throws ParseException {
        int m = mark;
        if (callInvalidRules) {
            invalidIfLike(TokenType.ELIF, "'elif' statement");
            mark = m;
        }
        Token st = expect(TokenType.ELIF);
        if (st == null) return null;
        return ifTail(st, m);
    }

    /** invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt. */
    private void invalidIfLike(TokenType kw, String what) throws ParseException {
        int m = mark;
        Token a = expect(kw);
        if (a == null) return;
        if (namedExpression() != null) {
            int nm = mark;
            if (accept(TokenType.NEWLINE)) throw syntaxError("expected ':'");
            mark = nm;
            if (accept(TokenType.COLON) && newlineNoIndent()) throw indentAfter(what, a);
        }
        mark = m;
    }

    private List<Stmt> elseBlock() throws ParseException {
        int m = mark;
        if (callInvalidRules) {
            Token a = expect(TokenType.ELSE);
            if (a != null && accept(TokenType.COLON) && newlineNoIndent()) throw indentAfter("'else' statement", a);
            mark = m;
        }
        if (!accept(TokenType.ELSE)) return null;
        forced(TokenType.COLON);
        List<Stmt> b = block();
        if (b == null) mark = m;
        return b;
    }

    private Stmt whileStmt() throws ParseException {
        int m = mark;
        if (callInvalidRules) {
            invalidIfLike(TokenType.WHILE, "'while' statement");
            mark = m;
        }
        Token st = expect(TokenType.WHILE);
        if (st == null) return null;
        Expr test = namedExpression();
        if (test == null || !accept(TokenType.COLON)) {
            mark = m;
            return null;
        }
        List<Stmt> body = block();
        if (body == null) {
            mark = m;
            return null;
        }
        int em = mark;
        List<Stmt> orelse = elseBlock();
        if (orelse == null) mark = em;
        Token end = last();
        return new Stmt.While(test, body, orelse == null ? List.of() : orelse, st.lineno, st.col, end.endLineno, end.endCol);
    }

    private Stmt forStmt() throws ParseException {
        int m = mark;
        if (callInvalidRules) {
            invalidForStmt();
            mark = m;
        }
        Token st = peek();
        boolean isAsync = accept(TokenType.ASYNC);
        if (accept(TokenType.FOR)) {
            Expr target = starTargets();
            if (target != null && accept(TokenType.IN)) {
                // cut
                Expr iter = starExpressions();
                if (iter == null || !accept(TokenType.COLON)) {
                    mark = m;
                    return null;
                }
                int tm = mark;
                Token tc = expect(TokenType.TYPE_COMMENT);
                List<Stmt> body = block();
                if (body == null) {
                    mark = m;
                    return null;
                }
                int em = mark;
                List<Stmt> orelse = elseBlock();
                if (orelse == null) mark = em;
                Token end = last();
                String tcs = tc == null ? null : tc.text;
                List<Stmt> oe = orelse == null ? List.of() : orelse;
                if (isAsync) return new Stmt.AsyncFor(target, iter, body, oe, tcs, st.lineno, st.col, end.endLineno, end.endCol);
                return new Stmt.For(target, iter, body, oe, tcs, st.lineno, st.col, end.endLineno, end.endCol);
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidForTarget();
            mark = m;
        }
        return null;
    }

    private void invalidForStmt() throws ParseException {
        int m = mark;
        accept(TokenType.ASYNC);
        Token a = expect(TokenType.FOR);
        if (a != null && starTargets() != null && accept(TokenType.IN) && starExpressions() != null) {
            int nm = mark;
            if (accept(TokenType.NEWLINE)) throw syntaxError("expected ':'");
            mark = nm;
            if (accept(TokenType.COLON) && newlineNoIndent()) throw indentAfter("'for' statement", a);
        }
        mark = m;
    }

    private Stmt withStmt() throws ParseException {
        int m = mark;
        if (callInvalidRules) {
            invalidWithStmtIndent();
            mark = m;
        }
        Token st = peek();
        boolean isAsync = accept(TokenType.ASYNC);
        if (!accept(TokenType.WITH)) {
            mark = m;
            return null;
        }
        int wm = mark;
        // '(' ','.with_item+ ','? ')' ':' block
        if (accept(TokenType.LPAR)) {
            List<WithItem> items = withItems();
            if (items != null) {
                accept(TokenType.COMMA);
                if (accept(TokenType.RPAR) && accept(TokenType.COLON)) {
                    List<Stmt> body = block();
                    if (body != null) {
                        Token end = last();
                        if (isAsync) return new Stmt.AsyncWith(items, body, null, st.lineno, st.col, end.endLineno, end.endCol);
                        return new Stmt.With(items, body, null, st.lineno, st.col, end.endLineno, end.endCol);
                    }
                }
            }
        }
        mark = wm;
        List<WithItem> items = withItems();
        if (items != null && accept(TokenType.COLON)) {
            Token tc = expect(TokenType.TYPE_COMMENT);
            List<Stmt> body = block();
            if (body != null) {
                Token end = last();
                String tcs = tc == null ? null : tc.text;
                if (isAsync) return new Stmt.AsyncWith(items, body, tcs, st.lineno, st.col, end.endLineno, end.endCol);
                return new Stmt.With(items, body, tcs, st.lineno, st.col, end.endLineno, end.endCol);
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidWithStmt();
            mark = m;
        }
        return null;
    }

    private List<WithItem> withItems() throws ParseException {
        List<WithItem> r = new ArrayList<>();
        while (true) {
            int mm = mark;
            WithItem w = withItem();
            if (w == null) {
                mark = mm;
                if (!r.isEmpty()) mark = mm - 1;
                break;
            }
            r.add(w);
            if (!accept(TokenType.COMMA)) break;
        }
        return r.isEmpty() ? null : r;
    }

    private WithItem withItem() throws ParseException {
        int m = mark;
        Expr e = expression();
        if (e == null) return null;
        int am = mark;
        if (accept(TokenType.AS)) {
            Expr t = starTarget();
            if (t != null && (check(TokenType.COMMA) || check(TokenType.RPAR) || check(TokenType.COLON))) return new WithItem(e, t);
            mark = am;
            if (callInvalidRules) {
                mark = am + 1;
                Expr a = expression();
                if (a != null && (check(TokenType.COMMA) || check(TokenType.RPAR) || check(TokenType.COLON))) {
                    ParseException err = invalidTargetError(a, TargetsType.STAR);
                    if (err != null) throw err;
                }
                mark = am;
            }
        }
        mark = am;
        return new WithItem(e, null);
    }

    /** ','.(expression ['as' star_target])+ (or with 'expressions' inside parentheses). */
    private boolean looseWithItems(boolean parenthesized) throws ParseException {
        boolean any = false;
        while (true) {
            int mm = mark;
            Expr e = parenthesized ? expressions() : expression();
            if (e == null) {
                mark = mm;
                if (any) mark = mm - 1;
                break;
            }
            any = true;
            int am = mark;
            if (!(accept(TokenType.AS) && starTarget() != null)) mark = am;
            if (!accept(TokenType.COMMA)) break;
        }
        return any;
    }

    private void invalidWithStmt() throws ParseException {
        int m = mark;
        accept(TokenType.ASYNC);
        if (accept(TokenType.WITH)) {
            int wm = mark;
            if (looseWithItems(false) && accept(TokenType.NEWLINE)) throw syntaxError("expected ':'");
            mark = wm;
            if (accept(TokenType.LPAR) && looseWithItems(true)) {
                accept(TokenType.COMMA);
                if (accept(TokenType.RPAR) && accept(TokenType.NEWLINE)) throw syntaxError("expected ':'");
            }
        }
        mark = m;
    }

    private void invalidWithStmtIndent() throws ParseException {
        int m = mark;
        accept(TokenType.ASYNC);
        Token a = expect(TokenType.WITH);
        if (a != null) {
            int wm = mark;
            if (looseWithItems(false) && accept(TokenType.COLON) && newlineNoIndent()) throw indentAfter("'with' statement", a);
            mark = wm;
            if (accept(TokenType.LPAR) && looseWithItems(true)) {
                accept(TokenType.COMMA);
                if (accept(TokenType.RPAR) && accept(TokenType.COLON) && newlineNoIndent()) throw indentAfter("'with' statement", a);
            }
        }
        mark = m;
    }

    private Stmt tryStmt() throws ParseException {
        int m = mark;
        if (callInvalidRules) {
            invalidTryStmt();
            mark = m;
        }
        Token st = expect(TokenType.TRY);
        if (st == null) return null;
        forced(TokenType.COLON);
        List<Stmt> body = block();
        if (body == null) {
            mark = m;
            return null;
        }
        int bm = mark;
        List<Stmt> fin = finallyBlock();
        if (fin != null) {
            Token end = last();
            return new Stmt.Try(body, List.of(), List.of(), fin, st.lineno, st.col, end.endLineno, end.endCol);
        }
        mark = bm;
        for (int star = 0; star < 2; star++) {
            mark = bm;
            List<ExceptHandler> handlers = new ArrayList<>();
            while (true) {
                int hm = mark;
                ExceptHandler h = star == 0 ? exceptBlock() : exceptStarBlock();
                if (h == null) {
                    mark = hm;
                    break;
                }
                handlers.add(h);
            }
            if (handlers.isEmpty()) continue;
            int em = mark;
            List<Stmt> orelse = elseBlock();
            if (orelse == null) mark = em;
            int fm = mark;
            List<Stmt> f = finallyBlock();
            if (f == null) mark = fm;
            Token end = last();
            List<Stmt> oe = orelse == null ? List.of() : orelse;
            List<Stmt> ff = f == null ? List.of() : f;
            if (star == 0) return new Stmt.Try(body, handlers, oe, ff, st.lineno, st.col, end.endLineno, end.endCol);
            return new Stmt.TryStar(body, handlers, oe, ff, st.lineno, st.col, end.endLineno, end.endCol);
        }
        mark = m;
        return null;
    }

    private void invalidTryStmt() throws ParseException {
        int m = mark;
        Token a = expect(TokenType.TRY);
        if (a == null) return;
        if (accept(TokenType.COLON) && newlineNoIndent()) throw indentAfter("'try' statement", a);
        mark = m + 1;
        if (accept(TokenType.COLON) && block() != null && !check(TokenType.EXCEPT) && !check(TokenType.FINALLY)) {
            throw syntaxError("expected 'except' or 'finally' block");
        }
        mark = m + 1;
        if (accept(TokenType.COLON)) {
            int bm = mark;
            while (block() != null) { }
            int afterBlocks = mark;
            boolean anyExcept = false;
            while (true) {
                int hm = mark;
                if (exceptBlock() == null) {
                    mark = hm;
                    break;
                }
                anyExcept = true;
            }
            if (anyExcept) {
                Token ex = expect(TokenType.EXCEPT);
                if (ex != null) {
                    Token starTok = expect(TokenType.STAR);
                    if (starTok != null && expression() != null) {
                        int am = mark;
                        if (!(accept(TokenType.AS) && expect(TokenType.NAME) != null)) mark = am;
                        if (accept(TokenType.COLON)) throw knownRange(ex, starTok, "cannot have both 'except' and 'except*' on the same 'try'");
                    }
                }
            }
            mark = afterBlocks;
            boolean anyStar = false;
            while (true) {
                int hm = mark;
                if (exceptStarBlock() == null) {
                    mark = hm;
                    break;
                }
                anyStar = true;
            }
            if (anyStar) {
                Token ex = expect(TokenType.EXCEPT);
                if (ex != null) {
                    int em = mark;
                    if (expression() != null) {
                        int am = mark;
                        if (!(accept(TokenType.AS) && expect(TokenType.NAME) != null)) mark = am;
                    } else {
                        mark = em;
                    }
                    if (accept(TokenType.COLON)) throw knownLocation(ex, "cannot have both 'except' and 'except*' on the same 'try'");
                }
            }
        }
        mark = m;
    }

    private ExceptHandler exceptBlock() throws ParseException {
        int m = mark;
        if (callInvalidRules) {
            Token a = expect(TokenType.EXCEPT);
            if (a != null) {
                if (expression() != null) {
                    int am = mark;
                    if (!(accept(TokenType.AS) && expect(TokenType.NAME) != null)) mark = am;
                    if (accept(TokenType.COLON) && newlineNoIndent()) throw indentAfter("'except' statement", a);
                }
                mark = m + 1;
                if (accept(TokenType.COLON) && newlineNoIndent()) throw indentAfter("'except' statement", a);
            }
            mark = m;
        }
        Token st = expect(TokenType.EXCEPT);
        if (st == null) return null;
        Expr type = expression();
        if (type != null) {
            String name = null;
            int am = mark;
            if (accept(TokenType.AS)) {
                Token n = expect(TokenType.NAME);
                if (n == null) {
                    mark = m;
                    return invalidExceptStmt(m);
                }
                name = identifier(n);
            }
            if (accept(TokenType.COLON)) {
                List<Stmt> body = block();
                if (body != null) {
                    Token end = last();
                    return new ExceptHandler.Handler(type, name, body, st.lineno, st.col, end.endLineno, end.endCol);
                }
            }
            mark = m;
            return invalidExceptStmt(m);
        }
        mark = m + 1;
        if (accept(TokenType.COLON)) {
            List<Stmt> body = block();
            if (body != null) {
                Token end = last();
                return new ExceptHandler.Handler(null, null, body, st.lineno, st.col, end.endLineno, end.endCol);
            }
        }
        mark = m;
        return invalidExceptStmt(m);
    }

    private ExceptHandler exceptStarBlock() throws ParseException {
        int m = mark;
        if (callInvalidRules) {
            Token a = expect(TokenType.EXCEPT);
            if (a != null && accept(TokenType.STAR) && expression() != null) {
                int am = mark;
                if (!(accept(TokenType.AS) && expect(TokenType.NAME) != null)) mark = am;
                if (accept(TokenType.COLON) && newlineNoIndent()) throw indentAfter("'except*' statement", a);
            }
            mark = m;
        }
        Token st = expect(TokenType.EXCEPT);
        if (st == null || !accept(TokenType.STAR)) {
            mark = m;
            return null;
        }
        Expr type = expression();
        if (type != null) {
            String name = null;
            boolean ok = true;
            if (accept(TokenType.AS)) {
                Token n = expect(TokenType.NAME);
                if (n == null) ok = false;
                else name = identifier(n);
            }
            if (ok && accept(TokenType.COLON)) {
                List<Stmt> body = block();
                if (body != null) {
                    Token end = last();
                    return new ExceptHandler.Handler(type, name, body, st.lineno, st.col, end.endLineno, end.endCol);
                }
            }
        }
        mark = m;
        return invalidExceptStmt(m);
    }

    private ExceptHandler invalidExceptStmt(int m) throws ParseException {
        mark = m;
        if (!callInvalidRules) return null;
        if (accept(TokenType.EXCEPT)) {
            accept(TokenType.STAR);
            Expr a = expression();
            if (a != null && accept(TokenType.COMMA) && expressions() != null) {
                int am = mark;
                if (!(accept(TokenType.AS) && expect(TokenType.NAME) != null)) mark = am;
                if (accept(TokenType.COLON)) throw startingFrom(a, "multiple exception types must be parenthesized");
            }
        }
        mark = m;
        if (accept(TokenType.EXCEPT)) {
            accept(TokenType.STAR);
            if (expression() != null) {
                int am = mark;
                if (!(accept(TokenType.AS) && expect(TokenType.NAME) != null)) mark = am;
                if (accept(TokenType.NEWLINE)) throw syntaxError("expected ':'");
            }
        }
        mark = m;
        if (accept(TokenType.EXCEPT) && accept(TokenType.NEWLINE)) throw syntaxError("expected ':'");
        mark = m;
        if (accept(TokenType.EXCEPT) && accept(TokenType.STAR) && (check(TokenType.NEWLINE) || check(TokenType.COLON))) {
            mark++;
            throw syntaxError("expected one or more exception types");
        }
        mark = m;
        return null;
    }

    private List<Stmt> finallyBlock() throws ParseException {
        int m = mark;
        if (callInvalidRules) {
            Token a = expect(TokenType.FINALLY);
            if (a != null && accept(TokenType.COLON) && newlineNoIndent()) throw indentAfter("'finally' statement", a);
            mark = m;
        }
        if (!accept(TokenType.FINALLY)) return null;
        forced(TokenType.COLON);
        List<Stmt> b = block();
        if (b == null) mark = m;
        return b;
    }
}
