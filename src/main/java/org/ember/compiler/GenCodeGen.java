package org.ember.compiler;

/** Code generation of resumable statements for generators and coroutines. */
final class GenCodeGen {
    final CodeGen cg;

    GenCodeGen(CodeGen cg) {
        this.cg = cg;
    }

    org.ember.interp.Node.Stmt stmt(org.ember.ast.Stmt s) {
        throw new CompileError("generators not supported yet", 1, 0, 1, 0);
    }
}
