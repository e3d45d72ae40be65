package org.ember.objects;

import java.util.Arrays;

/** The operations of list, list_iterator and list_reverseiterator. */
public final class ListMethods {
    private ListMethods() {}

    static PyObject getItem(PyObject self, PyObject key) {
        PyList l = (PyList) self;
        if (key instanceof PyInt i && i.isSmall()) {
            long idx = i.longValue();
            if (idx < 0) {
                idx += l.size;
            }
            if (idx < 0 || idx >= l.size) {
                throw Err.index("list index out of range");
            }
            return l.items[(int) idx];
        }
        if (key instanceof PySlice s) {
            Slices.Bounds b = Slices.bounds(s, l.size);
            PyObject[] out = new PyObject[(int) b.length()];
            if (b.step() == 1) {
                System.arraycopy(l.items, (int) b.start(), out, 0, out.length);
            } else {
                for (int k = 0; k < out.length; k++) {
                    out[k] = l.items[(int) (b.start() + k * b.step())];
                }
            }
            return new PyList(out);
        }
        if (Abstract.hasIndex(key)) {
            long idx = Slices.normIndex(key, l.size);
            if (idx < 0) {
                throw Err.index("list index out of range");
            }
            return l.items[(int) idx];
        }
        throw Err.type("list indices must be integers or slices, not %s", Err.tn(key));
    }

    static void setItem(PyObject self, PyObject key, PyObject value) {
        PyList l = (PyList) self;
        if (key instanceof PySlice s) {
            if (value == null) {
                deleteSlice(l, s);
            } else {
                assignSlice(l, s, value);
            }
            return;
        }
        if (!Abstract.hasIndex(key)) {
            throw Err.type("list indices must be integers or slices, not %s", Err.tn(key));
        }
        long idx = Slices.normIndex(key, l.size);
        if (idx < 0) {
            throw Err.index(value == null ? "list assignment index out of range" : "list assignment index out of range");
        }
        if (value == null) {
            int i = (int) idx;
            System.arraycopy(l.items, i + 1, l.items, i, l.size - i - 1);
            l.items[--l.size] = null;
        } else {
            l.items[(int) idx] = value;
        }
    }

    private static void deleteSlice(PyList l, PySlice s) {
        Slices.Bounds b = Slices.bounds(s, l.size);
        if (b.length() == 0) {
            return;
        }
        if (b.step() == 1) {
            int start = (int) b.start();
            int n = (int) b.length();
            System.arraycopy(l.items, start + n, l.items, start, l.size - start - n);
            Arrays.fill(l.items, l.size - n, l.size, null);
            l.size -= n;
            return;
        }
        boolean[] del = new boolean[l.size];
        for (long k = 0; k < b.length(); k++) {
            del[(int) (b.start() + k * b.step())] = true;
        }
        int j = 0;
        for (int i = 0; i < l.size; i++) {
            if (!del[i]) {
                l.items[j++] = l.items[i];
            }
        }
        Arrays.fill(l.items, j, l.size, null);
        l.size = j;
    }

    private static void assignSlice(PyList l, PySlice s, PyObject value) {
        PyObject[] v = value == l ? l.toArray() : Abstract.toArray(value);
        Slices.Bounds b = Slices.bounds(s, l.size);
        if (b.step() == 1) {
            int start = (int) b.start();
            int stop = (int) Math.max(b.stop(), b.start());
            int oldLen = stop - start;
            int newSize = l.size - oldLen + v.length;
            if (newSize > l.items.length) {
                l.items = Arrays.copyOf(l.items, newSize + (newSize >> 3) + 6);
            }
            System.arraycopy(l.items, stop, l.items, start + v.length, l.size - stop);
            System.arraycopy(v, 0, l.items, start, v.length);
            if (newSize < l.size) {
                Arrays.fill(l.items, newSize, l.size, null);
            }
            l.size = newSize;
            return;
        }
        if (v.length != b.length()) {
            throw Err.value("attempt to assign sequence of size %d to extended slice of size %d", v.length, b.length());
        }
        for (int k = 0; k < v.length; k++) {
            l.items[(int) (b.start() + k * b.step())] = v[k];
        }
    }

    public static void extend(PyList l, PyObject iterable) {
        if (iterable instanceof PyList o) {
            int n = o.size;
            if (l.size + n > l.items.length) {
                l.grow(l.size + n);
            }
            System.arraycopy(o.items, 0, l.items, l.size, n);
            l.size += n;
            return;
        }
        if (iterable instanceof PyTuple t) {
            int n = t.size();
            if (l.size + n > l.items.length) {
                l.grow(l.size + n);
            }
            System.arraycopy(t.items(), 0, l.items, l.size, n);
            l.size += n;
            return;
        }
        Abstract.forEach(iterable, l::append);
    }

