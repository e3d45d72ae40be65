package org.ember.objects;

/** zip(*iterables, strict=False): tuples of items taken in parallel. */
public class PyZip extends PyObject {
    public static final PyType TYPE = PyType.builtin("zip", PyZip.class, PyZip::define);

    private final PyObject[] iters;
    private boolean strict;

    protected PyZip(PyType type, PyObject[] iters, boolean strict) {
        super(type);
        this.iters = iters;
        this.strict = strict;
    }

    private PyObject next() {
        int n = iters.length;
        if (n == 0) {
            return null;
        }
        PyObject[] result = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject it = iters[i];
            PyObject item = it.type.tp_iternext.next(it);
            if (item == null) {
                if (strict) {
                    strictCheck(i);
                }
                return null;
            }
            result[i] = item;
        }
        return PyTuple.of(result);
    }

    private void strictCheck(int i) {
        if (i > 0) {
            throw Err.value("zip() argument %d is shorter than argument%s%d", i + 1, i == 1 ? " " : "s 1-", i);
        }
        for (i = 1; i < iters.length; i++) {
            PyObject it = iters[i];
            if (it.type.tp_iternext.next(it) != null) {
                throw Err.value("zip() argument %d is longer than argument%s%d", i + 1, i == 1 ? " " : "s 1-", i);
            }
        }
    }

    private static PyObject zipNew(PyType type, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        boolean strict = false;
        if (nkw > 0) {
            for (String k : kw) {
                if (!k.equals("strict")) {
                    throw Err.type("'%s' is an invalid keyword argument for zip()", k);
                }
            }
            if (nkw > 1) {
                throw Err.type("zip() takes at most 1 keyword argument (%d given)", nkw);
            }
            strict = Abstract.isTrue(args[npos]);
        }
        PyObject[] iters = new PyObject[npos];
        for (int i = 0; i < npos; i++) {
            iters[i] = Abstract.iter(args[i]);
        }
        return type == TYPE ? new PyZip(TYPE, iters, strict) : new Derived(type, iters, strict);
    }

    private static void define(PyType t) {
        t.flags(PyType.BASETYPE);
        t.doc("zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n"
                + "   >>> list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\n"
                + "The zip object yields n-length tuples, where n is the number of iterables\n"
                + "passed as positional arguments to zip().  The i-th element in every tuple\n"
                + "comes from the i-th iterable argument to zip().  This continues until the\n"
                + "shortest argument is exhausted.\n\n"
                + "If strict is true and one of the arguments is exhausted before the others,\nraise a ValueError.");
        t.tp_new = PyZip::zipNew;
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyZip) self).next();
        t.method0("__reduce__", self -> {
            PyZip z = (PyZip) self;
            PyTuple its = PyTuple.of(z.iters.clone());
            return z.strict ? PyTuple.of(self.type, its, Py.True) : PyTuple.of(self.type, its);
        });
        t.method1("__setstate__", (self, state) -> {
            ((PyZip) self).strict = Abstract.isTrue(state);
            return Py.None;
        });
    }

    /** Instances of Python subclasses of zip. */
    public static final class Derived extends PyZip implements Instance {
        private PyDict dict;
        private final PyObject[] slots;

        Derived(PyType type, PyObject[] iters, boolean strict) {
            super(type, iters, strict);
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
