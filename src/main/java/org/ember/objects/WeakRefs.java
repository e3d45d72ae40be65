package org.ember.objects;

/** Hooks between objects and the weakref machinery (module _weakref). */
public final class WeakRefs {
    private WeakRefs() {}

    /** The value of {@code obj.__weakref__}: the first weak reference to obj, or None. */
    public static PyObject firstRef(PyObject obj) {
        org.ember.runtime.ThreadState ts = org.ember.runtime.ThreadState.currentOrNull();
        if (ts == null) {
            return Py.None;
        }
        PyObject r = ts.interp.weakRefs.firstRef(obj);
        return r == null ? Py.None : r;
    }
}
