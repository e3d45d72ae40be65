package org.ember.modules.ast;

import java.util.IdentityHashMap;

import org.ember.objects.Abstract;
import org.ember.objects.CompareOp;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyDict;
import org.ember.objects.PyInstance;
import org.ember.objects.PyInt;
import org.ember.objects.PyMethodDescr;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.objects.Slots;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/**
 * The {@code _ast} classes of one interpreter (CPython's {@code struct ast_state}, which lives in
 * the interpreter state): {@code AST} and its subclasses are ordinary mutable classes (heap types),
 * as in CPython, so Lib/ast.py can add properties to them; the singletons of the context and
 * operator classes; and a map from each exact class to its description, for the conversions.
 * Created on first use by {@link AstModule} through {@link Interpreter#moduleState}.
 */
final class AstState {
    static final PyStr S_FIELDS = PyStr.immortal("_fields");
    static final PyStr S_MATCH_ARGS = PyStr.immortal("__match_args__");
    static final PyStr S_ATTRIBUTES = PyStr.immortal("_attributes");
    static final PyStr S_MODULE = PyStr.immortal("__module__");
    static final PyStr S_DOC = PyStr.immortal("__doc__");
    static final PyStr S_DICT = PyStr.immortal("__dict__");
    static final PyStr S_SLOTS = PyStr.immortal("__slots__");
    static final PyStr S_AST_MODULE = PyStr.immortal("ast");

    /** The classes, indexed by {@link AstKinds.Kind#index}. */
    final PyType[] types;
    /** The shared instances of the enum member classes (Load(), Add()...), by kind index. */
    final PyObject[] singletons;
    /** Exact class -> description, for the classes created here (read-only after construction). */
    private final IdentityHashMap<PyType, AstKinds.Kind> kinds = new IdentityHashMap<>();

    AstState(Interpreter interp) {
        int n = AstKinds.ALL.size();
        types = new PyType[n];
        singletons = new PyObject[n];
        PyType ast = makeRoot();
        types[0] = ast;
        kinds.put(ast, AstKinds.ROOT);
        for (int i = 1; i < n; i++) {
            AstKinds.Kind k = AstKinds.ALL.get(i);
            PyTuple fields = fieldNames(k);
            PyDict ns = new PyDict();
            ns.setItem(S_FIELDS, fields);
            ns.setItem(S_MATCH_ARGS, fields);
            ns.setItem(S_MODULE, S_AST_MODULE);
            ns.setItem(S_DOC, PyStr.of(k.doc));
            PyType t = (PyType) Abstract.call(PyType.TYPE, PyStr.of(k.name), PyTuple.of(types[k.base.index]), ns);
            if (k.role == AstKinds.Role.SUM || k.role == AstKinds.Role.PRODUCT || k.role == AstKinds.Role.ENUM) {
                PyObject[] attrs = new PyObject[k.attributes.size()];
                for (int j = 0; j < attrs.length; j++) {
                    attrs[j] = PyStr.of(k.attributes.get(j));
                }
                Abstract.setAttr(t, S_ATTRIBUTES, PyTuple.of(attrs));
            }
            for (AstKinds.FieldDesc f : k.fields) {
                if (f.kind == org.ember.ast.AstSchema.Kind.OPTIONAL) {
                    Abstract.setAttr(t, f.pyName, Py.None);
                }
            }
            if ((k.role == AstKinds.Role.SUM || k.role == AstKinds.Role.PRODUCT) && k.positions && k.endOptional) {
                Abstract.setAttr(t, ToPython.END_LINENO, Py.None);
                Abstract.setAttr(t, ToPython.END_COL_OFFSET, Py.None);
            }
            t.tp_init = INIT;
            t.tp_new = NEW;
            types[i] = t;
            kinds.put(t, k);
            if (k.role == AstKinds.Role.ENUM_MEMBER) {
                singletons[i] = new PyInstance(t);
            }
        }
    }

