package org.ember.compiler;

import org.ember.ast.Stmt;

/** except* bodies: break, continue and return may not jump out of them. */
final class StarCheck {
    private StarCheck() {}

    static void check(Stmt s, CodeGen cg) {
        switch (s) {
            case Stmt.Break b -> throw CodeGen.error("'break', 'continue' and 'return' cannot appear in an except* block", s);
            case Stmt.Continue c -> throw CodeGen.error("'break', 'continue' and 'return' cannot appear in an except* block", s);
            case Stmt.Return r -> throw CodeGen.error("'break', 'continue' and 'return' cannot appear in an except* block", s);
            case Stmt.If i -> {
                i.body().forEach(x -> check(x, cg));
                i.orelse().forEach(x -> check(x, cg));
            }
            case Stmt.With w -> w.body().forEach(x -> check(x, cg));
            case Stmt.Try t -> {
                t.body().forEach(x -> check(x, cg));
                t.orelse().forEach(x -> check(x, cg));
                t.finalbody().forEach(x -> check(x, cg));
                for (org.ember.ast.ExceptHandler h : t.handlers()) {
                    ((org.ember.ast.ExceptHandler.Handler) h).body().forEach(x -> check(x, cg));
                }
            }
            default -> { }
        }
    }
}
