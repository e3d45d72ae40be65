package org.ember.modules;

import java.util.List;

import org.ember.modules.io.Fs;
import org.ember.modules.io.Libc;
import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;
import org.ember.runtime.Interpreter;

/** Module pwd: the password database (getpwuid_r, getpwnam_r, getpwent). */
public final class PwdModule {
    private PwdModule() {}

    public static final PyType STRUCT_PASSWD = StructSeq.type("pwd", "struct_passwd",
            "pwd.struct_passwd: Results from getpw*() routines.\n\nThis object may be accessed either as a tuple of\n"
                    + "  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\nor via the object attributes as "
                    + "named in the above tuple.",
            new String[] {"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"}, 7);

    static PyObject entry(Object[] e) {
        return StructSeq.make(STRUCT_PASSWD, str(e[0]), str(e[1]), PyInt.of((Long) e[2]), PyInt.of((Long) e[3]),
                str(e[4]), str(e[5]), str(e[6]));
    }

    static PyObject str(Object b) {
        return b == null ? PyStr.EMPTY : Fs.decode((byte[]) b);
    }

    private static final NativeFunction[] FUNCTIONS = {
        NativeFunction.of("getpwuid", "uidobj, /", (s, a) -> {
            long uid;
            try {
                uid = Abstract.asLong(a[0]);
            } catch (org.ember.objects.PyException e) {
                if (e.matches(org.ember.objects.PyExc.OverflowError)) {
                    throw Err.key(PyStr.of("getpwuid(): uid not found"));
                }
                throw e;
            }
            int[] err = new int[1];
            Object[] e = uid < -1 || uid > 0xffffffffL ? null : Libc.getpw(uid, null, err);
            if (e == null) {
                if (err[0] != 0 && err[0] != 2 && err[0] != 3) {
                    throw Fs.error(err[0]);
                }
                throw Err.key(PyStr.of("getpwuid(): uid not found: " + Abstract.strJava(a[0])));
            }
            return entry(e);
        }),
        NativeFunction.of("getpwnam", "name, /", (s, a) -> {
            if (!(a[0] instanceof PyStr n)) {
                throw Err.type("getpwnam() argument must be str, not %s", Err.tn(a[0]));
            }
            if (n.value.indexOf('\0') >= 0) {
                throw Err.value("embedded null character");
            }
            int[] err = new int[1];
            Object[] e = Libc.getpw(0, Fs.encode(n), err);
            if (e == null) {
                if (err[0] != 0 && err[0] != 2 && err[0] != 3) {
                    throw Fs.error(err[0]);
                }
                throw Err.key(PyStr.of("getpwnam(): name not found: " + Abstract.reprJava(n)));
            }
            return entry(e);
        }),
        NativeFunction.of("getpwall", s -> {
            List<Object[]> all;
            synchronized (PwdModule.class) {
                all = Libc.allEntries(false);
            }
            PyList out = new PyList();
            for (Object[] e : all) {
                out.append(entry(e));
            }
            return out;
        }),
    };

    public static PyModule create(Interpreter interp) {
        PyType.ready(STRUCT_PASSWD);
        PyModule m = new PyModule("pwd");
        m.put("__doc__", PyStr.of("This module provides access to the Unix password database.\nIt is available on "
                + "all Unix versions.\n\nPassword database entries are reported as 7-tuples containing the following\n"
                + "items from the password database (see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, "
                + "pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others are strings. An\n"
                + "exception is raised if the entry asked for cannot be found."));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        m.put("struct_passwd", STRUCT_PASSWD);
        return m;
    }
}
