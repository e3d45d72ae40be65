package org.ember.objects;

/** map(func, *iterables): func applied to items taken in parallel. */
public class PyMap extends PyObject {
    public static final PyType TYPE = PyType.builtin("map", PyMap.class, PyMap::define);

    private final PyObject func;
    private final PyObject[] iters;

    protected PyMap(PyType type, PyObject func, PyObject[] iters) {
        super(type);
        this.func = func;
        this.iters = iters;
    }

    private PyObject next() {
        PyObject[] iters = this.iters;
        if (iters.length == 1) {
            PyObject it = iters[0];
            PyObject v = it.type.tp_iternext.next(it);
            return v == null ? null : Abstract.call(func, new PyObject[] {v}, null);
        }
        PyObject[] args = new PyObject[iters.length];
        for (int i = 0; i < iters.length; i++) {
            PyObject it = iters[i];
            PyObject v = it.type.tp_iternext.next(it);
            if (v == null) {
                return null;
            }
            args[i] = v;
        }
        return Abstract.call(func, args, null);
    }

    private static PyObject mapNew(PyType type, PyObject[] args, String[] kw) {
        if (type == TYPE || (kw != null && kw.length > 0 && type.tp_init == TYPE.tp_init)) {
            ArgParser.noKeywords("map", kw);
        }
        int npos = args.length - (kw == null ? 0 : kw.length);
        if (npos < 2) {
            throw Err.type("map() must have at least two arguments.");
        }
        PyObject[] iters = new PyObject[npos - 1];
        for (int i = 1; i < npos; i++) {
            iters[i - 1] = Abstract.iter(args[i]);
        }
        return type == TYPE ? new PyMap(TYPE, args[0], iters) : new Derived(type, args[0], iters);
    }

    private static void define(PyType t) {
        t.flags(PyType.BASETYPE);
        t.doc("map(func, *iterables) --> map object\n\nMake an iterator that computes the function using arguments from\n"
                + "each of the iterables.  Stops when the shortest iterable is exhausted.");
        t.tp_new = PyMap::mapNew;
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyMap) self).next();
        t.method0("__reduce__", self -> {
            PyMap m = (PyMap) self;
            PyObject[] a = new PyObject[m.iters.length + 1];
            a[0] = m.func;
            System.arraycopy(m.iters, 0, a, 1, m.iters.length);
            return PyTuple.of(self.type, PyTuple.of(a));
        });
    }

    /** Instances of Python subclasses of map. */
    public static final class Derived extends PyMap implements Instance {
        private PyDict dict;
        private final PyObject[] slots;

        Derived(PyType type, PyObject func, PyObject[] iters) {
            super(type, func, iters);
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
