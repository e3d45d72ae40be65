package org.ember.objects;

import java.util.List;

/**
 * Slot functions for Python classes: each calls the class's dunder method (CPython's
 * slot_* functions), and {@link #fixup} decides per slot between such a generic function and
 * a builtin base's own slot function (when the dunder found is that base's wrapper).
 */
public final class HeapSlots {
    private HeapSlots() {}

    private static final PyStr S_REPR = PyStr.immortal("__repr__");
    private static final PyStr S_STR = PyStr.immortal("__str__");
    private static final PyStr S_HASH = PyStr.immortal("__hash__");
    private static final PyStr S_CALL = PyStr.immortal("__call__");
    private static final PyStr S_GETATTRIBUTE = PyStr.immortal("__getattribute__");
    private static final PyStr S_GETATTR = PyStr.immortal("__getattr__");
    private static final PyStr S_SETATTR = PyStr.immortal("__setattr__");
    private static final PyStr S_DELATTR = PyStr.immortal("__delattr__");
    private static final PyStr S_ITER = PyStr.immortal("__iter__");
    private static final PyStr S_NEXT = PyStr.immortal("__next__");
    private static final PyStr S_GET = PyStr.immortal("__get__");
    private static final PyStr S_SET = PyStr.immortal("__set__");
    private static final PyStr S_DELETE = PyStr.immortal("__delete__");
    private static final PyStr S_INIT = PyStr.immortal("__init__");
    private static final PyStr S_NEW = PyStr.immortal("__new__");
    private static final PyStr S_DEL = PyStr.immortal("__del__");
    private static final PyStr S_BOOL = PyStr.immortal("__bool__");
    private static final PyStr S_LEN = PyStr.immortal("__len__");
    private static final PyStr S_GETITEM = PyStr.immortal("__getitem__");
    private static final PyStr S_SETITEM = PyStr.immortal("__setitem__");
    private static final PyStr S_DELITEM = PyStr.immortal("__delitem__");
    private static final PyStr S_CONTAINS = PyStr.immortal("__contains__");
    private static final PyStr S_POW = PyStr.immortal("__pow__");
    private static final PyStr S_RPOW = PyStr.immortal("__rpow__");
    private static final PyStr[] CMP = {PyStr.immortal("__lt__"), PyStr.immortal("__le__"), PyStr.immortal("__eq__"),
        PyStr.immortal("__ne__"), PyStr.immortal("__gt__"), PyStr.immortal("__ge__")};

    /** Calls type(self).name(self, args...) or returns null when the type has no such attribute. */
    static PyObject callSpecial(PyObject self, PyStr name, PyObject... args) {
        PyObject f = self.type.lookup(name);
        if (f == null) {
            return null;
        }
        return Abstract.callBound(f, self, args);
    }

    /** Like callSpecial but NotImplemented when absent (CPython's vectorcall_maybe). */
    private static PyObject callMaybe(PyObject self, PyStr name, PyObject... args) {
        PyObject r = callSpecial(self, name, args);
        return r == null ? Py.NotImplemented : r;
    }

    private static PyObject callRequired(PyObject self, PyStr name, PyObject... args) {
        PyObject f = self.type.lookup(name);
        if (f == null) {
            throw Err.attribute(self, name);
        }
        return Abstract.callBound(f, self, args);
    }

    public static final Slots.Unary TP_REPR = self -> callRequired(self, S_REPR);
    public static final Slots.Unary TP_STR = self -> callRequired(self, S_STR);

    public static final Slots.Hash HASH_NOT_IMPLEMENTED = self -> {
        throw Err.type("unhashable type: '%s'", Err.tn(self));
    };

    public static final Slots.Hash TP_HASH = self -> {
        PyObject f = self.type.lookup(S_HASH);
        if (f == null || f == Py.None) {
            throw Err.type("unhashable type: '%s'", Err.tn(self));
        }
        PyObject r = Abstract.callBound(f, self);
        if (!(r instanceof PyInt i)) {
            throw Err.type("__hash__ method should return an integer");
        }
        long h = i.isSmall() ? i.longValue() : i.hash();
        if (!i.isSmall() || h == -1) {
            h = i.hash();
        }
        return h;
    };