    /** {@code AST}: instances have a __dict__ but, unlike its subclasses, no __weakref__ (as in CPython). */
    private PyType makeRoot() {
        PyDict ns = new PyDict();
        ns.setItem(S_MODULE, S_AST_MODULE);
        ns.setItem(S_SLOTS, PyTuple.of(S_DICT));
        PyType t = (PyType) Abstract.call(PyType.TYPE, PyStr.of("AST"), PyTuple.of(PyObject.TYPE), ns);
        t.getDict().pop(S_SLOTS);
        t.getDict().setItem(S_DOC, Py.None);
        t.modified();
        Abstract.setAttr(t, PyStr.of("__init__"), new PyMethodDescr(t, NativeFunction.ofVector("__init__", (self, args, kw) -> {
            init(self, args, kw);
            return Py.None;
        })));
        Abstract.setAttr(t, PyStr.of("__reduce__"), new PyMethodDescr(t, NativeFunction.of("__reduce__", AstState::reduce)));
        // AST.__new__ is PyType_GenericNew: it ignores its arguments (Lib/ast.py's Num(...) relies on it).
        Abstract.setAttr(t, PyStr.of("__new__"), new PyBuiltinFunction(NativeFunction.ofVector("__new__",
                (self, args, kw) -> astNew((PyType) self, args, kw)), t, null));
        PyTuple empty = PyTuple.EMPTY;
        Abstract.setAttr(t, S_FIELDS, empty);
        Abstract.setAttr(t, S_MATCH_ARGS, empty);
        Abstract.setAttr(t, S_ATTRIBUTES, empty);
        t.tp_init = INIT;
        t.tp_new = NEW;
        return t;
    }

    private static PyTuple fieldNames(AstKinds.Kind k) {
        PyObject[] names = new PyObject[k.fields.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = k.fields[i].pyName;
        }
        return names.length == 0 ? PyTuple.EMPTY : PyTuple.of(names);
    }

    /** The description of exact class t, or null when t is not one of this module's classes. */
    AstKinds.Kind kindOf(PyType t) {
        return kinds.get(t);
    }

    PyType astType() {
        return types[0];
    }

    /** The state of the current thread's interpreter, created on first use. */
    static AstState current() {
        return ThreadState.current().interp.moduleState(AstState.class, AstState::new);
    }

    // ---- AST.__init__ and AST.__reduce__ ------------------------------------------------------

    static final Slots.Init INIT = AstState::init;

    /** tp_new of the AST classes (PyType_GenericNew): allocates, ignoring the arguments. */
    static final Slots.New NEW = (type, args, kw) -> type.tp_alloc.alloc(type);

    /** AST.__new__(cls, *args, **kwargs) as CPython's tp_new wrapper for PyType_GenericNew. */
    private static PyObject astNew(PyType ast, PyObject[] args, String[] kw) {
        int npos = args.length - (kw == null ? 0 : kw.length);
        if (npos < 1) {
            throw Err.type("ast.AST.__new__(): not enough arguments");
        }
        if (!(args[0] instanceof PyType sub)) {
            throw Err.type("ast.AST.__new__(X): X is not a type object (%s)", Err.tn(args[0]));
        }
        if (!sub.isSubtype(ast)) {
            throw Err.type("ast.AST.__new__(%s): %s is not a subtype of ast.AST", sub.getName(), sub.getName());
        }
        return sub.tp_alloc.alloc(sub);
    }

    /**
     * AST.__init__ (CPython's ast_type_init): positional arguments are assigned to the names of
     * {@code type(self)._fields} in order, keyword arguments to their names.
     */
    static void init(PyObject self, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObject fields = Abstract.lookupAttr(self.type, S_FIELDS);
        long numfields = 0;
        if (fields != null) {
            numfields = Abstract.length(fields);
        }
        if (numfields < npos) {
            throw Err.type("%s constructor takes at most %d positional argument%s", self.type.getName(), numfields,
                    numfields == 1 ? "" : "s");
        }
        for (int i = 0; i < npos; i++) {
            PyObject name = Abstract.getItem(fields, PyInt.of(i));
            Abstract.setAttr(self, name, args[i]);
        }
        for (int j = 0; j < nkw; j++) {
            PyStr key = PyStr.of(kw[j]);
            if (fields != null && Abstract.contains(fields, key)) {
                long p = sequenceIndex(fields, key);
                if (p < npos) {
                    throw Err.type("%s got multiple values for argument '%s'", self.type.getName(), kw[j]);
                }
            }
            Abstract.setAttr(self, key, args[npos + j]);
        }
    }

    /** PySequence_Index: the first index at which seq holds a value equal to item. */
    private static long sequenceIndex(PyObject seq, PyObject item) {
        PyObject it = Abstract.iter(seq);
        long i = 0;
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it), i++) {
            if (Abstract.richCompareBool(x, item, CompareOp.EQ)) {
                return i;
            }
        }
        throw Err.value("sequence.index(x): x not in sequence");
    }

    /** AST.__reduce__: {@code (type(self), (), self.__dict__)}, or without the dict when there is none. */
    static PyObject reduce(PyObject self) {
        PyObject dict = Abstract.lookupAttr(self, S_DICT);
        if (dict != null) {
            return PyTuple.of(self.type, PyTuple.EMPTY, dict);
        }
        return PyTuple.of(self.type, PyTuple.EMPTY);
    }
}
