package org.ember.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The behaviour of {@code type}, the metatype: calling a class, attribute lookup on classes
 * (meta-attributes and descriptors), attribute assignment with slot updates, and the methods
 * and attributes every class has (mro, __subclasses__, __name__, __bases__, __dict__...).
 */
public final class TypeType {
    private TypeType() {}

    private static final PyStr S_MRO = PyStr.immortal("mro");

    static void define(PyType t) {
        t.base(PyObject.TYPE).flags(PyType.BASETYPE | PyType.TYPE_SUBCLASS | PyType.HAS_DICT | PyType.HAS_WEAKREF);
        t.doc("type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type");
        t.tp_call = TypeType::call;
        t.tp_new = TypeNew::typeNew;
        t.tp_init = (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int n = args.length - nkw;
            if (n == 1 && nkw != 0) {
                throw Err.type("type.__init__() takes no keyword arguments");
            }
            if (n != 1 && n != 3) {
                throw Err.type("type.__init__() takes 1 or 3 arguments");
            }
        };
        t.tp_getattro = GETATTRO;
        t.tp_setattro = TypeType::setattro;
        t.tp_repr = self -> {
            PyType ty = (PyType) self;
            return PyStr.of("<class '" + ty.getFullName() + "'>");
        };
        t.nb_or = (a, b) -> UnionType.or(a, b);
        t.method0("mro", self -> new PyList(computeDefaultMro((PyType) self)));
        t.method0("__subclasses__", self -> new PyList(((PyType) self).liveSubclasses()));
        t.method1("__instancecheck__", (self, inst) -> Py.bool(Abstract.recursiveIsInstance(inst, self)));
        t.method1("__subclasscheck__", (self, sub) -> Py.bool(Abstract.recursiveIsSubclass(sub, self)));
        t.method0("__dir__", self -> {
            PyDict d = new PyDict();
            ObjectType.mergeClassDict(d, self);
            return new PyList(d.keysArray());
        });
        t.method0("__sizeof__", self -> PyInt.of(880));
        t.classMethod("__prepare__", NativeFunction.ofVector("__prepare__", (cls, args, kw) -> new PyDict()));
        t.getset("__name__", self -> PyStr.of(((PyType) self).name), (self, v) -> {
            PyType ty = checkSettable((PyType) self, "__name__");
            if (!(v instanceof PyStr s)) {
                throw Err.type("can only assign string to %s.__name__, not '%s'", ty.name, Err.tn(v));
            }
            if (s.value.indexOf('\0') >= 0) {
                throw Err.value("type name must not contain null characters");
            }
            ty.name = s.value;
        });
        t.getset("__qualname__", self -> ((PyType) self).qualname, (self, v) -> {
            PyType ty = checkSettable((PyType) self, "__qualname__");
            if (!(v instanceof PyStr)) {
                throw Err.type("can only assign string to %s.__qualname__, not '%s'", ty.name, Err.tn(v));
            }
            ty.qualname = v;
        });
        t.getset("__bases__", self -> ((PyType) self).bases, (self, v) -> TypeNew.setBases(checkSettable((PyType) self, "__bases__"), v));
        t.getset("__base__", self -> {
            PyType b = ((PyType) self).base;
            return b == null ? Py.None : b;
        });
        t.getset("__mro__", self -> {
            PyTuple m = ((PyType) self).mroTuple;
            return m == null ? Py.None : m;
        });
        t.getset("__dict__", self -> new PyMappingProxy(((PyType) self).dict));
        t.getset("__module__", self -> {
            PyType ty = (PyType) self;
            if (ty.isHeapType()) {
                PyObject m = ty.dict.getStr("__module__");
                if (m == null) {
                    throw Err.attribute(self, PyStr.of("__module__"), "__module__");
                }
                return m;
            }
            return PyStr.of(ty.moduleName);
        }, (self, v) -> {
            PyType ty = checkSettable((PyType) self, "__module__");
            ty.dict.putStr("__module__", v);
            ty.modified();
        });
        t.getset("__doc__", self -> {
            PyType ty = (PyType) self;
            PyObject d = ty.dict.getStr("__doc__");
            if (d == null) {
                return Py.None;
            }
            Slots.DescrGet g = d.type.tp_descr_get;
            return g != null ? g.get(d, null, ty) : d;
        }, (self, v) -> {
            PyType ty = checkSettable((PyType) self, "__doc__");
            ty.dict.putStr("__doc__", v);
            ty.modified();
        });
        t.getset("__abstractmethods__", self -> {
            PyType ty = (PyType) self;
            PyObject am = ty != PyType.TYPE ? ty.dict.getStr("__abstractmethods__") : null;
            if (am == null) {
                throw Err.attribute(self, PyStr.of("__abstractmethods__"), "__abstractmethods__");
            }
            return am;
        }, (self, v) -> {
            PyType ty = (PyType) self;
            boolean abs = Abstract.isTrue(v);
            ty.dict.putStr("__abstractmethods__", v);
            if (abs) {
                ty.flags |= PyType.IS_ABSTRACT;
            } else {
                ty.flags &= ~PyType.IS_ABSTRACT;
            }
            ty.modified();
        }, self -> {
            PyType ty = (PyType) self;
            if (ty.dict.pop(PyStr.of("__abstractmethods__")) == null) {
                throw Err.attribute(self, PyStr.of("__abstractmethods__"), "__abstractmethods__");
            }
            ty.flags &= ~PyType.IS_ABSTRACT;
            ty.modified();
        });
        t.getset("__annotations__", self -> {
            PyType ty = (PyType) self;
            PyObject a = ty.dict.getStr("__annotations__");
            if (a == null) {
                if (!ty.isHeapType()) {
                    throw Err.attribute(self, PyStr.of("__annotations__"), "type object '%s' has no attribute '__annotations__'", ty.name);
                }
                a = new PyDict();
                ty.dict.putStr("__annotations__", a);
            } else {
                Slots.DescrGet g = a.type.tp_descr_get;
                if (g != null) {
                    a = g.get(a, null, ty);
                }
            }
            return a;
        }, (self, v) -> {
            PyType ty = checkSettable((PyType) self, "__annotations__");
            ty.dict.putStr("__annotations__", v);
            ty.modified();
        }, self -> {
            PyType ty = checkSettable((PyType) self, "__annotations__");
            if (ty.dict.pop(PyStr.of("__annotations__")) == null) {
                throw Err.attribute(self, PyStr.of("__annotations__"), "__annotations__");
            }
            ty.modified();
        });
        t.getset("__text_signature__", self -> Py.None);
        t.getset("__flags__", self -> PyInt.of(cpythonFlags((PyType) self)));
        t.getset("__basicsize__", self -> PyInt.of(16 + 8L * ((PyType) self).slotCount));
        t.getset("__itemsize__", self -> PyInt.ZERO);
        t.getset("__dictoffset__", self -> PyInt.of(((PyType) self).hasFlag(PyType.HAS_DICT) ? -1 : 0));
        t.getset("__weakrefoffset__", self -> PyInt.of(((PyType) self).hasFlag(PyType.HAS_WEAKREF) ? 8 : 0));
    }

