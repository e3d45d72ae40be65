package org.ember.objects;

import org.ember.runtime.ThreadState;

/**
 * The operations of set and frozenset (CPython's setobject.c algorithms, which fix the
 * iteration order of results), their registration blocks, and set_iterator.
 */
public final class SetMethods {
    private SetMethods() {}

    // ---- element access with set's fallback for unhashable set keys ----------------------

    private static long keyHash(PyObject key) {
        return Abstract.hash(key);
    }

    /** set.__contains__: a set key that is unhashable is looked up as a frozenset. */
    static boolean contains(PyAnySet so, PyObject key) {
        long h;
        try {
            h = keyHash(key);
        } catch (PyException e) {
            if (!(key instanceof PySet ks) || !e.matches(PyExc.TypeError)) {
                throw e;
            }
            h = ks.computeHash();
        }
        return so.containsEntry(key, h);
    }

    /** set.discard: true when key was present. */
    static boolean discard(PyAnySet so, PyObject key) {
        long h;
        try {
            h = keyHash(key);
        } catch (PyException e) {
            if (!(key instanceof PySet ks) || !e.matches(PyExc.TypeError)) {
                throw e;
            }
            h = ks.computeHash();
        }
        return so.discardEntry(key, h);
    }

    // ---- building ------------------------------------------------------------------------

    /** Adds the items of other (set_update_internal). */
    static void update(PyAnySet so, PyObject other) {
        if (other instanceof PyAnySet os) {
            so.merge(os);
            return;
        }
        if (other.type == PyDict.TYPE) {
            so.mergeDict((PyDict) other);
            return;
        }
        if (other.type == PyList.TYPE) {
            PyList l = (PyList) other;
            for (int i = 0; i < l.size(); i++) {
                PyObject k = l.get(i);
                so.addEntry(k, Abstract.hash(k));
            }
            return;
        }
        if (other.type == PyTuple.TYPE) {
            for (PyObject k : ((PyTuple) other).items()) {
                so.addEntry(k, Abstract.hash(k));
            }
            return;
        }
        PyObject it = Abstract.iter(other);
        Slots.Next next = it.type.tp_iternext;
        for (PyObject k = next.next(it); k != null; k = next.next(it)) {
            so.addEntry(k, Abstract.hash(k));
        }
    }

    /** A new empty set of type (tp_alloc: Derived for subclasses). */
    static PyAnySet alloc(PyType type) {
        return (PyAnySet) type.tp_alloc.alloc(type);
    }

    /** make_new_set_basetype: an empty set or frozenset (never a subclass). */
    static PyAnySet newBaseType(PyType type) {
        if (type == PySet.TYPE || (type != PyFrozenSet.TYPE && type.isSubtype(PySet.TYPE))) {
            return new PySet();
        }
        return new PyFrozenSet(PyFrozenSet.TYPE);
    }

    /** set_copy: a set or frozenset with the same contents (same table layout). */
    static PyAnySet copy(PyAnySet so) {
        PyAnySet r = newBaseType(so.type);
        r.merge(so);
        return r;
    }

    // ---- algebra ---------------------------------------------------------------------------

    static PyAnySet intersection(PyAnySet so, PyObject other) {
        if (so == other) {
            return copy(so);
        }
        PyAnySet result = newBaseType(so.type);
        if (other instanceof PyAnySet os) {
            PyAnySet big = so;
            PyAnySet small = os;
            if (os.used > so.used) {
                big = os;
                small = so;
            }
            for (int i = small.nextSlot(0); i >= 0; i = small.nextSlot(i + 1)) {
                PyObject k = small.keyAt(i);
                long h = small.hashAt(i);
                if (big.containsEntry(k, h)) {
                    result.addEntry(k, h);
                }
            }
            return result;
        }
        PyObject it = Abstract.iter(other);
        Slots.Next next = it.type.tp_iternext;
        for (PyObject k = next.next(it); k != null; k = next.next(it)) {
            long h = Abstract.hash(k);
            if (so.containsEntry(k, h)) {
                result.addEntry(k, h);
            }
        }
        return result;
    }

    static PyAnySet intersectionMulti(PyAnySet so, PyObject[] others) {
        if (others.length == 0) {
            return copy(so);
        }
        PyAnySet result = so;
        for (PyObject o : others) {
            result = intersection(result, o);
        }
        return result;
    }

    static void intersectionUpdate(PyAnySet so, PyObject other) {
        PyAnySet tmp = intersection(so, other);
        so.swapBodies(tmp);
    }

