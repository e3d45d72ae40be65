package org.ember.interp;

import org.ember.objects.Abstract;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyException;
import org.ember.objects.PyObject;
import org.ember.objects.PyTraceback;

/**
 * The execution tree: small node classes built by the compiler from the AST. Expressions
 * evaluate to a value; statements return a completion code. A node that can raise carries
 * {@code pc}, its index in the code object's position table, and adds the traceback entry for
 * its frame when an exception leaves its own operation (once per frame and raise).
 */
public final class Node {
    private Node() {}

    /** Completion codes of statements. */
    public static final int NORMAL = 0;
    public static final int BREAK = 1;
    public static final int CONTINUE = 2;
    public static final int RETURN = 3;
    /** A generator or coroutine suspended (the value is in frame.yielded). */
    public static final int YIELD = 4;

    public abstract static class Expr {
        /** Position-table index (-1 for nodes that never raise). */
        public final int pc;

        protected Expr(int pc) {
            this.pc = pc;
        }

        public abstract PyObject eval(PyFrame f);

        /** The truth value of this expression (overridden by comparisons to avoid boxing). */
        public boolean evalBool(PyFrame f) {
            PyObject v = eval(f);
            if (v == org.ember.objects.Py.True) {
                return true;
            }
            if (v == org.ember.objects.Py.False || v == org.ember.objects.Py.None) {
                return false;
            }
            try {
                return Abstract.isTrue(v);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
        }

        /** True when evaluation cannot have side effects or raise (constants, known locals). */
        public boolean isPure() {
            return false;
        }
    }

    public abstract static class Stmt {
        public final int pc;

        protected Stmt(int pc) {
            this.pc = pc;
        }

        public abstract int exec(PyFrame f);
    }

    /** A store target: assigns a value computed elsewhere (evaluating its own subexpressions first). */
    public interface Target {
        void store(PyFrame f, PyObject v);

        /** The target as an expression (for augmented assignment and del), or null. */
        default void delete(PyFrame f) {
            throw new IllegalStateException("not deletable");
        }
    }

    static PyException addTraceback(PyFrame f, PyException e, int pc) {
        if (f.tbException != e) {
            f.tbException = e;
            PyBaseException v = e.value;
            if (v.traceback == null && f.ts != null) {
                Support.chain(v, f.ts.handledException);
            }
            PyCode c = f.code;
            if (pc >= 0 && pc < c.lines.length) {
                v.traceback = new PyTraceback(v.traceback, f, c.lines[pc], c.endLines[pc], c.cols[pc], c.endCols[pc], pc * 2);
            } else {
                v.traceback = new PyTraceback(v.traceback, f, c.firstLineno, c.firstLineno, -1, -1, -1);
            }
        }
        return e;
    }
}
