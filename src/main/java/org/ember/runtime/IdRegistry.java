package org.ember.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.ember.objects.PyObject;

/**
 * id(): a unique, stable integer per live object, process-wide (immortal objects are shared
 * by interpreters and must have one id). Ids are assigned on first request and the entry
 * disappears when the object is collected. Values look like CPython's (multiples of 16).
 */
public final class IdRegistry {
    private final ConcurrentHashMap<Key, Long> ids = new ConcurrentHashMap<>();
    private final ReferenceQueue<PyObject> queue = new ReferenceQueue<>();
    private final AtomicLong next = new AtomicLong(0x7f0000001000L);

    private static final class Key extends WeakReference<PyObject> {
        final int hash;

        Key(PyObject o, ReferenceQueue<PyObject> q) {
            super(o, q);
            hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (other instanceof Key k) {
                PyObject a = get();
                return a != null && a == k.get();
            }
            return false;
        }
    }

    /** A probe key that is never enqueued. */
    private static final class Probe extends WeakReference<PyObject> {
        Probe(PyObject o) {
            super(o);
        }
    }

    public long idOf(PyObject o) {
        expunge();
        Key probe = new Key(o, null);
        Long v = ids.get(probe);
        if (v != null) {
            return v;
        }
        Key k = new Key(o, queue);
        Long prev = ids.putIfAbsent(k, next.getAndAdd(16));
        return prev != null ? prev : ids.get(k);
    }

    private void expunge() {
        Object r;
        while ((r = queue.poll()) != null) {
            ids.remove(r);
        }
    }
}
