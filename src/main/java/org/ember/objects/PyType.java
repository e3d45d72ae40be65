package org.ember.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.ember.runtime.ThreadState;

/**
 * A Python type object ({@code type}).
 *
 * <p>Builtin types are created once per process as static finals of their Java class
 * ({@code PyList.TYPE}), defined by a registration block in that class, and are immortal and
 * immutable afterwards: every interpreter shares them. Python classes ("heap types") are made
 * by {@link TypeNew} and belong to one interpreter.
 *
 * <p>Operations dispatch through the slot fields below (CPython's tp_/nb_/sq_/mp_/am_ slots).
 * {@link SlotTable} maps slots to dunder names: builtin types get Python-visible wrapper
 * descriptors for the slots they fill, and heap types get {@link HeapSlots} functions for the
 * dunders they define.
 */
public class PyType extends PyObject {
    public static final PyType TYPE = builtin("type", PyType.class, TypeType::define);

    // ---- flags -------------------------------------------------------------------------
    public static final int HEAPTYPE = 1;
    public static final int BASETYPE = 1 << 1;
    /** Attributes cannot be set on the type (all builtin static types). */
    public static final int IMMUTABLE = 1 << 2;
    public static final int IS_ABSTRACT = 1 << 3;
    /** Instances carry a __dict__. */
    public static final int HAS_DICT = 1 << 4;
    /** Instances can be weakly referenced. */
    public static final int HAS_WEAKREF = 1 << 5;
    public static final int READY = 1 << 6;
    public static final int DISALLOW_INSTANTIATION = 1 << 7;
    /** match: class patterns with one positional sub-pattern match the subject itself. */
    public static final int MATCH_SELF = 1 << 8;
    public static final int SEQUENCE = 1 << 9;
    public static final int MAPPING = 1 << 10;
    public static final int METHOD_DESCRIPTOR = 1 << 11;
    public static final int LONG_SUBCLASS = 1 << 16;
    public static final int LIST_SUBCLASS = 1 << 17;
    public static final int TUPLE_SUBCLASS = 1 << 18;
    public static final int BYTES_SUBCLASS = 1 << 19;
    public static final int UNICODE_SUBCLASS = 1 << 20;
    public static final int DICT_SUBCLASS = 1 << 21;
    public static final int BASE_EXC_SUBCLASS = 1 << 22;
    public static final int TYPE_SUBCLASS = 1 << 23;
    static final int INHERITED_FLAGS = LONG_SUBCLASS | LIST_SUBCLASS | TUPLE_SUBCLASS | BYTES_SUBCLASS
            | UNICODE_SUBCLASS | DICT_SUBCLASS | BASE_EXC_SUBCLASS | TYPE_SUBCLASS | MATCH_SELF | SEQUENCE
            | MAPPING | HAS_WEAKREF;

    // ---- identity and structure ---------------------------------------------------------
    String name;
    PyObject qualname;
    PyDict dict;
    PyType base;
    PyTuple bases;
    PyType[] mro;
    PyTuple mroTuple;
    public int flags;
    /** Changes whenever the type or an ancestor is modified; unique across the process. */
    public long version;
    /** Java class of this type's instances (inherited from the solid base for heap types). */
    public final Class<?> javaClass;
    /** __slots__ of this class (heap types), and the total number of slot cells of instances. */
    String[] ownSlots = new String[0];
    public int slotCount;
    /** Heap types: weak references to direct subclasses. Builtin types keep theirs per interpreter. */
    List<java.lang.ref.WeakReference<PyType>> subclasses;
    private Consumer<PyType> definer;
    /** Set while the definition runs (object and type ready each other). */
    private boolean defining;
    String doc;
    String moduleName = "builtins";

    // ---- slots ----------------------------------------------------------------------------
    public Slots.Unary tp_repr, tp_str, tp_iter;
    public Slots.Hash tp_hash;
    public Slots.Call tp_call;
    public Slots.GetAttr tp_getattro;
    public Slots.SetAttr tp_setattro;
    public Slots.Compare tp_richcompare;
    public Slots.Next tp_iternext;
    public Slots.DescrGet tp_descr_get;
    public Slots.DescrSet tp_descr_set;
    public Slots.Init tp_init;
    public Slots.New tp_new;
    public Slots.Finalize tp_finalize;
    public Slots.Alloc tp_alloc;

