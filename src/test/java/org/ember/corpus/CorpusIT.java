package org.ember.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential corpus: every tests/programs/**&#47;*.py is run under Ember (./ember, as a real
 * process) and its exit code, stdout and stderr compared with what CPython 3.11 produced
 * (the .expected files written by tests/gen_expected.py).
 *
 * <p>Programs listed in tests/corpus-baseline.txt must pass; a failure there fails the build.
 * The others are reported (and counted) but do not fail the build until they are added to the
 * baseline, which only grows: `tools/update-corpus-baseline` adds the programs that pass.
 * System property ember.corpus.filter restricts the run to ids containing the given text.
 */
class CorpusIT {
    static final Path ROOT = Path.of("tests/programs").toAbsolutePath();
    static final Path BASELINE = Path.of("tests/corpus-baseline.txt").toAbsolutePath();
    static final Path REPORT = Path.of("target/corpus-report.txt").toAbsolutePath();

    static List<CorpusProgram> programs() throws IOException {
        List<CorpusProgram> out = new ArrayList<>();
        if (!Files.isDirectory(ROOT)) {
            return out;
        }
        String filter = System.getProperty("ember.corpus.filter", "");
        try (Stream<Path> s = Files.walk(ROOT)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                CorpusProgram cp = new CorpusProgram(p, ROOT);
                if (Files.exists(cp.expectedPath()) && cp.id.contains(filter)) {
                    out.add(cp);
                }
            }
        }
        return out;
    }

    static Set<String> baseline() throws IOException {
        Set<String> b = new TreeSet<>();
        if (Files.exists(BASELINE)) {
            for (String line : Files.readAllLines(BASELINE, StandardCharsets.UTF_8)) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    b.add(line);
                }
            }
        }
        return b;
    }

    @TestFactory
    List<DynamicTest> corpus() throws Exception {
        List<CorpusProgram> programs = programs();
        Set<String> baseline = baseline();
        Path ember = Path.of("ember").toAbsolutePath();
        int threads = Integer.getInteger("ember.corpus.threads", Math.max(2, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ConcurrentHashMap<String, String> failures = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        for (CorpusProgram p : programs) {
            futures.add(pool.submit(() -> {
                try {
                    CorpusProgram.Result exp = p.expected();
                    CorpusProgram.Result got = p.run(ember);
                    String diff = difference(exp, got);
                    if (diff != null) {
                        failures.put(p.id, diff);
                    }
                } catch (Exception e) {
                    failures.put(p.id, "runner error: " + e);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        List<String> passing = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        StringBuilder details = new StringBuilder();
        for (CorpusProgram p : programs) {
            String d = failures.get(p.id);
            if (d == null) {
                passing.add(p.id);
                report.append("PASS ").append(p.id).append('\n');
            } else {
                report.append("FAIL ").append(p.id).append(baseline.contains(p.id) ? " [baseline]" : "").append('\n');
                details.append("==== ").append(p.id).append('\n').append(d).append('\n');
            }
        }
        report.append("passed ").append(passing.size()).append(" of ").append(programs.size()).append(" programs\n");
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report.toString(), StandardCharsets.UTF_8);
        Files.writeString(REPORT.resolveSibling("corpus-failures.txt"), details.toString(), StandardCharsets.UTF_8);
        Files.writeString(REPORT.resolveSibling("corpus-passing.txt"), String.join("\n", passing) + "\n", StandardCharsets.UTF_8);
        System.out.println("[corpus] passed " + passing.size() + " of " + programs.size() + " programs (baseline "
                + baseline.size() + "); report in " + REPORT);
        List<DynamicTest> tests = new ArrayList<>();
        for (CorpusProgram p : programs) {
            String d = failures.get(p.id);
            if (baseline.contains(p.id)) {
                tests.add(DynamicTest.dynamicTest(p.id, () -> {
                    if (d != null) {
                        fail("baseline program regressed: " + p.id + "\n" + d);
                    }
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("baseline entries exist", () -> {
            Set<String> ids = new TreeSet<>();
            programs.forEach(p -> ids.add(p.id));
            if (System.getProperty("ember.corpus.filter", "").isEmpty()) {
                for (String b : baseline) {
                    if (!ids.contains(b)) {
                        fail("baseline lists a program that does not exist: " + b);
                    }
                }
            }
            assertEquals(true, true);
        }));
        return tests;
    }

    /** A readable description of how got differs from exp, or null when identical. */
    static String difference(CorpusProgram.Result exp, CorpusProgram.Result got) {
        StringBuilder sb = new StringBuilder();
        if (exp.exit() != got.exit()) {
            sb.append("exit code: expected ").append(exp.exit()).append(", got ").append(got.exit()).append('\n');
        }
        diffText(sb, "stdout", exp.stdout(), got.stdout());
        diffText(sb, "stderr", exp.stderr(), got.stderr());
        return sb.length() == 0 ? null : sb.toString();
    }

    private static void diffText(StringBuilder sb, String name, String exp, String got) {
        if (exp.equals(got)) {
            return;
        }
        String[] a = exp.split("\n", -1);
        String[] b = got.split("\n", -1);
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) {
            i++;
        }
        sb.append(name).append(" differs at line ").append(i + 1).append(":\n");
        sb.append("  expected: ").append(i < a.length ? a[i] : "<end>").append('\n');
        sb.append("  got:      ").append(i < b.length ? b[i] : "<end>").append('\n');
        if (got.length() < 2000 && name.equals("stderr")) {
            sb.append("  full stderr:\n").append(got).append('\n');
        }
    }
}
