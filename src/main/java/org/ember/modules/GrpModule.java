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

/** Module grp: the group database (getgrgid_r, getgrnam_r, getgrent). */
public final class GrpModule {
    private GrpModule() {}

    public static final PyType STRUCT_GROUP = StructSeq.type("grp", "struct_group",
            "grp.struct_group: Results from getgr*() routines.\n\nThis object may be accessed either as a tuple of\n"
                    + "  (gr_name,gr_passwd,gr_gid,gr_mem)\nor via the object attributes as named in the above tuple.\n",
            new String[] {"gr_name", "gr_passwd", "gr_gid", "gr_mem"}, 4);

    static PyObject entry(Object[] e) {
        PyList mem = new PyList();
        for (byte[] b : (byte[][]) e[3]) {
            mem.append(Fs.decode(b));
        }
        return StructSeq.make(STRUCT_GROUP, PwdModule.str(e[0]), PwdModule.str(e[1]), PyInt.of((Long) e[2]), mem);
    }

    private static final NativeFunction[] FUNCTIONS = {
        NativeFunction.of("getgrgid", "id", (s, a) -> {
            long gid = Abstract.asLong(Abstract.index(a[0]));
            int[] err = new int[1];
            Object[] e = gid < -1 || gid > 0xffffffffL ? null : Libc.getgr(gid, null, err);
            if (e == null) {
                if (err[0] != 0 && err[0] != 2 && err[0] != 3) {
                    throw Fs.error(err[0]);
                }
                throw Err.key(PyStr.of("getgrgid(): gid not found: " + Abstract.strJava(a[0])));
            }
            return entry(e);
        }),
        NativeFunction.of("getgrnam", "name", (s, a) -> {
            if (!(a[0] instanceof PyStr n)) {
                throw Err.type("getgrnam() argument 'name' must be str, not %s", Err.tn(a[0]));
            }
            int[] err = new int[1];
            Object[] e = Libc.getgr(0, Fs.encode(n), err);
            if (e == null) {
                if (err[0] != 0 && err[0] != 2 && err[0] != 3) {
                    throw Fs.error(err[0]);
                }
                throw Err.key(PyStr.of("getgrnam(): name not found: " + Abstract.reprJava(n)));
            }
            return entry(e);
        }),
        NativeFunction.of("getgrall", s -> {
            List<Object[]> all;
            synchronized (GrpModule.class) {
                all = Libc.allEntries(true);
            }
            PyList out = new PyList();
            for (Object[] e : all) {
                out.append(entry(e));
            }
            return out;
        }),
    };

    public static PyModule create(Interpreter interp) {
        PyType.ready(STRUCT_GROUP);
        PyModule m = new PyModule("grp");
        m.put("__doc__", PyStr.of("Access to the Unix group database.\n\nGroup entries are reported as 4-tuples "
                + "containing the following fields\nfrom the group database, in order:\n\n  gr_name   - name of the "
                + "group\n  gr_passwd - group password (encrypted); often empty\n  gr_gid    - numeric ID of the group\n"
                + "  gr_mem    - list of members\n\nThe gid is an integer, name and password are strings.  (Note that "
                + "most\nusers are not explicitly listed as members of the groups they are in\naccording to the "
                + "password database.  Check both databases to get\ncomplete membership information.)"));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        m.put("struct_group", STRUCT_GROUP);
        return m;
    }
}
