package org.ember.parser;

import java.util.ArrayList;
import java.util.List;
import org.ember.ast.Expr;
import org.ember.ast.Mod;
import org.ember.ast.Stmt;
import org.ember.ast.TypeIgnore;

/**
 * The Python 3.11 parser: a PEG parser following CPython's Grammar/python.gram with a first pass
 * without the invalid_* rules and, when that fails, a second pass with them to find CPython's
 * specialised error message. Entry points: {@link #parse(byte[], String, Mode)} and
 * {@link #parse(String, String, Mode)}.
 */
public final class Parser extends PatternParser {
    /** What to parse, as compile()'s mode argument. */
    public enum Mode { EXEC, EVAL, SINGLE, FUNC_TYPE }

    /** Options beyond the mode. */
    /**
     * Options beyond the mode: type comments (PyCF_TYPE_COMMENTS); allowIncompleteInput makes a parse that
     * fails at the end of the source raise "incomplete input" (PyCF_ALLOW_INCOMPLETE_INPUT); dontImplyDedent
     * keeps 'single' input from closing open blocks at the end (PyCF_DONT_IMPLY_DEDENT).
     */
    public record Options(boolean typeComments, boolean allowIncompleteInput, boolean dontImplyDedent) {
        public static final Options DEFAULT = new Options(false, false, false);

        public Options(boolean typeComments, boolean allowIncompleteInput) {
            this(typeComments, allowIncompleteInput, false);
        }
    }

    private final Mode mode;
    private final Options options;

    private Parser(Tokenizer tok, String filename, Mode mode, Options options) {
        super(tok, filename);
        this.mode = mode;
        this.options = options;
        this.singleInput = mode == Mode.SINGLE;
        this.dontImplyDedent = options.dontImplyDedent();
    }

    public static Mod parse(byte[] source, String filename, Mode mode) throws ParseException {
        return parse(source, filename, mode, Options.DEFAULT);
    }

    public static Mod parse(String source, String filename, Mode mode) throws ParseException {
        return parse(source, filename, mode, Options.DEFAULT);
    }

    public static Mod parse(byte[] source, String filename, Mode mode, Options options) throws ParseException {
        SourceDecoder.Decoded d = SourceDecoder.decode(source, filename, mode == Mode.EXEC);
        return run(d.utf8(), filename, mode, options, d.encodingDeclared());
    }

    public static Mod parse(String source, String filename, Mode mode, Options options) throws ParseException {
        byte[] utf8 = SourceDecoder.fromString(source, filename, mode == Mode.EXEC);
        return run(utf8, filename, mode, options, true);
    }

    /**
     * For a REPL, as codeop.compile_command does: returns true when {@code source} needs more lines,
     * false when it is a complete statement (or expression for EVAL); a real syntax error is thrown.
     */
    public static boolean isIncomplete(String source, String filename, Mode mode) throws ParseException {
        boolean blank = true;
        for (String line : source.split("\n", -1)) {
            String l = line.strip();
            if (!l.isEmpty() && l.charAt(0) != '#') {
                blank = false;
                break;
            }
        }
        if (blank && mode != Mode.EVAL) source = "pass";
        Options incomplete = new Options(false, true, true);
        try {
            parse(source, filename, mode, incomplete);
            return false;
        } catch (ParseException e) {
            if (e.kind() == ParseException.Kind.MEMORY_ERROR) throw e;
            try {
                parse(source + "\n", filename, mode, incomplete);
                return true;
            } catch (ParseException e2) {
                if (e2.msg().contains("incomplete input")) return true;
            }
        }
        parse(source, filename, mode, new Options(false, false, true));
        return false;
    }

    /**
     * {@code convertOffsets}: CPython converts parser error columns from bytes to characters only when
     * the tokenizer knows the encoding (str input, or bytes with a BOM or coding cookie).
     */
    private static Mod run(byte[] utf8, String filename, Mode mode, Options options, boolean convertOffsets) throws ParseException {
        SourceLines lines = new SourceLines(utf8);
        Tokenizer tok = new Tokenizer(utf8, lines, filename, options.typeComments());
        tok.convertOffsets = convertOffsets;
        Parser p = new Parser(tok, filename, mode, options);
        try {
            return p.runParser();
        } catch (StackOverflowError e) {
            throw new ParseException(ParseException.Kind.MEMORY_ERROR, "", filename, ParseException.NONE, ParseException.NONE, ParseException.NONE, ParseException.NONE, null);
        }
    }

