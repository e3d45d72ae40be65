package org.ember.objects;

/**
 * The behaviour of {@code object}, the root type: generic attribute lookup and assignment,
 * {@code object.__new__}/{@code __init__} with CPython's excess-argument rules, default
 * repr/str/hash/comparison, the reduce protocol, __dir__, __init_subclass__ and __class__.
 */
public final class ObjectType {
    private ObjectType() {}

    public static final Slots.GetAttr GENERIC_GETATTR = ObjectType::genericGetAttr;
    public static final Slots.SetAttr GENERIC_SETATTR = ObjectType::genericSetAttr;
    public static final Slots.New OBJECT_NEW = ObjectType::objectNew;
    public static final Slots.Init OBJECT_INIT = ObjectType::objectInit;

    /** Attribute lookup as object.__getattribute__, or null when missing (no exception allocated). */
    public static PyObject genericGetAttrOrNull(PyObject obj, PyStr name) {
        PyType tp = obj.type;
        PyObject descr = tp.lookup(name);
        Slots.DescrGet f = null;
        if (descr != null) {
            f = descr.type.tp_descr_get;
            if (f != null && descr.type.tp_descr_set != null) {
                return f.get(descr, obj, tp);
            }
        }
        if (obj instanceof HasDict hd) {
            PyDict d = hd.getDictOrNull();
            if (d != null) {
                PyObject v = d.getItem(name);
                if (v != null) {
                    return v;
                }
            }
        }
        if (f != null) {
            return f.get(descr, obj, tp);
        }
        return descr;
    }

    public static PyObject genericGetAttr(PyObject obj, PyStr name) {
        PyObject v = genericGetAttrOrNull(obj, name);
        if (v == null) {
            throw Err.attribute(obj, name);
        }
        return v;
    }

    public static void genericSetAttr(PyObject obj, PyStr name, PyObject value) {
        PyType tp = obj.type;
        PyObject descr = tp.lookup(name);
        if (descr != null) {
            Slots.DescrSet f = descr.type.tp_descr_set;
            if (f != null) {
                f.set(descr, obj, value);
                return;
            }
        }
        if (obj instanceof HasDict hd && (tp.hasFlag(PyType.HAS_DICT) || hd.getDictOrNull() != null)) {
            if (value == null) {
                PyDict d = hd.getDictOrNull();
                if (d == null || d.pop(name) == null) {
                    throw Err.attribute(obj, name);
                }
            } else {
                hd.getDict().setItem(name, value);
            }
            return;
        }
        if (descr == null) {
            throw Err.attribute(obj, name);
        }
        throw Err.attribute(obj, name, "'%s' object attribute '%s' is read-only", Err.tn(obj), name.value);
    }

    /** Attribute assignment on a class: a data descriptor of the metatype wins, else the class dict. */
    static void genericSetAttrForType(PyType type, PyStr name, PyObject value) {
        PyObject descr = type.type.lookup(name);
        if (descr != null && descr.type.tp_descr_set != null) {
            descr.type.tp_descr_set.set(descr, type, value);
            return;
        }
        if (value == null) {
            if (type.dict.pop(name) == null) {
                throw Err.attribute(type, name, "type object '%s' has no attribute '%s'", type.getName(), name.value);
            }
        } else {
            type.dict.setItem(name, value);
        }
    }

    private static boolean excessArgs(PyObject[] args) {
        return args.length > 0;
    }