    public Slots.Binary nb_add, nb_subtract, nb_multiply, nb_remainder, nb_divmod, nb_lshift, nb_rshift,
            nb_and, nb_xor, nb_or, nb_floor_divide, nb_true_divide, nb_matrix_multiply;
    public Slots.Ternary nb_power, nb_inplace_power;
    public Slots.Binary nb_inplace_add, nb_inplace_subtract, nb_inplace_multiply, nb_inplace_remainder,
            nb_inplace_lshift, nb_inplace_rshift, nb_inplace_and, nb_inplace_xor, nb_inplace_or,
            nb_inplace_floor_divide, nb_inplace_true_divide, nb_inplace_matrix_multiply;
    public Slots.Unary nb_negative, nb_positive, nb_absolute, nb_invert, nb_int, nb_float, nb_index;
    public Slots.Predicate nb_bool;

    public Slots.Length sq_length;
    public Slots.Binary mp_subscript, sq_concat, sq_inplace_concat;
    public Slots.SetItem mp_ass_subscript;
    public Slots.Contains sq_contains;
    public Slots.Repeat sq_repeat, sq_inplace_repeat;

    public Slots.Unary am_await, am_aiter, am_anext;

    // ---- construction ---------------------------------------------------------------------

    /** Shell of a builtin type; {@link #ready()} runs its definition. */
    PyType(String name, Class<?> javaClass, Consumer<PyType> definer) {
        super(null);
        this.name = name;
        this.javaClass = javaClass;
        this.definer = definer;
        this.flags = IMMUTABLE;
    }

    /** A heap type (Python class) of metatype {@code metatype}; completed by {@link TypeNew}. */
    protected PyType(PyType metatype, String name, Class<?> javaClass) {
        super(metatype);
        this.name = name;
        this.javaClass = javaClass;
        this.flags = HEAPTYPE;
    }

    /**
     * Declares a builtin type. The definer runs once, when the runtime readies its builtin
     * types, and registers the type's base, flags, slots and methods.
     */
    public static PyType builtin(String name, Class<?> javaClass, Consumer<PyType> definer) {
        return new PyType(name, javaClass, definer);
    }

    /**
     * Makes builtin types ready (idempotent, thread-safe). The core types are readied by
     * {@link BuiltinTypes}; a native module readies its own types when it is first loaded.
     */
    public static void ready(PyType... types) {
        for (PyType t : types) {
            t.ready((long[]) null);
        }
    }

    /**
     * Runs the type's definition once. Version tags of static types come from {@code counter}
     * during the core bootstrap, and from the runtime's counter for types readied later.
     */
    final synchronized void ready(long[] counter) {
        if ((flags & READY) != 0 || defining) {
            return;
        }
        defining = true;
        if (definer == null) {
            throw new IllegalStateException("type " + name + " has no definition");
        }
        if (type == null) {
            type = TYPE;
        }
        dict = new PyDict();
        Consumer<PyType> d = definer;
        definer = null;
        d.accept(this);
        if (base == null && this != PyObject.TYPE) {
            base = PyObject.TYPE;
        }
        if (base != null) {
            base.ready((long[]) counter);
        }
        SlotTable.addWrappers(this);
        if (base != null && extraBases != null) {
            PyObject[] bs = new PyObject[extraBases.length + 1];
            bs[0] = base;
            for (int i = 0; i < extraBases.length; i++) {
                extraBases[i].ready((long[]) counter);
                bs[i + 1] = extraBases[i];
            }
            bases = PyTuple.of(bs);
            java.util.List<PyObject> m = TypeType.computeDefaultMro(this);
            mro = m.toArray(new PyType[0]);
            flags |= base.flags & INHERITED_FLAGS;
            for (int i = 1; i < mro.length; i++) {
                inheritSlots(mro[i]);
                flags |= mro[i].flags & INHERITED_FLAGS;
            }
        } else if (base != null) {
            bases = PyTuple.of(base);
            mro = new PyType[base.mro.length + 1];
            mro[0] = this;
            System.arraycopy(base.mro, 0, mro, 1, base.mro.length);
            flags |= base.flags & INHERITED_FLAGS;
            inheritSlots(base);
        } else {
            bases = PyTuple.EMPTY;
            mro = new PyType[] {this};
        }
        if (tp_new == null && (flags & DISALLOW_INSTANTIATION) == 0 && base != null) {
            tp_new = base.tp_new;
        }
        if ((flags & DISALLOW_INSTANTIATION) != 0) {
            tp_new = null;
        }
        if (qualname == null) {
            qualname = PyStr.immortal(name);
        }
        if (dict.getStr("__doc__") == null) {
            dict.putStr("__doc__", doc == null ? Py.None : PyStr.of(doc));
        }
        mroTuple = PyTuple.of((PyObject[]) mro);
        version = counter != null ? counter[0]++ : ThreadState.current().interp.runtime.nextTypeVersion();
        flags |= READY;
    }

