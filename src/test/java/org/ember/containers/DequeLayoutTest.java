package org.ember.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ember.modules.ModuleRegistry;
import org.ember.objects.Abstract;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyRange;
import org.ember.runtime.ThreadState;
import org.junit.jupiter.api.Test;

/** deque contents and __sizeof__ (CPython's block layout) after random operations must equal CPython's. */
class DequeLayoutTest {

    private record Op(String name, int x, int y) {}

    private static List<Op> ops(long seed, int n) {
        Random r = new Random(seed);
        String[] names = {"append", "append", "appendleft", "appendleft", "pop", "popleft", "extend", "extendleft", "rotate",
            "insert", "del", "remove", "clear", "reverse", "imul", "bounded"};
        List<Op> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = names[r.nextInt(names.length)];
            if ((name.equals("clear") || name.equals("bounded")) && r.nextInt(5) != 0) {
                name = "append";
            }
            out.add(new Op(name, r.nextInt(150) - 50, r.nextInt(90)));
        }
        return out;
    }

    private static String program(List<Op> ops) {
        StringBuilder sb = new StringBuilder("from _collections import deque\nd = deque()\n");
        for (Op op : ops) {
            String stmt = switch (op.name) {
                case "append" -> "d.append(" + op.x + ")";
                case "appendleft" -> "d.appendleft(" + op.x + ")";
                case "pop" -> "if d: d.pop()";
                case "popleft" -> "if d: d.popleft()";
                case "extend" -> "d.extend(range(" + op.y + "))";
                case "extendleft" -> "d.extendleft(range(" + op.y + "))";
                case "rotate" -> "d.rotate(" + op.x + ")";
                case "insert" -> "if d.maxlen is None or len(d) < d.maxlen: d.insert(" + op.x + ", 'i')";
                case "del" -> "if len(d) > " + Math.abs(op.x) + ": del d[" + op.x + "]";
                case "remove" -> "if " + op.x + " in d: d.remove(" + op.x + ")";
                case "clear" -> "d.clear()";
                case "reverse" -> "d.reverse()";
                case "imul" -> "if len(d) < 100: d *= " + (op.y % 4);
                case "bounded" -> "d = deque(d, " + op.y + ")";
                default -> throw new IllegalStateException();
            };
            sb.append(stmt).append("\nprint(len(d), list(d)[:3], list(d)[-3:], d.__sizeof__())\n");
        }
        return sb.toString();
    }

    private static String ember(List<Op> ops) {
        StringBuilder out = new StringBuilder();
        Harness.run(() -> {
            PyModule m = ModuleRegistry.create("_collections", ThreadState.current().interp);
            PyObject dequeType = Abstract.getAttr(m, "deque");
            PyObject d = Abstract.call(dequeType);
            for (Op op : ops) {
                PyObject x = PyInt.of(op.x);
                long len = Abstract.length(d);
                PyObject maxlen = Abstract.getAttr(d, "maxlen");
                switch (op.name) {
                    case "append" -> Abstract.callMethod(d, "append", x);
                    case "appendleft" -> Abstract.callMethod(d, "appendleft", x);
                    case "pop" -> {
                        if (len > 0) {
                            Abstract.callMethod(d, "pop");
                        }
                    }
                    case "popleft" -> {
                        if (len > 0) {
                            Abstract.callMethod(d, "popleft");
                        }
                    }
                    case "extend" -> Abstract.callMethod(d, "extend", PyRange.of(0, op.y, 1));
                    case "extendleft" -> Abstract.callMethod(d, "extendleft", PyRange.of(0, op.y, 1));
                    case "rotate" -> Abstract.callMethod(d, "rotate", x);
                    case "insert" -> {
                        if (maxlen == org.ember.objects.Py.None || len < ((PyInt) maxlen).longValue()) {
                            Abstract.callMethod(d, "insert", x, org.ember.objects.PyStr.of("i"));
                        }
                    }
                    case "del" -> {
                        if (len > Math.abs(op.x)) {
                            Abstract.delItem(d, x);
                        }
                    }
                    case "remove" -> {
                        if (Abstract.contains(d, x)) {
                            Abstract.callMethod(d, "remove", x);
                        }
                    }
                    case "clear" -> Abstract.callMethod(d, "clear");
                    case "reverse" -> Abstract.callMethod(d, "reverse");
                    case "imul" -> {
                        if (len < 100) {
                            d = Abstract.inplaceMultiply(d, PyInt.of(op.y % 4));
                        }
                    }
                    case "bounded" -> d = Abstract.call(dequeType, d, PyInt.of(op.y));
                    default -> throw new IllegalStateException();
                }
                PyObject l = org.ember.objects.PyList.of(d);
                long n = Abstract.length(l);
                out.append(n).append(' ')
                        .append(Abstract.reprJava(Abstract.getItem(l, new org.ember.objects.PySlice(org.ember.objects.Py.None, PyInt.of(3), org.ember.objects.Py.None))))
                        .append(' ')
                        .append(Abstract.reprJava(Abstract.getItem(l, new org.ember.objects.PySlice(PyInt.of(-3), org.ember.objects.Py.None, org.ember.objects.Py.None))))
                        .append(' ').append(Abstract.reprJava(Abstract.callMethod(d, "__sizeof__"))).append('\n');
            }
        });
        return out.toString();
    }

    @Test
    void randomOperationsMatchCPython() {
        for (long seed = 1; seed <= 4; seed++) {
            List<Op> ops = ops(seed, 600);
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
                        "seed " + seed + " op " + k + " " + ops.get(Math.min(k, ops.size() - 1)) + " after "
                                + ops.subList(Math.max(0, k - 4), k));
            }
        }
    }
}
