package org.ember.parser;

import java.util.ArrayList;
import java.util.List;
import org.ember.ast.Arg;
import org.ember.ast.Arguments;
import org.ember.ast.Expr;

/**
 * Parameter lists of 'def' (with annotations and type comments) and 'lambda' (without): the
 * parameters/lambda_parameters rules and their invalid_* rules. Works on its parser's token mark.
 */
final class ParamParser {
    private final ExpressionParser p;
    private final boolean lambda;

    ParamParser(ExpressionParser p, boolean lambda) {
        this.p = p;
        this.lambda = lambda;
    }

    private record NameDefault(Arg arg, Expr value) {}

    private record StarEtc(Arg vararg, List<NameDefault> kwonly, Arg kwarg) {}

    private record SlashWithDefault(List<Arg> plain, List<NameDefault> withDefaults) {}

    private TokenType closer() {
        return lambda ? TokenType.COLON : TokenType.RPAR;
    }

    // param: NAME annotation?
    private Arg param() throws ParseException {
        int m = p.mark;
        Token n = p.expect(TokenType.NAME);
        if (n == null) return null;
        Expr ann = null;
        if (!lambda && p.check(TokenType.COLON)) {
            int am = p.mark;
            p.mark++;
            ann = p.expression();
            if (ann == null) p.mark = am;
        }
        Token e = p.last();
        return ExpressionParser.arg(n, p.identifier(n), ann, null, e);
    }

    private Arg paramStarAnnotation() throws ParseException {
        int m = p.mark;
        Token n = p.expect(TokenType.NAME);
        if (n == null || !p.accept(TokenType.COLON)) {
            p.mark = m;
            return null;
        }
        Expr ann = p.starExpression();
        if (ann == null) {
            p.mark = m;
            return null;
        }
        Token e = p.last();
        return ExpressionParser.arg(n, p.identifier(n), ann, null, e);
    }

