package org.ember.interp;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyObject;
import org.ember.objects.PyStopIteration;
import org.ember.objects.Slots;
import org.ember.runtime.ThreadState;

/**
 * Resumable statement nodes for generators and coroutines. A suspension returns
 * {@link Node#YIELD} up the Java stack; each resumable node on the way records where it was in
 * the frame's state array (and keeps iterators, pending exceptions and the like in hidden fast
 * slots). Resuming re-enters the tree from the top with {@code frame.resuming} set, each node
 * jumping straight to its recorded child until the suspended yield consumes the resumption.
 */
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
                PyFrame nf = func.newFrame();
                nf.fast[0] = it;
                if (nf.cells != null) {
                    PyFunction.makeCells(nf);
                }
                return Eval.runFunctionFrame(nf, func);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            } catch (StackOverflowError e) {
                throw f.traceback(Eval.recursionError(), pc);
            }
        }
    }

    /** Raises an exception thrown into the frame at this node's position (no implicit chaining, as gen.throw). */
    static PyException thrownHere(PyFrame f, PyException t, int pc) {
        f.tbException = null;
        PyBaseException v = t.value;
        PyBaseException saved = v.context;
        boolean hadTb = v.traceback != null;
        Node.addTraceback(f, t, pc);
        if (!hadTb) {
            v.context = saved;
        }
        return t;
    }

    /** yield [value] as a statement, optionally storing the sent value. */
    public static final class YieldStmt extends Node.Stmt {
        final Node.Expr value;
        final Node.Target target;

        public YieldStmt(int pc, Node.Expr value, Node.Target target) {
            super(pc);
            this.value = value;
            this.target = target;
        }

        @Override
        public int exec(PyFrame f) {
            if (f.resuming) {
                f.resuming = false;
                PyException t = f.thrown;
                if (t != null) {
                    f.thrown = null;
                    throw thrownHere(f, t, pc);
                }
                PyObject v = f.sent;
                f.sent = null;
                if (target != null) {
                    target.store(f, v == null ? Py.None : v);
                }
                return Node.NORMAL;
            }
            f.yielded = value == null ? Py.None : value.eval(f);
            f.lastWasAwait = false;
            f.pc = pc;
            return Node.YIELD;
        }
    }

    /** yield from x / await x as a statement, optionally storing the result. */
    public static final class YieldFromStmt extends Node.Stmt {
        final Node.Expr value;
        final Node.Target target;
        final int slot;
        final boolean isAwait;

        public YieldFromStmt(int pc, Node.Expr value, Node.Target target, int slot, boolean isAwait) {
            super(pc);
            this.value = value;
            this.target = target;
            this.slot = slot;
            this.isAwait = isAwait;
        }

        @Override
        public int exec(PyFrame f) {
            if (!f.resuming) {
                PyObject v = value.eval(f);
                try {
                    f.fast[slot] = isAwait ? Coroutines.getAwaitableIter(v, null) : Coroutines.getYieldFromIter(v, f.code);
                } catch (PyException e) {
                    throw f.traceback(e, pc);
                }
            }
            if (delegate(f, slot, pc, isAwait)) {
                return Node.YIELD;
            }
            PyObject r = f.sendResult;
            f.sendResult = null;
            if (target != null) {
                target.store(f, r);
            }
            return Node.NORMAL;
        }
    }

    /**
     * One step of delegation to the iterator in fast[slot] (YIELD_FROM / SEND). True when the
     * frame must suspend (value in frame.yielded), false when the iterator finished (its
     * return value in frame.sendResult).
     */
    static boolean delegate(PyFrame f, int slot, int pc, boolean isAwait) {
        PyObject it = f.fast[slot];
        PyObject v = Py.None;
        PyException t = null;
        if (f.resuming) {
            f.resuming = false;
            t = f.thrown;
            f.thrown = null;
            if (f.sent != null) {
                v = f.sent;
            }
            f.sent = null;
        }
        PyObject val;
        try {
            if (t != null) {
                if (t.matches(PyExc.GeneratorExit)) {
                    f.yieldFrom = null;
                    f.fast[slot] = null;
                    if (it instanceof PyGenerator g) {
                        g.close();
                    } else {
                        PyObject m = Abstract.lookupAttr(it, "close");
                        if (m != null) {
                            Abstract.call(m);
                        }
                    }
                    throw thrownHere(f, t, pc);
                }
                if (it instanceof PyGenerator g) {
                    val = g.throwIn(t);
                } else if (it instanceof PyCoroutine.Wrapper w) {
                    val = w.coro.throwIn(t);
                } else {
                    PyObject m = Abstract.lookupAttr(it, "throw");
                    if (m == null) {
                        f.yieldFrom = null;
                        f.fast[slot] = null;
                        throw thrownHere(f, t, pc);
                    }
                    PyBaseException tv = t.value;
                    val = Abstract.call(m, tv.type, tv, tv.traceback == null ? Py.None : tv.traceback);
                }
            } else if (it instanceof PyGenerator g && !(g instanceof PyAsyncGenerator)) {
                if (g.status == PyGenerator.FINISHED) {
                    if (g instanceof PyCoroutine) {
                        throw Err.runtime("cannot reuse already awaited coroutine");
                    }
                    val = null;
                    g.result = Py.None;
                } else {
                    if (g.status == PyGenerator.CREATED && v != Py.None) {
                        throw Err.type("can't send non-None value to a just-started %s", g.kindName());
                    }
                    val = g.resume(v, null) ? g.result : null;
                }
                if (val == null) {
                    finished(f, slot, g.result);
                    return false;
                }
            } else if (v == Py.None && it.type.tp_iternext != null) {
                val = it.type.tp_iternext.next(it);
                if (val == null) {
                    finished(f, slot, Py.None);
                    return false;
                }
            } else {
                val = Abstract.callMethod(it, "send", v);
            }
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration) && e != t) {
                PyObject r = e.value instanceof PyStopIteration si ? si.value : Py.None;
                finished(f, slot, r);
                return false;
            }
            f.fast[slot] = null;
            f.yieldFrom = null;
            throw f.traceback(e, pc);
        }
        f.yielded = val;
        f.yieldFrom = it;
        f.lastWasAwait = isAwait;
        f.pc = pc;
        return true;
    }

    private static void finished(PyFrame f, int slot, PyObject r) {
        f.fast[slot] = null;
        f.yieldFrom = null;
        f.sendResult = r == null ? Py.None : r;
    }

    /** A block whose statements may suspend. */
    public static final class RBlock extends Node.Stmt {
        final Node.Stmt[] body;
        final int idx;

        public RBlock(Node.Stmt[] body, int idx) {
            super(-1);
            this.body = body;
            this.idx = idx;
        }

        @Override
        public int exec(PyFrame f) {
            int i = f.resuming ? f.state[idx] : 0;
            Node.Stmt[] b = body;
            for (; i < b.length; i++) {
                int c = b[i].exec(f);
                if (c != Node.NORMAL) {
                    if (c == Node.YIELD) {
                        f.state[idx] = i;
                    }
                    return c;
                }
            }
            return Node.NORMAL;
        }
    }

    public static final class RIf extends Node.Stmt {
        final Node.Expr test;
        final Node.Stmt body;
        final Node.Stmt orelse;
        final int idx;

        public RIf(Node.Expr test, Node.Stmt body, Node.Stmt orelse, int idx) {
            super(-1);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
            this.idx = idx;
        }

        @Override
        public int exec(PyFrame f) {
            boolean which;
            if (f.resuming) {
                which = f.state[idx] == 0;
            } else {
                which = test.evalBool(f);
            }
            int c;
            if (which) {
                c = body.exec(f);
            } else if (orelse != null) {
                c = orelse.exec(f);
            } else {
                return Node.NORMAL;
            }
            if (c == Node.YIELD) {
                f.state[idx] = which ? 0 : 1;
            }
            return c;
        }
    }

    public static final class RWhile extends Node.Stmt {
        final Node.Stmt prelude;
        final Node.Expr test;
        final Node.Stmt body;
        final Node.Stmt orelse;
        final int idx;

        public RWhile(Node.Stmt prelude, Node.Expr test, Node.Stmt body, Node.Stmt orelse, int idx) {
            super(-1);
            this.prelude = prelude;
            this.test = test;
            this.body = body;
            this.orelse = orelse;
            this.idx = idx;
        }

        @Override
        public int exec(PyFrame f) {
            int st = f.resuming ? f.state[idx] : 0;
            if (st == 2) {
                int c = orelse.exec(f);
                if (c == Node.YIELD) {
                    f.state[idx] = 2;
                }
                return c;
            }
            while (true) {
                if (st != 1) {
                    if (prelude != null) {
                        int c = prelude.exec(f);
                        if (c == Node.YIELD) {
                            f.state[idx] = 0;
                            return c;
                        }
                        if (c != Node.NORMAL) {
                            return c;
                        }
                    }
                    if (!test.evalBool(f)) {
                        break;
                    }
                }
                st = 0;
                int c = body.exec(f);
                if (c != Node.NORMAL) {
                    if (c == Node.YIELD) {
                        f.state[idx] = 1;
                        return c;
                    }
                    if (c == Node.BREAK) {
                        return Node.NORMAL;
                    }
                    if (c != Node.CONTINUE) {
                        return c;
                    }
                }
                Stmts.safePoint(f);
            }
            if (orelse != null) {
                int c = orelse.exec(f);
                if (c == Node.YIELD) {
                    f.state[idx] = 2;
                }
                return c;
            }
            return Node.NORMAL;
        }
    }

    public static final class RFor extends Node.Stmt {
        final Node.Target target;
        final Node.Expr iter;
        final Node.Stmt body;
        final Node.Stmt orelse;
        final int idx;
        final int iterSlot;

        public RFor(int pc, Node.Target target, Node.Expr iter, Node.Stmt body, Node.Stmt orelse, int idx, int iterSlot) {
            super(pc);
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
            this.idx = idx;
            this.iterSlot = iterSlot;
        }

        @Override
        public int exec(PyFrame f) {
            int st = f.resuming ? f.state[idx] : 0;
            if (st == 2) {
                int c = orelse.exec(f);
                if (c == Node.YIELD) {
                    f.state[idx] = 2;
                }
                return c;
            }
            if (st == 0) {
                f.fast[iterSlot] = Stmts.getIter(f, iter.eval(f), pc);
            }
            PyObject it = f.fast[iterSlot];
            Slots.Next next = it.type.tp_iternext;
            boolean inBody = st == 1;
            while (true) {
                if (!inBody) {
                    PyObject x;
                    try {
                        x = next.next(it);
                    } catch (PyException e) {
                        f.fast[iterSlot] = null;
                        throw f.traceback(e, pc);
                    }
                    if (x == null) {
                        break;
                    }
                    target.store(f, x);
                }
                inBody = false;
                int c = body.exec(f);
                if (c != Node.NORMAL) {
                    if (c == Node.YIELD) {
                        f.state[idx] = 1;
                        return c;
                    }
                    if (c == Node.BREAK) {
                        f.fast[iterSlot] = null;
                        return Node.NORMAL;
                    }
                    if (c != Node.CONTINUE) {
                        f.fast[iterSlot] = null;
                        return c;
                    }
                }
                Stmts.safePoint(f);
            }
            f.fast[iterSlot] = null;
            if (orelse != null) {
                int c = orelse.exec(f);
                if (c == Node.YIELD) {
                    f.state[idx] = 2;
                }
                return c;
            }
            return Node.NORMAL;
        }
    }

    public static final class RAsyncFor extends Node.Stmt {
        final Node.Target target;
        final Node.Expr iter;
        final Node.Stmt body;
        final Node.Stmt orelse;
        final int idx;
        final int iterSlot;
        final int awaitSlot;

        public RAsyncFor(int pc, Node.Target target, Node.Expr iter, Node.Stmt body, Node.Stmt orelse, int idx,
                int iterSlot, int awaitSlot) {
            super(pc);
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
            this.idx = idx;
            this.iterSlot = iterSlot;
            this.awaitSlot = awaitSlot;
        }

        @Override
        public int exec(PyFrame f) {
            int st = f.resuming ? f.state[idx] : 0;
            if (st == 3) {
                int c = orelse.exec(f);
                if (c == Node.YIELD) {
                    f.state[idx] = 3;
                }
                return c;
            }
            if (st == 0) {
                PyObject src = iter.eval(f);
                try {
                    f.fast[iterSlot] = Coroutines.aiter(src);
                } catch (PyException e) {
                    throw f.traceback(e, pc);
                }
                st = 1;
                f.resuming = false;
            }
            while (true) {
                if (st == 1) {
                    if (!f.resuming) {
                        try {
                            f.fast[awaitSlot] = Coroutines.anextAwaitable(f.fast[iterSlot]);
                        } catch (PyException e) {
                            throw f.traceback(e, pc);
                        }
                    }
                    boolean suspended;
                    try {
                        suspended = delegate(f, awaitSlot, pc, true);
                    } catch (PyException e) {
                        if (e.matches(PyExc.StopAsyncIteration)) {
                            break;
                        }
                        throw e;
                    }
                    if (suspended) {
                        f.state[idx] = 1;
                        return Node.YIELD;
                    }
                    PyObject x = f.sendResult;
                    f.sendResult = null;
                    target.store(f, x);
                }
                st = 1;
                int c = body.exec(f);
                if (c != Node.NORMAL) {
                    if (c == Node.YIELD) {
                        f.state[idx] = 2;
                        return c;
                    }
                    if (c == Node.BREAK) {
                        f.fast[iterSlot] = null;
                        return Node.NORMAL;
                    }
                    if (c != Node.CONTINUE) {
                        f.fast[iterSlot] = null;
                        return c;
                    }
                }
            }
            f.fast[iterSlot] = null;
            if (orelse != null) {
                int c = orelse.exec(f);
                if (c == Node.YIELD) {
                    f.state[idx] = 3;
                }
                return c;
            }
            return Node.NORMAL;
        }
    }

    public static final class RTry extends Node.Stmt {
        final Node.Stmt body;
        final Stmts.Handler[] handlers;
        final Node.Stmt orelse;
        final int idx;
        final int excSlot;
        final int prevSlot;

        public RTry(Node.Stmt body, Stmts.Handler[] handlers, Node.Stmt orelse, int idx, int excSlot, int prevSlot) {
            super(-1);
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
            this.idx = idx;
            this.excSlot = excSlot;
            this.prevSlot = prevSlot;
        }

        @Override
        public int exec(PyFrame f) {
            int n = handlers.length;
            int st = f.resuming ? f.state[idx] : 0;
            if (st == 0) {
                int c;
                try {
                    c = body.exec(f);
                } catch (PyException e) {
                    return handle(f, e);
                } catch (StackOverflowError so) {
                    return handle(f, f.traceback(Eval.recursionError(), -1));
                }
                if (c == Node.YIELD) {
                    f.state[idx] = 0;
                    return c;
                }
                if (c != Node.NORMAL || orelse == null) {
                    return c;
                }
                st = n + 1;
            } else if (st <= n) {
                return runHandler(f, st - 1, (PyBaseException) f.fast[excSlot]);
            }
            int c = orelse.exec(f);
            if (c == Node.YIELD) {
                f.state[idx] = n + 1;
            }
            return c;
        }

        private int handle(PyFrame f, PyException e) {
            ThreadState ts = f.ts;
            PyBaseException exc = e.value;
            PyBaseException prev = ts.handledException;
            ts.handledException = exc;
            for (int i = 0; i < handlers.length; i++) {
                Stmts.Handler h = handlers[i];
                if (h.type() != null) {
                    boolean m;
                    try {
                        PyObject t = h.type().eval(f);
                        try {
                            m = Support.exceptionMatches(exc, t);
                        } catch (PyException te) {
                            throw f.traceback(te, h.pc());
                        }
                    } catch (PyException te) {
                        ts.handledException = prev;
                        throw te;
                    }
                    if (!m) {
                        continue;
                    }
                }
                f.fast[excSlot] = exc;
                f.fast[prevSlot] = prev;
                f.tbException = null;
                if (h.name() != null) {
                    h.name().store(f, exc);
                }
                return runHandler(f, i, exc);
            }
            ts.handledException = prev;
            throw e;
        }

        private int runHandler(PyFrame f, int i, PyBaseException exc) {
            Stmts.Handler h = handlers[i];
            int c;
            try {
                c = h.body().exec(f);
            } catch (PyException e2) {
                cleanup(f, h);
                throw e2;
            }
            if (c == Node.YIELD) {
                f.state[idx] = 1 + i;
                return c;
            }
            cleanup(f, h);
            return c;
        }

        private void cleanup(PyFrame f, Stmts.Handler h) {
            f.ts.handledException = (PyBaseException) f.fast[prevSlot];
            f.fast[excSlot] = null;
            f.fast[prevSlot] = null;
            if (h.name() != null) {
                h.name().store(f, Py.None);
                h.name().delete(f);
            }
        }
    }

    public static final class RTryFinally extends Node.Stmt {
        final Node.Stmt body;
        final Node.Stmt finalbody;
        final int idx;
        final int excSlot;
        final int prevSlot;
        final int retSlot;

        public RTryFinally(Node.Stmt body, Node.Stmt finalbody, int idx, int excSlot, int prevSlot, int retSlot) {
            super(-1);
            this.body = body;
            this.finalbody = finalbody;
            this.idx = idx;
            this.excSlot = excSlot;
            this.prevSlot = prevSlot;
            this.retSlot = retSlot;
        }

        @Override
        public int exec(PyFrame f) {
            int st = f.resuming ? f.state[idx] : 0;
            if (st == 0) {
                int c;
                try {
                    c = body.exec(f);
                } catch (PyException e) {
                    f.fast[excSlot] = e.value;
                    f.fast[prevSlot] = f.ts.handledException;
                    f.ts.handledException = e.value;
                    return finallyExc(f);
                } catch (StackOverflowError so) {
                    PyException e = f.traceback(Eval.recursionError(), -1);
                    f.fast[excSlot] = e.value;
                    f.fast[prevSlot] = f.ts.handledException;
                    f.ts.handledException = e.value;
                    return finallyExc(f);
                }
                if (c == Node.YIELD) {
                    f.state[idx] = 0;
                    return c;
                }
                f.state[idx + 1] = c;
                f.fast[retSlot] = f.retval;
                return finallyNormal(f);
            }
            if (st == 1) {
                return finallyNormal(f);
            }
            return finallyExc(f);
        }

        private int finallyNormal(PyFrame f) {
            int c2 = finalbody.exec(f);
            if (c2 == Node.YIELD) {
                f.state[idx] = 1;
                return c2;
            }
            PyObject ret = f.fast[retSlot];
            f.fast[retSlot] = null;
            if (c2 != Node.NORMAL) {
                return c2;
            }
            f.retval = ret;
            return f.state[idx + 1];
        }

        private int finallyExc(PyFrame f) {
            int c2;
            try {
                c2 = finalbody.exec(f);
            } catch (PyException e2) {
                f.ts.handledException = (PyBaseException) f.fast[prevSlot];
                f.fast[excSlot] = null;
                f.fast[prevSlot] = null;
                throw e2;
            }
            if (c2 == Node.YIELD) {
                f.state[idx] = 2;
                return c2;
            }
            f.ts.handledException = (PyBaseException) f.fast[prevSlot];
            PyBaseException exc = (PyBaseException) f.fast[excSlot];
            f.fast[excSlot] = null;
            f.fast[prevSlot] = null;
            if (c2 != Node.NORMAL) {
                return c2;
            }
            PyException e = exc.toThrowable();
            f.tbException = e;
            throw e;
        }
    }

    public static final class RWith extends Node.Stmt {
        final Node.Expr ctx;
        final Node.Target target;
        final Node.Stmt body;
        final int exitSlot;

        public RWith(int pc, Node.Expr ctx, Node.Target target, Node.Stmt body, int exitSlot) {
            super(pc);
            this.ctx = ctx;
            this.target = target;
            this.body = body;
            this.exitSlot = exitSlot;
        }

        @Override
        public int exec(PyFrame f) {
            if (!f.resuming) {
                PyObject mgr = ctx.eval(f);
                PyObject res;
                try {
                    PyObject enter = Stmts.lookupSpecial(mgr, Stmts.S_ENTER);
                    if (enter == null) {
                        throw Err.type("'%s' object does not support the context manager protocol", Err.tn(mgr));
                    }
                    PyObject exit = Stmts.lookupSpecial(mgr, Stmts.S_EXIT);
                    if (exit == null) {
                        throw Err.type("'%s' object does not support the context manager protocol (missed __exit__ method)",
                                Err.tn(mgr));
                    }
                    f.pc = pc;
                    res = Abstract.call(enter);
                    f.fast[exitSlot] = exit;
                } catch (PyException e) {
                    throw f.traceback(e, pc);
                }
                if (target != null) {
                    target.store(f, res);
                }
            }
            int c;
            try {
                c = body.exec(f);
            } catch (PyException e) {
                PyObject exit = f.fast[exitSlot];
                f.fast[exitSlot] = null;
                ThreadState ts = f.ts;
                PyBaseException saved = ts.handledException;
                PyBaseException v = e.value;
                ts.handledException = v;
                boolean suppress;
                try {
                    f.pc = pc;
                    suppress = Abstract.isTrue(Abstract.call(exit, v.type, v, v.traceback == null ? Py.None : v.traceback));
                } catch (PyException e2) {
                    throw f.traceback(e2, pc);
                } finally {
                    ts.handledException = saved;
                }
                if (suppress) {
                    return Node.NORMAL;
                }
                f.tbException = e;
                throw e;
            }
            if (c == Node.YIELD) {
                return c;
            }
            PyObject exit = f.fast[exitSlot];
            f.fast[exitSlot] = null;
            try {
                f.pc = pc;
                Abstract.call(exit, Py.None, Py.None, Py.None);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
            return c;
        }
    }

    public static final class RAsyncWith extends Node.Stmt {
        final Node.Expr ctx;
        final Node.Target target;
        final Node.Stmt body;
        final int idx;
        final int exitSlot;
        final int awaitSlot;
        final int excSlot;
        final int retSlot;

        public RAsyncWith(int pc, Node.Expr ctx, Node.Target target, Node.Stmt body, int idx, int exitSlot,
                int awaitSlot, int excSlot, int retSlot) {
            super(pc);
            this.ctx = ctx;
            this.target = target;
            this.body = body;
            this.idx = idx;
            this.exitSlot = exitSlot;
            this.awaitSlot = awaitSlot;
            this.excSlot = excSlot;
            this.retSlot = retSlot;
        }

        @Override
        public int exec(PyFrame f) {
            int st = f.resuming ? f.state[idx] : 0;
            if (st == 0) {
                PyObject mgr = ctx.eval(f);
                try {
                    PyObject enter = Stmts.lookupSpecial(mgr, Stmts.S_AENTER);
                    if (enter == null) {
                        throw Err.type("'%s' object does not support the asynchronous context manager protocol",
                                Err.tn(mgr));
                    }
                    PyObject exit = Stmts.lookupSpecial(mgr, Stmts.S_AEXIT);
                    if (exit == null) {
                        throw Err.type("'%s' object does not support the asynchronous context manager protocol "
                                + "(missed __aexit__ method)", Err.tn(mgr));
                    }
                    f.pc = pc;
                    PyObject r = Abstract.call(enter);
                    f.fast[awaitSlot] = Coroutines.getAwaitableIter(r,
                            "'async with' received an object from __aenter__ that does not implement __await__: %s");
                    f.fast[exitSlot] = exit;
                } catch (PyException e) {
                    throw f.traceback(e, pc);
                }
                st = 1;
            }
            if (st == 1) {
                if (delegate(f, awaitSlot, pc, true)) {
                    f.state[idx] = 1;
                    return Node.YIELD;
                }
                PyObject res = f.sendResult;
                f.sendResult = null;
                if (target != null) {
                    target.store(f, res);
                }
                st = 2;
            }
            if (st == 2) {
                int c;
                try {
                    c = body.exec(f);
                } catch (PyException e) {
                    PyBaseException v = e.value;
                    f.fast[excSlot] = v;
                    f.fast[retSlot] = f.ts.handledException;
                    f.ts.handledException = v;
                    try {
                        f.pc = pc;
                        PyObject r = Abstract.call(f.fast[exitSlot], v.type, v, v.traceback == null ? Py.None : v.traceback);
                        f.fast[awaitSlot] = Coroutines.getAwaitableIter(r,
                                "'async with' received an object from __aexit__ that does not implement __await__: %s");
                    } catch (PyException e2) {
                        f.ts.handledException = (PyBaseException) f.fast[retSlot];
                        f.fast[excSlot] = null;
                        throw f.traceback(e2, pc);
                    }
                    st = 4;
                    return awaitExitExc(f);
                }
                if (c == Node.YIELD) {
                    f.state[idx] = 2;
                    return c;
                }
                f.state[idx + 1] = c;
                f.fast[retSlot] = f.retval;
                try {
                    f.pc = pc;
                    PyObject r = Abstract.call(f.fast[exitSlot], Py.None, Py.None, Py.None);
                    f.fast[awaitSlot] = Coroutines.getAwaitableIter(r,
                            "'async with' received an object from __aexit__ that does not implement __await__: %s");
                } catch (PyException e) {
                    throw f.traceback(e, pc);
                }
                st = 3;
            }
            if (st == 3) {
                if (delegate(f, awaitSlot, pc, true)) {
                    f.state[idx] = 3;
                    return Node.YIELD;
                }
                f.sendResult = null;
                f.fast[exitSlot] = null;
                f.retval = f.fast[retSlot];
                f.fast[retSlot] = null;
                return f.state[idx + 1];
            }
            return awaitExitExc(f);
        }

        private int awaitExitExc(PyFrame f) {
            boolean suspended;
            try {
                suspended = delegate(f, awaitSlot, pc, true);
            } catch (PyException e) {
                f.ts.handledException = (PyBaseException) f.fast[retSlot];
                f.fast[excSlot] = null;
                throw e;
            }
            if (suspended) {
                f.state[idx] = 4;
                return Node.YIELD;
            }
            boolean suppress;
            try {
                suppress = Abstract.isTrue(f.sendResult);
            } finally {
                f.sendResult = null;
                f.ts.handledException = (PyBaseException) f.fast[retSlot];
            }
            PyBaseException v = (PyBaseException) f.fast[excSlot];
            f.fast[excSlot] = null;
            f.fast[retSlot] = null;
            f.fast[exitSlot] = null;
            if (suppress) {
                return Node.NORMAL;
            }
            PyException e = v.toThrowable();
            f.tbException = e;
            throw e;
        }
    }
}
