package org.ember.modules;

import static org.ember.modules.PyThreadSupport.call;
import static org.ember.modules.PyThreadSupport.repr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.ember.objects.Abstract;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyBytes;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.junit.jupiter.api.Test;

class CoreModulesTest {
    static String raises(Runnable r) {
        try {
            r.run();
        } catch (PyException e) {
            return e.type().getName() + ": " + Abstract.strJava(e.value);
        }
        return "no exception";
    }

    static PyObject fn(String name, NativeFunction.F1 f) {
        return PyBuiltinFunction.function("test", NativeFunction.of(name, f));
    }

    @Test
    void threadsAndLocks() {
        PyThreadSupport.run(interp -> {
            PyModule th = PyThreadSupport.module(interp, "_thread");
            PyObject lock = call(th, "allocate_lock");
            assertTrue(repr(lock).startsWith("<unlocked _thread.lock object at "));
            assertEquals("True", repr(Abstract.callMethod(lock, "acquire")));
            assertEquals("False", repr(Abstract.callMethod(lock, "acquire", Py.False)));
            PyList results = new PyList();
            PyObject done = call(th, "allocate_lock");
            Abstract.callMethod(done, "acquire");
            PyObject body = fn("body", (self, arg) -> {
                results.append(arg);
                results.append(Abstract.callMethod(lock, "acquire"));
                Abstract.callMethod(done, "release");
                return Py.None;
            });
            PyObject ident = call(th, "start_new_thread", body, PyTuple.of(PyStr.of("hi")));
            assertTrue(ident instanceof PyInt);
            Abstract.callMethod(lock, "release");
            assertEquals("True", repr(Abstract.callMethod(done, "acquire", Py.True, Py.float_(5.0))));
            assertEquals("['hi', True]", repr(results));
            assertEquals("RuntimeError: release unlocked lock", raises(() -> {
                PyObject l2 = call(th, "allocate_lock");
                Abstract.callMethod(l2, "release");
            }));
            assertEquals("ValueError: can't specify a timeout for a non-blocking call",
                    raises(() -> Abstract.callMethod(lock, "acquire", Py.False, PyInt.ONE)));
            assertEquals("TypeError: first arg must be callable",
                    raises(() -> call(th, "start_new_thread", PyInt.ONE, PyTuple.EMPTY)));
            PyObject rlock = Abstract.call(Abstract.getAttr(th, "RLock"));
            Abstract.callMethod(rlock, "acquire");
            Abstract.callMethod(rlock, "acquire");
            assertTrue(repr(rlock).contains("count=2"));
            Abstract.callMethod(rlock, "release");
            Abstract.callMethod(rlock, "release");
            assertEquals("RuntimeError: cannot release un-acquired lock", raises(() -> Abstract.callMethod(rlock, "release")));
            assertEquals("9223372036.0", repr(Abstract.getAttr(th, "TIMEOUT_MAX")));
            PyObject local = Abstract.call(Abstract.getAttr(th, "_local"));
            Abstract.setAttr(local, "x", PyInt.of(1));
            PyList seen = new PyList();
            PyObject done2 = call(th, "allocate_lock");
            Abstract.callMethod(done2, "acquire");
            call(th, "start_new_thread", fn("peek", (self, arg) -> {
                seen.append(Py.bool(Abstract.lookupAttr(local, "x") != null));
                Abstract.callMethod(done2, "release");
                return Py.None;
            }), PyTuple.of(Py.None));
            Abstract.callMethod(done2, "acquire");
            assertEquals("[False]", repr(seen));
            assertEquals("1", repr(Abstract.getAttr(local, "x")));
            assertEquals("TypeError: Initialization arguments are not supported",
                    raises(() -> Abstract.call(Abstract.getAttr(th, "_local"), PyInt.ONE)));
        });
    }

