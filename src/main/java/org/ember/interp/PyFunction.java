package org.ember.interp;

import java.util.ArrayList;
import java.util.List;

import org.ember.objects.Abstract;
import org.ember.objects.BoundCall;
import org.ember.objects.Err;
import org.ember.objects.HasDict;
import org.ember.objects.Py;
import org.ember.objects.PyCell;
import org.ember.objects.PyDict;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;

/** function: a Python function (code + globals + defaults + closure). */
public final class PyFunction extends PyObject implements HasDict {
    public static final PyType TYPE = PyType.builtin("function", PyFunction.class, PyFunction::define);

    public PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    public PyObject name;
    public PyObject qualname;
    public PyObject module = Py.None;
    public PyObject doc = Py.None;
    /** __defaults__ items, or null for None. */
    public PyObject[] defaults;
    /** __kwdefaults__, or null for None. */
    public PyDict kwdefaults;
    /** Free-variable cells (__closure__), or null. */
    public PyCell[] closure;
    public PyObject annotations;
    private PyDict dict;

    public PyFunction(PyCode code, PyDict globals) {
        this(code, globals, Eval.builtinsFromGlobals(globals));
    }

    public PyFunction(PyCode code, PyDict globals, PyDict builtins) {
        super(TYPE);
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = Interning.intern(code.name);
        this.qualname = PyStr.of(code.qualname);
        PyObject m = globals.getItem(S_NAME);
        if (m != null) {
            this.module = m;
        }
        if ((code.flags & PyCode.CO_OPTIMIZED) != 0 && code.consts.length > 0 && code.consts[0] instanceof PyStr) {
            this.doc = code.consts[0];
        }
    }

    private static final PyStr S_NAME = PyStr.immortal("__name__");

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

    String qualnameString() {
        return qualname instanceof PyStr s ? s.value : code.qualname;
    }

    // ---- calls --------------------------------------------------------------------------

    /** A fresh frame for a call of this function (closure cells installed, arguments not yet bound). */
    PyFrame newFrame() {
        PyCode c = code;
        PyFrame f = new PyFrame(c, globals, builtins, null);
        if (closure != null) {
            System.arraycopy(closure, 0, f.cells, c.cellvars.length, closure.length);
        }
        return f;
    }

    /** Creates the cells of cell variables (after argument binding). */
    static void makeCells(PyFrame f) {
        PyCode c = f.code;
        int n = c.cellvars.length;
        for (int i = 0; i < n; i++) {
            int a = c.cell2arg[i];
            f.cells[i] = new PyCell(a >= 0 ? f.fast[a] : null);
        }
    }

    public PyObject call(PyObject[] args, String[] kwnames) {
        PyFrame f = newFrame();
        bind(f, args, kwnames);
        return Eval.runFunctionFrame(f, this);
    }

