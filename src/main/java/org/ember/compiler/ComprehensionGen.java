package org.ember.compiler;

import java.util.List;

import org.ember.ast.Comprehension;
import org.ember.ast.Expr;

/** The body of a comprehension function. */
final class ComprehensionGen {
    final CodeGen cg;

    ComprehensionGen(CodeGen cg) {
        this.cg = cg;
    }

    org.ember.interp.Node.Stmt body(List<Comprehension> gens, Expr elt, Expr value, int kind, Expr e) {
        throw CodeGen.error("comprehensions not supported yet", e);
    }
}
