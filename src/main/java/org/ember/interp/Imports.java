package org.ember.interp;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyImportError;
import org.ember.objects.PyInt;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;

/** import and from-import. */
public final class Imports {
    private Imports() {}

    static final PyStr S_IMPORT = PyStr.immortal("__import__");
    static final PyStr S_SPEC = PyStr.immortal("__spec__");
    static final PyStr S_INITIALIZING = PyStr.immortal("_initializing");
    static final PyStr S_NAME = PyStr.immortal("__name__");
    static final PyStr S_ALL = PyStr.immortal("__all__");
    static final PyStr S_DICT = PyStr.immortal("__dict__");
    static final PyStr S_PATH = PyStr.immortal("__path__");

    static boolean initializing(PyObject module) {
        PyObject spec = Abstract.lookupAttr(module, S_SPEC);
        if (spec == null || spec == Py.None) {
            return false;
        }
        PyObject init = Abstract.lookupAttr(spec, S_INITIALIZING);
        return init != null && Abstract.isTrue(init);
    }

    /** IMPORT_NAME: calls the frame's builtins.__import__ (with a sys.modules fast path for the builtin one). */
    static PyObject importName(PyFrame f, PyStr name, PyObject fromlist, int level) {
        PyObject imp = f.builtins.getItem(S_IMPORT);
        if (imp == null) {
            throw Err.format(PyExc.ImportError, "__import__ not found");
        }
        if (imp instanceof PyBuiltinFunction && level == 0) {
            PyDict modules = f.ts.interp.modules;
            PyObject m = modules.getItem(name);
            if (m != null && m != Py.None && !initializing(m)) {
                if (fromlist == Py.None) {
                    int dot = name.value.indexOf('.');
                    if (dot < 0) {
                        return m;
                    }
                    PyObject top = modules.getItem(PyStr.of(name.value.substring(0, dot)));
                    if (top != null && top != Py.None) {
                        return top;
                    }
                } else if (Abstract.lookupAttr(m, S_PATH) == null) {
                    return m;
                }
            }
        }
        PyObject locals = f.locals == null ? Py.None : f.locals;
        return Abstract.call(imp, name, f.globals, locals, fromlist, PyInt.of(level));
    }

    /** IMPORT_FROM */
    static PyObject importFrom(PyObject v, PyStr name) {
        PyObject x = Abstract.lookupAttr(v, name);
        if (x != null) {
            return x;
        }
        PyObject pkgname = Abstract.lookupAttr(v, S_NAME);
        if (pkgname instanceof PyStr ps) {
            PyObject full = ThreadStateAccess.modules().getItem(PyStr.of(ps.value + "." + name.value));
            if (full != null) {
                return full;
            }
        } else {
            pkgname = null;
        }
        PyObject pkgpath = null;
        try {
            PyObject file = v instanceof org.ember.objects.PyModule m ? m.getDict().getStr("__file__") : null;
            pkgpath = file;
        } catch (PyException e) {
            pkgpath = null;
        }
        String pn = pkgname == null ? "<unknown module name>" : ((PyStr) pkgname).value;
        PyException err;
        if (!(pkgpath instanceof PyStr path)) {
            err = PyImportError.make(PyExc.ImportError,
                    "cannot import name " + PyStr.repr(name.value) + " from " + PyStr.repr(pn) + " (unknown location)",
                    pkgname == null ? null : pn);
        } else {
            String fmt = initializing(v)
                    ? "cannot import name %s from partially initialized module %s (most likely due to a circular import) (%s)"
                    : "cannot import name %s from %s (%s)";
            err = PyImportError.make(PyExc.ImportError, String.format(fmt, PyStr.repr(name.value), PyStr.repr(pn),
                    path.value), pkgname == null ? null : pn);
            ((PyImportError) err.value).path = path;
        }
        throw err;
    }

