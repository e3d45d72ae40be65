package org.ember.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ember.objects.Abstract;
import org.ember.objects.CompareOp;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyException;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyObject;
import org.ember.objects.PyType;
import org.junit.jupiter.api.Test;

/**
 * list.sort must make exactly CPython's comparisons: a probe type logs every {@code <} and the
 * log, the result order and behaviour under inconsistent or failing comparisons are compared
 * with python3 running the same data.
 */
class ListSortTest {

    /** A value whose {@code <} is logged (and may be inconsistent or fail, by mode). */
    static final class Probe extends PyObject {
        static final PyType TYPE = PyType.builtin("Probe", Probe.class, t -> t.tp_richcompare = Probe::compare);
        final long v;
        final int id;
        final Log log;

        Probe(long v, int id, Log log) {
            super(TYPE);
            this.v = v;
            this.id = id;
            this.log = log;
        }

        static PyObject compare(PyObject a, PyObject b, CompareOp op) {
            if (op != CompareOp.LT || !(b instanceof Probe pb)) {
                return Py.NotImplemented;
            }
            Probe pa = (Probe) a;
            Log log = pa.log;
            log.count++;
            log.checksum = (log.checksum * 1000003L + pa.id * 7919L + pb.id) & ((1L << 61) - 1);
            if (log.failAt == log.count) {
                throw Err.value("boom");
            }
            if (log.mode == 1) {
                return Py.bool((pa.id * 31L + pb.id * 17L + log.count) % 3 == 0);
            }
            return Py.bool(pa.v < pb.v);
        }
    }

    static final class Log {
        long count;
        long checksum;
        int mode;
        long failAt = -1;
    }

    private static long[] data(Random r, int kind, int n) {
        long[] d = new long[n];
        for (int i = 0; i < n; i++) {
            d[i] = switch (kind) {
                case 0 -> r.nextInt(1000);
                case 1 -> i + (r.nextInt(20) == 0 ? r.nextInt(50) - 25 : 0);
                case 2 -> (i / 37 % 2 == 0 ? i % 37 : 37 - i % 37) + (i / 74) * 5;
                case 3 -> r.nextInt(4);
                default -> n - i + (r.nextInt(10) == 0 ? r.nextInt(100) : 0);
            };
        }
        return d;
    }

    private record Case(long[] data, boolean reverse, boolean key, int mode, long failAt) {}

    private static String program(List<Case> cases) {
        StringBuilder sb = new StringBuilder("""
                class Log: pass
                class P:
                    __slots__ = ('v', 'i')
                    def __init__(self, v, i): self.v = v; self.i = i
                    def __lt__(self, o):
                        L.count += 1
                        L.checksum = (L.checksum * 1000003 + self.i * 7919 + o.i) & ((1 << 61) - 1)
                        if L.fail_at == L.count: raise ValueError('boom')
                        if L.mode == 1: return (self.i * 31 + o.i * 17 + L.count) % 3 == 0
                        return self.v < o.v
                def run(data, reverse, key, mode, fail_at):
                    global L
                    L = Log(); L.count = 0; L.checksum = 0; L.mode = mode; L.fail_at = fail_at
                    l = [P(v, i) for i, v in enumerate(data)]
                    try:
                        if key: l.sort(key=lambda p: p, reverse=reverse)
                        else: l.sort(reverse=reverse)
                        err = 'ok'
                    except ValueError as e: err = str(e)
                    print(err, L.count, L.checksum, [p.i for p in l])
                """);
        for (Case c : cases) {
            StringBuilder d = new StringBuilder("[");
            for (int i = 0; i < c.data.length; i++) {
                d.append(i > 0 ? "," : "").append(c.data[i]);
            }
            sb.append("run(").append(d).append("], ").append(c.reverse ? "True" : "False").append(", ")
                    .append(c.key ? "True" : "False").append(", ").append(c.mode).append(", ").append(c.failAt).append(")\n");
        }
        return sb.toString();
    }

    private static String ember(List<Case> cases) {
        StringBuilder out = new StringBuilder();
        Harness.run(() -> {
            PyType.ready(Probe.TYPE);
            for (Case c : cases) {
                Log log = new Log();
                log.mode = c.mode;
                log.failAt = c.failAt;
                PyObject[] items = new PyObject[c.data.length];
                for (int i = 0; i < items.length; i++) {
                    items[i] = new Probe(c.data[i], i, log);
                }
                PyList l = new PyList(items);
                String err = "ok";
                try {
                    PyObject identity = org.ember.objects.PyBuiltinFunction.function("t",
                            org.ember.objects.NativeFunction.of("ident", (self, x) -> x));
                    PyObject key = c.key ? identity : Py.None;
                    Abstract.call(Abstract.getAttr(l, "sort"), new PyObject[] {key, Py.bool(c.reverse)},
                            new String[] {"key", "reverse"});
                } catch (PyException e) {
                    err = Abstract.strJava(e.value);
                }
                StringBuilder ids = new StringBuilder("[");
                for (int i = 0; i < l.size(); i++) {
                    ids.append(i > 0 ? ", " : "").append(((Probe) l.get(i)).id);
                }
                out.append(err).append(' ').append(log.count).append(' ').append(log.checksum).append(' ')
                        .append(ids).append("]\n");
            }
        });
        return out.toString();
    }

    @Test
    void comparisonsMatchCPython() {
        Random r = new Random(42);
        List<Case> cases = new ArrayList<>();
        int[] sizes = {0, 1, 2, 5, 31, 64, 65, 200, 1000, 3000};
        for (int size : sizes) {
            for (int kind = 0; kind < 5; kind++) {
                long[] d = data(r, kind, size);
                cases.add(new Case(d, r.nextBoolean(), r.nextBoolean(), 0, -1));
                if (size >= 64 && kind % 2 == 0) {
                    cases.add(new Case(d, r.nextBoolean(), r.nextBoolean(), 1, -1));
                    cases.add(new Case(d, r.nextBoolean(), false, 0, 1 + r.nextInt(size * 3)));
                }
            }
        }
        String expected = Harness.python(program(cases));
        assumeTrue(expected != null, "python3 not available");
        assertEquals(expected, ember(cases));
    }

    @Test
    void sortsBasicTypes() {
        Harness.run(() -> {
            Random r = new Random(7);
            PyObject[] a = new PyObject[5000];
            for (int i = 0; i < a.length; i++) {
                a[i] = PyInt.of(r.nextInt(100000) - 50000);
            }
            PyList l = new PyList(a.clone());
            Abstract.callMethod(l, "sort");
            for (int i = 1; i < l.size(); i++) {
                assertEquals(true, Abstract.richCompareBool(l.get(i - 1), l.get(i), CompareOp.LE));
            }
            assertEquals("ValueError: list modified during sort", Harness.raises(() -> {
                PyList m = new PyList(new PyObject[] {PyInt.of(3), PyInt.of(1)});
                PyObject key = org.ember.objects.PyBuiltinFunction.function("t",
                        org.ember.objects.NativeFunction.of("k", (self, x) -> {
                            m.append(x);
                            return x;
                        }));
                Abstract.call(Abstract.getAttr(m, "sort"), new PyObject[] {key}, new String[] {"key"});
            }));
        });
    }
}
