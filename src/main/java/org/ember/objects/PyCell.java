package org.ember.objects;

/** cell: a variable captured by a closure. {@code contents} is null while the cell is empty. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", PyCell.class, PyCell::define);

    public PyObject contents;

    public PyCell(PyObject contents) {
        super(TYPE);
        this.contents = contents;
    }

    public PyObject get() {
        return contents;
    }

    public void set(PyObject v) {
        contents = v;
    }

    private static void define(PyType t) {
        t.tp_new = (type, args, kw) -> {
            ArgParser.noKeywords("cell", kw);
            ArgParser.checkPositional("cell", args.length, 0, 1);
            return new PyCell(args.length == 0 ? null : args[0]);
        };
        t.tp_repr = self -> {
            PyCell c = (PyCell) self;
            if (c.contents == null) {
                return PyStr.of("<cell at " + Abstract.addressOf(self) + ": empty>");
            }
            return PyStr.of("<cell at " + Abstract.addressOf(self) + ": " + Err.tn(c.contents) + " object at "
                    + Abstract.addressOf(c.contents) + ">");
        };
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyCell y)) {
                return Py.NotImplemented;
            }
            PyObject x = ((PyCell) a).contents;
            PyObject z = y.contents;
            if (x != null && z != null) {
                return Abstract.richCompare(x, z, op);
            }
            int c = Boolean.compare(x != null, z != null);
            return Py.bool(op.fromCompare(c));
        };
        t.tp_hash = HeapSlots.HASH_NOT_IMPLEMENTED;
        t.getset("cell_contents", self -> {
            PyObject c = ((PyCell) self).contents;
            if (c == null) {
                throw Err.value("Cell is empty");
            }
            return c;
        }, (self, v) -> ((PyCell) self).contents = v, self -> ((PyCell) self).contents = null);
    }
}
