package org.ember.runtime;

import org.ember.objects.PyObject;

/**
 * The single point where Python object allocations can be observed by a memory profiler.
 *
 * <p>{@link #ENABLED} is fixed when the JVM starts (system property {@code ember.memprofile},
 * set by the launcher with {@code -X memprofile}), so with profiling off the JIT folds the check
 * in {@link PyObject}'s constructor away and allocation costs nothing extra. With profiling on,
 * each allocation is reported to the profiler attached to the current thread's interpreter.
 */
public final class AllocationObserver {
    public static final boolean ENABLED = Boolean.getBoolean("ember.memprofile");

    private AllocationObserver() {}

    public static void observe(PyObject obj) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null) {
            AllocationListener l = ts.interp.allocationListener;
            if (l != null) {
                l.allocated(ts, obj);
            }
        }
    }

    /** Receives every Python object allocation of an interpreter while attached. */
    public interface AllocationListener {
        void allocated(ThreadState ts, PyObject obj);
    }
}
