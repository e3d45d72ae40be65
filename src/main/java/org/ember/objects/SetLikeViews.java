package org.ember.objects;

/** Set operations of dict_keys and dict_items views (computed through a set). */
final class SetLikeViews {
    private SetLikeViews() {}

    private static PyObject toSet(PyObject o) {
        return Abstract.call(Builtins.builtin("set"), o);
    }

    static PyObject binary(PyObject a, PyObject b, String method) {
        PyObject s;
        PyObject other;
        if (a instanceof DictViews.View) {
            s = toSet(a);
            other = b;
        } else {
            s = toSet(a instanceof DictViews.View ? a : Abstract.iter(a));
            other = b;
        }
        try {
            Abstract.iter(other);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                return Py.NotImplemented;
            }
            throw e;
        }
        Abstract.callMethod(s, method, other);
        return s;
    }

    static boolean isDisjoint(PyObject self, PyObject other) {
        boolean[] disjoint = {true};
        Abstract.forEach(other, o -> {
            if (disjoint[0] && Abstract.contains(self, o)) {
                disjoint[0] = false;
            }
        });
        return disjoint[0];
    }

    static PyObject compare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof DictViews.View) && !b.type.isSubtype((PyType) Builtins.builtin("set"))
                && !b.type.isSubtype((PyType) Builtins.builtin("frozenset"))) {
            return Py.NotImplemented;
        }
        return Abstract.richCompare(toSet(a), toSet(b), op);
    }
}
