package org.ember.objects;

import java.util.ArrayList;
import java.util.List;

/** types.GenericAlias: a parameterized builtin generic such as {@code list[int]} (PEP 585). */
public final class GenericAlias extends PyObject {
    public static final PyType TYPE = PyType.builtin("GenericAlias", GenericAlias.class, GenericAlias::define);

    final PyObject origin;
    final PyTuple args;
    private PyTuple parameters;
    boolean starred;

    public GenericAlias(PyObject origin, PyObject args) {
        super(TYPE);
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
    }

    public static PyObject of(PyObject origin, PyObject args) {
        return new GenericAlias(origin, args);
    }

    static String reprItem(PyObject p) {
        if (p == Py.Ellipsis) {
            return "...";
        }
        if (p instanceof GenericAlias) {
            return Abstract.reprJava(p);
        }
        PyObject qn = Abstract.lookupAttr(p, PyStr.of("__qualname__"));
        PyObject mod = Abstract.lookupAttr(p, PyStr.of("__module__"));
        if (qn == null || mod == null || Abstract.lookupAttr(p, PyStr.of("__origin__")) != null
                && Abstract.lookupAttr(p, PyStr.of("__args__")) != null) {
            return Abstract.reprJava(p);
        }
        if (mod instanceof PyStr ms && ms.value.equals("builtins")) {
            return Abstract.strJava(qn);
        }
        return Abstract.strJava(mod) + "." + Abstract.strJava(qn);
    }

    /** The type variables (objects with __typing_subst__) among args, in order, without duplicates. */
    static PyTuple collectParameters(PyTuple args) {
        List<PyObject> params = new ArrayList<>();
        for (PyObject a : args.items()) {
            if (a instanceof PyType) {
                continue;
            }
            if (Abstract.lookupAttr(a, PyStr.of("__typing_subst__")) != null) {
                if (!params.contains(a)) {
                    params.add(a);
                }
                continue;
            }
            PyObject sub = Abstract.lookupAttr(a, PyStr.of("__parameters__"));
            if (sub instanceof PyTuple st) {
                for (PyObject p : st.items()) {
                    if (!params.contains(p)) {
                        params.add(p);
                    }
                }
            }
        }
        return PyTuple.of(params.toArray(new PyObject[0]));
    }

    private PyTuple params() {
        if (parameters == null) {
            parameters = collectParameters(args);
        }
        return parameters;
    }

    private static final String[] ATTR_EXCEPTIONS = {"__class__", "__origin__", "__args__", "__unpacked__",
        "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
        "__copy__", "__deepcopy__"};

