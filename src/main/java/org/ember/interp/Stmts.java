package org.ember.interp;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.objects.Slots;
import org.ember.runtime.Gil;
import org.ember.runtime.ThreadState;

/** Statement nodes. Each returns a completion code ({@link Node#NORMAL}, BREAK, CONTINUE, RETURN, YIELD). */
public final class Stmts {
    private Stmts() {}

    static void safePoint(PyFrame f) {
        Gil g = f.ts.interp.gil;
        if (g.dropRequested()) {
            g.yieldIfRequested();
        }
    }

    public static final class Block extends Node.Stmt {
        final Node.Stmt[] body;

        public Block(Node.Stmt[] body) {
            super(-1);
            this.body = body;
        }

        @Override
        public int exec(PyFrame f) {
            for (Node.Stmt s : body) {
                int c = s.exec(f);
                if (c != Node.NORMAL) {
                    return c;
                }
            }
            return Node.NORMAL;
        }
    }

    public static final class Pass extends Node.Stmt {
        public Pass() {
            super(-1);
        }

        @Override
        public int exec(PyFrame f) {
            return Node.NORMAL;
        }
    }

    public static final class ExprStmt extends Node.Stmt {
        final Node.Expr value;

        public ExprStmt(Node.Expr value) {
            super(-1);
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            value.eval(f);
            return Node.NORMAL;
        }
    }

    /** Interactive-mode expression statement: sys.displayhook(value). */
    public static final class PrintExpr extends Node.Stmt {
        final Node.Expr value;

        public PrintExpr(int pc, Node.Expr value) {
            super(pc);
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            PyObject v = value.eval(f);
            try {
                ThreadState ts = f.ts;
                PyObject hook = ts.interp.sysModule == null ? null : ts.interp.sysModule.getDict().getStr("displayhook");
                if (hook == null) {
                    throw Err.runtime("lost sys.displayhook");
                }
                Abstract.call(hook, v);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
            return Node.NORMAL;
        }
    }

    public static final class AssignFast extends Node.Stmt {
        final int slot;
        final Node.Expr value;

        public AssignFast(int slot, Node.Expr value) {
            super(-1);
            this.slot = slot;
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            f.fast[slot] = value.eval(f);
            return Node.NORMAL;
        }
    }

    public static final class Assign extends Node.Stmt {
        final Node.Target target;
        final Node.Expr value;

        public Assign(Node.Target target, Node.Expr value) {
            super(-1);
            this.target = target;
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            target.store(f, value.eval(f));
            return Node.NORMAL;
        }
    }

    public static final class AssignMulti extends Node.Stmt {
        final Node.Target[] targets;
        final Node.Expr value;

        public AssignMulti(Node.Target[] targets, Node.Expr value) {
            super(-1);
            this.targets = targets;
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            PyObject v = value.eval(f);
            for (Node.Target t : targets) {
                t.store(f, v);
            }
            return Node.NORMAL;
        }
    }

    /** x op= v for a name: load, operate in place, store. */
    public static final class AugAssignName extends Node.Stmt {
        final Node.Expr load;
        final Node.Target store;
        final Node.Expr value;
        final int op;

        public AugAssignName(int pc, int op, Node.Expr load, Node.Target store, Node.Expr value) {
            super(pc);
            this.op = op;
            this.load = load;
            this.store = store;
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            PyObject a = load.eval(f);
            PyObject b = value.eval(f);
            PyObject r;
            try {
                r = Ops.inplaceFast(op, a, b);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
            store.store(f, r);
            return Node.NORMAL;
        }
    }

    /** o.name op= v */
    public static final class AugAssignAttr extends Node.Stmt {
        final Node.Expr obj;
        final PyStr name;
        final Node.Expr value;
        final int op;
        final int attrPc;

        public AugAssignAttr(int pc, int attrPc, int op, Node.Expr obj, PyStr name, Node.Expr value) {
            super(pc);
            this.attrPc = attrPc;
            this.op = op;
            this.obj = obj;
            this.name = name;
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            PyObject o = obj.eval(f);
            PyObject a;
            try {
                a = Abstract.getAttr(o, name);
            } catch (PyException e) {
                throw f.traceback(e, attrPc);
            }
            PyObject b = value.eval(f);
            PyObject r;
            try {
                r = Ops.inplaceFast(op, a, b);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
            try {
                Abstract.setAttr(o, name, r);
            } catch (PyException e) {
                throw f.traceback(e, attrPc);
            }
            return Node.NORMAL;
        }
    }

