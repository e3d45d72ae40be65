package org.ember.compiler;

/** Code generation for match statements. */
final class MatchCodeGen {
    final CodeGen cg;

    MatchCodeGen(CodeGen cg) {
        this.cg = cg;
    }

    org.ember.interp.Node.Stmt match(org.ember.ast.Stmt.Match m) {
        throw CodeGen.error("match not supported yet", m);
    }
}
