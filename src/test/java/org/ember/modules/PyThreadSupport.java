package org.ember.modules;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.ember.objects.Abstract;
import org.ember.objects.PyDict;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.runtime.Config;
import org.ember.runtime.EmberThread;
import org.ember.runtime.Interpreter;
import org.ember.runtime.Runtime;
import org.ember.runtime.ThreadState;

/** Runs test bodies on a Python thread of a fresh interpreter (no Python interpreter loop needed). */
public final class PyThreadSupport {
    private PyThreadSupport() {}

    public static void run(Consumer<Interpreter> body) {
        run(new java.io.ByteArrayInputStream(new byte[0]), System.out, System.err, body);
    }

    public static void run(java.io.InputStream in, java.io.PrintStream out, java.io.PrintStream err,
            Consumer<Interpreter> body) {
        Runtime rt = new Runtime(null, "ember");
        Interpreter interp = new Interpreter(rt, new Config(), in, out, err);
        interp.builtinsDict = new PyDict();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        EmberThread t = new EmberThread(null, () -> {
            interp.gil.acquire();
            try {
                body.accept(interp);
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                interp.gil.release();
            }
        }, "test", 1 << 24);
        t.setState(new ThreadState(interp, t));
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new RuntimeException(e);
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException re) {
            throw re;
        } else if (f instanceof Error err2) {
            throw err2;
        } else if (f != null) {
            throw new RuntimeException(f);
        }
    }

    /** Creates a native module and registers it in sys.modules of interp. */
    public static PyModule module(Interpreter interp, String name) {
        PyModule m = ModuleRegistry.create(name, interp);
        interp.modules.setItem(PyStr.of(name), m);
        return m;
    }

    public static PyObject call(PyModule m, String fn, PyObject... args) {
        return Abstract.call(Abstract.getAttr(m, fn), args);
    }

    public static String repr(PyObject o) {
        return Abstract.reprJava(o);
    }
}