    /** o[k] op= v */
    public static final class AugAssignSubscript extends Node.Stmt {
        final Node.Expr obj;
        final Node.Expr key;
        final Node.Expr value;
        final int op;
        final int subPc;

        public AugAssignSubscript(int pc, int subPc, int op, Node.Expr obj, Node.Expr key, Node.Expr value) {
            super(pc);
            this.subPc = subPc;
            this.op = op;
            this.obj = obj;
            this.key = key;
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            PyObject o = obj.eval(f);
            PyObject k = key.eval(f);
            PyObject a;
            try {
                a = Exprs.getItem(o, k);
            } catch (PyException e) {
                throw f.traceback(e, subPc);
            }
            PyObject b = value.eval(f);
            PyObject r;
            try {
                r = Ops.inplaceFast(op, a, b);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
            try {
                Abstract.setItem(o, k, r);
            } catch (PyException e) {
                throw f.traceback(e, subPc);
            }
            return Node.NORMAL;
        }
    }

    public static final class Delete extends Node.Stmt {
        final Node.Target[] targets;

        public Delete(Node.Target[] targets) {
            super(-1);
            this.targets = targets;
        }

        @Override
        public int exec(PyFrame f) {
            for (Node.Target t : targets) {
                t.delete(f);
            }
            return Node.NORMAL;
        }
    }

    public static final class If extends Node.Stmt {
        final Node.Expr test;
        final Node.Stmt body;
        final Node.Stmt orelse;

        public If(Node.Expr test, Node.Stmt body, Node.Stmt orelse) {
            super(-1);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(PyFrame f) {
            if (test.evalBool(f)) {
                return body.exec(f);
            } else if (orelse != null) {
                return orelse.exec(f);
            }
            return Node.NORMAL;
        }
    }

    public static final class While extends Node.Stmt {
        final Node.Expr test;
        final Node.Stmt body;
        final Node.Stmt orelse;

        public While(Node.Expr test, Node.Stmt body, Node.Stmt orelse) {
            super(-1);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(PyFrame f) {
            Gil gil = f.ts.interp.gil;
            while (test.evalBool(f)) {
                int c = body.exec(f);
                if (c != Node.NORMAL) {
                    if (c == Node.BREAK) {
                        return Node.NORMAL;
                    }
                    if (c != Node.CONTINUE) {
                        return c;
                    }
                }
                if (gil.dropRequested()) {
                    gil.yieldIfRequested();
                }
            }
            if (orelse != null) {
                return orelse.exec(f);
            }
            return Node.NORMAL;
        }
    }

    static PyObject getIter(PyFrame f, PyObject v, int pc) {
        try {
            return Abstract.iter(v);
        } catch (PyException e) {
            throw f.traceback(e, pc);
        }
    }

    public static final class For extends Node.Stmt {
        final Node.Target target;
        final Node.Expr iter;
        final Node.Stmt body;
        final Node.Stmt orelse;

        public For(int pc, Node.Target target, Node.Expr iter, Node.Stmt body, Node.Stmt orelse) {
            super(pc);
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(PyFrame f) {
            PyObject it = getIter(f, iter.eval(f), pc);
            Slots.Next next = it.type.tp_iternext;
            Gil gil = f.ts.interp.gil;
            while (true) {
                PyObject x;
                try {
                    x = next.next(it);
                } catch (PyException e) {
                    throw f.traceback(e, pc);
                }
                if (x == null) {
                    break;
                }
                target.store(f, x);
                int c = body.exec(f);
                if (c != Node.NORMAL) {
                    if (c == Node.BREAK) {
                        return Node.NORMAL;
                    }
                    if (c != Node.CONTINUE) {
                        return c;
                    }
                }
                if (gil.dropRequested()) {
                    gil.yieldIfRequested();
                }
            }
            if (orelse != null) {
                return orelse.exec(f);
            }
            return Node.NORMAL;
        }
    }