    /** Binds vectorcall arguments into the frame's fast locals (CPython's initialize_locals). */
    void bind(PyFrame f, PyObject[] args, String[] kwnames) {
        PyCode co = code;
        PyObject[] locals = f.fast;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int argcount = args.length - nkw;
        int coArgcount = co.argcount;
        int totalArgs = coArgcount + co.kwonlyargcount;
        PyDict kwdict = null;
        if ((co.flags & PyCode.CO_VARKEYWORDS) != 0) {
            kwdict = new PyDict();
            int i = totalArgs + ((co.flags & PyCode.CO_VARARGS) != 0 ? 1 : 0);
            locals[i] = kwdict;
        }
        int n = Math.min(argcount, coArgcount);
        System.arraycopy(args, 0, locals, 0, n);
        if ((co.flags & PyCode.CO_VARARGS) != 0) {
            PyObject[] rest = argcount > n ? java.util.Arrays.copyOfRange(args, n, argcount) : Py.NO_ARGS;
            locals[totalArgs] = rest.length == 0 ? PyTuple.EMPTY : PyTuple.of(rest);
        }
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            PyObject value = args[argcount + k];
            int j = -1;
            String[] vn = co.varnames;
            for (int x = co.posonlyargcount; x < totalArgs; x++) {
                if (vn[x].equals(kw)) {
                    j = x;
                    break;
                }
            }
            if (j < 0) {
                if (kwdict == null) {
                    if (!posonlyPassedAsKeyword(kwnames)) {
                        throw Err.type("%s() got an unexpected keyword argument '%s'", qualnameString(), kw);
                    }
                    throw Err.internal(new IllegalStateException());
                }
                kwdict.setItem(PyStr.of(kw), value);
                continue;
            }
            if (locals[j] != null) {
                throw Err.type("%s() got multiple values for argument '%s'", qualnameString(), kw);
            }
            locals[j] = value;
        }
        if (argcount > coArgcount && (co.flags & PyCode.CO_VARARGS) == 0) {
            throw tooManyPositional(argcount, locals);
        }
        if (argcount < coArgcount) {
            int defcount = defaults == null ? 0 : defaults.length;
            int m = coArgcount - defcount;
            int missing = 0;
            for (int i = argcount; i < m; i++) {
                if (locals[i] == null) {
                    missing++;
                }
            }
            if (missing > 0) {
                throw missingArguments(true, defcount, locals);
            }
            int i = n > m ? n - m : 0;
            for (; i < defcount; i++) {
                if (locals[m + i] == null) {
                    locals[m + i] = defaults[i];
                }
            }
        }
        if (co.kwonlyargcount > 0) {
            int missing = 0;
            for (int i = coArgcount; i < totalArgs; i++) {
                if (locals[i] != null) {
                    continue;
                }
                if (kwdefaults != null) {
                    PyObject d = kwdefaults.getItem(co.varnameStrs[i]);
                    if (d != null) {
                        locals[i] = d;
                        continue;
                    }
                }
                missing++;
            }
            if (missing > 0) {
                throw missingArguments(false, -1, locals);
            }
        }
        if (f.cells != null) {
            makeCells(f);
        }
    }

    private boolean posonlyPassedAsKeyword(String[] kwnames) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < code.posonlyargcount; i++) {
            String p = code.varnames[i];
            for (String k : kwnames) {
                if (k.equals(p)) {
                    names.add(p);
                    break;
                }
            }
        }
        if (names.isEmpty()) {
            return false;
        }
        throw Err.type("%s() got some positional-only arguments passed as keyword arguments: '%s'", qualnameString(),
                String.join(", ", names));
    }

    private RuntimeException tooManyPositional(int given, PyObject[] locals) {
        PyCode co = code;
        int kwonlyGiven = 0;
        for (int i = co.argcount; i < co.argcount + co.kwonlyargcount; i++) {
            if (locals[i] != null) {
                kwonlyGiven++;
            }
        }
        int defcount = defaults == null ? 0 : defaults.length;
        String sig;
        boolean plural;
        if (defcount > 0) {
            int atleast = co.argcount - defcount;
            plural = true;
            sig = "from " + atleast + " to " + co.argcount;
        } else {
            plural = co.argcount != 1;
            sig = Integer.toString(co.argcount);
        }
        String kwonlySig = "";
        if (kwonlyGiven > 0) {
            kwonlySig = String.format(" positional argument%s (and %d keyword-only argument%s)", given != 1 ? "s" : "",
                    kwonlyGiven, kwonlyGiven != 1 ? "s" : "");
        }
        return Err.type("%s() takes %s positional argument%s but %d%s %s given", qualnameString(), sig, plural ? "s" : "",
                given, kwonlySig, given == 1 && kwonlyGiven == 0 ? "was" : "were");
    }

    private RuntimeException missingArguments(boolean positional, int defcount, PyObject[] locals) {
        PyCode co = code;
        int start;
        int end;
        if (positional) {
            start = 0;
            end = co.argcount - defcount;
        } else {
            start = co.argcount;
            end = start + co.kwonlyargcount;
        }
        List<String> names = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (locals[i] == null) {
                names.add(PyStr.repr(co.varnames[i]));
            }
        }
        String nameStr;
        int len = names.size();
        if (len == 1) {
            nameStr = names.get(0);
        } else if (len == 2) {
            nameStr = names.get(0) + " and " + names.get(1);
        } else {
            nameStr = String.join(", ", names.subList(0, len - 1)) + ", and " + names.get(len - 1);
        }
        return Err.type("%s() missing %d required %s argument%s: %s", qualnameString(), len,
                positional ? "positional" : "keyword-only", len == 1 ? "" : "s", nameStr);
    }

    // ---- type definition ------------------------------------------------------------------

    private static PyFunction self(PyObject o) {
        return (PyFunction) o;
    }

    private static void define(PyType t) {
        t.flags(PyType.METHOD_DESCRIPTOR | PyType.HAS_DICT);
        t.tp_descr_get = BoundCall.FUNCTION_GET;
        t.tp_call = (self, args, kw) -> ((PyFunction) self).call(args, kw);
        t.tp_repr = self -> PyStr.of("<function " + self(self).qualnameString() + " at " + Abstract.addressOf(self) + ">");
        t.tp_new = (type, args, kw) -> FunctionNew.create(args, kw);
        t.getset("__name__", self -> self(self).name, (self, v) -> {
            if (!(v instanceof PyStr)) {
                throw Err.type("__name__ must be set to a string object");
            }
            self(self).name = v;
        });
        t.getset("__qualname__", self -> self(self).qualname, (self, v) -> {
            if (!(v instanceof PyStr)) {
                throw Err.type("__qualname__ must be set to a string object");
            }
            self(self).qualname = v;
        });
        t.getset("__module__", self -> self(self).module, (self, v) -> self(self).module = v,
                self -> self(self).module = Py.None);
        t.getset("__doc__", self -> self(self).doc, (self, v) -> self(self).doc = v, self -> self(self).doc = Py.None);
        t.getset("__defaults__", self -> {
            PyObject[] d = self(self).defaults;
            return d == null ? Py.None : PyTuple.of(d.clone());
        }, (self, v) -> {
            if (v == Py.None) {
                self(self).defaults = null;
            } else if (v instanceof PyTuple tu) {
                self(self).defaults = tu.size() == 0 ? null : tu.items().clone();
            } else {
                throw Err.type("__defaults__ must be set to a tuple object");
            }
        }, self -> self(self).defaults = null);
        t.getset("__kwdefaults__", self -> {
            PyDict d = self(self).kwdefaults;
            return d == null ? Py.None : d;
        }, (self, v) -> {
            if (v == Py.None) {
                self(self).kwdefaults = null;
            } else if (v instanceof PyDict d) {
                self(self).kwdefaults = d;
            } else {
                throw Err.type("__kwdefaults__ must be set to a dict object");
            }
        }, self -> self(self).kwdefaults = null);
        t.getset("__code__", self -> self(self).code, (self, v) -> {
            if (!(v instanceof PyCode c)) {
                throw Err.type("__code__ must be set to a code object");
            }
            PyFunction fn = self(self);
            int nfree = fn.closure == null ? 0 : fn.closure.length;
            if (c.freevars.length != nfree) {
                throw Err.value("%s() requires a code object with %d free vars, not %d", Abstract.strJava(fn.name), nfree,
                        c.freevars.length);
            }
            fn.code = c;
        });
        t.getset("__globals__", self -> self(self).globals);
        t.getset("__builtins__", self -> self(self).builtins);
        t.getset("__closure__", self -> {
            PyCell[] c = self(self).closure;
            return c == null ? Py.None : PyTuple.of((PyObject[]) c.clone());
        });
        t.getset("__annotations__", self -> {
            PyFunction fn = self(self);
            if (fn.annotations == null) {
                fn.annotations = new PyDict();
            }
            return fn.annotations;
        }, (self, v) -> {
            if (v != Py.None && !(v instanceof PyDict)) {
                throw Err.type("__annotations__ must be set to a dict object");
            }
            self(self).annotations = v == Py.None ? null : v;
        }, self -> self(self).annotations = null);
        t.getset("__dict__", self -> self(self).getDict(), (self, v) -> {
            if (!(v instanceof PyDict d)) {
                throw Err.type("__dict__ must be set to a dictionary, not a '%s'", Err.tn(v));
            }
            self(self).dict = d;
        });
    }
}
