package org.ember.interp;

import org.ember.objects.PyStr;
import org.ember.runtime.ThreadState;

/** Interned identifier strings for code objects (process-wide, immortal). */
final class Interning {
    private Interning() {}

    static PyStr intern(String s) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null) {
            return ts.interp.runtime.intern(s);
        }
        return PyStr.immortal(s);
    }
}