    private Mod runParser() throws ParseException {
        Mod res;
        try {
            res = startRule();
        } catch (ParseException e) {
            if (options.allowIncompleteInput() && tok.endOfSource()) throw incomplete();
            if (tokenizerFailed || e.kind() == ParseException.Kind.MEMORY_ERROR) throw e;
            throw checkRestOfSource(e);
        }
        if (res != null) {
            if (mode == Mode.SINGLE && tok.moreThanCommentsLeft()) {
                throw syntaxError("multiple statements found while compiling a single statement");
            }
            return res;
        }
        if (options.allowIncompleteInput() && tok.endOfSource()) throw incomplete();
        Token lastToken = tokens.get(tokens.size() - 1);
        clearMemo();
        mark = 0;
        callInvalidRules = true;
        level = 0;
        try {
            startRule();
        } catch (ParseException e) {
            if (tokenizerFailed || e.kind() == ParseException.Kind.MEMORY_ERROR) throw e;
            throw checkRestOfSource(e);
        }
        // generic error at the furthest token of the first pass
        if (lastToken.type == TokenType.INDENT || lastToken.type == TokenType.DEDENT) {
            throw indentationError(lastToken.type == TokenType.INDENT ? "unexpected indent" : "unexpected unindent");
        }
        ParseException e = knownLocation(lastToken, "invalid syntax");
        throw checkRestOfSource(e);
    }

    private ParseException incomplete() throws ParseException {
        return syntaxError("incomplete input");
    }

