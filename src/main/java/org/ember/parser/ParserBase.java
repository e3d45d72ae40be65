package org.ember.parser;

import java.util.ArrayList;
import java.util.List;
import org.ember.ast.Expr;
import org.ember.ast.ExprContext;
import org.ember.ast.Node;
import org.ember.ast.Positions;

/**
 * Token buffer, backtracking, memoisation and error raising shared by the parser layers. Mirrors
 * pegen's runtime: a mark into a lazily filled token array, a per-token memo list, and the error
 * helpers (RAISE_SYNTAX_ERROR_KNOWN_LOCATION and friends) with CPython's column conventions.
 */
abstract class ParserBase {
    static final Object FAIL = new Object();
    /**
     * CPython 3.11's parser raises MemoryError when its rule depth passes MAXSTACK (6000). This parser
     * counts depth only at its recursive rules, so the limit is calibrated to match CPython's thresholds
     * (e.g. 5970 nested unary minus, 2985 nested lambdas or '**').
     */
    static final int MAXSTACK = 6000 - 26;

    final Tokenizer tok;
    final String filename;
    final List<Token> tokens = new ArrayList<>();
    int mark;
    boolean callInvalidRules;
    /** True once the tokenizer raised: its error wins over any parser error. */
    boolean tokenizerFailed;
    int level;
    /** For f-string sub-parsers: line/column shift of the expression inside the enclosing source. */
    int startingLineno;
    int startingColOffset;
    boolean fstringMode;
    final List<Token> typeIgnores = new ArrayList<>();
    /** 'single' mode: the end of input is seen as a NEWLINE first (pegen's fill_token). */
    boolean singleInput;
    boolean dontImplyDedent;
    private boolean parsingStarted;

    ParserBase(Tokenizer tok, String filename) {
        this.tok = tok;
        this.filename = filename;
    }

    // ---- tokens ----

    final Token fillToken() throws ParseException {
        Token t;
        try {
            t = tok.next();
            while (t.type == TokenType.TYPE_IGNORE) {
                typeIgnores.add(t);
                t = tok.next();
            }
        } catch (ParseException e) {
            tokenizerFailed = true;
            throw e;
        }
        if (t.type == TokenType.NAME) {
            TokenType kw = Keywords.lookup(t.text);
            if (kw != null) t = retype(t, kw);
        }
        if (fstringMode) t = shift(t);
        if (singleInput) {
            if (t.type == TokenType.ENDMARKER && parsingStarted) {
                t = retype(t, TokenType.NEWLINE);
                parsingStarted = false;
                if (!dontImplyDedent) tok.impliedDedents();
            } else {
                parsingStarted = true;
            }
        }
        tokens.add(t);
        if (t.type == TokenType.ERRORTOKEN && tok.eofInBrackets) {
            tokenizerFailed = true;
            throw unclosedBracketError();
        }
        return t;
    }

    private static Token retype(Token t, TokenType type) {
        Token r = new Token(type, t.text, t.lineno, t.col, t.endLineno, t.endCol, t.start, t.end, t.level);
        r.curCol = t.curCol;
        return r;
    }

    private Token shift(Token t) {
        int lineno = startingLineno + t.lineno;
        int endLineno = startingLineno + t.endLineno;
        boolean first = tok.lineno == 1;
        int col = t.col < 0 ? t.col : first ? startingColOffset + t.col : t.col;
        int endCol = t.endCol < 0 ? t.endCol : first ? startingColOffset + t.endCol : t.endCol;
        Token r = new Token(t.type, t.text, lineno, col, endLineno, endCol, t.start, t.end, t.level);
        r.curCol = t.curCol;
        return r;
    }

    final ParseException unclosedBracketError() {
        return tok.unclosedBracketError();
    }

    final Token t(int i) throws ParseException {
        while (i >= tokens.size()) fillToken();
        return tokens.get(i);
    }

    final Token peek() throws ParseException {
        return mark < tokens.size() ? tokens.get(mark) : t(mark);
    }

    final TokenType peekType() throws ParseException {
        return peek().type;
    }

    final boolean check(TokenType type) throws ParseException {
        return peek().type == type;
    }

