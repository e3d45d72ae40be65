package org.ember.containers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.ember.objects.Abstract;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyFrozenSet;
import org.ember.objects.PyList;
import org.ember.objects.PyObject;
import org.ember.objects.PySet;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.runtime.Config;
import org.ember.runtime.EmberThread;
import org.ember.runtime.Interpreter;
import org.ember.runtime.Runtime;
import org.ember.runtime.ThreadState;

/** Helpers for container tests run from Java (no interpreter needed). */
final class Harness {
    private Harness() {}

    /** Runs body on a Python thread of a fresh interpreter whose builtins hold the container types. */
    static void run(Runnable body) {
        Runtime rt = new Runtime(null, "ember");
        Interpreter interp = new Interpreter(rt, new Config(), System.in, System.out, System.err);
        interp.builtinsDict = new PyDict();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        EmberThread t = new EmberThread(null, () -> {
            try {
                PyDict b = interp.builtinsDict;
                b.putStr("set", PySet.TYPE);
                b.putStr("frozenset", PyFrozenSet.TYPE);
                b.putStr("list", PyList.TYPE);
                b.putStr("tuple", PyTuple.TYPE);
                b.putStr("dict", PyDict.TYPE);
                b.putStr("iter", org.ember.objects.PyBuiltinFunction.function("builtins",
                        org.ember.objects.NativeFunction.ofVector("iter", (self, args, kw) -> Abstract.iter(args[0]))));
                body.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "test", 1 << 26);
        t.setState(new ThreadState(interp, t));
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new RuntimeException(e);
        }
        Throwable f = failure.get();
        if (f instanceof PyException pe) {
            throw new AssertionError("Python exception: " + Abstract.reprJava(pe.value), pe);
        } else if (f instanceof RuntimeException re) {
            throw re;
        } else if (f instanceof Error err) {
            throw err;
        }
    }

    static String repr(PyObject o) {
        return Abstract.reprJava(o);
    }

    static PyObject call(PyObject o, String method, PyObject... args) {
        return Abstract.callMethod(o, method, args);
    }

    static PyObject s(String v) {
        return PyStr.of(v);
    }

    /** The message of the Python exception raised by body, as "TypeName: message". */
    static String raises(Runnable body) {
        try {
            body.run();
        } catch (PyException e) {
            return e.value.type.getName() + ": " + Abstract.strJava(e.value);
        }
        return "no exception";
    }

    static PyType type(PyObject o) {
        return o.getType();
    }

    /** Runs a Python program with python3 (PYTHONHASHSEED=0), or returns null when python3 is unavailable. */
    static String python(String program) {
        try {
            Path f = Files.createTempFile("ember-oracle", ".py");
            Files.writeString(f, program, StandardCharsets.UTF_8);
            ProcessBuilder pb = new ProcessBuilder("python3", f.toString());
            pb.environment().put("PYTHONHASHSEED", "0");
            pb.redirectErrorStream(true);
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("python3 failed: " + new String(out, StandardCharsets.UTF_8));
            }
            Files.deleteIfExists(f);
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            throw new RuntimeException(e);
        }
    }
}
