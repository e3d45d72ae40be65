package org.ember.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ember.objects.Abstract;
import org.ember.objects.PyFrozenSet;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyObject;
import org.ember.objects.PySet;
import org.ember.objects.PyTuple;
import org.junit.jupiter.api.Test;

/**
 * Set and frozenset iteration order must equal CPython's for the same operations: a random
 * sequence of operations is run on Ember's objects and, as a generated program, on python3.
 */
class SetOrderTest {

    private static final int SETS = 4;

    /** One operation: name, target set index, operand set index, key literals. */
    private record Op(String name, int a, int b, List<String> keys) {}

    private static String keyLiteral(Random r) {
        switch (r.nextInt(6)) {
            case 0:
                return Integer.toString(r.nextInt(64) - 8);
            case 1:
                return Long.toString((long) r.nextInt(8) << (8 + r.nextInt(50)));
            case 2:
                return "(" + r.nextInt(5) + ", " + r.nextInt(5) + ")";
            case 3:
                return Integer.toString(r.nextInt(4000));
            case 4:
                return r.nextInt(100) + ".5";
            default:
                return Integer.toString(r.nextInt(16) * 32);
        }
    }

    private static PyObject keyObject(String lit) {
        if (lit.startsWith("(")) {
            String[] p = lit.substring(1, lit.length() - 1).split(", ");
            return PyTuple.of(PyInt.of(Long.parseLong(p[0])), PyInt.of(Long.parseLong(p[1])));
        }
        if (lit.endsWith(".5")) {
            return new org.ember.objects.PyFloat(Double.parseDouble(lit));
        }
        return PyInt.of(Long.parseLong(lit));
    }

    private static List<Op> ops(long seed, int n) {
        Random r = new Random(seed);
        String[] names = {"add", "add", "add", "add", "discard", "discard", "pop", "update", "difference_update",
            "intersection_update", "symmetric_difference_update", "or", "and", "sub", "xor", "copy", "clear", "setof",
            "update_set", "diff_update_set", "inter_update_set", "symdiff_set", "frozen", "union_multi"};
        List<Op> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = names[r.nextInt(names.length)];
            List<String> keys = new ArrayList<>();
            int nk = name.equals("add") || name.equals("discard") ? 1 : r.nextInt(name.equals("setof") ? 40 : 12);
            for (int k = 0; k < nk; k++) {
                keys.add(keyLiteral(r));
            }
            out.add(new Op(name, r.nextInt(SETS), r.nextInt(SETS), keys));
        }
        return out;
    }

    private static String pyProgram(List<Op> ops) {
        StringBuilder sb = new StringBuilder("s = [set() for _ in range(" + SETS + ")]\n");
        for (Op op : ops) {
            String a = "s[" + op.a + "]";
            String b = "s[" + op.b + "]";
            String ks = "[" + String.join(", ", op.keys) + "]";
            String stmt = switch (op.name) {
                case "add" -> a + ".add(" + op.keys.get(0) + ")";
                case "discard" -> a + ".discard(" + op.keys.get(0) + ")";
                case "pop" -> "if " + a + ": print('pop', " + a + ".pop())";
                case "update" -> a + ".update(" + ks + ")";
                case "difference_update" -> a + ".difference_update(" + ks + ")";
                case "intersection_update" -> a + ".intersection_update(" + ks + ")";
                case "symmetric_difference_update" -> a + ".symmetric_difference_update(" + ks + ")";
                case "or" -> a + " = " + a + " | " + b;
                case "and" -> a + " = " + a + " & " + b;
                case "sub" -> a + " = " + a + " - " + b;
                case "xor" -> a + " = " + a + " ^ " + b;
                case "copy" -> a + " = " + b + ".copy()";
                case "clear" -> a + ".clear()";
                case "setof" -> a + " = set(" + ks + ")";
                case "update_set" -> a + ".update(" + b + ")";
                case "diff_update_set" -> a + ".difference_update(" + b + ")";
                case "inter_update_set" -> a + ".intersection_update(" + b + ")";
                case "symdiff_set" -> a + ".symmetric_difference_update(" + b + ")";
                case "frozen" -> "f = frozenset(" + a + "); print('frozen', list(f), hash(f), list(f | set(" + ks + ")))";
                case "union_multi" -> a + " = " + a + ".union(" + b + ", " + ks + ")";
                default -> throw new IllegalStateException(op.name);
            };
            sb.append(stmt).append("\nprint(list(").append(a).append("))\n");
        }
        return sb.toString();
    }

    private static String list(PyObject set) {
        return Abstract.reprJava(new PyList(((org.ember.objects.PyAnySet) set).toArray()));
    }

    private static String runEmber(List<Op> ops) {
        StringBuilder out = new StringBuilder();
        Harness.run(() -> {
            PyObject[] s = new PyObject[SETS];
            for (int i = 0; i < SETS; i++) {
                s[i] = new PySet();
            }
            for (Op op : ops) {
                PyObject[] keys = op.keys.stream().map(SetOrderTest::keyObject).toArray(PyObject[]::new);
                PyList kl = new PyList(keys.clone());
                PyObject a = s[op.a];
                PyObject b = s[op.b];
                switch (op.name) {
                    case "add" -> Harness.call(a, "add", keys[0]);
                    case "discard" -> Harness.call(a, "discard", keys[0]);
                    case "pop" -> {
                        if (Abstract.isTrue(a)) {
                            out.append("pop ").append(Abstract.reprJava(Harness.call(a, "pop"))).append('\n');
                        }
                    }
                    case "update", "difference_update", "intersection_update", "symmetric_difference_update" ->
                        Harness.call(a, op.name, kl);
                    case "or" -> s[op.a] = Abstract.or(a, b);
                    case "and" -> s[op.a] = Abstract.and(a, b);
                    case "sub" -> s[op.a] = Abstract.subtract(a, b);
                    case "xor" -> s[op.a] = Abstract.xor(a, b);
                    case "copy" -> s[op.a] = Harness.call(b, "copy");
                    case "clear" -> Harness.call(a, "clear");
                    case "setof" -> s[op.a] = Abstract.call(PySet.TYPE, kl);
                    case "update_set" -> Harness.call(a, "update", b);
                    case "diff_update_set" -> Harness.call(a, "difference_update", b);
                    case "inter_update_set" -> Harness.call(a, "intersection_update", b);
                    case "symdiff_set" -> Harness.call(a, "symmetric_difference_update", b);
                    case "frozen" -> {
                        PyObject f = Abstract.call(PyFrozenSet.TYPE, a);
                        out.append("frozen ").append(list(f)).append(' ').append(Abstract.hash(f)).append(' ')
                                .append(list(Abstract.or(f, Abstract.call(PySet.TYPE, kl)))).append('\n');
                    }
                    case "union_multi" -> s[op.a] = Harness.call(a, "union", b, kl);
                    default -> throw new IllegalStateException(op.name);
                }
                out.append(list(s[op.a])).append('\n');
            }
        });
        return out.toString();
    }

    @Test
    void randomOperationsMatchCPython() {
        for (long seed = 1; seed <= 6; seed++) {
            List<Op> ops = ops(seed, 400);
            String expected = Harness.python(pyProgram(ops));
            assumeTrue(expected != null, "python3 not available");
            org.junit.jupiter.api.Assertions.assertTrue(expected.lines().count() >= 400);
            assertEquals(expected, runEmber(ops), "seed " + seed);
        }
    }
}
