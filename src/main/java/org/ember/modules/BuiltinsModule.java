package org.ember.modules;

import java.util.ArrayList;
import java.util.List;

import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.CompareOp;
import org.ember.objects.Err;
import org.ember.objects.ListSort;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBool;
import org.ember.objects.PyBytes;
import org.ember.objects.PyClassMethod;
import org.ember.objects.PyComplex;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyProperty;
import org.ember.objects.PySlice;
import org.ember.objects.PyStaticMethod;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.objects.Slots;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/**
 * The builtins module: builtin functions, types, constants and exceptions. The functions are
 * immortal and shared by every interpreter; each interpreter gets its own module object.
 */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    private static final PyStr S_ROUND = PyStr.immortal("__round__");

    /** The builtin functions, created once per process. */
    private static final List<NativeFunction> FUNCTIONS = functions();

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("builtins");
        m.put("__doc__", PyStr.of("Built-in functions, exceptions, and other objects.\n\n"
                + "Noteworthy: None is the `nil' object; Ellipsis represents `...' in slices."));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        m.put("None", Py.None).put("Ellipsis", Py.Ellipsis).put("NotImplemented", Py.NotImplemented);
        m.put("False", Py.False).put("True", Py.True);
        m.put("__debug__", Py.bool(interp.config.optimize == 0));
        PyType[] types = {PyBool.TYPE, PyBytes.TYPE, PyClassMethod.TYPE, PyComplex.TYPE, PyDict.TYPE, PyFloat.TYPE,
            PyInt.TYPE, PyList.TYPE, PyObject.TYPE, PyProperty.TYPE, PySlice.TYPE, PyStaticMethod.TYPE, PyStr.TYPE,
            PyTuple.TYPE, PyType.TYPE, org.ember.objects.PySet.TYPE, org.ember.objects.PyFrozenSet.TYPE,
            org.ember.objects.PyRange.TYPE, org.ember.objects.PyEnumerate.TYPE, org.ember.objects.PyZip.TYPE,
            org.ember.objects.PyMap.TYPE, org.ember.objects.PyFilter.TYPE, org.ember.objects.PyReversed.TYPE,
            org.ember.objects.PyByteArray.TYPE, org.ember.objects.PyMemoryView.TYPE};
        for (PyType t : types) {
            m.put(t.getName(), t);
        }
        m.put("super", org.ember.interp.PySuper.TYPE);
        m.put("__build_class__", org.ember.interp.BuildClass.FUNCTION);
        for (PyType t : PyExc.all()) {
            m.put(t.getName(), t);
        }
        m.put("EnvironmentError", PyExc.OSError).put("IOError", PyExc.OSError);
        return m;
    }

    private static ThreadState ts() {
        return ThreadState.current();
    }

    private static PyStr attrName(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw Err.type("attribute name must be string, not '%s'", Err.tn(o));
        }
        return s;
    }

    private static List<NativeFunction> functions() {
        List<NativeFunction> fs = new ArrayList<>();
        fs.add(NativeFunction.of("abs", (self, x) -> Abstract.absolute(x)));
        fs.add(NativeFunction.of("all", (self, it) -> {
            PyObject iter = Abstract.iter(it);
            Slots.Next next = iter.type.tp_iternext;
            for (PyObject x = next.next(iter); x != null; x = next.next(iter)) {
                if (!Abstract.isTrue(x)) {
                    return Py.False;
                }
            }
            return Py.True;
        }));
        fs.add(NativeFunction.of("any", (self, it) -> {
            PyObject iter = Abstract.iter(it);
            Slots.Next next = iter.type.tp_iternext;
            for (PyObject x = next.next(iter); x != null; x = next.next(iter)) {
                if (Abstract.isTrue(x)) {
                    return Py.True;
                }
            }
            return Py.False;
        }));
        fs.add(NativeFunction.of("ascii", (self, x) -> Abstract.ascii(x)));
        fs.add(NativeFunction.of("bin", (self, x) -> PyStr.of(toBase(Abstract.index(x), 2, "0b"))));
        fs.add(NativeFunction.of("oct", (self, x) -> PyStr.of(toBase(Abstract.index(x), 8, "0o"))));
        fs.add(NativeFunction.of("hex", (self, x) -> PyStr.of(toBase(Abstract.index(x), 16, "0x"))));
        fs.add(NativeFunction.of("callable", (self, x) -> Py.bool(Abstract.isCallable(x))));
        fs.add(NativeFunction.of("chr", (self, x) -> {
            if (!(x instanceof PyInt) && x.type.nb_index == null) {
                throw Err.type("'%s' object cannot be interpreted as an integer", Err.tn(x));
            }
            PyInt i = Abstract.index(x);
            if (!i.isSmall() || i.longValue() < 0 || i.longValue() > 0x10ffff) {
                if (!i.isSmall() || Math.abs(i.longValue()) > Integer.MAX_VALUE) {
                    throw Err.overflow("Python int too large to convert to C int");
                }
                throw Err.value("chr() arg not in range(0x110000)");
            }
            return PyStr.ofCodePoint((int) i.longValue());
        }));
        fs.add(NativeFunction.of("ord", (self, c) -> {
            if (c instanceof PyStr s) {
                if (s.length() != 1) {
                    throw Err.type("ord() expected a character, but string of length %d found", s.length());
                }
                return PyInt.of(s.codePointAt(0));
            }
            if (c instanceof PyBytes b) {
                if (b.size() != 1) {
                    throw Err.type("ord() expected a character, but string of length %d found", b.size());
                }
                return PyInt.of(b.byteAt(0) & 0xff);
            }
            if (c instanceof org.ember.objects.BufferProtocol bp) {
                byte[] b = bp.toByteArray();
                if (b.length != 1) {
                    throw Err.type("ord() expected a character, but string of length %d found", b.length);
                }
                return PyInt.of(b[0] & 0xff);
            }
            throw Err.type("ord() expected string of length 1, but %s found", Err.tn(c));
        }));
        fs.add(NativeFunction.of("divmod", (self, a, b) -> Abstract.divmod(a, b)));
        fs.add(NativeFunction.of("pow", "base, exp, mod=None", (self, a) -> Abstract.power(a[0], a[1], a[2])));
        fs.add(NativeFunction.of("len", (self, x) -> {
            long n = Abstract.length(x);
            if (n < 0) {
                throw Err.value("__len__() should return >= 0");
            }
            return PyInt.of(n);
        }));
        fs.add(NativeFunction.of("hash", (self, x) -> PyInt.of(Abstract.hash(x))));
        fs.add(NativeFunction.of("id", (self, x) -> PyInt.of(ts().interp.runtime.ids.idOf(x))));
        fs.add(NativeFunction.of("repr", (self, x) -> Abstract.repr(x)));
        fs.add(NativeFunction.of("format", "value, format_spec='', /", (self, a) -> {
            if (!(a[1] instanceof PyStr)) {
                throw Err.type("format() argument 2 must be str, not %s", Err.tn(a[1]));
            }
            return Abstract.format(a[0], a[1]);
        }));
        fs.add(NativeFunction.of("isinstance", (self, o, c) -> Py.bool(Abstract.isInstance(o, c))));
        fs.add(NativeFunction.of("issubclass", (self, o, c) -> Py.bool(Abstract.isSubclass(o, c))));
        fs.add(NativeFunction.ofVector("getattr", (self, args, kw) -> {
            ArgParser.noKeywords("getattr", kw);
            ArgParser.checkPositional("getattr", args.length, 2, 3);
            PyStr name = attrName(args[1]);
            if (args.length == 3) {
                PyObject v = Abstract.lookupAttr(args[0], name);
                return v == null ? args[2] : v;
            }
            return Abstract.getAttr(args[0], name);
        }));
        fs.add(NativeFunction.of("hasattr", (self, o, n) -> Py.bool(Abstract.lookupAttr(o, attrName(n)) != null)));
        fs.add(NativeFunction.of("setattr", (self, o, n, v) -> {
            Abstract.setAttr(o, attrName(n), v);
            return Py.None;
        }));
        fs.add(NativeFunction.of("delattr", (self, o, n) -> {
            Abstract.delAttr(o, attrName(n));
            return Py.None;
        }));
        fs.add(NativeFunction.ofVector("iter", (self, args, kw) -> {
            ArgParser.noKeywords("iter", kw);
            ArgParser.checkPositional("iter", args.length, 1, 2);
            if (args.length == 1) {
                return Abstract.iter(args[0]);
            }
            if (!Abstract.isCallable(args[0])) {
                throw Err.type("iter(v, w): v must be callable");
            }
            return new org.ember.objects.PyCallIter(args[0], args[1]);
        }));
        fs.add(NativeFunction.ofVector("next", (self, args, kw) -> {
            ArgParser.noKeywords("next", kw);
            ArgParser.checkPositional("next", args.length, 1, 2);
            PyObject it = args[0];
            Slots.Next f = it.type.tp_iternext;
            if (f == null) {
                throw Err.type("'%s' object is not an iterator", Err.tn(it));
            }
            PyObject r = f.next(it);
            if (r != null) {
                return r;
            }
            if (args.length == 2) {
                return args[1];
            }
            throw org.ember.interp.PyGenerator.exhaustedError(it);
        }));
        fs.add(NativeFunction.of("aiter", (self, o) -> {
            Slots.Unary f = o.type.am_aiter;
            if (f == null) {
                throw Err.type("'%s' object is not an async iterable", Err.tn(o));
            }
            PyObject it = f.apply(o);
            if (it.type.am_anext == null) {
                throw Err.type("aiter() returned not an async iterator of type '%s'", Err.tn(it));
            }
            return it;
        }));
        fs.add(NativeFunction.ofVector("anext", (self, args, kw) -> {
            ArgParser.noKeywords("anext", kw);
            ArgParser.checkPositional("anext", args.length, 1, 2);
            PyObject it = args[0];
            Slots.Unary f = it.type.am_anext;
            if (f == null) {
                throw Err.type("'%s' object is not an async iterator", Err.tn(it));
            }
            PyObject awaitable = f.apply(it);
            if (args.length == 1) {
                return awaitable;
            }
            return AnextAwaitable.of(awaitable, args[1]);
        }));
        fs.add(NativeFunction.ofVector("min", (self, args, kw) -> minMax(args, kw, CompareOp.LT, "min")));
        fs.add(NativeFunction.ofVector("max", (self, args, kw) -> minMax(args, kw, CompareOp.GT, "max")));
        fs.add(NativeFunction.of("sum", "iterable, /, start=0", (self, a) -> sum(a[0], a[1])));
        fs.add(NativeFunction.of("sorted", "iterable, /, *, key=None, reverse=False", (self, a) -> {
            PyList l = new PyList(Abstract.toArray(a[0]));
            ListSort.sort(l, a[1], Abstract.isTrue(a[2]));
            return l;
        }));
        fs.add(NativeFunction.of("round", "number, ndigits=None", (self, a) -> {
            PyObject f = a[0].type.lookup(S_ROUND);
            if (f == null) {
                throw Err.type("type %s doesn't define __round__ method", a[0].type.getName());
            }
            return a[1] == Py.None ? Abstract.callBound(f, a[0]) : Abstract.callBound(f, a[0], a[1]);
        }));
        fs.add(NativeFunction.ofVector("print", (self, args, kw) -> print(args, kw)));
        fs.add(NativeFunction.ofVector("input", (self, args, kw) -> {
            ArgParser.noKeywords("input", kw);
            ArgParser.checkPositional("input", args.length, 0, 1);
            return input(args.length == 0 ? null : args[0]);
        }));
        fs.add(NativeFunction.ofVector("breakpoint", (self, args, kw) -> {
            PyObject hook = SysModule.get("breakpointhook");
            if (hook == null) {
                throw Err.runtime("lost sys.breakpointhook");
            }
            return Abstract.call(hook, args, kw);
        }));
        fs.add(NativeFunction.ofVector("dir", (self, args, kw) -> {
            ArgParser.noKeywords("dir", kw);
            ArgParser.checkPositional("dir", args.length, 0, 1);
            PyObject names;
            if (args.length == 0) {
                names = new PyList(currentLocals().keysArray());
            } else {
                PyObject f = args[0].type.lookup("__dir__");
                if (f == null) {
                    throw Err.type("object does not provide __dir__");
                }
                names = new PyList(Abstract.toArray(Abstract.callBound(f, args[0])));
            }
            ListSort.sort((PyList) names, null, false);
            return names;
        }));
        fs.add(NativeFunction.of("globals", self -> currentFrameAttr("f_globals")));
        fs.add(NativeFunction.of("locals", self -> currentLocals()));
        fs.add(NativeFunction.ofVector("vars", (self, args, kw) -> {
            ArgParser.noKeywords("vars", kw);
            ArgParser.checkPositional("vars", args.length, 0, 1);
            if (args.length == 0) {
                return currentLocals();
            }
            PyObject d = Abstract.lookupAttr(args[0], "__dict__");
            if (d == null) {
                throw Err.type("vars() argument must have __dict__ attribute");
            }
            return d;
        }));
        fs.add(NativeFunction.ofVector("__import__", (self, args, kw) -> ImportSystem.importBuiltin(args, kw)));
        fs.add(CodeBuiltins.compileFunction());
        fs.add(CodeBuiltins.execFunction());
        fs.add(CodeBuiltins.evalFunction());
        return fs;
    }

    private static PyDict Builtins() {
        return ts().interp.builtinsDict;
    }

    private static PyObject currentFrameAttr(String name) {
        PyObject f = ts().frame;
        if (f == null) {
            throw Err.system("no current frame");
        }
        return Abstract.getAttr(f, name);
    }

    private static PyDict currentLocals() {
        PyObject l = currentFrameAttr("f_locals");
        if (l instanceof PyDict d) {
            return d;
        }
        PyDict d = new PyDict();
        Abstract.forEach(Abstract.callMethod(l, "keys"), k -> d.setItem(k, Abstract.getItem(l, k)));
        return d;
    }

    static String toBase(PyInt i, int base, String prefix) {
        java.math.BigInteger v = i.bigValue();
        String digits = v.abs().toString(base);
        return (v.signum() < 0 ? "-" : "") + prefix + digits;
    }

    private static PyObject minMax(PyObject[] args, String[] kw, CompareOp op, String name) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObject key = null;
        PyObject dflt = null;
        for (int i = 0; i < nkw; i++) {
            switch (kw[i]) {
                case "key" -> key = args[npos + i];
                case "default" -> dflt = args[npos + i];
                default -> throw Err.type("'%s' is an invalid keyword argument for %s()", kw[i], name);
            }
        }
        if (npos == 0) {
            throw Err.type("%s expected at least 1 argument, got 0", name);
        }
        if (npos > 1 && dflt != null) {
            throw Err.type("Cannot specify a default for %s() with multiple positional arguments", name);
        }
        if (key == Py.None) {
            key = null;
        }
        PyObject it = npos == 1 ? Abstract.iter(args[0]) : Abstract.iter(PyTuple.of(java.util.Arrays.copyOf(args, npos)));
        Slots.Next next = it.type.tp_iternext;
        PyObject best = null;
        PyObject bestKey = null;
        for (PyObject x = next.next(it); x != null; x = next.next(it)) {
            PyObject k = key == null ? x : Abstract.call(key, x);
            if (best == null || Abstract.richCompareBool(k, bestKey, op)) {
                best = x;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw Err.value("%s() arg is an empty sequence", name);
        }
        return best;
    }

    private static PyObject sum(PyObject iterable, PyObject start) {
        if (start instanceof PyStr) {
            throw Err.type("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (start instanceof PyBytes) {
            throw Err.type("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (start.type.getName().equals("bytearray") && !start.type.isHeapType()) {
            throw Err.type("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        PyObject it = Abstract.iter(iterable);
        Slots.Next next = it.type.tp_iternext;
        PyObject result = start;
        PyObject x = next.next(it);
        if (result.type == PyInt.TYPE && ((PyInt) result).isSmall()) {
            long acc = ((PyInt) result).longValue();
            while (x != null && x.type == PyInt.TYPE && ((PyInt) x).isSmall()) {
                long y = ((PyInt) x).longValue();
                long r = acc + y;
                if (((acc ^ r) & (y ^ r)) < 0) {
                    break;
                }
                acc = r;
                x = next.next(it);
            }
            result = PyInt.of(acc);
        }
        if (result.type == PyFloat.TYPE) {
            double acc = ((PyFloat) result).value;
            while (x != null && (x.type == PyFloat.TYPE || (x.type == PyInt.TYPE && ((PyInt) x).isSmall()
                    && Math.abs(((PyInt) x).longValue()) < (1L << 53)))) {
                acc += x.type == PyFloat.TYPE ? ((PyFloat) x).value : (double) ((PyInt) x).longValue();
                x = next.next(it);
            }
            result = new PyFloat(acc);
        }
        for (; x != null; x = next.next(it)) {
            result = Abstract.add(result, x);
        }
        return result;
    }

    private static PyObject print(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObject sep = Py.None;
        PyObject end = Py.None;
        PyObject file = Py.None;
        PyObject flush = Py.False;
        for (int i = 0; i < nkw; i++) {
            PyObject v = args[npos + i];
            switch (kw[i]) {
                case "sep" -> sep = v;
                case "end" -> end = v;
                case "file" -> file = v;
                case "flush" -> flush = v;
                default -> throw Err.type("'%s' is an invalid keyword argument for print()", kw[i]);
            }
        }
        if (file == Py.None) {
            file = SysModule.get("stdout");
            if (file == null || file == Py.None) {
                return Py.None;
            }
        }
        if (sep != Py.None && !(sep instanceof PyStr)) {
            throw Err.type("sep must be None or a string, not %s", Err.tn(sep));
        }
        if (end != Py.None && !(end instanceof PyStr)) {
            throw Err.type("end must be None or a string, not %s", Err.tn(end));
        }
        PyStr sepStr = sep == Py.None ? PyStr.of(" ") : (PyStr) sep;
        PyStr endStr = end == Py.None ? PyStr.of("\n") : (PyStr) end;
        PyStr write = PyStr.of("write");
        PyObject writer = Abstract.getAttr(file, write);
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                Abstract.call(writer, sepStr);
            }
            Abstract.call(writer, Abstract.str(args[i]));
        }
        Abstract.call(writer, endStr);
        if (Abstract.isTrue(flush)) {
            Abstract.callMethod(file, "flush");
        }
        return Py.None;
    }

    private static PyObject input(PyObject prompt) {
        PyObject stdin = SysModule.get("stdin");
        PyObject stdout = SysModule.get("stdout");
        PyObject stderr = SysModule.get("stderr");
        if (stdin == null || stdin == Py.None) {
            throw Err.runtime("input(): lost sys.stdin");
        }
        if (stdout == null || stdout == Py.None) {
            throw Err.runtime("input(): lost sys.stdout");
        }
        if (stderr != null && stderr != Py.None) {
            PyObject fl = Abstract.lookupAttr(stderr, "flush");
            if (fl != null) {
                try {
                    Abstract.call(fl);
                } catch (PyException e) {
                    // ignored, as CPython
                }
            }
        }
        if (prompt != null) {
            Abstract.callMethod(stdout, "write", Abstract.str(prompt));
        }
        PyObject fl = Abstract.lookupAttr(stdout, "flush");
        if (fl != null) {
            Abstract.call(fl);
        }
        PyObject line = Abstract.callMethod(stdin, "readline");
        if (!(line instanceof PyStr s)) {
            throw Err.type("object.readline() returned non-string");
        }
        if (s.value.isEmpty()) {
            throw Err.format(PyExc.EOFError, "EOF when reading a line");
        }
        String v = s.value;
        if (v.endsWith("\n")) {
            v = v.substring(0, v.length() - 1);
        }
        return PyStr.of(v);
    }
}
