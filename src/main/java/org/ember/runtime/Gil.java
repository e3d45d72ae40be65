package org.ember.runtime;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The interpreter lock: one per interpreter (PEP 684), so threads of one interpreter take turns
 * while different interpreters run in parallel. A thread holding it offers it to waiting threads
 * at safe points (loop back-edges and calls) once its switch interval has elapsed.
 */
public final class Gil {
    private final ReentrantLock lock = new ReentrantLock(true);
    /** Set when another thread is waiting; checked at safe points. */
    private volatile boolean dropRequested;
    public volatile long switchIntervalNanos = 5_000_000L;

    public void acquire() {
        if (!lock.tryLock()) {
            dropRequested = true;
            lock.lock();
        }
    }

    public void release() {
        lock.unlock();
    }

    public boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    /** Called at safe points: lets a waiting thread run. */
    public void yieldIfRequested() {
        if (dropRequested) {
            dropRequested = false;
            if (lock.hasQueuedThreads()) {
                int holds = lock.getHoldCount();
                for (int i = 0; i < holds; i++) {
                    lock.unlock();
                }
                Thread.yield();
                for (int i = 0; i < holds; i++) {
                    acquire();
                }
            }
        }
    }

    public boolean dropRequested() {
        return dropRequested;
    }

    /** Releases the lock around a blocking operation (I/O, sleep, joins). */
    public <T> T releasedWhile(java.util.function.Supplier<T> blocking) {
        if (!lock.isHeldByCurrentThread()) {
            return blocking.get();
        }
        int holds = lock.getHoldCount();
        for (int i = 0; i < holds; i++) {
            lock.unlock();
        }
        try {
            return blocking.get();
        } finally {
            for (int i = 0; i < holds; i++) {
                acquire();
            }
        }
    }
}
