package org.ember.parser;

import java.util.ArrayList;
import java.util.List;
import org.ember.ast.ConstantSingleton;
import org.ember.ast.Expr;
import org.ember.ast.ExprContext;
import org.ember.ast.ImaginaryLiteral;
import org.ember.ast.MatchCase;
import org.ember.ast.Operator;
import org.ember.ast.Pattern;
import org.ember.ast.Stmt;
import org.ember.ast.UnaryOp;

/** The match statement and its patterns (PEP 634), with soft keywords "match", "case" and "_". */
abstract class PatternParser extends StatementParser {
    PatternParser(Tokenizer tok, String filename) {
        super(tok, filename);
    }

    @Override
    final Stmt matchStmt() throws ParseException {
        int m = mark;
        Token st = expectSoft("match");
        if (st == null) return null;
        Expr subject = subjectExpr();
        if (subject != null && accept(TokenType.COLON) && accept(TokenType.NEWLINE) && accept(TokenType.INDENT)) {
            List<MatchCase> cases = new ArrayList<>();
            while (true) {
                int cm = mark;
                MatchCase c = caseBlock();
                if (c == null) {
                    mark = cm;
                    break;
                }
                cases.add(c);
            }
            if (!cases.isEmpty() && accept(TokenType.DEDENT)) {
                Token end = last();
                return new Stmt.Match(subject, cases, st.lineno, st.col, end.endLineno, end.endCol);
            }
        }
        mark = m;
        if (callInvalidRules) {
            mark = m + 1;
            if (subjectExpr() != null) {
                int sm = mark;
                if (accept(TokenType.NEWLINE)) throw syntaxError("expected ':'");
                mark = sm;
                if (accept(TokenType.COLON) && newlineNoIndent()) throw indentAfter("'match' statement", st);
            }
            mark = m;
        }
        return null;
    }

    private Expr subjectExpr() throws ParseException {
        int m = mark;
        Token st = peek();
        Expr v = starNamedExpression();
        if (v != null && accept(TokenType.COMMA)) {
            List<Expr> elts = new ArrayList<>();
            elts.add(v);
            int mm = mark;
            List<Expr> rest = starNamedExpressions();
            if (rest != null) elts.addAll(rest);
            else mark = mm;
            Token end = last();
            return new Expr.Tuple(elts, ExprContext.Load, st.lineno, st.col, end.endLineno, end.endCol);
        }
        mark = m;
        Expr e = namedExpression();
        if (e == null) mark = m;
        return e;
    }

    private MatchCase caseBlock() throws ParseException {
        int m = mark;
        if (callInvalidRules) {
            Token a = expectSoft("case");
            if (a != null && patterns() != null) {
                int gm = mark;
                if (guard() == null) mark = gm;
                int nm = mark;
                if (accept(TokenType.NEWLINE)) throw syntaxError("expected ':'");
                mark = nm;
                if (accept(TokenType.COLON) && newlineNoIndent()) throw indentAfter("'case' statement", a);
            }
            mark = m;
        }
        if (expectSoft("case") == null) return null;
        Pattern p = patterns();
        if (p == null) {
            mark = m;
            return null;
        }
        int gm = mark;
        Expr g = guard();
        if (g == null) mark = gm;
        if (!accept(TokenType.COLON)) {
            mark = m;
            return null;
        }
        List<Stmt> body = block();
        if (body == null) {
            mark = m;
            return null;
        }
        return new MatchCase(p, g, body);
    }

    private Expr guard() throws ParseException {
        int m = mark;
        if (!accept(TokenType.IF)) return null;
        Expr e = namedExpression();
        if (e == null) mark = m;
        return e;
    }

    private Pattern patterns() throws ParseException {
        int m = mark;
        Token st = peek();
        List<Pattern> seq = openSequencePattern();
        if (seq != null) {
            Token end = last();
            return new Pattern.MatchSequence(seq, st.lineno, st.col, end.endLineno, end.endCol);
        }
        mark = m;
        Pattern p = pattern();
        if (p == null) mark = m;
        return p;
    }