    /** __flags__ in CPython's bit layout, for code that tests e.g. Py_TPFLAGS_HEAPTYPE (1 << 9). */
    static long cpythonFlags(PyType t) {
        long f = 0;
        if (t.hasFlag(PyType.HEAPTYPE)) f |= 1L << 9;
        if (t.hasFlag(PyType.BASETYPE)) f |= 1L << 10;
        if (t.hasFlag(PyType.READY)) f |= 1L << 12;
        if (t.hasFlag(PyType.IS_ABSTRACT)) f |= 1L << 20;
        if (t.hasFlag(PyType.METHOD_DESCRIPTOR)) f |= 1L << 17;
        if (t.hasFlag(PyType.IMMUTABLE)) f |= 1L << 8;
        if (t.hasFlag(PyType.LONG_SUBCLASS)) f |= 1L << 24;
        if (t.hasFlag(PyType.LIST_SUBCLASS)) f |= 1L << 25;
        if (t.hasFlag(PyType.TUPLE_SUBCLASS)) f |= 1L << 26;
        if (t.hasFlag(PyType.BYTES_SUBCLASS)) f |= 1L << 27;
        if (t.hasFlag(PyType.UNICODE_SUBCLASS)) f |= 1L << 28;
        if (t.hasFlag(PyType.DICT_SUBCLASS)) f |= 1L << 29;
        if (t.hasFlag(PyType.BASE_EXC_SUBCLASS)) f |= 1L << 30;
        if (t.hasFlag(PyType.TYPE_SUBCLASS)) f |= 1L << 31;
        if (t.hasFlag(PyType.SEQUENCE)) f |= 1L << 5;
        if (t.hasFlag(PyType.MAPPING)) f |= 1L << 6;
        return f;
    }

    private static PyType checkSettable(PyType t, String name) {
        if (!t.isHeapType()) {
            throw Err.type("cannot set '%s' attribute of immutable type '%s'", name, t.name);
        }
        return t;
    }

    /** type.__getattribute__ as a slot value (compared by identity in fast paths). */
    public static final Slots.GetAttr GETATTRO = TypeType::getattro;

    static PyObject call(PyObject self, PyObject[] args, String[] kw) {
        PyType type = (PyType) self;
        if (type == PyType.TYPE) {
            int nkw = kw == null ? 0 : kw.length;
            int n = args.length - nkw;
            if (n == 1 && nkw == 0) {
                return args[0].type;
            }
            if (n != 1 && n != 3) {
                throw Err.type("type() takes 1 or 3 arguments");
            }
        }
        Slots.New nw = type.tp_new;
        if (nw == null) {
            throw Err.type("cannot create '%s' instances", type.getFullName());
        }
        PyObject obj = nw.create(type, args, kw);
        if (!obj.type.isSubtype(type)) {
            return obj;
        }
        Slots.Init init = obj.type.tp_init;
        if (init != null) {
            init.init(obj, args, kw);
        }
        return obj;
    }

