package org.ember.interp;

import org.ember.objects.Abstract;
import org.ember.objects.PyException;
import org.ember.objects.PyObject;

/** Generator-related nodes: comprehension calls and resumable statements. */
public final class Gen {
    private Gen() {}

    /** Calls a comprehension function with iter(outermost iterable). */
    public static final class Comprehension extends Node.Expr {
        final Defs.MakeFunction fn;
        final Node.Expr iter;
        final boolean async;

        public Comprehension(int pc, Defs.MakeFunction fn, Node.Expr iter, boolean async) {
            super(pc);
            this.fn = fn;
            this.iter = iter;
            this.async = async;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject src = iter.eval(f);
            PyObject it;
            try {
                it = async ? Coroutines.aiter(src) : Abstract.iter(src);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
            PyFunction func = fn.make(f);
            try {
                f.pc = pc;
                return func.call(new PyObject[] {it}, null);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
        }
    }
}