    /** Builtin slot inheritance from the base (CPython's inherit_slots). */
    void inheritSlots(PyType b) {
        if (tp_repr == null) tp_repr = b.tp_repr;
        if (tp_str == null) tp_str = b.tp_str;
        if (tp_richcompare == null && tp_hash == null) {
            tp_richcompare = b.tp_richcompare;
            tp_hash = b.tp_hash;
        }
        if (tp_call == null) tp_call = b.tp_call;
        if (tp_getattro == null) tp_getattro = b.tp_getattro;
        if (tp_setattro == null) tp_setattro = b.tp_setattro;
        if (tp_iter == null) tp_iter = b.tp_iter;
        if (tp_iternext == null) tp_iternext = b.tp_iternext;
        if (tp_descr_get == null) tp_descr_get = b.tp_descr_get;
        if (tp_descr_set == null) tp_descr_set = b.tp_descr_set;
        if (tp_init == null) tp_init = b.tp_init;
        if (tp_finalize == null) tp_finalize = b.tp_finalize;
        if (tp_alloc == null) tp_alloc = b.tp_alloc;
        if (nb_add == null) nb_add = b.nb_add;
        if (nb_subtract == null) nb_subtract = b.nb_subtract;
        if (nb_multiply == null) nb_multiply = b.nb_multiply;
        if (nb_remainder == null) nb_remainder = b.nb_remainder;
        if (nb_divmod == null) nb_divmod = b.nb_divmod;
        if (nb_power == null) nb_power = b.nb_power;
        if (nb_lshift == null) nb_lshift = b.nb_lshift;
        if (nb_rshift == null) nb_rshift = b.nb_rshift;
        if (nb_and == null) nb_and = b.nb_and;
        if (nb_xor == null) nb_xor = b.nb_xor;
        if (nb_or == null) nb_or = b.nb_or;
        if (nb_floor_divide == null) nb_floor_divide = b.nb_floor_divide;
        if (nb_true_divide == null) nb_true_divide = b.nb_true_divide;
        if (nb_matrix_multiply == null) nb_matrix_multiply = b.nb_matrix_multiply;
        if (nb_inplace_add == null) nb_inplace_add = b.nb_inplace_add;
        if (nb_inplace_subtract == null) nb_inplace_subtract = b.nb_inplace_subtract;
        if (nb_inplace_multiply == null) nb_inplace_multiply = b.nb_inplace_multiply;
        if (nb_inplace_remainder == null) nb_inplace_remainder = b.nb_inplace_remainder;
        if (nb_inplace_power == null) nb_inplace_power = b.nb_inplace_power;
        if (nb_inplace_lshift == null) nb_inplace_lshift = b.nb_inplace_lshift;
        if (nb_inplace_rshift == null) nb_inplace_rshift = b.nb_inplace_rshift;
        if (nb_inplace_and == null) nb_inplace_and = b.nb_inplace_and;
        if (nb_inplace_xor == null) nb_inplace_xor = b.nb_inplace_xor;
        if (nb_inplace_or == null) nb_inplace_or = b.nb_inplace_or;
        if (nb_inplace_floor_divide == null) nb_inplace_floor_divide = b.nb_inplace_floor_divide;
        if (nb_inplace_true_divide == null) nb_inplace_true_divide = b.nb_inplace_true_divide;
        if (nb_inplace_matrix_multiply == null) nb_inplace_matrix_multiply = b.nb_inplace_matrix_multiply;
        if (nb_negative == null) nb_negative = b.nb_negative;
        if (nb_positive == null) nb_positive = b.nb_positive;
        if (nb_absolute == null) nb_absolute = b.nb_absolute;
        if (nb_invert == null) nb_invert = b.nb_invert;
        if (nb_int == null) nb_int = b.nb_int;
        if (nb_float == null) nb_float = b.nb_float;
        if (nb_index == null) nb_index = b.nb_index;
        if (nb_bool == null) nb_bool = b.nb_bool;
        if (sq_length == null) sq_length = b.sq_length;
        if (mp_subscript == null) mp_subscript = b.mp_subscript;
        if (sq_concat == null) sq_concat = b.sq_concat;
        if (sq_inplace_concat == null) sq_inplace_concat = b.sq_inplace_concat;
        if (mp_ass_subscript == null) mp_ass_subscript = b.mp_ass_subscript;
        if (sq_contains == null) sq_contains = b.sq_contains;
        if (sq_repeat == null) sq_repeat = b.sq_repeat;
        if (sq_inplace_repeat == null) sq_inplace_repeat = b.sq_inplace_repeat;
        if (am_await == null) am_await = b.am_await;
        if (am_aiter == null) am_aiter = b.am_aiter;
        if (am_anext == null) am_anext = b.am_anext;
    }

