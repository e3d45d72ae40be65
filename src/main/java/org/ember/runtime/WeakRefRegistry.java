package org.ember.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.ember.objects.PyObject;

/**
 * Per-interpreter bookkeeping of weak references: for each referent, its weakref objects (so
 * obj.__weakref__ and weakref.getweakrefs work). Both referents and weakref objects are held
 * weakly, so a weakref that is no longer used disappears from its referent's list.
 */
public final class WeakRefRegistry {
    private final Map<PyObject, List<WeakReference<PyObject>>> refs = new WeakHashMap<>();

    public synchronized PyObject firstRef(PyObject referent) {
        List<PyObject> l = all(referent);
        return l.isEmpty() ? null : l.get(0);
    }

    public synchronized void add(PyObject referent, PyObject ref) {
        refs.computeIfAbsent(referent, k -> new ArrayList<>()).add(new WeakReference<>(ref));
    }

    /** Adds ref first in the list (CPython keeps basic refs and proxies at the head). */
    public synchronized void addFirst(PyObject referent, PyObject ref) {
        refs.computeIfAbsent(referent, k -> new ArrayList<>()).add(0, new WeakReference<>(ref));
    }

    public synchronized void remove(PyObject referent, PyObject ref) {
        List<WeakReference<PyObject>> l = refs.get(referent);
        if (l != null) {
            l.removeIf(w -> w.get() == null || w.get() == ref);
            if (l.isEmpty()) {
                refs.remove(referent);
            }
        }
    }

    /** The live weakref objects of referent, oldest first. */
    public synchronized List<PyObject> all(PyObject referent) {
        List<WeakReference<PyObject>> l = refs.get(referent);
        if (l == null) {
            return List.of();
        }
        List<PyObject> out = new ArrayList<>(l.size());
        for (int i = 0; i < l.size(); i++) {
            PyObject r = l.get(i).get();
            if (r == null) {
                l.remove(i--);
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
