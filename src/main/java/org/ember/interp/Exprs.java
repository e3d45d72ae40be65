package org.ember.interp;

import java.util.ArrayList;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.HasDict;
import org.ember.objects.ObjectType;
import org.ember.objects.Py;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyObject;
import org.ember.objects.PySlice;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.objects.Slots;

/** Expression nodes: constants, attributes, subscripts, displays, f-strings, walrus. */
public final class Exprs {
    private Exprs() {}

    public static final class Const extends Node.Expr {
        final PyObject value;

        public Const(PyObject value) {
            super(-1);
            this.value = value;
        }

        @Override
        public PyObject eval(PyFrame f) {
            return value;
        }

        @Override
        public boolean isPure() {
            return true;
        }

        public PyObject value() {
            return value;
        }
    }

    // ---- attributes ---------------------------------------------------------------------

    static final int A_ABSENT = 0, A_DATA = 1, A_NONDATA = 2, A_PLAIN = 3;

    /** What attribute lookup found on a type, cached on its version tag. */
    record AttrCache(PyType type, long version, PyObject descr, int kind) {
    }

    static AttrCache attrCache(PyType t, PyStr name) {
        PyObject d = t.lookup(name);
        int kind;
        if (d == null) {
            kind = A_ABSENT;
        } else {
            Slots.DescrGet g = d.type.tp_descr_get;
            if (g == null) {
                kind = A_PLAIN;
            } else if (d.type.tp_descr_set != null) {
                kind = A_DATA;
            } else {
                kind = A_NONDATA;
            }
        }
        return new AttrCache(t, t.version, d, kind);
    }

    public static final class LoadAttr extends Node.Expr {
        final Node.Expr obj;
        final PyStr name;
        private AttrCache cache;

        public LoadAttr(int pc, Node.Expr obj, PyStr name) {
            super(pc);
            this.obj = obj;
            this.name = name;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject o = obj.eval(f);
            PyType t = o.type;
            try {
                if (t.tp_getattro == ObjectType.GENERIC_GETATTR) {
                    AttrCache c = cache;
                    if (c == null || c.type != t || c.version != t.version) {
                        c = attrCache(t, name);
                        cache = c;
                    }
                    PyObject d = c.descr;
                    switch (c.kind) {
                        case A_DATA:
                            return d.type.tp_descr_get.get(d, o, t);
                        case A_NONDATA: {
                            PyObject v = instanceAttr(o, name);
                            if (v != null) {
                                return v;
                            }
                            return d.type.tp_descr_get.get(d, o, t);
                        }
                        case A_PLAIN: {
                            PyObject v = instanceAttr(o, name);
                            return v != null ? v : d;
                        }
                        default: {
                            PyObject v = instanceAttr(o, name);
                            if (v != null) {
                                return v;
                            }
                            throw Err.attribute(o, name);
                        }
                    }
                }
                return Abstract.getAttr(o, name);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
        }
    }

    static PyObject instanceAttr(PyObject o, PyStr name) {
        if (o instanceof HasDict hd) {
            PyDict d = hd.getDictOrNull();
            if (d != null) {
                return d.getItem(name);
            }
        }
        return null;
    }

    public static final class StoreAttr implements Node.Target {
        final Node.Expr obj;
        final PyStr name;
        final int pc;

        public StoreAttr(int pc, Node.Expr obj, PyStr name) {
            this.pc = pc;
            this.obj = obj;
            this.name = name;
        }

