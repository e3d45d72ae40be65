package org.ember.interp;

import java.util.ArrayList;
import java.util.Arrays;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyCell;
import org.ember.objects.PyDict;
import org.ember.objects.PyExc;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.objects.TypeNew;

/** builtins.__build_class__(func, name, *bases, metaclass=..., **kwds) (PEP 3115, PEP 560). */
public final class BuildClass {
    private BuildClass() {}

    static final PyStr S_MRO_ENTRIES = PyStr.immortal("__mro_entries__");
    static final PyStr S_PREPARE = PyStr.immortal("__prepare__");
    static final PyStr S_ORIG_BASES = PyStr.immortal("__orig_bases__");

    /** The builtin function object (immortal, shared by all interpreters). */
    public static final PyBuiltinFunction FUNCTION = PyBuiltinFunction.function("builtins",
            NativeFunction.ofVector("__build_class__", (self, args, kw) -> buildClass(args, kw)));

    static PyObject buildClass(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int nargs = args.length - nkw;
        if (nargs < 2) {
            throw Err.type("__build_class__: not enough arguments");
        }
        if (!(args[0] instanceof PyFunction func)) {
            throw Err.type("__build_class__: func must be a function");
        }
        if (!(args[1] instanceof PyStr name)) {
            throw Err.type("__build_class__: name is not a string");
        }
        PyTuple origBases = PyTuple.of(Arrays.copyOfRange(args, 2, nargs));
        PyTuple bases = updateBases(origBases);
        PyObject meta = null;
        ArrayList<String> kwn = new ArrayList<>();
        ArrayList<PyObject> kwv = new ArrayList<>();
        for (int i = 0; i < nkw; i++) {
            if (kwnames[i].equals("metaclass")) {
                meta = args[nargs + i];
            } else {
                kwn.add(kwnames[i]);
                kwv.add(args[nargs + i]);
            }
        }
        boolean isClass;
        if (meta == null) {
            meta = bases.size() == 0 ? PyType.TYPE : bases.get(0).type;
            isClass = true;
        } else {
            isClass = meta instanceof PyType;
        }
        if (isClass) {
            meta = TypeNew.calculateMetaclass((PyType) meta, bases);
        }
        String[] kwNames = kwn.isEmpty() ? null : kwn.toArray(new String[0]);
        PyObject[] kwValues = kwv.toArray(new PyObject[0]);
        PyObject prep = Abstract.lookupAttr(meta, S_PREPARE);
        PyObject ns;
        if (prep == null) {
            ns = new PyDict();
        } else {
            PyObject[] pa = new PyObject[2 + kwValues.length];
            pa[0] = name;
            pa[1] = bases;
            System.arraycopy(kwValues, 0, pa, 2, kwValues.length);
            ns = Abstract.call(prep, pa, kwNames);
        }
        if (ns.type.mp_subscript == null) {
            throw Err.type("%s.__prepare__() must return a mapping, not %s",
                    isClass ? ((PyType) meta).getName() : "<metaclass>", Err.tn(ns));
        }
        PyObject cell = Eval.execClassBody(func, ns);
        if (bases != origBases) {
            Abstract.setItem(ns, S_ORIG_BASES, origBases);
        }
        PyObject[] ma = new PyObject[3 + kwValues.length];
        ma[0] = name;
        ma[1] = bases;
        ma[2] = ns;
        System.arraycopy(kwValues, 0, ma, 3, kwValues.length);
        PyObject cls = Abstract.call(meta, ma, kwNames);
        if (cls instanceof PyType && cell instanceof PyCell c) {
            PyObject cellCls = c.contents;
            if (cellCls != cls) {
                if (cellCls == null) {
                    throw Err.format(PyExc.RuntimeError,
                            "__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?",
                            Abstract.reprJava(name), Abstract.reprJava(cls));
                }
                throw Err.type("__class__ set to %s defining %s as %s", Abstract.reprJava(cellCls),
                        Abstract.reprJava(name), Abstract.reprJava(cls));
            }
        }
        return cls;
    }

    /** PEP 560: replaces non-class bases by their __mro_entries__ results. */
    static PyTuple updateBases(PyTuple bases) {
        ArrayList<PyObject> out = null;
        PyObject[] items = bases.items();
        for (int i = 0; i < items.length; i++) {
            PyObject b = items[i];
            if (b instanceof PyType) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            PyObject meth = Abstract.lookupAttr(b, S_MRO_ENTRIES);
            if (meth == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            PyObject nb = Abstract.call(meth, bases);
            if (!(nb instanceof PyTuple nt)) {
                throw Err.type("__mro_entries__ must return a tuple");
            }
            if (out == null) {
                out = new ArrayList<>(Arrays.asList(items).subList(0, i));
            }
            out.addAll(Arrays.asList(nt.items()));
        }
        return out == null ? bases : PyTuple.of(out.toArray(new PyObject[0]));
    }
}
