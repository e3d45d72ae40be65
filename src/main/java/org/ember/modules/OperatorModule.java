package org.ember.modules;

import java.util.ArrayList;
import java.util.List;

import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.BufferProtocol;
import org.ember.objects.CompareOp;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.objects.Sequences;
import org.ember.objects.Slots;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/**
 * The _operator module (CPython's Modules/_operator.c): the operator functions, itemgetter,
 * attrgetter and methodcaller with their reprs and pickling, length_hint and _compare_digest.
 */
public final class OperatorModule {
    private OperatorModule() {}

    private static final String MODULE = "_operator";

    // ---- sequence helpers (PySequence_Concat & co.) ----------------------------------------------

    /** CPython's binary_op1 for an nb slot chosen by sel (reflected operand rules). */
    private static PyObject binaryOp1(PyObject v, PyObject w, java.util.function.Function<PyType, Slots.Binary> sel) {
        Slots.Binary slotv = sel.apply(v.type);
        Slots.Binary slotw = w.type == v.type ? null : sel.apply(w.type);
        if (slotw == slotv) {
            slotw = null;
        }
        if (slotv != null) {
            if (slotw != null && w.type.isSubtype(v.type)) {
                PyObject x = slotw.apply(v, w);
                if (x != Py.NotImplemented) {
                    return x;
                }
                slotw = null;
            }
            PyObject x = slotv.apply(v, w);
            if (x != Py.NotImplemented) {
                return x;
            }
        }
        if (slotw != null) {
            return slotw.apply(v, w);
        }
        return Py.NotImplemented;
    }

    static PyObject concat(PyObject a, PyObject b) {
        if (a.type.sq_concat != null) {
            return a.type.sq_concat.apply(a, b);
        }
        if (Abstract.isSequence(a) && Abstract.isSequence(b)) {
            PyObject r = binaryOp1(a, b, t -> t.nb_add);
            if (r != Py.NotImplemented) {
                return r;
            }
        }
        throw Err.type("'%s' object can't be concatenated", Err.tn(a));
    }

    static PyObject iconcat(PyObject a, PyObject b) {
        if (a.type.sq_inplace_concat != null) {
            return a.type.sq_inplace_concat.apply(a, b);
        }
        if (a.type.sq_concat != null) {
            return a.type.sq_concat.apply(a, b);
        }
        if (Abstract.isSequence(a) && Abstract.isSequence(b)) {
            Slots.Binary ip = a.type.nb_inplace_add;
            if (ip != null) {
                PyObject r = ip.apply(a, b);
                if (r != Py.NotImplemented) {
                    return r;
                }
            }
            PyObject r = binaryOp1(a, b, t -> t.nb_add);
            if (r != Py.NotImplemented) {
                return r;
            }
        }
        throw Err.type("'%s' object can't be concatenated", Err.tn(a));
    }

