package org.ember.modules.sre;

import org.ember.objects.Py;
import org.ember.objects.PyObject;
import org.ember.objects.PyType;

/** _sre.SRE_Scanner: successive matches over one string (behind finditer and re.Scanner). */
public final class PyScanner extends PyObject {
    public static final PyType TYPE = PyType.builtin("SRE_Scanner", PyScanner.class, PyScanner::define);

    final PyPattern pattern;
    private final PyObject string;
    private final SreMatcher state;
    /** False once a call found no match (CPython sets state.start to NULL). */
    private boolean active = true;

    PyScanner(PyPattern pattern, PyObject string, SreMatcher state) {
        super(TYPE);
        this.pattern = pattern;
        this.string = string;
        this.state = state;
    }

    PyObject next(boolean search) {
        if (!active) {
            return Py.None;
        }
        SreMatcher st = state;
        st.reset();
        st.ptr = st.start;
        int status = PyPattern.run(st, search);
        PyObject match = status > 0 ? pattern.newMatch(st, string) : Py.None;
        if (status == 0) {
            active = false;
        } else {
            st.mustAdvance = st.ptr == st.start;
            st.start = st.ptr;
        }
        return match;
    }

    private static void define(PyType t) {
        t.module("_sre").flags(PyType.IMMUTABLE | PyType.DISALLOW_INSTANTIATION);
        t.method0("match", self -> ((PyScanner) self).next(false));
        t.method0("search", self -> ((PyScanner) self).next(true));
        t.getset("pattern", self -> ((PyScanner) self).pattern);
    }
}
