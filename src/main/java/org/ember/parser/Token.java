package org.ember.parser;

/**
 * One token. Positions follow CPython: 1-based lines, 0-based UTF-8 byte columns; a column of -1
 * means the tokenizer gave no position (INDENT/DEDENT and some error tokens). {@code start}/{@code end}
 * index the tokenizer's UTF-8 buffer; {@code level} is the bracket depth after the token.
 */
public final class Token {
    public final TokenType type;
    public final String text;
    public final int lineno, col, endLineno, endCol;
    public final int start, end;
    public final int level;
    /** Memo table slot used by the parser (per token, like pegen). */
    Memo memo;
    /** For tokens without a position: the tokenizer's byte column when the token was made. */
    int curCol = -1;

    public Token(TokenType type, String text, int lineno, int col, int endLineno, int endCol, int start, int end, int level) {
        this.type = type;
        this.text = text;
        this.lineno = lineno;
        this.col = col;
        this.endLineno = endLineno;
        this.endCol = endCol;
        this.start = start;
        this.end = end;
        this.level = level;
    }

    @Override public String toString() {
        return type + "(" + text + ")@" + lineno + ":" + col + "-" + endLineno + ":" + endCol;
    }

    /** A memo entry: rule key, resulting node (or FAIL marker), and the end position. */
    static final class Memo {
        final int key;
        final Object node;
        final int endMark;
        final Memo next;

        Memo(int key, Object node, int endMark, Memo next) {
            this.key = key;
            this.node = node;
            this.endMark = endMark;
            this.next = next;
        }
    }
}
