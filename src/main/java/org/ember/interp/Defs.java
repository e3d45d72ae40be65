package org.ember.interp;

import java.util.ArrayList;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.PyCell;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;

/** Function and class creation nodes. */
public final class Defs {
    private Defs() {}

    /** MAKE_FUNCTION with its defaults, keyword defaults, annotations and closure; decorators applied. */
    public static final class MakeFunction extends Node.Expr {
        final PyCode code;
        final Node.Expr[] decorators;
        final Node.Expr[] defaults;
        final PyStr[] kwdefaultNames;
        final Node.Expr[] kwdefaults;
        final PyStr[] annotationNames;
        final Node.Expr[] annotations;
        /** Indices into the current frame's cells for each free variable of the new function. */
        final int[] closure;
        final int[] decoratorPcs;

        public MakeFunction(int pc, PyCode code, Node.Expr[] decorators, int[] decoratorPcs, Node.Expr[] defaults,
                PyStr[] kwdefaultNames, Node.Expr[] kwdefaults, PyStr[] annotationNames, Node.Expr[] annotations,
                int[] closure) {
            super(pc);
            this.code = code;
            this.decorators = decorators;
            this.decoratorPcs = decoratorPcs;
            this.defaults = defaults;
            this.kwdefaultNames = kwdefaultNames;
            this.kwdefaults = kwdefaults;
            this.annotationNames = annotationNames;
            this.annotations = annotations;
            this.closure = closure;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject[] decos = null;
            if (decorators.length > 0) {
                decos = new PyObject[decorators.length];
                for (int i = 0; i < decos.length; i++) {
                    decos[i] = decorators[i].eval(f);
                }
            }
            PyFunction fn = make(f);
            return decorate(f, fn, decos, decoratorPcs);
        }

        /** The function without decorators (lambda, comprehension). */
        PyFunction make(PyFrame f) {
            PyObject[] defs = null;
            if (defaults.length > 0) {
                defs = new PyObject[defaults.length];
                for (int i = 0; i < defs.length; i++) {
                    defs[i] = defaults[i].eval(f);
                }
            }
            PyDict kwd = null;
            if (kwdefaults.length > 0) {
                kwd = new PyDict();
                for (int i = 0; i < kwdefaults.length; i++) {
                    kwd.setItem(kwdefaultNames[i], kwdefaults[i].eval(f));
                }
            }
            PyDict ann = null;
            if (annotations.length > 0) {
                ann = new PyDict();
                for (int i = 0; i < annotations.length; i++) {
                    ann.setItem(annotationNames[i], annotations[i].eval(f));
                }
            }
            PyFunction fn = new PyFunction(code, f.globals, f.builtins);
            fn.defaults = defs;
            fn.kwdefaults = kwd;
            fn.annotations = ann;
            if (closure.length > 0) {
                PyCell[] cl = new PyCell[closure.length];
                for (int i = 0; i < cl.length; i++) {
                    cl[i] = f.cells[closure[i]];
                }
                fn.closure = cl;
            }
            return fn;
        }
    }

    static PyObject decorate(PyFrame f, PyObject v, PyObject[] decos, int[] pcs) {
        if (decos == null) {
            return v;
        }
        for (int i = decos.length - 1; i >= 0; i--) {
            try {
                f.pc = pcs[i];
                v = Abstract.call(decos[i], v);
            } catch (PyException e) {
                throw f.traceback(e, pcs[i]);
            }
        }
        return v;
    }

    static final PyStr S_BUILD_CLASS = PyStr.immortal("__build_class__");

    /** class C(bases, **kw): body — via builtins.__build_class__. */
    public static final class MakeClass extends Node.Expr {
        final Node.Expr[] decorators;
        final int[] decoratorPcs;
        final MakeFunction body;
        final PyStr name;
        final Calls.ArgPart[] bases;
        final Calls.KwPart[] keywords;

        public MakeClass(int pc, Node.Expr[] decorators, int[] decoratorPcs, MakeFunction body, PyStr name,
                Calls.ArgPart[] bases, Calls.KwPart[] keywords) {
            super(pc);
            this.decorators = decorators;
            this.decoratorPcs = decoratorPcs;
            this.body = body;
            this.name = name;
            this.bases = bases;
            this.keywords = keywords;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject[] decos = null;
            if (decorators.length > 0) {
                decos = new PyObject[decorators.length];
                for (int i = 0; i < decos.length; i++) {
                    decos[i] = decorators[i].eval(f);
                }
            }
            PyObject bc = f.builtins.getItem(S_BUILD_CLASS);
            if (bc == null) {
                throw f.traceback(Err.format(org.ember.objects.PyExc.NameError, "__build_class__ not found"), pc);
            }
            PyFunction fn = body.make(f);
            ArrayList<PyObject> args = new ArrayList<>();
            args.add(fn);
            args.add(name);
            PyObject cls;
            try {
                for (Calls.ArgPart p : bases) {
                    PyObject v = p.value().eval(f);
                    if (p.starred()) {
                        Abstract.forEach(v, args::add);
                    } else {
                        args.add(v);
                    }
                }
                String[] names = null;
                if (keywords.length > 0) {
                    PyDict kw = new PyDict();
                    for (Calls.KwPart k : keywords) {
                        PyObject v = k.value().eval(f);
                        if (k.name() != null) {
                            kw.setItem(PyStr.of(k.name()), v);
                        } else {
                            Calls.mergeKw(bc, kw, v);
                        }
                    }
                    names = new String[kw.size()];
                    int j = 0;
                    for (int i = kw.nextIndex(0); i >= 0; i = kw.nextIndex(i + 1)) {
                        if (!(kw.keyAt(i) instanceof PyStr ks)) {
                            throw Err.type("keywords must be strings");
                        }
                        names[j++] = ks.value;
                        args.add(kw.valueAt(i));
                    }
                }
                f.pc = pc;
                cls = Abstract.call(bc, args.toArray(new PyObject[0]), names);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
            return decorate(f, cls, decos, decoratorPcs);
        }
    }
}
