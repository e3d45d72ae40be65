package org.ember.objects;

/**
 * Signatures of the type slots held by {@link PyType} (the Java counterpart of CPython's
 * tp_/nb_/sq_/mp_/am_ function pointers). Builtin types fill them with their Java
 * implementations; Python classes get {@link HeapSlots} functions that call the dunder methods.
 */
public final class Slots {
    private Slots() {}

    /** tp_repr, tp_str, tp_iter, nb_negative..., am_await: one operand. */
    @FunctionalInterface
    public interface Unary {
        PyObject apply(PyObject self);
    }

    /** Binary operators (both nb_add(a, b) directions), mp_subscript, sq_concat. */
    @FunctionalInterface
    public interface Binary {
        PyObject apply(PyObject a, PyObject b);
    }

    /** nb_power and nb_inplace_power (third operand is None when absent). */
    @FunctionalInterface
    public interface Ternary {
        PyObject apply(PyObject a, PyObject b, PyObject c);
    }

    /** nb_bool. */
    @FunctionalInterface
    public interface Predicate {
        boolean test(PyObject self);
    }

    /** sq_length / mp_length. */
    @FunctionalInterface
    public interface Length {
        long length(PyObject self);
    }

    /** tp_hash; never returns -1 (as in CPython, -1 is mapped to -2). */
    @FunctionalInterface
    public interface Hash {
        long hash(PyObject self);
    }

    /** tp_richcompare; op is one of {@link CompareOp}'s ordinals. Returns NotImplemented when unsupported. */
    @FunctionalInterface
    public interface Compare {
        PyObject compare(PyObject a, PyObject b, CompareOp op);
    }

    /** tp_getattro: raises AttributeError when the attribute is missing. */
    @FunctionalInterface
    public interface GetAttr {
        PyObject get(PyObject self, PyStr name);
    }

    /** tp_setattro: value null means delete. */
    @FunctionalInterface
    public interface SetAttr {
        void set(PyObject self, PyStr name, PyObject value);
    }

    /** tp_descr_get: obj is null when looked up on the type itself. */
    @FunctionalInterface
    public interface DescrGet {
        PyObject get(PyObject descr, PyObject obj, PyObject type);
    }

    /** tp_descr_set: value null means delete. */
    @FunctionalInterface
    public interface DescrSet {
        void set(PyObject descr, PyObject obj, PyObject value);
    }

    /** tp_call in vectorcall form: args holds positional values then keyword values; kwnames names the latter (null when none). */
    @FunctionalInterface
    public interface Call {
        PyObject call(PyObject self, PyObject[] args, String[] kwnames);
    }

    /** tp_new. */
    @FunctionalInterface
    public interface New {
        PyObject create(PyType type, PyObject[] args, String[] kwnames);
    }

    /** tp_init. */
    @FunctionalInterface
    public interface Init {
        void init(PyObject self, PyObject[] args, String[] kwnames);
    }

    /** tp_iternext: returns null when the iterator is exhausted (no StopIteration is allocated). */
    @FunctionalInterface
    public interface Next {
        PyObject next(PyObject self);
    }

    /** mp_ass_subscript: value null means delete. */
    @FunctionalInterface
    public interface SetItem {
        void set(PyObject self, PyObject key, PyObject value);
    }

    /** sq_contains. */
    @FunctionalInterface
    public interface Contains {
        boolean contains(PyObject self, PyObject item);
    }

    /** sq_repeat / sq_inplace_repeat. */
    @FunctionalInterface
    public interface Repeat {
        PyObject repeat(PyObject self, long count);
    }

    /** tp_alloc: makes a blank instance of {@code type} with the Java layout its solid base needs. */
    @FunctionalInterface
    public interface Alloc {
        PyObject alloc(PyType type);
    }

    /** tp_finalize (__del__). */
    @FunctionalInterface
    public interface Finalize {
        void finalize(PyObject self);
    }
}
