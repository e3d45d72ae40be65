package org.ember.modules;

import org.ember.modules.io.Fs;
import org.ember.modules.io.Libc;
import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyExc;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/**
 * Module time, over the C library's clocks and time conversion functions (so TZ, tzset() and
 * strftime() behave as in CPython).
 */
public final class TimeModule {
    private TimeModule() {}

    static final int CLOCK_REALTIME = 0;
    static final int CLOCK_MONOTONIC = 1;
    static final int CLOCK_PROCESS_CPUTIME_ID = 2;
    static final int CLOCK_THREAD_CPUTIME_ID = 3;

    public static final PyType STRUCT_TIME = StructSeq.type("time", "struct_time",
            "The time value as returned by gmtime(), localtime(), and strptime(), and\n accepted by asctime(), "
                    + "mktime() and strftime().  May be considered as a\n sequence of 9 integers.\n\n Note that several "
                    + "fields' values are not the same as those defined by\n the C language standard for struct tm.  For "
                    + "example, the value of the\n field tm_year is the actual year, not year - 1900.  See individual\n "
                    + "fields' descriptions for details.",
            new String[] {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
                "tm_isdst", "tm_zone", "tm_gmtoff"},
            9);

    private static final String[] WDAY = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] MON = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
        "Dec"};

    static long clockNanos(int clock) {
        long t = Libc.clockGettime(clock);
        if (t == Long.MIN_VALUE) {
            throw Fs.error(22);
        }
        return t;
    }

    static PyObject seconds(long nanos) {
        return new PyFloat(nanos / 1e9);
    }

    /** _PyTime_ObjectToTime_t with ROUND_FLOOR; None is now. */
    static long timeT(PyObject o) {
        if (o == null || o == Py.None) {
            return Math.floorDiv(clockNanos(CLOCK_REALTIME), 1_000_000_000L);
        }
        if (o instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) {
                throw Err.value("Invalid value NaN (not a number)");
            }
            d = Math.floor(d);
            if (!(d >= -9.223372036854776E18 && d < 9.223372036854776E18)) {
                throw Err.overflow("timestamp out of range for platform time_t");
            }
            return (long) d;
        }
        PyInt i = Abstract.index(o);
        if (!i.isSmall()) {
            throw Err.overflow("timestamp out of range for platform time_t");
        }
        return i.longValue();
    }

    static PyObject structTime(Libc.BrokenTime tm, boolean utc) {
        return StructSeq.make(STRUCT_TIME, PyInt.of(tm.year + 1900L), PyInt.of(tm.mon + 1), PyInt.of(tm.mday),
                PyInt.of(tm.hour), PyInt.of(tm.min), PyInt.of(tm.sec), PyInt.of((tm.wday + 6) % 7),
                PyInt.of(tm.yday + 1), PyInt.of(tm.isdst),
                utc ? PyStr.of("UTC") : tm.zone == null ? Py.None : Fs.decode(tm.zone), PyInt.of(tm.gmtoff));
    }

    static Libc.BrokenTime broken(long t, boolean local) {
        Libc.BrokenTime tm = new Libc.BrokenTime();
        int r = Libc.brokenTime(t, local, tm);
        if (r < 0) {
            if (-r == 75) {
                throw Err.overflow("timestamp out of range for platform time_t");
            }
            throw Fs.error(-r);
        }
        return tm;
    }

    /** gettmarg: a struct_time or 9-tuple as a C struct tm. */
    static Libc.BrokenTime gettmarg(PyObject args, String fname) {
        if (!(args instanceof PyTuple t)) {
            throw Err.type("Tuple or struct_time argument required");
        }
        if (t.size() != 9) {
            throw Err.type("%s(): illegal time tuple argument", fname);
        }
        int[] v = new int[9];
        for (int i = 0; i < 9; i++) {
            v[i] = Abstract.asInt(t.get(i));
        }
        Libc.BrokenTime tm = new Libc.BrokenTime();
        if (v[0] < Integer.MIN_VALUE + 1900) {
            throw Err.overflow("year out of range");
        }
        tm.year = v[0] - 1900;
        tm.mon = v[1] - 1;
        tm.mday = v[2];
        tm.hour = v[3];
        tm.min = v[4];
        tm.sec = v[5];
        tm.wday = (v[6] + 1) % 7;
        tm.yday = v[7] - 1;
        tm.isdst = v[8];
        if (args.type == STRUCT_TIME) {
            StructSeq s = (StructSeq) args;
            PyObject zone = s.field(9);
            if (zone != Py.None) {
                tm.zone = Fs.encode((PyStr) zone);
            }
            PyObject off = s.field(10);
            if (off != Py.None) {
                tm.gmtoff = Abstract.asLong(off);
            }
        }
        return tm;
    }

    static void checktm(Libc.BrokenTime tm) {
        if (tm.mon == -1) {
            tm.mon = 0;
        } else if (tm.mon < 0 || tm.mon > 11) {
            throw Err.value("month out of range");
        }
        if (tm.mday == 0) {
            tm.mday = 1;
        } else if (tm.mday < 0 || tm.mday > 31) {
            throw Err.value("day of month out of range");
        }
        if (tm.hour < 0 || tm.hour > 23) {
            throw Err.value("hour out of range");
        }
        if (tm.min < 0 || tm.min > 59) {
            throw Err.value("minute out of range");
        }
        if (tm.sec < 0 || tm.sec > 61) {
            throw Err.value("seconds out of range");
        }
        if (tm.wday < 0) {
            throw Err.value("day of week out of range");
        }
        if (tm.yday == -1) {
            tm.yday = 0;
        } else if (tm.yday < 0 || tm.yday > 365) {
            throw Err.value("day of year out of range");
        }
    }

    static String asctime(Libc.BrokenTime tm) {
        return String.format("%s %s%3d %02d:%02d:%02d %d", WDAY[tm.wday], MON[tm.mon], tm.mday, tm.hour, tm.min,
                tm.sec, 1900L + tm.year);
    }

    static PyObject strftime(PyObject formatObj, PyObject tup) {
        if (!(formatObj instanceof PyStr fmt)) {
            throw Err.type("strftime() argument 1 must be str, not %s", Err.tn(formatObj));
        }
        Libc.BrokenTime tm;
        if (tup == null) {
            tm = broken(timeT(null), true);
        } else {
            tm = gettmarg(tup, "strftime");
            checktm(tm);
        }
        if (tm.isdst < -1) {
            tm.isdst = -1;
        } else if (tm.isdst > 1) {
            tm.isdst = 1;
        }
        if (fmt.value.indexOf('\0') >= 0) {
            throw Err.value("embedded null character");
        }
        byte[] f = Fs.encode(fmt);
        if (f.length == 0) {
            return PyStr.EMPTY;
        }
        for (int size = 1024;; size += size) {
            byte[] r = Libc.strftime(f, tm, size);
            if (r != null) {
                return Fs.decode(r);
            }
            if (size >= 256 * f.length) {
                return PyStr.EMPTY;
            }
        }
    }

    /** Recomputes timezone/altzone/daylight/tzname from the C library (CPython's init_timezone). */
    static void initTimezone(PyModule m) {
        final long year = (365L * 24 + 6) * 3600;
        long t = (Math.floorDiv(clockNanos(CLOCK_REALTIME), 1_000_000_000L) / year) * year;
        Libc.BrokenTime jan = broken(t, true);
        Libc.BrokenTime jul = broken(t + year / 2, true);
        long janzone = -jan.gmtoff;
        long julyzone = -jul.gmtoff;
        PyObject janname = jan.zone == null ? PyStr.of("   ") : Fs.decode(truncate(jan.zone, 9));
        PyObject julyname = jul.zone == null ? PyStr.of("   ") : Fs.decode(truncate(jul.zone, 9));
        if (janzone < julyzone) {
            m.put("timezone", PyInt.of(julyzone));
            m.put("altzone", PyInt.of(janzone));
            m.put("daylight", PyInt.of(janzone != julyzone ? 1 : 0));
            m.put("tzname", PyTuple.of(julyname, janname));
        } else {
            m.put("timezone", PyInt.of(janzone));
            m.put("altzone", PyInt.of(julyzone));
            m.put("daylight", PyInt.of(janzone != julyzone ? 1 : 0));
            m.put("tzname", PyTuple.of(janname, julyname));
        }
    }

    private static byte[] truncate(byte[] b, int n) {
        return b.length <= n ? b : java.util.Arrays.copyOf(b, n);
    }

    static PyObject clockInfo(String name) {
        String impl;
        boolean mono;
        boolean adjustable;
        int clock;
        switch (name) {
            case "time" -> {
                impl = "clock_gettime(CLOCK_REALTIME)";
                mono = false;
                adjustable = true;
                clock = CLOCK_REALTIME;
            }
            case "monotonic", "perf_counter" -> {
                impl = "clock_gettime(CLOCK_MONOTONIC)";
                mono = true;
                adjustable = false;
                clock = CLOCK_MONOTONIC;
            }
            case "process_time" -> {
                impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
                mono = true;
                adjustable = false;
                clock = CLOCK_PROCESS_CPUTIME_ID;
            }
            case "thread_time" -> {
                impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
                mono = true;
                adjustable = false;
                clock = CLOCK_THREAD_CPUTIME_ID;
            }
            default -> throw Err.value("unknown clock");
        }
        long res = Libc.clockGetres(clock);
        PyObject types = org.ember.modules.io.IoModule.importModule("types");
        if (types == null) {
            throw Err.system("time.get_clock_info() needs types.SimpleNamespace");
        }
        PyObject ns = Abstract.getAttr(types, "SimpleNamespace");
        return Abstract.call(ns, new PyObject[] {PyStr.of(impl), Py.bool(mono), Py.bool(adjustable),
            new PyFloat(res / 1e9)}, new String[] {"implementation", "monotonic", "adjustable", "resolution"});
    }

    private static final NativeFunction[] FUNCTIONS = {
        NativeFunction.of("time", s -> seconds(clockNanos(CLOCK_REALTIME))),
        NativeFunction.of("time_ns", s -> PyInt.of(clockNanos(CLOCK_REALTIME))),
        NativeFunction.of("monotonic", s -> seconds(clockNanos(CLOCK_MONOTONIC))),
        NativeFunction.of("monotonic_ns", s -> PyInt.of(clockNanos(CLOCK_MONOTONIC))),
        NativeFunction.of("perf_counter", s -> seconds(clockNanos(CLOCK_MONOTONIC))),
        NativeFunction.of("perf_counter_ns", s -> PyInt.of(clockNanos(CLOCK_MONOTONIC))),
        NativeFunction.of("process_time", s -> seconds(clockNanos(CLOCK_PROCESS_CPUTIME_ID))),
        NativeFunction.of("process_time_ns", s -> PyInt.of(clockNanos(CLOCK_PROCESS_CPUTIME_ID))),
        NativeFunction.of("thread_time", s -> seconds(clockNanos(CLOCK_THREAD_CPUTIME_ID))),
        NativeFunction.of("thread_time_ns", s -> PyInt.of(clockNanos(CLOCK_THREAD_CPUTIME_ID))),
        NativeFunction.of("clock_gettime", "clk_id, /", (s, a) -> seconds(clockNanos(Abstract.asInt(a[0])))),
        NativeFunction.of("clock_gettime_ns", "clk_id, /", (s, a) -> PyInt.of(clockNanos(Abstract.asInt(a[0])))),
        NativeFunction.of("clock_getres", "clk_id, /", (s, a) -> {
            long r = Libc.clockGetres(Abstract.asInt(a[0]));
            if (r == Long.MIN_VALUE) {
                throw Fs.error(22);
            }
            return seconds(r);
        }),
        NativeFunction.of("sleep", "secs, /", (s, a) -> {
            PyObject o = a[0];
            double secs;
            long nanos;
            if (o instanceof PyFloat f) {
                secs = f.value;
                if (Double.isNaN(secs)) {
                    throw Err.value("Invalid value NaN (not a number)");
                }
                if (secs < 0) {
                    throw Err.value("sleep length must be non-negative");
                }
                if (secs > 9.2e9) {
                    throw Err.overflow("timestamp too large to convert to C _PyTime_t");
                }
                nanos = (long) Math.ceil(secs * 1e9);
            } else {
                long v = Abstract.asLong(Abstract.index(o));
                if (v < 0) {
                    throw Err.value("sleep length must be non-negative");
                }
                if (v > 9_200_000_000L) {
                    throw Err.overflow("timestamp too large to convert to C _PyTime_t");
                }
                nanos = v * 1_000_000_000L;
            }
            SignalModule.sleep(nanos);
            return Py.None;
        }),
        NativeFunction.of("gmtime", "seconds=None, /", (s, a) -> structTime(broken(timeT(a[0]), false), true)),
        NativeFunction.of("localtime", "seconds=None, /", (s, a) -> structTime(broken(timeT(a[0]), true), false)),
        NativeFunction.of("mktime", "tuple, /", (s, a) -> {
            Libc.BrokenTime tm = gettmarg(a[0], "mktime");
            tm.wday = -1;
            long r = Libc.mktime(tm);
            if (r == Long.MIN_VALUE) {
                throw Err.overflow("mktime argument out of range");
            }
            return new PyFloat((double) r);
        }),
        NativeFunction.of("strftime", "format, tuple=NULL, /", (s, a) -> strftime(a[0], a[1])),
        NativeFunction.of("strptime", "string, format='%a %b %d %H:%M:%S %Y', /", (s, a) -> {
            PyObject m = org.ember.modules.io.IoModule.importModule("_strptime");
            if (m == null) {
                throw Err.format(PyExc.ImportError, "No module named '_strptime'");
            }
            return Abstract.callMethod(m, "_strptime_time", a[0], a[1]);
        }),
        NativeFunction.of("asctime", "tuple=NULL, /", (s, a) -> {
            Libc.BrokenTime tm;
            if (a[0] == null) {
                tm = broken(timeT(null), true);
            } else {
                tm = gettmarg(a[0], "asctime");
                checktm(tm);
            }
            return PyStr.of(asctime(tm));
        }),
        NativeFunction.of("ctime", "seconds=None, /", (s, a) -> PyStr.of(asctime(broken(timeT(a[0]), true)))),
        NativeFunction.of("tzset", s -> {
            Libc.tzset();
            ThreadState ts = ThreadState.current();
            PyObject m = ts.interp.modules.getStr("time");
            if (m instanceof PyModule pm) {
                initTimezone(pm);
            }
            return Py.None;
        }),
        NativeFunction.of("get_clock_info", "name, /", (s, a) -> {
            if (!(a[0] instanceof PyStr n)) {
                throw Err.type("get_clock_info() argument must be str, not %s", Err.tn(a[0]));
            }
            return clockInfo(n.value);
        }),
        NativeFunction.of("pthread_getcpuclockid", "thread_id, /", (s, a) -> PyInt.of(CLOCK_THREAD_CPUTIME_ID)),
    };

    public static PyModule create(Interpreter interp) {
        PyType.ready(STRUCT_TIME);
        PyModule m = new PyModule("time");
        m.put("__doc__", PyStr.of("This module provides various functions to manipulate time values.\n\nThere are "
                + "two standard representations of time.  One is the number\nof seconds since the Epoch, in UTC (a.k.a. "
                + "GMT).  It may be an integer\nor a floating point number (to represent fractions of seconds).\nThe "
                + "Epoch is system-defined; on Unix, it is generally January 1st, 1970.\nThe actual value can be "
                + "retrieved by calling gmtime(0).\n\nThe other representation is a tuple of 9 integers giving local "
                + "time.\nThe tuple items are:\n  year (including century, e.g. 1998)\n  month (1-12)\n  day (1-31)\n"
                + "  hours (0-23)\n  minutes (0-59)\n  seconds (0-59)\n  weekday (0-6, Monday is 0)\n  Julian day (day "
                + "in the year, 1-366)\n  DST (Daylight Savings Time) flag (-1, 0 or 1)\nIf the DST flag is 0, the time "
                + "is given in the regular time zone;\nif it is 1, the time is given in the DST time zone;\nif it is -1, "
                + "mktime() should guess based on the date and time.\n"));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        Libc.tzset();
        initTimezone(m);
        m.put("struct_time", STRUCT_TIME);
        m.put("_STRUCT_TM_ITEMS", PyInt.of(11));
        m.put("CLOCK_REALTIME", PyInt.of(0));
        m.put("CLOCK_MONOTONIC", PyInt.of(1));
        m.put("CLOCK_PROCESS_CPUTIME_ID", PyInt.of(2));
        m.put("CLOCK_THREAD_CPUTIME_ID", PyInt.of(3));
        m.put("CLOCK_MONOTONIC_RAW", PyInt.of(4));
        m.put("CLOCK_BOOTTIME", PyInt.of(7));
        m.put("CLOCK_TAI", PyInt.of(11));
        return m;
    }
}
