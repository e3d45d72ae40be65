package org.ember.objects;

import java.util.ArrayList;
import java.util.List;

import org.ember.runtime.ThreadState;

/**
 * Creation of Python classes: {@code type.__new__(meta, name, bases, namespace, **kwargs)}.
 * Resolves the metaclass, validates bases and instance layouts, processes __slots__, computes
 * the MRO, fills slots from dunders, then runs __set_name__ and __init_subclass__.
 */
public final class TypeNew {
    private TypeNew() {}

    static PyObject typeNew(PyType meta, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int n = args.length - nkw;
        if (n != 3) {
            throw Err.type("type.__new__() takes exactly 3 arguments (%d given)", n);
        }
        if (!(args[0] instanceof PyStr nameStr)) {
            throw Err.type("type.__new__() argument 1 must be str, not %s", Err.tn(args[0]));
        }
        if (!(args[1] instanceof PyTuple basesTuple)) {
            throw Err.type("type.__new__() argument 2 must be tuple, not %s", Err.tn(args[1]));
        }
        if (!(args[2] instanceof PyDict ns)) {
            throw Err.type("type.__new__() argument 3 must be dict, not %s", Err.tn(args[2]));
        }
        PyType winner = calculateMetaclass(meta, basesTuple);
        if (winner != meta && winner.tp_new != PyType.TYPE.tp_new) {
            return winner.tp_new.create(winner, args, kw);
        }
        String[] kwNames = kw == null ? new String[0] : kw;
        PyObject[] kwValues = java.util.Arrays.copyOfRange(args, n, args.length);
        return create(winner, nameStr.value, basesTuple, ns, kwNames, kwValues);
    }

    /** The most derived metaclass among meta and the bases' metaclasses. */
    public static PyType calculateMetaclass(PyType meta, PyTuple bases) {
        PyType winner = meta;
        for (PyObject b : bases.items()) {
            PyType bt = b.type;
            if (winner.isSubtype(bt)) {
                continue;
            }
            if (bt.isSubtype(winner)) {
                winner = bt;
                continue;
            }
            throw Err.type("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass "
                    + "of the metaclasses of all its bases");
        }
        return winner;
    }

    /** The base whose instance layout the new class extends (CPython's best_base). */
    static PyType bestBase(PyTuple bases) {
        PyType base = null;
        PyType winner = null;
        for (PyObject b : bases.items()) {
            if (!(b instanceof PyType bt)) {
                throw Err.type("bases must be types");
            }
            if (!bt.hasFlag(PyType.BASETYPE)) {
                throw Err.type("type '%s' is not an acceptable base type", bt.getFullName());
            }
            PyType candidate = solidBase(bt);
            if (winner == null) {
                winner = candidate;
                base = bt;
            } else if (winner.isSubtype(candidate)) {
                // keep
            } else if (candidate.isSubtype(winner)) {
                winner = candidate;
                base = bt;
            } else {
                throw Err.type("multiple bases have instance lay-out conflict");
            }
        }
        return base;
    }

    /** The most derived type in t's base chain that adds to the instance layout. */
    static PyType solidBase(PyType t) {
        PyType base = t.base == null ? t : solidBase(t.base);
        boolean extra = t.isHeapType() ? t.ownSlots.length > 0 : t.javaClass != (t.base == null ? null : t.base.javaClass);
        return extra || t.base == null ? t : base;
    }