    // ---- definition API used by builtin types' registration blocks ---------------------

    public PyType base(PyType b) {
        this.base = b;
        return this;
    }

    /** Additional bases of a builtin type (e.g. ExceptionGroup(BaseExceptionGroup, Exception)). */
    private PyType[] extraBases;

    public PyType extraBases(PyType... more) {
        this.extraBases = more;
        return this;
    }

    public PyType flags(int f) {
        this.flags |= f;
        return this;
    }

    public PyType doc(String d) {
        this.doc = d;
        return this;
    }

    /** The module a builtin type reports in __module__ and its repr (e.g. "collections"). */
    public PyType module(String m) {
        this.moduleName = m;
        return this;
    }

    public PyType qualname(String q) {
        this.qualname = PyStr.immortal(q);
        return this;
    }

    /** Adds an entry to the type's dict (during definition only). */
    public PyType attr(String name, PyObject value) {
        dict.putStr(name, value);
        return this;
    }

    public PyType method0(String name, NativeFunction.F0 f) {
        return attr(name, new PyMethodDescr(this, NativeFunction.of(name, f)));
    }

    public PyType method1(String name, NativeFunction.F1 f) {
        return attr(name, new PyMethodDescr(this, NativeFunction.of(name, f)));
    }

    /** A method taking exactly two positional-only arguments. */
    public PyType method2(String name, NativeFunction.F2 f) {
        return attr(name, new PyMethodDescr(this, NativeFunction.of(name, f)));
    }

    /** A method with a signature such as {@code "sep=None, maxsplit=-1"} (see {@link ArgParser}). */
    public PyType method(String name, String signature, NativeFunction.FA f) {
        return attr(name, new PyMethodDescr(this, NativeFunction.of(name, signature, f)));
    }

    /** A method receiving the raw vectorcall arguments. */
    public PyType methodV(String name, NativeFunction.FV f) {
        return attr(name, new PyMethodDescr(this, NativeFunction.ofVector(name, f)));
    }

    public PyType method(String name, NativeFunction fn) {
        return attr(name, new PyMethodDescr(this, fn));
    }

    /** A classmethod (e.g. dict.fromkeys): the implementation receives the class as self. */
    public PyType classMethod(String name, NativeFunction fn) {
        return attr(name, new PyClassMethodDescr(this, fn));
    }

    /** A staticmethod (e.g. str.maketrans). */
    public PyType staticMethod(String name, NativeFunction fn) {
        return attr(name, new PyStaticMethod(new PyBuiltinFunction(fn, null, moduleName)));
    }

    public PyType getset(String name, PyGetSetDescr.Getter get) {
        return attr(name, new PyGetSetDescr(this, name, get, null, null));
    }

    public PyType getset(String name, PyGetSetDescr.Getter get, PyGetSetDescr.Setter set) {
        return attr(name, new PyGetSetDescr(this, name, get, set, null));
    }

    public PyType getset(String name, PyGetSetDescr.Getter get, PyGetSetDescr.Setter set, PyGetSetDescr.Deleter del) {
        return attr(name, new PyGetSetDescr(this, name, get, set, del));
    }

    // ---- queries --------------------------------------------------------------------------

    public final String getName() {
        return name;
    }

    public final PyObject getQualname() {
        return qualname;
    }

