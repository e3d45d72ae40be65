package org.ember.objects;

/**
 * BaseException and the builtin exceptions that add no fields of their own (their types are
 * declared in {@link PyExc}). Exceptions with extra attributes have Java subclasses
 * (PyStopIteration, PySystemExit, PyOSError, ...).
 */
public class PyBaseException extends PyObject implements HasDict {
    public static final PyType TYPE = PyExc.BaseException;
    public PyTuple args = PyTuple.EMPTY;
    /** The traceback (a PyTraceback) or null for None. */
    public PyTraceback traceback;
    /** __cause__ / __context__: null means None. */
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    PyDict dict;
    private PyException carrier;

    public PyBaseException(PyType type) {
        super(type);
    }

    /** The Java throwable for raising this exception (one per exception object). */
    public final PyException toThrowable() {
        PyException c = carrier;
        if (c == null) {
            c = new PyException(this);
            carrier = c;
        }
        return c;
    }

    @Override
    public PyDict getDict() {
        PyDict d = dict;
        if (d == null) {
            d = dict = new PyDict();
        }
        return d;
    }

    @Override
    public PyDict getDictOrNull() {
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    /** __notes__ if set, else null. */
    public PyObject notes() {
        return dict == null ? null : dict.getStr("__notes__");
    }

    static void define(PyType t) {
        t.base(PyObject.TYPE).flags(PyType.BASETYPE | PyType.HAS_DICT | PyType.BASE_EXC_SUBCLASS | PyType.HAS_WEAKREF);
        t.doc("Common base class for all exceptions");
        t.tp_alloc = PyBaseException::new;
        t.tp_new = PyBaseException::baseNew;
        t.tp_init = PyBaseException::baseInit;
        t.tp_repr = PyBaseException::repr;
        t.tp_str = PyBaseException::str;
        t.getset("args", self -> ((PyBaseException) self).args,
                (self, v) -> ((PyBaseException) self).args = PyTuple.fromIterable(v));
        t.getset("__traceback__", self -> {
            PyTraceback tb = ((PyBaseException) self).traceback;
            return tb == null ? Py.None : tb;
        }, (self, v) -> {
            if (v == Py.None) {
                ((PyBaseException) self).traceback = null;
            } else if (v instanceof PyTraceback tb) {
                ((PyBaseException) self).traceback = tb;
            } else {
                throw Err.type("__traceback__ must be a traceback or None");
            }
        });
        t.getset("__cause__", self -> orNone(((PyBaseException) self).cause), (self, v) -> {
            PyBaseException e = (PyBaseException) self;
            e.cause = checkChain(v, "exception cause must be None or derive from BaseException");
            e.suppressContext = true;
        });
        t.getset("__context__", self -> orNone(((PyBaseException) self).context), (self, v) ->
                ((PyBaseException) self).context = checkChain(v, "exception context must be None or derive from BaseException"));
        t.getset("__suppress_context__", self -> Py.bool(((PyBaseException) self).suppressContext),
                (self, v) -> ((PyBaseException) self).suppressContext = Abstract.isTrue(v));
        t.getset("__dict__", self -> ((PyBaseException) self).getDict(), (self, v) -> {
            if (!(v instanceof PyDict d)) {
                throw Err.type("__dict__ must be a dictionary, not a '%s'", Err.tn(v));
            }
            ((PyBaseException) self).dict = d;
        });
        t.method1("with_traceback", (self, tb) -> {
            PyBaseException e = (PyBaseException) self;
            if (tb == Py.None) {
                e.traceback = null;
            } else if (tb instanceof PyTraceback t2) {
                e.traceback = t2;
            } else {
                throw Err.type("__traceback__ must be a traceback or None");
            }
            return self;
        });
        t.method1("add_note", (self, note) -> {
            if (!(note instanceof PyStr)) {
                throw Err.type("note must be a str, not '%s'", Err.tn(note));
            }
            PyBaseException e = (PyBaseException) self;
            PyObject notes = e.getDict().getStr("__notes__");
            if (notes == null) {
                PyList l = new PyList();
                e.getDict().putStr("__notes__", l);
                notes = l;
            }
            if (!(notes instanceof PyList l)) {
                throw Err.type("Cannot add note: __notes__ is not a list");
            }
            l.append(note);
            return Py.None;
        });
        t.method0("__reduce__", self -> {
            PyBaseException e = (PyBaseException) self;
            if (e.dict != null && e.dict.size() > 0) {
                return PyTuple.of(self.type, e.args, e.dict);
            }
            return PyTuple.of(self.type, e.args);
        });
        t.method1("__setstate__", (self, state) -> {
            if (state != Py.None) {
                if (!(state instanceof PyDict d)) {
                    throw Err.type("state is not a dictionary");
                }
                for (int i = d.nextIndex(0); i >= 0; i = d.nextIndex(i + 1)) {
                    Abstract.setAttr(self, d.keyAt(i), d.valueAt(i));
                }
            }
            return Py.None;
        });
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? Py.None : o;
    }

    private static PyBaseException checkChain(PyObject v, String msg) {
        if (v == Py.None) {
            return null;
        }
        if (v instanceof PyBaseException e) {
            return e;
        }
        throw Err.type(msg);
    }

    static PyObject baseNew(PyType type, PyObject[] args, String[] kwnames) {
        PyBaseException e = (PyBaseException) type.tp_alloc.alloc(type);
        e.args = PyTuple.of(ArgParser.positional(args, kwnames));
        return e;
    }

    static void baseInit(PyObject self, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Err.type("%s() takes no keyword arguments", self.type.getName());
        }
        ((PyBaseException) self).args = PyTuple.of(args.clone());
    }

    static PyObject repr(PyObject self) {
        PyBaseException e = (PyBaseException) self;
        String name = shortName(self.type);
        if (e.args.size() == 1) {
            return PyStr.of(name + "(" + Abstract.reprJava(e.args.get(0)) + ")");
        }
        return PyStr.of(name + Abstract.reprJava(e.args));
    }

    static PyObject str(PyObject self) {
        PyBaseException e = (PyBaseException) self;
        return switch (e.args.size()) {
            case 0 -> PyStr.EMPTY;
            case 1 -> Abstract.str(e.args.get(0));
            default -> Abstract.str(e.args);
        };
    }

    static String shortName(PyType t) {
        String n = t.getName();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(dot + 1);
    }

    @Override
    public String toString() {
        return type.getName() + args;
    }
}
