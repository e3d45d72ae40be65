package org.ember.modules;

import org.ember.objects.Abstract;
import org.ember.objects.CompareOp;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.Sequences;
import org.ember.runtime.Interpreter;

/** The _bisect module (CPython's Modules/_bisectmodule.c): binary search and insertion into sorted lists. */
public final class BisectModule {
    private BisectModule() {}

    private static final String MODULE = "_bisect";
    private static final String SIG = "a, x, lo=0, hi=None, *, key=None";

    private static long hiArg(PyObject o) {
        if (o == Py.None) {
            return -1;
        }
        if (!Abstract.hasIndex(o)) {
            throw Err.type("argument should be integer or None, not '%s'", Err.tn(o));
        }
        return Abstract.asSsize(o, PyExc.OverflowError);
    }

    private static PyObject item(PyObject a, long i) {
        if (a.getType() == PyList.TYPE) {
            PyList l = (PyList) a;
            if (i < l.size()) {
                return l.get((int) i);
            }
        }
        return Abstract.getItem(a, PyInt.of(i));
    }

    private static long bisect(PyObject list, PyObject x, long lo, long hi, PyObject key, boolean right) {
        if (lo < 0) {
            throw Err.value("lo must be non-negative");
        }
        if (hi == -1) {
            hi = Abstract.length(list);
        }
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject litem = item(list, mid);
            if (key != Py.None) {
                litem = Abstract.call(key, litem);
            }
            if (right) {
                if (Abstract.richCompareBool(x, litem, CompareOp.LT)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            } else {
                if (Abstract.richCompareBool(litem, x, CompareOp.LT)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
        }
        return lo;
    }

    private static PyBuiltinFunction bisectFn(String name, boolean right) {
        return PyBuiltinFunction.function(MODULE, NativeFunction.of(name, SIG, (self, a) ->
                PyInt.of(bisect(a[0], a[1], Sequences.asSsizeT(a[2]), hiArg(a[3]), a[4], right))));
    }

    private static PyBuiltinFunction insortFn(String name, boolean right) {
        return PyBuiltinFunction.function(MODULE, NativeFunction.of(name, SIG, (self, a) -> {
            PyObject x = a[1];
            PyObject key = a[4];
            PyObject kx = key == Py.None ? x : Abstract.call(key, x);
            long index = bisect(a[0], kx, Sequences.asSsizeT(a[2]), hiArg(a[3]), key, right);
            if (a[0].getType() == PyList.TYPE) {
                ((PyList) a[0]).insert(index, x);
            } else {
                Abstract.callMethod(a[0], "insert", PyInt.of(index), x);
            }
            return Py.None;
        }));
    }

    private static final PyBuiltinFunction[] FUNCTIONS = {
        bisectFn("bisect_right", true), insortFn("insort_right", true),
        bisectFn("bisect_left", false), insortFn("insort_left", false),
    };

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule(MODULE);
        m.put("__doc__", PyStr.of("Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\n"
                + "having to sort the list after each insertion. For long lists of items with\n"
                + "expensive comparison operations, this can be an improvement over the more\n"
                + "common approach.\n"));
        for (PyBuiltinFunction f : FUNCTIONS) {
            m.put(f.fn.name, f);
        }
        return m;
    }
}
