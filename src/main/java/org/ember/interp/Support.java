package org.ember.interp;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyList;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;
import org.ember.runtime.ThreadState;

/** Small runtime helpers shared by nodes. */
public final class Support {
    private Support() {}

    /** A new set with the given items (through the set type, wherever the containers helper defines it). */
    static PyObject newSet(PyObject[] items) {
        PyObject setType = setType();
        return Abstract.call(setType, new PyList(items));
    }

    static PyObject newFrozenset(PyObject[] items) {
        PyObject t = builtin("frozenset");
        return Abstract.call(t, new PyList(items));
    }

    static PyObject setType() {
        return builtin("set");
    }

    private static PyObject builtin(String name) {
        try {
            Class<?> c = Class.forName("org.ember.objects.Py" + (name.equals("set") ? "Set" : "FrozenSet"));
            return (PyObject) c.getField("TYPE").get(null);
        } catch (ReflectiveOperationException e) {
            // fall back to the builtins module
        }
        ThreadState ts = ThreadState.current();
        PyObject t = ts.interp.builtinsDict.getStr(name);
        if (t == null) {
            throw Err.system("%s type is not available", name);
        }
        return t;
    }

    /** Implicit exception chaining (CPython's _PyErr_SetObject): value.__context__ = handled, avoiding cycles. */
    static void chain(PyBaseException value, PyBaseException handled) {
        if (handled == null || handled == value) {
            return;
        }
        PyBaseException o = handled;
        int steps = 0;
        while (true) {
            PyBaseException ctx = o.context;
            if (ctx == null) {
                break;
            }
            if (ctx == value) {
                o.context = null;
                break;
            }
            o = ctx;
            if (++steps > 100000) {
                break;
            }
        }
        value.context = handled;
    }

    /** issubclass check for except clauses (PyErr_GivenExceptionMatches with the 3.11 type check). */
    static boolean exceptionMatches(PyBaseException exc, PyObject type) {
        if (type instanceof org.ember.objects.PyTuple t) {
            for (PyObject x : t.items()) {
                checkCatchable(x);
            }
            for (PyObject x : t.items()) {
                if (Abstract.isSubclass(exc.type, x)) {
                    return true;
                }
            }
            return false;
        }
        checkCatchable(type);
        return exc.type == type || Abstract.isSubclass(exc.type, type);
    }

    static void checkCatchable(PyObject x) {
        if (!(x instanceof PyType t) || !t.isSubtype(org.ember.objects.PyExc.BaseException)) {
            throw Err.type("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    static PyObject orNone(PyObject o) {
        return o == null ? Py.None : o;
    }

    static PyStr str(String s) {
        return Interning.intern(s);
    }
}
