package org.ember.parser;

import java.util.ArrayList;
import java.util.List;
import org.ember.ast.Arg;
import org.ember.ast.Arguments;
import org.ember.ast.BoolOp;
import org.ember.ast.CmpOp;
import org.ember.ast.Comprehension;
import org.ember.ast.ConstantSingleton;
import org.ember.ast.Expr;
import org.ember.ast.ExprContext;
import org.ember.ast.Keyword;
import org.ember.ast.Operator;
import org.ember.ast.UnaryOp;

/** Expression, target, argument and lambda rules of the 3.11 grammar (python.gram), including their invalid_* rules. */
abstract class ExpressionParser extends ParserBase {
    static final int M_EXPRESSION = 1, M_DISJUNCTION = 2, M_CONJUNCTION = 3, M_INVERSION = 4, M_FACTOR = 5,
        M_AWAIT_PRIMARY = 6, M_STAR_EXPRESSION = 7, M_ARGUMENTS = 8, M_STAR_TARGET = 9, M_TARGET_WITH_STAR_ATOM = 10,
        M_DEL_TARGET = 11, M_STRINGS = 12, M_INVALID_NAMED = 13, M_BITWISE_OR = 14, M_T_PRIMARY = 15,
        M_SIMPLE_STMT = 16, M_BLOCK = 17, M_CLOSED_PATTERN = 18, M_STAR_PATTERN = 19, M_IMPORT_STMT = 20,
        M_PRIMARY = 21, M_SUM = 22, M_TERM = 23, M_SHIFT = 24, M_BAND = 25, M_BXOR = 26, M_COMPARISON = 27;

    ExpressionParser(Tokenizer tok, String filename) {
        super(tok, filename);
    }

    /** Builds the node for a run of adjacent STRING tokens (CPython's _PyPegen_concatenate_strings). */
    abstract Expr concatenateStrings(List<Token> strings) throws ParseException;

    /** Parses a NUMBER token's value. */
    abstract Expr number(Token t) throws ParseException;

    // ---- small helpers ----

    final Expr.Name name() throws ParseException {
        Token t = expect(TokenType.NAME);
        if (t == null) return null;
        return new Expr.Name(identifier(t), ExprContext.Load, t.lineno, t.col, t.endLineno, t.endCol);
    }

    final Expr.Constant singleton(Token t, ConstantSingleton v) {
        return new Expr.Constant(v, null, t.lineno, t.col, t.endLineno, t.endCol);
    }

    // ---- expressions ----

    /** expressions: expression (',' expression)* [','] */
    final Expr expressions() throws ParseException {
        Token st = peek();
        Expr a = expression();
        if (a == null) return null;
        if (!check(TokenType.COMMA)) return a;
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        while (accept(TokenType.COMMA)) {
            int m = mark;
            Expr e = expression();
            if (e == null) {
                mark = m;
                break;
            }
            elts.add(e);
        }
        Token e = last();
        return new Expr.Tuple(elts, ExprContext.Load, st.lineno, st.col, e.endLineno, e.endCol);
    }

    final Expr expression() throws ParseException {
        int start = mark;
        Object memo = memoGet(M_EXPRESSION);
        if (memo != null) return memo == FAIL ? null : (Expr) memo;
        enter();
        try {
            Expr r = expressionRaw();
            memoPut(start, M_EXPRESSION, r);
            return r;
        } finally {
            leave();
        }
    }

    private Expr expressionRaw() throws ParseException {
        int m = mark;
        Token st = peek();
        if (callInvalidRules) {
            invalidExpression();
            mark = m;
            invalidLegacyExpression();
            mark = m;
        }
        Expr a = disjunction();
        if (a != null) {
            int afterA = mark;
            if (accept(TokenType.IF)) {
                Expr b = disjunction();
                if (b != null && accept(TokenType.ELSE)) {
                    Expr c = expression();
                    if (c != null) {
                        Token e = last();
                        return new Expr.IfExp(b, a, c, st.lineno, st.col, e.endLineno, e.endCol);
                    }
                }
            }
            mark = afterA;
            return a;
        }
        mark = m;
        if (check(TokenType.LAMBDA)) {
            Expr l = lambdef();
            if (l != null) return l;
        }
        mark = m;
        return null;
    }

    /** expression_without_invalid: like expression but never runs invalid rules. */
    final Expr expressionWithoutInvalid() throws ParseException {
        boolean saved = callInvalidRules;
        callInvalidRules = false;
        try {
            int m = mark;
            Token st = peek();
            Expr a = disjunction();
            if (a != null) {
                int afterA = mark;
                if (accept(TokenType.IF)) {
                    Expr b = disjunction();
                    if (b != null && accept(TokenType.ELSE)) {
                        Expr c = expressionWithoutInvalid();
                        if (c != null) {
                            Token e = last();
                            return new Expr.IfExp(b, a, c, st.lineno, st.col, e.endLineno, e.endCol);
                        }
                    }
                }
                mark = afterA;
                return a;
            }
            mark = m;
            if (check(TokenType.LAMBDA)) {
                Expr l = lambdef();
                if (l != null) return l;
            }
            mark = m;
            return null;
        } finally {
            callInvalidRules = saved;
        }
    }

    private void invalidExpression() throws ParseException {
        int m = mark;
        // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
        Token t0 = peek();
        boolean skip = false;
        if (t0.type == TokenType.NAME) {
            Token t1 = t(mark + 1);
            if (t1.type == TokenType.STRING) skip = true;
            // pegen's SOFT_KEYWORD test compares only the token's length of each soft keyword (strncmp),
            // so any prefix of "match", "case" or "_" counts
            String tx = t0.text;
            if (!tx.isEmpty() && ("match".startsWith(tx) || "case".startsWith(tx) || "_".startsWith(tx))) skip = true;
        }
        if (!skip) {
            Expr a = disjunction();
            if (a != null) {
                Expr b = expressionWithoutInvalid();
                if (b != null) {
                    if (!isLegacyStmt(a) && tokens.get(mark - 1).level != 0) {
                        throw knownRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
                    }
                }
            }
        }
        mark = m;
        Expr a = disjunction();
        if (a != null && accept(TokenType.IF)) {
            Expr b = disjunction();
            if (b != null && !check(TokenType.ELSE) && !check(TokenType.COLON)) {
                throw knownRange(a, b, "expected 'else' after 'if' expression");
            }
        }
        mark = m;
    }

    private static boolean isLegacyStmt(Expr a) {
        return a instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
    }

    private void invalidLegacyExpression() throws ParseException {
        int m = mark;
        Expr.Name a = name();
        if (a != null && !check(TokenType.LPAR)) {
            Expr b = starExpressions();
            if (b != null && isLegacyStmt(a)) {
                throw knownRange(a, b, "Missing parentheses in call to '" + a.id() + "'. Did you mean " + a.id() + "(...)?");
            }
        }
        mark = m;
    }

    final Expr yieldExpr() throws ParseException {
        int m = mark;
        Token st = expect(TokenType.YIELD);
        if (st == null) return null;
        if (accept(TokenType.FROM)) {
            Expr a = expression();
            if (a != null) {
                Token e = last();
                return new Expr.YieldFrom(a, st.lineno, st.col, e.endLineno, e.endCol);
            }
            mark = m + 1;
        }
        int mm = mark;
        Expr a = starExpressions();
        if (a == null) mark = mm;
        Token e = last();
        return new Expr.Yield(a, st.lineno, st.col, e.endLineno, e.endCol);
    }

