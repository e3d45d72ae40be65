package org.ember.interp;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyCell;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyInt;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;
import org.ember.runtime.ThreadState;

/**
 * frame: the execution state of one call of a code object. Function locals live in the
 * {@link #fast} array (slots resolved at compile time); closures in {@link #cells}; module,
 * class and exec() scopes use the {@link #locals} mapping.
 */
public final class PyFrame extends PyObject {
    public static final PyType TYPE = PyType.builtin("frame", PyFrame.class, PyFrame::define);

    public final PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals mapping for unoptimized scopes (module, class body, exec); null for functions. */
    public PyObject locals;
    public final PyObject[] fast;
    /** Cell variables then free variables. */
    public final PyCell[] cells;
    public PyFrame back;
    /** The thread running this frame (set on each entry; generators may move between threads). */
    public ThreadState ts;
    /** Position index of the last call or raising operation (f_lasti / 2). */
    public int pc = -1;
    /** The exception whose traceback entry for this frame has already been added. */
    PyException tbException;
    /** The value of a return statement. */
    PyObject retval;
    /** f_trace */
    PyObject trace = Py.None;
    boolean traceLines = true;
    boolean traceOpcodes;
    /** Snapshot dict of function locals (locals() / f_locals), kept per frame as CPython does. */
    private PyDict localsSnapshot;

    // ---- generator and coroutine support -----------------------------------------------
    /** True while resumable nodes are re-entering to the point of suspension. */
    boolean resuming;
    /** The value sent into the generator at resumption. */
    PyObject sent;
    /** An exception thrown into the generator at resumption (null when none). */
    PyException thrown;
    /** Resume points of resumable nodes. */
    int[] state;
    /** The value produced by the last yield. */
    PyObject yielded;
    /** The iterator a yield from / await is delegating to while suspended (gi_yieldfrom). */
    PyObject yieldFrom;
    /** The last suspension was an await passing a value through (not a yield). */
    boolean lastWasAwait;
    /** Result of a finished delegation (yield from / await). */
    PyObject sendResult;
    /** The generator, coroutine or async generator running this frame, or null. */
    PyObject owner;
    /** True while the frame executes. */
    boolean executing;
    /** Set once the code has finished (the frame is cleared). */
    boolean finished;

    public PyFrame(PyCode code, PyDict globals, PyDict builtins, PyObject locals) {
        super(TYPE);
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.fast = code.nfast == 0 ? NO_FAST : new PyObject[code.nfast];
        int nc = code.cellvars.length + code.freevars.length;
        this.cells = nc == 0 ? null : new PyCell[nc];
        if (code.nstate > 0) {
            state = new int[code.nstate];
        }
    }

    private static final PyObject[] NO_FAST = new PyObject[0];

    /** Adds this frame's traceback entry at position pc to e (once) and returns e for throwing. */
    public PyException traceback(PyException e, int pc) {
        return Node.addTraceback(this, e, pc);
    }

    public int lineno() {
        return code.lineOf(pc);
    }

    /** f_locals: the locals mapping, or for functions a dict synchronised from fast locals and cells. */
    public PyObject getLocals() {
        if (locals != null) {
            if (cells != null && code.freevars.length > 0 && (code.flags & PyCode.CO_OPTIMIZED) == 0) {
                // class bodies: free variables are not copied into the namespace (CPython skips them)
            }
            return locals;
        }
        PyDict d = localsSnapshot;
        if (d == null) {
            d = localsSnapshot = new PyDict();
        }
        fastToLocals(d);
        return d;
    }

    private void fastToLocals(PyDict d) {
        PyCode c = code;
        String[] vn = c.varnames;
        for (int i = 0; i < vn.length; i++) {
            PyObject v = fast[i];
            int ci = cellIndexOfVar(vn[i]);
            if (ci >= 0 && cells != null && cells[ci] != null) {
                v = cells[ci].contents;
            }
            put(d, vn[i], v);
        }
        int ncell = c.cellvars.length;
        for (int i = 0; i < ncell; i++) {
            if (isVarname(c.cellvars[i])) {
                continue;
            }
            PyCell cell = cells == null ? null : cells[i];
            put(d, c.cellvars[i], cell == null ? null : cell.contents);
        }
        if ((c.flags & PyCode.CO_OPTIMIZED) != 0) {
            for (int i = 0; i < c.freevars.length; i++) {
                PyCell cell = cells == null ? null : cells[ncell + i];
                put(d, c.freevars[i], cell == null ? null : cell.contents);
            }
        }
    }

    private boolean isVarname(String n) {
        for (String v : code.varnames) {
            if (v.equals(n)) {
                return true;
            }
        }
        return false;
    }

    private int cellIndexOfVar(String n) {
        String[] cv = code.cellvars;
        for (int i = 0; i < cv.length; i++) {
            if (cv[i].equals(n)) {
                return i;
            }
        }
        return -1;
    }

    private static void put(PyDict d, String name, PyObject v) {
        PyStr k = Interning.intern(name);
        if (v == null) {
            d.pop(k);
        } else {
            d.setItem(k, v);
        }
    }

    /** The frame's builtins as a dict (f_builtins). */
    public PyDict getBuiltins() {
        return builtins;
    }

    private static void define(PyType t) {
        t.tp_repr = self -> {
            PyFrame f = (PyFrame) self;
            return PyStr.of("<frame at " + Abstract.addressOf(self) + ", file '" + f.code.filename + "', line "
                    + f.lineno() + ", code " + f.code.name + ">");
        };
        t.getset("f_back", self -> {
            PyFrame b = ((PyFrame) self).back;
            return b == null ? Py.None : b;
        });
        t.getset("f_code", self -> ((PyFrame) self).code);
        t.getset("f_globals", self -> ((PyFrame) self).globals);
        t.getset("f_builtins", self -> ((PyFrame) self).builtins);
        t.getset("f_locals", self -> ((PyFrame) self).getLocals());
        t.getset("f_lineno", self -> {
            PyFrame f = (PyFrame) self;
            return PyInt.of(f.lineno());
        });
        t.getset("f_lasti", self -> PyInt.of(((PyFrame) self).pc < 0 ? -1 : ((PyFrame) self).pc * 2));
        t.getset("f_trace", self -> ((PyFrame) self).trace, (self, v) -> ((PyFrame) self).trace = v,
                self -> ((PyFrame) self).trace = Py.None);
        t.getset("f_trace_lines", self -> Py.bool(((PyFrame) self).traceLines),
                (self, v) -> ((PyFrame) self).traceLines = Abstract.isTrue(v));
        t.getset("f_trace_opcodes", self -> Py.bool(((PyFrame) self).traceOpcodes),
                (self, v) -> ((PyFrame) self).traceOpcodes = Abstract.isTrue(v));
        t.method0("clear", self -> {
            PyFrame f = (PyFrame) self;
            if (f.executing) {
                throw Err.runtime("cannot clear an executing frame");
            }
            if (f.owner instanceof PyGenerator g && !f.finished) {
                g.closeFromFrameClear();
            }
            java.util.Arrays.fill(f.fast, null);
            if (f.cells != null) {
                java.util.Arrays.fill(f.cells, null);
            }
            return Py.None;
        });
        t.method0("__sizeof__", self -> PyInt.of(64 + 8L * ((PyFrame) self).fast.length));
    }

    /** The exception being raised into this frame on resumption, consumed once. */
    PyException takeThrown() {
        PyException e = thrown;
        thrown = null;
        return e;
    }

    static PyBaseException unusedMarker() {
        return null;
    }
}