    /** import a.b.c [as d] */
    public static final class Import extends Node.Stmt {
        final PyStr name;
        /** Attribute path for "as" binding of a dotted name (null when binding the top-level module). */
        final PyStr[] attrs;
        final Node.Target target;

        public Import(int pc, PyStr name, PyStr[] attrs, Node.Target target) {
            super(pc);
            this.name = name;
            this.attrs = attrs;
            this.target = target;
        }

        @Override
        public int exec(PyFrame f) {
            PyObject m;
            try {
                f.pc = pc;
                m = importName(f, name, Py.None, 0);
                if (attrs != null) {
                    for (PyStr a : attrs) {
                        m = importFrom(m, a);
                    }
                }
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
            target.store(f, m);
            return Node.NORMAL;
        }
    }

    /** from m import a as b, c */
    public static final class ImportFrom extends Node.Stmt {
        final PyStr module;
        final int level;
        final PyStr[] names;
        final Node.Target[] targets;
        final PyTuple fromlist;

        public ImportFrom(int pc, PyStr module, int level, PyStr[] names, Node.Target[] targets) {
            super(pc);
            this.module = module;
            this.level = level;
            this.names = names;
            this.targets = targets;
            this.fromlist = PyTuple.of((PyObject[]) names.clone());
        }

        @Override
        public int exec(PyFrame f) {
            PyObject m;
            try {
                f.pc = pc;
                m = importName(f, module, fromlist, level);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
            for (int i = 0; i < names.length; i++) {
                PyObject v;
                try {
                    v = importFrom(m, names[i]);
                } catch (PyException e) {
                    throw f.traceback(e, pc);
                }
                targets[i].store(f, v);
            }
            return Node.NORMAL;
        }
    }

    /** from m import * */
    public static final class ImportStar extends Node.Stmt {
        final PyStr module;
        final int level;

        public ImportStar(int pc, PyStr module, int level) {
            super(pc);
            this.module = module;
            this.level = level;
        }

        @Override
        public int exec(PyFrame f) {
            try {
                f.pc = pc;
                PyObject m = importName(f, module, PyTuple.of(PyStr.of("*")), level);
                importAll(f, m);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
            return Node.NORMAL;
        }
    }

    static void importAll(PyFrame f, PyObject v) {
        PyObject all = Abstract.lookupAttr(v, S_ALL);
        boolean skipUnderscore = false;
        if (all == null) {
            PyObject dict = Abstract.lookupAttr(v, S_DICT);
            if (dict == null) {
                throw Err.format(PyExc.ImportError, "from-import-* object has no __dict__ and no __all__");
            }
            all = Abstract.callMethod(dict, "keys");
            skipUnderscore = true;
        }
        PyObject locals = f.locals;
        if (locals == null) {
            throw Err.system("no locals found during 'import *'");
        }
        String modName = null;
        PyObject it = Abstract.iter(all);
        for (PyObject n = Abstract.next(it); n != null; n = Abstract.next(it)) {
            if (!(n instanceof PyStr ns)) {
                if (modName == null) {
                    PyObject mn = Abstract.lookupAttr(v, S_NAME);
                    modName = mn instanceof PyStr s ? s.value : "?";
                }
                throw Err.type("%s in %s.%s must be str, not %s", skipUnderscore ? "Key" : "Item", modName,
                        skipUnderscore ? "__dict__" : "__all__", Err.tn(n));
            }
            if (skipUnderscore && ns.value.startsWith("_")) {
                continue;
            }
            PyObject value = Abstract.getAttr(v, ns);
            if (locals instanceof PyDict d && d.type == PyDict.TYPE) {
                d.setItem(ns, value);
            } else {
                Abstract.setItem(locals, ns, value);
            }
        }
    }

    /** Access to sys.modules of the current interpreter. */
    static final class ThreadStateAccess {
        static PyDict modules() {
            return org.ember.runtime.ThreadState.current().interp.modules;
        }
    }
}
