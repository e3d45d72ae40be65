package org.ember.objects;

/** UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError. */
public final class PyUnicodeError extends PyBaseException {
    public PyObject encoding = Py.None;
    public PyObject object = Py.None;
    public long start;
    public long end;
    public PyObject reason = Py.None;

    public PyUnicodeError(PyType type) {
        super(type);
    }

    private static void common(PyType t) {
        t.tp_alloc = PyUnicodeError::new;
        t.getset("encoding", self -> ((PyUnicodeError) self).encoding, (self, v) -> ((PyUnicodeError) self).encoding = v);
        t.getset("object", self -> ((PyUnicodeError) self).object, (self, v) -> ((PyUnicodeError) self).object = v);
        t.getset("start", self -> PyInt.of(((PyUnicodeError) self).start),
                (self, v) -> ((PyUnicodeError) self).start = Abstract.asLong(v));
        t.getset("end", self -> PyInt.of(((PyUnicodeError) self).end),
                (self, v) -> ((PyUnicodeError) self).end = Abstract.asLong(v));
        t.getset("reason", self -> ((PyUnicodeError) self).reason, (self, v) -> ((PyUnicodeError) self).reason = v);
    }

    private void init5(PyObject[] args, String[] kw, String name, PyType objType) {
        PyObject[] pos = ArgParser.positional(args, kw);
        this.args = PyTuple.of(pos);
        if (pos.length != 5) {
            throw Err.type("function takes exactly 5 arguments (%d given)", pos.length);
        }
        if (!(pos[0] instanceof PyStr)) {
            throw Err.type("argument 1 must be str, not %s", Err.tn(pos[0]));
        }
        encoding = pos[0];
        object = objType == PyBytes.TYPE && !(pos[1] instanceof PyBytes) ? PyBytes.fromBuffer(pos[1]) : pos[1];
        start = Abstract.asLong(pos[2]);
        end = Abstract.asLong(pos[3]);
        if (!(pos[4] instanceof PyStr)) {
            throw Err.type("argument 5 must be str, not %s", Err.tn(pos[4]));
        }
        reason = pos[4];
    }

    static void defineDecode(PyType t) {
        t.base(PyExc.UnicodeError).doc("Unicode decoding error.").flags(PyType.BASETYPE | PyType.HAS_DICT);
        common(t);
        t.tp_init = (self, args, kw) -> ((PyUnicodeError) self).init5(args, kw, "UnicodeDecodeError", PyBytes.TYPE);
        t.tp_str = self -> {
            PyUnicodeError e = (PyUnicodeError) self;
            if (!(e.object instanceof PyBytes b)) {
                return PyStr.EMPTY;
            }
            String enc = Abstract.strJava(e.encoding);
            String r = Abstract.strJava(e.reason);
            if (e.start < b.size() && e.end == e.start + 1) {
                return PyStr.of(String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", enc,
                        b.byteAt((int) e.start) & 0xff, e.start, r));
            }
            return PyStr.of(String.format("'%s' codec can't decode bytes in position %d-%d: %s", enc, e.start, e.end - 1, r));
        };
    }

    static void defineEncode(PyType t) {
        t.base(PyExc.UnicodeError).doc("Unicode encoding error.").flags(PyType.BASETYPE | PyType.HAS_DICT);
        common(t);
        t.tp_init = (self, args, kw) -> ((PyUnicodeError) self).init5(args, kw, "UnicodeEncodeError", PyStr.TYPE);
        t.tp_str = self -> {
            PyUnicodeError e = (PyUnicodeError) self;
            if (!(e.object instanceof PyStr s)) {
                return PyStr.EMPTY;
            }
            String enc = Abstract.strJava(e.encoding);
            String r = Abstract.strJava(e.reason);
            if (e.start < s.length() && e.end == e.start + 1) {
                return PyStr.of(String.format("'%s' codec can't encode character '%s' in position %d: %s", enc,
                        escapeChar(s.codePointAt((int) e.start)), e.start, r));
            }
            return PyStr.of(String.format("'%s' codec can't encode characters in position %d-%d: %s", enc, e.start,
                    e.end - 1, r));
        };
    }

    static void defineTranslate(PyType t) {
        t.base(PyExc.UnicodeError).doc("Unicode translation error.").flags(PyType.BASETYPE | PyType.HAS_DICT);
        common(t);
        t.tp_init = (self, args, kw) -> {
            PyObject[] pos = ArgParser.positional(args, kw);
            PyUnicodeError e = (PyUnicodeError) self;
            e.args = PyTuple.of(pos);
            if (pos.length != 4) {
                throw Err.type("function takes exactly 4 arguments (%d given)", pos.length);
            }
            e.object = pos[0];
            e.start = Abstract.asLong(pos[1]);
            e.end = Abstract.asLong(pos[2]);
            e.reason = pos[3];
        };
        t.tp_str = self -> {
            PyUnicodeError e = (PyUnicodeError) self;
            if (!(e.object instanceof PyStr s)) {
                return PyStr.EMPTY;
            }
            String r = Abstract.strJava(e.reason);
            if (e.start < s.length() && e.end == e.start + 1) {
                return PyStr.of(String.format("can't translate character '%s' in position %d: %s",
                        escapeChar(s.codePointAt((int) e.start)), e.start, r));
            }
            return PyStr.of(String.format("can't translate characters in position %d-%d: %s", e.start, e.end - 1, r));
        };
    }

    private static String escapeChar(int cp) {
        if (cp < 0x100) {
            return String.format("\\x%02x", cp);
        } else if (cp < 0x10000) {
            return String.format("\\u%04x", cp);
        }
        return String.format("\\U%08x", cp);
    }
}
