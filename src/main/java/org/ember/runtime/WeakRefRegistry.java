package org.ember.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.ember.objects.PyObject;

/**
 * Per-interpreter bookkeeping of weak references: for each referent, its weakref objects (so
 * obj.__weakref__ and weakref.getweakrefs work). Referents are held weakly.
 */
public final class WeakRefRegistry {
    private final Map<PyObject, List<PyObject>> refs = new WeakHashMap<>();

    public synchronized PyObject firstRef(PyObject referent) {
        List<PyObject> l = refs.get(referent);
        return l == null || l.isEmpty() ? null : l.get(0);
    }

    public synchronized void add(PyObject referent, PyObject ref) {
        refs.computeIfAbsent(referent, k -> new ArrayList<>()).add(ref);
    }

    public synchronized void remove(PyObject referent, PyObject ref) {
        List<PyObject> l = refs.get(referent);
        if (l != null) {
            l.remove(ref);
        }
    }

    public synchronized List<PyObject> all(PyObject referent) {
        List<PyObject> l = refs.get(referent);
        return l == null ? List.of() : new ArrayList<>(l);
    }
}