    static PyObject objectNew(PyType type, PyObject[] args, String[] kw) {
        if (excessArgs(args)) {
            if (type.tp_new != OBJECT_NEW) {
                throw Err.type("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (type.tp_init == OBJECT_INIT) {
                throw Err.type("%s() takes no arguments", type.getName());
            }
        }
        if (type.hasFlag(PyType.IS_ABSTRACT)) {
            PyObject am = type.lookup("__abstractmethods__");
            java.util.List<String> names = new java.util.ArrayList<>();
            if (am != null) {
                Abstract.forEach(am, o -> names.add(Abstract.strJava(o)));
            }
            java.util.Collections.sort(names);
            throw Err.type("Can't instantiate abstract class %s with abstract method%s %s", type.getName(),
                    names.size() == 1 ? "" : "s", String.join(", ", names));
        }
        return type.tp_alloc.alloc(type);
    }

    static void objectInit(PyObject self, PyObject[] args, String[] kw) {
        if (excessArgs(args)) {
            PyType type = self.type;
            if (type.tp_init != OBJECT_INIT) {
                throw Err.type("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (type.tp_new == OBJECT_NEW) {
                throw Err.type("%s() takes no arguments", type.getName());
            }
        }
    }

    static PyObject repr(PyObject self) {
        PyType t = self.type;
        String mod = null;
        if (t.isHeapType()) {
            PyObject m = t.dict.getStr("__module__");
            mod = m instanceof PyStr s ? s.value : null;
        } else if (!t.getModuleName().equals("builtins")) {
            mod = t.getModuleName();
        }
        String qn = t.getQualname() instanceof PyStr s ? s.value : t.getName();
        String name = mod != null && !mod.equals("builtins") ? mod + "." + qn : qn;
        return PyStr.of("<" + name + " object at " + Abstract.addressOf(self) + ">");
    }

    static PyObject richCompare(PyObject self, PyObject other, CompareOp op) {
        switch (op) {
            case EQ:
                return self == other ? Py.True : Py.NotImplemented;
            case NE: {
                Slots.Compare f = self.type.tp_richcompare;
                if (f == null) {
                    return Py.NotImplemented;
                }
                PyObject r = f.compare(self, other, CompareOp.EQ);
                if (r == Py.NotImplemented) {
                    return r;
                }
                return Py.bool(!Abstract.isTrue(r));
            }
            default:
                return Py.NotImplemented;
        }
    }

    static void define(PyType t) {
        t.base = null;
        t.flags(PyType.BASETYPE);
        t.doc("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\n"
                + "instance that has no instance attributes and cannot be given any.\n");
        t.tp_alloc = type -> type == PyObject.TYPE ? new PyObject(PyObject.TYPE) : new PyInstance(type);
        t.tp_new = OBJECT_NEW;
        t.tp_init = OBJECT_INIT;
        t.tp_getattro = GENERIC_GETATTR;
        t.tp_setattro = GENERIC_SETATTR;
        t.tp_repr = ObjectType::repr;
        t.tp_str = self -> Abstract.repr(self);
        t.tp_hash = Hashing::hashIdentity;
        t.tp_richcompare = ObjectType::richCompare;
        t.getset("__class__", self -> self.type, ObjectType::setClass);
        t.method1("__format__", (self, spec) -> {
            if (!(spec instanceof PyStr s)) {
                throw Err.type("__format__() argument must be str, not %s", Err.tn(spec));
            }
            if (!s.value.isEmpty()) {
                throw Err.type("unsupported format string passed to %s.__format__", self.type.getName());
            }
            return Abstract.str(self);
        });
        t.method0("__sizeof__", self -> PyInt.of(16));
        t.method0("__dir__", ObjectType::dir);
        t.method1("__reduce_ex__", (self, protocol) -> Reduce.reduceEx(self, Abstract.asInt(protocol)));
        t.method0("__reduce__", self -> Reduce.reduceEx(self, 0));
        t.method0("__getstate__", Reduce::getState);
        t.classMethod("__init_subclass__", NativeFunction.ofVector("__init_subclass__", (cls, args, kw) -> {
            if (args.length > 0) {
                if (kw != null && kw.length > 0) {
                    throw Err.type("%s.__init_subclass__() takes no keyword arguments", ((PyType) cls).getName());
                }
                throw Err.type("%s.__init_subclass__() takes no arguments (%d given)", ((PyType) cls).getName(), args.length);
            }
            return Py.None;
        }));
        t.classMethod("__subclasshook__", NativeFunction.ofVector("__subclasshook__", (cls, args, kw) -> Py.NotImplemented));
    }

    private static void setClass(PyObject self, PyObject value) {
        if (!(value instanceof PyType nt)) {
            throw Err.type("__class__ must be set to a class, not '%s' object", Err.tn(value));
        }
        PyType old = self.type;
        boolean mutable = (nt.isHeapType() && old.isHeapType()) || (old.isSubtype(PyModule.TYPE) && nt.isSubtype(PyModule.TYPE));
        if (!mutable) {
            throw Err.type("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (nt.solidBuiltin() != old.solidBuiltin() || nt.hasFlag(PyType.HAS_DICT) != old.hasFlag(PyType.HAS_DICT)
                || nt.slotCount != old.slotCount) {
            throw Err.type("__class__ assignment: '%s' object layout differs from '%s'", nt.getName(), old.getName());
        }
        self.type = nt;
    }

    static PyObject dir(PyObject self) {
        PyDict result = new PyDict();
        PyObject d = Abstract.lookupAttr(self, PyStr.of("__dict__"));
        if (d instanceof PyDict dd) {
            result.update(dd);
        }
        PyObject cls = Abstract.lookupAttr(self, PyStr.of("__class__"));
        if (cls instanceof PyType ct) {
            mergeClassDict(result, ct);
        }
        return new PyList(result.keysArray());
    }

    /** Adds the attribute names of a class and its bases (as CPython's merge_class_dict). */
    static void mergeClassDict(PyDict result, PyObject cls) {
        PyObject d = Abstract.lookupAttr(cls, PyStr.of("__dict__"));
        if (d != null) {
            if (d instanceof PyMappingProxy mp) {
                d = mp.mapping;
            }
            if (d instanceof PyDict dd) {
                result.update(dd);
            } else {
                Abstract.forEach(Abstract.callMethod(d, "keys"), k -> result.setItem(k, Py.None));
            }
        }
        PyObject bases = Abstract.lookupAttr(cls, PyStr.of("__bases__"));
        if (bases != null) {
            Abstract.forEach(bases, b -> mergeClassDict(result, b));
        }
    }
}
