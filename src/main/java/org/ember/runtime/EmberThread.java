package org.ember.runtime;

/**
 * A thread that runs Python code. Every thread executing Python is one of these, so the current
 * thread state is a field read away (no ThreadLocal lookup on hot paths). Threads get a large
 * stack so that deep Python recursion hits RecursionError before the JVM's stack limit.
 */
public final class EmberThread extends Thread {
    /** Stack size for Python threads: room for sys.getrecursionlimit() frames and then some. */
    public static final long STACK_SIZE = 1L << 30;

    ThreadState state;

    public EmberThread(ThreadGroup group, Runnable body, String name, long stackSize) {
        super(group, body, name, stackSize);
    }

    public ThreadState state() {
        return state;
    }

    public void setState(ThreadState ts) {
        this.state = ts;
    }
}
