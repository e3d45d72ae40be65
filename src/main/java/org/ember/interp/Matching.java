package org.ember.interp;

import org.ember.objects.Abstract;
import org.ember.objects.CompareOp;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;

/**
 * The match statement (PEP 634) with CPython 3.11's semantics: the subject is evaluated once;
 * each case's pattern is tried in order; names captured by a pattern are kept in hidden slots
 * and bound only once the whole pattern has matched (in the order CPython's compiler stores
 * them), then the guard decides. Each pattern performs exactly the protocol operations of the
 * corresponding 3.11 instructions (MATCH_SEQUENCE/MAPPING/CLASS, GET_LEN, MATCH_KEYS,
 * UNPACK_SEQUENCE/EX or subscripting, COMPARE_OP ==, IS_OP), in the same order.
 */
public final class Matching {
    private Matching() {}

    /** A compiled pattern: tests a value, writing captures into hidden fast slots. */
    public abstract static class Pat {
        /** Position of the pattern (errors of its own operations point here). */
        final int pc;

        Pat(int pc) {
            this.pc = pc;
        }

        abstract boolean match(PyFrame f, PyObject v);

        /** True for the wildcard `_` (matches without touching the value). */
        boolean isWildcard() {
            return false;
        }
    }

    /** `_` */
    public static final class Wildcard extends Pat {
        public Wildcard() {
            super(-1);
        }

        @Override
        boolean match(PyFrame f, PyObject v) {
            return true;
        }

        @Override
        boolean isWildcard() {
            return true;
        }
    }

    /** A capture pattern, or `p as name` when sub is not null. */
    public static final class Capture extends Pat {
        final Pat sub;
        final int slot;

        public Capture(Pat sub, int slot) {
            super(-1);
            this.sub = sub;
            this.slot = slot;
        }

        @Override
        boolean match(PyFrame f, PyObject v) {
            if (sub != null && !sub.match(f, v)) {
                return false;
            }
            f.fast[slot] = v;
            return true;
        }
    }

    /** A literal or value pattern: subject == value. */
    public static final class Value extends Pat {
        final Node.Expr value;

        public Value(int pc, Node.Expr value) {
            super(pc);
            this.value = value;
        }

        @Override
        boolean match(PyFrame f, PyObject v) {
            PyObject w = value.eval(f);
            try {
                PyObject r = Abstract.richCompare(v, w, CompareOp.EQ);
                if (r == Py.True) {
                    return true;
                }
                if (r == Py.False) {
                    return false;
                }
                return Abstract.isTrue(r);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
        }
    }

    /** None, True, False: identity. */
    public static final class Singleton extends Pat {
        final PyObject value;

        public Singleton(PyObject value) {
            super(-1);
            this.value = value;
        }

        @Override
        boolean match(PyFrame f, PyObject v) {
            return v == value;
        }
    }

    /** `p1 | p2 | ...` */
    public static final class Or extends Pat {
        final Pat[] alts;

        public Or(Pat[] alts) {
            super(-1);
            this.alts = alts;
        }

        @Override
        boolean match(PyFrame f, PyObject v) {
            for (Pat p : alts) {
                if (p.match(f, v)) {
                    return true;
                }
            }
            return false;
        }
    }

    static boolean isSequence(PyObject v) {
        return (v.type.flags & PyType.SEQUENCE) != 0;
    }

    static boolean isMapping(PyObject v) {
        return (v.type.flags & PyType.MAPPING) != 0;
    }

    /** A sequence pattern `[p, *rest, q]`. */
    public static final class Sequence extends Pat {
        final Pat[] subs;
        /** Index of the star subpattern, or -1. */
        final int star;
        /** The star is `*_` (items reached by subscripting instead of unpacking). */
        final boolean starWildcard;
        /** Every subpattern is a wildcard: only the type and length are checked. */
        final boolean onlyWildcard;

        public Sequence(int pc, Pat[] subs, int star, boolean starWildcard, boolean onlyWildcard) {
            super(pc);
            this.subs = subs;
            this.star = star;
            this.starWildcard = starWildcard;
            this.onlyWildcard = onlyWildcard;
        }

