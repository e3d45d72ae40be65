package org.ember.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.ember.modules.ModuleRegistry;
import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.NativeFunction;
import org.ember.objects.PyBool;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyBytes;
import org.ember.objects.PyComplex;
import org.ember.objects.PyDict;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.runtime.Config;
import org.ember.runtime.EmberThread;
import org.ember.runtime.Interpreter;
import org.ember.runtime.Runtime;
import org.ember.runtime.ThreadState;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential tests of int, float, complex, math and cmath: each line of
 * tests/numeric/cases/*_expected.jsonl is an expression and CPython 3.11's result for it
 * (produced by tests/numeric/gen_expected.py); Ember must give the same repr or exception.
 */
class NumericCasesTest {
    private static final Path DIR = Path.of("tests", "numeric", "cases");

    static <T> T onPythonThread(java.util.function.Function<Interpreter, T> body) {
        Runtime rt = new Runtime(null, "ember");
        Interpreter interp = new Interpreter(rt, new Config(), System.in, System.out, System.err);
        interp.builtinsDict = new PyDict();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<T> result = new AtomicReference<>();
        EmberThread t = new EmberThread(null, () -> {
            try {
                result.set(body.apply(interp));
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
        return result.get();
    }

    private static PyObject fn(String name, NativeFunction.FV f) {
        return PyBuiltinFunction.function("builtins", NativeFunction.ofVector(name, f));
    }

    static Map<String, PyObject> names(Interpreter interp) {
        Map<String, PyObject> m = new HashMap<>();
        m.put("int", PyInt.TYPE);
        m.put("float", PyFloat.TYPE);
        m.put("complex", PyComplex.TYPE);
        m.put("bool", PyBool.TYPE);
        m.put("str", PyStr.TYPE);
        m.put("list", PyList.TYPE);
        m.put("tuple", PyTuple.TYPE);
        m.put("bytes", PyBytes.TYPE);
        for (String mod : new String[] {"math", "cmath"}) {
            PyModule pm = ModuleRegistry.create(mod, interp);
            if (pm != null) {
                interp.modules.putStr(mod, pm);
                m.put(mod, pm);
            }
        }
        m.put("repr", fn("repr", (s, a, k) -> Abstract.repr(a[0])));
        m.put("format", fn("format", (s, a, k) -> Abstract.format(a[0], a.length > 1 ? a[1] : PyStr.EMPTY)));
        m.put("round", fn("round", (s, a, k) -> ExprEval.round(a, k)));
        m.put("abs", fn("abs", (s, a, k) -> Abstract.absolute(a[0])));
        m.put("pow", fn("pow", (s, a, k) -> Abstract.power(a[0], a[1], a.length > 2 ? a[2] : org.ember.objects.Py.None)));
        m.put("divmod", fn("divmod", (s, a, k) -> {
            ArgParser.checkPositional("divmod", a.length, 2, 2);
            return Abstract.divmod(a[0], a[1]);
        }));
        m.put("hash", fn("hash", (s, a, k) -> PyInt.of(Abstract.hash(a[0]))));
        m.put("hex", fn("hex", (s, a, k) -> ExprEval.base(a[0], 16)));
        m.put("oct", fn("oct", (s, a, k) -> ExprEval.base(a[0], 8)));
        m.put("bin", fn("bin", (s, a, k) -> ExprEval.base(a[0], 2)));
        m.put("type", fn("type", (s, a, k) -> a[0].type));
        m.put("len", fn("len", (s, a, k) -> PyInt.of(Abstract.length(a[0]))));
        return m;
    }

    private static Set<String> knownFailures() throws IOException {
        Path p = DIR.resolve("known_failures.txt");
        if (!Files.exists(p)) {
            return Set.of();
        }
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (!l.isBlank() && !l.startsWith("#")) {
                out.add(l.strip());
            }
        }
        return Set.copyOf(out);
    }

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        List<String[]> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path p : files.filter(f -> f.toString().endsWith("_expected.jsonl")).sorted().toList()) {
                String file = p.getFileName().toString().replace("_expected.jsonl", "");
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    List<String> pair = Json.parseStringArray(line);
                    all.add(new String[] {file, pair.get(0), pair.get(1)});
                }
            }
        }
        Set<String> known = knownFailures();
        List<String> actual = onPythonThread(interp -> {
            ExprEval ev = new ExprEval(names(interp));
            List<String> out = new ArrayList<>();
            for (String[] c : all) {
                String r;
                try {
                    r = ev.evalToString(c[1]);
                } catch (RuntimeException | StackOverflowError e) {
                    r = "!JAVA: " + e;
                }
                out.add(r);
            }
            return out;
        });
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String[] c = all.get(i);
            String got = actual.get(i);
            if (known.contains(c[1])) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(c[0] + ": " + c[1], () -> assertEquals(c[2], got, c[1])));
        }
        return tests.stream();
    }
}
