package org.ember.parser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ember.ast.BytesLiteral;
import org.ember.ast.Expr;

/**
 * String literals as CPython 3.11 parses them: adjacent STRING tokens concatenated, escape sequences
 * decoded, bytes literals, and f-strings split into JoinedStr/FormattedValue/Constant with their
 * expressions parsed by a sub-parser (the expression text wrapped in parentheses).
 */
final class StringLiteralParser {
    private final Parser p;

    StringLiteralParser(Parser p) {
        this.p = p;
    }

    /** FstringParser state: accumulated literal and the node list. */
    private static final class State {
        StringBuilder lastStr;
        final List<Expr> exprs = new ArrayList<>();
        boolean fmode;
    }

    Expr concatenate(List<Token> toks) throws ParseException {
        Token first = toks.get(0);
        Token last = toks.get(toks.size() - 1);
        boolean bytesmode = false;
        ByteArrayOutputStream bytes = null;
        State state = new State();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            String s = t.text;
            int k = 0;
            boolean thisBytes = false, raw = false, fmode = false;
            while (k < s.length() && Character.isLetter(s.charAt(k))) {
                char c = Character.toLowerCase(s.charAt(k));
                if (c == 'b') thisBytes = true;
                else if (c == 'r') raw = true;
                else if (c == 'f') fmode = true;
                k++;
            }
            if (i != 0 && bytesmode != thisBytes) throw p.syntaxError("cannot mix bytes and nonbytes literals");
            bytesmode = thisBytes;
            char quote = s.charAt(k);
            int q = (s.length() - k >= 6 && s.charAt(k + 1) == quote && s.charAt(k + 2) == quote) ? 3 : 1;
            String body = s.substring(k + q, s.length() - q);
            if (fmode) {
                state.fmode = true;
                byte[] b = body.getBytes(StandardCharsets.UTF_8);
                int[] pos = {0};
                concatFstring(state, b, pos, b.length, raw, 0, first, t, last);
            } else if (thisBytes) {
                for (int j = 0; j < body.length(); j++) {
                    if (body.charAt(j) >= 0x80) throw p.knownLocation(t, "bytes can only contain ASCII literal characters");
                }
                if (bytes == null) bytes = new ByteArrayOutputStream();
                byte[] b = body.getBytes(StandardCharsets.ISO_8859_1);
                if (raw || body.indexOf('\\') < 0) bytes.writeBytes(b);
                else bytes.writeBytes(decodeBytesEscapes(b));
            } else {
                String v = (raw || body.indexOf('\\') < 0) ? encodeMarks(checkUtf8(t, body, k + q, q))
                    : decodeUnicodeWithEscapes(body.getBytes(StandardCharsets.UTF_8));
                concatAndDel(state, v);
            }
        }
        if (bytesmode) {
            return new Expr.Constant(new BytesLiteral(bytes.toByteArray()), null, first.lineno, first.col, last.endLineno, last.endCol);
        }
        return finish(state, first, last);
    }

    /** Strict UTF-8 check of the token's raw body bytes (the tokenizer decoded with replacement). */
    private String checkUtf8(Token t, String s, int bodyStart, int quoteLen) throws ParseException {
        if (s.indexOf('\uFFFD') < 0) return s;
        byte[] raw = java.util.Arrays.copyOfRange(p.tok.buf, t.start, t.end);
        String err = utf8Error(raw, bodyStart, raw.length - quoteLen);
        if (err != null) throw p.syntaxError(err);
        return s;
    }

    /** CPython's UnicodeDecodeError text for the first invalid UTF-8 sequence in b[from, to), or null. */
    static String utf8Error(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? (c <= 0xEF ? 3 : 0) : c >= 0xC2 ? 2 : 0;
            String reason = null;
            int valid = 1; // bytes of the sequence that were acceptable (the error range)
            if (n == 0) reason = "invalid start byte";
            else {
                for (int k = 1; k < n; k++) {
                    if (i + k >= to) {
                        reason = "unexpected end of data";
                        break;
                    }
                    int cc = b[i + k] & 0xff;
                    boolean ok = cc >= 0x80 && cc <= 0xBF;
                    if (k == 1) {
                        if (c == 0xE0 && cc < 0xA0) ok = false;
                        if (c == 0xED && cc > 0x9F) ok = false;
                        if (c == 0xF0 && cc < 0x90) ok = false;
                        if (c == 0xF4 && cc > 0x8F) ok = false;
                    }
                    if (!ok) {
                        reason = "invalid continuation byte";
                        break;
                    }
                    valid++;
                }
            }
            if (reason != null) {
                String where = valid == 1 ? "byte 0x" + String.format("%02x", c) + " in position " + (i - from)
                    : "bytes in position " + (i - from) + "-" + (i - from + valid - 1);
                return "(unicode error) 'utf-8' codec can't decode " + where + ": " + reason;
            }
            i += n;
        }
        return null;
    }

    /**
     * Surrogate code points produced by escapes are carried inside the working strings as a marker
     * U+FFFF followed by U+E000+(cp-0xD800), so that two of them never merge into one Java character;
     * a real U+FFFF is carried as two markers. {@link #constantValue} decodes.
     */
    private static final char MARK = '\uFFFF';

    static String encodeMarks(String s) {
        return s.indexOf(MARK) < 0 ? s : s.replace("\uFFFF", "\uFFFF\uFFFF");
    }

    /** The Constant value for a working string: a String, or a CodePointString when surrogates would merge. */
    static Object constantValue(String s) {
        if (s.indexOf(MARK) < 0) return s;
        int[] cps = new int[s.length()];
        int n = 0;
        boolean merge = false;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            int cp;
            if (c == MARK && i + 1 < s.length()) {
                char d = s.charAt(i + 1);
                cp = d == MARK ? 0xFFFF : 0xD800 + (d - 0xE000);
                i += 2;
            } else {
                cp = s.codePointAt(i);
                i += Character.charCount(cp);
            }
            if (n > 0 && cp >= 0xDC00 && cp <= 0xDFFF && cps[n - 1] >= 0xD800 && cps[n - 1] <= 0xDBFF) merge = true;
            cps[n++] = cp;
        }
        cps = java.util.Arrays.copyOf(cps, n);
        if (merge) return new org.ember.ast.CodePointString(cps);
        StringBuilder sb = new StringBuilder(n);
        for (int cp : cps) sb.appendCodePoint(cp);
        return sb.toString();
    }

    private static void concatAndDel(State st, String s) {
        if (s.isEmpty()) return;
        if (st.lastStr == null) st.lastStr = new StringBuilder(s);
        else st.lastStr.append(s);
    }

    private Expr strNode(State st, Token first, Token last) {
        Object v = constantValue(st.lastStr.toString());
        st.lastStr = null;
        String kind = first.text.charAt(0) == 'u' ? "u" : null;
        return new Expr.Constant(v, kind, first.lineno, first.col, last.endLineno, last.endCol);
    }

    private Expr finish(State st, Token first, Token last) {
        if (!st.fmode) {
            if (st.lastStr == null) st.lastStr = new StringBuilder();
            return strNode(st, first, last);
        }
        if (st.lastStr != null) st.exprs.add(strNode(st, first, last));
        return new Expr.JoinedStr(new ArrayList<>(st.exprs), first.lineno, first.col, last.endLineno, last.endCol);
    }

    // ---- f-strings ----

    private void concatFstring(State st, byte[] s, int[] pos, int end, boolean raw, int recurseLvl, Token first, Token t, Token last)
        throws ParseException {
        st.fmode = true;
        while (true) {
            String[] literal = {null};
            String[] exprText = {null};
            Expr[] expression = {null};
            int result = findLiteralAndExpr(s, pos, end, raw, recurseLvl, literal, exprText, expression, first, t, last);
            if (literal[0] != null) concatAndDel(st, literal[0]);
            if (exprText[0] != null) concatAndDel(st, exprText[0]);
            if (result == 1) continue;
            if (expression[0] == null) break;
            if (st.lastStr != null) st.exprs.add(strNode(st, first, last));
            st.exprs.add(expression[0]);
        }
        if (recurseLvl == 0 && pos[0] < end - 1) throw p.syntaxError("f-string: unexpected end of string");
        if (recurseLvl != 0 && (pos[0] >= end || s[pos[0]] != '}')) throw p.syntaxError("f-string: expecting '}'");
    }

    private int findLiteralAndExpr(byte[] s, int[] pos, int end, boolean raw, int recurseLvl, String[] literal, String[] exprText,
                                   Expr[] expression, Token first, Token t, Token last) throws ParseException {
        int result = findLiteral(s, pos, end, raw, literal, recurseLvl);
        if (result == 1) return 1;
        if (pos[0] >= end || s[pos[0]] == '}') return 0;
        findExpr(s, pos, end, raw, recurseLvl, exprText, expression, first, t, last);
        return 0;
    }

    private int findLiteral(byte[] b, int[] pos, int end, boolean raw, String[] literal, int recurseLvl) throws ParseException {
        int s = pos[0];
        int literalStart = s;
        int result = 0;
        boolean done = false;
        while (s < end) {
            byte ch = b[s++];
            if (!raw && ch == '\\' && s < end) {
                ch = b[s++];
                if (ch == 'N') {
                    if (s < end && b[s++] == '{') {
                        while (s < end && b[s++] != '}') { }
                        continue;
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (recurseLvl == 0) {
                    if (s < end && b[s] == ch) {
                        pos[0] = s + 1;
                        result = 1;
                        done = true;
                        break;
                    }
                    if (ch == '}') {
                        pos[0] = s - 1;
                        throw p.syntaxError("f-string: single '}' is not allowed");
                    }
                }
                s--;
                break;
            }
        }
        if (!done) pos[0] = s;
        if (literalStart != s) {
            byte[] seg = java.util.Arrays.copyOfRange(b, literalStart, s);
            if (raw) literal[0] = encodeMarks(new String(seg, StandardCharsets.UTF_8));
            else literal[0] = decodeUnicodeWithEscapes(seg);
        }
        return result;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
    }

    private void findExpr(byte[] b, int[] pos, int end, boolean raw, int recurseLvl, String[] exprText, Expr[] expression, Token first,
                          Token t, Token last) throws ParseException {
        if (recurseLvl >= 2) throw p.syntaxError("f-string: expressions nested too deeply");
        pos[0]++;
        int exprStart = pos[0];
        byte quoteChar = 0;
        int stringType = 0;
        int nestedDepth = 0;
        byte[] parenstack = new byte[200];
        for (; pos[0] < end; pos[0]++) {
            byte ch = b[pos[0]];
            if (ch == '\\') throw p.syntaxError("f-string expression part cannot include a backslash");
            if (quoteChar != 0) {
                if (ch == quoteChar) {
                    if (stringType == 3) {
                        if (pos[0] + 2 < end && b[pos[0] + 1] == ch && b[pos[0] + 2] == ch) {
                            pos[0] += 2;
                            stringType = 0;
                            quoteChar = 0;
                            continue;
                        }
                    } else {
                        quoteChar = 0;
                        stringType = 0;
                        continue;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (pos[0] + 2 < end && b[pos[0] + 1] == ch && b[pos[0] + 2] == ch) {
                    stringType = 3;
                    pos[0] += 2;
                } else {
                    stringType = 1;
                }
                quoteChar = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (nestedDepth >= 200) throw p.syntaxError("f-string: too many nested parenthesis");
                parenstack[nestedDepth++] = ch;
            } else if (ch == '#') {
                throw p.syntaxError("f-string expression part cannot include '#'");
            } else if (nestedDepth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (pos[0] + 1 < end) {
                    byte next = b[pos[0] + 1];
                    if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
                        pos[0]++;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') continue;
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (nestedDepth == 0) throw p.syntaxError("f-string: unmatched '" + (char) ch + "'");
                nestedDepth--;
                byte opening = parenstack[nestedDepth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
                    throw p.syntaxError("f-string: closing parenthesis '" + (char) ch + "' does not match opening parenthesis '"
                        + (char) opening + "'");
                }
            }
        }
        int exprEnd = pos[0];
        if (quoteChar != 0) throw p.syntaxError("f-string: unterminated string");
        if (nestedDepth != 0) throw p.syntaxError("f-string: unmatched '" + (char) parenstack[nestedDepth - 1] + "'");
        if (pos[0] >= end) throw p.syntaxError("f-string: expecting '}'");
        Expr simple = compileExpr(b, exprStart, exprEnd, t);
        if (b[pos[0]] == '=') {
            pos[0]++;
            while (pos[0] < end && isSpace(b[pos[0]])) pos[0]++;
            if (pos[0] >= end) throw p.syntaxError("f-string: expecting '}'");
            exprText[0] = encodeMarks(new String(b, exprStart, pos[0] - exprStart, StandardCharsets.UTF_8));
        }
        int conversion = -1;
        if (b[pos[0]] == '!') {
            pos[0]++;
            if (pos[0] >= end) throw p.syntaxError("f-string: expecting '}'");
            conversion = b[pos[0]] & 0xff;
            pos[0]++;
            if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
                throw p.syntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        Expr formatSpec = null;
        if (pos[0] < end && b[pos[0]] == ':') {
            pos[0]++;
            if (pos[0] >= end) throw p.syntaxError("f-string: expecting '}'");
            State st = new State();
            concatFstring(st, b, pos, end, raw, recurseLvl + 1, first, t, last);
            formatSpec = finish(st, t, t);
        }
        if (pos[0] >= end || b[pos[0]] != '}') throw p.syntaxError("f-string: expecting '}'");
        pos[0]++;
        if (exprText[0] != null && formatSpec == null && conversion == -1) conversion = 'r';
        expression[0] = new Expr.FormattedValue(simple, conversion, formatSpec, first.lineno, first.col, last.endLineno, last.endCol);
    }

    private Expr compileExpr(byte[] b, int exprStart, int exprEnd, Token t) throws ParseException {
        int s = exprStart;
        while (s != exprEnd) {
            byte c = b[s];
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f')) break;
            s++;
        }
        if (s == exprEnd) {
            byte e = exprEnd < b.length ? b[exprEnd] : 0;
            if (e == '!' || e == ':' || e == '=') throw p.syntaxError("f-string: expression required before '" + (char) e + "'");
            throw p.syntaxError("f-string: empty expression not allowed");
        }
        int len = exprEnd - exprStart;
        byte[] str = new byte[len + 2];
        str[0] = '(';
        System.arraycopy(b, exprStart, str, 1, len);
        str[len + 1] = ')';
        // fstring_find_expr_location: the position of the '{' within the token
        byte[] parent = t.text.getBytes(StandardCharsets.UTF_8);
        int bodyOffset = prefixAndQuoteLength(t.text);
        int exprStartInParent = bodyOffset + exprStart - 1; // the '{'
        int lines = 0, cols = 0;
        boolean newlineAfterBrace = true;
        int k = exprStartInParent + 1;
        while (k < parent.length && parent[k] != '}' && parent[k] != '\n') {
            if (parent[k] != ' ' && parent[k] != '\t' && parent[k] != '\f') {
                newlineAfterBrace = false;
                break;
            }
            k++;
        }
        if (!newlineAfterBrace) {
            int start = exprStartInParent;
            while (start > 0 && parent[start] != '\n') start--;
            cols += exprStartInParent - start;
            if (parent[start] == '\n') cols -= 1;
        }
        for (int i = 0; i < exprStartInParent; i++) if (parent[i] == '\n') lines++;
        int startingLineno = t.lineno + lines - 1;
        int startingCol = lines != 0 ? cols : t.col + cols;
        return p.parseFStringExpression(translate(str), startingLineno, startingCol);
    }

    private static byte[] translate(byte[] str) {
        return SourceDecoder.translateNewlines(str, true);
    }

    private static int prefixAndQuoteLength(String text) {
        int k = 0;
        while (k < text.length() && Character.isLetter(text.charAt(k))) k++;
        char q = text.charAt(k);
        if (text.length() - k >= 6 && text.charAt(k + 1) == q && text.charAt(k + 2) == q) return k + 3;
        return k + 1;
    }

    // ---- escapes ----

    /** decode_unicode_with_escapes: non-ASCII characters become \\UXXXXXXXX before unicode-escape decoding. */
    private String decodeUnicodeWithEscapes(byte[] s) throws ParseException {
        StringBuilder buf = new StringBuilder(s.length + 16);
        int i = 0;
        int end = s.length;
        while (i < end) {
            if (s[i] == '\\') {
                buf.append('\\');
                i++;
                if (i >= end || (s[i] & 0x80) != 0) {
                    buf.append("u005c");
                    if (i >= end) break;
                }
            }
            if ((s[i] & 0x80) != 0) {
                int n = SourceLines.utf8Length(s, i);
                String ch = new String(s, i, Math.min(n, end - i), StandardCharsets.UTF_8);
                if (ch.indexOf('\uFFFD') >= 0) {
                    String ue = utf8Error(s, 0, s.length);
                    if (ue != null) throw p.syntaxError(ue);
                }
                int cp = ch.codePointAt(0);
                buf.append(String.format("\\U%08x", cp));
                i += n;
            } else {
                buf.append((char) s[i]);
                i++;
            }
        }
        return unicodeEscape(buf.toString());
    }

    private ParseException unicodeError(int start, int end, String reason) throws ParseException {
        String where = end - start == 1 ? "can't decode byte 0x5c in position " + start : "can't decode bytes in position " + start + "-" + (end - 1);
        return p.syntaxError("(unicode error) 'unicodeescape' codec " + where + ": " + reason);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    private String unicodeEscape(String s) throws ParseException {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) throw unicodeError(start, n, "\\ at end of string");
            c = s.charAt(i++);
            switch (c) {
                case '\n' -> { }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'v' -> out.append('\u000b');
                case 'a' -> out.append('\u0007');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    if (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                        v = (v << 3) + (s.charAt(i++) - '0');
                        if (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7') v = (v << 3) + (s.charAt(i++) - '0');
                    }
                    out.appendCodePoint(v);
                }
                case 'x', 'u', 'U' -> {
                    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    int v = 0;
                    int k = 0;
                    for (; k < count && i < n; k++) {
                        int h = hex(s.charAt(i));
                        if (h < 0) break;
                        v = (v << 4) | h;
                        i++;
                    }
                    if (k < count) {
                        String what = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                        throw unicodeError(start, i, what);
                    }
                    if (v > 0x10FFFF) throw unicodeError(start, i, "illegal Unicode character");
                    appendMarked(out, v);
                }
                case 'N' -> {
                    if (i < n && s.charAt(i) == '{') {
                        int close = s.indexOf('}', i + 1);
                        if (close > i + 1) {
                            String name = s.substring(i + 1, close);
                            int cp = lookupName(name);
                            i = close + 1;
                            if (cp < 0) throw unicodeError(start, i, "unknown Unicode character name");
                            appendMarked(out, cp);
                            break;
                        }
                    }
                    throw unicodeError(start, Math.min(i, n), "malformed \\N character escape");
                }
                default -> {
                    out.append('\\');
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    private static void appendMarked(StringBuilder out, int cp) {
        if (cp == 0xFFFF) out.append(MARK).append(MARK);
        else if (cp >= 0xD800 && cp <= 0xDFFF) out.append(MARK).append((char) (0xE000 + cp - 0xD800));
        else out.appendCodePoint(cp);
    }

    private static int lookupName(String name) {
        for (int i = 0; i < name.length(); i++) if (name.charAt(i) >= 128) return -1;
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return NamedSequences.lookupAlias(name);
        }
    }

    private byte[] decodeBytesEscapes(byte[] s) throws ParseException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length);
        int n = s.length;
        int i = 0;
        while (i < n) {
            byte c = s[i];
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) throw p.syntaxError("(value error) Trailing \\ in string");
            c = s[i++];
            switch (c) {
                case '\n' -> { }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'v' -> out.write(0x0b);
                case 'a' -> out.write(0x07);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    if (i < n && s[i] >= '0' && s[i] <= '7') {
                        v = (v << 3) + (s[i++] - '0');
                        if (i < n && s[i] >= '0' && s[i] <= '7') v = (v << 3) + (s[i++] - '0');
                    }
                    out.write(v & 0xff);
                }
                case 'x' -> {
                    if (i + 1 < n && hex((char) s[i]) >= 0 && hex((char) s[i + 1]) >= 0) {
                        out.write((hex((char) s[i]) << 4) | hex((char) s[i + 1]));
                        i += 2;
                    } else {
                        throw p.syntaxError("(value error) invalid \\x escape at position " + start);
                    }
                }
                default -> {
                    out.write('\\');
                    out.write(c);
                }
            }
        }
        return out.toByteArray();
    }
}
