package org.ember.interp;

import org.ember.objects.ArgParser;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyCell;
import org.ember.objects.PyDict;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;

/** function(code, globals, name=None, argdefs=None, closure=None) */
final class FunctionNew {
    private FunctionNew() {}

    static PyObject create(PyObject[] args, String[] kw) {
        PyObject[] b = new ArgParser("function", "code, globals, name=None, argdefs=None, closure=None").bind(args, kw);
        if (!(b[0] instanceof PyCode code)) {
            throw Err.type("function() argument 'code' must be code, not %s", Err.tn(b[0]));
        }
        if (!(b[1] instanceof PyDict globals)) {
            throw Err.type("function() argument 'globals' must be dict, not %s", Err.tn(b[1]));
        }
        if (b[2] != Py.None && !(b[2] instanceof PyStr)) {
            throw Err.type("arg 3 (name) must be None or string");
        }
        if (b[3] != Py.None && !(b[3] instanceof PyTuple)) {
            throw Err.type("arg 4 (defaults) must be None or tuple");
        }
        int nfree = code.freevars.length;
        PyCell[] cl = null;
        if (b[4] != Py.None) {
            if (!(b[4] instanceof PyTuple ct)) {
                throw Err.type("arg 5 (closure) must be tuple");
            }
            if (ct.size() != nfree) {
                throw Err.value("%s requires closure of length %d, not %d", code.name, nfree, ct.size());
            }
            cl = new PyCell[nfree];
            for (int i = 0; i < nfree; i++) {
                if (!(ct.get(i) instanceof PyCell c)) {
                    throw Err.type("arg 5 (closure) expected cell, found %s", Err.tn(ct.get(i)));
                }
                cl[i] = c;
            }
        } else if (nfree > 0) {
            throw Err.type("arg 5 (closure) must be tuple");
        }
        PyFunction fn = new PyFunction(code, globals);
        if (b[2] != Py.None) {
            fn.name = b[2];
        }
        if (b[3] != Py.None && ((PyTuple) b[3]).size() > 0) {
            fn.defaults = ((PyTuple) b[3]).items().clone();
        }
        fn.closure = cl;
        return fn;
    }
}