    private static void define(PyType t) {
        t.module("types").flags(PyType.BASETYPE);
        t.tp_new = (type, args, kw) -> {
            ArgParser.noKeywords("GenericAlias", kw);
            ArgParser.checkPositional("GenericAlias", args.length, 2, 2);
            return new GenericAlias(args[0], args[1]);
        };
        t.tp_repr = self -> {
            GenericAlias g = (GenericAlias) self;
            StringBuilder sb = new StringBuilder();
            if (g.starred) {
                sb.append('*');
            }
            sb.append(reprItem(g.origin)).append('[');
            PyObject[] a = g.args.items();
            if (a.length == 0) {
                sb.append("()");
            }
            for (int i = 0; i < a.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                if (a[i] instanceof PyList l) {
                    sb.append('[');
                    for (int j = 0; j < l.size(); j++) {
                        if (j > 0) {
                            sb.append(", ");
                        }
                        sb.append(reprItem(l.get(j)));
                    }
                    sb.append(']');
                } else {
                    sb.append(reprItem(a[i]));
                }
            }
            return PyStr.of(sb.append(']').toString());
        };
        t.tp_call = (self, args, kw) -> {
            GenericAlias g = (GenericAlias) self;
            PyObject obj = Abstract.call(g.origin, args, kw);
            try {
                Abstract.setAttr(obj, "__orig_class__", self);
            } catch (PyException e) {
                if (!e.matches(PyExc.AttributeError) && !e.matches(PyExc.TypeError)) {
                    throw e;
                }
            }
            return obj;
        };
        t.tp_getattro = (self, name) -> {
            GenericAlias g = (GenericAlias) self;
            if (!name.value.startsWith("__") || !name.value.endsWith("__")) {
                boolean exception = false;
                for (String e : ATTR_EXCEPTIONS) {
                    exception |= e.equals(name.value);
                }
                if (!exception) {
                    return Abstract.getAttr(g.origin, name);
                }
            }
            return ObjectType.genericGetAttr(self, name);
        };
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof GenericAlias gb) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return Py.NotImplemented;
            }
            GenericAlias ga = (GenericAlias) a;
            boolean eq = ga.starred == gb.starred && Abstract.eq(ga.origin, gb.origin) && Abstract.eq(ga.args, gb.args);
            return Py.bool(op == CompareOp.EQ ? eq : !eq);
        };
        t.tp_hash = self -> Abstract.hash(((GenericAlias) self).origin) ^ Abstract.hash(((GenericAlias) self).args);
        t.nb_or = UnionType::or;
        t.tp_iter = self -> {
            GenericAlias g = new GenericAlias(((GenericAlias) self).origin, ((GenericAlias) self).args);
            g.starred = true;
            return Abstract.iter(PyTuple.of(g));
        };
        t.mp_subscript = (self, item) -> {
            GenericAlias g = (GenericAlias) self;
            PyObject typing = org.ember.runtime.ThreadState.current().interp.importModule("typing");
            PyObject subs = Abstract.lookupAttr(typing, PyStr.of("_generic_class_getitem"));
            PyTuple params = g.params();
            if (params.size() == 0) {
                throw Err.type("%s is not a generic class", Abstract.reprJava(self));
            }
            PyObject[] items = item instanceof PyTuple tt ? tt.items() : new PyObject[] {item};
            if (items.length != params.size()) {
                throw Err.type("Too %s arguments for %s; actual %d, expected %d", items.length > params.size() ? "many" : "few",
                        Abstract.reprJava(self), items.length, params.size());
            }
            PyObject[] newArgs = new PyObject[g.args.size()];
            for (int i = 0; i < newArgs.length; i++) {
                newArgs[i] = substitute(g.args.get(i), params, items);
            }
            return new GenericAlias(g.origin, PyTuple.of(newArgs));
        };
        t.getset("__origin__", self -> ((GenericAlias) self).origin);
        t.getset("__args__", self -> ((GenericAlias) self).args);
        t.getset("__parameters__", self -> ((GenericAlias) self).params());
        t.getset("__unpacked__", self -> Py.bool(((GenericAlias) self).starred));
        t.method1("__mro_entries__", (self, bases) -> PyTuple.of(((GenericAlias) self).origin));
        t.method1("__instancecheck__", (self, o) -> {
            throw Err.type("isinstance() argument 2 cannot be a parameterized generic");
        });
        t.method1("__subclasscheck__", (self, o) -> {
            throw Err.type("issubclass() argument 2 cannot be a parameterized generic");
        });
        t.method0("__reduce__", self -> PyTuple.of(TYPE, PyTuple.of(((GenericAlias) self).origin, ((GenericAlias) self).args)));
        t.method0("__dir__", self -> {
            PyDict d = new PyDict();
            ObjectType.mergeClassDict(d, TYPE);
            for (String e : ATTR_EXCEPTIONS) {
                d.putStr(e, Py.None);
            }
            PyObject od = Abstract.callMethod(((GenericAlias) self).origin, "__dir__");
            Abstract.forEach(od, k -> d.setItem(k, Py.None));
            return new PyList(d.keysArray());
        });
    }

    private static PyObject substitute(PyObject arg, PyTuple params, PyObject[] items) {
        for (int j = 0; j < params.size(); j++) {
            if (params.get(j) == arg) {
                return items[j];
            }
        }
        PyObject sub = Abstract.lookupAttr(arg, PyStr.of("__parameters__"));
        if (sub instanceof PyTuple st && st.size() > 0) {
            PyObject[] vals = new PyObject[st.size()];
            for (int k = 0; k < vals.length; k++) {
                vals[k] = substitute(st.get(k), params, items);
            }
            return Abstract.getItem(arg, vals.length == 1 ? vals[0] : PyTuple.of(vals));
        }
        return arg;
    }
}
