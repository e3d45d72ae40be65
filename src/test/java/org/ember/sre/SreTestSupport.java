package org.ember.sre;

import java.util.concurrent.atomic.AtomicReference;

import org.ember.objects.PyDict;
import org.ember.runtime.Config;
import org.ember.runtime.EmberThread;
import org.ember.runtime.Interpreter;
import org.ember.runtime.Runtime;
import org.ember.runtime.ThreadState;

/** Runs test bodies on a Python thread of a fresh interpreter. */
final class SreTestSupport {
    private SreTestSupport() {}

    static void onPythonThread(Runnable body) {
        Runtime rt = new Runtime(null, "ember");
        Interpreter interp = new Interpreter(rt, new Config(), System.in, System.out, System.err);
        interp.builtinsDict = new PyDict();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        EmberThread t = new EmberThread(null, () -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "test", 1 << 24);
        t.setState(new ThreadState(interp, t));
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new RuntimeException(e);
        }
        if (failure.get() instanceof RuntimeException re) {
            throw re;
        } else if (failure.get() instanceof Error err) {
            throw err;
        }
    }
}
