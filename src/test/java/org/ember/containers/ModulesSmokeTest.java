package org.ember.containers;

import static org.ember.containers.Harness.raises;
import static org.ember.containers.Harness.repr;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ember.modules.ModuleRegistry;
import org.ember.objects.Abstract;
import org.ember.objects.Py;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyRange;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.runtime.ThreadState;
import org.junit.jupiter.api.Test;

/** Native modules of the containers area, exercised from Java (expected values from CPython 3.11). */
class ModulesSmokeTest {

    private static PyModule module(String name) {
        return ModuleRegistry.create(name, ThreadState.current().interp);
    }

    private static PyObject call(PyModule m, String fn, PyObject... args) {
        return Abstract.call(Abstract.getAttr(m, fn), args);
    }

    private static PyObject kwcall(PyModule m, String fn, PyObject[] args, String... kw) {
        return Abstract.call(Abstract.getAttr(m, fn), args, kw);
    }

    private static String list(PyObject o) {
        return repr(PyList.of(o));
    }

    private static PyObject i(long v) {
        return PyInt.of(v);
    }

    private static PyObject s(String v) {
        return PyStr.of(v);
    }

    private static PyObject range(long n) {
        return PyRange.of(0, n, 1);
    }

    @Test
    void itertools() {
        Harness.run(() -> {
            PyModule it = module("itertools");
            assertEquals("count(0)", repr(call(it, "count")));
            assertEquals("count(1, 1.0)", repr(call(it, "count", i(1), new org.ember.objects.PyFloat(1.0))));
            assertEquals("[5, 7, 9]", list(call(it, "islice", call(it, "count", i(5), i(2)), i(3))));
            assertEquals("repeat('a', 3)", repr(call(it, "repeat", s("a"), i(3))));
            assertEquals("['a', 'b', 'a', 'b', 'a']", list(call(it, "islice", call(it, "cycle", s("ab")), i(5))));
            assertEquals("[1, 3, 6, 10]", list(call(it, "accumulate", PyTuple.of(i(1), i(2), i(3), i(4)))));
            assertEquals("[10, 11, 13]", list(kwcall(it, "accumulate", new PyObject[] {PyTuple.of(i(1), i(2)), i(10)}, "initial")));
            assertEquals("['a', 'b', 0, 1]", list(call(it, "chain", s("ab"), range(2))));
            assertEquals("['a', 'c']", list(call(it, "compress", s("abc"), PyTuple.of(i(1), i(0), i(1)))));
            assertEquals("[('a', ['a', 'a']), ('b', ['b']), ('a', ['a'])]",
                    repr(PyList.of(Abstract.call(org.ember.objects.PyMap.TYPE,
                            org.ember.objects.PyBuiltinFunction.function("t", org.ember.objects.NativeFunction.of("f",
                                    (self, kg) -> PyTuple.of(((PyTuple) kg).get(0), PyList.of(((PyTuple) kg).get(1))))),
                            call(it, "groupby", s("aaba"))))));
            assertEquals("[2, 4, 6]", list(call(it, "islice", range(10), i(2), i(8), i(2))));
            assertEquals("ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
                    raises(() -> call(it, "islice", range(3), i(-1))));
            assertEquals("[(0, 1), (1, 2), (2, 3)]", list(call(it, "pairwise", range(4))));
            PyTuple tees = (PyTuple) call(it, "tee", range(3), i(3));
            assertEquals("[0, 1, 2][0, 1, 2]", list(tees.get(0)) + list(tees.get(2)));
            assertEquals("[(0, 'a'), (1, 'b'), (2, None)]", list(call(it, "zip_longest", range(3), s("ab"))));
            assertEquals("[('a', 0), ('a', 1), ('b', 0), ('b', 1)]", list(call(it, "product", s("ab"), range(2))));
            assertEquals("[(0, 1), (0, 2), (1, 0), (1, 2), (2, 0), (2, 1)]", list(call(it, "permutations", range(3), i(2))));
            assertEquals("[(0, 1), (0, 2), (1, 2)]", list(call(it, "combinations", range(3), i(2))));
            assertEquals("[(0, 0), (0, 1), (1, 1)]", list(call(it, "combinations_with_replacement", range(2), i(2))));
            assertEquals("[(0, 0), (0, 1), (1, 0), (1, 1)]",
                    list(kwcall(it, "product", new PyObject[] {range(2), i(2)}, "repeat")));
            assertEquals("TypeError: zip_longest() got an unexpected keyword argument",
                    raises(() -> kwcall(it, "zip_longest", new PyObject[] {i(1)}, "x")));
        });
    }

