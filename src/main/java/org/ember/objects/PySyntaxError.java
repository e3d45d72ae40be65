package org.ember.objects;

/** SyntaxError, IndentationError and TabError, with their location attributes. */
public final class PySyntaxError extends PyBaseException {
    public PyObject msg = Py.None;
    public PyObject filename = Py.None;
    public PyObject lineno = Py.None;
    public PyObject offset = Py.None;
    public PyObject text = Py.None;
    public PyObject endLineno = Py.None;
    public PyObject endOffset = Py.None;
    public PyObject printFileAndLine = Py.None;

    public PySyntaxError(PyType type) {
        super(type);
    }

    /** A SyntaxError (or subclass) with CPython's attributes set, as the compiler raises it. */
    public static PyException make(PyType type, String msg, String filename, int lineno, int offset, String text,
            int endLineno, int endOffset) {
        PyObject details = PyTuple.of(filename == null ? Py.None : PyStr.of(filename), PyInt.of(lineno), PyInt.of(offset),
                text == null ? Py.None : PyStr.of(text), PyInt.of(endLineno), PyInt.of(endOffset));
        return Err.raise(type, PyStr.of(msg), details);
    }

    static void define(PyType t) {
        t.base(PyExc.Exception).doc("Invalid syntax.").flags(PyType.BASETYPE | PyType.HAS_DICT);
        t.tp_alloc = PySyntaxError::new;
        t.tp_init = (self, args, kw) -> {
            PyBaseException.baseInit(self, args, kw);
            PySyntaxError e = (PySyntaxError) self;
            if (args.length >= 1) {
                e.msg = args[0];
            }
            if (args.length == 2) {
                PyObject[] info = PyTuple.fromIterable(args[1]).items();
                if (info.length < 4 || info.length > 6) {
                    throw Err.index("tuple index out of range");
                }
                e.filename = info[0];
                e.lineno = info[1];
                e.offset = info[2];
                e.text = info[3];
                if (info.length > 4) {
                    e.endLineno = info[4];
                }
                if (info.length > 5) {
                    e.endOffset = info[5];
                }
            }
        };
        t.tp_str = self -> {
            PySyntaxError e = (PySyntaxError) self;
            String m = Abstract.strJava(e.msg);
            String file = e.filename instanceof PyStr s ? s.value : null;
            if (file != null) {
                int slash = file.lastIndexOf('/');
                file = file.substring(slash + 1);
            }
            boolean haveLine = e.lineno instanceof PyInt;
            if (file != null && haveLine) {
                return PyStr.of(m + " (" + file + ", line " + Abstract.strJava(e.lineno) + ")");
            } else if (file != null) {
                return PyStr.of(m + " (" + file + ")");
            } else if (haveLine) {
                return PyStr.of(m + " (line " + Abstract.strJava(e.lineno) + ")");
            }
            return PyStr.of(m);
        };
        t.getset("msg", self -> ((PySyntaxError) self).msg, (self, v) -> ((PySyntaxError) self).msg = v);
        t.getset("filename", self -> ((PySyntaxError) self).filename, (self, v) -> ((PySyntaxError) self).filename = v);
        t.getset("lineno", self -> ((PySyntaxError) self).lineno, (self, v) -> ((PySyntaxError) self).lineno = v);
        t.getset("offset", self -> ((PySyntaxError) self).offset, (self, v) -> ((PySyntaxError) self).offset = v);
        t.getset("text", self -> ((PySyntaxError) self).text, (self, v) -> ((PySyntaxError) self).text = v);
        t.getset("end_lineno", self -> ((PySyntaxError) self).endLineno, (self, v) -> ((PySyntaxError) self).endLineno = v);
        t.getset("end_offset", self -> ((PySyntaxError) self).endOffset, (self, v) -> ((PySyntaxError) self).endOffset = v);
        t.getset("print_file_and_line", self -> ((PySyntaxError) self).printFileAndLine,
                (self, v) -> ((PySyntaxError) self).printFileAndLine = v);
    }
}
