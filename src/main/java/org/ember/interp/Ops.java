package org.ember.interp;

import org.ember.objects.Abstract;
import org.ember.objects.CompareOp;
import org.ember.objects.IntMethods;
import org.ember.objects.Py;
import org.ember.objects.PyException;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;

/** Operator nodes: binary, in-place, unary, comparison and boolean, with int/float fast paths. */
public final class Ops {
    private Ops() {}

    public static final int ADD = 0, SUB = 1, MUL = 2, MATMUL = 3, DIV = 4, MOD = 5, POW = 6, LSHIFT = 7, RSHIFT = 8,
            OR = 9, XOR = 10, AND = 11, FLOORDIV = 12;

    /** The binary operation op on exact small ints, or null when the fast path does not apply. */
    static PyObject intFast(int op, long x, long y) {
        switch (op) {
            case ADD: {
                long r = x + y;
                if (((x ^ r) & (y ^ r)) < 0) {
                    return null;
                }
                return PyInt.of(r);
            }
            case SUB: {
                long r = x - y;
                if (((x ^ y) & (x ^ r)) < 0) {
                    return null;
                }
                return PyInt.of(r);
            }
            case MUL: {
                long hi = Math.multiplyHigh(x, y);
                long lo = x * y;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                    return PyInt.of(lo);
                }
                return null;
            }
            case FLOORDIV:
                if (y == 0 || (x == Long.MIN_VALUE && y == -1)) {
                    return null;
                }
                return PyInt.of(Math.floorDiv(x, y));
            case MOD:
                if (y == 0 || (x == Long.MIN_VALUE && y == -1)) {
                    return null;
                }
                return PyInt.of(Math.floorMod(x, y));
            case AND:
                return PyInt.of(x & y);
            case OR:
                return PyInt.of(x | y);
            case XOR:
                return PyInt.of(x ^ y);
            default:
                return null;
        }
    }

    static PyObject floatFast(int op, double x, double y) {
        switch (op) {
            case ADD:
                return new PyFloat(x + y);
            case SUB:
                return new PyFloat(x - y);
            case MUL:
                return new PyFloat(x * y);
            case DIV:
                if (y == 0.0) {
                    return null;
                }
                return new PyFloat(x / y);
            default:
                return null;
        }
    }

    public static PyObject binary(int op, PyObject a, PyObject b) {
        switch (op) {
            case ADD: return Abstract.add(a, b);
            case SUB: return Abstract.subtract(a, b);
            case MUL: return Abstract.multiply(a, b);
            case MATMUL: return Abstract.matmul(a, b);
            case DIV: return Abstract.trueDivide(a, b);
            case MOD: return Abstract.remainder(a, b);
            case POW: return Abstract.power(a, b, Py.None);
            case LSHIFT: return Abstract.lshift(a, b);
            case RSHIFT: return Abstract.rshift(a, b);
            case OR: return Abstract.or(a, b);
            case XOR: return Abstract.xor(a, b);
            case AND: return Abstract.and(a, b);
            case FLOORDIV: return Abstract.floorDivide(a, b);
            default: throw new IllegalStateException();
        }
    }

    public static PyObject inplace(int op, PyObject a, PyObject b) {
        switch (op) {
            case ADD: return Abstract.inplaceAdd(a, b);
            case SUB: return Abstract.inplaceSubtract(a, b);
            case MUL: return Abstract.inplaceMultiply(a, b);
            case MATMUL: return Abstract.inplaceMatmul(a, b);
            case DIV: return Abstract.inplaceTrueDivide(a, b);
            case MOD: return Abstract.inplaceRemainder(a, b);
            case POW: return Abstract.inplacePower(a, b);
            case LSHIFT: return Abstract.inplaceLshift(a, b);
            case RSHIFT: return Abstract.inplaceRshift(a, b);
            case OR: return Abstract.inplaceOr(a, b);
            case XOR: return Abstract.inplaceXor(a, b);
            case AND: return Abstract.inplaceAnd(a, b);
            case FLOORDIV: return Abstract.inplaceFloorDivide(a, b);
            default: throw new IllegalStateException();
        }
    }

    /** a op b with the exact-type fast paths, then the full protocol. */
    static PyObject binaryFast(int op, PyObject a, PyObject b) {
        if (a.type == PyInt.TYPE && b.type == PyInt.TYPE) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.big == null && y.big == null) {
                PyObject r = intFast(op, x.value, y.value);
                if (r != null) {
                    return r;
                }
            }
        } else if (a.type == PyFloat.TYPE && b.type == PyFloat.TYPE) {
            PyObject r = floatFast(op, ((PyFloat) a).value, ((PyFloat) b).value);
            if (r != null) {
                return r;
            }
        } else if (op == ADD && a.type == PyStr.TYPE && b.type == PyStr.TYPE) {
            String x = ((PyStr) a).value;
            String y = ((PyStr) b).value;
            if (x.isEmpty()) {
                return b;
            }
            if (y.isEmpty()) {
                return a;
            }
            return PyStr.of(x.concat(y));
        }
        return binary(op, a, b);
    }

    static PyObject inplaceFast(int op, PyObject a, PyObject b) {
        if (a.type == PyInt.TYPE && b.type == PyInt.TYPE) {
            PyInt x = (PyInt) a;
            PyInt y = (PyInt) b;
            if (x.big == null && y.big == null) {
                PyObject r = intFast(op, x.value, y.value);
                if (r != null) {
                    return r;
                }
            }
        } else if (a.type == PyFloat.TYPE && b.type == PyFloat.TYPE) {
            PyObject r = floatFast(op, ((PyFloat) a).value, ((PyFloat) b).value);
            if (r != null) {
                return r;
            }
        }
        return inplace(op, a, b);
    }

    public static final class BinOp extends Node.Expr {
        final Node.Expr left;
        final Node.Expr right;
        final int op;

        public BinOp(int pc, int op, Node.Expr left, Node.Expr right) {
            super(pc);
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject a = left.eval(f);
            PyObject b = right.eval(f);
            try {
                return binaryFast(op, a, b);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
        }
    }

    /** a + b (the most common operator gets its own node). */
    public static final class Add extends Node.Expr {
        final Node.Expr left;
        final Node.Expr right;

        public Add(int pc, Node.Expr left, Node.Expr right) {
            super(pc);
            this.left = left;
            this.right = right;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject a = left.eval(f);
            PyObject b = right.eval(f);
            if (a.type == PyInt.TYPE && b.type == PyInt.TYPE) {
                PyInt x = (PyInt) a;
                PyInt y = (PyInt) b;
                if (x.big == null && y.big == null) {
                    long r = x.value + y.value;
                    if (((x.value ^ r) & (y.value ^ r)) >= 0) {
                        return PyInt.of(r);
                    }
                }
            }
            try {
                return binaryFast(ADD, a, b);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
        }
    }

    public static final class Sub extends Node.Expr {
        final Node.Expr left;
        final Node.Expr right;

        public Sub(int pc, Node.Expr left, Node.Expr right) {
            super(pc);
            this.left = left;
            this.right = right;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject a = left.eval(f);
            PyObject b = right.eval(f);
            if (a.type == PyInt.TYPE && b.type == PyInt.TYPE) {
                PyInt x = (PyInt) a;
                PyInt y = (PyInt) b;
                if (x.big == null && y.big == null) {
                    long r = x.value - y.value;
                    if (((x.value ^ y.value) & (x.value ^ r)) >= 0) {
                        return PyInt.of(r);
                    }
                }
            }
            try {
                return binaryFast(SUB, a, b);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
        }
    }

    // ---- unary ----------------------------------------------------------------------------

    public static final class Not extends Node.Expr {
        final Node.Expr operand;

        public Not(int pc, Node.Expr operand) {
            super(pc);
            this.operand = operand;
        }

        @Override
        public PyObject eval(PyFrame f) {
            return operand.evalBool(f) ? Py.False : Py.True;
        }

        @Override
        public boolean evalBool(PyFrame f) {
            return !operand.evalBool(f);
        }
    }

    public static final int NEG = 0, POS = 1, INVERT = 2;

    public static final class Unary extends Node.Expr {
        final Node.Expr operand;
        final int op;

        public Unary(int pc, int op, Node.Expr operand) {
            super(pc);
            this.op = op;
            this.operand = operand;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = operand.eval(f);
            if (op == NEG && v.type == PyInt.TYPE) {
                PyInt x = (PyInt) v;
                if (x.big == null && x.value != Long.MIN_VALUE) {
                    return PyInt.of(-x.value);
                }
            }
            try {
                switch (op) {
                    case NEG: return Abstract.negative(v);
                    case POS: return Abstract.positive(v);
                    default: return Abstract.invert(v);
                }
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
        }
    }

    // ---- boolean -----------------------------------------------------------------------------

    public static final class And extends Node.Expr {
        final Node.Expr[] values;

        public And(int pc, Node.Expr[] values) {
            super(pc);
            this.values = values;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = null;
            Node.Expr[] vs = values;
            for (int i = 0; i < vs.length; i++) {
                v = vs[i].eval(f);
                if (i < vs.length - 1 && !truth(f, v, vs[i].pc)) {
                    return v;
                }
            }
            return v;
        }

        @Override
        public boolean evalBool(PyFrame f) {
            for (Node.Expr e : values) {
                if (!e.evalBool(f)) {
                    return false;
                }
            }
            return true;
        }
    }

    public static final class Or extends Node.Expr {
        final Node.Expr[] values;

        public Or(int pc, Node.Expr[] values) {
            super(pc);
            this.values = values;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = null;
            Node.Expr[] vs = values;
            for (int i = 0; i < vs.length; i++) {
                v = vs[i].eval(f);
                if (i < vs.length - 1 && truth(f, v, vs[i].pc)) {
                    return v;
                }
            }
            return v;
        }

        @Override
        public boolean evalBool(PyFrame f) {
            for (Node.Expr e : values) {
                if (e.evalBool(f)) {
                    return true;
                }
            }
            return false;
        }
    }

    static boolean truth(PyFrame f, PyObject v, int pc) {
        if (v == Py.True) {
            return true;
        }
        if (v == Py.False || v == Py.None) {
            return false;
        }
        try {
            return Abstract.isTrue(v);
        } catch (PyException e) {
            throw f.traceback(e, pc);
        }
    }

    public static final class IfExp extends Node.Expr {
        final Node.Expr test;
        final Node.Expr body;
        final Node.Expr orelse;

        public IfExp(Node.Expr test, Node.Expr body, Node.Expr orelse) {
            super(-1);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public PyObject eval(PyFrame f) {
            return test.evalBool(f) ? body.eval(f) : orelse.eval(f);
        }
    }

    // ---- comparison ------------------------------------------------------------------------

    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5, IS = 6, IS_NOT = 7, IN = 8, NOT_IN = 9;

    private static final CompareOp[] CMP = {CompareOp.LT, CompareOp.LE, CompareOp.EQ, CompareOp.NE, CompareOp.GT,
        CompareOp.GE};

    static boolean intCompare(int op, long x, long y) {
        switch (op) {
            case LT: return x < y;
            case LE: return x <= y;
            case EQ: return x == y;
            case NE: return x != y;
            case GT: return x > y;
            default: return x >= y;
        }
    }

    static boolean floatCompare(int op, double x, double y) {
        switch (op) {
            case LT: return x < y;
            case LE: return x <= y;
            case EQ: return x == y;
            case NE: return x != y;
            case GT: return x > y;
            default: return x >= y;
        }
    }

    /** The comparison as an object (rich comparison may return anything). */
    static PyObject compare(int op, PyObject a, PyObject b) {
        switch (op) {
            case IS: return Py.bool(a == b);
            case IS_NOT: return Py.bool(a != b);
            case IN: return Py.bool(Abstract.contains(b, a));
            case NOT_IN: return Py.bool(!Abstract.contains(b, a));
            default:
                if (a.type == PyInt.TYPE && b.type == PyInt.TYPE) {
                    PyInt x = (PyInt) a;
                    PyInt y = (PyInt) b;
                    if (x.big == null && y.big == null) {
                        return Py.bool(intCompare(op, x.value, y.value));
                    }
                } else if (a.type == PyFloat.TYPE && b.type == PyFloat.TYPE) {
                    return Py.bool(floatCompare(op, ((PyFloat) a).value, ((PyFloat) b).value));
                }
                return Abstract.richCompare(a, b, CMP[op]);
        }
    }

    static boolean compareBool(int op, PyObject a, PyObject b) {
        switch (op) {
            case IS: return a == b;
            case IS_NOT: return a != b;
            case IN: return Abstract.contains(b, a);
            case NOT_IN: return !Abstract.contains(b, a);
            default:
                if (a.type == PyInt.TYPE && b.type == PyInt.TYPE) {
                    PyInt x = (PyInt) a;
                    PyInt y = (PyInt) b;
                    if (x.big == null && y.big == null) {
                        return intCompare(op, x.value, y.value);
                    }
                } else if (a.type == PyFloat.TYPE && b.type == PyFloat.TYPE) {
                    return floatCompare(op, ((PyFloat) a).value, ((PyFloat) b).value);
                } else if (a.type == PyStr.TYPE && b.type == PyStr.TYPE && (op == EQ || op == NE)) {
                    boolean eq = ((PyStr) a).value.equals(((PyStr) b).value);
                    return op == EQ ? eq : !eq;
                }
                PyObject r = Abstract.richCompare(a, b, CMP[op]);
                if (r == Py.True) {
                    return true;
                }
                if (r == Py.False) {
                    return false;
                }
                return Abstract.isTrue(r);
        }
    }

    public static final class Compare extends Node.Expr {
        final Node.Expr left;
        final Node.Expr right;
        final int op;

        public Compare(int pc, int op, Node.Expr left, Node.Expr right) {
            super(pc);
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject a = left.eval(f);
            PyObject b = right.eval(f);
            try {
                return compare(op, a, b);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
        }

        @Override
        public boolean evalBool(PyFrame f) {
            PyObject a = left.eval(f);
            PyObject b = right.eval(f);
            if (a.type == PyInt.TYPE && b.type == PyInt.TYPE && op <= GE) {
                PyInt x = (PyInt) a;
                PyInt y = (PyInt) b;
                if (x.big == null && y.big == null) {
                    return intCompare(op, x.value, y.value);
                }
            }
            try {
                return compareBool(op, a, b);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
        }
    }

    /** a op1 b op2 c ...: each middle operand evaluated once, stopping at the first false result. */
    public static final class CompareChain extends Node.Expr {
        final Node.Expr[] operands;
        final int[] ops;
        final int[] pcs;

        public CompareChain(int pc, int[] ops, Node.Expr[] operands, int[] pcs) {
            super(pc);
            this.ops = ops;
            this.operands = operands;
            this.pcs = pcs;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject a = operands[0].eval(f);
            PyObject r = null;
            for (int i = 0; i < ops.length; i++) {
                PyObject b = operands[i + 1].eval(f);
                try {
                    r = compare(ops[i], a, b);
                    if (i < ops.length - 1 && !Abstract.isTrue(r)) {
                        return r;
                    }
                } catch (PyException e) {
                    throw f.traceback(e, pcs[i]);
                }
                a = b;
            }
            return r;
        }
    }

    static long unusedIntMethods() {
        return IntMethods.class.hashCode();
    }
}
