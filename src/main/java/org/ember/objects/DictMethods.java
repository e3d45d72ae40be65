package org.ember.objects;

/** The operations of dict (the table itself is {@link PyDict}). Views and iterators live in {@link DictViews}. */
public final class DictMethods {
    private DictMethods() {}

    private static final PyStr S_MISSING = PyStr.immortal("__missing__");
    private static final PyStr S_KEYS = PyStr.immortal("keys");

    static PyObject getItem(PyObject self, PyObject key) {
        PyDict d = (PyDict) self;
        PyObject v = d.getItem(key);
        if (v != null) {
            return v;
        }
        if (self.type != PyDict.TYPE) {
            PyObject missing = self.type.lookup(S_MISSING);
            if (missing != null) {
                return Abstract.callBound(missing, self, key);
            }
        }
        throw Err.key(key);
    }

    static void setItem(PyObject self, PyObject key, PyObject value) {
        PyDict d = (PyDict) self;
        if (value == null) {
            d.delItem(key);
        } else {
            d.setItem(key, value);
        }
    }

    /** dict.update / dict(...) semantics: a mapping (with keys()) or an iterable of pairs. */
    public static void updateFrom(PyDict d, PyObject other, String fname) {
        if (other instanceof PyDict od && od.type.tp_iter == PyDict.TYPE.tp_iter) {
            d.update(od);
            return;
        }
        PyObject keys = Abstract.lookupAttr(other, S_KEYS);
        if (keys != null) {
            Abstract.forEach(Abstract.call(keys), k -> d.setItem(k, Abstract.getItem(other, k)));
            return;
        }
        int[] idx = {0};
        Abstract.forEach(other, item -> {
            PyObject[] kv = ListMethods.sequenceFast(item,
                    String.format("cannot convert dictionary update sequence element #%d to a sequence", idx[0]));
            if (kv.length != 2) {
                throw Err.value("dictionary update sequence element #%d has length %d; 2 is required", idx[0], kv.length);
            }
            d.setItem(kv[0], kv[1]);
            idx[0]++;
        });
    }

