package org.ember.parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ember.ast.Mod;

/**
 * Command-line side of tools/ast-compare: parses every file listed in the cache with Ember and
 * compares with CPython's cached ast.dump, then reports identical files, mismatches and throughput.
 */
public final class AstCompareTool {
    private AstCompareTool() {}

    public static void main(String[] args) throws IOException {
        if (args[0].equals("--errors")) {
            compareErrors(Path.of(args[1]));
            return;
        }
        Path root = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        boolean attributes = args.length > 2 && args[2].equals("--attributes");
        List<String> files = Files.readAllLines(cache.resolve("files.txt"));
        files.removeIf(String::isBlank);
        int cpythonOk = 0, identical = 0, cpythonErr = 0, errMatch = 0;
        List<String> mismatches = new ArrayList<>();
        List<String> errMismatches = new ArrayList<>();
        long totalLines = 0;
        int done = 0;
        for (String rel : files) {
            byte[] src = Files.readAllBytes(root.resolve(rel));
            String expected = Files.readString(cache.resolve(rel + ".txt"), StandardCharsets.UTF_8);
            int nl = expected.indexOf('\n');
            String header = expected.substring(0, nl);
            String ours;
            String ourErr = null;
            try {
                Mod m = Parser.parse(src, rel, Parser.Mode.EXEC);
                ours = AstDump.dump(m, attributes);
            } catch (ParseException e) {
                ours = null;
                ourErr = e.kind().pythonName + "\t" + e.msg().replace("\n", "\\n").replace("\t", "\\t") + "\t"
                    + (e.lineno() == ParseException.NONE ? "None" : String.valueOf(e.lineno()));
            } catch (RuntimeException | StackOverflowError e) {
                ours = null;
                ourErr = "JAVA " + e;
            }
            if (header.equals("OK")) {
                cpythonOk++;
                for (byte b : src) if (b == '\n') totalLines++;
                String exp = expected.substring(nl + 1).stripTrailing();
                if (exp.equals(ours)) {
                    identical++;
                } else if (ours == null) {
                    mismatches.add(rel + ": Ember raised " + ourErr);
                } else {
                    int i = 0;
                    int n = Math.min(exp.length(), ours.length());
                    while (i < n && exp.charAt(i) == ours.charAt(i)) i++;
                    int from = Math.max(0, i - 60);
                    mismatches.add(rel + ": first difference at char " + i + "\n    cpython: " + exp.substring(from, Math.min(exp.length(), i + 80))
                        + "\n    ember:   " + ours.substring(from, Math.min(ours.length(), i + 80)));
                }
            } else {
                cpythonErr++;
                String exp = header.substring(4);
                if (exp.equals(ourErr)) errMatch++;
                else errMismatches.add(rel + ":\n    cpython: " + exp + "\n    ember:   " + (ourErr == null ? "parsed OK" : ourErr));
            }
            done++;
            if (done % 250 == 0) System.err.printf("  %d/%d files%n", done, files.size());
        }
        // throughput, JVM warm: parse the OK files again, twice, timing the second round
        List<byte[]> okSources = new ArrayList<>();
        for (String rel : files) {
            String expected = Files.readString(cache.resolve(rel + ".txt"), StandardCharsets.UTF_8);
            if (expected.startsWith("OK")) okSources.add(Files.readAllBytes(root.resolve(rel)));
        }
        // wall time can be inflated by other load on the machine; the thread's CPU time is reported too
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE, bestCpu = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            for (byte[] s : okSources) {
                try {
                    Parser.parse(s, "<bench>", Parser.Mode.EXEC);
                } catch (ParseException | RuntimeException e) {
                    // counted above
                }
            }
            double sec = (System.nanoTime() - t0) / 1e9;
            double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
            if (round > 0) {
                best = Math.min(best, sec);
                bestCpu = Math.min(bestCpu, cpu);
            }
        }
        double seconds = best;
        for (String m : mismatches) System.out.println("MISMATCH " + m);
        for (String m : errMismatches) System.out.println("ERROR-MISMATCH " + m);
        System.out.printf("files CPython parses: %d; Ember identical: %d (%.2f%%)%n", cpythonOk, identical, 100.0 * identical / Math.max(1, cpythonOk));
        System.out.printf("files CPython rejects: %d; Ember rejects with same type, message and line: %d%n", cpythonErr, errMatch);
        System.out.printf("throughput (warm, best of 4 timed rounds after 1 warm-up): %d lines in %.2f s = %.0f lines/s wall, %.0f lines/s of parsing-thread CPU time%n",
            totalLines, seconds, totalLines / seconds, totalLines / bestCpu);
    }

    /** Mutation mode: each record is a JSON source (latin-1 bytes) and CPython's JSON verdict. */
    private static void compareErrors(Path file) throws IOException {
        List<String> l = Files.readAllLines(file, StandardCharsets.UTF_8);
        int n = 0, same = 0, javaErrors = 0;
        java.util.Map<String, Integer> byExpected = new java.util.TreeMap<>();
        List<String> examples = new ArrayList<>();
        for (int i = 0; i + 1 < l.size(); i += 2) {
            byte[] src = jsonString(l.get(i)).getBytes(StandardCharsets.ISO_8859_1);
            String expected = l.get(i + 1);
            String got;
            try {
                Parser.parse(src, "<unknown>", Parser.Mode.EXEC);
                got = "null";
            } catch (ParseException e) {
                got = "[\"" + e.kind().pythonName + "\", " + jsonQuote(e.msg()) + ", " + num(e.lineno()) + ", " + num(e.offset()) + ", "
                    + num(e.endLineno()) + ", " + num(e.endOffset()) + "]";
            } catch (RuntimeException | StackOverflowError e) {
                javaErrors++;
                got = "JAVA " + e;
            }
            n++;
            if (got.equals(expected)) {
                same++;
            } else {
                String key = expected.length() > 70 ? expected.substring(0, 70) : expected;
                byExpected.merge(key, 1, Integer::sum);
                if (examples.size() < 30) {
                    String shown = new String(src, StandardCharsets.UTF_8);
                    if (shown.length() > 200) shown = "..." + shown.substring(shown.length() - 200);
                    examples.add("  source (tail): " + jsonQuote(shown) + "\n  cpython: " + expected + "\n  ember:   " + got);
                }
            }
        }
        for (String e : examples) System.out.println("DIFF\n" + e);
        System.out.println("most frequent differing CPython verdicts:");
        byExpected.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(15)
            .forEach(e -> System.out.println("  " + e.getValue() + "  " + e.getKey()));
        System.out.printf("mutated sources: %d; same verdict as CPython: %d (%.2f%%); Java exceptions: %d%n", n, same, 100.0 * same / Math.max(1, n), javaErrors);
    }

    private static String num(int v) {
        return v == ParseException.NONE ? "null" : String.valueOf(v);
    }

    private static String jsonQuote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c == '\n') b.append("\\n");
            else if (c == '\t') b.append("\\t");
            else if (c < 32 || c > 126) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    private static String jsonString(String s) {
        StringBuilder sb = new StringBuilder();
        int i = 1;
        while (true) {
            char c = s.charAt(i++);
            if (c == '"') break;
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }
}
