package org.ember.interp;

import java.util.ArrayList;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.HasDict;
import org.ember.objects.ObjectType;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyMethod;
import org.ember.objects.PyMethodDescr;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.objects.Slots;

/** Call nodes: positional calls, method calls without bound-method allocation, keyword and star calls. */
public final class Calls {
    private Calls() {}

    /** Calls a Python function with positional arguments evaluated straight into the callee's frame. */
    static PyObject callFunction(PyFrame caller, PyFunction fn, Node.Expr[] argExprs, PyObject self, int pc) {
        PyCode code = fn.code;
        int extra = self == null ? 0 : 1;
        int n = argExprs.length + extra;
        if (code.simpleArgs && n <= code.argcount && !code.isGeneratorLike()) {
            PyObject[] defs = fn.defaults;
            int ndef = defs == null ? 0 : defs.length;
            if (n >= code.argcount - ndef) {
                PyFrame f = fn.newFrame();
                PyObject[] fast = f.fast;
                if (self != null) {
                    fast[0] = self;
                }
                for (int i = 0; i < argExprs.length; i++) {
                    fast[i + extra] = argExprs[i].eval(caller);
                }
                for (int i = n; i < code.argcount; i++) {
                    fast[i] = defs[i - (code.argcount - ndef)];
                }
                if (f.cells != null) {
                    PyFunction.makeCells(f);
                }
                caller.pc = pc;
                return Eval.execute(f, caller.ts);
            }
        }
        PyObject[] args = new PyObject[n];
        if (self != null) {
            args[0] = self;
        }
        for (int i = 0; i < argExprs.length; i++) {
            args[i + extra] = argExprs[i].eval(caller);
        }
        PyFrame f = fn.newFrame();
        fn.bind(f, args, null);
        caller.pc = pc;
        return Eval.runFunctionFrame(f, fn);
    }

    static PyObject[] evalArgs(PyFrame f, Node.Expr[] argExprs) {
        int n = argExprs.length;
        if (n == 0) {
            return org.ember.objects.Py.NO_ARGS;
        }
        PyObject[] args = new PyObject[n];
        for (int i = 0; i < n; i++) {
            args[i] = argExprs[i].eval(f);
        }
        return args;
    }

    /** callable(args...) with no keywords. */
    static PyObject callPositional(PyObject callable, PyObject[] args) {
        Slots.Call c = callable.type.tp_call;
        if (c == null) {
            throw Err.type("'%s' object is not callable", Err.tn(callable));
        }
        return c.call(callable, args, null);
    }

    /** f(a, b, ...) */
    public static final class CallPos extends Node.Expr {
        final Node.Expr func;
        final Node.Expr[] args;

        public CallPos(int pc, Node.Expr func, Node.Expr[] args) {
            super(pc);
            this.func = func;
            this.args = args;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject fn = func.eval(f);
            try {
                if (fn instanceof PyFunction pf) {
                    return callFunction(f, pf, args, null, pc);
                }
                if (fn instanceof PyMethod m && m.func instanceof PyFunction pf) {
                    return callFunction(f, pf, args, m.self, pc);
                }
                Node.Expr[] as = args;
                if (fn instanceof PyBuiltinFunction bf) {
                    if (as.length == 1) {
                        PyObject a = as[0].eval(f);
                        f.pc = pc;
                        return bf.fn.call1(bf.self, a);
                    }
                    if (as.length == 0) {
                        f.pc = pc;
                        return bf.fn.call0(bf.self);
                    }
                }
                PyObject[] a = evalArgs(f, as);
                f.pc = pc;
                return callPositional(fn, a);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            } catch (StackOverflowError e) {
                throw f.traceback(Eval.recursionError(), pc);
            }
        }
    }

    /** What a method lookup on a type found, cached on the type's version tag. */
    record MethodCache(PyType type, long version, PyObject descr, boolean methodLike) {
    }

    static boolean isMethodLike(PyObject m) {
        return m != null && (m instanceof PyFunction || m instanceof PyMethodDescr
                || m.type.hasFlag(PyType.METHOD_DESCRIPTOR));
    }

    /** obj.name(args...) without creating a bound method when name is a plain function or method descriptor. */
    public static final class CallMethod extends Node.Expr {
        final Node.Expr obj;
        final PyStr name;
        final Node.Expr[] args;
        /** Position of the attribute lookup (for AttributeError). */
        final int attrPc;
        private MethodCache cache;

