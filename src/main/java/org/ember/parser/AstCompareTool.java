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
        Path root = Path.of(args[0]);
        Path cache = Path.of(args[1]);
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
                ours = AstDump.dump(m);
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
        double seconds = 0;
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            for (byte[] s : okSources) {
                try {
                    Parser.parse(s, "<bench>", Parser.Mode.EXEC);
                } catch (ParseException | RuntimeException e) {
                    // counted above
                }
            }
            seconds = (System.nanoTime() - t0) / 1e9;
        }
        for (String m : mismatches) System.out.println("MISMATCH " + m);
        for (String m : errMismatches) System.out.println("ERROR-MISMATCH " + m);
        System.out.printf("files CPython parses: %d; Ember identical: %d (%.2f%%)%n", cpythonOk, identical, 100.0 * identical / Math.max(1, cpythonOk));
        System.out.printf("files CPython rejects: %d; Ember rejects with same type, message and line: %d%n", cpythonErr, errMatch);
        System.out.printf("throughput (warm, second pass): %d lines in %.2f s = %.0f lines/s%n", totalLines, seconds, totalLines / seconds);
    }
}
