package org.ember.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ember.objects.Abstract;
import org.ember.objects.PyDict;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.junit.jupiter.api.Test;

/** dict contents, order and __sizeof__ after random operations must equal CPython's. */
class DictLayoutTest {

    private record Op(String name, int a, int b, String key) {}

    private static List<Op> ops(long seed, int n) {
        Random r = new Random(seed);
        String[] names = {"set", "set", "set", "set", "del", "del", "pop", "popitem", "copy", "update", "clear", "fromkeys",
            "dictof", "setdefault"};
        List<Op> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = names[r.nextInt(names.length)];
            String key = r.nextInt(3) == 0 ? "'s" + r.nextInt(40) + "'" : Integer.toString(r.nextInt(60));
            if (name.equals("clear") && r.nextInt(4) != 0) {
                name = "set";
            }
            out.add(new Op(name, r.nextInt(3), r.nextInt(3), key));
        }
        return out;
    }

    private static String program(List<Op> ops) {
        StringBuilder sb = new StringBuilder("d = [{} for _ in range(3)]\n");
        for (Op op : ops) {
            String a = "d[" + op.a + "]";
            String b = "d[" + op.b + "]";
            String stmt = switch (op.name) {
                case "set" -> a + "[" + op.key + "] = 1";
                case "del" -> "if " + op.key + " in " + a + ": del " + a + "[" + op.key + "]";
                case "pop" -> a + ".pop(" + op.key + ", None)";
                case "popitem" -> "if " + a + ": " + a + ".popitem()";
                case "copy" -> a + " = " + b + ".copy()";
                case "update" -> a + ".update(" + b + ")";
                case "clear" -> a + ".clear()";
                case "fromkeys" -> a + " = dict.fromkeys(list(" + b + "))";
                case "dictof" -> a + " = dict(" + b + ")";
                case "setdefault" -> a + ".setdefault(" + op.key + ", 2)";
                default -> throw new IllegalStateException();
            };
            sb.append(stmt).append("\nprint(list(").append(a).append(".items()), ").append(a).append(".__sizeof__())\n");
        }
        return sb.toString();
    }

    private static PyObject key(String lit) {
        return lit.startsWith("'") ? PyStr.of(lit.substring(1, lit.length() - 1)) : PyInt.of(Long.parseLong(lit));
    }

    private static String ember(List<Op> ops) {
        StringBuilder out = new StringBuilder();
        Harness.run(() -> {
            PyObject[] d = {new PyDict(), new PyDict(), new PyDict()};
            for (Op op : ops) {
                PyObject a = d[op.a];
                PyObject b = d[op.b];
                PyObject k = key(op.key);
                switch (op.name) {
                    case "set" -> Abstract.setItem(a, k, PyInt.ONE);
                    case "del" -> {
                        if (Abstract.contains(a, k)) {
                            Abstract.delItem(a, k);
                        }
                    }
                    case "pop" -> Abstract.callMethod(a, "pop", k, org.ember.objects.Py.None);
                    case "popitem" -> {
                        if (Abstract.isTrue(a)) {
                            Abstract.callMethod(a, "popitem");
                        }
                    }
                    case "copy" -> d[op.a] = Abstract.callMethod(b, "copy");
                    case "update" -> Abstract.callMethod(a, "update", b);
                    case "clear" -> Abstract.callMethod(a, "clear");
                    case "fromkeys" -> d[op.a] = Abstract.callMethod(PyDict.TYPE, "fromkeys", PyList.of(b));
                    case "dictof" -> d[op.a] = Abstract.call(PyDict.TYPE, b);
                    case "setdefault" -> Abstract.callMethod(a, "setdefault", k, PyInt.of(2));
                    default -> throw new IllegalStateException();
                }
                PyObject cur = d[op.a];
                out.append(Abstract.reprJava(PyList.of(Abstract.callMethod(cur, "items")))).append(' ')
                        .append(Abstract.reprJava(Abstract.callMethod(cur, "__sizeof__"))).append('\n');
            }
        });
        return out.toString();
    }

    @Test
    void randomOperationsMatchCPython() {
        for (long seed = 1; seed <= 4; seed++) {
            List<Op> ops = ops(seed, 400);
            String expected = Harness.python(program(ops));
            assumeTrue(expected != null, "python3 not available");
            String got = ember(ops);
            if (!expected.equals(got)) {
                String[] e = expected.split("\n");
                String[] g = got.split("\n");
                int k = 0;
                while (k < e.length && k < g.length && e[k].equals(g[k])) {
                    k++;
                }
                assertEquals(k < e.length ? e[k] : "", k < g.length ? g[k] : "",
                        "seed " + seed + " op " + k + " " + ops.get(Math.min(k, ops.size() - 1)) + " after " + ops.subList(Math.max(0, k - 4), k));
            }
        }
    }
}