    final Token expect(TokenType type) throws ParseException {
        Token t = peek();
        if (t.type == type) {
            mark++;
            return t;
        }
        return null;
    }

    final boolean accept(TokenType type) throws ParseException {
        if (peek().type == type) {
            mark++;
            return true;
        }
        return false;
    }

    /** A soft keyword: a NAME token with the given text. */
    final Token expectSoft(String name) throws ParseException {
        Token t = peek();
        if (t.type == TokenType.NAME && t.text.equals(name)) {
            mark++;
            return t;
        }
        return null;
    }

    /** The last non-whitespace token consumed (pegen's _PyPegen_get_last_nonnwhitespace_token): node ends. */
    final Token last() {
        Token t = null;
        for (int m = mark - 1; m >= 0; m--) {
            t = tokens.get(m);
            TokenType ty = t.type;
            if (ty != TokenType.ENDMARKER && ty != TokenType.NEWLINE && ty != TokenType.INDENT && ty != TokenType.DEDENT) break;
        }
        return t;
    }

    // ---- depth limit ----

    final void enter() throws ParseException {
        if (++level > MAXSTACK) {
            throw new ParseException(ParseException.Kind.MEMORY_ERROR, "", filename, ParseException.NONE, ParseException.NONE, ParseException.NONE, ParseException.NONE, null);
        }
    }

    final void leave() {
        level--;
    }

    // ---- memo ----

    final Object memoGet(int key) throws ParseException {
        key = key * 2 + (callInvalidRules ? 1 : 0);
        Token t = peek();
        for (Token.Memo m = t.memo; m != null; m = m.next) {
            if (m.key == key) {
                mark = m.endMark;
                return m.node == null ? FAIL : m.node;
            }
        }
        return null;
    }

    final void memoPut(int startMark, int key, Object node) {
        key = key * 2 + (callInvalidRules ? 1 : 0);
        Token t = tokens.get(startMark);
        t.memo = new Token.Memo(key, node, node == null ? startMark : mark, t.memo);
    }

    final void clearMemo() {
        for (Token t : tokens) t.memo = null;
    }

    // ---- names ----

