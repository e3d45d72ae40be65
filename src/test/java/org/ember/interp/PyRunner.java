package org.ember.interp;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.ember.compiler.Compiler;
import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTraceback;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.runtime.Config;
import org.ember.runtime.EmberThread;
import org.ember.runtime.Interpreter;
import org.ember.runtime.Runtime;
import org.ember.runtime.ThreadState;

/**
 * Test harness: runs a Python program on a fresh interpreter with a small builtins module
 * (until the real builtins module lands) and returns what it printed, with an uncaught
 * exception reported as CPython's traceback header, frame lines and source lines (no carets).
 */
public final class PyRunner {
    private PyRunner() {}

    public static String run(String source, String filename) {
        Runtime rt = new Runtime(null, "ember");
        ByteArrayOutputStream bout = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bout, true, StandardCharsets.UTF_8);
        Interpreter interp = new Interpreter(rt, new Config(), System.in, out, out);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        EmberThread t = new EmberThread(null, () -> {
            try {
                interp.builtinsDict = builtins(out);
                PyModule bm = new PyModule("builtins");
                bm.getDict().update(interp.builtinsDict);
                PyDict globals = new PyDict();
                globals.putStr("__name__", PyStr.of("__main__"));
                globals.putStr("__builtins__", bm);
                interp.builtinsDict = bm.getDict();
                try {
                    PyCode code = Compiler.compile(source, filename, "exec", 0, true, 0);
                    Eval.exec(code, globals, null);
                } catch (PyException e) {
                    printException(out, e.value, source);
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "test", EmberThread.STACK_SIZE);
        t.setState(new ThreadState(interp, t));
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new RuntimeException(e);
        }
        if (failure.get() != null) {
            throw new RuntimeException(failure.get());
        }
        out.flush();
        return bout.toString(StandardCharsets.UTF_8);
    }

    static void printException(PrintStream out, PyBaseException e, String source) {
        if (e.cause != null) {
            printException(out, e.cause, source);
            out.println("\nThe above exception was the direct cause of the following exception:\n");
        } else if (e.context != null && !e.suppressContext) {
            printException(out, e.context, source);
            out.println("\nDuring handling of the above exception, another exception occurred:\n");
        }
        String[] lines = source.split("\n", -1);
        if (e.traceback != null) {
            out.println("Traceback (most recent call last):");
            for (PyTraceback tb = e.traceback; tb != null; tb = tb.next) {
                PyFrame f = (PyFrame) tb.frame;
                out.println("  File \"" + f.code.filename + "\", line " + tb.lineno + ", in " + f.code.name);
                if (tb.lineno >= 1 && tb.lineno <= lines.length) {
                    out.println("    " + lines[tb.lineno - 1].strip());
                }
            }
        }
        String msg;
        try {
            msg = Abstract.strJava(e);
        } catch (PyException x) {
            msg = "<exception str() failed>";
        }
        String name = e.type.getName();
        PyObject mod = e.type.isHeapType() ? e.type.getDict().getStr("__module__") : null;
        if (mod instanceof PyStr ms && !ms.value.equals("builtins") && !ms.value.equals("__main__")) {
            name = ms.value + "." + name;
        }
        out.println(msg.isEmpty() ? name : name + ": " + msg);
    }

    static PyDict builtins(PrintStream out) {
        PyDict b = new PyDict();
        for (PyType t : PyExc.all()) {
            b.putStr(t.getName(), t);
        }
        b.putStr("object", PyObject.TYPE);
        b.putStr("type", PyType.TYPE);
        b.putStr("int", PyInt.TYPE);
        b.putStr("str", PyStr.TYPE);
        b.putStr("float", org.ember.objects.PyFloat.TYPE);
        b.putStr("bool", org.ember.objects.PyBool.TYPE);
        b.putStr("list", PyList.TYPE);
        b.putStr("tuple", PyTuple.TYPE);
        b.putStr("dict", PyDict.TYPE);
        b.putStr("bytes", org.ember.objects.PyBytes.TYPE);
        b.putStr("property", org.ember.objects.PyProperty.TYPE);
        b.putStr("staticmethod", org.ember.objects.PyStaticMethod.TYPE);
        b.putStr("classmethod", org.ember.objects.PyClassMethod.TYPE);
        b.putStr("slice", org.ember.objects.PySlice.TYPE);
        b.putStr("super", PySuper.TYPE);
        b.putStr("__build_class__", BuildClass.FUNCTION);
        b.putStr("None", Py.None);
        fn(b, "print", (self, args, kw) -> {
            String sep = " ";
            String end = "\n";
            int n = args.length - (kw == null ? 0 : kw.length);
            for (int i = 0; kw != null && i < kw.length; i++) {
                PyObject v = args[n + i];
                if (kw[i].equals("sep") && v != Py.None) {
                    sep = Abstract.strJava(v);
                } else if (kw[i].equals("end") && v != Py.None) {
                    end = Abstract.strJava(v);
                }
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(Abstract.strJava(args[i]));
            }
            sb.append(end);
            out.print(sb);
            return Py.None;
        });
        fn(b, "len", (self, args, kw) -> PyInt.of(Abstract.length(args[0])));
        fn(b, "repr", (self, args, kw) -> Abstract.repr(args[0]));
        fn(b, "isinstance", (self, args, kw) -> Py.bool(Abstract.isInstance(args[0], args[1])));
        fn(b, "issubclass", (self, args, kw) -> Py.bool(Abstract.isSubclass(args[0], args[1])));
        fn(b, "iter", (self, args, kw) -> Abstract.iter(args[0]));
        fn(b, "next", (self, args, kw) -> {
            PyObject r = Abstract.next(args[0]);
            if (r == null) {
                if (args.length > 1) {
                    return args[1];
                }
                throw PyGenerator.exhaustedError(args[0]);
            }
            return r;
        });
        fn(b, "getattr", (self, args, kw) -> {
            if (args.length == 3) {
                PyObject r = Abstract.lookupAttr(args[0], (PyStr) args[1]);
                return r == null ? args[2] : r;
            }
            return Abstract.getAttr(args[0], (PyStr) args[1]);
        });
        fn(b, "setattr", (self, args, kw) -> {
            Abstract.setAttr(args[0], args[1], args[2]);
            return Py.None;
        });
        fn(b, "hasattr", (self, args, kw) -> Py.bool(Abstract.lookupAttr(args[0], (PyStr) args[1]) != null));
        fn(b, "id", (self, args, kw) -> PyInt.of(System.identityHashCode(args[0])));
        fn(b, "abs", (self, args, kw) -> Abstract.absolute(args[0]));
        fn(b, "hash", (self, args, kw) -> PyInt.of(Abstract.hash(args[0])));
        fn(b, "callable", (self, args, kw) -> Py.bool(Abstract.isCallable(args[0])));
        fn(b, "format", (self, args, kw) -> Abstract.format(args[0], args.length > 1 ? args[1] : PyStr.EMPTY));
        fn(b, "range", (self, args, kw) -> {
            long start = 0;
            long stop;
            long step = 1;
            if (args.length == 1) {
                stop = Abstract.asLong(args[0]);
            } else {
                start = Abstract.asLong(args[0]);
                stop = Abstract.asLong(args[1]);
                if (args.length > 2) {
                    step = Abstract.asLong(args[2]);
                }
            }
            List<PyObject> l = new ArrayList<>();
            for (long i = start; step > 0 ? i < stop : i > stop; i += step) {
                l.add(PyInt.of(i));
            }
            return new PyList(l);
        });
        fn(b, "sorted", (self, args, kw) -> {
            PyList l = new PyList(Abstract.toArray(args[0]));
            Abstract.callMethod(l, "sort");
            return l;
        });
        fn(b, "sum", (self, args, kw) -> {
            PyObject acc = args.length > 1 ? args[1] : PyInt.ZERO;
            PyObject it = Abstract.iter(args[0]);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                acc = Abstract.add(acc, x);
            }
            return acc;
        });
        fn(b, "enumerate", (self, args, kw) -> {
            List<PyObject> l = new ArrayList<>();
            long i = 0;
            PyObject it = Abstract.iter(args[0]);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                l.add(PyTuple.of(PyInt.of(i++), x));
            }
            return new PyList(l);
        });
        fn(b, "zip", (self, args, kw) -> {
            List<PyObject> l = new ArrayList<>();
            PyObject[] its = new PyObject[args.length];
            for (int i = 0; i < its.length; i++) {
                its[i] = Abstract.iter(args[i]);
            }
            outer:
            while (true) {
                PyObject[] row = new PyObject[its.length];
                for (int i = 0; i < its.length; i++) {
                    row[i] = Abstract.next(its[i]);
                    if (row[i] == null) {
                        break outer;
                    }
                }
                l.add(PyTuple.of(row));
            }
            return new PyList(l);
        });
        fn(b, "clock", (self, args, kw) -> new org.ember.objects.PyFloat(System.nanoTime() / 1e6));
        fn(b, "locals", (self, args, kw) -> ((PyFrame) ThreadState.current().frame).getLocals());
        fn(b, "globals", (self, args, kw) -> ((PyFrame) ThreadState.current().frame).globals);
        return b;
    }

    static void fn(PyDict b, String name, NativeFunction.FV f) {
        b.putStr(name, PyBuiltinFunction.function("builtins", NativeFunction.ofVector(name, f)));
    }
}