    private Pattern pattern() throws ParseException {
        int m = mark;
        Token st = peek();
        enter();
        try {
            Pattern p = orPattern();
            if (p == null) {
                mark = m;
                return null;
            }
            int am = mark;
            if (accept(TokenType.AS)) {
                Token target = patternCaptureTarget();
                if (target != null) {
                    Token end = last();
                    return new Pattern.MatchAs(p, identifier(target), st.lineno, st.col, end.endLineno, end.endCol);
                }
                if (callInvalidRules) {
                    Token u = expectSoft("_");
                    if (u != null) throw knownLocation(u, "cannot use '_' as a target");
                    mark = am + 1;
                    if (!check(TokenType.NAME)) {
                        Expr a = expression();
                        if (a != null) throw knownLocation(a, "invalid pattern target");
                    }
                }
            }
            mark = am;
            return p;
        } finally {
            leave();
        }
    }

    private Pattern orPattern() throws ParseException {
        Token st = peek();
        List<Pattern> ps = new ArrayList<>();
        while (true) {
            int mm = mark;
            Pattern p = closedPattern();
            if (p == null) {
                mark = mm;
                if (!ps.isEmpty()) mark = mm - 1;
                break;
            }
            ps.add(p);
            if (!accept(TokenType.VBAR)) break;
        }
        if (ps.isEmpty()) return null;
        if (ps.size() == 1) return ps.get(0);
        Token end = last();
        return new Pattern.MatchOr(ps, st.lineno, st.col, end.endLineno, end.endCol);
    }

    private Pattern closedPattern() throws ParseException {
        int start = mark;
        Object memo = memoGet(M_CLOSED_PATTERN);
        if (memo != null) return memo == FAIL ? null : (Pattern) memo;
        Pattern r = closedPatternRaw();
        if (r == null) mark = start;
        memoPut(start, M_CLOSED_PATTERN, r);
        return r;
    }

    private Pattern closedPatternRaw() throws ParseException {
        int m = mark;
        Token st = peek();
        Pattern r = literalPattern();
        if (r != null) return r;
        mark = m;
        // capture_pattern
        Token c = patternCaptureTarget();
        if (c != null) return new Pattern.MatchAs(null, identifier(c), c.lineno, c.col, c.endLineno, c.endCol);
        mark = m;
        Token u = expectSoft("_");
        if (u != null) return new Pattern.MatchAs(null, null, u.lineno, u.col, u.endLineno, u.endCol);
        mark = m;
        // value_pattern: attr !('.' | '(' | '=')
        Expr a = attr();
        if (a != null && !check(TokenType.DOT) && !check(TokenType.LPAR) && !check(TokenType.EQUAL)) {
            return new Pattern.MatchValue(a, st.lineno, st.col, last().endLineno, last().endCol);
        }
        mark = m;
        if (st.type == TokenType.LPAR) {
            mark++;
            Pattern g = pattern();
            if (g != null && accept(TokenType.RPAR)) return g;
            mark = m;
        }
        r = sequencePattern();
        if (r != null) return r;
        mark = m;
        r = mappingPattern();
        if (r != null) return r;
        mark = m;
        r = classPattern();
        if (r != null) return r;
        mark = m;
        return null;
    }

    private Pattern literalPattern() throws ParseException {
        int m = mark;
        Token st = peek();
        Expr v = signedNumber();
        if (v != null && !check(TokenType.PLUS) && !check(TokenType.MINUS)) {
            return new Pattern.MatchValue(v, st.lineno, st.col, last().endLineno, last().endCol);
        }
        mark = m;
        v = complexNumber();
        if (v != null) return new Pattern.MatchValue(v, st.lineno, st.col, last().endLineno, last().endCol);
        mark = m;
        if (st.type == TokenType.STRING) {
            v = strings();
            if (v != null) return new Pattern.MatchValue(v, st.lineno, st.col, last().endLineno, last().endCol);
            mark = m;
        }
        ConstantSingleton s = st.type == TokenType.NONE ? ConstantSingleton.NONE : st.type == TokenType.TRUE ? ConstantSingleton.TRUE
            : st.type == TokenType.FALSE ? ConstantSingleton.FALSE : null;
        if (s != null) {
            mark++;
            return new Pattern.MatchSingleton(s, st.lineno, st.col, st.endLineno, st.endCol);
        }
        return null;
    }