    /** type.__getattribute__: meta-descriptors, then the class's own MRO (binding with obj=None). */
    static PyObject getattro(PyObject self, PyStr name) {
        PyObject r = getattroOrNull(self, name);
        if (r == null) {
            PyType t = (PyType) self;
            throw Err.attribute(self, name, "type object '%s' has no attribute '%s'", t.name, name.value);
        }
        return r;
    }

    public static PyObject getattroOrNull(PyObject self, PyStr name) {
        PyType type = (PyType) self;
        PyType meta = self.type;
        PyObject metaAttr = meta.lookup(name);
        Slots.DescrGet metaGet = null;
        if (metaAttr != null) {
            metaGet = metaAttr.type.tp_descr_get;
            if (metaGet != null && metaAttr.type.tp_descr_set != null) {
                return metaGet.get(metaAttr, self, meta);
            }
        }
        PyObject attr = type.lookup(name);
        if (attr != null) {
            Slots.DescrGet g = attr.type.tp_descr_get;
            if (g != null) {
                return g.get(attr, null, self);
            }
            return attr;
        }
        if (metaGet != null) {
            return metaGet.get(metaAttr, self, meta);
        }
        return metaAttr;
    }

    static void setattro(PyObject self, PyStr name, PyObject value) {
        PyType type = (PyType) self;
        if (!type.isHeapType()) {
            throw Err.type("cannot set '%s' attribute of immutable type '%s'", name.value, type.name);
        }
        ObjectType.genericSetAttrForType(type, name, value);
        type.modified();
        if (name.value.startsWith("__") && name.value.endsWith("__")) {
            HeapSlots.update(type, name.value);
        }
    }

    // ---- MRO ----------------------------------------------------------------------------

    /** C3 linearization of a class (type.mro()). */
    static List<PyObject> computeDefaultMro(PyType type) {
        List<List<PyType>> seqs = new ArrayList<>();
        PyTuple bases = type.bases;
        for (PyObject b : bases.items()) {
            PyType bt = (PyType) b;
            List<PyType> l = new ArrayList<>();
            for (PyType m : bt.mro) {
                l.add(m);
            }
            seqs.add(l);
        }
        List<PyType> bl = new ArrayList<>();
        for (PyObject b : bases.items()) {
            bl.add((PyType) b);
        }
        checkDuplicates(bl);
        seqs.add(bl);
        List<PyObject> result = new ArrayList<>();
        result.add(type);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result;
            }
            PyType cand = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> o : seqs) {
                    if (o.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    cand = head;
                    break;
                }
            }
            if (cand == null) {
                List<String> names = new ArrayList<>();
                for (List<PyType> s : seqs) {
                    String n = s.get(0).name;
                    if (!names.contains(n)) {
                        names.add(n);
                    }
                }
                throw Err.type("Cannot create a consistent method resolution order (MRO) for bases %s", String.join(", ", names));
            }
            result.add(cand);
            for (List<PyType> s : seqs) {
                if (s.get(0) == cand) {
                    s.remove(0);
                }
            }
        }
    }

    private static void checkDuplicates(List<PyType> bases) {
        for (int i = 0; i < bases.size(); i++) {
            for (int j = i + 1; j < bases.size(); j++) {
                if (bases.get(i) == bases.get(j)) {
                    throw Err.type("duplicate base class %s", bases.get(i).name);
                }
            }
        }
    }

    /** Computes and installs the MRO, calling a metaclass's overriding mro() if any. */
    static void setMro(PyType type) {
        List<PyObject> mro;
        if (type.type != PyType.TYPE) {
            PyObject m = type.type.lookup(S_MRO);
            PyObject defaultMro = PyType.TYPE.dict.getItem(S_MRO);
            if (m != null && m != defaultMro) {
                PyObject r = Abstract.callBound(m, type);
                mro = new ArrayList<>();
                Abstract.forEach(r, mro::add);
                for (PyObject o : mro) {
                    if (!(o instanceof PyType)) {
                        throw Err.type("mro() returned a non-class ('%s')", Err.tn(o));
                    }
                }
            } else {
                mro = computeDefaultMro(type);
            }
        } else {
            mro = computeDefaultMro(type);
        }
        PyType[] arr = new PyType[mro.size()];
        for (int i = 0; i < arr.length; i++) {
            arr[i] = (PyType) mro.get(i);
        }
        type.mro = arr;
        type.mroTuple = PyTuple.of((PyObject[]) arr.clone());
    }
}
