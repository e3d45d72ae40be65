package org.ember.modules.ast;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.ember.ast.Mod;
import org.ember.objects.PyException;
import org.ember.objects.PyObject;
import org.ember.parser.ParseException;
import org.ember.parser.Parser;
import org.ember.runtime.Config;
import org.ember.runtime.EmberThread;
import org.ember.runtime.Interpreter;
import org.ember.runtime.Runtime;
import org.ember.runtime.ThreadState;

/**
 * {@code tools/ast-compare --objects}: for every stdlib file CPython parses, converts Ember's tree
 * to {@code _ast} objects ({@link AstModule#toPython}), dumps them as ast.dump does
 * ({@link AstObjectDump}) and compares with CPython's cached dump; then converts the objects back
 * ({@link AstModule#fromPython}, which validates) and checks that the round trip gives the same
 * Java tree. Reports the counts and the conversion throughput.
 */
public final class AstObjectCompareTool {
    private AstObjectCompareTool() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        boolean benchOnly = args.length > 2 && args[2].equals("--bench");
        PrintStream out = System.out;
        Runtime rt = new Runtime(null, "ember");
        Interpreter interp = new Interpreter(rt, new Config(), System.in, out, System.err);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        EmberThread t = new EmberThread(null, () -> {
            try {
                run(root, cache, out, benchOnly);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "ast-compare", EmberThread.STACK_SIZE);
        t.setState(new ThreadState(interp, t));
        t.start();
        t.join();
        if (failure.get() != null) {
            throw new RuntimeException(failure.get());
        }
    }

    private static void run(Path root, Path cache, PrintStream out, boolean benchOnly) throws Exception {
        List<String> files = Files.readAllLines(cache.resolve("files.txt"));
        files.removeIf(String::isBlank);
        int ok = 0;
        int identical = 0;
        int roundTrips = 0;
        List<String> problems = new ArrayList<>();
        List<Mod> trees = new ArrayList<>();
        for (String rel : files) {
            String expected = Files.readString(cache.resolve(rel + ".txt"), StandardCharsets.UTF_8);
            if (!expected.startsWith("OK\n")) {
                continue;
            }
            ok++;
            String exp = expected.substring(3).stripTrailing();
            Mod m;
            try {
                m = Parser.parse(Files.readAllBytes(root.resolve(rel)), rel, Parser.Mode.EXEC);
            } catch (ParseException | RuntimeException | StackOverflowError e) {
                problems.add(rel + ": parser: " + e);
                continue;
            }
            trees.add(m);
            if (benchOnly) {
                continue;
            }
            try {
                PyObject obj = AstModule.toPython(m);
                String ours = AstObjectDump.dump(obj, false);
                if (ours.equals(exp)) {
                    identical++;
                } else {
                    int i = 0;
                    int n = Math.min(exp.length(), ours.length());
                    while (i < n && exp.charAt(i) == ours.charAt(i)) {
                        i++;
                    }
                    int from = Math.max(0, i - 60);
                    problems.add(rel + ": dump differs at char " + i + "\n    cpython: "
                            + exp.substring(from, Math.min(exp.length(), i + 80)) + "\n    ember:   "
                            + ours.substring(from, Math.min(ours.length(), i + 80)));
                }
                Mod back = AstModule.fromPython(obj, "exec");
                if (back.equals(m)) {
                    roundTrips++;
                } else {
                    problems.add(rel + ": round trip through Python objects changed the tree");
                }
            } catch (PyException e) {
                problems.add(rel + ": " + e.getMessage());
            }
        }
        // Cost of the two conversions, warm (the last of several passes), in CPU time of this thread
        // (wall time is unreliable on a loaded machine); the objects are dropped after each file.
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long toNanos = 0;
        long fromNanos = 0;
        for (int round = 0; round < (benchOnly ? 5 : 2); round++) {
            toNanos = 0;
            fromNanos = 0;
            for (Mod m : trees) {
                long t0 = mx.getCurrentThreadCpuTime();
                PyObject o = AstModule.toPython(m);
                long t1 = mx.getCurrentThreadCpuTime();
                AstModule.fromPython(o, "exec");
                long t2 = mx.getCurrentThreadCpuTime();
                toNanos += t1 - t0;
                fromNanos += t2 - t1;
            }
        }
        double toSeconds = toNanos / 1e9;
        double fromSeconds = fromNanos / 1e9;
        for (String p : problems) {
            out.println("MISMATCH " + p);
        }
        out.printf("files CPython parses: %d; ast.dump of Ember's _ast objects identical: %d (%.2f%%)%n", ok, identical,
                100.0 * identical / Math.max(1, ok));
        out.printf("round trips (objects -> validated Java tree) giving the parser's tree: %d%n", roundTrips);
        out.printf("conversion of %d trees (warm, CPU time): to Python objects %.2f s, back to Java (with validation) %.2f s%n",
                trees.size(), toSeconds, fromSeconds);
    }
}