        public CallMethod(int pc, int attrPc, Node.Expr obj, PyStr name, Node.Expr[] args) {
            super(pc);
            this.attrPc = attrPc;
            this.obj = obj;
            this.name = name;
            this.args = args;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject o = obj.eval(f);
            PyType t = o.type;
            PyObject callable;
            if (t.tp_getattro == ObjectType.GENERIC_GETATTR) {
                MethodCache c = cache;
                if (c == null || c.type != t || c.version != t.version) {
                    PyObject d = t.lookup(name);
                    c = new MethodCache(t, t.version, d, isMethodLike(d));
                    cache = c;
                }
                if (c.methodLike && !shadowed(o)) {
                    PyObject m = c.descr;
                    try {
                        if (m instanceof PyFunction pf) {
                            return callFunction(f, pf, args, o, pc);
                        }
                        if (m instanceof PyMethodDescr md) {
                            Node.Expr[] as = args;
                            if (as.length == 0) {
                                f.pc = pc;
                                return md.fn.call0(o);
                            }
                            if (as.length == 1) {
                                PyObject a = as[0].eval(f);
                                f.pc = pc;
                                return md.fn.call1(o, a);
                            }
                            PyObject[] a = evalArgs(f, as);
                            f.pc = pc;
                            return md.fn.call(o, a, null);
                        }
                        PyObject[] a = new PyObject[args.length + 1];
                        a[0] = o;
                        for (int i = 0; i < args.length; i++) {
                            a[i + 1] = args[i].eval(f);
                        }
                        f.pc = pc;
                        return callPositional(m, a);
                    } catch (PyException e) {
                        throw f.traceback(e, pc);
                    } catch (StackOverflowError e) {
                        throw f.traceback(Eval.recursionError(), pc);
                    }
                }
            }
            try {
                callable = Abstract.getAttr(o, name);
            } catch (PyException e) {
                throw f.traceback(e, attrPc);
            }
            try {
                if (callable instanceof PyMethod m && m.func instanceof PyFunction pf) {
                    return callFunction(f, pf, args, m.self, pc);
                }
                if (callable instanceof PyFunction pf) {
                    return callFunction(f, pf, args, null, pc);
                }
                PyObject[] a = evalArgs(f, args);
                f.pc = pc;
                return callPositional(callable, a);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            } catch (StackOverflowError e) {
                throw f.traceback(Eval.recursionError(), pc);
            }
        }

        private boolean shadowed(PyObject o) {
            if (o instanceof HasDict hd) {
                PyDict d = hd.getDictOrNull();
                return d != null && d.size() > 0 && d.getItem(name) != null;
            }
            return false;
        }
    }

    /** f(a, b, k=v, ...) with static keyword names. */
    public static final class CallKw extends Node.Expr {
        final Node.Expr func;
        final Node.Expr[] args;
        final String[] kwnames;

        public CallKw(int pc, Node.Expr func, Node.Expr[] args, String[] kwnames) {
            super(pc);
            this.func = func;
            this.args = args;
            this.kwnames = kwnames;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject fn = func.eval(f);
            PyObject[] a = evalArgs(f, args);
            f.pc = pc;
            try {
                return Abstract.call(fn, a, kwnames);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            } catch (StackOverflowError e) {
                throw f.traceback(Eval.recursionError(), pc);
            }
        }
    }

    /** obj.name(a, k=v): method call with keywords (bound lookup, then vectorcall). */
    public static final class CallMethodKw extends Node.Expr {
        final Node.Expr obj;
        final PyStr name;
        final Node.Expr[] args;
        final String[] kwnames;
        final int attrPc;

        public CallMethodKw(int pc, int attrPc, Node.Expr obj, PyStr name, Node.Expr[] args, String[] kwnames) {
            super(pc);
            this.attrPc = attrPc;
            this.obj = obj;
            this.name = name;
            this.args = args;
            this.kwnames = kwnames;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject o = obj.eval(f);
            PyObject callable;
            PyObject self = null;
            PyType t = o.type;
            if (t.tp_getattro == ObjectType.GENERIC_GETATTR) {
                PyObject m = t.lookup(name);
                if (isMethodLike(m)) {
                    PyDict d = o instanceof HasDict hd ? hd.getDictOrNull() : null;
                    if (d == null || d.getItem(name) == null) {
                        self = o;
                    }
                }
                callable = self != null ? m : null;
            } else {
                callable = null;
            }
            if (callable == null) {
                try {
                    callable = Abstract.getAttr(o, name);
                } catch (PyException e) {
                    throw f.traceback(e, attrPc);
                }
            }
            int extra = self == null ? 0 : 1;
            PyObject[] a = new PyObject[args.length + extra];
            if (self != null) {
                a[0] = self;
            }
            for (int i = 0; i < args.length; i++) {
                a[i + extra] = args[i].eval(f);
            }
            f.pc = pc;
            try {
                if (self != null && callable instanceof PyMethodDescr md) {
                    return md.fn.call(self, java.util.Arrays.copyOfRange(a, 1, a.length), kwnames);
                }
                return Abstract.call(callable, a, kwnames);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            } catch (StackOverflowError e) {
                throw f.traceback(Eval.recursionError(), pc);
            }
        }
    }

    /** The description of a callable in argument errors (CPython's _PyObject_FunctionStr). */
    static String funcStr(PyObject fn) {
        try {
            PyObject qn = Abstract.lookupAttr(fn, PyStr.of("__qualname__"));
            if (qn == null) {
                return Abstract.strJava(fn);
            }
            PyObject mod = Abstract.lookupAttr(fn, PyStr.of("__module__"));
            if (mod != null && mod != org.ember.objects.Py.None && !(mod instanceof PyStr ms && ms.value.equals("builtins"))) {
                return Abstract.strJava(mod) + "." + Abstract.strJava(qn) + "()";
            }
            return Abstract.strJava(qn) + "()";
        } catch (PyException e) {
            return "function";
        }
    }

