package org.ember.objects;

import java.math.BigInteger;

/**
 * Python int: arbitrary precision, with a fast path for values that fit in a Java long.
 *
 * <p>{@code big} is null exactly when the value fits in a long (then it is in {@code value});
 * otherwise {@code big} holds it. Small ints -5..256 are immortal singletons shared by every
 * interpreter. Python methods of int live in {@link IntMethods}.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", PyInt.class, IntMethods::define);

    private static final int SMALL_MIN = -5;
    private static final int SMALL_MAX = 256;
    private static final PyInt[] SMALL = makeSmall();

    public static final PyInt ZERO = SMALL[-SMALL_MIN];
    public static final PyInt ONE = SMALL[1 - SMALL_MIN];
    public static final PyInt MINUS_ONE = SMALL[-1 - SMALL_MIN];

    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** The value when it fits in a long (big == null). */
    public final long value;
    /** The value when it does not fit in a long, else null. */
    public final BigInteger big;

    protected PyInt(PyType type, long value, BigInteger big) {
        super(type);
        this.value = value;
        this.big = big;
    }

    private static PyInt[] makeSmall() {
        PyInt[] a = new PyInt[SMALL_MAX - SMALL_MIN + 1];
        for (int i = 0; i < a.length; i++) {
            a[i] = new PyInt(TYPE, i + SMALL_MIN, null);
        }
        return a;
    }

    public static PyInt of(long v) {
        if (v >= SMALL_MIN && v <= SMALL_MAX) {
            return SMALL[(int) v - SMALL_MIN];
        }
        return new PyInt(TYPE, v, null);
    }

    public static PyInt of(int v) {
        return of((long) v);
    }

    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) {
            return of(b.longValue());
        }
        return new PyInt(TYPE, 0, b);
    }

    @Override
    public boolean isImmortal() {
        return big == null && value >= SMALL_MIN && value <= SMALL_MAX && this == SMALL[(int) value - SMALL_MIN];
    }

    /** True when the value fits in a long. */
    public final boolean isSmall() {
        return big == null;
    }

    /** The value as a long; only meaningful when {@link #isSmall()}. */
    public final long longValue() {
        return value;
    }

    public final BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    public final int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    /** The value as an int, or OverflowError with CPython's message for C ints. */
    public final int intValueExact() {
        if (big == null && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            return (int) value;
        }
        throw Err.overflow("Python int too large to convert to C int");
    }

    /** The value as a long, or OverflowError as CPython's PyLong_AsLong. */
    public final long longValueExact() {
        if (big == null) {
            return value;
        }
        throw Err.overflow("Python int too large to convert to C long");
    }

    public final double doubleValue() {
        if (big == null) {
            return (double) value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw Err.overflow("int too large to convert to float");
        }
        return d;
    }

    public final long hash() {
        return big == null ? Hashing.hashLong(value) : Hashing.hashBig(big);
    }

    @Override
    public String toString() {
        return big == null ? Long.toString(value) : big.toString();
    }

    /** Instances of Python subclasses of int. */
    public static final class Derived extends PyInt implements Instance {
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type, long value, BigInteger big) {
            super(type, value, big);
            this.slots = type.slotCount == 0 ? null : new PyObject[type.slotCount];
        }

        @Override
        public PyDict getDict() {
            return dict == null ? dict = new PyDict() : dict;
        }

        @Override
        public PyDict getDictOrNull() {
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }

        @Override
        public PyObject[] slotValues() {
            return slots;
        }
    }
}