        @Override
        public void store(PyFrame f, PyObject v) {
            PyObject o = obj.eval(f);
            try {
                Abstract.setAttr(o, name, v);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
        }

        @Override
        public void delete(PyFrame f) {
            PyObject o = obj.eval(f);
            try {
                Abstract.delAttr(o, name);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
        }
    }

    // ---- subscripts ---------------------------------------------------------------------

    static PyObject getItem(PyObject o, PyObject k) {
        if (o.type == PyList.TYPE && k.type == PyInt.TYPE) {
            PyList l = (PyList) o;
            PyInt i = (PyInt) k;
            if (i.big == null) {
                long x = i.value;
                int n = l.size();
                if (x < 0) {
                    x += n;
                }
                if (x >= 0 && x < n) {
                    return l.get((int) x);
                }
            }
        } else if (o.type == PyTuple.TYPE && k.type == PyInt.TYPE) {
            PyTuple t = (PyTuple) o;
            PyInt i = (PyInt) k;
            if (i.big == null) {
                long x = i.value;
                int n = t.size();
                if (x < 0) {
                    x += n;
                }
                if (x >= 0 && x < n) {
                    return t.get((int) x);
                }
            }
        } else if (o.type == PyDict.TYPE) {
            PyObject v = ((PyDict) o).getItem(k);
            if (v != null) {
                return v;
            }
        }
        return Abstract.getItem(o, k);
    }

    public static final class Subscript extends Node.Expr {
        final Node.Expr obj;
        final Node.Expr key;

        public Subscript(int pc, Node.Expr obj, Node.Expr key) {
            super(pc);
            this.obj = obj;
            this.key = key;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject o = obj.eval(f);
            PyObject k = key.eval(f);
            try {
                return getItem(o, k);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
        }
    }

    public static final class StoreSubscript implements Node.Target {
        final Node.Expr obj;
        final Node.Expr key;
        final int pc;

        public StoreSubscript(int pc, Node.Expr obj, Node.Expr key) {
            this.pc = pc;
            this.obj = obj;
            this.key = key;
        }

        @Override
        public void store(PyFrame f, PyObject v) {
            PyObject o = obj.eval(f);
            PyObject k = key.eval(f);
            try {
                if (o.type == PyList.TYPE && k.type == PyInt.TYPE) {
                    PyList l = (PyList) o;
                    PyInt i = (PyInt) k;
                    if (i.big == null) {
                        long x = i.value;
                        int n = l.size();
                        if (x < 0) {
                            x += n;
                        }
                        if (x >= 0 && x < n) {
                            l.set((int) x, v);
                            return;
                        }
                    }
                } else if (o.type == PyDict.TYPE) {
                    ((PyDict) o).setItem(k, v);
                    return;
                }
                Abstract.setItem(o, k, v);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
        }

        @Override
        public void delete(PyFrame f) {
            PyObject o = obj.eval(f);
            PyObject k = key.eval(f);
            try {
                Abstract.delItem(o, k);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
        }
    }

    public static final class Slice extends Node.Expr {
        final Node.Expr lower;
        final Node.Expr upper;
        final Node.Expr step;

        public Slice(Node.Expr lower, Node.Expr upper, Node.Expr step) {
            super(-1);
            this.lower = lower;
            this.upper = upper;
            this.step = step;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject l = lower == null ? Py.None : lower.eval(f);
            PyObject u = upper == null ? Py.None : upper.eval(f);
            PyObject s = step == null ? Py.None : step.eval(f);
            return new PySlice(l, u, s);
        }
    }

    // ---- displays -----------------------------------------------------------------------

    /** Items of a display, with *iterable parts expanded (BUILD_LIST + LIST_EXTEND). */
    static PyObject[] displayItems(PyFrame f, Node.Expr[] elts, boolean[] starred, int[] pcs) {
        if (starred == null) {
            PyObject[] a = new PyObject[elts.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = elts[i].eval(f);
            }
            return a;
        }
        ArrayList<PyObject> out = new ArrayList<>();
        for (int i = 0; i < elts.length; i++) {
            PyObject v = elts[i].eval(f);
            if (starred[i]) {
                try {
                    if (v.type.tp_iter == null && !Abstract.isSequence(v)) {
                        throw Err.type("Value after * must be an iterable, not %s", Err.tn(v));
                    }
                    Abstract.forEach(v, out::add);
                } catch (PyException e) {
                    throw f.traceback(e, pcs[i]);
                }
            } else {
                out.add(v);
            }
        }
        return out.toArray(new PyObject[0]);
    }

    public static final class TupleDisplay extends Node.Expr {
        final Node.Expr[] elts;
        final boolean[] starred;
        final int[] pcs;

        public TupleDisplay(Node.Expr[] elts, boolean[] starred, int[] pcs) {
            super(-1);
            this.elts = elts;
            this.starred = starred;
            this.pcs = pcs;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject[] a = displayItems(f, elts, starred, pcs);
            return a.length == 0 ? PyTuple.EMPTY : PyTuple.of(a);
        }
    }

    public static final class ListDisplay extends Node.Expr {
        final Node.Expr[] elts;
        final boolean[] starred;
        final int[] pcs;

        public ListDisplay(Node.Expr[] elts, boolean[] starred, int[] pcs) {
            super(-1);
            this.elts = elts;
            this.starred = starred;
            this.pcs = pcs;
        }

        @Override
        public PyObject eval(PyFrame f) {
            return new PyList(displayItems(f, elts, starred, pcs));
        }
    }

    public static final class SetDisplay extends Node.Expr {
        final Node.Expr[] elts;
        final boolean[] starred;
        final int[] pcs;

        public SetDisplay(int pc, Node.Expr[] elts, boolean[] starred, int[] pcs) {
            super(pc);
            this.elts = elts;
            this.starred = starred;
            this.pcs = pcs;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject[] items = displayItems(f, elts, starred, pcs);
            try {
                return Support.newSet(items);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
        }
    }

    public static final class DictDisplay extends Node.Expr {
        /** null key: **mapping merged at that position. */
        final Node.Expr[] keys;
        final Node.Expr[] values;
        final int[] pcs;

        public DictDisplay(int pc, Node.Expr[] keys, Node.Expr[] values, int[] pcs) {
            super(pc);
            this.keys = keys;
            this.values = values;
            this.pcs = pcs;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyDict d = new PyDict(keys.length);
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == null) {
                    PyObject m = values[i].eval(f);
                    try {
                        dictUpdate(d, m);
                    } catch (PyException e) {
                        throw f.traceback(e, pcs[i]);
                    }
                } else {
                    PyObject k = keys[i].eval(f);
                    PyObject v = values[i].eval(f);
                    try {
                        d.setItem(k, v);
                    } catch (PyException e) {
                        throw f.traceback(e, pc);
                    }
                }
            }
            return d;
        }
    }

    /** DICT_UPDATE: {**m} */
    static void dictUpdate(PyDict d, PyObject m) {
        if (m instanceof PyDict md) {
            d.update(md);
            return;
        }
        PyObject keys = Abstract.lookupAttr(m, PyStr.of("keys"));
        if (keys == null) {
            throw Err.type("'%s' object is not a mapping", Err.tn(m));
        }
        PyObject it = Abstract.iter(Abstract.call(keys));
        for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
            d.setItem(k, Abstract.getItem(m, k));
        }
    }

    // ---- f-strings ------------------------------------------------------------------------

    public static final class FormattedValue extends Node.Expr {
        final Node.Expr value;
        /** -1 none, 's', 'r', 'a' */
        final int conversion;
        final Node.Expr spec;

        public FormattedValue(int pc, Node.Expr value, int conversion, Node.Expr spec) {
            super(pc);
            this.value = value;
            this.conversion = conversion;
            this.spec = spec;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = value.eval(f);
            try {
                switch (conversion) {
                    case 's': v = Abstract.str(v); break;
                    case 'r': v = Abstract.repr(v); break;
                    case 'a': v = Abstract.ascii(v); break;
                    default: break;
                }
                PyObject s = spec == null ? PyStr.EMPTY : spec.eval(f);
                if (v.type == PyStr.TYPE && s == PyStr.EMPTY) {
                    return v;
                }
                return Abstract.format(v, s);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
        }
    }

    public static final class JoinedStr extends Node.Expr {
        final Node.Expr[] parts;

        public JoinedStr(Node.Expr[] parts) {
            super(-1);
            this.parts = parts;
        }

        @Override
        public PyObject eval(PyFrame f) {
            StringBuilder sb = new StringBuilder();
            for (Node.Expr p : parts) {
                sb.append(((PyStr) p.eval(f)).value);
            }
            return PyStr.of(sb.toString());
        }
    }

    // ---- assignment expression ------------------------------------------------------------

    public static final class NamedExpr extends Node.Expr {
        final Node.Target target;
        final Node.Expr value;

        public NamedExpr(Node.Target target, Node.Expr value) {
            super(-1);
            this.target = target;
            this.value = value;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = value.eval(f);
            target.store(f, v);
            return v;
        }
    }

    // ---- unpacking ------------------------------------------------------------------------

    /** a, b, *c = v (UNPACK_SEQUENCE / UNPACK_EX). */
    public static final class Unpack implements Node.Target {
        final Node.Target[] targets;
        /** Index of the starred target, or -1. */
        final int star;
        final int pc;

        public Unpack(int pc, Node.Target[] targets, int star) {
            this.pc = pc;
            this.targets = targets;
            this.star = star;
        }

        @Override
        public void store(PyFrame f, PyObject v) {
            PyObject[] items;
            try {
                items = unpack(v, targets.length, star);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
            for (int i = 0; i < targets.length; i++) {
                targets[i].store(f, items[i]);
            }
        }
    }

    static PyObject[] unpack(PyObject v, int n, int star) {
        if (star < 0) {
            if (v.type == PyTuple.TYPE || v.type == PyList.TYPE) {
                PyObject[] src = v.type == PyTuple.TYPE ? ((PyTuple) v).items() : ((PyList) v).toArray();
                if (src.length == n) {
                    return v.type == PyTuple.TYPE ? src.clone() : src;
                }
                if (src.length < n) {
                    throw Err.value("not enough values to unpack (expected %d, got %d)", n, src.length);
                }
                throw Err.value("too many values to unpack (expected %d)", n);
            }
            PyObject it = iterForUnpack(v);
            PyObject[] out = new PyObject[n];
            Slots.Next next = it.type.tp_iternext;
            for (int i = 0; i < n; i++) {
                PyObject x = next.next(it);
                if (x == null) {
                    throw Err.value("not enough values to unpack (expected %d, got %d)", n, i);
                }
                out[i] = x;
            }
            if (next.next(it) != null) {
                throw Err.value("too many values to unpack (expected %d)", n);
            }
            return out;
        }
        int before = star;
        int after = n - star - 1;
        PyObject it = iterForUnpack(v);
        Slots.Next next = it.type.tp_iternext;
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < before; i++) {
            PyObject x = next.next(it);
            if (x == null) {
                throw Err.value("not enough values to unpack (expected at least %d, got %d)", before + after, i);
            }
            out[i] = x;
        }
        ArrayList<PyObject> rest = new ArrayList<>();
        for (PyObject x = next.next(it); x != null; x = next.next(it)) {
            rest.add(x);
        }
        if (rest.size() < after) {
            throw Err.value("not enough values to unpack (expected at least %d, got %d)", before + after,
                    before + rest.size());
        }
        int m = rest.size() - after;
        out[star] = new PyList(rest.subList(0, m));
        for (int i = 0; i < after; i++) {
            out[star + 1 + i] = rest.get(m + i);
        }
        return out;
    }

    private static PyObject iterForUnpack(PyObject v) {
        if (v.type.tp_iter == null && !Abstract.isSequence(v)) {
            throw Err.type("cannot unpack non-iterable %s object", Err.tn(v));
        }
        return Abstract.iter(v);
    }

    /** Several targets assigned the same value (a = b = yield x). */
    public static final class MultiTarget implements Node.Target {
        final Node.Target[] targets;

        public MultiTarget(Node.Target[] targets) {
            this.targets = targets;
        }

        @Override
        public void store(PyFrame f, PyObject v) {
            for (Node.Target t : targets) {
                t.store(f, v);
            }
        }
    }

    /** The value of an annotation written *Ts: the single unpacked item (3.11 UNPACK_SEQUENCE of a starred annotation). */
    public static final class StarAnnotation extends Node.Expr {
        final Node.Expr value;

        public StarAnnotation(Node.Expr value) {
            super(-1);
            this.value = value;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = value.eval(f);
            return unpack(v, 1, -1)[0];
        }
    }

    /** Marker so PyExc is referenced (keeps imports tidy when editing). */
    static boolean unused() {
        return PyExc.TypeError == null;
    }
}