    private Expr literalExpr() throws ParseException {
        int m = mark;
        Token st = peek();
        Expr v = signedNumber();
        if (v != null && !check(TokenType.PLUS) && !check(TokenType.MINUS)) return v;
        mark = m;
        v = complexNumber();
        if (v != null) return v;
        mark = m;
        if (st.type == TokenType.STRING) {
            v = strings();
            if (v != null) return v;
            mark = m;
        }
        ConstantSingleton s = st.type == TokenType.NONE ? ConstantSingleton.NONE : st.type == TokenType.TRUE ? ConstantSingleton.TRUE
            : st.type == TokenType.FALSE ? ConstantSingleton.FALSE : null;
        if (s != null) {
            mark++;
            return singleton(st, s);
        }
        return null;
    }

    private Expr complexNumber() throws ParseException {
        int m = mark;
        Token st = peek();
        Expr real = signedRealNumber();
        if (real == null) {
            mark = m;
            return null;
        }
        Token op = peek();
        if (op.type == TokenType.PLUS || op.type == TokenType.MINUS) {
            mark++;
            Expr imag = imaginaryNumber();
            if (imag != null) {
                Token end = last();
                return new Expr.BinOp(real, op.type == TokenType.PLUS ? Operator.Add : Operator.Sub, imag, st.lineno, st.col, end.endLineno,
                    end.endCol);
            }
        }
        mark = m;
        return null;
    }

    private Expr signedNumber() throws ParseException {
        int m = mark;
        Token st = peek();
        if (st.type == TokenType.NUMBER) {
            mark++;
            return number(st);
        }
        if (st.type == TokenType.MINUS) {
            mark++;
            Token n = expect(TokenType.NUMBER);
            if (n != null) return new Expr.UnaryOp(UnaryOp.USub, number(n), st.lineno, st.col, n.endLineno, n.endCol);
            mark = m;
        }
        return null;
    }

    private Expr signedRealNumber() throws ParseException {
        int m = mark;
        Token st = peek();
        if (st.type == TokenType.NUMBER) {
            mark++;
            return ensureReal(number(st));
        }
        if (st.type == TokenType.MINUS) {
            mark++;
            Token n = expect(TokenType.NUMBER);
            if (n != null) return new Expr.UnaryOp(UnaryOp.USub, ensureReal(number(n)), st.lineno, st.col, n.endLineno, n.endCol);
            mark = m;
        }
        return null;
    }

    private Expr ensureReal(Expr e) throws ParseException {
        if (e instanceof Expr.Constant c && c.value() instanceof ImaginaryLiteral) {
            throw knownLocation(e, "real number required in complex literal");
        }
        return e;
    }

    private Expr imaginaryNumber() throws ParseException {
        Token n = expect(TokenType.NUMBER);
        if (n == null) return null;
        Expr e = number(n);
        if (!(e instanceof Expr.Constant c && c.value() instanceof ImaginaryLiteral)) {
            throw knownLocation(e, "imaginary number required in complex literal");
        }
        return e;
    }

    /** !"_" NAME !('.' | '(' | '=') */
    private Token patternCaptureTarget() throws ParseException {
        Token t = peek();
        if (t.type != TokenType.NAME || t.text.equals("_")) return null;
        TokenType next = t(mark + 1).type;
        if (next == TokenType.DOT || next == TokenType.LPAR || next == TokenType.EQUAL) return null;
        mark++;
        return t;
    }

    /** attr: name_or_attr '.' NAME */
    private Expr attr() throws ParseException {
        int m = mark;
        Token st = peek();
        Expr.Name n = name();
        if (n == null) return null;
        Expr a = n;
        int dots = 0;
        while (true) {
            int mm = mark;
            if (!accept(TokenType.DOT)) break;
            Token z = expect(TokenType.NAME);
            if (z == null) {
                mark = mm;
                break;
            }
            a = new Expr.Attribute(a, identifier(z), ExprContext.Load, st.lineno, st.col, z.endLineno, z.endCol);
            dots++;
        }
        if (dots == 0) {
            mark = m;
            return null;
        }
        return a;
    }

    private Expr nameOrAttr() throws ParseException {
        int m = mark;
        Expr a = attr();
        if (a != null) return a;
        mark = m;
        return name();
    }

