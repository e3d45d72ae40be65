package org.ember.containers;

import static org.ember.containers.Harness.call;
import static org.ember.containers.Harness.raises;
import static org.ember.containers.Harness.repr;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;

import org.ember.objects.Abstract;
import org.ember.objects.Py;
import org.ember.objects.PyEnumerate;
import org.ember.objects.PyFilter;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyMap;
import org.ember.objects.PyObject;
import org.ember.objects.PyRange;
import org.ember.objects.PyReversed;
import org.ember.objects.PySlice;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyZip;
import org.junit.jupiter.api.Test;

/** range and the builtin iterator types (expected values printed by CPython 3.11). */
class RangeAndIteratorsTest {

    private static PyObject i(long v) {
        return PyInt.of(v);
    }

    private static PyObject big(String v) {
        return PyInt.of(new BigInteger(v));
    }

    private static PyObject range(PyObject... a) {
        return Abstract.call(PyRange.TYPE, a);
    }

    private static String list(PyObject iterable) {
        return repr(Abstract.call(PyList.TYPE, iterable));
    }

    @Test
    void rangeBasics() {
        Harness.run(() -> {
            assertEquals("range(0, 5)", repr(range(i(5))));
            assertEquals("range(1, 10, 2)", repr(range(i(1), i(10), i(2))));
            assertEquals("[1, 3, 5, 7, 9]", list(range(i(1), i(10), i(2))));
            assertEquals("[9, 7, 5, 3, 1]", list(PyReversed.of(range(i(1), i(10), i(2)))));
            assertEquals("range(3, 12, 3)", repr(Abstract.getItem(range(i(0), i(10), i(3)), new PySlice(i(1), i(5), Py.None))));
            assertEquals("range(9, -1, -1)", repr(Abstract.getItem(range(i(10)), new PySlice(Py.None, Py.None, i(-1)))));
            assertEquals("range(0, 10)", repr(Abstract.getItem(range(i(10)), new PySlice(i(-100), i(100), Py.None))));
            assertEquals("range(-100000000000000000000, 100000000000000000000, 30000000000000000000)",
                    repr(Abstract.getItem(range(big("-100000000000000000000"), big("100000000000000000000"), big("10000000000000000000")),
                            new PySlice(Py.None, Py.None, i(3)))));
            assertEquals("TypeError: range expected at least 1 argument, got 0", raises(() -> range()));
            assertEquals("ValueError: range() arg 3 must not be zero", raises(() -> range(i(1), i(2), i(0))));
            assertEquals("OverflowError: Python int too large to convert to C ssize_t",
                    raises(() -> Abstract.length(range(big("100000000000000000000")))));
            assertEquals("IndexError: range object index out of range", raises(() -> Abstract.getItem(range(i(5)), i(10))));
            assertEquals("TypeError: range indices must be integers or slices, not str",
                    raises(() -> Abstract.getItem(range(i(5)), PyStr.of("a"))));
            assertEquals("ValueError: 7 is not in range", raises(() -> call(range(i(5)), "index", i(7))));
            assertEquals("ValueError: sequence.index(x): x not in sequence", raises(() -> call(range(i(5)), "index", PyStr.of("a"))));
            assertEquals("10000000000000000000", repr(Abstract.getItem(range(big("100000000000000000000")), big("10000000000000000000"))));
            assertEquals("99999999999999999999", repr(Abstract.getItem(range(big("100000000000000000000")), i(-1))));
            assertEquals("True", repr(Abstract.richCompare(range(i(0)), range(i(5), i(2)), org.ember.objects.CompareOp.EQ)));
            assertEquals("True", repr(Abstract.richCompare(range(i(1), i(2), i(5)), range(i(1), i(3), i(7)), org.ember.objects.CompareOp.EQ)));
            assertEquals(Abstract.hash(PyTuple.of(i(3), i(0), i(1))), Abstract.hash(range(i(3))));
            assertEquals("1", repr(call(range(i(1), i(10), i(2)), "count", i(3))));
            assertEquals(true, Abstract.contains(range(i(1), i(10), i(2)), new org.ember.objects.PyFloat(3.0)));
            assertEquals(true, Abstract.contains(range(i(2)), Py.True));
            assertEquals(false, Abstract.contains(range(i(10), i(0), i(-3)), i(0)));
            assertEquals(true, Abstract.contains(range(i(10), i(0), i(-3)), i(1)));
            assertEquals("[100000000000000000002, 100000000000000000001, 100000000000000000000]",
                    list(PyReversed.of(range(big("100000000000000000000"), big("100000000000000000003")))));
            assertEquals("[-9223372036854775808, -2, 9223372036854775804]",
                    list(range(i(Long.MIN_VALUE), i(Long.MAX_VALUE), i(Long.MAX_VALUE - 1))));
            assertEquals("[9223372036854775806, -1]",
                    list(PyReversed.of(range(i(-1), i(Long.MAX_VALUE), i(Long.MAX_VALUE)))));
        });
    }

    @Test
    void iteratorTypes() {
        Harness.run(() -> {
            PyObject l = new PyList(new PyObject[] {i(1), i(2), i(3)});
            assertEquals("[(5, 1), (6, 2), (7, 3)]", list(Abstract.call(PyEnumerate.TYPE, l, i(5))));
            assertEquals("[(9223372036854775807, 1), (9223372036854775808, 2), (9223372036854775809, 3)]",
                    list(Abstract.call(PyEnumerate.TYPE, l, i(Long.MAX_VALUE))));
            assertEquals("[(1, 1), (2, 2)]", list(Abstract.call(PyZip.TYPE, l, range(i(1), i(3)))));
            assertEquals("ValueError: zip() argument 2 is shorter than argument 1", raises(() -> list(Abstract.call(PyZip.TYPE,
                    new PyObject[] {l, range(i(1), i(3)), Py.True}, new String[] {"strict"}))));
            assertEquals("ValueError: zip() argument 3 is longer than arguments 1-2", raises(() -> list(Abstract.call(PyZip.TYPE,
                    new PyObject[] {l, l, range(i(4)), Py.True}, new String[] {"strict"}))));
            assertEquals("[1, 3]", list(Abstract.call(PyFilter.TYPE, Py.None, new PyList(new PyObject[] {i(0), i(1), i(0), i(3)}))));
            assertEquals("TypeError: map() must have at least two arguments.", raises(() -> Abstract.call(PyMap.TYPE, l)));
            assertEquals("TypeError: 'int' object is not reversible", raises(() -> PyReversed.of(i(5))));
            assertEquals("TypeError: enumerate() takes at most 2 arguments (3 given)",
                    raises(() -> Abstract.call(PyEnumerate.TYPE, l, i(1), i(2))));
            assertEquals("[3, 2, 1]", list(PyReversed.of(PyTuple.of(i(1), i(2), i(3)))));
        });
    }
}
