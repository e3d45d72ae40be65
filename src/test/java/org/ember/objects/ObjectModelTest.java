package org.ember.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.ember.runtime.Config;
import org.ember.runtime.EmberThread;
import org.ember.runtime.Interpreter;
import org.ember.runtime.Runtime;
import org.ember.runtime.ThreadState;
import org.junit.jupiter.api.Test;

/** The object model's core behaviour, exercised from Java without the interpreter. */
class ObjectModelTest {

    /** Runs body on a Python thread of a fresh interpreter. */
    static void onPythonThread(Runnable body) {
        Runtime rt = new Runtime(null, "ember");
        Interpreter interp = new Interpreter(rt, new Config(), System.in, System.out, System.err);
        interp.builtinsDict = new PyDict();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        EmberThread t = new EmberThread(null, () -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "test", 1 << 24);
        t.setState(new ThreadState(interp, t));
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new RuntimeException(e);
        }
        if (failure.get() instanceof RuntimeException re) {
            throw re;
        } else if (failure.get() instanceof Error err) {
            throw err;
        }
    }

    @Test
    void intArithmeticAndRepr() {
        onPythonThread(() -> {
            assertEquals("5", Abstract.reprJava(Abstract.add(PyInt.of(2), PyInt.of(3))));
            assertEquals("18446744073709551614", Abstract.reprJava(Abstract.multiply(PyInt.of(Long.MAX_VALUE), PyInt.of(2))));
            assertEquals("-4", Abstract.reprJava(Abstract.floorDivide(PyInt.of(-7), PyInt.of(2))));
            assertEquals("1", Abstract.reprJava(Abstract.remainder(PyInt.of(-7), PyInt.of(2))));
            assertEquals("3.5", Abstract.reprJava(Abstract.trueDivide(PyInt.of(7), PyInt.of(2))));
            assertEquals("True", Abstract.reprJava(Py.True));
            assertEquals("2", Abstract.reprJava(Abstract.add(Py.True, Py.True)));
            assertSame(PyInt.of(7), PyInt.of(7));
        });
    }

    @Test
    void floatRepr() {
        assertEquals("0.1", FloatMethods.repr(0.1));
        assertEquals("1e+16", FloatMethods.repr(1e16));
        assertEquals("1234567890123456.0", FloatMethods.repr(1234567890123456.0));
        assertEquals("1e-05", FloatMethods.repr(1e-5));
        assertEquals("0.0001", FloatMethods.repr(1e-4));
        assertEquals("-0.0", FloatMethods.repr(-0.0));
        assertEquals("inf", FloatMethods.repr(Double.POSITIVE_INFINITY));
        assertEquals("1.7976931348623157e+308", FloatMethods.repr(Double.MAX_VALUE));
        assertEquals("5e-324", FloatMethods.repr(Double.MIN_VALUE));
    }

    @Test
    void wrappersAndErrors() {
        onPythonThread(() -> {
            PyObject add = PyInt.TYPE.lookup("__add__");
            assertTrue(add instanceof PyWrapperDescr);
            assertEquals("<slot wrapper '__add__' of 'int' objects>", Abstract.reprJava(add));
            assertEquals("7", Abstract.reprJava(Abstract.call(add, PyInt.of(3), PyInt.of(4))));
            PyException e = assertThrows(PyException.class, () -> Abstract.add(PyInt.of(1), PyStr.of("a")));
            assertEquals("unsupported operand type(s) for +: 'int' and 'str'", Abstract.strJava(e.value));
            e = assertThrows(PyException.class, () -> Abstract.add(PyStr.of("a"), PyInt.of(1)));
            assertEquals("can only concatenate str (not \"int\") to str", Abstract.strJava(e.value));
            assertEquals("[1, 'a', (2,)]", Abstract.reprJava(new PyList(new PyObject[] {PyInt.of(1), PyStr.of("a"), PyTuple.of(PyInt.of(2))})));
        });
    }

    @Test
    void heapClassWithSlotsFromDunders() {
        onPythonThread(() -> {
            PyDict ns = new PyDict();
            ns.putStr("__module__", PyStr.of("__main__"));
            PyObject cls = Abstract.call(PyType.TYPE, PyStr.of("A"), PyTuple.of(PyInt.TYPE), ns);
            assertEquals("<class '__main__.A'>", Abstract.reprJava(cls));
            PyObject a = Abstract.call(cls, PyInt.of(5));
            assertEquals("5", Abstract.reprJava(a));
            assertEquals("6", Abstract.reprJava(Abstract.add(a, PyInt.of(1))));
            Abstract.setAttr(a, "x", PyStr.of("hi"));
            assertEquals("'hi'", Abstract.reprJava(Abstract.getAttr(a, "x")));
            PyException e = assertThrows(PyException.class, () -> Abstract.getAttr(a, "y"));
            assertEquals("'A' object has no attribute 'y'", Abstract.strJava(e.value));
            PyObject mro = Abstract.getAttr(cls, "__mro__");
            assertEquals("(<class '__main__.A'>, <class 'int'>, <class 'object'>)", Abstract.reprJava(mro));
        });
    }

    @Test
    void hashesMatchCPython() {
        // Expected values printed by CPython 3.11.7 (numbers and tuples do not depend on the seed).
        assertEquals(230584300921369408L, Hashing.hashDouble(0.1, null));
        assertEquals(-1152921504606846978L, Hashing.hashDouble(-2.5, null));
        assertEquals(1224995262755759164L, Hashing.hashDouble(1e300, null));
        assertEquals(549755813888L, Hashing.hashBig(java.math.BigInteger.TWO.pow(100)));
        assertEquals(-512L, Hashing.hashBig(java.math.BigInteger.TWO.pow(70).negate()));
        assertEquals(-3550055125485641917L, Hashing.hashTuple(new PyObject[] {PyInt.of(1), PyInt.of(2)}, 2));
        assertEquals(5740354900026072187L, Hashing.hashTuple(new PyObject[0], 0));
    }

    @Test
    void stringHashesMatchCPythonWithSeedZero() throws Exception {
        // PYTHONHASHSEED=0 values from CPython 3.11.7; run in a child JVM so the seed is fixed.
        ProcessBuilder pb = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "-Dember.hashseed=0", HashProbe.class.getName());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor();
        assertEquals("4644417185603328019 -2096571579003691106 -5529981157763016009 -8926728262118538918 -4594863902769663758", out);
    }

    /** Prints str/bytes hashes under the seed given by the ember.hashseed property. */
    public static final class HashProbe {
        public static void main(String[] args) {
            System.out.println(PyStr.of("a").hash() + " " + PyStr.of("hello").hash() + " " + PyStr.of("\u20ac").hash()
                    + " " + PyStr.of("\uD83D\uDE00x").hash() + " " + Hashing.hashBytes("abc".getBytes(), 0, 3));
        }
    }
}
