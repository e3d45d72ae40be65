package org.ember.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ember.objects.Abstract;
import org.ember.objects.Py;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyObject;
import org.ember.objects.PyRange;
import org.ember.objects.PySlice;
import org.ember.objects.PyTuple;
import org.junit.jupiter.api.Test;

/** list contents and __sizeof__ (CPython's over-allocation) after random operations must equal CPython's. */
class ListLayoutTest {

    private record Op(String name, int a, int b, int x, int y, int z) {}

    private static List<Op> ops(long seed, int n) {
        Random r = new Random(seed);
        String[] names = {"append", "append", "append", "pop", "popi", "insert", "extend_list", "extend_range", "extend_tuple",
            "iadd", "imul", "slice_set", "slice_del", "ext_set", "ext_del", "del", "remove", "copy", "listof", "clear", "mul",
            "concat", "reverse", "sort"};
        List<Op> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Op(names[r.nextInt(names.length)], r.nextInt(3), r.nextInt(3), r.nextInt(30) - 10, r.nextInt(30) - 10,
                    r.nextInt(4) + 1));
        }
        return out;
    }

    private static String program(List<Op> ops) {
        StringBuilder sb = new StringBuilder("L = [[] for _ in range(3)]\n");
        for (Op op : ops) {
            String a = "L[" + op.a + "]";
            String b = "L[" + op.b + "]";
            String stmt = switch (op.name) {
                case "append" -> a + ".append(" + op.x + ")";
                case "pop" -> "if " + a + ": " + a + ".pop()";
                case "popi" -> "if len(" + a + ") > " + Math.abs(op.x) + ": " + a + ".pop(" + op.x + ")";
                case "insert" -> a + ".insert(" + op.x + ", " + op.y + ")";
                case "extend_list" -> a + ".extend(list(range(" + op.z * 3 + ")))";
                case "extend_range" -> a + ".extend(range(" + Math.abs(op.x) + "))";
                case "extend_tuple" -> a + ".extend(tuple(range(" + op.z + ")))";
                case "iadd" -> a + " += " + b;
                case "imul" -> a + " *= " + (op.z - 1);
                case "slice_set" -> a + "[" + op.x + ":" + op.y + "] = range(" + op.z + ")";
                case "slice_del" -> "del " + a + "[" + op.x + ":" + op.y + "]";
                case "ext_set" -> a + "[" + op.x + ":" + op.y + ":" + op.z + "] = [0] * len(" + a + "[" + op.x + ":" + op.y + ":" + op.z + "])";
                case "ext_del" -> "del " + a + "[" + op.x + ":" + op.y + ":" + op.z + "]";
                case "del" -> "if len(" + a + ") > " + Math.abs(op.x) + ": del " + a + "[" + op.x + "]";
                case "remove" -> "if " + op.x + " in " + a + ": " + a + ".remove(" + op.x + ")";
                case "copy" -> a + " = " + b + ".copy()";
                case "listof" -> a + " = list(" + b + ")";
                case "clear" -> a + ".clear()";
                case "mul" -> a + " = " + b + " * " + (op.z - 1);
                case "concat" -> a + " = " + a + " + " + b;
                case "reverse" -> a + ".reverse()";
                case "sort" -> a + ".sort()";
                default -> throw new IllegalStateException();
            };
            sb.append(stmt).append("\nprint(").append(a).append(", ").append(a).append(".__sizeof__())\n");
        }
        return sb.toString();
    }

    private static PyObject i(long v) {
        return PyInt.of(v);
    }

    private static String ember(List<Op> ops) {
        StringBuilder out = new StringBuilder();
        Harness.run(() -> {
            PyObject[] l = {new PyList(), new PyList(), new PyList()};
            for (Op op : ops) {
                PyObject a = l[op.a];
                PyObject b = l[op.b];
                int len = ((PyList) a).size();
                switch (op.name) {
                    case "append" -> Abstract.callMethod(a, "append", i(op.x));
                    case "pop" -> {
                        if (len > 0) {
                            Abstract.callMethod(a, "pop");
                        }
                    }
                    case "popi" -> {
                        if (len > Math.abs(op.x)) {
                            Abstract.callMethod(a, "pop", i(op.x));
                        }
                    }
                    case "insert" -> Abstract.callMethod(a, "insert", i(op.x), i(op.y));
                    case "extend_list" -> Abstract.callMethod(a, "extend", PyList.of(PyRange.of(0, op.z * 3, 1)));
                    case "extend_range" -> Abstract.callMethod(a, "extend", PyRange.of(0, Math.abs(op.x), 1));
                    case "extend_tuple" -> Abstract.callMethod(a, "extend", PyTuple.fromIterable(PyRange.of(0, op.z, 1)));
                    case "iadd" -> l[op.a] = Abstract.inplaceAdd(a, b);
                    case "imul" -> l[op.a] = Abstract.inplaceMultiply(a, i(op.z - 1));
                    case "slice_set" -> Abstract.setItem(a, new PySlice(i(op.x), i(op.y), Py.None), PyRange.of(0, op.z, 1));
                    case "slice_del" -> Abstract.delItem(a, new PySlice(i(op.x), i(op.y), Py.None));
                    case "ext_set" -> {
                        PySlice s = new PySlice(i(op.x), i(op.y), i(op.z));
                        long n = Abstract.length(Abstract.getItem(a, s));
                        Abstract.setItem(a, s, Abstract.multiply(new PyList(new PyObject[] {i(0)}), i(n)));
                    }
                    case "ext_del" -> Abstract.delItem(a, new PySlice(i(op.x), i(op.y), i(op.z)));
                    case "del" -> {
                        if (len > Math.abs(op.x)) {
                            Abstract.delItem(a, i(op.x));
                        }
                    }
                    case "remove" -> {
                        if (Abstract.contains(a, i(op.x))) {
                            Abstract.callMethod(a, "remove", i(op.x));
                        }
                    }
                    case "copy" -> l[op.a] = Abstract.callMethod(b, "copy");
                    case "listof" -> l[op.a] = Abstract.call(PyList.TYPE, b);
                    case "clear" -> Abstract.callMethod(a, "clear");
                    case "mul" -> l[op.a] = Abstract.multiply(b, i(op.z - 1));
                    case "concat" -> l[op.a] = Abstract.add(a, b);
                    case "reverse" -> Abstract.callMethod(a, "reverse");
                    case "sort" -> Abstract.callMethod(a, "sort");
                    default -> throw new IllegalStateException();
                }
                PyObject cur = l[op.a];
                out.append(Abstract.reprJava(cur)).append(' ').append(Abstract.reprJava(Abstract.callMethod(cur, "__sizeof__")))
                        .append('\n');
            }
        });
        return out.toString();
    }

    @Test
    void randomOperationsMatchCPython() {
        for (long seed = 1; seed <= 4; seed++) {
            List<Op> ops = ops(seed, 500);
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
