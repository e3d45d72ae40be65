package org.ember.objects;

import org.ember.runtime.ThreadState;

/**
 * Issues Python warnings from Java code: through the warnings module when it is loaded,
 * otherwise printed to stderr in the default format.
 */
public final class Warnings {
    private Warnings() {}

    /** The BytesWarning of str(bytes) when -b is given. */
    public static void bytesWarning(PyObject self) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null && ts.interp.config.bytesWarning > 0) {
            if (ts.interp.config.bytesWarning > 1) {
                throw Err.format(PyExc.BytesWarning, "str() on a bytes instance");
            }
            warn(PyExc.BytesWarning, "str() on a bytes instance", 1);
        }
    }

    /** The -b warning of bytes ==/!= str or int (CPython's bytes_richcompare); -bb makes it an error. */
    public static void bytesComparison(PyObject a, PyObject b, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return;
        }
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null || ts.interp.config.bytesWarning == 0) {
            return;
        }
        String msg;
        if (a instanceof PyStr || b instanceof PyStr) {
            msg = "Comparison between bytes and string";
        } else if (a instanceof PyInt || b instanceof PyInt) {
            msg = "Comparison between bytes and int";
        } else {
            return;
        }
        if (ts.interp.config.bytesWarning > 1) {
            throw Err.format(PyExc.BytesWarning, "%s", msg);
        }
        warn(PyExc.BytesWarning, msg, 1);
    }

    public static void warn(PyType category, String message, int stackLevel) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null) {
            return;
        }
        PyObject warnings = ts.interp.modules.getStr("warnings");
        if (warnings != null) {
            PyObject warn = Abstract.getAttr(warnings, "warn");
            Abstract.call(warn, new PyObject[] {PyStr.of(message), category, PyInt.of(stackLevel)}, null);
            return;
        }
        ts.interp.warnFallback(category, message, stackLevel);
    }
}