    final String identifier(Token t) {
        String s = t.text;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
        }
        return s;
    }

    // ---- errors (CPython's RAISE_* helpers) ----

    /** _PyPegen_raise_error_known_location with 1-based byte columns (end &lt;= 0 passed through). */
    final ParseException rawError(ParseException.Kind kind, String msg, int lineno, int col1, int endLineno, int endCol1) {
        if (endCol1 == -5) { // CURRENT_POS: the tokenizer's position
            endLineno = tok.lineno + (fstringMode ? startingLineno : 0);
            endCol1 = tok.curColumn();
        }
        if (fstringMode) {
            msg = "f-string: " + msg;
            // positions are relative to the "(expr)" text
            if (col1 > 0 && lineno - startingLineno == 1) col1 -= startingColOffset;
            if (endCol1 > 0 && endLineno - startingLineno == 1) endCol1 -= startingColOffset;
            byte[] raw = tok.errorLineBytes(lineno - startingLineno);
            String text = new String(raw, java.nio.charset.StandardCharsets.UTF_8);
            // the f-string expression is tokenized from a plain C string: no encoding, so no conversion
            int off = col1;
            int endOff = endCol1;
            return new ParseException(kind, msg, filename, lineno, off, endLineno, endOff, text);
        }
        return tok.errorKnown(kind, msg, lineno, col1, endLineno, endCol1);
    }

    /** RAISE_ERROR_KNOWN_LOCATION with 0-based byte columns. */
    final ParseException errorKnown(ParseException.Kind kind, String msg, int lineno, int col, int endLineno, int endCol) {
        return rawError(kind, msg, lineno, col + 1, endLineno, endCol + 1);
    }

    final ParseException knownLocation(Node a, String msg) {
        return errorKnown(ParseException.Kind.SYNTAX_ERROR, msg, Positions.lineno(a), Positions.colOffset(a),
            Positions.endLineno(a), Positions.endColOffset(a));
    }

    final ParseException knownLocation(Token a, String msg) {
        return errorKnown(ParseException.Kind.SYNTAX_ERROR, msg, a.lineno, a.col, a.endLineno, a.endCol);
    }

    final ParseException knownRange(Node a, Node b, String msg) {
        return errorKnown(ParseException.Kind.SYNTAX_ERROR, msg, Positions.lineno(a), Positions.colOffset(a),
            Positions.endLineno(b), Positions.endColOffset(b));
    }

    final ParseException knownRange(Token a, Node b, String msg) {
        return errorKnown(ParseException.Kind.SYNTAX_ERROR, msg, a.lineno, a.col, Positions.endLineno(b), Positions.endColOffset(b));
    }

    final ParseException knownRange(Node a, Token b, String msg) {
        return errorKnown(ParseException.Kind.SYNTAX_ERROR, msg, Positions.lineno(a), Positions.colOffset(a), b.endLineno, b.endCol);
    }

    final ParseException knownRange(Token a, Token b, String msg) {
        return errorKnown(ParseException.Kind.SYNTAX_ERROR, msg, a.lineno, a.col, b.endLineno, b.endCol);
    }

    /** RAISE_SYNTAX_ERROR_STARTING_FROM: the end is CPython's CURRENT_POS marker. */
    final ParseException startingFrom(Node a, String msg) {
        return rawError(ParseException.Kind.SYNTAX_ERROR, msg, Positions.lineno(a), Positions.colOffset(a) + 1,
            Positions.lineno(a), -5 /* CURRENT_POS */);
    }

    final ParseException startingFrom(Token a, String msg) {
        return rawError(ParseException.Kind.SYNTAX_ERROR, msg, a.lineno, a.col + 1, a.lineno, -5);
    }

    /** _PyPegen_raise_error: at the last token read (or, with useMark, the next token). */
    final ParseException raiseError(ParseException.Kind kind, String msg, boolean useMark) throws ParseException {
        if (tokens.isEmpty()) return rawError(kind, msg, 0, 0, 0, -1);
        if (useMark && mark == tokens.size()) fillToken();
        Token t = tokens.get(useMark ? mark : tokens.size() - 1);
        int col = t.col == -1 ? t.curCol : t.col + 1;
        int endCol = t.endCol != -1 ? t.endCol + 1 : -1;
        return rawError(kind, msg, t.lineno, col, t.endLineno, endCol);
    }

    final ParseException syntaxError(String msg) throws ParseException {
        return raiseError(ParseException.Kind.SYNTAX_ERROR, msg, false);
    }

    final ParseException indentationError(String msg) throws ParseException {
        return raiseError(ParseException.Kind.INDENTATION_ERROR, msg, false);
    }

    // ---- AST helpers ----

    static Expr setContext(Expr e, ExprContext ctx) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), ctx, n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset());
            case Expr.Tuple t -> new Expr.Tuple(setContextAll(t.elts(), ctx), ctx, t.lineno(), t.col_offset(), t.end_lineno(), t.end_col_offset());
            case Expr.List l -> new Expr.List(setContextAll(l.elts(), ctx), ctx, l.lineno(), l.col_offset(), l.end_lineno(), l.end_col_offset());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ctx, s.lineno(), s.col_offset(), s.end_lineno(), s.end_col_offset());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ctx, a.lineno(), a.col_offset(), a.end_lineno(), a.end_col_offset());
            case Expr.Starred s -> new Expr.Starred(setContext(s.value(), ctx), ctx, s.lineno(), s.col_offset(), s.end_lineno(), s.end_col_offset());
            default -> e;
        };
    }

    static List<Expr> setContextAll(List<Expr> es, ExprContext ctx) {
        List<Expr> r = new ArrayList<>(es.size());
        for (Expr e : es) r.add(setContext(e, ctx));
        return r;
    }

    /** _PyPegen_get_expr_name: how error messages name an expression. */
    static String exprName(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.List l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> {
                Object v = c.value();
                if (v == org.ember.ast.ConstantSingleton.NONE) yield "None";
                if (v == org.ember.ast.ConstantSingleton.FALSE) yield "False";
                if (v == org.ember.ast.ConstantSingleton.TRUE) yield "True";
                if (v == org.ember.ast.ConstantSingleton.ELLIPSIS) yield "ellipsis";
                yield "literal";
            }
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            default -> "unknown";
        };
    }
}