    /** A positional part of a general call: an expression, starred (*x) or not. */
    public record ArgPart(Node.Expr value, boolean starred) {
    }

    /** A keyword part: name=value, or **mapping when name is null. */
    public record KwPart(String name, Node.Expr value) {
    }

    /** f(*a, **k) and every other call shape (CALL_FUNCTION_EX). */
    public static final class CallEx extends Node.Expr {
        final Node.Expr func;
        final Node.Expr methodObj;
        final PyStr methodName;
        final int attrPc;
        final ArgPart[] args;
        final KwPart[] kws;

        public CallEx(int pc, Node.Expr func, Node.Expr methodObj, PyStr methodName, int attrPc, ArgPart[] args,
                KwPart[] kws) {
            super(pc);
            this.func = func;
            this.methodObj = methodObj;
            this.methodName = methodName;
            this.attrPc = attrPc;
            this.args = args;
            this.kws = kws;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject fn;
            if (methodObj != null) {
                PyObject o = methodObj.eval(f);
                try {
                    fn = Abstract.getAttr(o, methodName);
                } catch (PyException e) {
                    throw f.traceback(e, attrPc);
                }
            } else {
                fn = func.eval(f);
            }
            try {
                ArrayList<PyObject> pos = new ArrayList<>();
                for (ArgPart p : args) {
                    PyObject v = p.value.eval(f);
                    if (p.starred) {
                        if (v instanceof PyTuple t) {
                            for (PyObject x : t.items()) {
                                pos.add(x);
                            }
                        } else {
                            if (v.type.tp_iter == null && !Abstract.isSequence(v)) {
                                throw Err.type("%s argument after * must be an iterable, not %s", funcStr(fn), Err.tn(v));
                            }
                            Abstract.forEach(v, pos::add);
                        }
                    } else {
                        pos.add(v);
                    }
                }
                PyObject[] a;
                String[] names = null;
                if (kws.length == 0) {
                    a = pos.toArray(new PyObject[0]);
                } else {
                    PyDict kw = new PyDict();
                    boolean anyStar = false;
                    for (KwPart k : kws) {
                        PyObject v = k.value.eval(f);
                        if (k.name != null) {
                            PyStr key = PyStr.of(k.name);
                            if (kw.getItem(key) != null) {
                                throw Err.type("%s got multiple values for keyword argument '%s'", funcStr(fn), k.name);
                            }
                            kw.setItem(key, v);
                        } else {
                            anyStar = true;
                            mergeKw(fn, kw, v);
                        }
                    }
                    int n = pos.size();
                    a = new PyObject[n + kw.size()];
                    for (int i = 0; i < n; i++) {
                        a[i] = pos.get(i);
                    }
                    names = new String[kw.size()];
                    int j = 0;
                    for (int i = kw.nextIndex(0); i >= 0; i = kw.nextIndex(i + 1)) {
                        PyObject key = kw.keyAt(i);
                        if (!(key instanceof PyStr ks)) {
                            throw Err.type("keywords must be strings");
                        }
                        names[j] = ks.value;
                        a[n + j] = kw.valueAt(i);
                        j++;
                    }
                    if (names.length == 0) {
                        names = null;
                    }
                    if (!anyStar) {
                        // plain keywords only
                    }
                }
                f.pc = pc;
                return Abstract.call(fn, a, names);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            } catch (StackOverflowError e) {
                throw f.traceback(Eval.recursionError(), pc);
            }
        }
    }

    /** DICT_MERGE for **mapping in a call. */
    static void mergeKw(PyObject fn, PyDict kw, PyObject m) {
        if (m instanceof PyDict d) {
            for (int i = d.nextIndex(0); i >= 0; i = d.nextIndex(i + 1)) {
                PyObject k = d.keyAt(i);
                if (kw.getItem(k) != null) {
                    throw dupKw(fn, k);
                }
                kw.setItem(k, d.valueAt(i));
            }
            return;
        }
        PyObject keys = Abstract.lookupAttr(m, PyStr.of("keys"));
        if (keys == null) {
            throw Err.type("%s argument after ** must be a mapping, not %s", funcStr(fn), Err.tn(m));
        }
        PyObject ks = Abstract.call(keys);
        PyObject it = Abstract.iter(ks);
        for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
            if (kw.getItem(k) != null) {
                throw dupKw(fn, k);
            }
            kw.setItem(k, Abstract.getItem(m, k));
        }
    }

    private static PyException dupKw(PyObject fn, PyObject k) {
        if (k instanceof PyStr s) {
            return Err.type("%s got multiple values for keyword argument '%s'", funcStr(fn), s.value);
        }
        return Err.type("%s keywords must be strings", funcStr(fn));
    }

    static boolean unusedExc() {
        return PyExc.TypeError != null;
    }
}
