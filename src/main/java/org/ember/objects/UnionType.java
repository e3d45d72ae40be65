package org.ember.objects;

import java.util.ArrayList;
import java.util.List;

/** types.UnionType: the result of {@code int | str} (PEP 604). */
public final class UnionType extends PyObject {
    public static final PyType TYPE = PyType.builtin("UnionType", UnionType.class, UnionType::define);

    final PyTuple args;
    private PyTuple parameters;

    private UnionType(PyTuple args) {
        super(TYPE);
        this.args = args;
    }

    /** Whether o may take part in a | union: None, a class, a generic alias or a union. */
    static boolean isUnionable(PyObject o) {
        return o == Py.None || o instanceof PyType || o instanceof GenericAlias || o instanceof UnionType;
    }

    /** a | b for types; NotImplemented when either side is not unionable. */
    public static PyObject or(PyObject a, PyObject b) {
        if (!isUnionable(a) || !isUnionable(b)) {
            return Py.NotImplemented;
        }
        List<PyObject> items = new ArrayList<>();
        flatten(a, items);
        flatten(b, items);
        List<PyObject> dedup = new ArrayList<>();
        for (PyObject o : items) {
            boolean seen = false;
            for (PyObject d : dedup) {
                if (d == o || (d instanceof GenericAlias && Abstract.eq(d, o))) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                dedup.add(o);
            }
        }
        if (dedup.size() == 1) {
            return dedup.get(0);
        }
        return new UnionType(PyTuple.of(dedup.toArray(new PyObject[0])));
    }

    private static void flatten(PyObject o, List<PyObject> out) {
        if (o instanceof UnionType u) {
            for (PyObject x : u.args.items()) {
                out.add(x);
            }
        } else {
            out.add(o == Py.None ? PyNone.TYPE : o);
        }
    }

    private static void define(PyType t) {
        t.module("types").flags(PyType.DISALLOW_INSTANTIATION);
        t.nb_or = UnionType::or;
        t.tp_repr = self -> {
            StringBuilder sb = new StringBuilder();
            for (PyObject o : ((UnionType) self).args.items()) {
                if (sb.length() > 0) {
                    sb.append(" | ");
                }
                sb.append(GenericAlias.reprItem(o));
            }
            return PyStr.of(sb.toString());
        };
        t.tp_hash = self -> {
            PyObject fs = Abstract.call(Builtins.builtin("frozenset"), ((UnionType) self).args);
            return Abstract.hash(fs);
        };
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof UnionType ub) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return Py.NotImplemented;
            }
            PyObject fa = Abstract.call(Builtins.builtin("frozenset"), ((UnionType) a).args);
            PyObject fb = Abstract.call(Builtins.builtin("frozenset"), ub.args);
            return Abstract.richCompare(fa, fb, op);
        };
        t.mp_subscript = (self, item) -> {
            PyObject typing = org.ember.runtime.ThreadState.current().interp.importModule("typing");
            PyObject unionGA = Abstract.getAttr(typing, "Union");
            PyObject ga = Abstract.getItem(unionGA, ((UnionType) self).args);
            return Abstract.getItem(ga, item);
        };
        t.getset("__args__", self -> ((UnionType) self).args);
        t.getset("__parameters__", self -> {
            UnionType u = (UnionType) self;
            if (u.parameters == null) {
                u.parameters = GenericAlias.collectParameters(u.args);
            }
            return u.parameters;
        });
        t.method1("__instancecheck__", (self, inst) -> {
            for (PyObject o : ((UnionType) self).args.items()) {
                checkPlainType(o, "isinstance");
            }
            for (PyObject o : ((UnionType) self).args.items()) {
                if (Abstract.isInstance(inst, o)) {
                    return Py.True;
                }
            }
            return Py.False;
        });
        t.method1("__subclasscheck__", (self, sub) -> {
            for (PyObject o : ((UnionType) self).args.items()) {
                checkPlainType(o, "issubclass");
            }
            for (PyObject o : ((UnionType) self).args.items()) {
                if (Abstract.isSubclass(sub, o)) {
                    return Py.True;
                }
            }
            return Py.False;
        });
    }

    private static void checkPlainType(PyObject o, String fn) {
        if (o instanceof GenericAlias) {
            throw Err.type("%s() argument 2 cannot be a parameterized generic", fn);
        }
    }
}