    /** _PyPegen_tokenize_full_source_to_check_for_errors: a later tokenizer error replaces {@code e}. */
    private ParseException checkRestOfSource(ParseException e) {
        if (fstringMode) return e;
        int errLine = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).lineno;
        try {
            while (true) {
                Token t = tok.next();
                if (t.type == TokenType.ENDMARKER) break;
                if (t.type == TokenType.ERRORTOKEN) {
                    if (tok.eofInBrackets && tok.level > 0 && errLine > tok.parenLine(tok.level - 1)) {
                        return unclosedBracketError();
                    }
                    break;
                }
            }
        } catch (ParseException later) {
            if (!tok.doneCodeError) return later;
            if (tok.level > 0 && errLine > tok.parenLine(tok.level - 1)) return unclosedBracketError();
        }
        return e;
    }

    private Mod startRule() throws ParseException {
        return switch (mode) {
            case EXEC -> fileRule();
            case EVAL -> evalRule();
            case SINGLE -> interactiveRule();
            case FUNC_TYPE -> funcTypeRule();
        };
    }

    private Mod fileRule() throws ParseException {
        int m = mark;
        List<Stmt> a = statements();
        if (a == null) mark = m;
        if (!accept(TokenType.ENDMARKER)) return null;
        List<TypeIgnore> ignores = new ArrayList<>();
        for (Token t : typeIgnores) ignores.add(new TypeIgnore.Ignore(t.lineno, t.text));
        return new Mod.Module(a == null ? List.of() : a, ignores);
    }

    private Mod evalRule() throws ParseException {
        Expr a = expressions();
        if (a == null) return null;
        while (accept(TokenType.NEWLINE)) { }
        if (!accept(TokenType.ENDMARKER)) return null;
        return new Mod.Expression(a);
    }

    private Mod interactiveRule() throws ParseException {
        int m = mark;
        Stmt c = compoundStmt();
        if (c != null && accept(TokenType.NEWLINE)) return new Mod.Interactive(List.of(c));
        mark = m;
        List<Stmt> s = simpleStmts();
        if (s != null) return new Mod.Interactive(s);
        mark = m;
        Token t = expect(TokenType.NEWLINE);
        if (t != null) return new Mod.Interactive(List.of(new Stmt.Pass(t.lineno, t.col, t.endLineno, t.endCol)));
        mark = m;
        if (check(TokenType.ENDMARKER)) return null;
        return null;
    }

    private Mod funcTypeRule() throws ParseException {
        if (!accept(TokenType.LPAR)) return null;
        int m = mark;
        List<Expr> a = typeExpressions();
        if (a == null) mark = m;
        if (!accept(TokenType.RPAR) || !accept(TokenType.RARROW)) return null;
        Expr b = expression();
        if (b == null) return null;
        while (accept(TokenType.NEWLINE)) { }
        if (!accept(TokenType.ENDMARKER)) return null;
        return new Mod.FunctionType(a == null ? List.of() : a, b);
    }

    private List<Expr> typeExpressions() throws ParseException {
        List<Expr> r = new ArrayList<>();
        int m = mark;
        while (true) {
            int mm = mark;
            Expr e = expression();
            if (e == null) {
                mark = mm;
                if (!r.isEmpty()) mark = mm - 1;
                break;
            }
            r.add(e);
            if (!accept(TokenType.COMMA)) break;
        }
        int afterList = mark;
        if (!r.isEmpty()) {
            if (accept(TokenType.COMMA)) {
                int sm = mark;
                if (accept(TokenType.STAR)) {
                    Expr b = expression();
                    if (b != null) {
                        int cm = mark;
                        if (accept(TokenType.COMMA) && accept(TokenType.DOUBLESTAR)) {
                            Expr c = expression();
                            if (c != null) {
                                r.add(b);
                                r.add(c);
                                return r;
                            }
                        }
                        mark = cm;
                        r.add(b);
                        return r;
                    }
                }
                mark = sm;
                if (accept(TokenType.DOUBLESTAR)) {
                    Expr b = expression();
                    if (b != null) {
                        r.add(b);
                        return r;
                    }
                }
            }
            mark = afterList;
            return r;
        }
        mark = m;
        if (accept(TokenType.STAR)) {
            Expr a = expression();
            if (a != null) {
                int cm = mark;
                if (accept(TokenType.COMMA) && accept(TokenType.DOUBLESTAR)) {
                    Expr b = expression();
                    if (b != null) return new ArrayList<>(List.of(a, b));
                }
                mark = cm;
                return new ArrayList<>(List.of(a));
            }
        }
        mark = m;
        if (accept(TokenType.DOUBLESTAR)) {
            Expr a = expression();
            if (a != null) return new ArrayList<>(List.of(a));
        }
        mark = m;
        return null;
    }

    // ---- literals ----

    @Override
    Expr number(Token t) throws ParseException {
        Object v = NumberLiteral.parse(t.text);
        return new Expr.Constant(v, null, t.lineno, t.col, t.endLineno, t.endCol);
    }

    @Override
    Expr concatenateStrings(List<Token> strings) throws ParseException {
        return new StringLiteralParser(this).concatenate(strings);
    }

    /** Parses the expression of an f-string replacement field: CPython wraps it in parentheses. */
    Expr parseFStringExpression(byte[] parenthesized, int lineShift, int colShift) throws ParseException {
        SourceLines lines = new SourceLines(parenthesized);
        Tokenizer t = new Tokenizer(parenthesized, lines, filename, false);
        Parser p = new Parser(t, filename, Mode.EVAL, options);
        p.fstringMode = true;
        p.startingLineno = lineShift;
        p.startingColOffset = colShift;
        p.level = level;
        return p.fstringRule();
    }

    private Expr fstringRule() throws ParseException {
        Expr res = starExpressions();
        if (res != null) return res;
        Token lastToken = tokens.get(tokens.size() - 1);
        clearMemo();
        mark = 0;
        callInvalidRules = true;
        starExpressions();
        if (lastToken.type == TokenType.INDENT || lastToken.type == TokenType.DEDENT) {
            throw indentationError(lastToken.type == TokenType.INDENT ? "unexpected indent" : "unexpected unindent");
        }
        throw knownLocation(lastToken, "invalid syntax");
    }
}