    static boolean isDisjoint(PyAnySet so, PyObject other) {
        if (so == other) {
            return so.used == 0;
        }
        if (other.type == PySet.TYPE || other.type == PyFrozenSet.TYPE) {
            PyAnySet os = (PyAnySet) other;
            PyAnySet big = so;
            PyAnySet small = os;
            if (os.used > so.used) {
                big = os;
                small = so;
            }
            for (int i = small.nextSlot(0); i >= 0; i = small.nextSlot(i + 1)) {
                if (big.containsEntry(small.keyAt(i), small.hashAt(i))) {
                    return false;
                }
            }
            return true;
        }
        PyObject it = Abstract.iter(other);
        Slots.Next next = it.type.tp_iternext;
        for (PyObject k = next.next(it); k != null; k = next.next(it)) {
            if (so.containsEntry(k, Abstract.hash(k))) {
                return false;
            }
        }
        return true;
    }

    static void differenceUpdate(PyAnySet so, PyObject other) {
        if (so == other) {
            so.clearTable();
            return;
        }
        if (other instanceof PyAnySet os) {
            if ((os.used >> 3) > so.used) {
                os = intersection(so, os);
            }
            for (int i = os.nextSlot(0); i >= 0; i = os.nextSlot(i + 1)) {
                so.discardEntry(os.keyAt(i), os.hashAt(i));
            }
        } else {
            PyObject it = Abstract.iter(other);
            Slots.Next next = it.type.tp_iternext;
            for (PyObject k = next.next(it); k != null; k = next.next(it)) {
                discard(so, k);
            }
        }
        if ((so.fill - so.used) <= so.mask / 4) {
            return;
        }
        so.resize(so.used > 50000 ? so.used * 2L : so.used * 4L);
    }

    private static PyAnySet copyAndDifference(PyAnySet so, PyObject other) {
        PyAnySet r = copy(so);
        differenceUpdate(r, other);
        return r;
    }

    static PyAnySet difference(PyAnySet so, PyObject other) {
        int otherSize;
        if (other instanceof PyAnySet os) {
            otherSize = os.used;
        } else if (other.type == PyDict.TYPE) {
            otherSize = ((PyDict) other).size();
        } else {
            return copyAndDifference(so, other);
        }
        if ((so.used >> 2) > otherSize) {
            return copyAndDifference(so, other);
        }
        PyAnySet result = newBaseType(so.type);
        if (other.type == PyDict.TYPE) {
            PyDict d = (PyDict) other;
            for (int i = so.nextSlot(0); i >= 0; i = so.nextSlot(i + 1)) {
                PyObject k = so.keyAt(i);
                long h = so.hashAt(i);
                if (d.getItem(k, h) == null) {
                    result.addEntry(k, h);
                }
            }
            return result;
        }
        PyAnySet os = (PyAnySet) other;
        for (int i = so.nextSlot(0); i >= 0; i = so.nextSlot(i + 1)) {
            PyObject k = so.keyAt(i);
            long h = so.hashAt(i);
            if (!os.containsEntry(k, h)) {
                result.addEntry(k, h);
            }
        }
        return result;
    }

    static PyAnySet differenceMulti(PyAnySet so, PyObject[] others) {
        if (others.length == 0) {
            return copy(so);
        }
        PyAnySet result = difference(so, others[0]);
        for (int i = 1; i < others.length; i++) {
            differenceUpdate(result, others[i]);
        }
        return result;
    }

    private static void symDiffUpdateSet(PyAnySet so, PyAnySet other) {
        for (int i = other.nextSlot(0); i >= 0; i = other.nextSlot(i + 1)) {
            PyObject k = other.keyAt(i);
            long h = other.hashAt(i);
            if (!so.discardEntry(k, h)) {
                so.addEntry(k, h);
            }
        }
    }

    static void symmetricDifferenceUpdate(PyAnySet so, PyObject other) {
        if (so == other) {
            so.clearTable();
            return;
        }
        if (other.type == PyDict.TYPE) {
            PyDict d = (PyDict) other;
            for (int i = d.nextIndex(0); i >= 0; i = d.nextIndex(i + 1)) {
                PyObject k = d.keyAt(i);
                long h = d.hashAt(i);
                if (!so.discardEntry(k, h)) {
                    so.addEntry(k, h);
                }
            }
            return;
        }
        PyAnySet os;
        if (other instanceof PyAnySet o) {
            os = o;
        } else {
            os = newBaseType(so.type);
            update(os, other);
        }
        symDiffUpdateSet(so, os);
    }