    private Arg withTypeComment(Arg a, Token tc) {
        if (tc == null) return a;
        return new Arg(a.arg(), a.annotation(), tc.text, a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
    }

    /** param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')' (or &':' for lambda) */
    private Arg paramNoDefault() throws ParseException {
        int m = p.mark;
        Arg a = param();
        if (a == null) return null;
        if (p.accept(TokenType.COMMA)) {
            Token tc = lambda ? null : p.expect(TokenType.TYPE_COMMENT);
            return withTypeComment(a, tc);
        }
        Token tc = lambda ? null : p.expect(TokenType.TYPE_COMMENT);
        if (p.check(closer())) return withTypeComment(a, tc);
        p.mark = m;
        return null;
    }

    private Arg paramNoDefaultStarAnnotation() throws ParseException {
        int m = p.mark;
        Arg a = paramStarAnnotation();
        if (a == null) return null;
        if (p.accept(TokenType.COMMA)) {
            return withTypeComment(a, p.expect(TokenType.TYPE_COMMENT));
        }
        Token tc = p.expect(TokenType.TYPE_COMMENT);
        if (p.check(TokenType.RPAR)) return withTypeComment(a, tc);
        p.mark = m;
        return null;
    }

    private Expr defaultValue() throws ParseException {
        int m = p.mark;
        if (!p.accept(TokenType.EQUAL)) return null;
        Expr e = p.expression();
        if (e == null) {
            p.mark = m;
            if (p.callInvalidRules) {
                Token eq = p.expect(TokenType.EQUAL);
                if (eq != null && (p.check(TokenType.RPAR) || p.check(TokenType.COMMA))) {
                    throw p.knownLocation(eq, "expected default value expression");
                }
                p.mark = m;
            }
        }
        return e;
    }

    /** param default (required or optional) followed by ',' or the closer. */
    private NameDefault paramWithDefault(boolean optional) throws ParseException {
        int m = p.mark;
        Arg a = param();
        if (a == null) return null;
        Expr d = defaultValue();
        if (d == null && !optional) {
            p.mark = m;
            return null;
        }
        if (p.accept(TokenType.COMMA)) {
            Token tc = lambda ? null : p.expect(TokenType.TYPE_COMMENT);
            return new NameDefault(withTypeComment(a, tc), d);
        }
        Token tc = lambda ? null : p.expect(TokenType.TYPE_COMMENT);
        if (p.check(closer())) return new NameDefault(withTypeComment(a, tc), d);
        p.mark = m;
        return null;
    }

    private List<Arg> paramNoDefaults() throws ParseException {
        List<Arg> r = new ArrayList<>();
        while (true) {
            Arg a = paramNoDefault();
            if (a == null) break;
            r.add(a);
        }
        return r;
    }

    private List<NameDefault> paramWithDefaults(boolean optional) throws ParseException {
        List<NameDefault> r = new ArrayList<>();
        while (true) {
            NameDefault a = paramWithDefault(optional);
            if (a == null) break;
            r.add(a);
        }
        return r;
    }

    /** '/' followed by ',' (consumed) or the closer (not consumed). */
    private boolean slashEnd() throws ParseException {
        int m = p.mark;
        if (!p.accept(TokenType.SLASH)) return false;
        if (p.accept(TokenType.COMMA)) return true;
        if (p.check(closer())) return true;
        p.mark = m;
        return false;
    }

    private List<Arg> slashNoDefault() throws ParseException {
        int m = p.mark;
        List<Arg> a = paramNoDefaults();
        if (!a.isEmpty() && slashEnd()) return a;
        p.mark = m;
        return null;
    }

    private SlashWithDefault slashWithDefault() throws ParseException {
        int m = p.mark;
        List<Arg> a = paramNoDefaults();
        List<NameDefault> b = paramWithDefaults(false);
        if (!b.isEmpty() && slashEnd()) return new SlashWithDefault(a, b);
        p.mark = m;
        return null;
    }

    private StarEtc starEtc() throws ParseException {
        int m = p.mark;
        if (p.callInvalidRules) {
            invalidStarEtc();
            p.mark = m;
        }
        if (p.accept(TokenType.STAR)) {
            int am = p.mark;
            Arg a = paramNoDefault();
            if (a == null && !lambda) {
                p.mark = am;
                a = paramNoDefaultStarAnnotation();
            }
            if (a != null) {
                List<NameDefault> b = paramWithDefaults(true);
                int km = p.mark;
                Arg c = kwds();
                if (c == null) p.mark = km;
                return new StarEtc(a, b, c);
            }
            p.mark = am;
            if (p.accept(TokenType.COMMA)) {
                List<NameDefault> b = paramWithDefaults(true);
                if (!b.isEmpty()) {
                    int km = p.mark;
                    Arg c = kwds();
                    if (c == null) p.mark = km;
                    return new StarEtc(null, b, c);
                }
            }
            p.mark = m;
        }
        Arg k = kwds();
        if (k != null) return new StarEtc(null, List.of(), k);
        p.mark = m;
        return null;
    }

    private Arg kwds() throws ParseException {
        int m = p.mark;
        if (p.callInvalidRules) {
            invalidKwds();
            p.mark = m;
        }
        if (p.accept(TokenType.DOUBLESTAR)) {
            Arg a = paramNoDefault();
            if (a != null) return a;
        }
        p.mark = m;
        return null;
    }

    private StarEtc optStarEtc() throws ParseException {
        int m = p.mark;
        StarEtc s = starEtc();
        if (s == null) p.mark = m;
        return s;
    }

    /** parameters / lambda_parameters. */
    Arguments parameters() throws ParseException {
        int m = p.mark;
        List<Arg> a = slashNoDefault();
        if (a != null) {
            List<Arg> b = paramNoDefaults();
            List<NameDefault> c = paramWithDefaults(false);
            StarEtc d = optStarEtc();
            return make(a, null, b, c, d);
        }
        p.mark = m;
        SlashWithDefault sw = slashWithDefault();
        if (sw != null) {
            List<NameDefault> b = paramWithDefaults(false);
            StarEtc c = optStarEtc();
            return make(null, sw, null, b, c);
        }
        p.mark = m;
        List<Arg> nd = paramNoDefaults();
        if (!nd.isEmpty()) {
            List<NameDefault> b = paramWithDefaults(false);
            StarEtc c = optStarEtc();
            return make(null, null, nd, b, c);
        }
        p.mark = m;
        List<NameDefault> wd = paramWithDefaults(false);
        if (!wd.isEmpty()) {
            StarEtc c = optStarEtc();
            return make(null, null, null, wd, c);
        }
        p.mark = m;
        StarEtc s = starEtc();
        if (s != null) return make(null, null, null, null, s);
        p.mark = m;
        return null;
    }

    private static Arguments make(List<Arg> slashNoDefault, SlashWithDefault slashWithDefault, List<Arg> plain,
                                  List<NameDefault> withDefaults, StarEtc star) {
        List<Arg> posonly = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        if (slashNoDefault != null) posonly.addAll(slashNoDefault);
        if (slashWithDefault != null) {
            posonly.addAll(slashWithDefault.plain());
            for (NameDefault nd : slashWithDefault.withDefaults()) {
                posonly.add(nd.arg());
                defaults.add(nd.value());
            }
        }
        List<Arg> args = new ArrayList<>();
        if (plain != null) args.addAll(plain);
        if (withDefaults != null) {
            for (NameDefault nd : withDefaults) {
                args.add(nd.arg());
                defaults.add(nd.value());
            }
        }
        Arg vararg = null, kwarg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        if (star != null) {
            vararg = star.vararg();
            kwarg = star.kwarg();
            for (NameDefault nd : star.kwonly()) {
                kwonly.add(nd.arg());
                kwDefaults.add(nd.value());
            }
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    // ---- invalid rules ----

    /** invalid_parameters / invalid_lambda_parameters (3.11). */
    void invalidParameters() throws ParseException {
        int m = p.mark;
        // param_no_default* invalid_parameters_helper a=param_no_default
        paramNoDefaults();
        int hm = p.mark;
        boolean helper = slashWithDefault() != null;
        if (!helper) {
            p.mark = hm;
            helper = !paramWithDefaults(false).isEmpty();
        }
        if (helper) {
            Arg a = paramNoDefault();
            if (a != null) throw p.knownLocation(a, "non-default argument follows default argument");
        }
        p.mark = m;
        // param_no_default* a='(' param_no_default+ ','? b=')'
        paramNoDefaults();
        Token lp = p.expect(TokenType.LPAR);
        if (lp != null) {
            List<Arg> inner = new ArrayList<>();
            if (lambda) {
                // lambda: ','.lambda_param+ ','? ')'
                while (true) {
                    Token n = p.expect(TokenType.NAME);
                    if (n == null) break;
                    inner.add(null);
                    if (!p.accept(TokenType.COMMA)) break;
                }
                Token rp = p.expect(TokenType.RPAR);
                if (!inner.isEmpty() && rp != null) throw p.knownRange(lp, rp, "Lambda expression parameters cannot be parenthesized");
            } else {
                // param_no_default+ inside the parentheses: ')' is the closer as for a normal parameter list
                List<Arg> ps = paramNoDefaults();
                if (!ps.isEmpty()) {
                    p.accept(TokenType.COMMA);
                    Token rp = p.expect(TokenType.RPAR);
                    if (rp != null) throw p.knownRange(lp, rp, "Function parameters cannot be parenthesized");
                }
            }
        }
        p.mark = m;
        // (slash_no_default | slash_with_default) param_maybe_default* a='/'
        boolean slash = slashNoDefault() != null;
        if (!slash) {
            p.mark = m;
            slash = slashWithDefault() != null;
        }
        if (slash) {
            paramWithDefaults(true);
            Token a = p.expect(TokenType.SLASH);
            if (a != null) throw p.knownLocation(a, "/ may appear only once");
        }
        p.mark = m;
        // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/'
        if (slashNoDefault() == null) {
            p.mark = m;
            if (slashWithDefault() == null) p.mark = m;
        }
        paramWithDefaults(true);
        if (p.accept(TokenType.STAR)) {
            boolean ok = p.accept(TokenType.COMMA) || paramNoDefault() != null;
            if (ok) {
                paramWithDefaults(true);
                Token a = p.expect(TokenType.SLASH);
                if (a != null) throw p.knownLocation(a, "/ must be ahead of *");
            }
        }
        p.mark = m;
        // param_maybe_default+ '/' a='*'
        if (!paramWithDefaults(true).isEmpty() && p.accept(TokenType.SLASH)) {
            Token a = p.expect(TokenType.STAR);
            if (a != null) throw p.knownLocation(a, "expected comma between / and *");
        }
        p.mark = m;
    }

    private void invalidStarEtc() throws ParseException {
        int m = p.mark;
        Token a = p.expect(TokenType.STAR);
        if (a == null) return;
        // '*' (')' | ',' (')' | '**'))   /  lambda: '*' (':' | ',' (':' | '**'))
        if (p.check(closer()) || (p.accept(TokenType.COMMA) && (p.check(closer()) || p.check(TokenType.DOUBLESTAR)))) {
            if (lambda) throw p.syntaxError("named arguments must follow bare *");
            throw p.knownLocation(a, "named arguments must follow bare *");
        }
        p.mark = m + 1;
        if (!lambda && p.accept(TokenType.COMMA) && p.check(TokenType.TYPE_COMMENT)) {
            p.mark++;
            throw p.syntaxError("bare * has associated type comment");
        }
        p.mark = m + 1;
        if (param() != null) {
            Token eq = p.expect(TokenType.EQUAL);
            if (eq != null) throw p.knownLocation(eq, "var-positional argument cannot have default value");
        }
        p.mark = m + 1;
        boolean first = paramNoDefault() != null || p.accept(TokenType.COMMA);
        if (first) {
            paramWithDefaults(true);
            Token s = p.expect(TokenType.STAR);
            if (s != null && (paramNoDefault() != null || p.accept(TokenType.COMMA))) {
                throw p.knownLocation(s, "* argument may appear only once");
            }
        }
        p.mark = m;
    }

    private void invalidKwds() throws ParseException {
        int m = p.mark;
        if (!p.accept(TokenType.DOUBLESTAR)) return;
        if (param() != null) {
            int am = p.mark;
            Token eq = p.expect(TokenType.EQUAL);
            if (eq != null) throw p.knownLocation(eq, "var-keyword argument cannot have default value");
            if (p.accept(TokenType.COMMA)) {
                int bm = p.mark;
                Arg a = param();
                if (a != null) throw p.knownLocation(a, "arguments cannot follow var-keyword argument");
                p.mark = bm;
                Token t = p.peek();
                if (t.type == TokenType.STAR || t.type == TokenType.DOUBLESTAR || t.type == TokenType.SLASH) {
                    throw p.knownLocation(t, "arguments cannot follow var-keyword argument");
                }
            }
        }
        p.mark = m;
    }
}
