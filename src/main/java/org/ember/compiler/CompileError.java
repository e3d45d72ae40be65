package org.ember.compiler;

/** A SyntaxError found by the symbol table or the code generator (AST positions: 1-based line, 0-based UTF-8 column). */
final class CompileError extends RuntimeException {
    final String msg;
    final int lineno;
    final int col;
    final int endLineno;
    final int endCol;

    CompileError(String msg, int lineno, int col, int endLineno, int endCol) {
        super(msg, null, false, false);
        this.msg = msg;
        this.lineno = lineno;
        this.col = col;
        this.endLineno = endLineno;
        this.endCol = endCol;
    }
}