    static PyAnySet symmetricDifference(PyAnySet so, PyObject other) {
        PyAnySet result = newBaseType(so.type);
        update(result, other);
        symDiffUpdateSet(result, so);
        return result;
    }

    static PyAnySet union(PyAnySet so, PyObject[] others) {
        PyAnySet result = copy(so);
        for (PyObject o : others) {
            if (o != so) {
                update(result, o);
            }
        }
        return result;
    }

    static boolean isSubset(PyAnySet so, PyObject other) {
        if (!(other instanceof PyAnySet os)) {
            PyAnySet tmp = new PySet();
            update(tmp, other);
            return isSubset(so, tmp);
        }
        if (so.used > os.used) {
            return false;
        }
        for (int i = so.nextSlot(0); i >= 0; i = so.nextSlot(i + 1)) {
            if (!os.containsEntry(so.keyAt(i), so.hashAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isSuperset(PyAnySet so, PyObject other) {
        if (other instanceof PyAnySet os) {
            return isSubset(os, so);
        }
        PyObject it = Abstract.iter(other);
        Slots.Next next = it.type.tp_iternext;
        for (PyObject k = next.next(it); k != null; k = next.next(it)) {
            if (!contains(so, k)) {
                return false;
            }
        }
        return true;
    }

    static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PyAnySet w)) {
            return Py.NotImplemented;
        }
        PyAnySet v = (PyAnySet) a;
        switch (op) {
            case EQ:
                return Py.bool(setEquals(v, w));
            case NE:
                return Py.bool(!setEquals(v, w));
            case LE:
                return Py.bool(isSubset(v, w));
            case GE:
                return Py.bool(isSuperset(v, w));
            case LT:
                return Py.bool(v.used < w.used && isSubset(v, w));
            case GT:
                return Py.bool(v.used > w.used && isSuperset(v, w));
            default:
                return Py.NotImplemented;
        }
    }

    private static boolean setEquals(PyAnySet v, PyAnySet w) {
        if (v.used != w.used) {
            return false;
        }
        if (v.hash != -1 && w.hash != -1 && v.hash != w.hash) {
            return false;
        }
        return isSubset(v, w);
    }

    // ---- repr, pickling ----------------------------------------------------------------------

    static PyObject repr(PyObject self) {
        PyAnySet so = (PyAnySet) self;
        ThreadState ts = ThreadState.current();
        String name = self.type.getName();
        if (!ts.reprEnter(self)) {
            return PyStr.of(name + "(...)");
        }
        try {
            if (so.used == 0) {
                return PyStr.of(name + "()");
            }
            PyObject[] items = so.toArray();
            StringBuilder sb = new StringBuilder();
            boolean exactSet = self.type == PySet.TYPE;
            if (!exactSet) {
                sb.append(name).append('(');
            }
            sb.append('{');
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.reprJava(items[i]));
            }
            sb.append('}');
            if (!exactSet) {
                sb.append(')');
            }
            return PyStr.of(sb.toString());
        } finally {
            ts.reprLeave(self);
        }
    }

    static PyObject reduce(PyObject self) {
        PyList keys = new PyList(((PyAnySet) self).toArray());
        PyObject state = Abstract.callMethod(self, "__getstate__");
        return PyTuple.of(self.type, PyTuple.of(keys), state);
    }

    static PyObject sizeOf(PyObject self) {
        PyAnySet so = (PyAnySet) self;
        long r = 200;
        if (so.mask > PyAnySet.MINSIZE - 1) {
            r += (so.mask + 1L) * 16;
        }
        return PyInt.of(r);
    }

    static PyObject pop(PyObject self) {
        PyAnySet so = (PyAnySet) self;
        if (so.used == 0) {
            throw Err.key(PyStr.of("pop from an empty set"));
        }
        PyObject[] table = so.keys;
        int i = so.finger & so.mask;
        while (table[i] == null || table[i] == PyAnySet.DUMMY) {
            i++;
            if (i > so.mask) {
                i = 0;
            }
        }
        PyObject key = table[i];
        so.discardSlot(i);
        so.finger = i + 1;
        return key;
    }

    // ---- construction ------------------------------------------------------------------------

    private static void setInit(PyObject self, PyObject[] args, String[] kw) {
        ArgParser.noKeywords("set", kw);
        ArgParser.checkPositional(self.type.getName(), args.length, 0, 1);
        PyAnySet so = (PyAnySet) self;
        if (so.fill > 0) {
            so.clearTable();
        }
        so.hash = -1;
        if (args.length == 1) {
            update(so, args[0]);
        }
    }

    private static PyObject frozenSetNew(PyType type, PyObject[] args, String[] kw) {
        if (type == PyFrozenSet.TYPE || type.tp_init == PyFrozenSet.TYPE.tp_init) {
            ArgParser.noKeywords("frozenset", kw);
        }
        int npos = args.length - (kw == null ? 0 : kw.length);
        ArgParser.checkPositional(type == PyFrozenSet.TYPE ? "frozenset" : type.getName(), npos, 0, 1);
        PyObject iterable = npos == 1 ? args[0] : null;
        if (type == PyFrozenSet.TYPE) {
            if (iterable == null) {
                return PyFrozenSet.EMPTY;
            }
            return PyFrozenSet.of(iterable);
        }
        PyAnySet s = alloc(type);
        if (iterable != null) {
            update(s, iterable);
        }
        return s;
    }

    // ---- registration -------------------------------------------------------------------------

    private interface SetVar {
        PyObject call(PyAnySet so, PyObject[] others);
    }

    private static void varargs(PyType t, String name, SetVar f) {
        String display = t.getName() + "." + name;
        t.methodV(name, (self, args, kw) -> {
            ArgParser.noKeywords(display, kw);
            return f.call((PyAnySet) self, args);
        });
    }

    private static PyObject anySetOnly(PyObject a, PyObject b, java.util.function.BinaryOperator<PyObject> op) {
        if (!(a instanceof PyAnySet) || !(b instanceof PyAnySet)) {
            return Py.NotImplemented;
        }
        return op.apply(a, b);
    }

    private static void defineCommon(PyType t) {
        t.flags(PyType.BASETYPE | PyType.MATCH_SELF | PyType.HAS_WEAKREF);
        t.tp_repr = SetMethods::repr;
        t.tp_richcompare = SetMethods::richCompare;
        t.tp_iter = self -> new SetIterator((PyAnySet) self);
        t.sq_length = self -> ((PyAnySet) self).used;
        t.sq_contains = (self, key) -> contains((PyAnySet) self, key);
        t.nb_subtract = (a, b) -> anySetOnly(a, b, (x, y) -> difference((PyAnySet) x, y));
        t.nb_and = (a, b) -> anySetOnly(a, b, (x, y) -> intersection((PyAnySet) x, y));
        t.nb_xor = (a, b) -> anySetOnly(a, b, (x, y) -> symmetricDifference((PyAnySet) x, y));
        t.nb_or = (a, b) -> anySetOnly(a, b, (x, y) -> {
            PyAnySet r = copy((PyAnySet) x);
            if (x != y) {
                update(r, y);
            }
            return r;
        });
        t.method1("__contains__", (self, key) -> Py.bool(contains((PyAnySet) self, key)));
        varargs(t, "difference", SetMethods::differenceMulti);
        varargs(t, "intersection", SetMethods::intersectionMulti);
        t.method1("isdisjoint", (self, o) -> Py.bool(isDisjoint((PyAnySet) self, o)));
        t.method1("issubset", (self, o) -> Py.bool(isSubset((PyAnySet) self, o)));
        t.method1("issuperset", (self, o) -> Py.bool(isSuperset((PyAnySet) self, o)));
        t.method0("__reduce__", SetMethods::reduce);
        t.method0("__sizeof__", SetMethods::sizeOf);
        t.method1("symmetric_difference", (self, o) -> symmetricDifference((PyAnySet) self, o));
        varargs(t, "union", SetMethods::union);
        t.classMethod("__class_getitem__", NativeFunction.of("__class_getitem__", (cls, item) -> GenericAlias.of(cls, item)));
    }

    static void defineSet(PyType t) {
        t.doc("set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.");
        t.tp_alloc = type -> type == PySet.TYPE ? new PySet() : new PySet.Derived(type);
        t.tp_new = (type, args, kw) -> {
            if (type == PySet.TYPE) {
                ArgParser.noKeywords("set", kw);
            }
            return type.tp_alloc.alloc(type);
        };
        t.tp_init = SetMethods::setInit;
        t.tp_hash = HeapSlots.HASH_NOT_IMPLEMENTED;
        defineCommon(t);
        t.nb_inplace_subtract = (a, b) -> {
            if (!(b instanceof PyAnySet)) {
                return Py.NotImplemented;
            }
            differenceUpdate((PyAnySet) a, b);
            return a;
        };
        t.nb_inplace_and = (a, b) -> {
            if (!(b instanceof PyAnySet)) {
                return Py.NotImplemented;
            }
            intersectionUpdate((PyAnySet) a, b);
            return a;
        };
        t.nb_inplace_xor = (a, b) -> {
            if (!(b instanceof PyAnySet)) {
                return Py.NotImplemented;
            }
            symmetricDifferenceUpdate((PyAnySet) a, b);
            return a;
        };
        t.nb_inplace_or = (a, b) -> {
            if (!(b instanceof PyAnySet)) {
                return Py.NotImplemented;
            }
            update((PyAnySet) a, b);
            return a;
        };
        t.method1("add", (self, key) -> {
            PyAnySet so = (PyAnySet) self;
            so.addEntry(key, Abstract.hash(key));
            return Py.None;
        });
        t.method0("clear", self -> {
            ((PyAnySet) self).clearTable();
            return Py.None;
        });
        t.method0("copy", self -> copy((PyAnySet) self));
        t.method1("discard", (self, key) -> {
            discard((PyAnySet) self, key);
            return Py.None;
        });
        varargs(t, "difference_update", (so, others) -> {
            for (PyObject o : others) {
                differenceUpdate(so, o);
            }
            return Py.None;
        });
        varargs(t, "intersection_update", (so, others) -> {
            PyAnySet tmp = intersectionMulti(so, others);
            so.swapBodies(tmp == so ? copy(so) : tmp);
            return Py.None;
        });
        t.method0("pop", SetMethods::pop);
        t.method1("remove", (self, key) -> {
            if (!discard((PyAnySet) self, key)) {
                throw Err.key(key);
            }
            return Py.None;
        });
        t.method1("symmetric_difference_update", (self, o) -> {
            symmetricDifferenceUpdate((PyAnySet) self, o);
            return Py.None;
        });
        varargs(t, "update", (so, others) -> {
            for (PyObject o : others) {
                update(so, o);
            }
            return Py.None;
        });
    }

    static void defineFrozenSet(PyType t) {
        t.doc("frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
                + "Build an immutable unordered collection of unique elements.");
        t.tp_alloc = type -> type == PyFrozenSet.TYPE ? new PyFrozenSet(PyFrozenSet.TYPE) : new PyFrozenSet.Derived(type);
        t.tp_new = SetMethods::frozenSetNew;
        t.tp_hash = self -> ((PyFrozenSet) self).hashValue();
        defineCommon(t);
        t.method0("copy", self -> self.type == PyFrozenSet.TYPE ? self : copy((PyAnySet) self));
    }

    /** set_iterator. */
    public static final class SetIterator extends PyObject {
        public static final PyType TYPE = PyType.builtin("set_iterator", SetIterator.class, SetIterator::define);

        private PyAnySet set;
        private int used;
        private int pos;
        private int len;

        SetIterator(PyAnySet set) {
            super(TYPE);
            this.set = set;
            this.used = set.used;
            this.len = set.used;
        }

        private PyObject next() {
            PyAnySet so = set;
            if (so == null) {
                return null;
            }
            if (used != so.used) {
                used = -1;
                throw Err.runtime("Set changed size during iteration");
            }
            int i = so.nextSlot(pos);
            if (i < 0) {
                set = null;
                return null;
            }
            pos = i + 1;
            len--;
            return so.keyAt(i);
        }

        private static void define(PyType t) {
            t.flags(PyType.DISALLOW_INSTANTIATION);
            t.tp_iter = self -> self;
            t.tp_iternext = self -> ((SetIterator) self).next();
            t.method0("__length_hint__", self -> {
                SetIterator it = (SetIterator) self;
                return PyInt.of(it.set != null && it.used == it.set.used ? it.len : 0);
            });
            t.method0("__reduce__", self -> {
                SetIterator it = (SetIterator) self;
                PyList rest = new PyList();
                if (it.set != null && it.used == it.set.used) {
                    for (int i = it.set.nextSlot(it.pos); i >= 0; i = it.set.nextSlot(i + 1)) {
                        rest.append(it.set.keyAt(i));
                    }
                }
                return PyTuple.of(Builtins.builtin("iter"), PyTuple.of(rest));
            });
        }
    }
}
