package org.ember.objects;

import java.util.ArrayList;
import java.util.List;

/** BaseExceptionGroup and ExceptionGroup (PEP 654). */
public final class PyBaseExceptionGroup extends PyBaseException {
    public PyObject message = Py.None;
    public PyTuple exceptions = PyTuple.EMPTY;

    public PyBaseExceptionGroup(PyType type) {
        super(type);
    }

    static void defineBase(PyType t) {
        t.base(PyExc.BaseException).doc("A combination of multiple unrelated exceptions.")
                .flags(PyType.BASETYPE | PyType.HAS_DICT);
        t.tp_alloc = PyBaseExceptionGroup::new;
        t.tp_new = PyBaseExceptionGroup::groupNew;
        t.tp_init = (self, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Err.type("%s() takes no keyword arguments", self.type.getName());
            }
            ((PyBaseException) self).args = PyTuple.of(args.clone());
        };
        t.tp_str = self -> {
            PyBaseExceptionGroup g = (PyBaseExceptionGroup) self;
            int n = g.exceptions.size();
            return PyStr.of(Abstract.strJava(g.message) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")");
        };
        t.getset("message", self -> ((PyBaseExceptionGroup) self).message);
        t.getset("exceptions", self -> ((PyBaseExceptionGroup) self).exceptions);
        t.method1("derive", (self, excs) -> Err.instantiate(PyExc.BaseExceptionGroup,
                ((PyBaseExceptionGroup) self).message, excs));
        t.method1("subgroup", (self, cond) -> {
            PyObject[] r = ((PyBaseExceptionGroup) self).split(matcher(cond), false);
            return r[0];
        });
        t.method1("split", (self, cond) -> {
            PyObject[] r = ((PyBaseExceptionGroup) self).split(matcher(cond), true);
            return PyTuple.of(r[0], r[1]);
        });
        t.classMethod("__class_getitem__", NativeFunction.of("__class_getitem__", (cls, item) -> GenericAlias.of(cls, item)));
    }

    static void defineGroup(PyType t) {
        t.base(PyExc.BaseExceptionGroup).extraBases(PyExc.Exception).flags(PyType.BASETYPE | PyType.HAS_DICT);
        t.tp_alloc = PyBaseExceptionGroup::new;
    }

    private static PyObject groupNew(PyType type, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Err.type("%s() takes no keyword arguments", type.getName());
        }
        if (args.length != 2) {
            throw Err.type("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", args.length);
        }
        PyObject message = args[0];
        if (!(message instanceof PyStr)) {
            throw Err.type("argument 1 must be str, not %s", Err.tn(message));
        }
        PyObject seq = args[1];
        if (!Abstract.isSequence(seq)) {
            throw Err.type("second argument (exceptions) must be a sequence");
        }
        PyTuple excs = PyTuple.fromIterable(seq);
        if (excs.size() == 0) {
            throw Err.value("second argument (exceptions) must be a non-empty sequence");
        }
        boolean nestedBase = false;
        for (int i = 0; i < excs.size(); i++) {
            PyObject e = excs.get(i);
            if (!(e instanceof PyBaseException)) {
                throw Err.value("Item %d of second argument (exceptions) is not an exception", i);
            }
            if (!e.type.isSubtype(PyExc.Exception)) {
                nestedBase = true;
            }
        }
        PyType cls = type;
        if (type == PyExc.BaseExceptionGroup) {
            if (!nestedBase) {
                cls = PyExc.ExceptionGroup;
            }
        } else if (type == PyExc.ExceptionGroup) {
            if (nestedBase) {
                throw Err.type("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (nestedBase && type.isSubtype(PyExc.Exception)) {
            throw Err.type("Cannot nest BaseExceptions in '%s'", type.getName());
        }
        PyBaseExceptionGroup g = (PyBaseExceptionGroup) cls.tp_alloc.alloc(cls);
        g.args = PyTuple.of(args.clone());
        g.message = message;
        g.exceptions = excs;
        return g;
    }

    /** A leaf-exception predicate from split()/subgroup()'s condition argument. */
    interface Matcher {
        boolean matches(PyBaseException e);
    }

    static Matcher matcher(PyObject cond) {
        if (cond instanceof PyType t && t.isSubtype(PyExc.BaseException)) {
            return e -> e.type.isSubtype(t);
        }
        if (cond instanceof PyTuple tup) {
            for (PyObject o : tup.items()) {
                if (!(o instanceof PyType t) || !t.isSubtype(PyExc.BaseException)) {
                    throw Err.type("expected a function, exception type or tuple of exception types");
                }
            }
            return e -> {
                for (PyObject o : tup.items()) {
                    if (e.type.isSubtype((PyType) o)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (Abstract.isCallable(cond) && !(cond instanceof PyType)) {
            return e -> Abstract.isTrue(Abstract.call(cond, e));
        }
        throw Err.type("expected a function, exception type or tuple of exception types");
    }

    /** Returns {match, rest} (None when empty), copying traceback, cause, context and notes. */
    PyObject[] split(Matcher m, boolean wantRest) {
        if (m.matches(this)) {
            return new PyObject[] {this, Py.None};
        }
        List<PyObject> match = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject o : exceptions.items()) {
            PyBaseException e = (PyBaseException) o;
            if (e instanceof PyBaseExceptionGroup g) {
                PyObject[] r = g.split(m, wantRest);
                if (r[0] != Py.None) {
                    match.add(r[0]);
                }
                if (wantRest && r[1] != Py.None) {
                    rest.add(r[1]);
                }
            } else if (m.matches(e)) {
                match.add(e);
            } else if (wantRest) {
                rest.add(e);
            }
        }
        PyObject mg = match.isEmpty() ? Py.None : derived(match);
        PyObject rg = !wantRest || rest.isEmpty() ? Py.None : derived(rest);
        return new PyObject[] {mg, rg};
    }

    private PyObject derived(List<PyObject> excs) {
        PyObject g = Abstract.callMethod(this, "derive", new PyList(excs));
        if (!(g instanceof PyBaseExceptionGroup eg)) {
            throw Err.type("derive must return an instance of BaseExceptionGroup");
        }
        eg.traceback = traceback;
        eg.cause = cause;
        eg.context = context;
        eg.suppressContext = suppressContext;
        PyObject notes = notes();
        if (notes != null) {
            eg.getDict().putStr("__notes__", notes);
        }
        return eg;
    }
}
