package org.ember.objects;

/** dict_keys, dict_values and dict_items views, and the dict iterators. */
public final class DictViews {
    private DictViews() {}

    public static final int KEYS = 0;
    public static final int VALUES = 1;
    public static final int ITEMS = 2;

    private static final String[] VIEW_NAMES = {"dict_keys", "dict_values", "dict_items"};

    /** A view of a dict's keys, values or items. */
    public static final class View extends PyObject {
        public static final PyType KEYS_TYPE = PyType.builtin("dict_keys", View.class, t -> defineView(t, KEYS));
        public static final PyType VALUES_TYPE = PyType.builtin("dict_values", View.class, t -> defineView(t, VALUES));
        public static final PyType ITEMS_TYPE = PyType.builtin("dict_items", View.class, t -> defineView(t, ITEMS));

        public final PyDict dict;
        final int kind;

        View(PyDict dict, int kind) {
            super(kind == KEYS ? KEYS_TYPE : kind == VALUES ? VALUES_TYPE : ITEMS_TYPE);
            this.dict = dict;
            this.kind = kind;
        }
    }

    private static void defineView(PyType t, int kind) {
        t.flags(PyType.DISALLOW_INSTANTIATION);
        t.sq_length = self -> ((View) self).dict.size();
        t.tp_iter = self -> new DictIterator(((View) self).dict, kind, false);
        t.tp_repr = self -> {
            View v = (View) self;
            org.ember.runtime.ThreadState ts = org.ember.runtime.ThreadState.current();
            if (!ts.reprEnter(self)) {
                return PyStr.of("...");
            }
            try {
                PyList l = new PyList(Abstract.toArray(self));
                return PyStr.of(VIEW_NAMES[v.kind] + "(" + Abstract.reprJava(l) + ")");
            } finally {
                ts.reprLeave(self);
            }
        };
        t.method0("__reversed__", self -> new DictIterator(((View) self).dict, kind, true));
        t.getset("mapping", self -> new PyMappingProxy(((View) self).dict));
        if (kind == KEYS) {
            t.sq_contains = (self, key) -> ((View) self).dict.getItem(key) != null;
        } else if (kind == ITEMS) {
            t.sq_contains = (self, item) -> {
                if (!(item instanceof PyTuple tu) || tu.size() != 2) {
                    return false;
                }
                PyObject v = ((View) self).dict.getItem(tu.get(0));
                return v != null && Abstract.richCompareBool(v, tu.get(1), CompareOp.EQ);
            };
        }
        if (kind != VALUES) {
            t.tp_hash = HeapSlots.HASH_NOT_IMPLEMENTED;
            t.tp_richcompare = (a, b, op) -> SetLikeViews.compare(a, b, op);
            t.nb_and = SetLikeViews::and;
            t.nb_or = SetLikeViews::or;
            t.nb_subtract = SetLikeViews::sub;
            t.nb_xor = SetLikeViews::xor;
            t.method1("isdisjoint", (self, other) -> Py.bool(SetLikeViews.isDisjoint(self, other)));
        }
    }

    /** dict_keyiterator / dict_valueiterator / dict_itemiterator and their reverse forms. */
    public static final class DictIterator extends PyObject {
        public static final PyType KEY_ITER = PyType.builtin("dict_keyiterator", DictIterator.class, DictIterator::define);
        public static final PyType VALUE_ITER = PyType.builtin("dict_valueiterator", DictIterator.class, DictIterator::define);
        public static final PyType ITEM_ITER = PyType.builtin("dict_itemiterator", DictIterator.class, DictIterator::define);
        public static final PyType REV_KEY_ITER = PyType.builtin("dict_reversekeyiterator", DictIterator.class, DictIterator::define);
        public static final PyType REV_VALUE_ITER = PyType.builtin("dict_reversevalueiterator", DictIterator.class, DictIterator::define);
        public static final PyType REV_ITEM_ITER = PyType.builtin("dict_reverseitemiterator", DictIterator.class, DictIterator::define);

        private PyDict dict;
        private final int kind;
        private final boolean reverse;
        private int pos;
        private int used;
        private int remaining;

        DictIterator(PyDict dict, int kind, boolean reverse) {
            super(reverse ? (kind == KEYS ? REV_KEY_ITER : kind == VALUES ? REV_VALUE_ITER : REV_ITEM_ITER)
                    : (kind == KEYS ? KEY_ITER : kind == VALUES ? VALUE_ITER : ITEM_ITER));
            this.dict = dict;
            this.kind = kind;
            this.reverse = reverse;
            this.used = dict.size();
            this.remaining = dict.size();
            this.pos = reverse ? dict.usedSlots() - 1 : 0;
        }

        private static void define(PyType t) {
            t.flags(PyType.DISALLOW_INSTANTIATION);
            t.tp_iter = self -> self;
            t.tp_iternext = self -> ((DictIterator) self).next();
            t.method0("__length_hint__", self -> {
                DictIterator it = (DictIterator) self;
                return PyInt.of(it.dict != null && it.used == it.dict.size() ? it.remaining : 0);
            });
            t.method0("__reduce__", self -> {
                DictIterator it = (DictIterator) self;
                PyList rest = new PyList();
                if (it.dict != null && it.used == it.dict.size()) {
                    DictIterator copy = new DictIterator(it.dict, it.kind, it.reverse);
                    copy.pos = it.pos;
                    copy.remaining = it.remaining;
                    for (PyObject x = copy.next(); x != null; x = copy.next()) {
                        rest.append(x);
                    }
                }
                return PyTuple.of(Builtins.builtin("iter"), PyTuple.of(rest));
            });
        }

        private PyObject next() {
            PyDict d = dict;
            if (d == null) {
                return null;
            }
            if (d.size() != used) {
                used = -1;
                throw Err.runtime("dictionary changed size during iteration");
            }
            int i = reverse ? d.prevIndex(pos) : d.nextIndex(pos);
            if (i < 0) {
                dict = null;
                return null;
            }
            if (remaining <= 0 && !reverse) {
                dict = null;
                throw Err.runtime("dictionary keys changed during iteration");
            }
            pos = reverse ? i - 1 : i + 1;
            remaining--;
            return switch (kind) {
                case KEYS -> d.keyAt(i);
                case VALUES -> d.valueAt(i);
                default -> PyTuple.of(d.keyAt(i), d.valueAt(i));
            };
        }
    }
}