    @Test
    void operatorFunctoolsHeapqBisect() {
        Harness.run(() -> {
            PyModule op = module("_operator");
            assertEquals("operator.itemgetter(1, 'a')", repr(call(op, "itemgetter", i(1), s("a"))));
            assertEquals("operator.methodcaller('f', 1, k=2)", repr(kwcall(op, "methodcaller", new PyObject[] {s("f"), i(1), i(2)}, "k")));
            assertEquals("operator.attrgetter('a.b')", repr(call(op, "attrgetter", s("a.b"))));
            assertEquals("(2, 1)", repr(Abstract.call(call(op, "itemgetter", i(1), i(0)), PyTuple.of(i(1), i(2)))));
            assertEquals("5", repr(call(op, "add", i(2), i(3))));
            assertEquals("TypeError: add expected 2 arguments, got 1", raises(() -> call(op, "add", i(2))));
            assertEquals("TypeError: 'int' object can't be concatenated", raises(() -> call(op, "concat", i(1), i(2))));
            assertEquals("3", repr(call(op, "length_hint", range(3))));
            assertEquals("TypeError: comparing strings with non-ASCII characters is not supported",
                    raises(() -> call(op, "_compare_digest", s("\u00e9"), s("\u00e9"))));
            PyModule ft = module("_functools");
            PyObject p = kwcall(ft, "partial", new PyObject[] {Abstract.getAttr(op, "add"), i(1), i(5)}, "x");
            assertEquals("functools.partial(<built-in function add>, 1, x=5)", repr(p));
            PyObject p2 = call(ft, "partial", Abstract.getAttr(op, "add"), i(1));
            assertEquals("3", repr(Abstract.call(p2, i(2))));
            assertEquals("16", repr(call(ft, "reduce", Abstract.getAttr(op, "add"), PyTuple.of(i(1), i(2), i(3)), i(10))));
            assertEquals("TypeError: reduce() of empty iterable with no initial value",
                    raises(() -> call(ft, "reduce", Abstract.getAttr(op, "add"), PyTuple.EMPTY)));
            PyModule hq = module("_heapq");
            PyList heap = new PyList();
            for (long v : new long[] {5, 3, 8, 1, 9, 2}) {
                call(hq, "heappush", heap, i(v));
            }
            assertEquals("[1, 3, 2, 5, 9, 8]", repr(heap));
            assertEquals("1", repr(call(hq, "heappop", heap)));
            assertEquals("[2, 3, 8, 5, 9]", repr(heap));
            PyList big = PyList.of(PyRange.of(3000, 0, -1));
            call(hq, "heapify", big);
            assertEquals("1", repr(big.get(0)));
            assertEquals("TypeError: heapify() argument must be list, not tuple", raises(() -> call(hq, "heapify", PyTuple.EMPTY)));
            PyModule bs = module("_bisect");
            PyObject sorted = PyList.of(PyTuple.of(i(1), i(2), i(2), i(3)));
            assertEquals("1 3", repr(call(bs, "bisect_left", sorted, i(2))) + " " + repr(call(bs, "bisect_right", sorted, i(2))));
            call(bs, "insort_left", sorted, i(0));
            assertEquals("[0, 1, 2, 2, 3]", repr(sorted));
            assertEquals("ValueError: lo must be non-negative", raises(() -> call(bs, "bisect_left", sorted, i(1), i(-1))));
        });
    }

    @Test
    void collections() {
        Harness.run(() -> {
            PyModule c = module("_collections");
            PyObject d = kwcall(c, "deque", new PyObject[] {range(5), i(3)}, "maxlen");
            assertEquals("deque([2, 3, 4], maxlen=3)", repr(d));
            Abstract.callMethod(d, "appendleft", i(9));
            assertEquals("deque([9, 2, 3], maxlen=3)", repr(d));
            PyObject e = call(c, "deque", range(5));
            Abstract.callMethod(e, "rotate", i(2));
            assertEquals("deque([3, 4, 0, 1, 2])", repr(e));
            Abstract.callMethod(e, "insert", i(-2), s("x"));
            assertEquals("deque([3, 4, 0, 'x', 1, 2])", repr(e));
            Abstract.delItem(e, i(1));
            assertEquals("deque([3, 0, 'x', 1, 2])", repr(e));
            assertEquals("744", repr(Abstract.callMethod(call(c, "deque"), "__sizeof__")));
            assertEquals("1272", repr(Abstract.callMethod(call(c, "deque", range(100)), "__sizeof__")));
            assertEquals("IndexError: pop from an empty deque", raises(() -> Abstract.callMethod(call(c, "deque"), "pop")));
            PyObject dd = call(c, "defaultdict", PyList.TYPE);
            Abstract.callMethod(Abstract.getItem(dd, s("a")), "append", i(1));
            assertEquals("defaultdict(<class 'list'>, {'a': [1]})", repr(dd));
            PyObject counts = new org.ember.objects.PyDict();
            call(c, "_count_elements", counts, s("abca"));
            assertEquals("{'a': 2, 'b': 1, 'c': 1}", repr(counts));
            PyObject tg = call(c, "_tuplegetter", i(1), s("doc"));
            assertEquals("_tuplegetter(1, 'doc')", repr(tg));
            assertEquals("2", repr(tg.getType().tp_descr_get.get(tg, PyTuple.of(i(1), i(2)), Py.None)));
        });
    }
}
