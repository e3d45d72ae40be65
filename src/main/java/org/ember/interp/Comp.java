package org.ember.interp;

import org.ember.objects.Abstract;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyList;
import org.ember.objects.PyObject;

/** Comprehension result building (BUILD_LIST/SET/MAP, LIST_APPEND, SET_ADD, MAP_ADD). */
public final class Comp {
    private Comp() {}

    public static final class Init extends Node.Stmt {
        final int slot;
        final int kind;

        public Init(int slot, int kind) {
            super(-1);
            this.slot = slot;
            this.kind = kind;
        }

        @Override
        public int exec(PyFrame f) {
            f.fast[slot] = switch (kind) {
                case 0 -> new PyList();
                case 1 -> Support.newSet(org.ember.objects.Py.NO_ARGS);
                default -> new PyDict();
            };
            return Node.NORMAL;
        }
    }

    public static final class Add extends Node.Stmt {
        final int slot;
        final int kind;
        final Node.Expr value;

        public Add(int pc, int slot, int kind, Node.Expr value) {
            super(pc);
            this.slot = slot;
            this.kind = kind;
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            PyObject v = value.eval(f);
            if (kind == 0) {
                ((PyList) f.fast[slot]).append(v);
            } else {
                try {
                    Abstract.callMethod(f.fast[slot], "add", v);
                } catch (PyException e) {
                    throw f.traceback(e, pc);
                }
            }
            return Node.NORMAL;
        }
    }

    public static final class MapAdd extends Node.Stmt {
        final int slot;
        final Node.Expr key;
        final Node.Expr value;

        public MapAdd(int pc, int slot, Node.Expr key, Node.Expr value) {
            super(pc);
            this.slot = slot;
            this.key = key;
            this.value = value;
        }

        @Override
        public int exec(PyFrame f) {
            PyObject k = key.eval(f);
            PyObject v = value.eval(f);
            try {
                ((PyDict) f.fast[slot]).setItem(k, v);
            } catch (PyException e) {
                throw f.traceback(e, pc);
            }
            return Node.NORMAL;
        }
    }
}