    @Test
    void weakReferences() {
        PyThreadSupport.run(interp -> {
            PyModule wr = PyThreadSupport.module(interp, "_weakref");
            PyType cls = (PyType) Abstract.call(PyType.TYPE, PyStr.of("A"), PyTuple.EMPTY, new PyDict());
            PyObject a = Abstract.call(cls);
            PyObject ref = Abstract.getAttr(wr, "ref");
            PyObject r = Abstract.call(ref, a);
            assertSame(r, Abstract.call(ref, a));
            assertSame(a, Abstract.call(r));
            assertTrue(repr(r).contains("; to 'A' at "));
            assertEquals("1", repr(call(wr, "getweakrefcount", a)));
            PyList hits = new PyList();
            PyObject r2 = Abstract.call(ref, a, fn("cb", (self, x) -> {
                hits.append(x);
                return Py.None;
            }));
            assertEquals("2", repr(call(wr, "getweakrefcount", a)));
            assertEquals("True", repr(Abstract.richCompare(r, r2, org.ember.objects.CompareOp.EQ)));
            assertEquals(Abstract.hash(a), Abstract.hash(r));
            assertEquals("TypeError: cannot create weak reference to 'int' object",
                    raises(() -> Abstract.call(ref, PyInt.of(5))));
            PyObject p = call(wr, "proxy", a);
            Abstract.setAttr(p, "v", PyInt.of(7));
            assertEquals("7", repr(Abstract.getAttr(a, "v")));
            assertEquals("TypeError: unhashable type: 'weakref.ProxyType'", raises(() -> Abstract.hash(p)));
            a = null;
            for (int i = 0; i < 50 && Abstract.call(r2) != Py.None; i++) {
                System.gc();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    break;
                }
            }
            assertEquals("None", repr(Abstract.call(r2)));
            WeakrefModule.processPending(interp);
            assertEquals(1, hits.size());
            assertSame(r2, hits.get(0));
            assertTrue(repr(r).endsWith("; dead>"));
            assertEquals("ReferenceError: weakly-referenced object no longer exists",
                    raises(() -> Abstract.getAttr(p, "v")));
        });
    }

    @Test
    void warningsFallbackOutput() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        PyThreadSupport.run(System.in, System.out, new java.io.PrintStream(err, true), interp -> {
            interp.sysModule = new PyModule("sys");
            PyModule w = PyThreadSupport.module(interp, "_warnings");
            call(w, "warn", PyStr.of("hello"));
            call(w, "warn", PyStr.of("hello"));
            call(w, "warn", PyStr.of("dep"), PyExc.DeprecationWarning);
            call(w, "warn_explicit", PyStr.of("ex"), PyExc.UserWarning, PyStr.of("foo.py"), PyInt.of(3));
            assertEquals("sys:1: UserWarning: hello\nfoo.py:3: UserWarning: ex\n", err.toString());
            assertEquals("TypeError: category must be a Warning subclass, not 'int'",
                    raises(() -> call(w, "warn", PyStr.of("x"), PyInt.of(5))));
            PyList filters = (PyList) Abstract.getAttr(w, "filters");
            assertEquals(5, filters.size());
            filters.set(0, PyTuple.of(PyStr.of("error"), Py.None, PyExc.Warning, Py.None, PyInt.ZERO));
            call(w, "_filters_mutated");
            assertEquals("UserWarning: boom", raises(() -> call(w, "warn", PyStr.of("boom"))));
        });
    }

    @Test
    void marshalRoundTrips() {
        PyThreadSupport.run(interp -> {
            PyModule m = PyThreadSupport.module(interp, "marshal");
            PyObject[] values = {PyTuple.of(PyInt.of(1), PyInt.of(2)), PyInt.of(1000000), PyInt.of(1L << 40),
                PyInt.of(-5), Py.float_(1.5), Py.None, Py.True, PyBytes.of("xy".getBytes()), PyStr.of("é"),
                PyTuple.EMPTY, PyInt.of(2147483648L), Py.Ellipsis, PyExc.StopIteration};
            String[] expected = {"b'\\xa9\\x02\\xe9\\x01\\x00\\x00\\x00\\xe9\\x02\\x00\\x00\\x00'",
                "b'\\xe9@B\\x0f\\x00'", "b'\\xec\\x03\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x04'",
                "b'\\xe9\\xfb\\xff\\xff\\xff'", "b'\\xe7\\x00\\x00\\x00\\x00\\x00\\x00\\xf8?'", "b'N'", "b'T'",
                "b'\\xf3\\x02\\x00\\x00\\x00xy'", "b'\\xf5\\x02\\x00\\x00\\x00\\xc3\\xa9'", "b'\\xa9\\x00'",
                "b'\\xec\\x03\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00'", "b'.'", "b'S'"};
            for (int i = 0; i < values.length; i++) {
                PyObject d = call(m, "dumps", values[i]);
                assertEquals(expected[i], repr(d), "dumps of " + repr(values[i]));
                PyObject back = call(m, "loads", d);
                assertEquals(repr(values[i]), repr(back));
            }
            PyDict dict = new PyDict();
            dict.setItem(PyStr.of("k"), new PyList(new PyObject[] {PyInt.of(1), PyStr.of("v")}));
            assertEquals("{'k': [1, 'v']}", repr(call(m, "loads", call(m, "dumps", dict))));
            assertEquals("EOFError: EOF read where object expected", raises(() -> call(m, "loads", PyBytes.EMPTY)));
            assertEquals("ValueError: bad marshal data (unknown type code)",
                    raises(() -> call(m, "loads", PyBytes.of(new byte[] {(byte) 0x99}))));
            assertEquals("ValueError: unmarshallable object", raises(() -> call(m, "dumps", new PyObject(PyObject.TYPE) { })));
            assertEquals("b'u\\x03\\x00\\x00\\x00abc'", repr(call(m, "dumps", PyStr.of("abc"), PyInt.of(2))));
            byte[] shared = "\u00db\u0002\u0000\u0000\u0000\u00db\u0001\u0000\u0000\u0000\u00e9\u0001\u0000\u0000\u0000r\u0001\u0000\u0000\u0000"
                    .getBytes(StandardCharsets.ISO_8859_1);
            PyObject lst = call(m, "loads", PyBytes.of(shared));
            assertEquals("[[1], [1]]", repr(lst));
            assertSame(((PyList) lst).get(0), ((PyList) lst).get(1));
        });
    }
}