    final Expr starExpressions() throws ParseException {
        Token st = peek();
        Expr a = starExpression();
        if (a == null) return null;
        if (!check(TokenType.COMMA)) return a;
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        while (accept(TokenType.COMMA)) {
            int m = mark;
            Expr e = starExpression();
            if (e == null) {
                mark = m;
                break;
            }
            elts.add(e);
        }
        Token e = last();
        return new Expr.Tuple(elts, ExprContext.Load, st.lineno, st.col, e.endLineno, e.endCol);
    }

    final Expr starExpression() throws ParseException {
        int start = mark;
        Object memo = memoGet(M_STAR_EXPRESSION);
        if (memo != null) return memo == FAIL ? null : (Expr) memo;
        Expr r = null;
        Token st = peek();
        if (st.type == TokenType.STAR) {
            mark++;
            Expr a = bitwiseOr();
            if (a != null) {
                Token e = last();
                r = new Expr.Starred(a, ExprContext.Load, st.lineno, st.col, e.endLineno, e.endCol);
            } else {
                mark = start;
            }
        }
        if (r == null) {
            r = expression();
            if (r == null) mark = start;
        }
        memoPut(start, M_STAR_EXPRESSION, r);
        return r;
    }

    final List<Expr> starNamedExpressions() throws ParseException {
        Expr a = starNamedExpression();
        if (a == null) return null;
        List<Expr> r = new ArrayList<>();
        r.add(a);
        while (true) {
            int m = mark;
            if (!accept(TokenType.COMMA)) break;
            Expr e = starNamedExpression();
            if (e == null) {
                // trailing comma consumed as [',']
                break;
            }
            r.add(e);
        }
        return r;
    }

    final Expr starNamedExpression() throws ParseException {
        int m = mark;
        Token st = peek();
        if (st.type == TokenType.STAR) {
            mark++;
            Expr a = bitwiseOr();
            if (a != null) {
                Token e = last();
                return new Expr.Starred(a, ExprContext.Load, st.lineno, st.col, e.endLineno, e.endCol);
            }
            mark = m;
            return null;
        }
        return namedExpression();
    }

    final Expr assignmentExpression() throws ParseException {
        int m = mark;
        Token st = peek();
        if (st.type != TokenType.NAME || t(mark + 1).type != TokenType.COLONEQUAL) return null;
        mark += 2;
        Expr b = expression();
        if (b == null) {
            mark = m;
            return null;
        }
        Token e = last();
        Expr target = new Expr.Name(identifier(st), ExprContext.Store, st.lineno, st.col, st.endLineno, st.endCol);
        return new Expr.NamedExpr(target, b, st.lineno, st.col, e.endLineno, e.endCol);
    }

    final Expr namedExpression() throws ParseException {
        int m = mark;
        Expr a = assignmentExpression();
        if (a != null) return a;
        mark = m;
        if (callInvalidRules) {
            invalidNamedExpression();
            mark = m;
        }
        Expr e = expression();
        if (e != null && !check(TokenType.COLONEQUAL)) return e;
        mark = m;
        return null;
    }

