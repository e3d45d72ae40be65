package org.ember.compiler;

/** Placeholder: whether a statement contains a suspension point (filled in with generator support). */
final class Suspends {
    private Suspends() {}

    static boolean stmt(org.ember.ast.Stmt s) {
        return false;
    }
}
