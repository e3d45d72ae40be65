package org.ember.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ember.modules.ast.AstModule;
import org.ember.modules.ast.AstObjectDump;
import org.ember.objects.Abstract;
import org.ember.objects.Py;
import org.ember.objects.PyDict;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.parser.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The _ast module against CPython 3.11: the classes (tests/ast/classes_expected.txt), the
 * behaviour program (tests/ast/behaviour.py and behaviour_expected.txt), and the conversion of
 * the parser's trees for tests/parser/valid.txt compared with CPython's
 * {@code ast.dump(include_attributes=True)} plus the round trip back to the Java tree. The
 * expectations are written by tests/ast/gen_expected.py and tests/parser/gen_expected.py.
 */
class AstModuleTest {
    private static final Path DIR = Path.of("tests", "ast");

    @Test
    void classesMatchCPython() throws IOException {
        String expected = Files.readString(DIR.resolve("classes_expected.txt"), StandardCharsets.UTF_8);
        String actual = AstTestSupport.onEmber(interp -> {
            PyModule m = AstModule.create(interp);
            PyType ast = (PyType) m.getDict().getStr("AST");
            StringBuilder sb = new StringBuilder();
            PyDict md = m.getDict();
            for (int i = md.nextIndex(0); i >= 0; i = md.nextIndex(i + 1)) {
                if (!(md.valueAt(i) instanceof PyType c) || !c.isSubtype(ast)) {
                    continue;
                }
                PyDict d = c.getDict();
                PyObject attrs = d.getStr("_attributes");
                List<String> nones = new ArrayList<>();
                for (int j = d.nextIndex(0); j >= 0; j = d.nextIndex(j + 1)) {
                    String k = ((PyStr) d.keyAt(j)).value;
                    if (d.valueAt(j) == Py.None && !k.equals("__doc__")) {
                        nones.add(k);
                    }
                }
                PyObject doc = d.getStr("__doc__");
                sb.append(((PyStr) md.keyAt(i)).value).append('|').append(c.getBase().getName()).append('|')
                        .append(names(Abstract.getAttr(c, "_fields"))).append('|')
                        .append(attrs == null ? "-" : names(attrs)).append('|').append(String.join(",", nones))
                        .append('|').append(d.getStr("__weakref__") != null ? "True" : "False").append('|')
                        .append(doc == null ? "None" : Abstract.reprJava(doc)).append('\n');
            }
            return sb.toString();
        });
        assertEquals(expected, actual);
    }

    private static String names(PyObject tuple) {
        List<String> l = new ArrayList<>();
        for (PyObject o : ((PyTuple) tuple).items()) {
            l.add(((PyStr) o).value);
        }
        return String.join(",", l);
    }

    @Test
    void behaviourMatchesCPython() throws IOException {
        String src = Files.readString(DIR.resolve("behaviour.py"), StandardCharsets.UTF_8);
        String expected = Files.readString(DIR.resolve("behaviour_expected.txt"), StandardCharsets.UTF_8);
        String actual = AstTestSupport.runProgram(src, "behaviour.py");
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) {
            i++;
        }
        StringBuilder msg = new StringBuilder("first difference at line " + (i + 1) + "\n");
        for (int j = i; j < Math.min(i + 6, Math.max(e.length, a.length)); j++) {
            msg.append("  expected: ").append(j < e.length ? e[j] : "<eof>").append('\n');
            msg.append("  actual:   ").append(j < a.length ? a[j] : "<eof>").append('\n');
        }
        assertEquals(expected, actual, msg.toString());
    }

    /** The snippets of tests/parser/valid.txt, split as tests/parser/gen_expected.py does. */
    private static List<String> parserSnippets() throws IOException {
        String text = Files.readString(Path.of("tests", "parser", "valid.txt"), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        for (String p : text.split("\n#----\n", -1)) {
            if (!p.strip().isEmpty()) {
                out.add(p.endsWith("\n") || p.isEmpty() ? p : p + "\n");
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> parserTreesAsPythonObjects() throws IOException {
        List<String> snippets = parserSnippets();
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("tests", "parser", "valid_expected.txt"),
                StandardCharsets.UTF_8));
        lines.removeIf(String::isEmpty);
        assertEquals(snippets.size() * 2, lines.size(), "tests/parser/valid.txt and valid_expected.txt disagree");
        // One interpreter for all snippets (creating the classes is the slow part).
        List<String[]> results = AstTestSupport.onEmber(interp -> {
            List<String[]> r = new ArrayList<>();
            for (String s : snippets) {
                Mod m;
                try {
                    m = Parser.parse(s, "<unknown>", Parser.Mode.EXEC);
                } catch (org.ember.parser.ParseException e) {
                    throw new IllegalStateException(e.getMessage());
                }
                PyObject obj = AstModule.toPython(m);
                String dump = AstObjectDump.dump(obj, true);
                Mod back = AstModule.fromPython(obj, "exec");
                r.add(new String[] {dump, back.equals(m) ? "same" : "round trip changed the tree"});
            }
            return r;
        });
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            String expected = lines.get(2 * i + 1);
            String[] got = results.get(i);
            String name = snippets.get(i).strip().replace('\n', ' ');
            tests.add(DynamicTest.dynamicTest("snippet " + i + ": " + (name.length() > 50 ? name.substring(0, 50) : name),
                    () -> {
                        assertEquals(expected, got[0]);
                        assertEquals("same", got[1]);
                    }));
        }
        return tests.stream();
    }
}
