package org.ember.objects;

/**
 * Factories for raising Python exceptions from Java: {@code throw Err.type("...%s...", x)}.
 * Messages use Java's %s/%d formatting; callers pass CPython's exact wording.
 */
public final class Err {
    private Err() {}

    private static String fmt(String format, Object... args) {
        return args.length == 0 ? format : String.format(format, args);
    }

    /** Instantiates exception type {@code type} with the given args, as {@code type(*args)} would. */
    public static PyBaseException instantiate(PyType type, PyObject... args) {
        PyObject e = type.tp_new.create(type, args, null);
        if (!(e instanceof PyBaseException be)) {
            throw type("calling %s should have returned an instance of BaseException, not %s",
                    type.getName(), e.type.getName());
        }
        e.type.tp_init.init(e, args, null);
        return be;
    }

    public static PyException raise(PyType type, PyObject... args) {
        return instantiate(type, args).toThrowable();
    }

    public static PyException format(PyType type, String format, Object... args) {
        return instantiate(type, PyStr.of(fmt(format, args))).toThrowable();
    }

    public static PyException type(String format, Object... args) {
        return format(PyExc.TypeError, format, args);
    }

    public static PyException value(String format, Object... args) {
        return format(PyExc.ValueError, format, args);
    }

    public static PyException index(String format, Object... args) {
        return format(PyExc.IndexError, format, args);
    }

    public static PyException overflow(String format, Object... args) {
        return format(PyExc.OverflowError, format, args);
    }

    public static PyException zeroDivision(String format, Object... args) {
        return format(PyExc.ZeroDivisionError, format, args);
    }

    public static PyException runtime(String format, Object... args) {
        return format(PyExc.RuntimeError, format, args);
    }

    public static PyException notImplemented(String format, Object... args) {
        return format(PyExc.NotImplementedError, format, args);
    }

    public static PyException system(String format, Object... args) {
        return format(PyExc.SystemError, format, args);
    }

    public static PyException memory() {
        return raise(PyExc.MemoryError);
    }

    public static PyException recursion(String format, Object... args) {
        return format(PyExc.RecursionError, format, args);
    }

    public static PyException key(PyObject key) {
        return raise(PyExc.KeyError, key);
    }

    public static PyException stopIteration(PyObject value) {
        return value == null ? raise(PyExc.StopIteration) : raise(PyExc.StopIteration, value);
    }

    public static PyException unboundLocal(String name) {
        return format(PyExc.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name);
    }

    public static PyException name(String name) {
        PyException e = format(PyExc.NameError, "name '%s' is not defined", name);
        ((PyNameError) e.value).name = PyStr.of(name);
        return e;
    }

    /** AttributeError "'T' object has no attribute 'x'", with name and obj set as CPython does. */
    public static PyException attribute(PyObject obj, PyStr name) {
        return attribute(obj, name, "'%s' object has no attribute '%s'", obj.type.getName(), name.value);
    }

    public static PyException attribute(PyObject obj, PyStr name, String format, Object... args) {
        PyException e = format(PyExc.AttributeError, format, args);
        PyAttributeError ae = (PyAttributeError) e.value;
        ae.name = name;
        ae.obj = obj;
        return e;
    }

    /** Converts an unexpected Java failure into SystemError (never a Java stack trace for the user). */
    public static PyException internal(Throwable t) {
        if (t instanceof PyException pe) {
            return pe;
        }
        if (t instanceof StackOverflowError) {
            return recursion("maximum recursion depth exceeded");
        }
        if (t instanceof OutOfMemoryError) {
            return memory();
        }
        String where = "";
        StackTraceElement[] st = t.getStackTrace();
        if (st.length > 0) {
            where = " at " + st[0];
        }
        return system("internal error in Ember: %s%s", t, where);
    }

    /** Type name of an object for messages ("'int' object is not callable"). */
    public static String tn(PyObject o) {
        return o.type.getName();
    }
}
