package org.ember.modules;

import static org.ember.modules.PyThreadSupport.call;
import static org.ember.modules.PyThreadSupport.repr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ember.objects.Abstract;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyException;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.junit.jupiter.api.Test;

class SystemModulesTest {
    static String raises(Runnable r) {
        try {
            r.run();
        } catch (PyException e) {
            return e.type().getName() + ": " + Abstract.strJava(e.value);
        }
        return "no exception";
    }

    @Test
    void timeFunctions() {
        PyThreadSupport.run(interp -> {
            PyModule t = PyThreadSupport.module(interp, "time");
            double now = ((PyFloat) call(t, "time")).value;
            assertTrue(Math.abs(now - System.currentTimeMillis() / 1000.0) < 5);
            PyObject g = call(t, "gmtime", PyInt.ZERO);
            assertEquals("time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, tm_sec=0, "
                    + "tm_wday=3, tm_yday=1, tm_isdst=0)", repr(g));
            assertEquals("'UTC'", repr(Abstract.getAttr(g, "tm_zone")));
            assertEquals("'Thu Jan  1 00:00:00 1970'", repr(call(t, "asctime", g)));
            assertEquals("'1971-01-01 00:00:00'", repr(call(t, "strftime", PyStr.of("%Y-%m-%d %H:%M:%S"),
                    call(t, "gmtime", PyInt.of(86400 * 365)))));
            assertEquals("ValueError: month out of range", raises(() -> call(t, "strftime", PyStr.of("%Y"),
                    PyTuple.of(PyInt.of(2020), PyInt.of(13), PyInt.ONE, PyInt.ZERO, PyInt.ZERO, PyInt.ZERO, PyInt.ZERO,
                            PyInt.ONE, PyInt.ZERO))));
            assertEquals("TypeError: mktime(): illegal time tuple argument",
                    raises(() -> call(t, "mktime", PyTuple.of(PyInt.ONE, PyInt.of(2)))));
            assertEquals("TypeError: Tuple or struct_time argument required", raises(() -> call(t, "asctime", PyInt.of(5))));
            assertEquals("ValueError: sleep length must be non-negative", raises(() -> call(t, "sleep", PyInt.of(-1))));
            assertEquals("ValueError: Invalid value NaN (not a number)",
                    raises(() -> call(t, "gmtime", new PyFloat(Double.NaN))));
            assertEquals("12345.0", repr(call(t, "mktime", call(t, "localtime", PyInt.of(12345)))));
            long t0 = System.nanoTime();
            call(t, "sleep", new PyFloat(0.05));
            assertTrue(System.nanoTime() - t0 >= 45_000_000L);
            assertTrue(((PyFloat) call(t, "monotonic")).value > 0);
            assertTrue(Abstract.asLong(call(t, "perf_counter_ns")) > 0);
            assertTrue(Abstract.getAttr(t, "tzname") instanceof PyTuple);
        });
    }

    @Test
    void statAtexitGcLocale() {
        PyThreadSupport.run(interp -> {
            PyModule st = PyThreadSupport.module(interp, "_stat");
            assertEquals("'-rw-r--r--'", repr(call(st, "filemode", PyInt.of(0100644))));
            assertEquals("'drwxr-xr-x'", repr(call(st, "filemode", PyInt.of(040755))));
            assertEquals("'-rwsr-xr-x'", repr(call(st, "filemode", PyInt.of(0104755))));
            assertEquals("True", repr(call(st, "S_ISDIR", PyInt.of(040755))));
            assertEquals("420", repr(call(st, "S_IMODE", PyInt.of(0100644))));
            PyModule ax = PyThreadSupport.module(interp, "atexit");
            PyList order = new PyList();
            for (String n : new String[] {"a", "b"}) {
                call(ax, "register", PyBuiltinFunction.function("t", NativeFunction.of(n, self -> {
                    order.append(PyStr.of(n));
                    return Py.None;
                })));
            }
            assertEquals("2", repr(call(ax, "_ncallbacks")));
            AtexitModule.runExitFuncs(interp);
            assertEquals("['b', 'a']", repr(order));
            assertEquals("0", repr(call(ax, "_ncallbacks")));
            PyModule gc = PyThreadSupport.module(interp, "gc");
            assertEquals("0", repr(call(gc, "collect")));
            assertEquals("(700, 10, 10)", repr(call(gc, "get_threshold")));
            call(gc, "disable");
            assertEquals("False", repr(call(gc, "isenabled")));
            assertEquals("False", repr(call(gc, "is_tracked", PyInt.ONE)));
            assertEquals("True", repr(call(gc, "is_tracked", new PyList())));
            PyModule loc = PyThreadSupport.module(interp, "_locale");
            assertEquals("'C'", repr(call(loc, "setlocale", PyInt.of(1), PyStr.of("C"))));
            PyObject lc = call(loc, "localeconv");
            assertEquals("'.'", repr(Abstract.getItem(lc, PyStr.of("decimal_point"))));
            assertEquals("[]", repr(Abstract.getItem(lc, PyStr.of("grouping"))));
            assertEquals("Error: unsupported locale setting",
                    raises(() -> call(loc, "setlocale", PyInt.of(6), PyStr.of("xx_YY"))));
            assertEquals("(<class 'locale.Error'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)",
                    repr(Abstract.getAttr(Abstract.getAttr(loc, "Error"), "__mro__")));
            assertEquals("ValueError: unsupported langinfo constant", raises(() -> call(loc, "nl_langinfo", PyInt.of(99999))));
            PyModule e = PyThreadSupport.module(interp, "errno");
            assertEquals("2", repr(Abstract.getAttr(e, "ENOENT")));
            assertEquals("'EAGAIN'", repr(Abstract.getItem(Abstract.getAttr(e, "errorcode"), PyInt.of(11))));
        });
    }

    @Test
    void signalHandlersRunOnTheMainThread() {
        PyThreadSupport.run(interp -> {
            PyModule sig = PyThreadSupport.module(interp, "_signal");
            PyList got = new PyList();
            PyObject handler = PyBuiltinFunction.function("t", NativeFunction.of("h", (self, a, b) -> {
                got.append(a);
                return Py.None;
            }));
            PyObject old = call(sig, "signal", PyInt.of(10), handler);
            assertEquals("0", repr(old));
            call(sig, "raise_signal", PyInt.of(10));
            assertEquals("[10]", repr(got));
            PyModule os = PyThreadSupport.module(interp, "posix");
            call(os, "kill", call(os, "getpid"), PyInt.of(10));
            assertEquals("[10, 10]", repr(got));
            assertEquals("KeyboardInterrupt: ", raises(() -> {
                call(sig, "signal", PyInt.of(2), Abstract.getAttr(sig, "default_int_handler"));
                call(sig, "raise_signal", PyInt.of(2));
            }));
            assertEquals("ValueError: signal number out of range", raises(() -> call(sig, "signal", PyInt.of(99), PyInt.ZERO)));
            assertEquals("TypeError: signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
                    raises(() -> call(sig, "signal", PyInt.of(2), PyInt.of(5))));
            assertEquals("'Interrupt'", repr(call(sig, "strsignal", PyInt.of(2))));
            call(sig, "signal", PyInt.of(10), PyInt.ZERO);
        });
    }
}
