package org.ember.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ember.ast.Mod;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential tests against CPython 3.11: expectations in tests/parser/*_expected.txt are produced by
 * tests/parser/gen_expected.py. Valid snippets compare ast.dump with positions; invalid snippets compare
 * the exception type, message and positions.
 */
class ParserCorpusTest {
    private static final Path DIR = Path.of("tests", "parser");

    private static List<String> lines(String name) throws IOException {
        List<String> l = new ArrayList<>(Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8));
        l.removeIf(String::isEmpty);
        return l;
    }

    static Set<String> knownFailures() throws IOException {
        Path p = DIR.resolve("known_failures.txt");
        if (!Files.exists(p)) return Set.of();
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) if (!l.isBlank() && !l.startsWith("#")) out.add(l.strip());
        return Set.copyOf(out);
    }

    @TestFactory
    Stream<DynamicTest> validSnippets() throws IOException {
        List<String> l = lines("valid_expected.txt");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i + 1 < l.size(); i += 2) {
            String src = MiniJson.parseString(l.get(i));
            String expected = l.get(i + 1);
            tests.add(DynamicTest.dynamicTest("valid " + (i / 2) + ": " + abbreviate(src), () -> {
                Mod m;
                try {
                    m = Parser.parse(src, "<unknown>", Parser.Mode.EXEC);
                } catch (ParseException e) {
                    fail("unexpected " + e.getMessage() + " for " + src);
                    return;
                }
                assertEquals(expected, AstDump.dump(m, true));
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> invalidSnippets() throws IOException {
        List<String> l = lines("invalid_expected.txt");
        Set<String> known = knownFailures();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i + 1 < l.size(); i += 2) {
            String json = l.get(i);
            String src = MiniJson.parseString(json);
            List<Object> rec = MiniJson.parseArray(l.get(i + 1));
            tests.add(DynamicTest.dynamicTest("invalid " + (i / 2) + ": " + abbreviate(src), () -> {
                Assumptions.assumeFalse(known.contains(json), "known failure");
                String expected = rec.toString();
                try {
                    Parser.parse(src, "<unknown>", Parser.Mode.EXEC);
                } catch (ParseException e) {
                    List<Object> got = new ArrayList<>();
                    got.add(e.kind().pythonName);
                    got.add(e.msg());
                    got.add(value(e.lineno()));
                    got.add(value(e.offset()));
                    got.add(value(e.endLineno()));
                    got.add(value(e.endOffset()));
                    assertEquals(expected, got.toString(), "for " + src);
                    return;
                }
                fail("parsed without error: " + src);
            }));
        }
        return tests.stream();
    }

    private static Object value(int v) {
        return v == ParseException.NONE ? null : (Object) (long) v;
    }

    private static String abbreviate(String s) {
        String t = s.replace("\n", "\\n");
        return t.length() > 40 ? t.substring(0, 40) + "..." : t;
    }
}
