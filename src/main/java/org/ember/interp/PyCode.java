package org.ember.interp;

import java.util.ArrayList;
import java.util.List;

import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.Err;
import org.ember.objects.Hashing;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;

/**
 * code: an immutable compiled unit (module, class body, function, lambda, comprehension).
 * Immutable so that one compilation can be executed by any number of interpreters at once:
 * its constants are immutable objects and its execution tree holds only benign-racy caches.
 *
 * <p>Every node of the execution tree that can raise or call has an index into the position
 * table ({@link #lines}, {@link #endLines}, {@link #cols}, {@link #endCols}); that index plays
 * the part of CPython's instruction offset: {@code tb_lasti} and {@code f_lasti} are twice it,
 * and {@code co_positions()} lists the table, so the traceback module finds the same carets.
 */
public final class PyCode extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", PyCode.class, PyCode::define);

    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    public static final int CO_ASYNC_GENERATOR = 0x200;
    public static final int CO_FUTURE_DIVISION = 0x20000;
    public static final int CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
    public static final int CO_FUTURE_WITH_STATEMENT = 0x80000;
    public static final int CO_FUTURE_PRINT_FUNCTION = 0x100000;
    public static final int CO_FUTURE_UNICODE_LITERALS = 0x200000;
    public static final int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    public static final int CO_FUTURE_GENERATOR_STOP = 0x800000;
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLineno;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int flags;
    /** Parameters, then other local variables (co_varnames). */
    public final String[] varnames;
    /** Interned names of varnames, for keyword argument matching by identity. */
    final PyStr[] varnameStrs;
    public final String[] cellvars;
    public final String[] freevars;
    public final String[] names;
    public final PyObject[] consts;
    /** Size of the fast-locals array: varnames plus hidden temporaries. */
    public final int nfast;
    /** For each cell variable, the index of the parameter it is initialised from, or -1. */
    public final int[] cell2arg;
    /** Number of resume-state slots a generator frame needs. */
    public final int nstate;
    /** The execution tree of the body. */
    public final Node.Stmt body;
    public final int[] lines;
    public final int[] endLines;
    public final int[] cols;
    public final int[] endCols;
    /** Positional-parameter count including *args/**kwargs (total_args + varargs + varkw). */
    final int totalArgs;
    /** True when calls need only positional binding: no kw-only, *args, **kwargs or cells from args. */
    final boolean simpleArgs;

    public PyCode(String name, String qualname, String filename, int firstLineno, int argcount, int posonlyargcount,
            int kwonlyargcount, int flags, String[] varnames, String[] cellvars, String[] freevars, String[] names,
            PyObject[] consts, int nfast, int[] cell2arg, int nstate, Node.Stmt body, int[] lines, int[] endLines,
            int[] cols, int[] endCols) {
        super(TYPE);
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineno = firstLineno;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.flags = flags;
        this.varnames = varnames;
        this.varnameStrs = new PyStr[varnames.length];
        for (int i = 0; i < varnames.length; i++) {
            varnameStrs[i] = Interning.intern(varnames[i]);
        }
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.names = names;
        this.consts = consts;
        this.nfast = nfast;
        this.cell2arg = cell2arg;
        this.nstate = nstate;
        this.body = body;
        this.lines = lines;
        this.endLines = endLines;
        this.cols = cols;
        this.endCols = endCols;
        this.totalArgs = argcount + kwonlyargcount + ((flags & CO_VARARGS) != 0 ? 1 : 0)
                + ((flags & CO_VARKEYWORDS) != 0 ? 1 : 0);
        boolean argCell = false;
        for (int c : cell2arg) {
            if (c >= 0) {
                argCell = true;
            }
        }
        this.simpleArgs = kwonlyargcount == 0 && (flags & (CO_VARARGS | CO_VARKEYWORDS)) == 0 && !argCell;
    }

    @Override
    public boolean isImmortal() {
        return true;
    }

    public boolean isGeneratorLike() {
        return (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
    }

    /** The line of position-table entry pc (or the first line for -1). */
    public int lineOf(int pc) {
        if (pc < 0 || pc >= lines.length) {
            return firstLineno;
        }
        return lines[pc];
    }

    int nlocals() {
        return varnames.length;
    }

    private static PyTuple strTuple(String[] a) {
        PyObject[] o = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            o[i] = Interning.intern(a[i]);
        }
        return PyTuple.of(o);
    }

    private static PyObject optInt(int v) {
        return v < 0 ? Py.None : PyInt.of(v);
    }

    /** co_lines(): (start, end, line) ranges over pseudo-instruction offsets (2 per table entry). */
    PyObject coLines() {
        List<PyObject> out = new ArrayList<>();
        int n = lines.length;
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || lines[i] != lines[start]) {
                out.add(PyTuple.of(PyInt.of(2L * start), PyInt.of(2L * i), optInt(lines[start])));
                start = i;
            }
        }
        return Abstract.iter(new PyList(out));
    }

    PyObject coPositions() {
        List<PyObject> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.add(PyTuple.of(optInt(lines[i]), optInt(endLines[i]), optInt(cols[i]), optInt(endCols[i])));
        }
        return Abstract.iter(new PyList(out));
    }

    /** A copy with some attributes replaced (code.replace). */
    PyCode replace(String name, String qualname, String filename, int firstLineno, int flags, PyObject[] consts,
            String[] names, String[] varnames, String[] freevars, String[] cellvars, int argcount, int posonly,
            int kwonly) {
        return new PyCode(name, qualname, filename, firstLineno, argcount, posonly, kwonly, flags, varnames, cellvars,
                freevars, names, consts, Math.max(nfast, varnames.length), cell2arg, nstate, body, lines, endLines, cols,
                endCols);
    }

    private static String[] strings(PyObject o, String what) {
        if (!(o instanceof PyTuple t)) {
            throw Err.type("%s must be a tuple of strings", what);
        }
        String[] r = new String[t.size()];
        for (int i = 0; i < r.length; i++) {
            if (!(t.get(i) instanceof PyStr s)) {
                throw Err.type("%s must be a tuple of strings", what);
            }
            r[i] = s.value;
        }
        return r;
    }

    private static void define(PyType t) {
        t.tp_repr = self -> {
            PyCode c = (PyCode) self;
            return PyStr.of("<code object " + c.name + " at " + Abstract.addressOf(self) + ", file \"" + c.filename
                    + "\", line " + c.firstLineno + ">");
        };
        t.tp_hash = self -> {
            PyCode c = (PyCode) self;
            long h = c.name.hashCode() ^ ((long) c.firstLineno << 7) ^ c.filename.hashCode() ^ c.flags;
            return h == -1 ? -2 : h;
        };
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyCode) || (op != org.ember.objects.CompareOp.EQ && op != org.ember.objects.CompareOp.NE)) {
                return Py.NotImplemented;
            }
            boolean eq = a == b || sameCode((PyCode) a, (PyCode) b);
            return Py.bool(op == org.ember.objects.CompareOp.EQ ? eq : !eq);
        };
        t.getset("co_name", self -> PyStr.of(((PyCode) self).name));
        t.getset("co_qualname", self -> PyStr.of(((PyCode) self).qualname));
        t.getset("co_filename", self -> PyStr.of(((PyCode) self).filename));
        t.getset("co_firstlineno", self -> PyInt.of(((PyCode) self).firstLineno));
        t.getset("co_argcount", self -> PyInt.of(((PyCode) self).argcount));
        t.getset("co_posonlyargcount", self -> PyInt.of(((PyCode) self).posonlyargcount));
        t.getset("co_kwonlyargcount", self -> PyInt.of(((PyCode) self).kwonlyargcount));
        t.getset("co_nlocals", self -> PyInt.of(((PyCode) self).varnames.length));
        t.getset("co_stacksize", self -> PyInt.of(10));
        t.getset("co_flags", self -> PyInt.of(((PyCode) self).flags));
        t.getset("co_varnames", self -> strTuple(((PyCode) self).varnames));
        t.getset("co_cellvars", self -> strTuple(((PyCode) self).cellvars));
        t.getset("co_freevars", self -> strTuple(((PyCode) self).freevars));
        t.getset("co_names", self -> strTuple(((PyCode) self).names));
        t.getset("co_consts", self -> PyTuple.of(((PyCode) self).consts.clone()));
        t.getset("co_code", self -> PyBytes.of(new byte[2 * ((PyCode) self).lines.length]));
        t.getset("_co_code_adaptive", self -> PyBytes.of(new byte[2 * ((PyCode) self).lines.length]));
        t.getset("co_linetable", self -> PyBytes.EMPTY);
        t.getset("co_exceptiontable", self -> PyBytes.EMPTY);
        t.getset("co_lnotab", self -> PyBytes.EMPTY);
        t.method0("co_lines", self -> ((PyCode) self).coLines());
        t.method0("co_positions", self -> ((PyCode) self).coPositions());
        t.method0("__sizeof__", self -> PyInt.of(200));
        t.methodV("replace", (self, args, kw) -> {
            PyCode c = (PyCode) self;
            PyObject[] b = new ArgParser("replace",
                    "*, co_argcount=-1, co_posonlyargcount=-1, co_kwonlyargcount=-1, co_nlocals=-1, co_stacksize=-1, "
                            + "co_flags=-1, co_firstlineno=-1, co_code=None, co_consts=None, co_names=None, "
                            + "co_varnames=None, co_freevars=None, co_cellvars=None, co_filename=None, co_name=None, "
                            + "co_qualname=None, co_linetable=None, co_exceptiontable=None").bind(args, kw);
            int argc = Abstract.asInt(b[0]);
            int posonly = Abstract.asInt(b[1]);
            int kwonly = Abstract.asInt(b[2]);
            int flags = Abstract.asInt(b[5]);
            int first = Abstract.asInt(b[6]);
            PyObject[] consts = b[8] == Py.None ? c.consts : ((PyTuple) b[8]).items().clone();
            String[] names = b[9] == Py.None ? c.names : strings(b[9], "co_names");
            String[] varnames = b[10] == Py.None ? c.varnames : strings(b[10], "co_varnames");
            String[] freevars = b[11] == Py.None ? c.freevars : strings(b[11], "co_freevars");
            String[] cellvars = b[12] == Py.None ? c.cellvars : strings(b[12], "co_cellvars");
            String filename = b[13] == Py.None ? c.filename : ((PyStr) b[13]).value;
            String name = b[14] == Py.None ? c.name : ((PyStr) b[14]).value;
            String qualname = b[15] == Py.None ? c.qualname : ((PyStr) b[15]).value;
            return c.replace(name, qualname, filename, first < 0 ? c.firstLineno : first, flags < 0 ? c.flags : flags,
                    consts, names, varnames, freevars, cellvars, argc < 0 ? c.argcount : argc,
                    posonly < 0 ? c.posonlyargcount : posonly, kwonly < 0 ? c.kwonlyargcount : kwonly);
        });
    }

    private static boolean sameCode(PyCode a, PyCode b) {
        return a.body == b.body && a.name.equals(b.name) && a.firstLineno == b.firstLineno && a.flags == b.flags
                && a.argcount == b.argcount && a.kwonlyargcount == b.kwonlyargcount
                && a.posonlyargcount == b.posonlyargcount && java.util.Arrays.equals(a.varnames, b.varnames)
                && java.util.Arrays.equals(a.cellvars, b.cellvars) && java.util.Arrays.equals(a.freevars, b.freevars);
    }

    static long unusedHash() {
        return Hashing.hashLong(0);
    }
}