    public static final Slots.Call TP_CALL = (self, args, kw) -> {
        PyObject f = self.type.lookup(S_CALL);
        if (f == null) {
            throw Err.type("'%s' object is not callable", Err.tn(self));
        }
        return Abstract.callBound(f, self, args, kw);
    };

    public static final Slots.GetAttr TP_GETATTRO = (self, name) -> callRequired(self, S_GETATTRIBUTE, name);

    /** __getattribute__ (or the generic lookup) then __getattr__ on AttributeError. */
    public static final Slots.GetAttr GETATTR_HOOK = (self, name) -> {
        PyObject getattr = self.type.lookup(S_GETATTR);
        PyObject getattribute = self.type.lookup(S_GETATTRIBUTE);
        if (getattr == null) {
            return getattribute == null || isObjectGetattribute(getattribute) ? ObjectType.genericGetAttr(self, name)
                    : Abstract.callBound(getattribute, self, name);
        }
        if (getattribute == null || isObjectGetattribute(getattribute)) {
            PyObject r = ObjectType.genericGetAttrOrNull(self, name);
            if (r != null) {
                return r;
            }
            return Abstract.callBound(getattr, self, name);
        }
        try {
            return Abstract.callBound(getattribute, self, name);
        } catch (PyException e) {
            if (!e.matches(PyExc.AttributeError)) {
                throw e;
            }
            return Abstract.callBound(getattr, self, name);
        }
    };

    private static boolean isObjectGetattribute(PyObject f) {
        return f instanceof PyWrapperDescr w && w.function == ObjectType.GENERIC_GETATTR;
    }

    public static final Slots.SetAttr TP_SETATTRO = (self, name, value) -> {
        if (value == null) {
            callRequired(self, S_DELATTR, name);
        } else {
            callRequired(self, S_SETATTR, name, value);
        }
    };

    public static final Slots.Compare TP_RICHCOMPARE = (a, b, op) -> {
        PyObject f = a.type.lookup(CMP[op.ordinal()]);
        if (f == null) {
            return Py.NotImplemented;
        }
        return Abstract.callBound(f, a, b);
    };

    public static final Slots.Unary TP_ITER = self -> {
        PyObject f = self.type.lookup(S_ITER);
        if (f == null || f == Py.None) {
            throw Err.type("'%s' object is not iterable", Err.tn(self));
        }
        return Abstract.callBound(f, self);
    };