    private void invalidNamedExpression() throws ParseException {
        int m = mark;
        Object memo = memoGet(M_INVALID_NAMED);
        if (memo != null) {
            mark = m;
            return;
        }
        Expr a = expression();
        if (a != null && accept(TokenType.COLONEQUAL)) {
            Expr b = expression();
            if (b != null) throw knownLocation(a, "cannot use assignment expressions with " + exprName(a));
        }
        mark = m;
        Expr.Name n = name();
        if (n != null && accept(TokenType.EQUAL)) {
            Expr b = bitwiseOr();
            if (b != null && !check(TokenType.EQUAL) && !check(TokenType.COLONEQUAL)) {
                throw knownRange(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        mark = m;
        // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
        boolean excluded = false;
        TokenType tt = peekType();
        if (tt == TokenType.TRUE || tt == TokenType.NONE || tt == TokenType.FALSE) excluded = true;
        else if (tt == TokenType.LSQB) {
            excluded = list() != null;
            mark = m;
        } else if (tt == TokenType.LPAR) {
            excluded = tuple() != null;
            mark = m;
            if (!excluded) excluded = genexp() != null;
            mark = m;
        }
        if (!excluded) {
            Expr a2 = bitwiseOr();
            if (a2 != null && accept(TokenType.EQUAL)) {
                Expr b = bitwiseOr();
                if (b != null && !check(TokenType.EQUAL) && !check(TokenType.COLONEQUAL)) {
                    throw knownLocation(a2, "cannot assign to " + exprName(a2) + " here. Maybe you meant '==' instead of '='?");
                }
            }
        }
        mark = m;
        memoPut(m, M_INVALID_NAMED, null);
    }

    final Expr disjunction() throws ParseException {
        int start = mark;
        Object memo = memoGet(M_DISJUNCTION);
        if (memo != null) return memo == FAIL ? null : (Expr) memo;
        Token st = peek();
        Expr a = conjunction();
        Expr r = a;
        if (a != null && check(TokenType.OR)) {
            List<Expr> vals = new ArrayList<>();
            vals.add(a);
            while (true) {
                int m = mark;
                if (!accept(TokenType.OR)) break;
                Expr c = conjunction();
                if (c == null) {
                    mark = m;
                    break;
                }
                vals.add(c);
            }
            if (vals.size() > 1) {
                Token e = last();
                r = new Expr.BoolOp(BoolOp.Or, vals, st.lineno, st.col, e.endLineno, e.endCol);
            }
        }
        if (r == null) mark = start;
        memoPut(start, M_DISJUNCTION, r);
        return r;
    }

    final Expr conjunction() throws ParseException {
        int start = mark;
        Object memo = memoGet(M_CONJUNCTION);
        if (memo != null) return memo == FAIL ? null : (Expr) memo;
        Token st = peek();
        Expr a = inversion();
        Expr r = a;
        if (a != null && check(TokenType.AND)) {
            List<Expr> vals = new ArrayList<>();
            vals.add(a);
            while (true) {
                int m = mark;
                if (!accept(TokenType.AND)) break;
                Expr c = inversion();
                if (c == null) {
                    mark = m;
                    break;
                }
                vals.add(c);
            }
            if (vals.size() > 1) {
                Token e = last();
                r = new Expr.BoolOp(BoolOp.And, vals, st.lineno, st.col, e.endLineno, e.endCol);
            }
        }
        if (r == null) mark = start;
        memoPut(start, M_CONJUNCTION, r);
        return r;
    }

    final Expr inversion() throws ParseException {
        int start = mark;
        Object memo = memoGet(M_INVERSION);
        if (memo != null) return memo == FAIL ? null : (Expr) memo;
        enter();
        try {
            Expr r = null;
            Token st = peek();
            if (st.type == TokenType.NOT) {
                mark++;
                Expr a = inversion();
                if (a != null) {
                    Token e = last();
                    r = new Expr.UnaryOp(UnaryOp.Not, a, st.lineno, st.col, e.endLineno, e.endCol);
                } else {
                    mark = start;
                }
            }
            if (r == null) {
                r = comparison();
                if (r == null) mark = start;
            }
            memoPut(start, M_INVERSION, r);
            return r;
        } finally {
            leave();
        }
    }

    final Expr comparison() throws ParseException {
        Token st = peek();
        Expr a = bitwiseOr();
        if (a == null) return null;
        List<CmpOp> ops = null;
        List<Expr> comps = null;
        while (true) {
            int m = mark;
            Token t = peek();
            CmpOp op = null;
            switch (t.type) {
                case EQEQUAL -> { op = CmpOp.Eq; mark++; }
                case NOTEQUAL -> {
                    if (t.text.equals("!=")) {
                        op = CmpOp.NotEq;
                        mark++;
                    }
                }
                case LESSEQUAL -> { op = CmpOp.LtE; mark++; }
                case LESS -> { op = CmpOp.Lt; mark++; }
                case GREATEREQUAL -> { op = CmpOp.GtE; mark++; }
                case GREATER -> { op = CmpOp.Gt; mark++; }
                case NOT -> {
                    if (t(mark + 1).type == TokenType.IN) {
                        op = CmpOp.NotIn;
                        mark += 2;
                    }
                }
                case IN -> { op = CmpOp.In; mark++; }
                case IS -> {
                    if (t(mark + 1).type == TokenType.NOT) {
                        mark += 2;
                        Expr b = bitwiseOr();
                        if (b != null) {
                            if (ops == null) { ops = new ArrayList<>(); comps = new ArrayList<>(); }
                            ops.add(CmpOp.IsNot);
                            comps.add(b);
                            continue;
                        }
                        mark = m;
                    }
                    op = CmpOp.Is;
                    mark = m + 1;
                }
                default -> { }
            }
            if (op == null) break;
            Expr b = bitwiseOr();
            if (b == null) {
                mark = m;
                break;
            }
            if (ops == null) { ops = new ArrayList<>(); comps = new ArrayList<>(); }
            ops.add(op);
            comps.add(b);
        }
        if (ops == null) return a;
        Token e = last();
        return new Expr.Compare(a, ops, comps, st.lineno, st.col, e.endLineno, e.endCol);
    }

    final Expr bitwiseOr() throws ParseException {
        int start = mark;
        Object memo = memoGet(M_BITWISE_OR);
        if (memo != null) return memo == FAIL ? null : (Expr) memo;
        Token st = peek();
        Expr a = bitwiseXor();
        while (a != null) {
            int m = mark;
            if (!accept(TokenType.VBAR)) break;
            Expr b = bitwiseXor();
            if (b == null) {
                mark = m;
                break;
            }
            Token e = last();
            a = new Expr.BinOp(a, Operator.BitOr, b, st.lineno, st.col, e.endLineno, e.endCol);
        }
        if (a == null) mark = start;
        memoPut(start, M_BITWISE_OR, a);
        return a;
    }

    final Expr bitwiseXor() throws ParseException {
        Token st = peek();
        Expr a = bitwiseAnd();
        while (a != null) {
            int m = mark;
            if (!accept(TokenType.CIRCUMFLEX)) break;
            Expr b = bitwiseAnd();
            if (b == null) {
                mark = m;
                break;
            }
            Token e = last();
            a = new Expr.BinOp(a, Operator.BitXor, b, st.lineno, st.col, e.endLineno, e.endCol);
        }
        return a;
    }

    final Expr bitwiseAnd() throws ParseException {
        Token st = peek();
        Expr a = shiftExpr();
        while (a != null) {
            int m = mark;
            if (!accept(TokenType.AMPER)) break;
            Expr b = shiftExpr();
            if (b == null) {
                mark = m;
                break;
            }
            Token e = last();
            a = new Expr.BinOp(a, Operator.BitAnd, b, st.lineno, st.col, e.endLineno, e.endCol);
        }
        return a;
    }

    final Expr shiftExpr() throws ParseException {
        Token st = peek();
        Expr a = sum();
        while (a != null) {
            int m = mark;
            TokenType tt = peekType();
            Operator op = tt == TokenType.LEFTSHIFT ? Operator.LShift : tt == TokenType.RIGHTSHIFT ? Operator.RShift : null;
            if (op == null) break;
            mark++;
            Expr b = sum();
            if (b == null) {
                mark = m;
                break;
            }
            Token e = last();
            a = new Expr.BinOp(a, op, b, st.lineno, st.col, e.endLineno, e.endCol);
        }
        return a;
    }

    final Expr sum() throws ParseException {
        Token st = peek();
        Expr a = term();
        while (a != null) {
            int m = mark;
            TokenType tt = peekType();
            Operator op = tt == TokenType.PLUS ? Operator.Add : tt == TokenType.MINUS ? Operator.Sub : null;
            if (op == null) break;
            mark++;
            Expr b = term();
            if (b == null) {
                mark = m;
                break;
            }
            Token e = last();
            a = new Expr.BinOp(a, op, b, st.lineno, st.col, e.endLineno, e.endCol);
        }
        return a;
    }

    final Expr term() throws ParseException {
        Token st = peek();
        Expr a = factor();
        while (a != null) {
            int m = mark;
            Operator op = switch (peekType()) {
                case STAR -> Operator.Mult;
                case SLASH -> Operator.Div;
                case DOUBLESLASH -> Operator.FloorDiv;
                case PERCENT -> Operator.Mod;
                case AT -> Operator.MatMult;
                default -> null;
            };
            if (op == null) break;
            mark++;
            Expr b = factor();
            if (b == null) {
                mark = m;
                break;
            }
            Token e = last();
            a = new Expr.BinOp(a, op, b, st.lineno, st.col, e.endLineno, e.endCol);
        }
        return a;
    }

    final Expr factor() throws ParseException {
        int start = mark;
        Object memo = memoGet(M_FACTOR);
        if (memo != null) return memo == FAIL ? null : (Expr) memo;
        enter();
        try {
            Token st = peek();
            UnaryOp op = switch (st.type) {
                case PLUS -> UnaryOp.UAdd;
                case MINUS -> UnaryOp.USub;
                case TILDE -> UnaryOp.Invert;
                default -> null;
            };
            Expr r = null;
            if (op != null) {
                mark++;
                Expr a = factor();
                if (a != null) {
                    Token e = last();
                    r = new Expr.UnaryOp(op, a, st.lineno, st.col, e.endLineno, e.endCol);
                } else {
                    mark = start;
                }
            }
            if (r == null) {
                r = power();
                if (r == null) mark = start;
            }
            memoPut(start, M_FACTOR, r);
            return r;
        } finally {
            leave();
        }
    }

    final Expr power() throws ParseException {
        enter();
        try {
            Token st = peek();
            Expr a = awaitPrimary();
            if (a == null) return null;
            int m = mark;
            if (accept(TokenType.DOUBLESTAR)) {
                Expr b = factor();
                if (b != null) {
                    Token e = last();
                    return new Expr.BinOp(a, Operator.Pow, b, st.lineno, st.col, e.endLineno, e.endCol);
                }
                mark = m;
            }
            return a;
        } finally {
            leave();
        }
    }

    final Expr awaitPrimary() throws ParseException {
        int start = mark;
        Object memo = memoGet(M_AWAIT_PRIMARY);
        if (memo != null) return memo == FAIL ? null : (Expr) memo;
        Token st = peek();
        Expr r = null;
        if (st.type == TokenType.AWAIT) {
            mark++;
            Expr a = primary();
            if (a != null) {
                Token e = last();
                r = new Expr.Await(a, st.lineno, st.col, e.endLineno, e.endCol);
            } else {
                mark = start;
            }
        } else {
            r = primary();
        }
        if (r == null) mark = start;
        memoPut(start, M_AWAIT_PRIMARY, r);
        return r;
    }

    final Expr primary() throws ParseException {
        enter();
        try {
            Token st = peek();
            Expr a = atom();
            while (a != null) {
                int m = mark;
                Token t = peek();
                Expr n = null;
                if (t.type == TokenType.DOT) {
                    mark++;
                    Token nm = expect(TokenType.NAME);
                    if (nm != null) {
                        Token e = last();
                        n = new Expr.Attribute(a, identifier(nm), ExprContext.Load, st.lineno, st.col, e.endLineno, e.endCol);
                    }
                } else if (t.type == TokenType.LPAR) {
                    Expr g = genexp();
                    if (g != null) {
                        Token e = last();
                        n = new Expr.Call(a, List.of(g), List.of(), st.lineno, st.col, e.endLineno, e.endCol);
                    } else {
                        mark = m + 1;
                        int am = mark;
                        Expr.Call args = arguments();
                        if (args == null) mark = am;
                        if (accept(TokenType.RPAR)) {
                            Token e = last();
                            n = new Expr.Call(a, args == null ? List.of() : args.args(), args == null ? List.of() : args.keywords(),
                                st.lineno, st.col, e.endLineno, e.endCol);
                        }
                    }
                } else if (t.type == TokenType.LSQB) {
                    mark++;
                    Expr s = slices();
                    if (s != null && accept(TokenType.RSQB)) {
                        Token e = last();
                        n = new Expr.Subscript(a, s, ExprContext.Load, st.lineno, st.col, e.endLineno, e.endCol);
                    }
                }
                if (n == null) {
                    mark = m;
                    break;
                }
                a = n;
            }
            return a;
        } finally {
            leave();
        }
    }

    final Expr slices() throws ParseException {
        int m = mark;
        Token st = peek();
        Expr a = slice();
        if (a != null && !check(TokenType.COMMA)) return a;
        mark = m;
        List<Expr> elts = new ArrayList<>();
        while (true) {
            int mm = mark;
            Expr e = slice();
            if (e == null) {
                mark = mm;
                e = starredExpression();
            }
            if (e == null) {
                mark = mm;
                if (!elts.isEmpty()) mark = mm; // the trailing ',' stays consumed
                break;
            }
            elts.add(e);
            if (!accept(TokenType.COMMA)) break;
        }
        if (elts.isEmpty()) {
            mark = m;
            return null;
        }
        Token e = last();
        return new Expr.Tuple(elts, ExprContext.Load, st.lineno, st.col, e.endLineno, e.endCol);
    }

    final Expr slice() throws ParseException {
        int m = mark;
        Token st = peek();
        Expr lower = expression();
        if (lower == null) mark = m;
        if (accept(TokenType.COLON)) {
            int mm = mark;
            Expr upper = expression();
            if (upper == null) mark = mm;
            Expr step = null;
            if (accept(TokenType.COLON)) {
                mm = mark;
                step = expression();
                if (step == null) mark = mm;
            }
            Token e = last();
            return new Expr.Slice(lower, upper, step, st.lineno, st.col, e.endLineno, e.endCol);
        }
        mark = m;
        Expr a = namedExpression();
        if (a == null) mark = m;
        return a;
    }

    final Expr atom() throws ParseException {
        Token t = peek();
        switch (t.type) {
            case NAME -> {
                mark++;
                return new Expr.Name(identifier(t), ExprContext.Load, t.lineno, t.col, t.endLineno, t.endCol);
            }
            case TRUE -> { mark++; return singleton(t, ConstantSingleton.TRUE); }
            case FALSE -> { mark++; return singleton(t, ConstantSingleton.FALSE); }
            case NONE -> { mark++; return singleton(t, ConstantSingleton.NONE); }
            case STRING -> { return strings(); }
            case NUMBER -> {
                mark++;
                return number(t);
            }
            case LPAR -> {
                int m = mark;
                Expr r = tuple();
                if (r != null) return r;
                mark = m;
                r = group();
                if (r != null) return r;
                mark = m;
                r = genexp();
                if (r == null) mark = m;
                return r;
            }
            case LSQB -> {
                int m = mark;
                Expr r = list();
                if (r != null) return r;
                mark = m;
                r = listcomp();
                if (r == null) mark = m;
                return r;
            }
            case LBRACE -> {
                int m = mark;
                Expr r = dict();
                if (r != null) return r;
                mark = m;
                r = set();
                if (r != null) return r;
                mark = m;
                r = dictcomp();
                if (r != null) return r;
                mark = m;
                r = setcomp();
                if (r == null) mark = m;
                return r;
            }
            case ELLIPSIS -> { mark++; return singleton(t, ConstantSingleton.ELLIPSIS); }
            default -> { return null; }
        }
    }

    final Expr strings() throws ParseException {
        int start = mark;
        Object memo = memoGet(M_STRINGS);
        if (memo != null) return memo == FAIL ? null : (Expr) memo;
        List<Token> toks = new ArrayList<>();
        while (check(TokenType.STRING)) toks.add(tokens.get(mark++));
        Expr r = toks.isEmpty() ? null : concatenateStrings(toks);
        memoPut(start, M_STRINGS, r);
        return r;
    }

    final Expr group() throws ParseException {
        int m = mark;
        if (!accept(TokenType.LPAR)) return null;
        Expr a = check(TokenType.YIELD) ? yieldExpr() : null;
        if (a == null) {
            mark = m + 1;
            a = namedExpression();
        }
        if (a != null && accept(TokenType.RPAR)) return a;
        mark = m;
        if (callInvalidRules) invalidGroup();
        mark = m;
        return null;
    }

    private void invalidGroup() throws ParseException {
        int m = mark;
        if (!accept(TokenType.LPAR)) return;
        Expr a = starredExpression();
        if (a != null && accept(TokenType.RPAR)) throw knownLocation(a, "cannot use starred expression here");
        mark = m + 1;
        Token s = expect(TokenType.DOUBLESTAR);
        if (s != null) {
            Expr e = expression();
            if (e != null && accept(TokenType.RPAR)) throw knownLocation(s, "cannot use double starred expression here");
        }
        mark = m;
    }

    final Expr tuple() throws ParseException {
        int m = mark;
        Token st = expect(TokenType.LPAR);
        if (st == null) return null;
        List<Expr> elts = new ArrayList<>();
        int mm = mark;
        Expr y = starNamedExpression();
        if (y != null && accept(TokenType.COMMA)) {
            elts.add(y);
            int m2 = mark;
            List<Expr> z = starNamedExpressions();
            if (z != null) elts.addAll(z);
            else mark = m2;
        } else {
            mark = mm;
        }
        if (!accept(TokenType.RPAR)) {
            mark = m;
            return null;
        }
        Token e = last();
        return new Expr.Tuple(elts, ExprContext.Load, st.lineno, st.col, e.endLineno, e.endCol);
    }

    final Expr list() throws ParseException {
        int m = mark;
        Token st = expect(TokenType.LSQB);
        if (st == null) return null;
        int mm = mark;
        List<Expr> a = starNamedExpressions();
        if (a == null) mark = mm;
        if (!accept(TokenType.RSQB)) {
            mark = m;
            return null;
        }
        Token e = last();
        return new Expr.List(a == null ? List.of() : a, ExprContext.Load, st.lineno, st.col, e.endLineno, e.endCol);
    }

    final Expr set() throws ParseException {
        int m = mark;
        Token st = expect(TokenType.LBRACE);
        if (st == null) return null;
        List<Expr> a = starNamedExpressions();
        if (a == null || !accept(TokenType.RBRACE)) {
            mark = m;
            return null;
        }
        Token e = last();
        return new Expr.Set(a, st.lineno, st.col, e.endLineno, e.endCol);
    }

    /** A key/value pair of a dict display; key null for '**' unpacking. */
    record KeyValue(Expr key, Expr value) {}

    final Expr dict() throws ParseException {
        int m = mark;
        Token st = expect(TokenType.LBRACE);
        if (st == null) return null;
        int mm = mark;
        List<KeyValue> kvs = doubleStarredKvpairs();
        if (kvs == null) mark = mm;
        if (accept(TokenType.RBRACE)) {
            Token e = last();
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            if (kvs != null) {
                for (KeyValue kv : kvs) {
                    keys.add(kv.key());
                    values.add(kv.value());
                }
            }
            return new Expr.Dict(keys, values, st.lineno, st.col, e.endLineno, e.endCol);
        }
        // '{' invalid_double_starred_kvpairs '}': pegen guards only alternatives made of a single invalid_
        // rule with call_invalid_rules, so this one also runs in the first pass
        mark = m + 1;
        invalidDoubleStarredKvpairs();
        mark = m;
        return null;
    }

    private List<KeyValue> doubleStarredKvpairs() throws ParseException {
        List<KeyValue> r = new ArrayList<>();
        while (true) {
            int m = mark;
            KeyValue kv = doubleStarredKvpair();
            if (kv == null) {
                mark = m;
                break;
            }
            r.add(kv);
            if (!accept(TokenType.COMMA)) break;
        }
        return r.isEmpty() ? null : r;
    }

    private KeyValue doubleStarredKvpair() throws ParseException {
        int m = mark;
        if (accept(TokenType.DOUBLESTAR)) {
            Expr a = bitwiseOr();
            if (a != null) return new KeyValue(null, a);
            mark = m;
            return null;
        }
        return kvpair();
    }

    private KeyValue kvpair() throws ParseException {
        int m = mark;
        Expr a = expression();
        if (a != null && accept(TokenType.COLON)) {
            Expr b = expression();
            if (b != null) return new KeyValue(a, b);
        }
        mark = m;
        return null;
    }

    private void invalidDoubleStarredKvpairs() throws ParseException {
        int m = mark;
        // ','.double_starred_kvpair+ ',' invalid_kvpair
        boolean any = false;
        while (true) {
            int mm = mark;
            KeyValue kv = doubleStarredKvpair();
            if (kv == null) {
                mark = mm;
                break;
            }
            any = true;
            int mc = mark;
            if (!accept(TokenType.COMMA)) {
                mark = mc;
                break;
            }
            int mi = mark;
            invalidKvpair();
            mark = mi;
        }
        mark = m;
        Expr a = expression();
        if (a != null && accept(TokenType.COLON)) {
            Token star = expect(TokenType.STAR);
            if (star != null && bitwiseOr() != null) throw startingFrom(star, "cannot use a starred expression in a dictionary value");
        }
        mark = m;
        a = expression();
        if (a != null) {
            Token colon = expect(TokenType.COLON);
            if (colon != null && (check(TokenType.RBRACE) || check(TokenType.COMMA))) {
                throw knownLocation(colon, "expression expected after dictionary key and ':'");
            }
        }
        mark = m;
    }

    private void invalidKvpair() throws ParseException {
        int m = mark;
        Expr a = expression();
        if (a != null && !check(TokenType.COLON)) {
            throw errorKnown(ParseException.Kind.SYNTAX_ERROR, "':' expected after dictionary key",
                org.ember.ast.Positions.lineno(a), org.ember.ast.Positions.endColOffset(a) - 1,
                org.ember.ast.Positions.endLineno(a), -1);
        }
        mark = m;
        a = expression();
        if (a != null && accept(TokenType.COLON)) {
            Token star = expect(TokenType.STAR);
            if (star != null && bitwiseOr() != null) throw startingFrom(star, "cannot use a starred expression in a dictionary value");
        }
        mark = m;
        a = expression();
        if (a != null) {
            Token colon = expect(TokenType.COLON);
            if (colon != null && (check(TokenType.RBRACE) || check(TokenType.COMMA))) {
                throw knownLocation(colon, "expression expected after dictionary key and ':'");
            }
        }
        mark = m;
    }

    // ---- comprehensions ----

    final List<Comprehension> forIfClauses() throws ParseException {
        List<Comprehension> r = new ArrayList<>();
        while (true) {
            int m = mark;
            Comprehension c = forIfClause();
            if (c == null) {
                mark = m;
                break;
            }
            r.add(c);
        }
        return r.isEmpty() ? null : r;
    }

    private Comprehension forIfClause() throws ParseException {
        int m = mark;
        boolean isAsync = accept(TokenType.ASYNC);
        if (accept(TokenType.FOR)) {
            Expr target = starTargets();
            if (target != null && accept(TokenType.IN)) {
                // cut: no other alternative is tried after 'in'
                Expr iter = disjunction();
                if (iter == null) {
                    mark = m;
                    return null;
                }
                List<Expr> ifs = new ArrayList<>();
                while (true) {
                    int mm = mark;
                    if (!accept(TokenType.IF)) break;
                    Expr c = disjunction();
                    if (c == null) {
                        mark = mm;
                        break;
                    }
                    ifs.add(c);
                }
                return new Comprehension(target, iter, ifs, isAsync ? 1 : 0);
            }
        }
        mark = m;
        if (callInvalidRules) {
            invalidForTarget();
            mark = m;
        }
        return null;
    }

    final void invalidForTarget() throws ParseException {
        int m = mark;
        accept(TokenType.ASYNC);
        if (accept(TokenType.FOR)) {
            Expr a = starExpressions();
            if (a != null) {
                Expr inv = invalidTarget(a, TargetsType.FOR);
                if (inv != null) throw knownLocation(inv, "cannot assign to " + exprName(inv));
            }
        }
        mark = m;
    }

    enum TargetsType { STAR, DEL, FOR }

    /** _PyPegen_get_invalid_target. */
    static Expr invalidTarget(Expr e, TargetsType type) {
        if (e == null) return null;
        switch (e) {
            case Expr.List l -> {
                for (Expr x : l.elts()) {
                    Expr c = invalidTarget(x, type);
                    if (c != null) return c;
                }
                return null;
            }
            case Expr.Tuple t -> {
                for (Expr x : t.elts()) {
                    Expr c = invalidTarget(x, type);
                    if (c != null) return c;
                }
                return null;
            }
            case Expr.Starred s -> {
                if (type == TargetsType.DEL) return e;
                return invalidTarget(s.value(), type);
            }
            case Expr.Compare c -> {
                if (type == TargetsType.FOR) {
                    if (c.ops().get(0) == CmpOp.In) return invalidTarget(c.left(), type);
                    return null;
                }
                return e;
            }
            case Expr.Name n -> { return null; }
            case Expr.Subscript s -> { return null; }
            case Expr.Attribute a -> { return null; }
            default -> { return e; }
        }
    }

    final ParseException invalidTargetError(Expr a, TargetsType type) {
        Expr inv = invalidTarget(a, type);
        if (inv == null) return null;
        String msg = (type == TargetsType.DEL ? "cannot delete " : "cannot assign to ") + exprName(inv);
        return knownLocation(inv, msg);
    }

    final Expr listcomp() throws ParseException {
        int m = mark;
        Token st = expect(TokenType.LSQB);
        if (st == null) return null;
        Expr a = namedExpression();
        if (a != null) {
            List<Comprehension> gens = forIfClauses();
            if (gens != null && accept(TokenType.RSQB)) {
                Token e = last();
                return new Expr.ListComp(a, gens, st.lineno, st.col, e.endLineno, e.endCol);
            }
        }
        mark = m;
        if (callInvalidRules) invalidComprehension();
        mark = m;
        return null;
    }

    final Expr setcomp() throws ParseException {
        int m = mark;
        Token st = expect(TokenType.LBRACE);
        if (st == null) return null;
        Expr a = namedExpression();
        if (a != null) {
            List<Comprehension> gens = forIfClauses();
            if (gens != null && accept(TokenType.RBRACE)) {
                Token e = last();
                return new Expr.SetComp(a, gens, st.lineno, st.col, e.endLineno, e.endCol);
            }
        }
        mark = m;
        if (callInvalidRules) invalidComprehension();
        mark = m;
        return null;
    }

    final Expr genexp() throws ParseException {
        int m = mark;
        Token st = expect(TokenType.LPAR);
        if (st == null) return null;
        Expr a = assignmentExpression();
        if (a == null) {
            mark = m + 1;
            a = expression();
            if (a != null && check(TokenType.COLONEQUAL)) a = null;
        }
        if (a != null) {
            List<Comprehension> gens = forIfClauses();
            if (gens != null && accept(TokenType.RPAR)) {
                Token e = last();
                return new Expr.GeneratorExp(a, gens, st.lineno, st.col, e.endLineno, e.endCol);
            }
        }
        mark = m;
        if (callInvalidRules) invalidComprehension();
        mark = m;
        return null;
    }

    final Expr dictcomp() throws ParseException {
        int m = mark;
        Token st = expect(TokenType.LBRACE);
        if (st == null) return null;
        KeyValue kv = kvpair();
        if (kv != null) {
            List<Comprehension> gens = forIfClauses();
            if (gens != null && accept(TokenType.RBRACE)) {
                Token e = last();
                return new Expr.DictComp(kv.key(), kv.value(), gens, st.lineno, st.col, e.endLineno, e.endCol);
            }
        }
        mark = m;
        if (callInvalidRules) {
            // '{' a='**' bitwise_or for_if_clauses '}'
            mark = m + 1;
            Token a = expect(TokenType.DOUBLESTAR);
            if (a != null && bitwiseOr() != null && forIfClauses() != null && accept(TokenType.RBRACE)) {
                throw knownLocation(a, "dict unpacking cannot be used in dict comprehension");
            }
        }
        mark = m;
        return null;
    }

    private void invalidComprehension() throws ParseException {
        int m = mark;
        TokenType open = peekType();
        if (open != TokenType.LSQB && open != TokenType.LPAR && open != TokenType.LBRACE) return;
        mark++;
        Expr a = starredExpression();
        if (a != null && forIfClauses() != null) throw knownLocation(a, "iterable unpacking cannot be used in comprehension");
        if (open == TokenType.LPAR) {
            mark = m;
            return;
        }
        mark = m + 1;
        a = starNamedExpression();
        if (a != null && accept(TokenType.COMMA)) {
            int mm = mark;
            List<Expr> b = starNamedExpressions();
            if (b != null && forIfClauses() != null) {
                throw knownRange(a, b.get(b.size() - 1), "did you forget parentheses around the comprehension target?");
            }
            mark = mm;
            Token comma = tokens.get(mm - 1);
            if (forIfClauses() != null) throw knownRange(a, comma, "did you forget parentheses around the comprehension target?");
        }
        mark = m;
    }

    // ---- call arguments ----

    /** arguments (memo): args [','] &')' | invalid_arguments. The result is a Call with a null func. */
    final Expr.Call arguments() throws ParseException {
        int start = mark;
        Object memo = memoGet(M_ARGUMENTS);
        if (memo != null) return memo == FAIL ? null : (Expr.Call) memo;
        Expr.Call r = args();
        if (r != null) {
            accept(TokenType.COMMA);
            if (!check(TokenType.RPAR)) r = null;
        }
        if (r == null) {
            mark = start;
            if (callInvalidRules) invalidArguments();
            mark = start;
        }
        memoPut(start, M_ARGUMENTS, r);
        return r;
    }

    /** One element of a keyword-or-starred sequence. */
    private record KwOrStarred(Object element, boolean isKeyword) {}

    final Expr.Call args() throws ParseException {
        int m = mark;
        Token st = peek();
        List<Expr> posargs = new ArrayList<>();
        positionalArgs(posargs);
        List<Expr> outArgs = new ArrayList<>(posargs);
        List<Keyword> outKw = new ArrayList<>();
        if (!posargs.isEmpty()) {
            int mc = mark;
            if (accept(TokenType.COMMA)) {
                List<KwOrStarred> k = kwargs();
                if (k != null) splitKwargs(k, outArgs, outKw);
                else mark = mc;
            }
            Token e = last();
            return new Expr.Call(null, outArgs, outKw, st.lineno, st.col, e.endLineno, e.endCol);
        }
        mark = m;
        List<KwOrStarred> k = kwargs();
        if (k == null) {
            mark = m;
            return null;
        }
        splitKwargs(k, outArgs, outKw);
        Token e = last();
        return new Expr.Call(null, outArgs, outKw, st.lineno, st.col, e.endLineno, e.endCol);
    }

    /** ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ (greedy, as PEG loops are). */
    private boolean positionalArgs(List<Expr> posargs) throws ParseException {
        while (true) {
            int mm = mark;
            Expr e = positionalArg();
            if (e == null) {
                mark = mm;
                if (!posargs.isEmpty()) mark = mm - 1; // give back the separator
                break;
            }
            posargs.add(e);
            if (!accept(TokenType.COMMA)) break;
        }
        return !posargs.isEmpty();
    }

    private Expr positionalArg() throws ParseException {
        int mm = mark;
        Expr e = starredExpression();
        if (e == null) {
            mark = mm;
            e = assignmentExpression();
            if (e == null) {
                mark = mm;
                e = expression();
                if (e != null && check(TokenType.COLONEQUAL)) e = null;
            }
            if (e != null && check(TokenType.EQUAL)) e = null;
        }
        if (e == null) mark = mm;
        return e;
    }

    private static void splitKwargs(List<KwOrStarred> k, List<Expr> args, List<Keyword> kws) {
        for (KwOrStarred x : k) {
            if (x.isKeyword()) kws.add((Keyword) x.element());
            else args.add((Expr) x.element());
        }
    }

    private List<KwOrStarred> kwargs() throws ParseException {
        int m = mark;
        List<KwOrStarred> a = kwSeq(false);
        if (a != null) {
            int mc = mark;
            if (accept(TokenType.COMMA)) {
                List<KwOrStarred> b = kwSeq(true);
                if (b != null) {
                    a.addAll(b);
                    return a;
                }
            }
            mark = mc;
            return a;
        }
        mark = m;
        List<KwOrStarred> b = kwSeq(true);
        if (b == null) mark = m;
        return b;
    }

    /** ','.kwarg_or_starred+ (doubleStarred false) or ','.kwarg_or_double_starred+ (true). */
    private List<KwOrStarred> kwSeq(boolean doubleStarred) throws ParseException {
        List<KwOrStarred> r = new ArrayList<>();
        while (true) {
            int mm = mark;
            KwOrStarred x = doubleStarred ? kwargOrDoubleStarred() : kwargOrStarred();
            if (x == null) {
                mark = mm;
                if (!r.isEmpty()) mark = mm - 1; // give back the separator
                break;
            }
            r.add(x);
            if (!accept(TokenType.COMMA)) break;
        }
        return r.isEmpty() ? null : r;
    }

    private KwOrStarred kwargOrStarred() throws ParseException {
        int m = mark;
        if (callInvalidRules) {
            invalidKwarg();
            mark = m;
        }
        Token n = peek();
        if (n.type == TokenType.NAME && t(mark + 1).type == TokenType.EQUAL) {
            mark += 2;
            Expr b = expression();
            if (b != null) {
                Token e = last();
                return new KwOrStarred(new Keyword(identifier(n), b, n.lineno, n.col, e.endLineno, e.endCol), true);
            }
            mark = m;
        }
        Expr a = starredExpression();
        if (a != null) return new KwOrStarred(a, false);
        mark = m;
        return null;
    }

    private KwOrStarred kwargOrDoubleStarred() throws ParseException {
        int m = mark;
        if (callInvalidRules) {
            invalidKwarg();
            mark = m;
        }
        Token n = peek();
        if (n.type == TokenType.NAME && t(mark + 1).type == TokenType.EQUAL) {
            mark += 2;
            Expr b = expression();
            if (b != null) {
                Token e = last();
                return new KwOrStarred(new Keyword(identifier(n), b, n.lineno, n.col, e.endLineno, e.endCol), true);
            }
            mark = m;
        }
        if (n.type == TokenType.DOUBLESTAR) {
            mark++;
            Expr b = expression();
            if (b != null) {
                Token e = last();
                return new KwOrStarred(new Keyword(null, b, n.lineno, n.col, e.endLineno, e.endCol), true);
            }
            mark = m;
        }
        return null;
    }

    final Expr starredExpression() throws ParseException {
        int m = mark;
        Token st = expect(TokenType.STAR);
        if (st == null) return null;
        Expr a = expression();
        if (a == null) {
            mark = m;
            return null;
        }
        Token e = last();
        return new Expr.Starred(a, ExprContext.Load, st.lineno, st.col, e.endLineno, e.endCol);
    }

    private void invalidKwarg() throws ParseException {
        int m = mark;
        Token a = peek();
        if ((a.type == TokenType.TRUE || a.type == TokenType.FALSE || a.type == TokenType.NONE) && t(mark + 1).type == TokenType.EQUAL) {
            throw knownRange(a, t(mark + 1), "cannot assign to " + a.text);
        }
        if (a.type == TokenType.NAME && t(mark + 1).type == TokenType.EQUAL) {
            Token b = t(mark + 1);
            mark += 2;
            if (expression() != null && forIfClauses() != null) {
                throw knownRange(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            mark = m;
            return; // !(NAME '=') fails the last alternative
        }
        Expr e = expression();
        if (e != null) {
            Token b = expect(TokenType.EQUAL);
            if (b != null) throw knownRange(e, b, "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        mark = m;
    }

    private void invalidArguments() throws ParseException {
        int m = mark;
        // ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs) ',' b='*'
        boolean ok = positionalArgs(new ArrayList<>()) && accept(TokenType.COMMA) && kwargs() != null;
        if (!ok) {
            mark = m;
            ok = kwargs() != null;
        }
        if (ok && accept(TokenType.COMMA)) {
            Token b = expect(TokenType.STAR);
            if (b != null) throw knownLocation(b, "iterable argument unpacking follows keyword argument unpacking");
        }
        mark = m;
        Expr.Call a;
        // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
        Expr e = expression();
        if (e != null) {
            List<Comprehension> b = forIfClauses();
            if (b != null && accept(TokenType.COMMA)) {
                throw knownRange(e, lastComprehensionItem(b.get(b.size() - 1)), "Generator expression must be parenthesized");
            }
        }
        mark = m;
        // a=NAME b='=' expression for_if_clauses
        Token n = peek();
        if (n.type == TokenType.NAME && t(mark + 1).type == TokenType.EQUAL) {
            Token eq = t(mark + 1);
            mark += 2;
            if (expression() != null && forIfClauses() != null) {
                throw knownRange(n, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        mark = m;
        // a=args b=for_if_clauses
        a = args();
        if (a != null) {
            List<Comprehension> b = forIfClauses();
            if (b != null) {
                int len = a.args().size();
                if (len > 1) {
                    throw knownRange(a.args().get(len - 1), lastComprehensionItem(b.get(b.size() - 1)),
                        "Generator expression must be parenthesized");
                }
            }
        }
        mark = m;
        // args ',' a=expression b=for_if_clauses
        a = args();
        if (a != null && accept(TokenType.COMMA)) {
            Expr x = expression();
            if (x != null) {
                List<Comprehension> b = forIfClauses();
                if (b != null) throw knownRange(x, lastComprehensionItem(b.get(b.size() - 1)), "Generator expression must be parenthesized");
            }
        }
        mark = m;
        // a=args ',' args
        a = args();
        if (a != null && accept(TokenType.COMMA)) {
            if (args() != null) {
                boolean kwUnpacking = false;
                for (Keyword k : a.keywords()) if (k.arg() == null) kwUnpacking = true;
                throw syntaxError(kwUnpacking ? "positional argument follows keyword argument unpacking"
                    : "positional argument follows keyword argument");
            }
        }
        mark = m;
    }

    static Expr lastComprehensionItem(Comprehension c) {
        if (c.ifs().isEmpty()) return c.iter();
        return c.ifs().get(c.ifs().size() - 1);
    }

    // ---- targets ----

    final Expr starTargets() throws ParseException {
        int m = mark;
        Token st = peek();
        Expr a = starTarget();
        if (a == null) return null;
        if (!check(TokenType.COMMA)) return a;
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        while (true) {
            int mm = mark;
            if (!accept(TokenType.COMMA)) break;
            Expr c = starTarget();
            if (c == null) break; // trailing comma kept
            elts.add(c);
        }
        Token e = last();
        return new Expr.Tuple(elts, ExprContext.Store, st.lineno, st.col, e.endLineno, e.endCol);
    }

    private List<Expr> starTargetsListSeq() throws ParseException {
        List<Expr> r = new ArrayList<>();
        while (true) {
            int mm = mark;
            Expr c = starTarget();
            if (c == null) {
                mark = mm;
                break;
            }
            r.add(c);
            if (!accept(TokenType.COMMA)) break;
        }
        return r.isEmpty() ? null : r;
    }

    private List<Expr> starTargetsTupleSeq() throws ParseException {
        int m = mark;
        Expr a = starTarget();
        if (a == null) return null;
        if (!accept(TokenType.COMMA)) {
            mark = m;
            return null;
        }
        List<Expr> r = new ArrayList<>();
        r.add(a);
        while (true) {
            int mm = mark;
            Expr c = starTarget();
            if (c == null) {
                mark = mm;
                break;
            }
            r.add(c);
            if (!accept(TokenType.COMMA)) break;
        }
        return r;
    }

    final Expr starTarget() throws ParseException {
        int start = mark;
        Object memo = memoGet(M_STAR_TARGET);
        if (memo != null) return memo == FAIL ? null : (Expr) memo;
        enter();
        try {
            Expr r = null;
            Token st = peek();
            if (st.type == TokenType.STAR) {
                mark++;
                if (!check(TokenType.STAR)) {
                    Expr a = starTarget();
                    if (a != null) {
                        Token e = last();
                        r = new Expr.Starred(setContext(a, ExprContext.Store), ExprContext.Store, st.lineno, st.col, e.endLineno, e.endCol);
                    }
                }
                if (r == null) mark = start;
            } else {
                r = targetWithStarAtom();
                if (r == null) mark = start;
            }
            memoPut(start, M_STAR_TARGET, r);
            return r;
        } finally {
            leave();
        }
    }

    private boolean tLookahead() throws ParseException {
        TokenType t = peekType();
        return t == TokenType.LPAR || t == TokenType.LSQB || t == TokenType.DOT;
    }

    /** t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, with the given context. */
    private Expr subscriptAttributeTarget(ExprContext ctx) throws ParseException {
        int m = mark;
        Token st = peek();
        Expr a = tPrimary();
        if (a == null) {
            mark = m;
            return null;
        }
        int am = mark;
        if (accept(TokenType.DOT)) {
            Token n = expect(TokenType.NAME);
            if (n != null && !tLookahead()) {
                Token e = last();
                return new Expr.Attribute(a, identifier(n), ctx, st.lineno, st.col, e.endLineno, e.endCol);
            }
        }
        mark = am;
        if (accept(TokenType.LSQB)) {
            Expr s = slices();
            if (s != null && accept(TokenType.RSQB) && !tLookahead()) {
                Token e = last();
                return new Expr.Subscript(a, s, ctx, st.lineno, st.col, e.endLineno, e.endCol);
            }
        }
        mark = m;
        return null;
    }

    final Expr targetWithStarAtom() throws ParseException {
        int start = mark;
        Object memo = memoGet(M_TARGET_WITH_STAR_ATOM);
        if (memo != null) return memo == FAIL ? null : (Expr) memo;
        Expr r = subscriptAttributeTarget(ExprContext.Store);
        if (r == null) {
            mark = start;
            r = starAtom();
            if (r == null) mark = start;
        }
        memoPut(start, M_TARGET_WITH_STAR_ATOM, r);
        return r;
    }

    private Expr starAtom() throws ParseException {
        int m = mark;
        Token st = peek();
        if (st.type == TokenType.NAME) {
            mark++;
            return new Expr.Name(identifier(st), ExprContext.Store, st.lineno, st.col, st.endLineno, st.endCol);
        }
        if (st.type == TokenType.LPAR) {
            mark++;
            Expr a = targetWithStarAtom();
            if (a != null && accept(TokenType.RPAR)) return setContext(a, ExprContext.Store);
            mark = m + 1;
            List<Expr> t = starTargetsTupleSeq();
            if (t == null) mark = m + 1;
            if (accept(TokenType.RPAR)) {
                Token e = last();
                return new Expr.Tuple(t == null ? List.of() : t, ExprContext.Store, st.lineno, st.col, e.endLineno, e.endCol);
            }
            mark = m;
            return null;
        }
        if (st.type == TokenType.LSQB) {
            mark++;
            List<Expr> t = starTargetsListSeq();
            if (t == null) mark = m + 1;
            if (accept(TokenType.RSQB)) {
                Token e = last();
                return new Expr.List(t == null ? List.of() : t, ExprContext.Store, st.lineno, st.col, e.endLineno, e.endCol);
            }
            mark = m;
        }
        return null;
    }

    final Expr singleTarget() throws ParseException {
        int m = mark;
        Expr a = subscriptAttributeTarget(ExprContext.Store);
        if (a != null) return a;
        mark = m;
        Token st = peek();
        if (st.type == TokenType.NAME) {
            mark++;
            return new Expr.Name(identifier(st), ExprContext.Store, st.lineno, st.col, st.endLineno, st.endCol);
        }
        if (st.type == TokenType.LPAR) {
            mark++;
            Expr b = singleTarget();
            if (b != null && accept(TokenType.RPAR)) return b;
        }
        mark = m;
        return null;
    }

    final Expr singleSubscriptAttributeTarget() throws ParseException {
        return subscriptAttributeTarget(ExprContext.Store);
    }

    /** t_primary: a primary that must be followed by '(' '[' or '.'. */
    final Expr tPrimary() throws ParseException {
        int start = mark;
        Object memo = memoGet(M_T_PRIMARY);
        if (memo != null) return memo == FAIL ? null : (Expr) memo;
        enter();
        try {
            Token st = peek();
            Expr a = atom();
            if (a == null || !tLookahead()) {
                mark = start;
                memoPut(start, M_T_PRIMARY, null);
                return null;
            }
            while (true) {
                int m = mark;
                Token t = peek();
                Expr n = null;
                if (t.type == TokenType.DOT) {
                    mark++;
                    Token nm = expect(TokenType.NAME);
                    if (nm != null && tLookahead()) {
                        Token e = last();
                        n = new Expr.Attribute(a, identifier(nm), ExprContext.Load, st.lineno, st.col, e.endLineno, e.endCol);
                    }
                } else if (t.type == TokenType.LSQB) {
                    mark++;
                    Expr s = slices();
                    if (s != null && accept(TokenType.RSQB) && tLookahead()) {
                        Token e = last();
                        n = new Expr.Subscript(a, s, ExprContext.Load, st.lineno, st.col, e.endLineno, e.endCol);
                    }
                } else if (t.type == TokenType.LPAR) {
                    Expr g = genexp();
                    if (g != null && tLookahead()) {
                        Token e = last();
                        n = new Expr.Call(a, List.of(g), List.of(), st.lineno, st.col, e.endLineno, e.endCol);
                    } else {
                        mark = m + 1;
                        int am = mark;
                        Expr.Call args = arguments();
                        if (args == null) mark = am;
                        if (accept(TokenType.RPAR) && tLookahead()) {
                            Token e = last();
                            n = new Expr.Call(a, args == null ? List.of() : args.args(), args == null ? List.of() : args.keywords(),
                                st.lineno, st.col, e.endLineno, e.endCol);
                        }
                    }
                }
                if (n == null) {
                    mark = m;
                    break;
                }
                a = n;
            }
            memoPut(start, M_T_PRIMARY, a);
            return a;
        } finally {
            leave();
        }
    }

    final List<Expr> delTargets() throws ParseException {
        List<Expr> r = new ArrayList<>();
        while (true) {
            int mm = mark;
            Expr c = delTarget();
            if (c == null) {
                mark = mm;
                break;
            }
            r.add(c);
            if (!accept(TokenType.COMMA)) break;
        }
        return r.isEmpty() ? null : r;
    }

    private Expr delTarget() throws ParseException {
        int start = mark;
        Object memo = memoGet(M_DEL_TARGET);
        if (memo != null) return memo == FAIL ? null : (Expr) memo;
        enter();
        try {
            Expr r = subscriptAttributeTarget(ExprContext.Del);
            if (r == null) {
                mark = start;
                r = delTAtom();
                if (r == null) mark = start;
            }
            memoPut(start, M_DEL_TARGET, r);
            return r;
        } finally {
            leave();
        }
    }

    private Expr delTAtom() throws ParseException {
        int m = mark;
        Token st = peek();
        if (st.type == TokenType.NAME) {
            mark++;
            return new Expr.Name(identifier(st), ExprContext.Del, st.lineno, st.col, st.endLineno, st.endCol);
        }
        if (st.type == TokenType.LPAR) {
            mark++;
            Expr a = delTarget();
            if (a != null && accept(TokenType.RPAR)) return setContext(a, ExprContext.Del);
            mark = m + 1;
            List<Expr> t = delTargets();
            if (t == null) mark = m + 1;
            if (accept(TokenType.RPAR)) {
                Token e = last();
                return new Expr.Tuple(t == null ? List.of() : t, ExprContext.Del, st.lineno, st.col, e.endLineno, e.endCol);
            }
            mark = m;
            return null;
        }
        if (st.type == TokenType.LSQB) {
            mark++;
            List<Expr> t = delTargets();
            if (t == null) mark = m + 1;
            if (accept(TokenType.RSQB)) {
                Token e = last();
                return new Expr.List(t == null ? List.of() : t, ExprContext.Del, st.lineno, st.col, e.endLineno, e.endCol);
            }
            mark = m;
        }
        return null;
    }

    // ---- lambda ----

    final Expr lambdef() throws ParseException {
        enter();
        try {
            return lambdefRaw();
        } finally {
            leave();
        }
    }

    private Expr lambdefRaw() throws ParseException {
        int m = mark;
        Token st = expect(TokenType.LAMBDA);
        if (st == null) return null;
        int pm = mark;
        Arguments a = lambdaParams();
        if (a == null) mark = pm;
        if (!accept(TokenType.COLON)) {
            mark = m;
            return null;
        }
        Expr b = expression();
        if (b == null) {
            mark = m;
            return null;
        }
        Token e = last();
        return new Expr.Lambda(a == null ? emptyArguments() : a, b, st.lineno, st.col, e.endLineno, e.endCol);
    }

    static Arguments emptyArguments() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    private Arguments lambdaParams() throws ParseException {
        int m = mark;
        if (callInvalidRules) {
            new ParamParser(this, true).invalidParameters();
            mark = m;
        }
        Arguments a = new ParamParser(this, true).parameters();
        if (a == null) mark = m;
        return a;
    }

    /** Builds an arg node. */
    static Arg arg(Token n, String id, Expr annotation, String typeComment, Token end) {
        return new Arg(id, annotation, typeComment, n.lineno, n.col, end.endLineno, end.endCol);
    }
}