    private Pattern sequencePattern() throws ParseException {
        int m = mark;
        Token st = peek();
        if (accept(TokenType.LSQB)) {
            int mm = mark;
            List<Pattern> ps = maybeSequencePattern();
            if (ps == null) mark = mm;
            if (accept(TokenType.RSQB)) {
                Token end = last();
                return new Pattern.MatchSequence(ps == null ? List.of() : ps, st.lineno, st.col, end.endLineno, end.endCol);
            }
            mark = m;
            return null;
        }
        if (accept(TokenType.LPAR)) {
            int mm = mark;
            List<Pattern> ps = openSequencePattern();
            if (ps == null) mark = mm;
            if (accept(TokenType.RPAR)) {
                Token end = last();
                return new Pattern.MatchSequence(ps == null ? List.of() : ps, st.lineno, st.col, end.endLineno, end.endCol);
            }
            mark = m;
        }
        return null;
    }

    private List<Pattern> openSequencePattern() throws ParseException {
        int m = mark;
        Pattern p = maybeStarPattern();
        if (p == null || !accept(TokenType.COMMA)) {
            mark = m;
            return null;
        }
        List<Pattern> r = new ArrayList<>();
        r.add(p);
        int mm = mark;
        List<Pattern> rest = maybeSequencePattern();
        if (rest != null) r.addAll(rest);
        else mark = mm;
        return r;
    }

    private List<Pattern> maybeSequencePattern() throws ParseException {
        List<Pattern> r = new ArrayList<>();
        while (true) {
            int mm = mark;
            Pattern p = maybeStarPattern();
            if (p == null) {
                mark = mm;
                break;
            }
            r.add(p);
            if (!accept(TokenType.COMMA)) break;
        }
        return r.isEmpty() ? null : r;
    }

    private Pattern maybeStarPattern() throws ParseException {
        int m = mark;
        Pattern p = starPattern();
        if (p != null) return p;
        mark = m;
        p = pattern();
        if (p == null) mark = m;
        return p;
    }

    private Pattern starPattern() throws ParseException {
        int start = mark;
        Object memo = memoGet(M_STAR_PATTERN);
        if (memo != null) return memo == FAIL ? null : (Pattern) memo;
        Pattern r = null;
        Token st = peek();
        if (accept(TokenType.STAR)) {
            Token t = patternCaptureTarget();
            if (t != null) {
                r = new Pattern.MatchStar(identifier(t), st.lineno, st.col, t.endLineno, t.endCol);
            } else {
                Token u = expectSoft("_");
                if (u != null) r = new Pattern.MatchStar(null, st.lineno, st.col, u.endLineno, u.endCol);
            }
        }
        if (r == null) mark = start;
        memoPut(start, M_STAR_PATTERN, r);
        return r;
    }

    private record KeyPattern(Expr key, Pattern pattern) {}

    private Pattern mappingPattern() throws ParseException {
        int m = mark;
        Token st = expect(TokenType.LBRACE);
        if (st == null) return null;
        if (accept(TokenType.RBRACE)) {
            Token end = last();
            return new Pattern.MatchMapping(List.of(), List.of(), null, st.lineno, st.col, end.endLineno, end.endCol);
        }
        int bm = mark;
        Token rest = doubleStarPattern();
        if (rest != null) {
            accept(TokenType.COMMA);
            if (accept(TokenType.RBRACE)) {
                Token end = last();
                return new Pattern.MatchMapping(List.of(), List.of(), identifier(rest), st.lineno, st.col, end.endLineno, end.endCol);
            }
        }
        mark = bm;
        List<KeyPattern> items = itemsPattern();
        if (items != null) {
            int im = mark;
            if (accept(TokenType.COMMA)) {
                rest = doubleStarPattern();
                if (rest != null) {
                    accept(TokenType.COMMA);
                    if (accept(TokenType.RBRACE)) return mapping(items, identifier(rest), st);
                }
            }
            mark = im;
            accept(TokenType.COMMA);
            if (accept(TokenType.RBRACE)) return mapping(items, null, st);
        }
        mark = m;
        return null;
    }

    private Pattern mapping(List<KeyPattern> items, String rest, Token st) {
        List<Expr> keys = new ArrayList<>();
        List<Pattern> ps = new ArrayList<>();
        for (KeyPattern kp : items) {
            keys.add(kp.key());
            ps.add(kp.pattern());
        }
        Token end = last();
        return new Pattern.MatchMapping(keys, ps, rest, st.lineno, st.col, end.endLineno, end.endCol);
    }