    /** for with a fast-local target (the common case; no interface call per item). */
    public static final class ForFast extends Node.Stmt {
        final int slot;
        final Node.Expr iter;
        final Node.Stmt body;
        final Node.Stmt orelse;

        public ForFast(int pc, int slot, Node.Expr iter, Node.Stmt body, Node.Stmt orelse) {
            super(pc);
            this.slot = slot;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(PyFrame f) {
            PyObject it = getIter(f, iter.eval(f), pc);
            Slots.Next next = it.type.tp_iternext;
            Gil gil = f.ts.interp.gil;
            PyObject[] fast = f.fast;
            while (true) {
                PyObject x;
                try {
                    x = next.next(it);
                } catch (PyException e) {
                    throw f.traceback(e, pc);
                }
                if (x == null) {
                    break;
                }
                fast[slot] = x;
                int c = body.exec(f);
                if (c != Node.NORMAL) {
                    if (c == Node.BREAK) {
                        return Node.NORMAL;
                    }
                    if (c != Node.CONTINUE) {
                        return c;
                    }
                }
                if (gil.dropRequested()) {
                    gil.yieldIfRequested();
                }
            }
            if (orelse != null) {
                return orelse.exec(f);
            }
            return Node.NORMAL;
        }
    }

    public static final class Break extends Node.Stmt {
        public Break() {
            super(-1);
        }

        @Override
        public int exec(PyFrame f) {
            return Node.BREAK;
        }
    }

    public static final class Continue extends Node.Stmt {
        public Continue() {
            super(-1);
        }

        @Override
        public int exec(PyFrame f) {
            return Node.CONTINUE;
        }
    }

    public static final class Return extends Node.Stmt {
        final Node.Expr value;

        public Return(Node.Expr value) {
            super(-1);
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            f.retval = value == null ? Py.None : value.eval(f);
            return Node.RETURN;
        }
    }

    // ---- raise / assert ------------------------------------------------------------------

    /** The exception instance for raise X (a class is instantiated). */
    static PyBaseException makeException(PyObject x) {
        if (x instanceof PyType t) {
            if (!t.isSubtype(PyExc.BaseException)) {
                throw Err.type("exceptions must derive from BaseException");
            }
            return Err.instantiate(t);
        }
        if (x instanceof PyBaseException e) {
            return e;
        }
        throw Err.type("exceptions must derive from BaseException");
    }

    public static final class Raise extends Node.Stmt {
        final Node.Expr exc;
        final Node.Expr cause;

        public Raise(int pc, Node.Expr exc, Node.Expr cause) {
            super(pc);
            this.exc = exc;
            this.cause = cause;
        }

        @Override
        public int exec(PyFrame f) {
            if (exc == null) {
                PyBaseException h = f.ts.handledException;
                if (h == null) {
                    throw f.traceback(Err.runtime("No active exception to reraise"), pc);
                }
                PyException e = h.toThrowable();
                f.tbException = e;
                throw e;
            }
            PyObject x = exc.eval(f);
            PyObject c = cause == null ? null : cause.eval(f);
            PyBaseException v;
            try {
                v = makeException(x);
                if (c != null) {
                    PyBaseException cv;
                    if (c == Py.None) {
                        cv = null;
                    } else if (c instanceof PyType ct) {
                        if (!ct.isSubtype(PyExc.BaseException)) {
                            throw Err.type("exception causes must derive from BaseException");
                        }
                        cv = Err.instantiate(ct);
                    } else if (c instanceof PyBaseException ce) {
                        cv = ce;
                    } else {
                        throw Err.type("exception causes must derive from BaseException");
                    }
                    v.cause = cv;
                    v.suppressContext = true;
                }
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
            Support.chain(v, f.ts.handledException);
            PyException e = v.toThrowable();
            f.tbException = null;
            throw f.traceback(e, pc);
        }
    }

    public static final class Assert extends Node.Stmt {
        final Node.Expr test;
        final Node.Expr msg;

        public Assert(int pc, Node.Expr test, Node.Expr msg) {
            super(pc);
            this.test = test;
            this.msg = msg;
        }