        @Override
        boolean match(PyFrame f, PyObject v) {
            if (!isSequence(v)) {
                return false;
            }
            int n = subs.length;
            PyObject[] items = null;
            try {
                if (star < 0) {
                    if (Abstract.length(v) != n) {
                        return false;
                    }
                } else if (n > 1) {
                    if (Abstract.length(v) < n - 1) {
                        return false;
                    }
                }
                if (onlyWildcard) {
                    return true;
                }
                if (!starWildcard) {
                    items = Exprs.unpack(v, n, star);
                }
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
            if (items != null) {
                for (int i = 0; i < n; i++) {
                    if (!subs[i].match(f, items[i])) {
                        return false;
                    }
                }
                return true;
            }
            for (int i = 0; i < n; i++) {
                Pat p = subs[i];
                if (i == star || p.isWildcard()) {
                    continue;
                }
                PyObject item;
                try {
                    long idx = i < star ? i : Abstract.length(v) - (n - i);
                    item = Abstract.getItem(v, PyInt.of(idx));
                } catch (PyException e) {
                    throw f.traceback(e, pc);
                }
                if (!p.match(f, item)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A mapping pattern `{k1: p1, k2: p2, **rest}`. */
    public static final class Mapping extends Pat {
        final Node.Expr[] keys;
        final Pat[] subs;
        /** Slot of the **rest capture, or -1. */
        final int restSlot;

        public Mapping(int pc, Node.Expr[] keys, Pat[] subs, int restSlot) {
            super(pc);
            this.keys = keys;
            this.subs = subs;
            this.restSlot = restSlot;
        }

        @Override
        boolean match(PyFrame f, PyObject v) {
            if (!isMapping(v)) {
                return false;
            }
            int n = keys.length;
            if (n == 0 && restSlot < 0) {
                return true;
            }
            if (n > 0) {
                try {
                    if (Abstract.length(v) < n) {
                        return false;
                    }
                } catch (PyException e) {
                    throw f.traceback(e, pc);
                }
            }
            PyObject[] ks = new PyObject[n];
            for (int i = 0; i < n; i++) {
                ks[i] = keys[i].eval(f);
            }
            PyObject[] values;
            try {
                values = matchKeys(v, ks);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
            if (values == null) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (!subs[i].match(f, values[i])) {
                    return false;
                }
            }
            if (restSlot >= 0) {
                try {
                    PyDict rest = new PyDict();
                    Exprs.dictUpdate(rest, v);
                    for (PyObject k : ks) {
                        Abstract.delItem(rest, k);
                    }
                    f.fast[restSlot] = rest;
                } catch (PyException e) {
                    throw f.traceback(e, pc);
                }
            }
            return true;
        }
    }

    private static final PyStr S_GET = PyStr.immortal("get");

    /** MATCH_KEYS: the values of keys in the mapping (through its get method), or null when one is missing. */
    static PyObject[] matchKeys(PyObject map, PyObject[] keys) {
        int n = keys.length;
        PyObject[] values = new PyObject[n];
        if (n == 0) {
            return values;
        }
        PyObject get = map.type == PyDict.TYPE ? null : Abstract.getAttr(map, S_GET);
        PyObject dummy = get == null ? null : Abstract.call(PyObject.TYPE);
        for (int i = 0; i < n; i++) {
            PyObject k = keys[i];
            for (int j = 0; j < i; j++) {
                if (keys[j] == k || Abstract.richCompareBool(keys[j], k, CompareOp.EQ)) {
                    throw Err.value("mapping pattern checks duplicate key (%s)", Abstract.reprJava(k));
                }
            }
            Abstract.hash(k);
            PyObject val;
            if (get == null) {
                val = ((PyDict) map).getItem(k);
                if (val == null) {
                    return null;
                }
            } else {
                val = Abstract.call(get, k, dummy);
                if (val == dummy) {
                    return null;
                }
            }
            values[i] = val;
        }
        return values;
    }

    /** A class pattern `C(p1, p2, name=p3)`. */
    public static final class ClassPat extends Pat {
        final Node.Expr cls;
        final int nargs;
        final PyStr[] kwnames;
        final Pat[] subs;

        public ClassPat(int pc, Node.Expr cls, int nargs, PyStr[] kwnames, Pat[] subs) {
            super(pc);
            this.cls = cls;
            this.nargs = nargs;
            this.kwnames = kwnames;
            this.subs = subs;
        }

        @Override
        boolean match(PyFrame f, PyObject v) {
            PyObject t = cls.eval(f);
            PyObject[] attrs;
            try {
                attrs = matchClass(v, t, nargs, kwnames);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
            if (attrs == null) {
                return false;
            }
            for (int i = 0; i < attrs.length; i++) {
                if (!subs[i].match(f, attrs[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final PyStr S_MATCH_ARGS = PyStr.immortal("__match_args__");

    /** MATCH_CLASS: the attributes for the subpatterns, or null when the subject does not match. */
    static PyObject[] matchClass(PyObject subject, PyObject type, int nargs, PyStr[] kwnames) {
        if (!(type instanceof PyType t)) {
            throw Err.type("called match pattern must be a type");
        }
        if (!Abstract.isInstance(subject, type)) {
            return null;
        }
        PyObject[] attrs = new PyObject[nargs + kwnames.length];
        PyStr[] seen = new PyStr[attrs.length];
        int nseen = 0;
        if (nargs > 0) {
            boolean matchSelf = false;
            PyObject matchArgs;
            try {
                matchArgs = Abstract.getAttr(type, S_MATCH_ARGS);
            } catch (PyException e) {
                if (!e.matches(PyExc.AttributeError)) {
                    throw e;
                }
                matchArgs = PyTuple.EMPTY;
                matchSelf = (t.flags & PyType.MATCH_SELF) != 0;
            }
            if (matchArgs.type != PyTuple.TYPE) {
                throw Err.type("%s.__match_args__ must be a tuple (got %s)", t.getName(), Err.tn(matchArgs));
            }
            PyTuple ma = (PyTuple) matchArgs;
            int allowed = matchSelf ? 1 : ma.size();
            if (allowed < nargs) {
                throw Err.type("%s() accepts %d positional sub-pattern%s (%d given)", t.getName(), allowed,
                        allowed == 1 ? "" : "s", nargs);
            }
            if (matchSelf) {
                attrs[0] = subject;
            } else {
                for (int i = 0; i < nargs; i++) {
                    PyObject name = ma.get(i);
                    if (name.type != PyStr.TYPE) {
                        throw Err.type("__match_args__ elements must be strings (got %s)", Err.tn(name));
                    }
                    PyObject a = matchClassAttr(subject, t, (PyStr) name, seen, nseen++);
                    if (a == null) {
                        return null;
                    }
                    attrs[i] = a;
                }
            }
        }
        for (int i = 0; i < kwnames.length; i++) {
            PyObject a = matchClassAttr(subject, t, kwnames[i], seen, nseen++);
            if (a == null) {
                return null;
            }
            attrs[nargs + i] = a;
        }
        return attrs;
    }

    private static PyObject matchClassAttr(PyObject subject, PyType t, PyStr name, PyStr[] seen, int nseen) {
        for (int j = 0; j < nseen; j++) {
            if (seen[j].value.equals(name.value)) {
                throw Err.type("%s() got multiple sub-patterns for attribute %s", t.getName(), Abstract.reprJava(name));
            }
        }
        seen[nseen] = name;
        try {
            return Abstract.getAttr(subject, name);
        } catch (PyException e) {
            if (e.matches(PyExc.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    /** One case: its pattern, the captured names stored in order, the guard and the body. */
    public static final class Case {
        final Pat pattern;
        final int[] slots;
        final Node.Target[] stores;
        /** Statements computing parts of a guard that suspends (generators), or null. */
        final Node.Stmt guardPrelude;
        final Node.Expr guard;
        final Node.Stmt body;

        public Case(Pat pattern, int[] slots, Node.Target[] stores, Node.Stmt guardPrelude, Node.Expr guard,
                Node.Stmt body) {
            this.pattern = pattern;
            this.slots = slots;
            this.stores = stores;
            this.guardPrelude = guardPrelude;
            this.guard = guard;
            this.body = body;
        }

        void bind(PyFrame f) {
            PyObject[] fast = f.fast;
            for (int i = 0; i < slots.length; i++) {
                PyObject v = fast[slots[i]];
                fast[slots[i]] = null;
                stores[i].store(f, v);
            }
        }

        void clear(PyFrame f) {
            PyObject[] fast = f.fast;
            for (int s : slots) {
                fast[s] = null;
            }
        }
    }

    /**
     * The match statement. In generators it is resumable: the state records the case and
     * whether its guard or its body suspended, and the subject is kept in a hidden slot.
     */
    public static final class Match extends Node.Stmt {
        final Node.Expr subject;
        final Case[] cases;
        /** Resume-state index, or -1 when nothing in the statement suspends. */
        final int idx;
        final int subjectSlot;

        public Match(Node.Expr subject, Case[] cases, int idx, int subjectSlot) {
            super(-1);
            this.subject = subject;
            this.cases = cases;
            this.idx = idx;
            this.subjectSlot = subjectSlot;
        }

        @Override
        public int exec(PyFrame f) {
            int i = 0;
            int phase = -1;
            PyObject v;
            if (idx >= 0 && f.resuming) {
                int st = f.state[idx];
                i = st >> 1;
                phase = st & 1;
                v = f.fast[subjectSlot];
            } else {
                v = subject.eval(f);
                if (idx >= 0) {
                    f.fast[subjectSlot] = v;
                }
            }
            Case[] cs = cases;
            for (; i < cs.length; i++) {
                Case c = cs[i];
                if (phase < 0) {
                    boolean ok;
                    try {
                        ok = c.pattern.match(f, v);
                    } catch (PyException e) {
                        c.clear(f);
                        clearSubject(f);
                        throw e;
                    }
                    if (!ok) {
                        c.clear(f);
                        continue;
                    }
                    c.bind(f);
                }
                if (phase != 1) {
                    phase = -1;
                    if (c.guardPrelude != null) {
                        int r = c.guardPrelude.exec(f);
                        if (r == Node.YIELD) {
                            f.state[idx] = i << 1;
                            return r;
                        }
                    }
                    if (c.guard != null && !c.guard.evalBool(f)) {
                        continue;
                    }
                }
                clearSubject(f);
                int r = c.body.exec(f);
                if (r == Node.YIELD) {
                    f.state[idx] = (i << 1) | 1;
                    f.fast[subjectSlot] = null;
                }
                return r;
            }
            clearSubject(f);
            return Node.NORMAL;
        }

        private void clearSubject(PyFrame f) {
            if (idx >= 0) {
                f.fast[subjectSlot] = null;
            }
        }
    }

    static PyList unusedList() {
        return null;
    }
}
