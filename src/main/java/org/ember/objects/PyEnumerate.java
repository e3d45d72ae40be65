package org.ember.objects;

import java.math.BigInteger;

/** enumerate(iterable, start=0): pairs (count, item). */
public class PyEnumerate extends PyObject {
    public static final PyType TYPE = PyType.builtin("enumerate", PyEnumerate.class, PyEnumerate::define);
    private static final ArgParser ARGS = new ArgParser("enumerate", "iterable, start=0");

    private final PyObject it;
    private long index;
    /** The count once it no longer fits in a long (CPython's en_longindex), else null. */
    private BigInteger longIndex;

    protected PyEnumerate(PyType type, PyObject it, PyInt start) {
        super(type);
        this.it = it;
        if (start.isSmall() && start.value != Long.MAX_VALUE) {
            index = start.value;
        } else {
            index = Long.MAX_VALUE;
            longIndex = start.bigValue();
        }
    }

    /** enumerate(iterable, start) */
    public static PyEnumerate of(PyObject iterable, long start) {
        return new PyEnumerate(TYPE, Abstract.iter(iterable), PyInt.of(start));
    }

    private PyObject next() {
        PyObject item = it.type.tp_iternext.next(it);
        if (item == null) {
            return null;
        }
        PyObject count;
        if (index != Long.MAX_VALUE) {
            count = PyInt.of(index++);
        } else {
            if (longIndex == null) {
                longIndex = BigInteger.valueOf(Long.MAX_VALUE);
            }
            count = PyInt.of(longIndex);
            longIndex = longIndex.add(BigInteger.ONE);
        }
        return PyTuple.of(count, item);
    }

    private static PyObject enumNew(PyType type, PyObject[] args, String[] kw) {
        PyObject iterable;
        PyObject start = null;
        if (kw != null && kw.length > 0) {
            PyObject[] b = ARGS.bind(args, kw);
            iterable = b[0];
            start = b[1];
        } else if (args.length == 1 || args.length == 2) {
            iterable = args[0];
            start = args.length == 2 ? args[1] : null;
        } else if (args.length == 0) {
            throw Err.type("enumerate() missing required argument 'iterable'");
        } else {
            throw Err.type("enumerate() takes at most 2 arguments (%d given)", args.length);
        }
        PyObject iter = Abstract.iter(iterable);
        PyInt s = start == null ? PyInt.ZERO : Abstract.index(start);
        return type == TYPE ? new PyEnumerate(TYPE, iter, s) : new Derived(type, iter, s);
    }

    private static void define(PyType t) {
        t.flags(PyType.BASETYPE);
        t.doc("Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\n"
                + "The enumerate object yields pairs containing a count (from start, which\n"
                + "defaults to zero) and a value yielded by the iterable argument.\n\n"
                + "enumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...");
        t.tp_new = PyEnumerate::enumNew;
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyEnumerate) self).next();
        t.method0("__reduce__", self -> {
            PyEnumerate e = (PyEnumerate) self;
            PyObject count = e.longIndex != null ? PyInt.of(e.longIndex) : PyInt.of(e.index);
            return PyTuple.of(self.type, PyTuple.of(e.it, count));
        });
        t.classMethod("__class_getitem__", NativeFunction.of("__class_getitem__", (cls, item) -> GenericAlias.of(cls, item)));
    }

    /** Instances of Python subclasses of enumerate. */
    public static final class Derived extends PyEnumerate implements Instance {
        private PyDict dict;
        private final PyObject[] slots;

        Derived(PyType type, PyObject it, PyInt start) {
            super(type, it, start);
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