    static PyObject repr(PyObject self) {
        PyList l = (PyList) self;
        if (l.size == 0) {
            return PyStr.of("[]");
        }
        org.ember.runtime.ThreadState ts = org.ember.runtime.ThreadState.current();
        if (!ts.reprEnter(self)) {
            return PyStr.of("[...]");
        }
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.reprJava(l.items[i]));
            }
            return PyStr.of(sb.append(']').toString());
        } finally {
            ts.reprLeave(self);
        }
    }

    static PyObject pop(PyList l, long i) {
        if (l.size == 0) {
            throw Err.index("pop from empty list");
        }
        if (i < 0) {
            i += l.size;
        }
        if (i < 0 || i >= l.size) {
            throw Err.index("pop index out of range");
        }
        int idx = (int) i;
        PyObject v = l.items[idx];
        System.arraycopy(l.items, idx + 1, l.items, idx, l.size - idx - 1);
        l.items[--l.size] = null;
        return v;
    }

    static void define(PyType t) {
        t.flags(PyType.BASETYPE | PyType.LIST_SUBCLASS | PyType.SEQUENCE | PyType.MATCH_SELF);
        t.doc("Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\n"
                + "The argument must be an iterable if specified.");
        t.tp_alloc = type -> type == PyList.TYPE ? new PyList() : new PyList.Derived(type);
        t.tp_new = (type, args, kw) -> type.tp_alloc.alloc(type);
        t.tp_init = (self, args, kw) -> {
            ArgParser.noKeywords("list", kw);
            ArgParser.checkPositional("list", args.length, 0, 1);
            PyList l = (PyList) self;
            if (l.size > 0) {
                Arrays.fill(l.items, 0, l.size, null);
                l.size = 0;
            }
            if (args.length == 1) {
                extend(l, args[0]);
            }
        };
        t.tp_repr = ListMethods::repr;
        t.tp_hash = HeapSlots.HASH_NOT_IMPLEMENTED;
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyList lb)) {
                return Py.NotImplemented;
            }
            PyList la = (PyList) a;
            return Sequences.compare(la.items, la.size, lb.items, lb.size, op);
        };
        t.tp_iter = self -> new ListIterator((PyList) self);
        t.sq_length = self -> ((PyList) self).size;
        t.mp_subscript = ListMethods::getItem;
        t.mp_ass_subscript = ListMethods::setItem;
        t.sq_contains = (self, item) -> {
            PyList l = (PyList) self;
            for (int i = 0; i < l.size; i++) {
                if (Abstract.richCompareBool(l.items[i], item, CompareOp.EQ)) {
                    return true;
                }
            }
            return false;
        };
        t.sq_concat = (a, b) -> {
            if (!(b instanceof PyList lb)) {
                throw Err.type("can only concatenate list (not \"%s\") to list", Err.tn(b));
            }
            PyList la = (PyList) a;
            PyObject[] r = Arrays.copyOf(la.items, la.size + lb.size);
            System.arraycopy(lb.items, 0, r, la.size, lb.size);
            return new PyList(r);
        };
        t.sq_inplace_concat = (a, b) -> {
            extend((PyList) a, b);
            return a;
        };
        t.sq_repeat = (self, n) -> new PyList(Sequences.repeat(((PyList) self).items, ((PyList) self).size, n));
        t.sq_inplace_repeat = (self, n) -> {
            PyList l = (PyList) self;
            PyObject[] r = Sequences.repeat(l.items, l.size, n);
            l.setArray(r, r.length);
            return self;
        };
        t.method1("append", (self, v) -> {
            ((PyList) self).append(v);
            return Py.None;
        });
        t.method1("extend", (self, v) -> {
            extend((PyList) self, v);
            return Py.None;
        });
        t.method2("insert", (self, index, v) -> {
            PyList l = (PyList) self;
            long i = Abstract.asSsize(index, null);
            if (i < 0) {
                i = Math.max(0, i + l.size);
            }
            i = Math.min(i, l.size);
            if (l.size == l.items.length) {
                l.grow(l.size + 1);
            }
            System.arraycopy(l.items, (int) i, l.items, (int) i + 1, l.size - (int) i);
            l.items[(int) i] = v;
            l.size++;
            return Py.None;
        });
        t.method("pop", "index=-1, /", (self, a) -> pop((PyList) self, Abstract.asSsize(a[0], PyExc.IndexError)));
        t.method1("remove", (self, v) -> {
            PyList l = (PyList) self;
            for (int i = 0; i < l.size; i++) {
                if (Abstract.richCompareBool(l.items[i], v, CompareOp.EQ)) {
                    if (i < l.size) {
                        pop(l, i);
                    }
                    return Py.None;
                }
            }
            throw Err.value("list.remove(x): x not in list");
        });
        t.method("index", "value, start=0, stop=9223372036854775807, /", (self, a) -> {
            PyList l = (PyList) self;
            long[] r = Sequences.clampRange(a[1], a[2], l.size);
            for (long i = r[0]; i < Math.min(r[1], l.size); i++) {
                if (Abstract.richCompareBool(l.items[(int) i], a[0], CompareOp.EQ)) {
                    return PyInt.of(i);
                }
            }
            throw Err.value("%s is not in list", Abstract.reprJava(a[0]));
        });
        t.method1("count", (self, v) -> {
            PyList l = (PyList) self;
            int c = 0;
            for (int i = 0; i < l.size; i++) {
                if (Abstract.richCompareBool(l.items[i], v, CompareOp.EQ)) {
                    c++;
                }
            }
            return PyInt.of(c);
        });
        t.method0("reverse", self -> {
            PyList l = (PyList) self;
            for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                PyObject x = l.items[i];
                l.items[i] = l.items[j];
                l.items[j] = x;
            }
            return Py.None;
        });
        t.method0("clear", self -> {
            PyList l = (PyList) self;
            l.setArray(new PyObject[0], 0);
            return Py.None;
        });
        t.method0("copy", self -> new PyList(((PyList) self).toArray()));
        t.method("sort", "*, key=None, reverse=False", (self, a) -> {
            ListSort.sort((PyList) self, a[0], Abstract.isTrue(a[1]));
            return Py.None;
        });
        t.method0("__reversed__", self -> new ListReverseIterator((PyList) self));
        t.method0("__sizeof__", self -> PyInt.of(40 + 8L * ((PyList) self).items.length));
        t.classMethod("__class_getitem__", NativeFunction.of("__class_getitem__", (cls, item) -> GenericAlias.of(cls, item)));
    }

    /** list_iterator. */
    public static final class ListIterator extends PyObject {
        public static final PyType TYPE = PyType.builtin("list_iterator", ListIterator.class, ListIterator::define);
        private PyList seq;
        private int index;

        ListIterator(PyList seq) {
            super(TYPE);
            this.seq = seq;
        }

        private static void define(PyType t) {
            t.flags(PyType.DISALLOW_INSTANTIATION);
            t.tp_iter = self -> self;
            t.tp_iternext = self -> {
                ListIterator it = (ListIterator) self;
                PyList s = it.seq;
                if (s == null) {
                    return null;
                }
                if (it.index < s.size) {
                    return s.items[it.index++];
                }
                it.seq = null;
                return null;
            };
            t.method0("__length_hint__", self -> {
                ListIterator it = (ListIterator) self;
                return PyInt.of(it.seq == null ? 0 : Math.max(0, it.seq.size - it.index));
            });
            t.method0("__reduce__", self -> {
                ListIterator it = (ListIterator) self;
                PyObject iter = Builtins.builtin("iter");
                return it.seq == null ? PyTuple.of(iter, PyTuple.of(new PyList()))
                        : PyTuple.of(iter, PyTuple.of(it.seq), PyInt.of(it.index));
            });
            t.method1("__setstate__", (self, st) -> {
                ListIterator it = (ListIterator) self;
                if (it.seq != null) {
                    it.index = (int) Math.max(0, Math.min(Abstract.asLong(st), it.seq.size));
                }
                return Py.None;
            });
        }
    }

    /** list_reverseiterator. */
    public static final class ListReverseIterator extends PyObject {
        public static final PyType TYPE = PyType.builtin("list_reverseiterator", ListReverseIterator.class, ListReverseIterator::define);
        private PyList seq;
        private int index;

        ListReverseIterator(PyList seq) {
            super(TYPE);
            this.seq = seq;
            this.index = seq.size - 1;
        }

        private static void define(PyType t) {
            t.flags(PyType.DISALLOW_INSTANTIATION);
            t.tp_iter = self -> self;
            t.tp_iternext = self -> {
                ListReverseIterator it = (ListReverseIterator) self;
                PyList s = it.seq;
                if (s != null && it.index >= 0 && it.index < s.size) {
                    return s.items[it.index--];
                }
                it.seq = null;
                return null;
            };
            t.method0("__length_hint__", self -> {
                ListReverseIterator it = (ListReverseIterator) self;
                return PyInt.of(it.seq == null || it.index >= it.seq.size ? 0 : it.index + 1);
            });
        }
    }
}