    static PyType create(PyType meta, String name, PyTuple bases, PyDict ns, String[] kwNames, PyObject[] kwValues) {
        if (name.indexOf('\0') >= 0) {
            throw Err.value("type name must not contain null characters");
        }
        if (bases.size() == 0) {
            bases = PyTuple.of(PyObject.TYPE);
        }
        PyType base = bestBase(bases);
        PyType solid = base.solidBuiltin();
        PyType t = new PyType(meta, name, solid.javaClass);
        t.dict = ns.copy();
        t.bases = bases;
        t.base = base;
        t.flags = PyType.HEAPTYPE | PyType.BASETYPE | (base.flags & PyType.INHERITED_FLAGS);
        t.moduleName = null;

        // __module__ and __qualname__
        if (t.dict.getStr("__module__") == null) {
            ThreadState ts = ThreadState.currentOrNull();
            PyObject modName = ts == null ? null : ts.currentGlobalsName();
            if (modName != null) {
                t.dict.putStr("__module__", modName);
            }
        }
        PyObject qn = t.dict.pop(PyStr.of("__qualname__"));
        if (qn != null) {
            if (!(qn instanceof PyStr)) {
                throw Err.type("type __qualname__ must be a str, not %s", Err.tn(qn));
            }
            t.qualname = qn;
        } else {
            t.qualname = PyStr.of(name);
        }

        // __slots__
        int slotCount = base.slotCount;
        boolean addDict = !base.hasFlag(PyType.HAS_DICT);
        boolean addWeak = !base.hasFlag(PyType.HAS_WEAKREF);
        PyObject slotsObj = t.dict.getStr("__slots__");
        List<String> slotNames = new ArrayList<>();
        if (slotsObj != null) {
            List<PyObject> items = new ArrayList<>();
            if (slotsObj instanceof PyStr) {
                items.add(slotsObj);
            } else {
                Abstract.forEach(slotsObj, items::add);
            }
            boolean wantDict = false;
            boolean wantWeak = false;
            for (PyObject o : items) {
                if (!(o instanceof PyStr s)) {
                    throw Err.type("__slots__ items must be strings, not '%s'", Err.tn(o));
                }
                if (!isIdentifier(s.value)) {
                    throw Err.type("__slots__ must be identifiers");
                }
                if (s.value.equals("__dict__")) {
                    if (!addDict || wantDict) {
                        throw Err.type("__dict__ slot disallowed: we already got one");
                    }
                    wantDict = true;
                    continue;
                }
                if (s.value.equals("__weakref__")) {
                    if (!addWeak || wantWeak) {
                        throw Err.type("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                    }
                    wantWeak = true;
                    continue;
                }
                String mangled = mangle(name, s.value);
                if (slotNames.contains(mangled)) {
                    throw Err.type("duplicate slot name");
                }
                slotNames.add(mangled);
            }
            for (String sn : slotNames) {
                if (t.dict.getStr(sn) != null) {
                    throw Err.value("'%s' in __slots__ conflicts with class variable", sn);
                }
            }
            if (!slotNames.isEmpty() && solid != PyObject.TYPE && !solid.hasFlag(PyType.BASE_EXC_SUBCLASS)
                    && !Instance.class.isAssignableFrom(solid.javaClass) && solid.javaClass != PyInstance.class) {
                if (!hasDerivedLayout(solid)) {
                    throw Err.type("nonempty __slots__ not supported for subtype of '%s'", solid.getName());
                }
            }
            addDict = wantDict;
            addWeak = wantWeak;
        }
        if (addDict) {
            t.flags |= PyType.HAS_DICT;
        } else if (base.hasFlag(PyType.HAS_DICT)) {
            t.flags |= PyType.HAS_DICT;
        }
        if (addWeak || base.hasFlag(PyType.HAS_WEAKREF)) {
            t.flags |= PyType.HAS_WEAKREF;
        }
        t.ownSlots = slotNames.toArray(new String[0]);
        for (String sn : slotNames) {
            t.dict.putStr(sn, new PyMemberDescr(t, sn, slotCount++));
        }
        t.slotCount = slotCount;
        if (addDict && slotsObj == null || addDict) {
            if (t.dict.getStr("__dict__") == null) {
                t.dict.putStr("__dict__", new PyGetSetDescr(t, "__dict__", TypeNew::getInstanceDict, TypeNew::setInstanceDict, null));
            }
        }
        if (addWeak && t.dict.getStr("__weakref__") == null) {
            t.dict.putStr("__weakref__", new PyGetSetDescr(t, "__weakref__", o -> WeakRefs.firstRef(o), null, null));
        }
        if (t.dict.getStr("__doc__") == null) {
            t.dict.putStr("__doc__", Py.None);
        }

        // Implicit staticmethod/classmethod wrapping.
        PyObject nw = t.dict.getStr("__new__");
        if (nw instanceof org.ember.interp.PyFunction) {
            t.dict.putStr("__new__", new PyStaticMethod(nw));
        }
        for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject f = t.dict.getStr(cm);
            if (f instanceof org.ember.interp.PyFunction) {
                t.dict.putStr(cm, new PyClassMethod(f));
            }
        }
        if (t.dict.getStr("__eq__") != null && t.dict.getStr("__hash__") == null) {
            t.dict.putStr("__hash__", Py.None);
        }

        // __classcell__
        PyObject cell = t.dict.pop(PyStr.of("__classcell__"));
        ThreadState ts = ThreadState.current();
        t.version = ts.interp.runtime.nextTypeVersion();
        TypeType.setMro(t);
        t.tp_alloc = base.tp_alloc;
        HeapSlots.fixup(t);
        if (cell != null) {
            if (!(cell instanceof PyCell c)) {
                throw Err.type("__classcell__ must be a nonlocal cell, not %s", Err.tn(cell));
            }
            c.set(t);
        }
        for (PyObject b : bases.items()) {
            ((PyType) b).addSubclass(t);
        }
        t.flags |= PyType.READY;

        // __set_name__
        PyDict snapshot = t.dict.copy();
        for (int i = snapshot.nextIndex(0); i >= 0; i = snapshot.nextIndex(i + 1)) {
            PyObject value = snapshot.valueAt(i);
            PyObject setName = value.type.lookup("__set_name__");
            if (setName != null) {
                try {
                    Abstract.callBound(setName, value, t, snapshot.keyAt(i));
                } catch (PyException e) {
                    PyException wrapped = Err.runtime("Error calling __set_name__ on '%s' instance %s in '%s'",
                            Err.tn(value), Abstract.reprJava(snapshot.keyAt(i)), name);
                    wrapped.value.cause = e.value;
                    wrapped.value.suppressContext = true;
                    throw wrapped;
                }
            }
        }

        // super(t, t).__init_subclass__(**kwargs)
        PyObject init = null;
        PyStr isName = PyStr.of("__init_subclass__");
        for (int i = 1; i < t.mro.length && init == null; i++) {
            init = t.mro[i].dict.getItem(isName);
        }
        if (init != null) {
            PyObject bound = init.type.tp_descr_get != null ? init.type.tp_descr_get.get(init, null, t) : init;
            Abstract.call(bound, kwValues, kwNames.length == 0 ? null : kwNames);
        }
        return t;
    }

    /** True for builtin types whose Java layout has a subclass able to hold __slots__ cells. */
    private static boolean hasDerivedLayout(PyType solid) {
        for (Class<?> c : solid.javaClass.getDeclaredClasses()) {
            if (Instance.class.isAssignableFrom(c)) {
                return true;
            }
        }
        return false;
    }

    private static PyObject getInstanceDict(PyObject obj) {
        if (obj instanceof HasDict hd) {
            return hd.getDict();
        }
        throw Err.attribute(obj, PyStr.of("__dict__"));
    }

    private static void setInstanceDict(PyObject obj, PyObject value) {
        if (!(value instanceof PyDict d)) {
            throw Err.type("__dict__ must be set to a dictionary, not a '%s'", Err.tn(value));
        }
        ((HasDict) obj).setDict(d);
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isUnicodeIdentifierStart(s.codePointAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = Character.charCount(s.codePointAt(0)); i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Private name mangling: __x in class C becomes _C__x. */
    public static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') {
            i++;
        }
        if (i == className.length()) {
            return name;
        }
        return "_" + className.substring(i) + name;
    }

    /** Assignment to __bases__. */
    static void setBases(PyType t, PyObject value) {
        if (!(value instanceof PyTuple nb)) {
            throw Err.type("can only assign tuple to %s.__bases__, not %s", t.name, Err.tn(value));
        }
        if (nb.size() == 0) {
            throw Err.type("can only assign non-empty tuple to %s.__bases__, not ()", t.name);
        }
        for (PyObject b : nb.items()) {
            if (!(b instanceof PyType bt)) {
                throw Err.type("%s.__bases__ must be tuple of classes, not '%s'", t.name, Err.tn(b));
            }
            if (bt.isSubtype(t)) {
                throw Err.type("a __bases__ item causes an inheritance cycle");
            }
        }
        PyType newBase = bestBase(nb);
        if (newBase.solidBuiltin() != t.base.solidBuiltin()) {
            throw Err.type("__bases__ assignment: '%s' object layout differs from '%s'", newBase.name, t.base.name);
        }
        PyTuple oldBases = t.bases;
        PyType oldBase = t.base;
        PyType[] oldMro = t.mro;
        PyTuple oldMroTuple = t.mroTuple;
        t.bases = nb;
        t.base = newBase;
        try {
            TypeType.setMro(t);
        } catch (PyException e) {
            t.bases = oldBases;
            t.base = oldBase;
            t.mro = oldMro;
            t.mroTuple = oldMroTuple;
            throw e;
        }
        for (PyObject b : oldBases.items()) {
            ((PyType) b).removeSubclass(t);
        }
        for (PyObject b : nb.items()) {
            ((PyType) b).addSubclass(t);
        }
        t.modified();
        HeapSlots.fixup(t);
    }
}
