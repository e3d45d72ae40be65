package org.ember.objects;

/** OSError and its subclasses: errno, strerror, filename, filename2 (CPython's OSError semantics). */
public final class PyOSError extends PyBaseException {
    public PyObject errno = Py.None;
    public PyObject strerror = Py.None;
    public PyObject filename = Py.None;
    public PyObject filename2 = Py.None;
    public PyObject charactersWritten;

    public PyOSError(PyType type) {
        super(type);
    }

    /** The OSError subclass CPython picks for an errno value (Linux numbering). */
    public static PyType typeForErrno(int errno) {
        return switch (errno) {
            case 11, 114, 115 -> PyExc.BlockingIOError;
            case 10 -> PyExc.ChildProcessError;
            case 32, 108 -> PyExc.BrokenPipeError;
            case 103 -> PyExc.ConnectionAbortedError;
            case 111 -> PyExc.ConnectionRefusedError;
            case 104 -> PyExc.ConnectionResetError;
            case 17 -> PyExc.FileExistsError;
            case 2 -> PyExc.FileNotFoundError;
            case 21 -> PyExc.IsADirectoryError;
            case 20 -> PyExc.NotADirectoryError;
            case 4 -> PyExc.InterruptedError;
            case 1, 13 -> PyExc.PermissionError;
            case 3 -> PyExc.ProcessLookupError;
            case 110 -> PyExc.TimeoutError;
            default -> PyExc.OSError;
        };
    }

    /** Raises the OSError subclass for errno, as CPython's PyErr_SetFromErrnoWithFilename does. */
    public static PyException fromErrno(int errno, String strerror, PyObject filename) {
        PyObject[] args = filename == null
                ? new PyObject[] {PyInt.of(errno), PyStr.of(strerror)}
                : new PyObject[] {PyInt.of(errno), PyStr.of(strerror), filename};
        return Err.raise(PyExc.OSError, args);
    }

    /** Raises {@code type(errno, strerror)}, as CPython does for math range errors (e.g. OverflowError). */
    public static PyException fromErrnoType(PyType type, int errno, String strerror) {
        return Err.raise(type, PyInt.of(errno), PyStr.of(strerror));
    }

    static void define(PyType t) {
        t.base(PyExc.Exception).doc("Base class for I/O related errors.").flags(PyType.BASETYPE | PyType.HAS_DICT);
        t.tp_alloc = PyOSError::new;
        t.tp_new = (type, args, kw) -> {
            PyType actual = type;
            if (type == PyExc.OSError && args.length >= 2 && args.length <= 5 && args[0] instanceof PyInt n
                    && (kw == null || kw.length == 0)) {
                actual = typeForErrno(n.isSmall() ? (int) n.longValue() : -1);
            }
            PyOSError e = (PyOSError) actual.tp_alloc.alloc(actual);
            e.args = PyTuple.of(ArgParser.positional(args, kw));
            if (actual.tp_init == PyExc.OSError.tp_init) {
                e.parseArgs(args, kw);
            }
            return e;
        };
        t.tp_init = (self, args, kw) -> {
            PyOSError e = (PyOSError) self;
            if (self.type.tp_init != PyExc.OSError.tp_init || e.errno == Py.None && e.strerror == Py.None) {
                e.parseArgs(args, kw);
            }
        };
        t.tp_str = self -> {
            PyOSError e = (PyOSError) self;
            if (e.filename != Py.None) {
                if (e.filename2 != Py.None) {
                    return PyStr.of("[Errno " + Abstract.strJava(e.errno) + "] " + Abstract.strJava(e.strerror) + ": "
                            + Abstract.reprJava(e.filename) + " -> " + Abstract.reprJava(e.filename2));
                }
                return PyStr.of("[Errno " + Abstract.strJava(e.errno) + "] " + Abstract.strJava(e.strerror) + ": "
                        + Abstract.reprJava(e.filename));
            }
            if (e.errno != Py.None && e.strerror != Py.None) {
                return PyStr.of("[Errno " + Abstract.strJava(e.errno) + "] " + Abstract.strJava(e.strerror));
            }
            return PyBaseException.str(self);
        };
        t.getset("errno", self -> ((PyOSError) self).errno, (self, v) -> ((PyOSError) self).errno = v);
        t.getset("strerror", self -> ((PyOSError) self).strerror, (self, v) -> ((PyOSError) self).strerror = v);
        t.getset("filename", self -> ((PyOSError) self).filename, (self, v) -> ((PyOSError) self).filename = v);
        t.getset("filename2", self -> ((PyOSError) self).filename2, (self, v) -> ((PyOSError) self).filename2 = v);
        t.getset("characters_written", self -> {
            PyObject c = ((PyOSError) self).charactersWritten;
            if (c == null) {
                throw Err.attribute(self, PyStr.of("characters_written"), "characters_written");
            }
            return c;
        }, (self, v) -> ((PyOSError) self).charactersWritten = Abstract.index(v));
        t.method0("__reduce__", self -> {
            PyOSError e = (PyOSError) self;
            PyTuple a = e.args;
            if (a.size() == 2 && e.filename != Py.None) {
                a = e.filename2 != Py.None ? PyTuple.of(a.get(0), a.get(1), e.filename, Py.None, e.filename2)
                        : PyTuple.of(a.get(0), a.get(1), e.filename);
            }
            return e.dict != null && e.dict.size() > 0 ? PyTuple.of(self.type, a, e.dict) : PyTuple.of(self.type, a);
        });
    }

    private void parseArgs(PyObject[] args, String[] kw) {
        PyObject[] pos = ArgParser.positional(args, kw);
        if (pos.length >= 2 && pos.length <= 5) {
            errno = pos[0];
            strerror = pos[1];
            if (pos.length >= 3 && pos[2] != Py.None) {
                filename = pos[2];
                if (pos.length >= 5) {
                    filename2 = pos[4];
                }
                this.args = PyTuple.of(pos[0], pos[1]);
            }
            if (type.isSubtype(PyExc.BlockingIOError) && pos.length >= 3 && pos[2] instanceof PyInt) {
                charactersWritten = pos[2];
                filename = Py.None;
            }
        }
    }
}
