package org.ember.objects;

import org.ember.runtime.ThreadState;

/** Access from Java to builtins of the current interpreter (e.g. getattr for __reduce__ results). */
public final class Builtins {
    private Builtins() {}

    /** The builtin named {@code name} from the current interpreter's builtins module. */
    public static PyObject builtin(String name) {
        PyObject v = ThreadState.current().interp.builtinsDict.getStr(name);
        if (v == null) {
            throw Err.system("builtin %s is missing", name);
        }
        return v;
    }

    public static PyObject getattrFunction() {
        return builtin("getattr");
    }
}
