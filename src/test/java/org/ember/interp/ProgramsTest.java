package org.ember.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs src/test/resources/interp/*.py and compares the output with the .expected file that
 * tools/gen-interp-expected.sh generated from CPython 3.11 (carets lines stripped).
 */
class ProgramsTest {
    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        Path dir = Path.of("src/test/resources/interp");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                if (!p.toString().endsWith(".py")) {
                    continue;
                }
                Path exp = Path.of(p.toString().replaceAll("\\.py$", ".expected"));
                tests.add(DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                    String src = Files.readString(p, StandardCharsets.UTF_8);
                    String expected = Files.readString(exp, StandardCharsets.UTF_8);
                    String actual = PyRunner.run(src, p.getFileName().toString());
                    if (!expected.equals(actual)) {
                        String[] e = expected.split("\n", -1);
                        String[] a = actual.split("\n", -1);
                        int i = 0;
                        while (i < e.length && i < a.length && e[i].equals(a[i])) {
                            i++;
                        }
                        StringBuilder sb = new StringBuilder("first difference at line " + (i + 1) + "\n");
                        for (int j = i; j < Math.min(i + 8, Math.max(e.length, a.length)); j++) {
                            sb.append("  expected: ").append(j < e.length ? e[j] : "<eof>").append('\n');
                            sb.append("  actual:   ").append(j < a.length ? a[j] : "<eof>").append('\n');
                        }
                        assertEquals(expected, actual, sb.toString());
                    }
                }));
            }
        }
        return tests.stream();
    }
}
