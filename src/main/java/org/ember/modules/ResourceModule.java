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

/** Module resource: resource limits and usage (getrlimit, setrlimit, prlimit, getrusage). */
public final class ResourceModule {
    private ResourceModule() {}

    public static final PyType STRUCT_RUSAGE = StructSeq.type("resource", "struct_rusage",
            "struct_rusage: Result from getrusage.\n\nThis object may be accessed either as a tuple of\n"
                    + "    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n    nswap,inblock,oublock,msgsnd,"
                    + "msgrcv,nsignals,nvcsw,nivcsw)\nor via the attributes ru_utime, ru_stime, ru_maxrss, and so on.",
            new String[] {"ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt",
                "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals",
                "ru_nvcsw", "ru_nivcsw"},
            16);

    static int resource(PyObject o) {
        int r = Abstract.asInt(o);
        if (r < 0 || r >= 16) {
            throw Err.value("invalid resource specified");
        }
        return r;
    }

    static long[] limits(PyObject o) {
        PyObject[] items;
        try {
            items = Abstract.toArray(o);
        } catch (org.ember.objects.PyException e) {
            throw Err.value("expected a tuple of 2 integers");
        }
        if (items.length != 2) {
            throw Err.value("expected a tuple of 2 integers");
        }
        return new long[] {Abstract.asLong(items[0]), Abstract.asLong(items[1])};
    }

    static PyObject result(long[] r) {
        if (r.length == 1) {
            throw Fs.error((int) r[0]);
        }
        return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]));
    }

    private static final NativeFunction[] FUNCTIONS = {
        NativeFunction.of("getrlimit", "resource, /", (s, a) -> result(Libc.rlimit(0, resource(a[0]), null))),
        NativeFunction.of("setrlimit", "resource, limits, /", (s, a) -> {
            int res = resource(a[0]);
            long[] r = Libc.rlimit(0, res, limits(a[1]));
            if (r.length == 1) {
                if (r[0] == 22) {
                    throw Err.value("current limit exceeds maximum limit");
                }
                if (r[0] == 1) {
                    throw Err.value("not allowed to raise maximum limit");
                }
                throw Fs.error((int) r[0]);
            }
            return Py.None;
        }),
        NativeFunction.of("prlimit", "pid, resource, limits=None, /", (s, a) -> {
            int pid = Abstract.asInt(a[0]);
            long[] r = Libc.rlimit(pid == 0 ? Libc.getpid() : pid, resource(a[1]), a[2] == Py.None ? null : limits(a[2]));
            return result(r);
        }),
        NativeFunction.of("getrusage", "who, /", (s, a) -> {
            int[] err = new int[1];
            double[] r = Libc.rusage(Abstract.asInt(a[0]), err);
            if (r == null) {
                if (err[0] == 22) {
                    throw Err.value("invalid who parameter");
                }
                throw Fs.error(err[0]);
            }
            PyObject[] v = new PyObject[16];
            v[0] = new PyFloat(r[0]);
            v[1] = new PyFloat(r[1]);
            for (int i = 2; i < 16; i++) {
                v[i] = PyInt.of((long) r[i]);
            }
            return StructSeq.make(STRUCT_RUSAGE, v);
        }),
        NativeFunction.of("getpagesize", s -> {
            int[] err = new int[1];
            return PyInt.of(Libc.sysconf(30, err));
        }),
    };

    public static PyModule create(Interpreter interp) {
        PyType.ready(STRUCT_RUSAGE);
        PyModule m = new PyModule("resource");
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        m.put("struct_rusage", STRUCT_RUSAGE);
        m.put("error", PyExc.OSError);
        Object[] consts = {"RLIMIT_CPU", 0, "RLIMIT_FSIZE", 1, "RLIMIT_DATA", 2, "RLIMIT_STACK", 3, "RLIMIT_CORE", 4,
            "RLIMIT_RSS", 5, "RLIMIT_NPROC", 6, "RLIMIT_NOFILE", 7, "RLIMIT_OFILE", 7, "RLIMIT_MEMLOCK", 8,
            "RLIMIT_AS", 9, "RLIMIT_SIGPENDING", 11, "RLIMIT_MSGQUEUE", 12, "RLIMIT_NICE", 13, "RLIMIT_RTPRIO", 14,
            "RLIMIT_RTTIME", 15, "RLIM_INFINITY", -1, "RUSAGE_SELF", 0, "RUSAGE_CHILDREN", -1, "RUSAGE_THREAD", 1};
        for (int i = 0; i < consts.length; i += 2) {
            m.put((String) consts[i], PyInt.of((Integer) consts[i + 1]));
        }
        return m;
    }
}
