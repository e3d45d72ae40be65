package org.ember.objects;

import org.ember.runtime.ThreadState;

/** object.__reduce_ex__ and object.__getstate__ (the default pickling/copying protocol). */
final class Reduce {
    private Reduce() {}

    private static final PyStr S_REDUCE = PyStr.immortal("__reduce__");
    private static final PyStr S_GETSTATE = PyStr.immortal("__getstate__");

    private static PyObject copyreg() {
        return ThreadState.current().interp.importModule("copyreg");
    }

    static PyObject reduceEx(PyObject self, int protocol) {
        PyObject reduce = self.type.lookup(S_REDUCE);
        PyObject objectReduce = PyObject.TYPE.dict.getItem(S_REDUCE);
        if (reduce != null && reduce != objectReduce) {
            return Abstract.callMethod(self, S_REDUCE);
        }
        if (protocol >= 2) {
            return reduceNewObj(self);
        }
        return Abstract.call(Abstract.getAttr(copyreg(), "_reduce_ex"), self, PyInt.of(protocol));
    }

    private static PyObject reduceNewObj(PyObject obj) {
        PyType type = obj.type;
        if (type.tp_new == null) {
            throw Err.type("cannot pickle '%s' object", type.getName());
        }
        PyObject args = null;
        PyObject kwargs = null;
        PyObject gnex = Abstract.lookupAttr(obj, PyStr.of("__getnewargs_ex__"));
        if (gnex != null) {
            PyObject r = Abstract.call(gnex);
            if (!(r instanceof PyTuple t) || t.size() != 2) {
                throw Err.type("__getnewargs_ex__ should return a tuple of length 2");
            }
            args = t.get(0);
            kwargs = t.get(1);
            if (!(args instanceof PyTuple)) {
                throw Err.type("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", Err.tn(args));
            }
            if (!(kwargs instanceof PyDict)) {
                throw Err.type("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", Err.tn(kwargs));
            }
        } else {
            PyObject gn = Abstract.lookupAttr(obj, PyStr.of("__getnewargs__"));
            if (gn != null) {
                args = Abstract.call(gn);
                if (!(args instanceof PyTuple)) {
                    throw Err.type("__getnewargs__ should return a tuple, not '%s'", Err.tn(args));
                }
            }
        }
        boolean hasArgs = args != null;
        if (args == null) {
            args = PyTuple.EMPTY;
        }
        PyObject newobj;
        PyObject newargs;
        PyObject cr = copyreg();
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            newobj = Abstract.getAttr(cr, "__newobj__");
            PyObject[] a = ((PyTuple) args).items();
            PyObject[] na = new PyObject[a.length + 1];
            na[0] = type;
            System.arraycopy(a, 0, na, 1, a.length);
            newargs = PyTuple.of(na);
        } else {
            newobj = Abstract.getAttr(cr, "__newobj_ex__");
            newargs = PyTuple.of(type, args, kwargs);
        }
        boolean required = !hasArgs && !(obj instanceof PyList) && !(obj instanceof PyDict);
        PyObject state = callGetState(obj, required);
        PyObject listitems = obj instanceof PyList ? Abstract.iter(obj) : Py.None;
        PyObject dictitems = obj instanceof PyDict ? Abstract.iter(Abstract.callMethod(obj, "items")) : Py.None;
        return PyTuple.of(newobj, newargs, state, listitems, dictitems);
    }

    private static PyObject callGetState(PyObject obj, boolean required) {
        PyObject gs = obj.type.lookup(S_GETSTATE);
        PyObject objectGs = PyObject.TYPE.dict.getItem(S_GETSTATE);
        if (gs != null && gs != objectGs) {
            return Abstract.callMethod(obj, S_GETSTATE);
        }
        return getState(obj, required);
    }

    static PyObject getState(PyObject obj) {
        return getState(obj, false);
    }

    private static PyObject getState(PyObject obj, boolean required) {
        PyType type = obj.type;
        if (required && !type.isHeapType() && type != PyObject.TYPE && !(obj instanceof HasDict)) {
            throw Err.type("cannot pickle '%s' object", type.getName());
        }
        PyObject state = Py.None;
        if (obj instanceof HasDict hd && type.hasFlag(PyType.HAS_DICT)) {
            PyDict d = hd.getDictOrNull();
            if (d != null && d.size() > 0) {
                state = d.copy();
            }
        }
        if (obj instanceof Instance inst && inst.slotValues() != null) {
            PyDict slots = new PyDict();
            for (PyType t : type.getMro()) {
                if (!t.isHeapType()) {
                    continue;
                }
                for (String sn : t.ownSlots) {
                    PyObject d = t.dict.getStr(sn);
                    if (d instanceof PyMemberDescr md) {
                        PyObject v = inst.slotValues()[md.index];
                        if (v != null) {
                            slots.putStr(sn, v);
                        }
                    }
                }
            }
            if (slots.size() > 0) {
                state = PyTuple.of(state, slots);
            }
        }
        return state;
    }
}
