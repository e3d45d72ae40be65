package org.ember.objects;

/**
 * traceback: one entry of an exception's traceback: the frame and the position of the
 * instruction that was executing (line and column span, for CPython 3.11's carets).
 */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyTraceback.class, PyTraceback::define);

    public PyTraceback next;
    public final PyObject frame;
    public final int lineno;
    public final int endLineno;
    public final int colOffset;
    public final int endColOffset;
    public final int lasti;

    public PyTraceback(PyTraceback next, PyObject frame, int lineno, int endLineno, int colOffset, int endColOffset, int lasti) {
        super(TYPE);
        this.next = next;
        this.frame = frame;
        this.lineno = lineno;
        this.endLineno = endLineno;
        this.colOffset = colOffset;
        this.endColOffset = endColOffset;
        this.lasti = lasti;
    }

    private static void define(PyType t) {
        t.tp_new = (type, args, kw) -> {
            PyObject[] b = new ArgParser("traceback", "tb_next, tb_frame, tb_lasti, tb_lineno").bind(args, kw);
            if (b[0] != Py.None && !(b[0] instanceof PyTraceback)) {
                throw Err.type("expected traceback object or None, got '%s'", Err.tn(b[0]));
            }
            int line = Abstract.asInt(b[3]);
            return new PyTraceback(b[0] == Py.None ? null : (PyTraceback) b[0], b[1], line, line, -1, -1,
                    Abstract.asInt(b[2]));
        };
        t.getset("tb_next", self -> {
            PyTraceback n = ((PyTraceback) self).next;
            return n == null ? Py.None : n;
        }, (self, v) -> {
            if (v == Py.None) {
                ((PyTraceback) self).next = null;
                return;
            }
            if (!(v instanceof PyTraceback nt)) {
                throw Err.type("expected traceback object, got '%s'", Err.tn(v));
            }
            for (PyTraceback c = nt; c != null; c = c.next) {
                if (c == self) {
                    throw Err.value("traceback loop detected");
                }
            }
            ((PyTraceback) self).next = nt;
        });
        t.getset("tb_frame", self -> ((PyTraceback) self).frame);
        t.getset("tb_lineno", self -> PyInt.of(((PyTraceback) self).lineno));
        t.getset("tb_lasti", self -> PyInt.of(((PyTraceback) self).lasti));
    }
}
