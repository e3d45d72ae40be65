package org.ember.parser;

import java.nio.charset.StandardCharsets;

/**
 * The Python 3.11 tokenizer over a UTF-8 buffer (newlines already translated to '\n'). It follows the
 * behaviour of CPython's tokenizer: indentation with tabs (tab size 8, checked against tab size 1 for
 * TabError), bracket nesting, implicit line joining, string and number scanning and its error messages.
 * Errors the tokenizer detects are thrown as {@link ParseException}.
 */
final class Tokenizer {
    static final int EOF = -1;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;
    private static final int TABSIZE = 8;

    final byte[] buf;
    private final int len;
    private final SourceLines lines;
    private final String filename;
    private final boolean typeComments;

    private int pos;                 // next byte to read
    int lineno;                      // current line (1-based), advanced lazily as in CPython
    int lineStart;                   // byte offset of the current line
    private int pendingLine = -1;    // offset where the next line starts once it is read
    private boolean atbol = true;
    private int pendin;
    private int indent;
    private final int[] indstack = new int[MAXINDENT];
    private final int[] altindstack = new int[MAXINDENT];
    int level;
    private final char[] parenstack = new char[MAXLEVEL];
    private final int[] parenlinenostack = new int[MAXLEVEL];
    private final int[] parencolstack = new int[MAXLEVEL];
    private boolean contLine;
    private boolean eofReached;
    /** Line offset of the line a multi-line string started on, and its line number. */
    private int multiLineStart;
    private int firstLineno;
    /** Set when an ERRORTOKEN was produced at end of input inside brackets. */
    boolean eofInBrackets;
    /**
     * True when the last error thrown is one CPython's tokenizer reports only through a "done" code
     * (E_TABSPACE, E_TOODEEP, E_DEDENT, E_LINECONT, E_EOF): pegen raises it when the parser reads the
     * token, but a scan of the rest of the source after a parser error does not report it.
     */
    boolean doneCodeError;
    /** Start of the token being scanned, or -1 (tok->start); a line read inside a token keeps bufStart. */
    private int tokStart = -1;
    /** CPython's tok->buf: start of the line where the current token began. */
    private int bufStart;

    Tokenizer(byte[] utf8, SourceLines lines, String filename, boolean typeComments) {
        this.buf = utf8;
        this.len = utf8.length;
        this.lines = lines;
        this.filename = filename;
        this.typeComments = typeComments;
        this.lineno = utf8.length == 0 ? 0 : 1; // CPython counts a line only once it is read
        this.lineStart = 0;
    }

    /** True once the tokenizer ran out of input (E_EOF), or stopped in a string at end of input (E_EOFS/E_EOLS). */
    boolean endOfSource() { return eofReached || eofInString; }

    private boolean eofInString;

    /** For 'single' input at end of source: emit the pending dedents (CPython's implied DEDENTs). */
    void impliedDedents() {
        pendin = -indent;
        indent = 0;
    }

    /** CPython's bad_single_statement: anything but whitespace and comments after the read position. */
    boolean moreThanCommentsLeft() {
        int i = pos;
        while (true) {
            while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\n' || buf[i] == '\014')) i++;
            if (i >= len) return false;
            if (buf[i] != '#') return true;
            while (i < len && buf[i] != '\n') i++;
        }
    }

    /** raise_unclosed_parentheses_error: "'(' was never closed" at the innermost open bracket. */
    ParseException unclosedBracketError() {
        int i = level - 1;
        int line = parenlinenostack[i];
        int col = parencolstack[i];
        return errorKnown(ParseException.Kind.SYNTAX_ERROR, "'" + parenstack[i] + "' was never closed", line, col + 1, line, 0);
    }

    /** Byte column of the read position in the current line (tok->cur - tok->line_start). */
    int curColumn() { return pos - lineStart; }

    int parenLine(int i) { return parenlinenostack[i]; }
    int parenCol(int i) { return parencolstack[i]; }
    char parenChar(int i) { return parenstack[i]; }

    // ---- character access (mirrors tok_nextc / tok_backup) ----

    private int nextc() {
        if (pos >= len) {
            eofReached = true;
            return EOF;
        }
        if (pos == pendingLine) {
            lineno++;
            lineStart = pos;
            if (tokStart < 0) bufStart = pos;
            pendingLine = -1;
        }
        int c = buf[pos++] & 0xff;
        if (c == '\n') pendingLine = pos;
        return c;
    }

