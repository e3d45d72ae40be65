package org.ember.interp;

import org.ember.objects.PyObject;

/** try/except* (PEP 654). */
public final class ExceptStar {
    private ExceptStar() {}

    public static final class TryStar extends Node.Stmt {
        final Node.Stmt body;
        final Stmts.Handler[] handlers;
        final Node.Stmt orelse;

        public TryStar(Node.Stmt body, Stmts.Handler[] handlers, Node.Stmt orelse) {
            super(-1);
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
        }

        @Override
        public int exec(PyFrame f) {
            throw org.ember.objects.Err.system("except* not implemented");
        }
    }

    static PyObject unused() {
        return null;
    }
}