    public static final Slots.Next TP_ITERNEXT = self -> {
        try {
            return callRequired(self, S_NEXT);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                return null;
            }
            throw e;
        }
    };

    public static final Slots.DescrGet TP_DESCR_GET = (self, obj, type) -> {
        PyObject f = self.type.lookup(S_GET);
        if (f == null) {
            return self;
        }
        return Abstract.callBound(f, self, obj == null ? Py.None : obj, type == null ? Py.None : type);
    };

    public static final Slots.DescrSet TP_DESCR_SET = (self, obj, value) -> {
        if (value == null) {
            callRequired(self, S_DELETE, obj);
        } else {
            callRequired(self, S_SET, obj, value);
        }
    };

    public static final Slots.Init TP_INIT = (self, args, kw) -> {
        PyObject f = self.type.lookup(S_INIT);
        PyObject r = Abstract.callBound(f, self, args, kw);
        if (r != Py.None) {
            throw Err.type("__init__() should return None, not '%s'", Err.tn(r));
        }
    };

    public static final Slots.New TP_NEW = (type, args, kw) -> {
        PyObject f = type.lookup(S_NEW);
        if (f instanceof PyStaticMethod sm) {
            f = sm.callable;
        }
        PyObject[] a = new PyObject[args.length + 1];
        a[0] = type;
        System.arraycopy(args, 0, a, 1, args.length);
        return Abstract.call(f, a, kw);
    };

    public static final Slots.Finalize TP_FINALIZE = self -> callSpecial(self, S_DEL);

    /** A binary operator slot of a Python class (CPython's SLOT1BINFULL). */
    static class BinarySlot implements Slots.Binary {
        final SlotTable.Slot slot;
        final PyStr op;
        final PyStr rop;

        BinarySlot(SlotTable.Slot slot, String op, String rop) {
            this.slot = slot;
            this.op = PyStr.immortal(op);
            this.rop = PyStr.immortal(rop);
        }

        @Override
        public PyObject apply(PyObject self, PyObject other) {
            boolean doOther = self.type != other.type && slot.get(other.type) == this;
            if (slot.get(self.type) == this) {
                if (doOther && other.type.isSubtype(self.type) && methodIsOverloaded(self, other, rop)) {
                    PyObject r = callMaybe(other, rop, self);
                    if (r != Py.NotImplemented) {
                        return r;
                    }
                    doOther = false;
                }
                PyObject r = callMaybe(self, op, other);
                if (r != Py.NotImplemented || other.type == self.type) {
                    return r;
                }
            }
            if (doOther) {
                return callMaybe(other, rop, self);
            }
            return Py.NotImplemented;
        }
    }

    /** True when type(right).name differs from type(left).name (CPython's method_is_overloaded). */
    private static boolean methodIsOverloaded(PyObject left, PyObject right, PyStr name) {
        PyObject b = right.type.lookup(name);
        if (b == null) {
            return false;
        }
        PyObject a = left.type.lookup(name);
        if (a == null) {
            return true;
        }
        return a != b;
    }

    public static final BinarySlot NB_ADD = new BinarySlot(SlotTable.Slot.NB_ADD, "__add__", "__radd__");
    public static final BinarySlot NB_SUBTRACT = new BinarySlot(SlotTable.Slot.NB_SUBTRACT, "__sub__", "__rsub__");
    public static final BinarySlot NB_MULTIPLY = new BinarySlot(SlotTable.Slot.NB_MULTIPLY, "__mul__", "__rmul__");
    public static final BinarySlot NB_REMAINDER = new BinarySlot(SlotTable.Slot.NB_REMAINDER, "__mod__", "__rmod__");
    public static final BinarySlot NB_DIVMOD = new BinarySlot(SlotTable.Slot.NB_DIVMOD, "__divmod__", "__rdivmod__");
    public static final BinarySlot NB_LSHIFT = new BinarySlot(SlotTable.Slot.NB_LSHIFT, "__lshift__", "__rlshift__");
    public static final BinarySlot NB_RSHIFT = new BinarySlot(SlotTable.Slot.NB_RSHIFT, "__rshift__", "__rrshift__");
    public static final BinarySlot NB_AND = new BinarySlot(SlotTable.Slot.NB_AND, "__and__", "__rand__");
    public static final BinarySlot NB_XOR = new BinarySlot(SlotTable.Slot.NB_XOR, "__xor__", "__rxor__");
    public static final BinarySlot NB_OR = new BinarySlot(SlotTable.Slot.NB_OR, "__or__", "__ror__");
    public static final BinarySlot NB_FLOOR_DIVIDE = new BinarySlot(SlotTable.Slot.NB_FLOOR_DIVIDE, "__floordiv__", "__rfloordiv__");
    public static final BinarySlot NB_TRUE_DIVIDE = new BinarySlot(SlotTable.Slot.NB_TRUE_DIVIDE, "__truediv__", "__rtruediv__");
    public static final BinarySlot NB_MATRIX_MULTIPLY = new BinarySlot(SlotTable.Slot.NB_MATRIX_MULTIPLY, "__matmul__", "__rmatmul__");

    public static final Slots.Ternary NB_POWER = new Slots.Ternary() {
        @Override
        public PyObject apply(PyObject self, PyObject other, PyObject mod) {
            if (mod == Py.None) {
                return POW_BINARY.apply(self, other);
            }
            if (self.type.nb_power == this) {
                return callMaybe(self, S_POW, other, mod);
            }
            return Py.NotImplemented;
        }
    };
    private static final BinarySlot POW_BINARY = new BinarySlot(SlotTable.Slot.NB_POWER, "__pow__", "__rpow__") {
        @Override
        public PyObject apply(PyObject self, PyObject other) {
            boolean doOther = self.type != other.type && other.type.nb_power == NB_POWER;
            if (self.type.nb_power == NB_POWER) {
                if (doOther && other.type.isSubtype(self.type) && methodIsOverloaded(self, other, S_RPOW)) {
                    PyObject r = callMaybe(other, S_RPOW, self);
                    if (r != Py.NotImplemented) {
                        return r;
                    }
                    doOther = false;
                }
                PyObject r = callMaybe(self, S_POW, other);
                if (r != Py.NotImplemented || other.type == self.type) {
                    return r;
                }
            }
            if (doOther) {
                return callMaybe(other, S_RPOW, self);
            }
            return Py.NotImplemented;
        }
    };

    private static Slots.Binary inplace(String name) {
        PyStr n = PyStr.immortal(name);
        return (a, b) -> callMaybe(a, n, b);
    }

    private static Slots.Unary unary(String name) {
        PyStr n = PyStr.immortal(name);
        return self -> callRequired(self, n);
    }

    public static final Slots.Binary NB_INPLACE_ADD = inplace("__iadd__");
    public static final Slots.Binary NB_INPLACE_SUBTRACT = inplace("__isub__");
    public static final Slots.Binary NB_INPLACE_MULTIPLY = inplace("__imul__");
    public static final Slots.Binary NB_INPLACE_REMAINDER = inplace("__imod__");
    public static final Slots.Ternary NB_INPLACE_POWER = (a, b, c) -> callMaybe(a, PyStr.immortal("__ipow__"), b);
    public static final Slots.Binary NB_INPLACE_LSHIFT = inplace("__ilshift__");
    public static final Slots.Binary NB_INPLACE_RSHIFT = inplace("__irshift__");
    public static final Slots.Binary NB_INPLACE_AND = inplace("__iand__");
    public static final Slots.Binary NB_INPLACE_XOR = inplace("__ixor__");
    public static final Slots.Binary NB_INPLACE_OR = inplace("__ior__");
    public static final Slots.Binary NB_INPLACE_FLOOR_DIVIDE = inplace("__ifloordiv__");
    public static final Slots.Binary NB_INPLACE_TRUE_DIVIDE = inplace("__itruediv__");
    public static final Slots.Binary NB_INPLACE_MATRIX_MULTIPLY = inplace("__imatmul__");
    public static final Slots.Unary NB_NEGATIVE = unary("__neg__");
    public static final Slots.Unary NB_POSITIVE = unary("__pos__");
    public static final Slots.Unary NB_ABSOLUTE = unary("__abs__");
    public static final Slots.Unary NB_INVERT = unary("__invert__");
    public static final Slots.Unary NB_INT = unary("__int__");
    public static final Slots.Unary NB_FLOAT = unary("__float__");
    public static final Slots.Unary NB_INDEX = unary("__index__");

    public static final Slots.Predicate NB_BOOL = self -> {
        PyObject f = self.type.lookup(S_BOOL);
        if (f == null) {
            PyObject len = self.type.lookup(S_LEN);
            return len == null || Abstract.length(self) != 0;
        }
        PyObject r = Abstract.callBound(f, self);
        if (!(r instanceof PyBool b)) {
            throw Err.type("__bool__ should return bool, returned %s", Err.tn(r));
        }
        return b.booleanValue();
    };

    public static final Slots.Length SQ_LENGTH = self -> {
        PyObject r = callRequired(self, S_LEN);
        if (!Abstract.hasIndex(r)) {
            throw Err.type("'%s' object cannot be interpreted as an integer", Err.tn(r));
        }
        PyInt n = Abstract.index(r);
        if (n.signum() < 0) {
            throw Err.value("__len__() should return >= 0");
        }
        if (!n.isSmall()) {
            throw Err.overflow("cannot fit 'int' into an index-sized integer");
        }
        return n.longValue();
    };

    public static final Slots.Binary MP_SUBSCRIPT = (self, key) -> callRequired(self, S_GETITEM, key);

    public static final Slots.SetItem MP_ASS_SUBSCRIPT = (self, key, value) -> {
        if (value == null) {
            callRequired(self, S_DELITEM, key);
        } else {
            callRequired(self, S_SETITEM, key, value);
        }
    };

    public static final Slots.Contains SQ_CONTAINS = (self, item) -> {
        PyObject f = self.type.lookup(S_CONTAINS);
        if (f == Py.None) {
            throw Err.type("'%s' object is not a container", Err.tn(self));
        }
        if (f == null) {
            return Abstract.iterSearchContains(self, item);
        }
        return Abstract.isTrue(Abstract.callBound(f, self, item));
    };

    public static final Slots.Unary AM_AWAIT = unary("__await__");
    public static final Slots.Unary AM_AITER = unary("__aiter__");
    public static final Slots.Unary AM_ANEXT = unary("__anext__");

    /** The generic function for a slot, or null for slots Python classes only inherit (sq_concat...). */
    static Object generic(SlotTable.Slot slot) {
        return switch (slot) {
            case TP_REPR -> TP_REPR;
            case TP_STR -> TP_STR;
            case TP_HASH -> TP_HASH;
            case TP_CALL -> TP_CALL;
            case TP_GETATTRO -> TP_GETATTRO;
            case TP_SETATTRO -> TP_SETATTRO;
            case TP_RICHCOMPARE -> TP_RICHCOMPARE;
            case TP_ITER -> TP_ITER;
            case TP_ITERNEXT -> TP_ITERNEXT;
            case TP_DESCR_GET -> TP_DESCR_GET;
            case TP_DESCR_SET -> TP_DESCR_SET;
            case TP_INIT -> TP_INIT;
            case TP_NEW -> TP_NEW;
            case TP_FINALIZE -> TP_FINALIZE;
            case NB_ADD -> NB_ADD;
            case NB_SUBTRACT -> NB_SUBTRACT;
            case NB_MULTIPLY -> NB_MULTIPLY;
            case NB_REMAINDER -> NB_REMAINDER;
            case NB_DIVMOD -> NB_DIVMOD;
            case NB_POWER -> NB_POWER;
            case NB_LSHIFT -> NB_LSHIFT;
            case NB_RSHIFT -> NB_RSHIFT;
            case NB_AND -> NB_AND;
            case NB_XOR -> NB_XOR;
            case NB_OR -> NB_OR;
            case NB_FLOOR_DIVIDE -> NB_FLOOR_DIVIDE;
            case NB_TRUE_DIVIDE -> NB_TRUE_DIVIDE;
            case NB_MATRIX_MULTIPLY -> NB_MATRIX_MULTIPLY;
            case NB_INPLACE_ADD -> NB_INPLACE_ADD;
            case NB_INPLACE_SUBTRACT -> NB_INPLACE_SUBTRACT;
            case NB_INPLACE_MULTIPLY -> NB_INPLACE_MULTIPLY;
            case NB_INPLACE_REMAINDER -> NB_INPLACE_REMAINDER;
            case NB_INPLACE_POWER -> NB_INPLACE_POWER;
            case NB_INPLACE_LSHIFT -> NB_INPLACE_LSHIFT;
            case NB_INPLACE_RSHIFT -> NB_INPLACE_RSHIFT;
            case NB_INPLACE_AND -> NB_INPLACE_AND;
            case NB_INPLACE_XOR -> NB_INPLACE_XOR;
            case NB_INPLACE_OR -> NB_INPLACE_OR;
            case NB_INPLACE_FLOOR_DIVIDE -> NB_INPLACE_FLOOR_DIVIDE;
            case NB_INPLACE_TRUE_DIVIDE -> NB_INPLACE_TRUE_DIVIDE;
            case NB_INPLACE_MATRIX_MULTIPLY -> NB_INPLACE_MATRIX_MULTIPLY;
            case NB_NEGATIVE -> NB_NEGATIVE;
            case NB_POSITIVE -> NB_POSITIVE;
            case NB_ABSOLUTE -> NB_ABSOLUTE;
            case NB_INVERT -> NB_INVERT;
            case NB_INT -> NB_INT;
            case NB_FLOAT -> NB_FLOAT;
            case NB_INDEX -> NB_INDEX;
            case NB_BOOL -> NB_BOOL;
            case SQ_LENGTH -> SQ_LENGTH;
            case MP_SUBSCRIPT -> MP_SUBSCRIPT;
            case MP_ASS_SUBSCRIPT -> MP_ASS_SUBSCRIPT;
            case SQ_CONTAINS -> SQ_CONTAINS;
            case AM_AWAIT -> AM_AWAIT;
            case AM_AITER -> AM_AITER;
            case AM_ANEXT -> AM_ANEXT;
            case SQ_CONCAT, SQ_INPLACE_CONCAT, SQ_REPEAT, SQ_INPLACE_REPEAT -> null;
        };
    }

    /** Sets every slot of heap type t from its MRO (CPython's fixup_slot_dispatchers). */
    public static void fixup(PyType t) {
        for (SlotTable.Slot slot : SlotTable.Slot.values()) {
            updateSlot(t, slot);
        }
    }

    /** After t.name changed: recompute the slots for that dunder in t and its subclasses. */
    public static void update(PyType t, String name) {
        if (!SlotTable.isSlotName(name)) {
            return;
        }
        for (SlotTable.Slot slot : SlotTable.Slot.values()) {
            boolean affected = name.equals("__getattr__") && slot == SlotTable.Slot.TP_GETATTRO;
            for (SlotTable.SlotDef d : SlotTable.defsFor(slot)) {
                affected |= d.name().equals(name);
            }
            if (affected) {
                updateRecursive(t, slot);
            }
        }
    }

    private static void updateRecursive(PyType t, SlotTable.Slot slot) {
        if (t.isHeapType()) {
            updateSlot(t, slot);
        }
        for (PyType sub : t.liveSubclasses()) {
            updateRecursive(sub, slot);
        }
    }

    private static void updateSlot(PyType t, SlotTable.Slot slot) {
        List<SlotTable.SlotDef> defs = SlotTable.defsFor(slot);
        Object specific = null;
        boolean useGeneric = false;
        boolean found = false;
        for (SlotTable.SlotDef d : defs) {
            PyObject descr = t.lookup(PyStr.of(d.name()));
            if (descr == null) {
                continue;
            }
            found = true;
            if (descr instanceof PyWrapperDescr w && w.def == d) {
                if (specific == null || specific == w.function) {
                    specific = w.function;
                } else {
                    useGeneric = true;
                }
            } else if (slot == SlotTable.Slot.TP_HASH && descr == Py.None) {
                specific = HASH_NOT_IMPLEMENTED;
            } else if (slot == SlotTable.Slot.TP_NEW && descr instanceof PyBuiltinFunction bf
                    && bf.fn instanceof SlotTable.TpNewWrapper nw) {
                specific = nw.owner.tp_new;
            } else {
                useGeneric = true;
            }
        }
        if (slot == SlotTable.Slot.TP_GETATTRO && t.lookup(S_GETATTR) != null) {
            slot.set(t, GETATTR_HOOK);
            return;
        }
        Object f;
        if (useGeneric) {
            f = generic(slot);
            if (f == null) {
                f = specific;
            }
        } else if (found) {
            f = specific;
        } else {
            f = null;
        }
        slot.set(t, f);
    }
}
