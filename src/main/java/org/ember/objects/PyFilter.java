package org.ember.objects;

/** filter(function or None, iterable): the items for which function(item) is true. */
public class PyFilter extends PyObject {
    public static final PyType TYPE = PyType.builtin("filter", PyFilter.class, PyFilter::define);

    private final PyObject func;
    private final PyObject it;

    protected PyFilter(PyType type, PyObject func, PyObject it) {
        super(type);
        this.func = func;
        this.it = it;
    }

    private PyObject next() {
        PyObject it = this.it;
        Slots.Next next = it.type.tp_iternext;
        boolean checkTrue = func == Py.None || func == PyBool.TYPE;
        while (true) {
            PyObject item = next.next(it);
            if (item == null) {
                return null;
            }
            boolean ok = checkTrue ? Abstract.isTrue(item) : Abstract.isTrue(Abstract.call(func, new PyObject[] {item}, null));
            if (ok) {
                return item;
            }
        }
    }

    private static PyObject filterNew(PyType type, PyObject[] args, String[] kw) {
        if (type == TYPE || (kw != null && kw.length > 0 && type.tp_init == TYPE.tp_init)) {
            ArgParser.noKeywords("filter", kw);
        }
        int npos = args.length - (kw == null ? 0 : kw.length);
        ArgParser.checkPositional("filter", npos, 2, 2);
        PyObject it = Abstract.iter(args[1]);
        return type == TYPE ? new PyFilter(TYPE, args[0], it) : new Derived(type, args[0], it);
    }

    private static void define(PyType t) {
        t.flags(PyType.BASETYPE);
        t.doc("filter(function or None, iterable) --> filter object\n\n"
                + "Return an iterator yielding those items of iterable for which function(item)\n"
                + "is true. If function is None, return the items that are true.");
        t.tp_new = PyFilter::filterNew;
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyFilter) self).next();
        t.method0("__reduce__", self -> {
            PyFilter f = (PyFilter) self;
            return PyTuple.of(self.type, PyTuple.of(f.func, f.it));
        });
    }

    /** Instances of Python subclasses of filter. */
    public static final class Derived extends PyFilter implements Instance {
        private PyDict dict;
        private final PyObject[] slots;

        Derived(PyType type, PyObject func, PyObject it) {
            super(type, func, it);
            this.slots = type.slotCount == 0 ? null : new PyObject[type.slotCount];
        }

        @Override
        public PyDict getDict() {
            return dict == null ? dict = new PyDict() : dict;
        }

        @Override
        public PyDict getDictOrNull() {
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }

        @Override
        public PyObject[] slotValues() {
            return slots;
        }
    }
}
