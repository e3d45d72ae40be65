package org.ember.modules;

import org.ember.objects.PyModule;
import org.ember.runtime.Interpreter;

/** The cmath module (CPython 3.11's Modules/cmathmodule.c). */
public final class CmathModule {
    private CmathModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("cmath");
        return m;
    }
}
