package org.ember.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The table tying type slots to dunder names (CPython's slotdefs).
 *
 * <p>For a builtin type, each slot it fills gets Python-visible wrapper descriptors
 * ({@code int.__add__}, {@code int.__radd__}) built from this table. For a Python class,
 * {@link HeapSlots} uses the same table to decide which slots to point at generic functions
 * that call the class's dunder methods.
 */
public final class SlotTable {
    private SlotTable() {}

    /** A slot field of PyType, with access to it. */
    public enum Slot {
        TP_REPR(t -> t.tp_repr, (t, f) -> t.tp_repr = (Slots.Unary) f),
        TP_STR(t -> t.tp_str, (t, f) -> t.tp_str = (Slots.Unary) f),
        TP_HASH(t -> t.tp_hash, (t, f) -> t.tp_hash = (Slots.Hash) f),
        TP_CALL(t -> t.tp_call, (t, f) -> t.tp_call = (Slots.Call) f),
        TP_GETATTRO(t -> t.tp_getattro, (t, f) -> t.tp_getattro = (Slots.GetAttr) f),
        TP_SETATTRO(t -> t.tp_setattro, (t, f) -> t.tp_setattro = (Slots.SetAttr) f),
        TP_RICHCOMPARE(t -> t.tp_richcompare, (t, f) -> t.tp_richcompare = (Slots.Compare) f),
        TP_ITER(t -> t.tp_iter, (t, f) -> t.tp_iter = (Slots.Unary) f),
        TP_ITERNEXT(t -> t.tp_iternext, (t, f) -> t.tp_iternext = (Slots.Next) f),
        TP_DESCR_GET(t -> t.tp_descr_get, (t, f) -> t.tp_descr_get = (Slots.DescrGet) f),
        TP_DESCR_SET(t -> t.tp_descr_set, (t, f) -> t.tp_descr_set = (Slots.DescrSet) f),
        TP_INIT(t -> t.tp_init, (t, f) -> t.tp_init = (Slots.Init) f),
        TP_NEW(t -> t.tp_new, (t, f) -> t.tp_new = (Slots.New) f),
        TP_FINALIZE(t -> t.tp_finalize, (t, f) -> t.tp_finalize = (Slots.Finalize) f),
        NB_ADD(t -> t.nb_add, (t, f) -> t.nb_add = (Slots.Binary) f),
        NB_SUBTRACT(t -> t.nb_subtract, (t, f) -> t.nb_subtract = (Slots.Binary) f),
        NB_MULTIPLY(t -> t.nb_multiply, (t, f) -> t.nb_multiply = (Slots.Binary) f),
        NB_REMAINDER(t -> t.nb_remainder, (t, f) -> t.nb_remainder = (Slots.Binary) f),
        NB_DIVMOD(t -> t.nb_divmod, (t, f) -> t.nb_divmod = (Slots.Binary) f),
        NB_POWER(t -> t.nb_power, (t, f) -> t.nb_power = (Slots.Ternary) f),
        NB_LSHIFT(t -> t.nb_lshift, (t, f) -> t.nb_lshift = (Slots.Binary) f),
        NB_RSHIFT(t -> t.nb_rshift, (t, f) -> t.nb_rshift = (Slots.Binary) f),
        NB_AND(t -> t.nb_and, (t, f) -> t.nb_and = (Slots.Binary) f),
        NB_XOR(t -> t.nb_xor, (t, f) -> t.nb_xor = (Slots.Binary) f),
        NB_OR(t -> t.nb_or, (t, f) -> t.nb_or = (Slots.Binary) f),
        NB_FLOOR_DIVIDE(t -> t.nb_floor_divide, (t, f) -> t.nb_floor_divide = (Slots.Binary) f),
        NB_TRUE_DIVIDE(t -> t.nb_true_divide, (t, f) -> t.nb_true_divide = (Slots.Binary) f),
        NB_MATRIX_MULTIPLY(t -> t.nb_matrix_multiply, (t, f) -> t.nb_matrix_multiply = (Slots.Binary) f),
        NB_INPLACE_ADD(t -> t.nb_inplace_add, (t, f) -> t.nb_inplace_add = (Slots.Binary) f),
        NB_INPLACE_SUBTRACT(t -> t.nb_inplace_subtract, (t, f) -> t.nb_inplace_subtract = (Slots.Binary) f),
        NB_INPLACE_MULTIPLY(t -> t.nb_inplace_multiply, (t, f) -> t.nb_inplace_multiply = (Slots.Binary) f),
        NB_INPLACE_REMAINDER(t -> t.nb_inplace_remainder, (t, f) -> t.nb_inplace_remainder = (Slots.Binary) f),
        NB_INPLACE_POWER(t -> t.nb_inplace_power, (t, f) -> t.nb_inplace_power = (Slots.Ternary) f),
        NB_INPLACE_LSHIFT(t -> t.nb_inplace_lshift, (t, f) -> t.nb_inplace_lshift = (Slots.Binary) f),
        NB_INPLACE_RSHIFT(t -> t.nb_inplace_rshift, (t, f) -> t.nb_inplace_rshift = (Slots.Binary) f),
        NB_INPLACE_AND(t -> t.nb_inplace_and, (t, f) -> t.nb_inplace_and = (Slots.Binary) f),
        NB_INPLACE_XOR(t -> t.nb_inplace_xor, (t, f) -> t.nb_inplace_xor = (Slots.Binary) f),
        NB_INPLACE_OR(t -> t.nb_inplace_or, (t, f) -> t.nb_inplace_or = (Slots.Binary) f),
        NB_INPLACE_FLOOR_DIVIDE(t -> t.nb_inplace_floor_divide, (t, f) -> t.nb_inplace_floor_divide = (Slots.Binary) f),
        NB_INPLACE_TRUE_DIVIDE(t -> t.nb_inplace_true_divide, (t, f) -> t.nb_inplace_true_divide = (Slots.Binary) f),
        NB_INPLACE_MATRIX_MULTIPLY(t -> t.nb_inplace_matrix_multiply, (t, f) -> t.nb_inplace_matrix_multiply = (Slots.Binary) f),
        NB_NEGATIVE(t -> t.nb_negative, (t, f) -> t.nb_negative = (Slots.Unary) f),
        NB_POSITIVE(t -> t.nb_positive, (t, f) -> t.nb_positive = (Slots.Unary) f),
        NB_ABSOLUTE(t -> t.nb_absolute, (t, f) -> t.nb_absolute = (Slots.Unary) f),
        NB_INVERT(t -> t.nb_invert, (t, f) -> t.nb_invert = (Slots.Unary) f),
        NB_INT(t -> t.nb_int, (t, f) -> t.nb_int = (Slots.Unary) f),
        NB_FLOAT(t -> t.nb_float, (t, f) -> t.nb_float = (Slots.Unary) f),
        NB_INDEX(t -> t.nb_index, (t, f) -> t.nb_index = (Slots.Unary) f),
        NB_BOOL(t -> t.nb_bool, (t, f) -> t.nb_bool = (Slots.Predicate) f),
        SQ_LENGTH(t -> t.sq_length, (t, f) -> t.sq_length = (Slots.Length) f),
        MP_SUBSCRIPT(t -> t.mp_subscript, (t, f) -> t.mp_subscript = (Slots.Binary) f),
        MP_ASS_SUBSCRIPT(t -> t.mp_ass_subscript, (t, f) -> t.mp_ass_subscript = (Slots.SetItem) f),
        SQ_CONTAINS(t -> t.sq_contains, (t, f) -> t.sq_contains = (Slots.Contains) f),
        SQ_CONCAT(t -> t.sq_concat, (t, f) -> t.sq_concat = (Slots.Binary) f),
        SQ_INPLACE_CONCAT(t -> t.sq_inplace_concat, (t, f) -> t.sq_inplace_concat = (Slots.Binary) f),
        SQ_REPEAT(t -> t.sq_repeat, (t, f) -> t.sq_repeat = (Slots.Repeat) f),
        SQ_INPLACE_REPEAT(t -> t.sq_inplace_repeat, (t, f) -> t.sq_inplace_repeat = (Slots.Repeat) f),
        AM_AWAIT(t -> t.am_await, (t, f) -> t.am_await = (Slots.Unary) f),
        AM_AITER(t -> t.am_aiter, (t, f) -> t.am_aiter = (Slots.Unary) f),
        AM_ANEXT(t -> t.am_anext, (t, f) -> t.am_anext = (Slots.Unary) f);

        final Function<PyType, Object> getter;
        final BiConsumer<PyType, Object> setter;

        Slot(Function<PyType, Object> getter, BiConsumer<PyType, Object> setter) {
            this.getter = getter;
            this.setter = setter;
        }

        public Object get(PyType t) {
            return getter.apply(t);
        }

        public void set(PyType t, Object f) {
            setter.accept(t, f);
        }
    }

    /** How a wrapper descriptor calls the slot function with Python arguments. */
    public enum Kind {
        UNARY, BINARY, BINARY_R, TERNARY, TERNARY_R, INQUIRY, LEN, HASH, CALL, GETATTR, SETATTR, DELATTR,
        LT, LE, EQ, NE, GT, GE, NEXT, DESCR_GET, DESCR_SET, DESCR_DELETE, INIT, NEW, DEL, GETITEM, SETITEM, DELITEM,
        CONTAINS, REPEAT
    }

    /** One dunder name bound to one slot. */
    public record SlotDef(String name, Slot slot, Kind kind, String doc) {}

    private static final SlotDef[] DEFS = {
        new SlotDef("__getattribute__", Slot.TP_GETATTRO, Kind.GETATTR, "Return getattr(self, name)."),
        new SlotDef("__setattr__", Slot.TP_SETATTRO, Kind.SETATTR, "Implement setattr(self, name, value)."),
        new SlotDef("__delattr__", Slot.TP_SETATTRO, Kind.DELATTR, "Implement delattr(self, name)."),
        new SlotDef("__repr__", Slot.TP_REPR, Kind.UNARY, "Return repr(self)."),
        new SlotDef("__hash__", Slot.TP_HASH, Kind.HASH, "Return hash(self)."),
        new SlotDef("__call__", Slot.TP_CALL, Kind.CALL, "Call self as a function."),
        new SlotDef("__str__", Slot.TP_STR, Kind.UNARY, "Return str(self)."),
        new SlotDef("__lt__", Slot.TP_RICHCOMPARE, Kind.LT, "Return self<value."),
        new SlotDef("__le__", Slot.TP_RICHCOMPARE, Kind.LE, "Return self<=value."),
        new SlotDef("__eq__", Slot.TP_RICHCOMPARE, Kind.EQ, "Return self==value."),
        new SlotDef("__ne__", Slot.TP_RICHCOMPARE, Kind.NE, "Return self!=value."),
        new SlotDef("__gt__", Slot.TP_RICHCOMPARE, Kind.GT, "Return self>value."),
        new SlotDef("__ge__", Slot.TP_RICHCOMPARE, Kind.GE, "Return self>=value."),
        new SlotDef("__iter__", Slot.TP_ITER, Kind.UNARY, "Implement iter(self)."),
        new SlotDef("__next__", Slot.TP_ITERNEXT, Kind.NEXT, "Implement next(self)."),
        new SlotDef("__get__", Slot.TP_DESCR_GET, Kind.DESCR_GET, "Return an attribute of instance, which is of type owner."),
        new SlotDef("__set__", Slot.TP_DESCR_SET, Kind.DESCR_SET, "Set an attribute of instance to value."),
        new SlotDef("__delete__", Slot.TP_DESCR_SET, Kind.DESCR_DELETE, "Delete an attribute of instance."),
        new SlotDef("__init__", Slot.TP_INIT, Kind.INIT, "Initialize self.  See help(type(self)) for accurate signature."),
        new SlotDef("__new__", Slot.TP_NEW, Kind.NEW, "Create and return a new object.  See help(type) for accurate signature."),
        new SlotDef("__del__", Slot.TP_FINALIZE, Kind.DEL, "Called when the instance is about to be destroyed."),
        new SlotDef("__await__", Slot.AM_AWAIT, Kind.UNARY, "Return an iterator to be used in await expression."),
        new SlotDef("__aiter__", Slot.AM_AITER, Kind.UNARY, "Return an awaitable, that resolves in asynchronous iterator."),
        new SlotDef("__anext__", Slot.AM_ANEXT, Kind.UNARY, "Return a value or raise StopAsyncIteration."),
        new SlotDef("__add__", Slot.NB_ADD, Kind.BINARY, "Return self+value."),
        new SlotDef("__radd__", Slot.NB_ADD, Kind.BINARY_R, "Return value+self."),
        new SlotDef("__sub__", Slot.NB_SUBTRACT, Kind.BINARY, "Return self-value."),
        new SlotDef("__rsub__", Slot.NB_SUBTRACT, Kind.BINARY_R, "Return value-self."),
        new SlotDef("__mul__", Slot.NB_MULTIPLY, Kind.BINARY, "Return self*value."),
        new SlotDef("__rmul__", Slot.NB_MULTIPLY, Kind.BINARY_R, "Return value*self."),
        new SlotDef("__mod__", Slot.NB_REMAINDER, Kind.BINARY, "Return self%value."),
        new SlotDef("__rmod__", Slot.NB_REMAINDER, Kind.BINARY_R, "Return value%self."),
        new SlotDef("__divmod__", Slot.NB_DIVMOD, Kind.BINARY, "Return divmod(self, value)."),
        new SlotDef("__rdivmod__", Slot.NB_DIVMOD, Kind.BINARY_R, "Return divmod(value, self)."),
        new SlotDef("__pow__", Slot.NB_POWER, Kind.TERNARY, "Return pow(self, value, mod)."),
        new SlotDef("__rpow__", Slot.NB_POWER, Kind.TERNARY_R, "Return pow(value, self, mod)."),
        new SlotDef("__neg__", Slot.NB_NEGATIVE, Kind.UNARY, "-self"),
        new SlotDef("__pos__", Slot.NB_POSITIVE, Kind.UNARY, "+self"),
        new SlotDef("__abs__", Slot.NB_ABSOLUTE, Kind.UNARY, "abs(self)"),
        new SlotDef("__bool__", Slot.NB_BOOL, Kind.INQUIRY, "True if self else False"),
        new SlotDef("__invert__", Slot.NB_INVERT, Kind.UNARY, "~self"),
        new SlotDef("__lshift__", Slot.NB_LSHIFT, Kind.BINARY, "Return self<<value."),
        new SlotDef("__rlshift__", Slot.NB_LSHIFT, Kind.BINARY_R, "Return value<<self."),
        new SlotDef("__rshift__", Slot.NB_RSHIFT, Kind.BINARY, "Return self>>value."),
        new SlotDef("__rrshift__", Slot.NB_RSHIFT, Kind.BINARY_R, "Return value>>self."),
        new SlotDef("__and__", Slot.NB_AND, Kind.BINARY, "Return self&value."),
        new SlotDef("__rand__", Slot.NB_AND, Kind.BINARY_R, "Return value&self."),
        new SlotDef("__xor__", Slot.NB_XOR, Kind.BINARY, "Return self^value."),
        new SlotDef("__rxor__", Slot.NB_XOR, Kind.BINARY_R, "Return value^self."),
        new SlotDef("__or__", Slot.NB_OR, Kind.BINARY, "Return self|value."),
        new SlotDef("__ror__", Slot.NB_OR, Kind.BINARY_R, "Return value|self."),
        new SlotDef("__int__", Slot.NB_INT, Kind.UNARY, "int(self)"),
        new SlotDef("__float__", Slot.NB_FLOAT, Kind.UNARY, "float(self)"),
        new SlotDef("__iadd__", Slot.NB_INPLACE_ADD, Kind.BINARY, "Return self+=value."),
        new SlotDef("__isub__", Slot.NB_INPLACE_SUBTRACT, Kind.BINARY, "Return self-=value."),
        new SlotDef("__imul__", Slot.NB_INPLACE_MULTIPLY, Kind.BINARY, "Return self*=value."),
        new SlotDef("__imod__", Slot.NB_INPLACE_REMAINDER, Kind.BINARY, "Return self%=value."),
        new SlotDef("__ipow__", Slot.NB_INPLACE_POWER, Kind.TERNARY, "Return self**=value."),
        new SlotDef("__ilshift__", Slot.NB_INPLACE_LSHIFT, Kind.BINARY, "Return self<<=value."),
        new SlotDef("__irshift__", Slot.NB_INPLACE_RSHIFT, Kind.BINARY, "Return self>>=value."),
        new SlotDef("__iand__", Slot.NB_INPLACE_AND, Kind.BINARY, "Return self&=value."),
        new SlotDef("__ixor__", Slot.NB_INPLACE_XOR, Kind.BINARY, "Return self^=value."),
        new SlotDef("__ior__", Slot.NB_INPLACE_OR, Kind.BINARY, "Return self|=value."),
        new SlotDef("__floordiv__", Slot.NB_FLOOR_DIVIDE, Kind.BINARY, "Return self//value."),
        new SlotDef("__rfloordiv__", Slot.NB_FLOOR_DIVIDE, Kind.BINARY_R, "Return value//self."),
        new SlotDef("__truediv__", Slot.NB_TRUE_DIVIDE, Kind.BINARY, "Return self/value."),
        new SlotDef("__rtruediv__", Slot.NB_TRUE_DIVIDE, Kind.BINARY_R, "Return value/self."),
        new SlotDef("__ifloordiv__", Slot.NB_INPLACE_FLOOR_DIVIDE, Kind.BINARY, "Return self//=value."),
        new SlotDef("__itruediv__", Slot.NB_INPLACE_TRUE_DIVIDE, Kind.BINARY, "Return self/=value."),
        new SlotDef("__index__", Slot.NB_INDEX, Kind.UNARY, "Return self converted to an integer, if self is suitable for use as an index into a list."),
        new SlotDef("__matmul__", Slot.NB_MATRIX_MULTIPLY, Kind.BINARY, "Return self@value."),
        new SlotDef("__rmatmul__", Slot.NB_MATRIX_MULTIPLY, Kind.BINARY_R, "Return value@self."),
        new SlotDef("__imatmul__", Slot.NB_INPLACE_MATRIX_MULTIPLY, Kind.BINARY, "Return self@=value."),
        new SlotDef("__len__", Slot.SQ_LENGTH, Kind.LEN, "Return len(self)."),
        new SlotDef("__getitem__", Slot.MP_SUBSCRIPT, Kind.GETITEM, "Return self[key]."),
        new SlotDef("__setitem__", Slot.MP_ASS_SUBSCRIPT, Kind.SETITEM, "Set self[key] to value."),
        new SlotDef("__delitem__", Slot.MP_ASS_SUBSCRIPT, Kind.DELITEM, "Delete self[key]."),
        new SlotDef("__contains__", Slot.SQ_CONTAINS, Kind.CONTAINS, "Return key in self."),
        new SlotDef("__add__", Slot.SQ_CONCAT, Kind.BINARY, "Return self+value."),
        new SlotDef("__mul__", Slot.SQ_REPEAT, Kind.REPEAT, "Return self*value."),
        new SlotDef("__rmul__", Slot.SQ_REPEAT, Kind.REPEAT, "Return value*self."),
        new SlotDef("__iadd__", Slot.SQ_INPLACE_CONCAT, Kind.BINARY, "Implement self+=value."),
        new SlotDef("__imul__", Slot.SQ_INPLACE_REPEAT, Kind.REPEAT, "Implement self*=value."),
    };

    /** All slot definitions, in CPython's order. */
    public static SlotDef[] defs() {
        return DEFS.clone();
    }

    static List<SlotDef> defsFor(Slot slot) {
        List<SlotDef> out = new ArrayList<>();
        for (SlotDef d : DEFS) {
            if (d.slot == slot) {
                out.add(d);
            }
        }
        return out;
    }

    static boolean isSlotName(String name) {
        for (SlotDef d : DEFS) {
            if (d.name.equals(name)) {
                return true;
            }
        }
        return name.equals("__getattr__");
    }

    /**
     * Adds wrapper descriptors to a builtin type's dict for the slots it defines itself (before
     * inheritance), unless the dict already has the name (CPython's add_operators).
     */
    static void addWrappers(PyType t) {
        for (SlotDef d : DEFS) {
            Object f = d.slot.get(t);
            if (f == null) {
                continue;
            }
            if (t.dict.getStr(d.name) != null) {
                continue;
            }
            if (d.slot == Slot.TP_HASH && f == HeapSlots.HASH_NOT_IMPLEMENTED) {
                t.dict.putStr("__hash__", Py.None);
                continue;
            }
            if (d.kind == Kind.NEW) {
                t.dict.putStr("__new__", new PyBuiltinFunction(new TpNewWrapper(t), t, null));
                continue;
            }
            t.dict.putStr(d.name, new PyWrapperDescr(t, d, f));
        }
    }

    /** The builtin {@code T.__new__(cls, ...)}: checks cls and calls T's tp_new with it. */
    static final class TpNewWrapper extends NativeFunction {
        final PyType owner;

        TpNewWrapper(PyType owner) {
            super("__new__", "($type, *args, **kwargs)");
            this.owner = owner;
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
            PyType t = owner;
            int npos = args.length - (kwnames == null ? 0 : kwnames.length);
            if (npos < 1) {
                throw Err.type("%s.__new__(): not enough arguments", t.getName());
            }
            PyObject a0 = args[0];
            if (!(a0 instanceof PyType sub)) {
                throw Err.type("%s.__new__(X): X is not a type object (%s)", t.getName(), Err.tn(a0));
            }
            if (!sub.isSubtype(t)) {
                throw Err.type("%s.__new__(%s): %s is not a subtype of %s", t.getName(), sub.getName(), sub.getName(),
                        t.getName());
            }
            // Refuse to call T.__new__ for a subtype whose nearest builtin base is not T's.
            PyType staticBase = sub.solidBuiltin();
            while (staticBase != null && staticBase.tp_new == HeapSlots.TP_NEW) {
                staticBase = staticBase.base;
            }
            if (staticBase != null && staticBase.tp_new != t.tp_new && staticBase.isSubtype(t) && staticBase != t) {
                throw Err.type("%s.__new__(%s) is not safe, use %s.__new__()", t.getName(), sub.getName(),
                        staticBase.getName());
            }
            PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            return t.tp_new.create(sub, rest, kwnames);
        }
    }

    private static void checkArgs(String name, PyObject[] args, String[] kw, int min, int max) {
        if (kw != null && kw.length > 0) {
            throw Err.type("wrapper %s() takes no keyword arguments", name);
        }
        int n = args.length;
        if (n < min || n > max) {
            int want = n < min ? min : max;
            if (min == max) {
                throw Err.type("expected %d argument%s, got %d", want, want == 1 ? "" : "s", n);
            }
            throw Err.type("expected %d argument%s, got %d", want, want == 1 ? "" : "s", n);
        }
    }

    /** Calls slot function {@code f} of kind {@code d.kind} for {@code self.NAME(*args)}. */
    static PyObject invoke(SlotDef d, Object f, PyObject self, PyObject[] args, String[] kw) {
        switch (d.kind) {
            case UNARY:
                checkArgs(d.name, args, kw, 0, 0);
                return ((Slots.Unary) f).apply(self);
            case BINARY:
                checkArgs(d.name, args, kw, 1, 1);
                return ((Slots.Binary) f).apply(self, args[0]);
            case BINARY_R:
                checkArgs(d.name, args, kw, 1, 1);
                return ((Slots.Binary) f).apply(args[0], self);
            case TERNARY:
                checkArgs(d.name, args, kw, 1, 2);
                return ((Slots.Ternary) f).apply(self, args[0], args.length > 1 ? args[1] : Py.None);
            case TERNARY_R:
                checkArgs(d.name, args, kw, 1, 2);
                return ((Slots.Ternary) f).apply(args[0], self, args.length > 1 ? args[1] : Py.None);
            case INQUIRY:
                checkArgs(d.name, args, kw, 0, 0);
                return Py.bool(((Slots.Predicate) f).test(self));
            case LEN:
                checkArgs(d.name, args, kw, 0, 0);
                return PyInt.of(((Slots.Length) f).length(self));
            case HASH:
                checkArgs(d.name, args, kw, 0, 0);
                return PyInt.of(((Slots.Hash) f).hash(self));
            case CALL:
                return ((Slots.Call) f).call(self, args, kw);
            case GETATTR:
                checkArgs(d.name, args, kw, 1, 1);
                return ((Slots.GetAttr) f).get(self, attrName(args[0]));
            case SETATTR:
                checkArgs(d.name, args, kw, 2, 2);
                hackCheck(self, f, "__setattr__");
                ((Slots.SetAttr) f).set(self, attrName(args[0]), args[1]);
                return Py.None;
            case DELATTR:
                checkArgs(d.name, args, kw, 1, 1);
                hackCheck(self, f, "__delattr__");
                ((Slots.SetAttr) f).set(self, attrName(args[0]), null);
                return Py.None;
            case LT:
            case LE:
            case EQ:
            case NE:
            case GT:
            case GE:
                checkArgs(d.name, args, kw, 1, 1);
                return ((Slots.Compare) f).compare(self, args[0], CompareOp.values()[d.kind.ordinal() - Kind.LT.ordinal()]);
            case NEXT: {
                checkArgs(d.name, args, kw, 0, 0);
                PyObject r = ((Slots.Next) f).next(self);
                if (r == null) {
                    throw Err.raise(PyExc.StopIteration);
                }
                return r;
            }
            case DESCR_GET: {
                checkArgs(d.name, args, kw, 1, 2);
                PyObject obj = args[0] == Py.None ? null : args[0];
                PyObject type = args.length > 1 && args[1] != Py.None ? args[1] : null;
                if (obj == null && type == null) {
                    throw Err.type("__get__(None, None) is invalid");
                }
                return ((Slots.DescrGet) f).get(self, obj, type);
            }
            case DESCR_SET:
                checkArgs(d.name, args, kw, 2, 2);
                ((Slots.DescrSet) f).set(self, args[0], args[1]);
                return Py.None;
            case DESCR_DELETE:
                checkArgs(d.name, args, kw, 1, 1);
                ((Slots.DescrSet) f).set(self, args[0], null);
                return Py.None;
            case INIT:
                ((Slots.Init) f).init(self, args, kw);
                return Py.None;
            case DEL:
                checkArgs(d.name, args, kw, 0, 0);
                ((Slots.Finalize) f).finalize(self);
                return Py.None;
            case GETITEM:
                checkArgs(d.name, args, kw, 1, 1);
                return ((Slots.Binary) f).apply(self, args[0]);
            case SETITEM:
                checkArgs(d.name, args, kw, 2, 2);
                ((Slots.SetItem) f).set(self, args[0], args[1]);
                return Py.None;
            case DELITEM:
                checkArgs(d.name, args, kw, 1, 1);
                ((Slots.SetItem) f).set(self, args[0], null);
                return Py.None;
            case CONTAINS:
                checkArgs(d.name, args, kw, 1, 1);
                return Py.bool(((Slots.Contains) f).contains(self, args[0]));
            case REPEAT:
                checkArgs(d.name, args, kw, 1, 1);
                if (!Abstract.hasIndex(args[0])) {
                    return Py.NotImplemented;
                }
                return ((Slots.Repeat) f).repeat(self, Abstract.asSsize(args[0], PyExc.OverflowError));
            default:
                throw Err.system("bad wrapper kind %s", d.kind);
        }
    }

    private static PyStr attrName(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw Err.type("attribute name must be string, not '%s'", Err.tn(o));
        }
        return s;
    }

    /** Refuses object.__setattr__(int, ...) style calls that would bypass a builtin type's own setattr. */
    private static void hackCheck(PyObject self, Object f, String what) {
        PyType t = self.type;
        while (t != null && t.isHeapType()) {
            t = t.base;
        }
        if (t != null && t.tp_setattro != f) {
            throw Err.type("can't apply this %s to %s object", what, t.getName());
        }
    }
}
