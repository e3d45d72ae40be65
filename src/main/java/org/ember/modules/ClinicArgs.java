package org.ember.modules;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.PyInt;
import org.ember.objects.PyObject;

/** Argument Clinic's C-type converters for native modules, with CPython's error messages. */
public final class ClinicArgs {
    private ClinicArgs() {}

    /** 'int' (_PyLong_AsInt via __index__). */
    public static int cInt(PyObject o) {
        PyInt i = Abstract.index(o);
        if (!i.isSmall() || i.longValue() < Integer.MIN_VALUE || i.longValue() > Integer.MAX_VALUE) {
            throw Err.overflow("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    /** 'Py_ssize_t' (OverflowError when it does not fit). */
    public static long ssize(PyObject o) {
        PyInt i = Abstract.index(o);
        if (!i.isSmall()) {
            throw Err.overflow("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    /** 'unsigned_int(bitwise=True)': the low 32 bits of any integer. */
    public static int bitwiseUInt(PyObject o) {
        PyInt i = Abstract.index(o);
        return i.isSmall() ? (int) i.longValue() : i.bigValue().intValue();
    }
}