    private List<KeyPattern> itemsPattern() throws ParseException {
        List<KeyPattern> r = new ArrayList<>();
        while (true) {
            int mm = mark;
            KeyPattern kp = keyValuePattern();
            if (kp == null) {
                mark = mm;
                if (!r.isEmpty()) mark = mm - 1;
                break;
            }
            r.add(kp);
            if (!accept(TokenType.COMMA)) break;
        }
        return r.isEmpty() ? null : r;
    }

    private KeyPattern keyValuePattern() throws ParseException {
        int m = mark;
        Expr key = literalExpr();
        if (key == null) {
            mark = m;
            key = attr();
        }
        if (key != null && accept(TokenType.COLON)) {
            Pattern p = pattern();
            if (p != null) return new KeyPattern(key, p);
        }
        mark = m;
        return null;
    }

    private Token doubleStarPattern() throws ParseException {
        int m = mark;
        if (!accept(TokenType.DOUBLESTAR)) return null;
        Token t = patternCaptureTarget();
        if (t == null) mark = m;
        return t;
    }

    private Pattern classPattern() throws ParseException {
        int m = mark;
        Token st = peek();
        Expr cls = nameOrAttr();
        if (cls == null || !accept(TokenType.LPAR)) {
            mark = m;
            return null;
        }
        int am = mark;
        if (accept(TokenType.RPAR)) return classNode(cls, List.of(), List.of(), st);
        List<Pattern> pos = positionalPatterns();
        if (pos != null) {
            int pm = mark;
            accept(TokenType.COMMA);
            if (accept(TokenType.RPAR)) return classNode(cls, pos, List.of(), st);
            mark = pm;
            if (accept(TokenType.COMMA)) {
                List<KeyPattern> kws = keywordPatterns();
                if (kws != null) {
                    accept(TokenType.COMMA);
                    if (accept(TokenType.RPAR)) return classNode(cls, pos, kws, st);
                }
            }
        }
        mark = am;
        List<KeyPattern> kws = keywordPatterns();
        if (kws != null) {
            accept(TokenType.COMMA);
            if (accept(TokenType.RPAR)) return classNode(cls, List.of(), kws, st);
        }
        mark = m;
        if (callInvalidRules) {
            // name_or_attr '(' [positional_patterns ','] keyword_patterns ',' a=positional_patterns
            mark = am;
            int pm = mark;
            if (!(positionalPatterns() != null && accept(TokenType.COMMA))) mark = pm;
            if (keywordPatterns() != null && accept(TokenType.COMMA)) {
                List<Pattern> a = positionalPatterns();
                if (a != null) throw knownRange(a.get(0), a.get(a.size() - 1), "positional patterns follow keyword patterns");
            }
            mark = m;
        }
        return null;
    }

    private Pattern classNode(Expr cls, List<Pattern> pos, List<KeyPattern> kws, Token st) {
        List<String> names = new ArrayList<>();
        List<Pattern> ps = new ArrayList<>();
        for (KeyPattern kp : kws) {
            names.add(((Expr.Name) kp.key()).id());
            ps.add(kp.pattern());
        }
        Token end = last();
        return new Pattern.MatchClass(cls, pos, names, ps, st.lineno, st.col, end.endLineno, end.endCol);
    }

    private List<Pattern> positionalPatterns() throws ParseException {
        List<Pattern> r = new ArrayList<>();
        while (true) {
            int mm = mark;
            Pattern p = pattern();
            if (p == null) {
                mark = mm;
                if (!r.isEmpty()) mark = mm - 1;
                break;
            }
            r.add(p);
            if (!accept(TokenType.COMMA)) break;
        }
        return r.isEmpty() ? null : r;
    }

    private List<KeyPattern> keywordPatterns() throws ParseException {
        List<KeyPattern> r = new ArrayList<>();
        while (true) {
            int mm = mark;
            Expr.Name n = name();
            Pattern p = null;
            if (n != null && accept(TokenType.EQUAL)) p = pattern();
            if (p == null) {
                mark = mm;
                if (!r.isEmpty()) mark = mm - 1;
                break;
            }
            r.add(new KeyPattern(n, p));
            if (!accept(TokenType.COMMA)) break;
        }
        return r.isEmpty() ? null : r;
    }
}