        @Override
        public int exec(PyFrame f) {
            if (test.evalBool(f)) {
                return Node.NORMAL;
            }
            PyBaseException e;
            if (msg == null) {
                e = Err.instantiate(PyExc.AssertionError);
            } else {
                PyObject m = msg.eval(f);
                try {
                    e = Err.instantiate(PyExc.AssertionError, m);
                } catch (PyException ex) {
                    throw f.traceback(ex, pc);
                }
            }
            Support.chain(e, f.ts.handledException);
            f.tbException = null;
            throw f.traceback(e.toThrowable(), pc);
        }
    }

    // ---- try ---------------------------------------------------------------------------

    /** One except clause: type (null for bare except), the name target, the body. */
    public record Handler(Node.Expr type, Node.Target name, Node.Stmt body, int pc) {
    }

    public static final class Try extends Node.Stmt {
        final Node.Stmt body;
        final Handler[] handlers;
        final Node.Stmt orelse;

        public Try(Node.Stmt body, Handler[] handlers, Node.Stmt orelse) {
            super(-1);
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
        }

        @Override
        public int exec(PyFrame f) {
            int c;
            try {
                c = body.exec(f);
            } catch (PyException e) {
                return handle(f, e);
            } catch (StackOverflowError so) {
                return handle(f, f.traceback(Eval.recursionError(), -1));
            }
            if (c == Node.NORMAL && orelse != null) {
                return orelse.exec(f);
            }
            return c;
        }

        private int handle(PyFrame f, PyException e) {
            ThreadState ts = f.ts;
            PyBaseException exc = e.value;
            PyBaseException saved = ts.handledException;
            ts.handledException = exc;
            try {
                for (Handler h : handlers) {
                    if (h.type != null) {
                        PyObject t = h.type.eval(f);
                        boolean m;
                        try {
                            m = Support.exceptionMatches(exc, t);
                        } catch (PyException te) {
                            throw f.traceback(te, h.pc);
                        }
                        if (!m) {
                            continue;
                        }
                    }
                    f.tbException = null;
                    if (h.name != null) {
                        h.name.store(f, exc);
                        try {
                            return h.body.exec(f);
                        } finally {
                            h.name.store(f, Py.None);
                            h.name.delete(f);
                        }
                    }
                    return h.body.exec(f);
                }
            } finally {
                ts.handledException = saved;
            }
            throw e;
        }
    }

    public static final class TryFinally extends Node.Stmt {
        final Node.Stmt body;
        final Node.Stmt finalbody;

        public TryFinally(Node.Stmt body, Node.Stmt finalbody) {
            super(-1);
            this.body = body;
            this.finalbody = finalbody;
        }

        @Override
        public int exec(PyFrame f) {
            int c;
            try {
                c = body.exec(f);
            } catch (PyException e) {
                return onException(f, e);
            } catch (StackOverflowError so) {
                return onException(f, f.traceback(Eval.recursionError(), -1));
            }
            PyObject ret = f.retval;
            int c2 = finalbody.exec(f);
            if (c2 != Node.NORMAL) {
                return c2;
            }
            f.retval = ret;
            return c;
        }

        private int onException(PyFrame f, PyException e) {
            ThreadState ts = f.ts;
            PyBaseException saved = ts.handledException;
            ts.handledException = e.value;
            int c2;
            try {
                c2 = finalbody.exec(f);
            } finally {
                ts.handledException = saved;
            }
            if (c2 != Node.NORMAL) {
                return c2;
            }
            f.tbException = e;
            throw e;
        }
    }

    // ---- with ----------------------------------------------------------------------------

    static final PyStr S_ENTER = PyStr.immortal("__enter__");
    static final PyStr S_EXIT = PyStr.immortal("__exit__");
    static final PyStr S_AENTER = PyStr.immortal("__aenter__");
    static final PyStr S_AEXIT = PyStr.immortal("__aexit__");

    /** _PyObject_LookupSpecial: a method looked up on the type, bound to obj (null when absent). */
    static PyObject lookupSpecial(PyObject obj, PyStr name) {
        PyObject d = obj.type.lookup(name);
        if (d == null) {
            return null;
        }
        Slots.DescrGet g = d.type.tp_descr_get;
        return g == null ? d : g.get(d, obj, obj.type);
    }

