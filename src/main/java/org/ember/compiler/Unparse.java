package org.ember.compiler;

import org.ember.ast.Expr;

/** Source text of an annotation expression (for from __future__ import annotations). */
final class Unparse {
    private Unparse() {}

    static String unparse(Expr e) {
        return ExprUnparser.unparse(e);
    }
}