    private static void initFrom(PyDict d, PyObject[] args, String[] kw, String fname) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos > 1) {
            throw Err.type("%s expected at most 1 argument, got %d", fname, npos);
        }
        if (npos == 1) {
            updateFrom(d, args[0], fname);
        }
        for (int i = 0; i < nkw; i++) {
            d.setItem(PyStr.of(kw[i]), args[npos + i]);
        }
    }

    static PyObject repr(PyObject self) {
        PyDict d = (PyDict) self;
        if (d.size() == 0) {
            return PyStr.of("{}");
        }
        org.ember.runtime.ThreadState ts = org.ember.runtime.ThreadState.current();
        if (!ts.reprEnter(self)) {
            return PyStr.of("{...}");
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int i = d.nextIndex(0); i >= 0; i = d.nextIndex(i + 1)) {
                PyObject k = d.keyAt(i);
                PyObject v = d.valueAt(i);
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Abstract.reprJava(k)).append(": ").append(Abstract.reprJava(v));
            }
            return PyStr.of(sb.append('}').toString());
        } finally {
            ts.reprLeave(self);
        }
    }

    static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PyDict db) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return Py.NotImplemented;
        }
        PyDict da = (PyDict) a;
        boolean eq = equal(da, db);
        return Py.bool(op == CompareOp.EQ ? eq : !eq);
    }

    private static boolean equal(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = a.nextIndex(0); i >= 0 && i < a.usedSlots(); i = a.nextIndex(i + 1)) {
            PyObject k = a.keyAt(i);
            PyObject v = a.valueAt(i);
            if (k == null) {
                continue;
            }
            PyObject bv = b.getItem(k, a.hashAt(i));
            if (bv == null || !Abstract.richCompareBool(v, bv, CompareOp.EQ)) {
                return false;
            }
        }
        return true;
    }

    static void define(PyType t) {
        t.flags(PyType.BASETYPE | PyType.DICT_SUBCLASS | PyType.MAPPING | PyType.MATCH_SELF);
        t.doc("dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n"
                + "    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n"
                + "    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
                + "    in the keyword argument list.  For example:  dict(one=1, two=2)");
        t.tp_alloc = type -> type == PyDict.TYPE ? new PyDict() : new PyDict.Derived(type);
        t.tp_new = (type, args, kw) -> type.tp_alloc.alloc(type);
        t.tp_init = (self, args, kw) -> initFrom((PyDict) self, args, kw, "dict");
        t.tp_repr = DictMethods::repr;
        t.tp_hash = HeapSlots.HASH_NOT_IMPLEMENTED;
        t.tp_richcompare = DictMethods::richCompare;
        t.tp_iter = self -> new DictViews.DictIterator((PyDict) self, DictViews.KEYS, false);
        t.sq_length = self -> ((PyDict) self).size();
        t.mp_subscript = DictMethods::getItem;
        t.mp_ass_subscript = DictMethods::setItem;
        t.sq_contains = (self, key) -> ((PyDict) self).getItem(key) != null;
        t.nb_or = (a, b) -> {
            if (!(a instanceof PyDict da) || !(b instanceof PyDict db)) {
                return Py.NotImplemented;
            }
            PyDict r = da.copy();
            updateFrom(r, db, "dict");
            return r;
        };
        t.nb_inplace_or = (a, b) -> {
            updateFrom((PyDict) a, b, "dict");
            return a;
        };
        t.method0("keys", self -> new DictViews.View((PyDict) self, DictViews.KEYS));
        t.method0("values", self -> new DictViews.View((PyDict) self, DictViews.VALUES));
        t.method0("items", self -> new DictViews.View((PyDict) self, DictViews.ITEMS));
        t.method("get", "key, default=None, /", (self, a) -> {
            PyObject v = ((PyDict) self).getItem(a[0]);
            return v == null ? a[1] : v;
        });
        t.method("setdefault", "key, default=None, /", (self, a) -> {
            PyDict d = (PyDict) self;
            PyObject v = d.getItem(a[0]);
            if (v == null) {
                d.setItem(a[0], a[1]);
                return a[1];
            }
            return v;
        });
        t.method("pop", "key, default=NULL, /", (self, a) -> {
            PyObject v = ((PyDict) self).pop(a[0]);
            if (v == null) {
                if (a[1] != null) {
                    return a[1];
                }
                throw Err.key(a[0]);
            }
            return v;
        });
        t.method0("popitem", self -> {
            PyObject[] kv = ((PyDict) self).popLast();
            if (kv == null) {
                throw Err.key(PyStr.of("popitem(): dictionary is empty"));
            }
            return PyTuple.of(kv[0], kv[1]);
        });
        t.methodV("update", (self, args, kw) -> {
            initFrom((PyDict) self, args, kw, "update");
            return Py.None;
        });
        t.method0("clear", self -> {
            ((PyDict) self).clear();
            return Py.None;
        });
        t.method0("copy", self -> ((PyDict) self).copy());
        t.classMethod("fromkeys", NativeFunction.of("fromkeys", "iterable, value=None, /", (cls, a) -> {
            PyObject d = Abstract.call(cls);
            if (d instanceof PyDict pd && d.type.mp_ass_subscript == PyDict.TYPE.mp_ass_subscript) {
                Abstract.forEach(a[0], k -> pd.setItem(k, a[1]));
            } else {
                Abstract.forEach(a[0], k -> Abstract.setItem(d, k, a[1]));
            }
            return d;
        }));
        t.method0("__reversed__", self -> new DictViews.DictIterator((PyDict) self, DictViews.KEYS, true));
        t.method0("__sizeof__", self -> PyInt.of(((PyDict) self).sizeOf()));
        t.classMethod("__class_getitem__", NativeFunction.of("__class_getitem__", (cls, item) -> GenericAlias.of(cls, item)));
    }
}