    /** The fully qualified name CPython uses in messages: module.qualname, or just the name for builtins. */
    public final String getFullName() {
        PyObject m = (flags & HEAPTYPE) != 0 ? dict.getStr("__module__") : null;
        String mod = m instanceof PyStr s ? s.value : (m == null ? moduleName : null);
        String qn = qualname instanceof PyStr s ? s.value : name;
        if (mod == null || mod.equals("builtins")) {
            return (flags & HEAPTYPE) != 0 ? qn : name;
        }
        return mod + "." + qn;
    }

    public final PyDict getDict() {
        return dict;
    }

    public final PyType getBase() {
        return base;
    }

    public final PyTuple getBases() {
        return bases;
    }

    public final PyType[] getMro() {
        return mro;
    }

    public final PyTuple getMroTuple() {
        return mroTuple;
    }

    public final boolean isHeapType() {
        return (flags & HEAPTYPE) != 0;
    }

    public final boolean hasFlag(int f) {
        return (flags & f) != 0;
    }

    public final String getModuleName() {
        return moduleName;
    }

    @Override
    public boolean isImmortal() {
        return (flags & HEAPTYPE) == 0;
    }

    /** Looks {@code name} up along the MRO; null when absent (CPython's _PyType_Lookup). */
    public final PyObject lookup(PyStr name) {
        PyType[] m = mro;
        if (m == null) {
            return dict == null ? null : dict.getItem(name);
        }
        for (PyType t : m) {
            PyObject v = t.dict.getItem(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Lookup by Java name (slower: hashes the name); for occasional use from Java code. */
    public final PyObject lookup(String name) {
        return lookup(PyStr.of(name));
    }

    /** The type in the MRO whose dict defines {@code name}, or null. */
    public final PyType lookupOwner(PyStr name) {
        for (PyType t : mro) {
            if (t.dict.getItem(name) != null) {
                return t;
            }
        }
        return null;
    }

    /** issubclass for types (walks the MRO; CPython's PyType_IsSubtype). */
    public final boolean isSubtype(PyType other) {
        if (this == other) {
            return true;
        }
        PyType[] m = mro;
        if (m != null) {
            for (PyType t : m) {
                if (t == other) {
                    return true;
                }
            }
            return false;
        }
        for (PyType t = this; t != null; t = t.base) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** The nearest builtin (non-heap) type in the MRO: decides the Java layout of instances. */
    public final PyType solidBuiltin() {
        PyType t = this;
        while ((t.flags & HEAPTYPE) != 0) {
            t = t.base;
        }
        return t;
    }

    // ---- modification (heap types) -------------------------------------------------------

    /** Called after the type's dict, bases or MRO changed: new version tags for it and every subclass. */
    public final void modified() {
        ThreadState ts = ThreadState.current();
        modified(ts.interp.runtime);
    }

    private void modified(org.ember.runtime.Runtime rt) {
        version = rt.nextTypeVersion();
        for (PyType sub : liveSubclasses()) {
            sub.modified(rt);
        }
    }

    /** Direct subclasses still alive (heap types track theirs; builtin types per interpreter). */
    public final List<PyType> liveSubclasses() {
        List<java.lang.ref.WeakReference<PyType>> refs;
        if ((flags & HEAPTYPE) != 0) {
            refs = subclasses;
        } else {
            ThreadState ts = ThreadState.currentOrNull();
            refs = ts == null ? null : ts.interp.builtinSubclasses(this, false);
        }
        List<PyType> out = new ArrayList<>();
        if (refs != null) {
            for (int i = 0; i < refs.size(); i++) {
                PyType t = refs.get(i).get();
                if (t == null) {
                    refs.remove(i--);
                } else {
                    out.add(t);
                }
            }
        }
        return out;
    }

    final void addSubclass(PyType sub) {
        List<java.lang.ref.WeakReference<PyType>> refs;
        if ((flags & HEAPTYPE) != 0) {
            if (subclasses == null) {
                subclasses = new ArrayList<>();
            }
            refs = subclasses;
        } else {
            refs = ThreadState.current().interp.builtinSubclasses(this, true);
        }
        refs.add(new java.lang.ref.WeakReference<>(sub));
    }

    final void removeSubclass(PyType sub) {
        List<java.lang.ref.WeakReference<PyType>> refs = (flags & HEAPTYPE) != 0 ? subclasses
                : ThreadState.current().interp.builtinSubclasses(this, false);
        if (refs != null) {
            refs.removeIf(r -> r.get() == null || r.get() == sub);
        }
    }

    @Override
    public String toString() {
        return "<class '" + getFullName() + "'>";
    }
}
