package org.ember.parser;

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
 * Differential tests for the other compile() modes, the REPL's incomplete-input verdict (codeop) and
 * deep nesting limits; expectations come from tests/parser/gen_expected.py.
 */
class ParserModesTest {
    private static final Path DIR = Path.of("tests", "parser");

    private static List<String> lines(String name) throws IOException {
        List<String> l = new ArrayList<>(Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8));
        l.removeIf(String::isEmpty);
        return l;
    }

    private static String describe(ParseException e) {
        List<Object> got = new ArrayList<>();
        got.add(e.kind().pythonName);
        got.add(e.msg());
        for (int v : new int[] {e.lineno(), e.offset(), e.endLineno(), e.endOffset()}) got.add(v == ParseException.NONE ? null : (Object) (long) v);
        return got.toString();
    }

    private static String abbreviate(String s) {
        String t = s.replace("\n", "\\n");
        return t.length() > 40 ? t.substring(0, 40) + "..." : t;
    }

    @TestFactory
    Stream<DynamicTest> modes() throws IOException {
        List<String> l = lines("modes_expected.txt");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i + 1 < l.size(); i += 2) {
            String header = l.get(i);
            String expected = l.get(i + 1);
            int comma = header.indexOf(',');
            String mode = MiniJson.parseString(header.substring(1, comma));
            String src = MiniJson.parseString(header.substring(comma + 1).strip());
            tests.add(DynamicTest.dynamicTest(mode + ": " + abbreviate(src), () -> {
                Parser.Mode m = switch (mode) {
                    case "eval" -> Parser.Mode.EVAL;
                    case "single" -> Parser.Mode.SINGLE;
                    case "func_type" -> Parser.Mode.FUNC_TYPE;
                    default -> Parser.Mode.EXEC;
                };
                String got;
                try {
                    got = AstDump.dump(Parser.parse(src, "<unknown>", m, new Parser.Options(m == Parser.Mode.EXEC, false)), true);
                } catch (ParseException e) {
                    got = describe(e);
                    expected.length(); // compared below as list text
                    assertEquals(MiniJson.parseArray(expected).toString(), got, "for " + src);
                    return;
                }
                assertEquals(expected, got, "for " + src);
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> repl() throws IOException {
        List<String> l = lines("repl_expected.txt");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i + 1 < l.size(); i += 2) {
            String src = MiniJson.parseString(l.get(i));
            String expected = l.get(i + 1);
            tests.add(DynamicTest.dynamicTest("repl: " + abbreviate(src), () -> {
                String got;
                try {
                    got = Parser.isIncomplete(src, "<stdin>", Parser.Mode.SINGLE) ? "incomplete" : "complete";
                } catch (ParseException e) {
                    got = "error: " + e.msg();
                }
                assertEquals(expected, got, "for " + src);
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> deepNesting() throws IOException {
        List<String> l = lines("deep_expected.txt");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i + 1 < l.size(); i += 2) {
            String src = MiniJson.parseString(l.get(i));
            String expected = l.get(i + 1);
            tests.add(DynamicTest.dynamicTest("deep: " + abbreviate(src) + " (" + src.length() + " chars)", () -> {
                String got;
                try {
                    Parser.parse(src, "<unknown>", Parser.Mode.EXEC);
                    got = "null";
                } catch (ParseException e) {
                    got = describe(e);
                }
                assertEquals(expected.equals("null") ? "null" : MiniJson.parseArray(expected).toString(), got);
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> randomTokenSoup() throws IOException {
        List<String> l = lines("random_expected.txt");
        java.util.Set<String> known = ParserCorpusTest.knownFailures();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i + 1 < l.size(); i += 2) {
            String json = l.get(i);
            String src = MiniJson.parseString(json);
            String expected = l.get(i + 1);
            tests.add(DynamicTest.dynamicTest("random " + (i / 2) + ": " + abbreviate(src), () -> {
                org.junit.jupiter.api.Assumptions.assumeFalse(known.contains(json), "known failure");
                String got;
                try {
                    Parser.parse(src, "<unknown>", Parser.Mode.EXEC);
                    got = "null";
                } catch (ParseException e) {
                    got = describe(e);
                }
                assertEquals(expected.equals("null") ? "null" : MiniJson.parseArray(expected).toString(), got, "for " + src);
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> sourceBytes() throws IOException {
        List<String> l = lines("bytes_expected.txt");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i + 1 < l.size(); i += 2) {
            byte[] src = MiniJson.parseString(l.get(i)).getBytes(StandardCharsets.ISO_8859_1);
            String expected = l.get(i + 1);
            tests.add(DynamicTest.dynamicTest("bytes " + (i / 2) + ": " + abbreviate(MiniJson.parseString(l.get(i))), () -> {
                String got;
                try {
                    Parser.parse(src, "<unknown>", Parser.Mode.EXEC);
                    got = "null";
                } catch (ParseException e) {
                    got = describe(e);
                }
                assertEquals(expected.equals("null") ? "null" : MiniJson.parseArray(expected).toString(), got);
            }));
        }
        return tests.stream();
    }
}