    private void backup(int c) {
        if (c != EOF) {
            pos--;
            if (c == '\n') pendingLine = -1;
        }
    }

    private int peek() { return pos < len ? buf[pos] & 0xff : EOF; }

    // ---- errors ----

    /** CPython's _syntaxerror_range: columns counted in characters up to the current position. */
    ParseException syntaxError(String msg) {
        return syntaxErrorRange(msg, -1, -1);
    }

    private ParseException doneCode(ParseException e) {
        doneCodeError = true;
        return e;
    }

    ParseException syntaxErrorRange(String msg, int colOffset, int endColOffset) {
        doneCodeError = false;
        int lineEnd = lineEndFrom(lineStart);
        if (colOffset == -1) colOffset = SourceLines.charCount(buf, lineStart, Math.min(pos, len));
        if (endColOffset == -1) endColOffset = colOffset;
        String text = new String(buf, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
        return new ParseException(ParseException.Kind.SYNTAX_ERROR, msg, filename, lineno, colOffset, lineno, endColOffset, text);
    }

    private int lineEndFrom(int start) {
        int e = start;
        while (e < len && buf[e] != '\n') e++;
        return e;
    }

    /**
     * CPython's _PyPegen_raise_error_known_location: {@code col1}/{@code endCol1} are 1-based byte columns
     * (endCol1 &lt;= 0 is passed through unchanged); the line text comes from the tokenizer's current
     * line (with its newline) when the error is on or after it, else from the source (without newline).
     */
    ParseException errorKnown(ParseException.Kind kind, String msg, int errLineno, int col1, int endLineno, int endCol1) {
        byte[] raw = errorLineBytes(errLineno);
        String text = new String(raw, StandardCharsets.UTF_8);
        int off = convertOffsets ? SourceLines.byteToCharOffset(raw, col1) : col1;
        int endOff = convertOffsets && endCol1 > 0 ? SourceLines.byteToCharOffset(raw, endCol1) : endCol1;
        doneCodeError = false;
        return new ParseException(kind, msg, filename, errLineno, off, endLineno, endOff, text);
    }

    /** Whether parser errors convert byte columns to characters (CPython: when tok->encoding is set). */
    boolean convertOffsets = true;

    String errorLineText(int errLineno) {
        return new String(errorLineBytes(errLineno), StandardCharsets.UTF_8);
    }

    /** The raw bytes of the line CPython shows for an error: the current line with its newline, or an earlier one. */
    byte[] errorLineBytes(int errLineno) {
        int st;
        boolean withNewline;
        if (lineno <= errLineno) {
            st = lineStart;
            withNewline = true;
        } else {
            st = lines.lineStart(errLineno);
            withNewline = false;
        }
        int e = st;
        while (e < len && buf[e] != '\n') e++;
        if (withNewline && e < len) e++;
        return java.util.Arrays.copyOfRange(buf, st, e);
    }

    // ---- tokens ----

    private Token make(TokenType type, int start, int end) {
        String text = new String(buf, start, end - start, StandardCharsets.UTF_8);
        return new Token(type, text, lineno, start - lineStart, lineno, end - lineStart, start, end, level);
    }

    private Token makeNoPos(TokenType type) {
        Token t = new Token(type, "", lineno, -1, lineno, -1, pos, pos, level);
        t.curCol = pos - lineStart;
        return t;
    }

    Token next() throws ParseException {
        tokStart = -1;
        int c;
        boolean blankline = false;
        nextline:
        for (;;) {
            blankline = false;
            if (atbol) {
                int col = 0, altcol = 0;
                int contLineCol = 0;
                atbol = false;
                for (;;) {
                    c = nextc();
                    if (c == ' ') {
                        col++;
                        altcol++;
                    } else if (c == '\t') {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        altcol = altcol + 1;
                    } else if (c == '\014') {
                        col = altcol = 0;
                    } else if (c == '\\') {
                        // indentation cannot be split over lines with backslashes: the first one decides
                        contLineCol = contLineCol != 0 ? contLineCol : col;
                        c = continuationLine();
                    } else {
                        break;
                    }
                }
                backup(c);
                if (c == '#' || c == '\n') {
                    blankline = true;
                }
                if (!blankline && level == 0) {
                    if (contLineCol != 0) {
                        col = contLineCol;
                        altcol = contLineCol;
                    }
                    if (col == indstack[indent]) {
                        if (altcol != altindstack[indent]) throw tabError();
                    } else if (col > indstack[indent]) {
                        if (indent + 1 >= MAXINDENT) {
                            throw doneCode(errorKnown(ParseException.Kind.INDENTATION_ERROR, "too many levels of indentation", lineno, 1, lineno, 0));
                        }
                        if (altcol <= altindstack[indent]) throw tabError();
                        pendin++;
                        indent++;
                        indstack[indent] = col;
                        altindstack[indent] = altcol;
                    } else {
                        while (indent > 0 && col < indstack[indent]) {
                            pendin--;
                            indent--;
                        }
                        if (col != indstack[indent]) {
                            int end = lineEndFrom(pos);
                            int cur = end < len ? end + 1 : end;
                            throw doneCode(errorKnown(ParseException.Kind.INDENTATION_ERROR,
                                "unindent does not match any outer indentation level", lineno, cur - lineStart, lineno, -1));
                        }
                        if (altcol != altindstack[indent]) throw tabError();
                    }
                }
            }

            // pending indents/dedents
            if (pendin != 0) {
                if (pendin < 0) {
                    pendin++;
                    return makeNoPos(TokenType.DEDENT);
                } else {
                    pendin--;
                    return makeNoPos(TokenType.INDENT);
                }
            }

            again:
            for (;;) {
                tokStart = -1;
                // skip spaces
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\014');
                int start = c == EOF ? pos : pos - 1;
                tokStart = start;

                // comment
                if (c == '#') {
                    int commentStart = pos - 1;
                    while (c != EOF && c != '\n') c = nextc();
                    if (typeComments) {
                        Token tc = typeComment(commentStart, c == '\n' ? pos - 1 : pos);
                        if (tc != null) {
                            backup(c);
                            if (tc.type == TokenType.TYPE_IGNORE && blankline) {
                                // a type: ignore alone on its line also consumes the newline
                                nextc();
                                atbol = true;
                            }
                            return tc;
                        }
                    }
                }

                if (c == EOF) {
                    if (level > 0) {
                        eofInBrackets = true;
                        return makeNoPos(TokenType.ERRORTOKEN);
                    }
                    return makeNoPos(TokenType.ENDMARKER);
                }

                // identifier (and string prefixes)
                if (isPotentialIdentifierStart(c)) {
                    boolean sawB = false, sawR = false, sawU = false, sawF = false;
                    for (;;) {
                        if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) sawB = true;
                        else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) sawU = true;
                        else if (!(sawR || sawU) && (c == 'r' || c == 'R')) sawR = true;
                        else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) sawF = true;
                        else break;
                        c = nextc();
                        if (c == '"' || c == '\'') return string(c, start);
                    }
                    boolean nonascii = false;
                    while (isPotentialIdentifierChar(c)) {
                        if (c >= 128) nonascii = true;
                        c = nextc();
                    }
                    backup(c);
                    if (nonascii) verifyIdentifier(start);
                    Token t = make(TokenType.NAME, start, pos);
                    return t;
                }

                // newline
                if (c == '\n') {
                    atbol = true;
                    tokStart = -1;
                    if (blankline || level > 0) continue nextline;
                    contLine = false;
                    // NEWLINE token: from start to the newline (exclusive of its text)
                    return new Token(TokenType.NEWLINE, "", lineno, start - lineStart, lineno, pos - 1 - lineStart, start, pos - 1, level);
                }

                // period or number starting with period
                if (c == '.') {
                    c = nextc();
                    if (isDigit(c)) {
                        return fraction(start, c);
                    } else if (c == '.') {
                        c = nextc();
                        if (c == '.') return make(TokenType.ELLIPSIS, start, pos);
                        backup(c);
                        backup('.');
                    } else {
                        backup(c);
                    }
                    return make(TokenType.DOT, start, pos);
                }

                if (isDigit(c)) return number(start, c);

                if (c == '"' || c == '\'') return string(c, start);

                // line continuation
                if (c == '\\') {
                    continuationLine();
                    contLine = true;
                    continue again;
                }

                // two- and three-character operators
                int c2 = nextc();
                TokenType two = twoChars(c, c2);
                if (two != null) {
                    int c3 = nextc();
                    TokenType three = threeChars(c, c2, c3);
                    if (three != null) return make(three, start, pos);
                    backup(c3);
                    return make(two, start, pos);
                }
                backup(c2);

                // brackets
                switch (c) {
                    case '(', '[', '{' -> {
                        if (level >= MAXLEVEL) throw syntaxError("too many nested parentheses");
                        parenstack[level] = (char) c;
                        parenlinenostack[level] = lineno;
                        parencolstack[level] = start - lineStart;
                        level++;
                    }
                    case ')', ']', '}' -> {
                        if (level == 0) throw syntaxError("unmatched '" + (char) c + "'");
                        level--;
                        char opening = parenstack[level];
                        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
                            if (parenlinenostack[level] != lineno) {
                                throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                                    + opening + "' on line " + parenlinenostack[level]);
                            }
                            throw syntaxError("closing parenthesis '" + (char) c + "' does not match opening parenthesis '" + opening + "'");
                        }
                    }
                    default -> { }
                }
                if (c >= 128 || c < 32 && c != '\t') {
                    // a non-ASCII character outside an identifier, or a control character
                    if (c >= 128) {
                        backup(c);
                        int cp = SourceLines.codePointAt(buf, pos);
                        int n = SourceLines.utf8Length(buf, pos);
                        for (int i = 0; i < n; i++) nextc();
                        if (!isPrintable(cp)) throw syntaxError(String.format("invalid non-printable character U+%04X", cp));
                        throw syntaxError("invalid character '" + new String(Character.toChars(cp)) + "' (U+" + String.format("%04X", cp) + ")");
                    }
                    throw syntaxError(String.format("invalid non-printable character U+%04X", c));
                }
                return make(oneChar(c), start, pos);
            }
        }
    }

    /** tok_continuation_line: after a backslash, requires a newline and a following character. */
    private int continuationLine() throws ParseException {
        int c = nextc();
        if (c != '\n') {
            // E_LINECONT: col = cur - buf - 1
            int col = pos - bufStart - 1;
            throw doneCode(errorKnown(ParseException.Kind.SYNTAX_ERROR,
                "unexpected character after line continuation character", lineno, col + 1, lineno, 0));
        }
        c = nextc();
        if (c == EOF) {
            // E_EOF: pegen reports an unclosed bracket if there is one
            if (level > 0) throw doneCode(unclosedBracketError());
            throw doneCode(errorKnown(ParseException.Kind.SYNTAX_ERROR, "unexpected EOF while parsing",
                lineno, pos - lineStart, lineno, -1));
        }
        backup(c);
        return c;
    }

    private ParseException tabError() {
        return doneCode(errorKnown(ParseException.Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation", lineno, 1, lineno, 0));
    }

    private Token typeComment(int commentStart, int commentEnd) {
        String s = new String(buf, commentStart, commentEnd - commentStart, StandardCharsets.UTF_8);
        // "#" whitespace* "type:" whitespace*
        int i = 1;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\014')) i++;
        if (!s.startsWith("type:", i)) return null;
        i += 5;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\014')) i++;
        int typeStart = i;
        if (s.startsWith("ignore", i)) {
            int j = i + 6;
            if (j >= s.length() || !(Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) >= 128)) {
                return new Token(TokenType.TYPE_IGNORE, s.substring(j), lineno, commentStart - lineStart, lineno,
                    commentEnd - lineStart, commentStart, commentEnd, level);
            }
        }
        return new Token(TokenType.TYPE_COMMENT, s.substring(typeStart), lineno, commentStart - lineStart, lineno,
            commentEnd - lineStart, commentStart, commentEnd, level);
    }

    // ---- identifiers ----

    static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
    }

    private static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

    private static boolean isXDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private void verifyIdentifier(int start) throws ParseException {
        String ue = StringLiteralParser.utf8Error(buf, start, pos);
        if (ue != null) throw errorKnown(ParseException.Kind.SYNTAX_ERROR, ue, lineno, pos - lineStart, lineno, -1);
        String s = new String(buf, start, pos - start, StandardCharsets.UTF_8);
        int i = 0;
        boolean first = true;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            boolean ok = first ? (isXidStart(cp) || cp == '_') : isXidContinue(cp);
            if (!ok) {
                pos = start + s.substring(0, i + Character.charCount(cp)).getBytes(StandardCharsets.UTF_8).length;
                String hex = String.format("%04X", cp);
                if (!isPrintable(cp)) throw syntaxError("invalid non-printable character U+" + hex);
                throw syntaxError("invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex + ")");
            }
            first = false;
            i += Character.charCount(cp);
        }
    }

    static boolean isXidStart(int cp) {
        if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
        return Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp) && !Unicode14.unassignedIn14(cp);
    }

    static boolean isXidContinue(int cp) {
        if (cp < 128) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) && !Unicode14.unassignedIn14(cp);
    }

    /** Python's str.isprintable for one code point. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') return true;
        if (Unicode14.unassignedIn14(cp)) return false;
        int t = Character.getType(cp);
        switch (t) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> {
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    // ---- numbers ----

    private int decimalTail() throws ParseException {
        int c;
        for (;;) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') break;
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        }
        return c;
    }

    /** CPython's lookahead(): the rest of a keyword follows, and then no identifier character. */
    private boolean lookahead(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            int p = pos + i;
            if (p >= len || (buf[p] & 0xff) != rest.charAt(i)) return false;
        }
        int after = pos + rest.length();
        return after >= len || !isPotentialIdentifierChar(buf[after] & 0xff);
    }

    private void verifyEndOfNumber(int c, String kind) throws ParseException {
        boolean r = false;
        if (c == 'a') r = lookahead("nd");
        else if (c == 'e') r = lookahead("lse");
        else if (c == 'f') r = lookahead("or");
        else if (c == 'i') {
            int c2 = peek();
            r = c2 == 'f' || c2 == 'n' || c2 == 's';
        } else if (c == 'o') r = lookahead("r");
        else if (c == 'n') r = lookahead("ot");
        if (r) return; // CPython only warns here
        // in practice CPython 3.11 lets a non-ASCII character end the number (it becomes the next token)
        if (c < 128 && isPotentialIdentifierChar(c)) {
            backup(c);
            throw syntaxError("invalid " + kind + " literal");
        }
    }

    private Token number(int start, int c) throws ParseException {
        if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (!isXDigit(c)) {
                        backup(c);
                        throw syntaxError("invalid hexadecimal literal");
                    }
                    do {
                        c = nextc();
                    } while (isXDigit(c));
                } while (c == '_');
                verifyEndOfNumber(c, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (c < '0' || c >= '8') {
                        if (isDigit(c)) throw syntaxError("invalid digit '" + (char) c + "' in octal literal");
                        backup(c);
                        throw syntaxError("invalid octal literal");
                    }
                    do {
                        c = nextc();
                    } while ('0' <= c && c < '8');
                } while (c == '_');
                if (isDigit(c)) throw syntaxError("invalid digit '" + (char) c + "' in octal literal");
                verifyEndOfNumber(c, "octal");
            } else if (c == 'b' || c == 'B') {
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (c != '0' && c != '1') {
                        if (isDigit(c)) throw syntaxError("invalid digit '" + (char) c + "' in binary literal");
                        backup(c);
                        throw syntaxError("invalid binary literal");
                    }
                    do {
                        c = nextc();
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (isDigit(c)) throw syntaxError("invalid digit '" + (char) c + "' in binary literal");
                verifyEndOfNumber(c, "binary");
            } else {
                boolean nonzero = false;
                for (;;) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            throw syntaxError("invalid decimal literal");
                        }
                    }
                    if (c != '0') break;
                    c = nextc();
                }
                int zerosEnd = pos;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    c = nextc();
                    return fraction(start, c);
                } else if (c == 'e' || c == 'E') {
                    return exponent(start, c);
                } else if (c == 'j' || c == 'J') {
                    return imaginary(start);
                } else if (nonzero) {
                    backup(c);
                    throw syntaxErrorRange("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        start + 1 - lineStart, zerosEnd - lineStart);
                }
                verifyEndOfNumber(c, "decimal");
            }
        } else {
            c = decimalTail();
            if (c == '.') {
                c = nextc();
                return fraction(start, c);
            }
            if (c == 'e' || c == 'E') return exponent(start, c);
            if (c == 'j' || c == 'J') return imaginary(start);
            verifyEndOfNumber(c, "decimal");
        }
        backup(c);
        return make(TokenType.NUMBER, start, pos);
    }

    /** After the '.', with c the first character of the fraction. */
    private Token fraction(int start, int c) throws ParseException {
        if (isDigit(c)) c = decimalTail();
        if (c == 'e' || c == 'E') return exponent(start, c);
        if (c == 'j' || c == 'J') return imaginary(start);
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return make(TokenType.NUMBER, start, pos);
    }

    private Token exponent(int start, int e) throws ParseException {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw syntaxError("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup(c);
            verifyEndOfNumber(e, "decimal");
            backup(e);
            return make(TokenType.NUMBER, start, pos);
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') return imaginary(start);
        verifyEndOfNumber(c, "decimal");
        backup(c);
        return make(TokenType.NUMBER, start, pos);
    }

    private Token imaginary(int start) throws ParseException {
        int c = nextc();
        verifyEndOfNumber(c, "imaginary");
        backup(c);
        return make(TokenType.NUMBER, start, pos);
    }

    // ---- strings ----

    private Token string(int quote, int start) throws ParseException {
        int quoteSize = 1;
        int endQuoteSize = 0;
        firstLineno = lineno;
        multiLineStart = lineStart;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) quoteSize = 3;
            else endQuoteSize = 1;
        }
        if (c != quote) backup(c);
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                if (c == EOF) eofInString = true;
                int detected = lineno;
                pos = start + 1;
                lineStart = multiLineStart;
                lineno = firstLineno;
                if (quoteSize == 3) {
                    throw syntaxError("unterminated triple-quoted string literal (detected at line " + detected + ")");
                }
                throw syntaxError("unterminated string literal (detected at line " + detected + ")");
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') nextc();
            }
        }
        String text = new String(buf, start, pos - start, StandardCharsets.UTF_8);
        return new Token(TokenType.STRING, text, firstLineno, start - multiLineStart, lineno, pos - lineStart, start, pos, level);
    }

    // ---- operators ----

    private static TokenType oneChar(int c) {
        return switch (c) {
            case '%' -> TokenType.PERCENT;
            case '&' -> TokenType.AMPER;
            case '(' -> TokenType.LPAR;
            case ')' -> TokenType.RPAR;
            case '*' -> TokenType.STAR;
            case '+' -> TokenType.PLUS;
            case ',' -> TokenType.COMMA;
            case '-' -> TokenType.MINUS;
            case '.' -> TokenType.DOT;
            case '/' -> TokenType.SLASH;
            case ':' -> TokenType.COLON;
            case ';' -> TokenType.SEMI;
            case '<' -> TokenType.LESS;
            case '=' -> TokenType.EQUAL;
            case '>' -> TokenType.GREATER;
            case '@' -> TokenType.AT;
            case '[' -> TokenType.LSQB;
            case ']' -> TokenType.RSQB;
            case '^' -> TokenType.CIRCUMFLEX;
            case '{' -> TokenType.LBRACE;
            case '|' -> TokenType.VBAR;
            case '}' -> TokenType.RBRACE;
            case '~' -> TokenType.TILDE;
            default -> TokenType.OP;
        };
    }

    private static TokenType twoChars(int c1, int c2) {
        switch (c1) {
            case '!': if (c2 == '=') return TokenType.NOTEQUAL; break;
            case '%': if (c2 == '=') return TokenType.PERCENTEQUAL; break;
            case '&': if (c2 == '=') return TokenType.AMPEREQUAL; break;
            case '*': if (c2 == '*') return TokenType.DOUBLESTAR; if (c2 == '=') return TokenType.STAREQUAL; break;
            case '+': if (c2 == '=') return TokenType.PLUSEQUAL; break;
            case '-': if (c2 == '=') return TokenType.MINEQUAL; if (c2 == '>') return TokenType.RARROW; break;
            case '/': if (c2 == '/') return TokenType.DOUBLESLASH; if (c2 == '=') return TokenType.SLASHEQUAL; break;
            case ':': if (c2 == '=') return TokenType.COLONEQUAL; break;
            case '<': if (c2 == '>') return TokenType.NOTEQUAL; if (c2 == '<') return TokenType.LEFTSHIFT;
                if (c2 == '=') return TokenType.LESSEQUAL; break;
            case '=': if (c2 == '=') return TokenType.EQEQUAL; break;
            case '>': if (c2 == '=') return TokenType.GREATEREQUAL; if (c2 == '>') return TokenType.RIGHTSHIFT; break;
            case '@': if (c2 == '=') return TokenType.ATEQUAL; break;
            case '^': if (c2 == '=') return TokenType.CIRCUMFLEXEQUAL; break;
            case '|': if (c2 == '=') return TokenType.VBAREQUAL; break;
            default: break;
        }
        return null;
    }

    private static TokenType threeChars(int c1, int c2, int c3) {
        if (c3 != '=') return null;
        if (c1 == '*' && c2 == '*') return TokenType.DOUBLESTAREQUAL;
        if (c1 == '/' && c2 == '/') return TokenType.DOUBLESLASHEQUAL;
        if (c1 == '<' && c2 == '<') return TokenType.LEFTSHIFTEQUAL;
        if (c1 == '>' && c2 == '>') return TokenType.RIGHTSHIFTEQUAL;
        return null;
    }
}
