package org.ember.objects;

/**
 * The Java throwable that carries a Python exception while it propagates through Java frames.
 * It records no Java stack trace (cheap to throw); the Python traceback lives on the exception
 * object ({@link PyBaseException#traceback}). A PyException must never reach the user as a
 * Java stack trace: the top level prints the Python traceback instead.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;

    PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    public PyType type() {
        return value.type;
    }

    /** True when the Python exception is an instance of {@code t}. */
    public boolean matches(PyType t) {
        return value.type.isSubtype(t);
    }

    @Override
    public String getMessage() {
        try {
            return value.type.getName() + ": " + Abstract.strJava(value);
        } catch (RuntimeException e) {
            return value.type.getName();
        }
    }
}
