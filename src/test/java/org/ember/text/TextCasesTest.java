package org.ember.text;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.ember.objects.Abstract;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.runtime.Config;
import org.ember.runtime.EmberThread;
import org.ember.runtime.Interpreter;
import org.ember.runtime.Runtime;
import org.ember.runtime.ThreadState;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential cases for str, bytes, bytearray, memoryview, formatting and codecs: each line
 * of tests/text/NAME.cases is evaluated by {@link MiniEval} and compared with the line of
 * NAME.expected that tests/text/gen_expected.py wrote from CPython 3.11.
 */
class TextCasesTest {

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

    static String runCase(String src) {
        return runCase(src, null);
    }

    /** Runs one case; proto (may be null) supplies the initial globals. */
    static String runCase(String src, MiniEval proto) {
        MiniEval ev = proto == null ? new MiniEval() : new MiniEval(proto);
        String result;
        try {
            PyObject r = ev.run(src);
            result = r == null ? "None" : Abstract.reprJava(r);
        } catch (PyException e) {
            String msg;
            try {
                msg = Abstract.strJava(e.value);
            } catch (Throwable t) {
                msg = "<str failed: " + t + ">";
            }
            result = "!! " + e.value.type.getName() + ": " + msg;
        } catch (Throwable t) {
            result = "!! JAVA " + t;
        }
        if (ev.printed.length() > 0) {
            result = "print: " + PyStr.repr(ev.printed.toString()) + " " + result;
        }
        return result;
    }

    static Path casesDir() {
        Path p = Path.of("tests", "text");
        if (!Files.isDirectory(p)) {
            p = Path.of(System.getProperty("user.dir"), "tests", "text");
        }
        return p;
    }

    static List<String> caseLines(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            out.add(line);
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(casesDir())) {
            files = s.filter(p -> p.toString().endsWith(".cases")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    static void check(Path casesFile) throws IOException {
        List<String> cases = caseLines(casesFile);
        String name = casesFile.getFileName().toString();
        Path expFile = casesFile.resolveSibling(name.substring(0, name.length() - ".cases".length()) + ".expected");
        List<String> expected = Files.readAllLines(expFile, StandardCharsets.UTF_8);
        if (expected.size() != cases.size()) {
            fail(expFile + " is stale: " + expected.size() + " results for " + cases.size() + " cases; run tests/text/gen_expected.py");
        }
        List<String> failures = new ArrayList<>();
        onPythonThread(() -> {
            MiniEval proto = new MiniEval();
            for (int i = 0; i < cases.size(); i++) {
                String got = runCase(cases.get(i), proto);
                if (!got.equals(expected.get(i))) {
                    failures.add("case: " + cases.get(i) + "\n  expected: " + expected.get(i) + "\n  got:      " + got);
                }
            }
        });
        if (!failures.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            sb.append(failures.size()).append(" of ").append(cases.size()).append(" cases differ in ").append(name).append('\n');
            for (int i = 0; i < Math.min(60, failures.size()); i++) {
                sb.append(failures.get(i)).append('\n');
            }
            fail(sb.toString());
        }
    }
}
