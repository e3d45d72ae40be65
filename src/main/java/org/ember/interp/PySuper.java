package org.ember.interp;

import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.Err;
import org.ember.objects.ObjectType;
import org.ember.objects.Py;
import org.ember.objects.PyCell;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;
import org.ember.objects.Slots;
import org.ember.runtime.ThreadState;

/** super: proxy for attribute lookup along the MRO after a given class. */
public class PySuper extends PyObject {
    public static final PyType TYPE = PyType.builtin("super", PySuper.class, PySuper::define);

    PyType thisType;
    PyObject obj;
    PyType objType;

    PySuper(PyType type) {
        super(type);
    }

    /** Instances of Python subclasses of super. */
    static final class Derived extends PySuper implements org.ember.objects.Instance {
        private org.ember.objects.PyDict dict;
        private final PyObject[] slots;

        Derived(PyType type) {
            super(type);
            slots = type.slotCount == 0 ? null : new PyObject[type.slotCount];
        }

        @Override
        public org.ember.objects.PyDict getDict() {
            return dict == null ? dict = new org.ember.objects.PyDict() : dict;
        }

        @Override
        public org.ember.objects.PyDict getDictOrNull() {
            return dict;
        }

        @Override
        public void setDict(org.ember.objects.PyDict d) {
            dict = d;
        }

        @Override
        public PyObject[] slotValues() {
            return slots;
        }
    }

    static final PyStr S_CLASS = PyStr.immortal("__class__");

    static PyType supercheck(PyType type, PyObject obj) {
        if (obj instanceof PyType ot && ot.isSubtype(type)) {
            return ot;
        }
        if (obj.type.isSubtype(type)) {
            return obj.type;
        }
        PyObject cls = Abstract.lookupAttr(obj, S_CLASS);
        if (cls instanceof PyType ct && ct != obj.type && ct.isSubtype(type)) {
            return ct;
        }
        throw Err.type("super(type, obj): obj must be an instance or subtype of type");
    }

    static void init(PyObject self, PyObject[] args, String[] kw) {
        ArgParser.noKeywords("super", kw);
        ArgParser.checkPositional("super", args.length, 0, 2);
        PySuper su = (PySuper) self;
        PyObject type;
        PyObject obj = null;
        if (args.length == 0) {
            ThreadState ts = ThreadState.current();
            if (!(ts.frame instanceof PyFrame f)) {
                throw Err.runtime("super(): no current frame");
            }
            PyCode co = f.code;
            if (co.argcount == 0) {
                throw Err.runtime("super(): no arguments");
            }
            obj = f.fast.length > 0 ? f.fast[0] : null;
            for (int i = 0; i < co.cell2arg.length; i++) {
                if (co.cell2arg[i] == 0 && f.cells[i] != null) {
                    obj = f.cells[i].contents;
                }
            }
            if (obj == null) {
                throw Err.runtime("super(): arg[0] deleted");
            }
            int idx = -1;
            for (int i = 0; i < co.freevars.length; i++) {
                if (co.freevars[i].equals("__class__")) {
                    idx = co.cellvars.length + i;
                }
            }
            if (idx < 0) {
                throw Err.runtime("super(): __class__ cell not found");
            }
            PyCell cell = f.cells[idx];
            type = cell == null ? null : cell.contents;
            if (type == null) {
                throw Err.runtime("super(): empty __class__ cell");
            }
            if (!(type instanceof PyType)) {
                throw Err.runtime("super(): __class__ is not a type (%s)", Err.tn(type));
            }
        } else {
            type = args[0];
            if (args.length == 2) {
                obj = args[1];
            }
        }
        if (!(type instanceof PyType t)) {
            throw Err.type("super() argument 1 must be a type, not %s", Err.tn(type));
        }
        if (obj == Py.None) {
            obj = null;
        }
        PyType objType = obj == null ? null : supercheck(t, obj);
        su.thisType = t;
        su.obj = obj;
        su.objType = objType;
    }

    static PyObject getattro(PyObject self, PyStr name) {
        PySuper su = (PySuper) self;
        PyType start = su.objType;
        if (start != null && !name.value.equals("__class__")) {
            PyType[] mro = start.getMro();
            int n = mro.length;
            int i = 0;
            while (i + 1 < n && mro[i] != su.thisType) {
                i++;
            }
            i++;
            for (; i < n; i++) {
                PyObject res = mro[i].getDict().getItem(name);
                if (res != null) {
                    Slots.DescrGet g = res.type.tp_descr_get;
                    if (g != null) {
                        res = g.get(res, su.obj == start ? null : su.obj, start);
                    }
                    return res;
                }
            }
        }
        return ObjectType.genericGetAttr(self, name);
    }

    private static void define(PyType t) {
        t.flags(PyType.BASETYPE);
        t.doc("super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\n"
                + "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
                + "super(type, type2) -> bound super object; requires issubclass(type2, type)\n"
                + "Typical use to call a cooperative superclass method:\nclass C(B):\n    def meth(self, arg):\n"
                + "        super().meth(arg)\nThis works for class methods too:\nclass C(B):\n    @classmethod\n"
                + "    def cmeth(cls, arg):\n        super().cmeth(arg)\n");
        t.tp_alloc = type -> type == TYPE ? new PySuper(TYPE) : new Derived(type);
        t.tp_new = (type, args, kw) -> type.tp_alloc.alloc(type);
        t.tp_init = PySuper::init;
        t.tp_getattro = PySuper::getattro;
        t.tp_descr_get = (self, obj, type) -> {
            PySuper su = (PySuper) self;
            if (obj == null || obj == Py.None || su.obj != null) {
                return self;
            }
            if (su.type != TYPE) {
                return Abstract.call(su.type, su.thisType, obj);
            }
            PySuper n = new PySuper(TYPE);
            n.thisType = su.thisType;
            n.obj = obj;
            n.objType = supercheck(su.thisType, obj);
            return n;
        };
        t.tp_repr = self -> {
            PySuper su = (PySuper) self;
            String tn = su.thisType == null ? "NULL" : su.thisType.getName();
            if (su.objType != null) {
                return PyStr.of("<super: <class '" + tn + "'>, <" + su.objType.getName() + " object>>");
            }
            return PyStr.of("<super: <class '" + tn + "'>, NULL>");
        };
        t.getset("__thisclass__", self -> orNone(((PySuper) self).thisType));
        t.getset("__self__", self -> orNone(((PySuper) self).obj));
        t.getset("__self_class__", self -> orNone(((PySuper) self).objType));
    }

    static PyObject orNone(PyObject o) {
        return o == null ? Py.None : o;
    }
}
