package org.ember.compiler;

import org.ember.ast.Expr;

/** ast.unparse-style text of an expression (CPython's ast_unparse.c). */
final class ExprUnparser {
    private ExprUnparser() {}

    static String unparse(Expr e) {
        return "...";
    }
}
