package org.ember.interp;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.PyCell;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyNameError;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;

/** Nodes that read, write and delete variables: fast locals, cells, globals and name lookups. */
public final class Names {
    private Names() {}

    static PyException unboundLocal(String name) {
        return Err.unboundLocal(name);
    }

    static PyException unboundFree(String name) {
        PyException e = Err.format(PyExc.NameError,
                "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name);
        ((PyNameError) e.value).name = PyStr.of(name);
        return e;
    }

    static PyException cellError(PyCode code, int idx) {
        int ncell = code.cellvars.length;
        if (idx < ncell) {
            return unboundLocal(code.cellvars[idx]);
        }
        return unboundFree(code.freevars[idx - ncell]);
    }

    // ---- fast locals ------------------------------------------------------------------------

    public static final class LoadFast extends Node.Expr {
        final int slot;
        final String name;

        public LoadFast(int pc, int slot, String name) {
            super(pc);
            this.slot = slot;
            this.name = name;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = f.fast[slot];
            if (v == null) {
                throw f.traceback(unboundLocal(name), pc);
            }
            return v;
        }
    }

    /** A hidden temporary: always bound when read. */
    public static final class LoadTemp extends Node.Expr {
        final int slot;

        public LoadTemp(int slot) {
            super(-1);
            this.slot = slot;
        }

        @Override
        public PyObject eval(PyFrame f) {
            return f.fast[slot];
        }

        @Override
        public boolean isPure() {
            return true;
        }
    }

    public static final class StoreFast implements Node.Target {
        final int slot;
        final String name;
        final int pc;

        public StoreFast(int pc, int slot, String name) {
            this.pc = pc;
            this.slot = slot;
            this.name = name;
        }

        public int slot() {
            return slot;
        }

        @Override
        public void store(PyFrame f, PyObject v) {
            f.fast[slot] = v;
        }

        @Override
        public void delete(PyFrame f) {
            if (f.fast[slot] == null) {
                throw f.traceback(unboundLocal(name), pc);
            }
            f.fast[slot] = null;
        }
    }

    // ---- cells --------------------------------------------------------------------------

    public static final class LoadDeref extends Node.Expr {
        final int idx;

        public LoadDeref(int pc, int idx) {
            super(pc);
            this.idx = idx;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = f.cells[idx].contents;
            if (v == null) {
                throw f.traceback(cellError(f.code, idx), pc);
            }
            return v;
        }
    }

    /** LOAD_CLASSDEREF: a free variable read in a class body (the class namespace first). */
    public static final class LoadClassDeref extends Node.Expr {
        final int idx;
        final PyStr name;

        public LoadClassDeref(int pc, int idx, PyStr name) {
            super(pc);
            this.idx = idx;
            this.name = name;
        }

        @Override
        public PyObject eval(PyFrame f) {
            try {
                PyObject locals = f.locals;
                if (locals instanceof PyDict d && d.type == PyDict.TYPE) {
                    PyObject v = d.getItem(name);
                    if (v != null) {
                        return v;
                    }
                } else if (locals != null) {
                    try {
                        return Abstract.getItem(locals, name);
                    } catch (PyException e) {
                        if (!e.matches(PyExc.KeyError)) {
                            throw e;
                        }
                    }
                }
                PyObject v = f.cells[idx].contents;
                if (v == null) {
                    throw cellError(f.code, idx);
                }
                return v;
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
        }
    }

    public static final class StoreDeref implements Node.Target {
        final int idx;
        final int pc;

        public StoreDeref(int pc, int idx) {
            this.pc = pc;
            this.idx = idx;
        }

        @Override
        public void store(PyFrame f, PyObject v) {
            f.cells[idx].contents = v;
        }

        @Override
        public void delete(PyFrame f) {
            PyCell c = f.cells[idx];
            if (c.contents == null) {
                throw f.traceback(cellError(f.code, idx), pc);
            }
            c.contents = null;
        }
    }

    /** The cell object itself (LOAD_CLOSURE), for building closures and __classcell__. */
    public static final class LoadClosure extends Node.Expr {
        final int idx;

        public LoadClosure(int idx) {
            super(-1);
            this.idx = idx;
        }

        @Override
        public PyObject eval(PyFrame f) {
            return f.cells[idx];
        }
    }

    // ---- globals ------------------------------------------------------------------------

    /** Inline cache of a global or builtin lookup: valid while both dicts keep their key sets. */
    record GlobalCache(PyDict globals, int gver, int gidx, PyDict builtins, int bver, int bidx) {
    }

    public static final class LoadGlobal extends Node.Expr {
        final PyStr name;
        private GlobalCache cache;

        public LoadGlobal(int pc, PyStr name) {
            super(pc);
            this.name = name;
        }

        @Override
        public PyObject eval(PyFrame f) {
            GlobalCache c = cache;
            PyDict g = f.globals;
            if (c != null && c.globals == g && g.keysVersion == c.gver) {
                if (c.gidx >= 0) {
                    return g.valueAt(c.gidx);
                }
                PyDict b = f.builtins;
                if (c.builtins == b && b.keysVersion == c.bver) {
                    return b.valueAt(c.bidx);
                }
            }
            return slow(f, g);
        }

        private PyObject slow(PyFrame f, PyDict g) {
            int gi = g.entryIndex(name);
            if (gi >= 0) {
                cache = new GlobalCache(g, g.keysVersion, gi, null, 0, -1);
                return g.valueAt(gi);
            }
            PyDict b = f.builtins;
            int bi = b == null ? -1 : b.entryIndex(name);
            if (bi >= 0) {
                cache = new GlobalCache(g, g.keysVersion, -1, b, b.keysVersion, bi);
                return b.valueAt(bi);
            }
            throw f.traceback(Err.name(name.value), pc);
        }
    }

    public static final class StoreGlobal implements Node.Target {
        final PyStr name;
        final int pc;

        public StoreGlobal(int pc, PyStr name) {
            this.pc = pc;
            this.name = name;
        }

        @Override
        public void store(PyFrame f, PyObject v) {
            f.globals.setItem(name, name.hash(), v);
        }

        @Override
        public void delete(PyFrame f) {
            if (f.globals.pop(name) == null) {
                throw f.traceback(Err.name(name.value), pc);
            }
        }
    }

    // ---- names (unoptimized scopes) -------------------------------------------------------

    public static final class LoadName extends Node.Expr {
        final PyStr name;

        public LoadName(int pc, PyStr name) {
            super(pc);
            this.name = name;
        }

        @Override
        public PyObject eval(PyFrame f) {
            try {
                PyObject locals = f.locals;
                if (locals == null) {
                    throw Err.system("no locals when loading %s", PyStr.repr(name.value));
                }
                PyObject v;
                if (locals.type == PyDict.TYPE) {
                    v = ((PyDict) locals).getItem(name);
                } else {
                    v = mappingGet(locals, name);
                }
                if (v != null) {
                    return v;
                }
                v = f.globals.getItem(name);
                if (v != null) {
                    return v;
                }
                v = f.builtins == null ? null : f.builtins.getItem(name);
                if (v != null) {
                    return v;
                }
                throw Err.name(name.value);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
        }
    }

    static PyObject mappingGet(PyObject mapping, PyObject key) {
        try {
            return Abstract.getItem(mapping, key);
        } catch (PyException e) {
            if (e.matches(PyExc.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    public static final class StoreName implements Node.Target {
        final PyStr name;
        final int pc;

        public StoreName(int pc, PyStr name) {
            this.pc = pc;
            this.name = name;
        }

        @Override
        public void store(PyFrame f, PyObject v) {
            PyObject locals = f.locals;
            if (locals == null) {
                throw f.traceback(Err.system("no locals found when storing %s", PyStr.repr(name.value)), pc);
            }
            if (locals.type == PyDict.TYPE) {
                ((PyDict) locals).setItem(name, name.hash(), v);
            } else {
                try {
                    Abstract.setItem(locals, name, v);
                } catch (PyException e) {
                    throw f.traceback(e, pc);
                }
            }
        }

        @Override
        public void delete(PyFrame f) {
            PyObject locals = f.locals;
            try {
                if (locals == null) {
                    throw Err.system("no locals when deleting %s", PyStr.repr(name.value));
                }
                if (locals.type == PyDict.TYPE) {
                    if (((PyDict) locals).pop(name) == null) {
                        throw Err.name(name.value);
                    }
                } else {
                    try {
                        Abstract.delItem(locals, name);
                    } catch (PyException e) {
                        if (e.matches(PyExc.KeyError)) {
                            throw Err.name(name.value);
                        }
                        throw e;
                    }
                }
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
        }
    }
}