    private static long iterSearch(PyObject seq, PyObject obj, boolean index) {
        PyObject it;
        try {
            it = Abstract.iter(seq);
        } catch (org.ember.objects.PyException e) {
            if (e.matches(org.ember.objects.PyExc.TypeError)) {
                throw Err.type("argument of type '%s' is not iterable", Err.tn(seq));
            }
            throw e;
        }
        long n = 0;
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (Abstract.richCompareBool(x, obj, CompareOp.EQ)) {
                if (index) {
                    return n;
                }
                n++;
            } else if (index) {
                n++;
            }
        }
        if (index) {
            throw Err.value("sequence.index(x): x not in sequence");
        }
        return n;
    }

    private static PyObject compareDigest(PyObject self, PyObject a, PyObject b) {
        byte[] x;
        byte[] y;
        if (a instanceof PyStr sa && b instanceof PyStr sb) {
            if (!isAscii(sa.value) || !isAscii(sb.value)) {
                throw Err.type("comparing strings with non-ASCII characters is not supported");
            }
            x = sa.value.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            y = sb.value.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            if (!(a instanceof BufferProtocol) && !(b instanceof BufferProtocol)) {
                throw Err.type("unsupported operand types(s) or combination of types: '%s' and '%s'", Err.tn(a), Err.tn(b));
            }
            if (!(a instanceof BufferProtocol ba)) {
                throw Err.type("a bytes-like object is required, not '%s'", Err.tn(a));
            }
            if (!(b instanceof BufferProtocol bb)) {
                throw Err.type("a bytes-like object is required, not '%s'", Err.tn(b));
            }
            x = ba.toByteArray();
            y = bb.toByteArray();
        }
        return Py.bool(java.security.MessageDigest.isEqual(x, y));
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    // ---- itemgetter ----------------------------------------------------------------------------------

    /** itemgetter(item, ...) */
    public static final class ItemGetter extends PyObject {
        public static final PyType TYPE = PyType.builtin("itemgetter", ItemGetter.class, ItemGetter::define);

        private final PyObject[] items;

        ItemGetter(PyObject[] items) {
            super(TYPE);
            this.items = items;
        }

        private PyObject get(PyObject obj) {
            if (items.length == 1) {
                return Abstract.getItem(obj, items[0]);
            }
            PyObject[] r = new PyObject[items.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = Abstract.getItem(obj, items[i]);
            }
            return PyTuple.of(r);
        }

        private static void define(PyType t) {
            t.module("operator");
            t.doc("itemgetter(item, ...) --> itemgetter object\n\n"
                    + "Return a callable object that fetches the given item(s) from its operand.\n"
                    + "After f = itemgetter(2), the call f(r) returns r[2].\n"
                    + "After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])");
            t.tp_new = (type, args, kw) -> {
                ArgParser.noKeywords("itemgetter", kw);
                if (args.length <= 1) {
                    ArgParser.checkPositional("itemgetter", args.length, 1, 1);
                }
                return new ItemGetter(args.clone());
            };
            t.tp_call = (self, args, kw) -> {
                ArgParser.noKeywords("itemgetter", kw);
                ArgParser.checkPositional("itemgetter", args.length, 1, 1);
                return ((ItemGetter) self).get(args[0]);
            };
            t.tp_repr = self -> {
                ItemGetter g = (ItemGetter) self;
                String name = self.type.getFullName();
                ThreadState ts = ThreadState.current();
                if (!ts.reprEnter(self)) {
                    return PyStr.of(name + "(...)");
                }
                try {
                    if (g.items.length == 1) {
                        return PyStr.of(name + "(" + Abstract.reprJava(g.items[0]) + ")");
                    }
                    return PyStr.of(name + Abstract.reprJava(PyTuple.of(g.items.clone())));
                } finally {
                    ts.reprLeave(self);
                }
            };
            t.method0("__reduce__", self -> {
                ItemGetter g = (ItemGetter) self;
                return PyTuple.of(self.type, PyTuple.of(g.items.clone()));
            });
        }
    }

    // ---- attrgetter ----------------------------------------------------------------------------------

    /** attrgetter(attr, ...) */
    public static final class AttrGetter extends PyObject {
        public static final PyType TYPE = PyType.builtin("attrgetter", AttrGetter.class, AttrGetter::define);

        /** Per attribute: the dotted path split into interned names. */
        private final PyStr[][] paths;

        AttrGetter(PyStr[][] paths) {
            super(TYPE);
            this.paths = paths;
        }

        private static PyObject dotted(PyObject obj, PyStr[] path) {
            for (PyStr name : path) {
                obj = Abstract.getAttr(obj, name);
            }
            return obj;
        }

        private PyObject get(PyObject obj) {
            if (paths.length == 1) {
                return dotted(obj, paths[0]);
            }
            PyObject[] r = new PyObject[paths.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = dotted(obj, paths[i]);
            }
            return PyTuple.of(r);
        }

        private PyObject[] names() {
            PyObject[] r = new PyObject[paths.length];
            for (int i = 0; i < r.length; i++) {
                StringBuilder sb = new StringBuilder();
                for (int j = 0; j < paths[i].length; j++) {
                    if (j > 0) {
                        sb.append('.');
                    }
                    sb.append(paths[i][j].value);
                }
                r[i] = PyStr.of(sb.toString());
            }
            return r;
        }

        private static void define(PyType t) {
            t.module("operator");
            t.doc("attrgetter(attr, ...) --> attrgetter object\n\n"
                    + "Return a callable object that fetches the given attribute(s) from its operand.\n"
                    + "After f = attrgetter('name'), the call f(r) returns r.name.\n"
                    + "After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n"
                    + "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n"
                    + "(r.name.first, r.name.last).");
            t.tp_new = (type, args, kw) -> {
                ArgParser.noKeywords("attrgetter", kw);
                if (args.length <= 1) {
                    ArgParser.checkPositional("attrgetter", args.length, 1, 1);
                }
                PyStr[][] paths = new PyStr[args.length][];
                org.ember.runtime.Runtime rt = ThreadState.current().interp.runtime;
                for (int i = 0; i < args.length; i++) {
                    if (!(args[i] instanceof PyStr s)) {
                        throw Err.type("attribute name must be a string");
                    }
                    String[] parts = s.value.split("\\.", -1);
                    paths[i] = new PyStr[parts.length];
                    for (int j = 0; j < parts.length; j++) {
                        paths[i][j] = rt.intern(parts[j]);
                    }
                }
                return new AttrGetter(paths);
            };
            t.tp_call = (self, args, kw) -> {
                ArgParser.noKeywords("attrgetter", kw);
                ArgParser.checkPositional("attrgetter", args.length, 1, 1);
                return ((AttrGetter) self).get(args[0]);
            };
            t.tp_repr = self -> {
                AttrGetter g = (AttrGetter) self;
                String name = self.type.getFullName();
                ThreadState ts = ThreadState.current();
                if (!ts.reprEnter(self)) {
                    return PyStr.of(name + "(...)");
                }
                try {
                    PyObject[] names = g.names();
                    if (names.length == 1) {
                        return PyStr.of(name + "(" + Abstract.reprJava(names[0]) + ")");
                    }
                    return PyStr.of(name + Abstract.reprJava(PyTuple.of(names)));
                } finally {
                    ts.reprLeave(self);
                }
            };
            t.method0("__reduce__", self -> PyTuple.of(self.type, PyTuple.of(((AttrGetter) self).names())));
        }
    }

    // ---- methodcaller ---------------------------------------------------------------------------------

    /** methodcaller(name, /, *args, **kwargs) */
    public static final class MethodCaller extends PyObject {
        public static final PyType TYPE = PyType.builtin("methodcaller", MethodCaller.class, MethodCaller::define);

        private final PyStr name;
        private final PyObject[] args;
        private final String[] kwnames;
        private final PyObject[] kwvalues;

        MethodCaller(PyStr name, PyObject[] args, String[] kwnames, PyObject[] kwvalues) {
            super(TYPE);
            this.name = name;
            this.args = args;
            this.kwnames = kwnames;
            this.kwvalues = kwvalues;
        }

        private static void define(PyType t) {
            t.module("operator");
            t.doc("methodcaller(name, ...) --> methodcaller object\n\n"
                    + "Return a callable object that calls the given method on its operand.\n"
                    + "After f = methodcaller('name'), the call f(r) returns r.name().\n"
                    + "After g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).");
            t.tp_new = (type, args, kw) -> {
                int nkw = kw == null ? 0 : kw.length;
                int npos = args.length - nkw;
                if (npos < 1) {
                    throw Err.type("methodcaller needs at least one argument, the method name");
                }
                if (!(args[0] instanceof PyStr nm)) {
                    throw Err.type("method name must be a string");
                }
                PyStr name = ThreadState.current().interp.runtime.intern(nm.value);
                PyObject[] pos = java.util.Arrays.copyOfRange(args, 1, npos);
                PyObject[] kv = java.util.Arrays.copyOfRange(args, npos, args.length);
                return new MethodCaller(name, pos, nkw == 0 ? new String[0] : kw.clone(), kv);
            };
            t.tp_call = (self, args, kw) -> {
                ArgParser.noKeywords("methodcaller", kw);
                ArgParser.checkPositional("methodcaller", args.length, 1, 1);
                MethodCaller m = (MethodCaller) self;
                PyObject meth = Abstract.getAttr(args[0], m.name);
                PyObject[] all = new PyObject[m.args.length + m.kwvalues.length];
                System.arraycopy(m.args, 0, all, 0, m.args.length);
                System.arraycopy(m.kwvalues, 0, all, m.args.length, m.kwvalues.length);
                return Abstract.call(meth, all, m.kwnames.length == 0 ? null : m.kwnames);
            };
            t.tp_repr = self -> {
                MethodCaller m = (MethodCaller) self;
                String tn = self.type.getFullName();
                ThreadState ts = ThreadState.current();
                if (!ts.reprEnter(self)) {
                    return PyStr.of(tn + "(...)");
                }
                try {
                    List<String> parts = new ArrayList<>();
                    parts.add(Abstract.reprJava(m.name));
                    for (PyObject a : m.args) {
                        parts.add(Abstract.reprJava(a));
                    }
                    for (int i = 0; i < m.kwnames.length; i++) {
                        parts.add(m.kwnames[i] + "=" + Abstract.reprJava(m.kwvalues[i]));
                    }
                    return PyStr.of(tn + "(" + String.join(", ", parts) + ")");
                } finally {
                    ts.reprLeave(self);
                }
            };
            t.method0("__reduce__", self -> {
                MethodCaller m = (MethodCaller) self;
                if (m.kwnames.length == 0) {
                    PyObject[] a = new PyObject[m.args.length + 1];
                    a[0] = m.name;
                    System.arraycopy(m.args, 0, a, 1, m.args.length);
                    return PyTuple.of(self.type, PyTuple.of(a));
                }
                PyObject partial = Abstract.getAttr(ThreadState.current().interp.importModule("functools"), "partial");
                PyObject[] pa = new PyObject[2 + m.kwvalues.length];
                pa[0] = self.type;
                pa[1] = m.name;
                System.arraycopy(m.kwvalues, 0, pa, 2, m.kwvalues.length);
                PyObject ctor = Abstract.call(partial, pa, m.kwnames.clone());
                return PyTuple.of(ctor, PyTuple.of(m.args.clone()));
            });
        }
    }

    // ---- the functions ----------------------------------------------------------------------------------

    private interface Bin {
        PyObject apply(PyObject a, PyObject b);
    }

    private interface Un {
        PyObject apply(PyObject a);
    }

    private static void bin(List<PyBuiltinFunction> fs, String name, Bin f) {
        fs.add(PyBuiltinFunction.function(MODULE, NativeFunction.of(name, (NativeFunction.F2) (self, a, b) -> f.apply(a, b))));
    }

    private static void un(List<PyBuiltinFunction> fs, String name, Un f) {
        fs.add(PyBuiltinFunction.function(MODULE, NativeFunction.of(name, (NativeFunction.F1) (self, a) -> f.apply(a))));
    }

    private static void cmp(List<PyBuiltinFunction> fs, String name, CompareOp op) {
        bin(fs, name, (a, b) -> Abstract.richCompare(a, b, op));
    }

    private static final List<PyBuiltinFunction> FUNCTIONS = functions();

    private static List<PyBuiltinFunction> functions() {
        List<PyBuiltinFunction> fs = new ArrayList<>();
        un(fs, "truth", a -> Py.bool(Abstract.isTrue(a)));
        bin(fs, "contains", (a, b) -> Py.bool(Abstract.contains(a, b)));
        bin(fs, "indexOf", (a, b) -> PyInt.of(iterSearch(a, b, true)));
        bin(fs, "countOf", (a, b) -> PyInt.of(iterSearch(a, b, false)));
        bin(fs, "is_", (a, b) -> Py.bool(a == b));
        bin(fs, "is_not", (a, b) -> Py.bool(a != b));
        un(fs, "index", Abstract::index);
        bin(fs, "add", Abstract::add);
        bin(fs, "sub", Abstract::subtract);
        bin(fs, "mul", Abstract::multiply);
        bin(fs, "matmul", Abstract::matmul);
        bin(fs, "floordiv", Abstract::floorDivide);
        bin(fs, "truediv", Abstract::trueDivide);
        bin(fs, "mod", Abstract::remainder);
        un(fs, "neg", Abstract::negative);
        un(fs, "pos", Abstract::positive);
        un(fs, "abs", Abstract::absolute);
        un(fs, "inv", Abstract::invert);
        un(fs, "invert", Abstract::invert);
        bin(fs, "lshift", Abstract::lshift);
        bin(fs, "rshift", Abstract::rshift);
        un(fs, "not_", a -> Py.bool(!Abstract.isTrue(a)));
        bin(fs, "and_", Abstract::and);
        bin(fs, "xor", Abstract::xor);
        bin(fs, "or_", Abstract::or);
        bin(fs, "iadd", Abstract::inplaceAdd);
        bin(fs, "isub", Abstract::inplaceSubtract);
        bin(fs, "imul", Abstract::inplaceMultiply);
        bin(fs, "imatmul", Abstract::inplaceMatmul);
        bin(fs, "ifloordiv", Abstract::inplaceFloorDivide);
        bin(fs, "itruediv", Abstract::inplaceTrueDivide);
        bin(fs, "imod", Abstract::inplaceRemainder);
        bin(fs, "ilshift", Abstract::inplaceLshift);
        bin(fs, "irshift", Abstract::inplaceRshift);
        bin(fs, "iand", Abstract::inplaceAnd);
        bin(fs, "ixor", Abstract::inplaceXor);
        bin(fs, "ior", Abstract::inplaceOr);
        bin(fs, "concat", OperatorModule::concat);
        bin(fs, "iconcat", OperatorModule::iconcat);
        bin(fs, "getitem", Abstract::getItem);
        fs.add(PyBuiltinFunction.function(MODULE, NativeFunction.of("setitem", (NativeFunction.F3) (self, a, b, c) -> {
            Abstract.setItem(a, b, c);
            return Py.None;
        })));
        bin(fs, "delitem", (a, b) -> {
            Abstract.delItem(a, b);
            return Py.None;
        });
        bin(fs, "pow", (a, b) -> Abstract.power(a, b, Py.None));
        bin(fs, "ipow", Abstract::inplacePower);
        cmp(fs, "lt", CompareOp.LT);
        cmp(fs, "le", CompareOp.LE);
        cmp(fs, "eq", CompareOp.EQ);
        cmp(fs, "ne", CompareOp.NE);
        cmp(fs, "gt", CompareOp.GT);
        cmp(fs, "ge", CompareOp.GE);
        fs.add(PyBuiltinFunction.function(MODULE, NativeFunction.of("_compare_digest", OperatorModule::compareDigest)));
        fs.add(PyBuiltinFunction.function(MODULE, NativeFunction.of("length_hint", "obj, default=0, /", (self, a) -> {
            long dflt = Abstract.asSsize(a[1], org.ember.objects.PyExc.OverflowError);
            return PyInt.of(Sequences.lengthHint(a[0], dflt));
        })));
        fs.add(PyBuiltinFunction.function(MODULE, NativeFunction.ofVector("call", (self, args, kw) -> {
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (npos < 1) {
                throw Err.type("call expected at least 1 argument, got 0");
            }
            return Abstract.call(args[0], java.util.Arrays.copyOfRange(args, 1, args.length), kw);
        })));
        return List.copyOf(fs);
    }

    private static final String DOC = "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\n"
            + "to the intrinsic operators of Python.  For example, operator.add(x, y)\n"
            + "is equivalent to the expression x+y.  The function names are those\n"
            + "used for special methods; variants without leading and trailing\n"
            + "'__' are also provided for convenience.";

    public static PyModule create(Interpreter interp) {
        PyType.ready(ItemGetter.TYPE, AttrGetter.TYPE, MethodCaller.TYPE);
        PyModule m = new PyModule(MODULE);
        m.put("__doc__", PyStr.of(DOC));
        for (PyBuiltinFunction f : FUNCTIONS) {
            m.put(f.fn.name, f);
        }
        m.put("itemgetter", ItemGetter.TYPE);
        m.put("attrgetter", AttrGetter.TYPE);
        m.put("methodcaller", MethodCaller.TYPE);
        return m;
    }
}