    public static final class With extends Node.Stmt {
        final Node.Expr ctx;
        final Node.Target target;
        final Node.Stmt body;

        public With(int pc, Node.Expr ctx, Node.Target target, Node.Stmt body) {
            super(pc);
            this.ctx = ctx;
            this.target = target;
            this.body = body;
        }

        @Override
        public int exec(PyFrame f) {
            PyObject mgr = ctx.eval(f);
            PyObject exit;
            PyObject res;
            try {
                PyObject enter = lookupSpecial(mgr, S_ENTER);
                if (enter == null) {
                    throw Err.type("'%s' object does not support the context manager protocol", Err.tn(mgr));
                }
                exit = lookupSpecial(mgr, S_EXIT);
                if (exit == null) {
                    throw Err.type("'%s' object does not support the context manager protocol (missed __exit__ method)",
                            Err.tn(mgr));
                }
                f.pc = pc;
                res = Abstract.call(enter);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
            int c;
            try {
                if (target != null) {
                    target.store(f, res);
                }
                c = body.exec(f);
            } catch (PyException e) {
                ThreadState ts = f.ts;
                PyBaseException saved = ts.handledException;
                PyBaseException v = e.value;
                ts.handledException = v;
                boolean suppress;
                try {
                    f.pc = pc;
                    PyObject r = Abstract.call(exit, v.type, v, v.traceback == null ? Py.None : v.traceback);
                    suppress = Abstract.isTrue(r);
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
            try {
                f.pc = pc;
                Abstract.call(exit, Py.None, Py.None, Py.None);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
            return c;
        }
    }

    // ---- definitions ---------------------------------------------------------------------

    /** def / class statement: the value (function or class, decorated) stored to the name. */
    public static final class Define extends Node.Stmt {
        final Node.Expr value;
        final Node.Target target;

        public Define(Node.Expr value, Node.Target target) {
            super(-1);
            this.value = value;
            this.target = target;
        }

        @Override
        public int exec(PyFrame f) {
            target.store(f, value.eval(f));
            return Node.NORMAL;
        }
    }

    /** SETUP_ANNOTATIONS: creates __annotations__ in the locals mapping when missing. */
    public static final class SetupAnnotations extends Node.Stmt {
        static final PyStr S_ANN = PyStr.immortal("__annotations__");

        public SetupAnnotations(int pc) {
            super(pc);
        }

        @Override
        public int exec(PyFrame f) {
            try {
                PyObject l = f.locals;
                if (l instanceof PyDict d && d.type == PyDict.TYPE) {
                    if (d.getItem(S_ANN) == null) {
                        d.setItem(S_ANN, new PyDict());
                    }
                } else if (Names.mappingGet(l, S_ANN) == null) {
                    Abstract.setItem(l, S_ANN, new PyDict());
                }
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
            return Node.NORMAL;
        }
    }

    /** An annotated simple name at module/class level: __annotations__[name] = value. */
    public static final class StoreAnnotation extends Node.Stmt {
        final PyStr name;
        final Node.Expr annotation;

        public StoreAnnotation(int pc, PyStr name, Node.Expr annotation) {
            super(pc);
            this.name = name;
            this.annotation = annotation;
        }

        @Override
        public int exec(PyFrame f) {
            PyObject v = annotation.eval(f);
            try {
                PyObject l = f.locals;
                PyObject ann;
                if (l instanceof PyDict d && d.type == PyDict.TYPE) {
                    ann = d.getItem(SetupAnnotations.S_ANN);
                    if (ann == null) {
                        throw Err.format(PyExc.NameError, "__annotations__ not found");
                    }
                } else {
                    ann = Abstract.getItem(l, SetupAnnotations.S_ANN);
                }
                if (ann instanceof PyDict ad && ad.type == PyDict.TYPE) {
                    ad.setItem(name, v);
                } else {
                    Abstract.setItem(ann, name, v);
                }
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
            return Node.NORMAL;
        }
    }

    /** Evaluates an expression for its effect only (annotations of non-simple targets, etc.). */
    static PyTuple unused() {
        return PyTuple.EMPTY;
    }
}
