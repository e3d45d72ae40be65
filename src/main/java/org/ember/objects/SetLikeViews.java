package org.ember.objects;

/**
 * Set operations of dict_keys and dict_items views (CPython's dictviews_* functions): the
 * results are sets built in CPython's order.
 */
final class SetLikeViews {
    private SetLikeViews() {}

    private static boolean isSetView(PyObject o) {
        return o instanceof DictViews.View v && v.kind != DictViews.VALUES;
    }

    /** set(o), iterating an exact dict directly for a keys view (dictviews_to_set). */
    private static PySet toSet(PyObject o) {
        PyObject src = o;
        if (o instanceof DictViews.View v && v.kind == DictViews.KEYS && v.dict.type == PyDict.TYPE) {
            src = v.dict;
        }
        return PySet.of(src);
    }

    static PyObject sub(PyObject a, PyObject b) {
        PySet r = toSet(a);
        SetMethods.differenceUpdate(r, b);
        return r;
    }

    static PyObject or(PyObject a, PyObject b) {
        PySet r = toSet(a);
        SetMethods.update(r, b);
        return r;
    }

    static PyObject xor(PyObject a, PyObject b) {
        if (a instanceof DictViews.View va && va.kind == DictViews.ITEMS && b instanceof DictViews.View vb
                && vb.kind == DictViews.ITEMS) {
            return itemsXor(va.dict, vb.dict);
        }
        PySet r = toSet(a);
        SetMethods.symmetricDifferenceUpdate(r, b);
        return r;
    }

    private static PyObject itemsXor(PyDict d1, PyDict d2) {
        PyDict temp = d1.copy();
        PySet result = new PySet();
        for (int i = d2.nextIndex(0); i >= 0; i = d2.nextIndex(i + 1)) {
            PyObject key = d2.keyAt(i);
            PyObject val2 = d2.valueAt(i);
            long h = d2.hashAt(i);
            PyObject val1 = temp.getItem(key, h);
            boolean delete = val1 != null && Abstract.richCompareBool(val1, val2, CompareOp.EQ);
            if (delete) {
                temp.pop(key);
            } else {
                result.add(PyTuple.of(key, val2));
            }
        }
        SetMethods.update(result, new DictViews.View(temp, DictViews.ITEMS));
        return result;
    }

    private static boolean viewContains(DictViews.View v, PyObject item) {
        return v.type.sq_contains.contains(v, item);
    }

    static PyObject and(PyObject a, PyObject b) {
        PyObject self = a;
        PyObject other = b;
        if (!isSetView(self)) {
            self = b;
            other = a;
        }
        DictViews.View sv = (DictViews.View) self;
        long lenSelf = sv.dict.size();
        if (other.type == PySet.TYPE && lenSelf <= ((PySet) other).size()) {
            return SetMethods.intersection((PySet) other, self);
        }
        if (isSetView(other)) {
            long lenOther = ((DictViews.View) other).dict.size();
            if (lenOther > lenSelf) {
                PyObject t = other;
                other = self;
                self = t;
                sv = (DictViews.View) self;
            }
        }
        PySet result = new PySet();
        PyObject it = Abstract.iter(other);
        Slots.Next next = it.type.tp_iternext;
        for (PyObject k = next.next(it); k != null; k = next.next(it)) {
            if (viewContains(sv, k)) {
                result.add(k);
            }
        }
        return result;
    }

    static boolean isDisjoint(PyObject self, PyObject other) {
        if (self == other) {
            return ((DictViews.View) self).dict.size() == 0;
        }
        if (other instanceof PyAnySet || isSetView(other)) {
            long lenSelf = ((DictViews.View) self).dict.size();
            long lenOther = Abstract.length(other);
            if (lenOther > lenSelf) {
                PyObject t = other;
                other = self;
                self = t;
            }
        }
        PyObject it = Abstract.iter(other);
        Slots.Next next = it.type.tp_iternext;
        for (PyObject k = next.next(it); k != null; k = next.next(it)) {
            if (Abstract.contains(self, k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allContainedIn(PyObject self, PyObject other) {
        PyObject it = Abstract.iter(self);
        Slots.Next next = it.type.tp_iternext;
        for (PyObject k = next.next(it); k != null; k = next.next(it)) {
            if (!Abstract.contains(other, k)) {
                return false;
            }
        }
        return true;
    }

    static PyObject compare(PyObject self, PyObject other, CompareOp op) {
        if (!(other instanceof PyAnySet) && !isSetView(other)) {
            return Py.NotImplemented;
        }
        long lenSelf = Abstract.length(self);
        long lenOther = Abstract.length(other);
        boolean ok = false;
        switch (op) {
            case EQ:
            case NE:
                if (lenSelf == lenOther) {
                    ok = allContainedIn(self, other);
                }
                if (op == CompareOp.NE) {
                    ok = !ok;
                }
                break;
            case LT:
                ok = lenSelf < lenOther && allContainedIn(self, other);
                break;
            case LE:
                ok = lenSelf <= lenOther && allContainedIn(self, other);
                break;
            case GT:
                ok = lenSelf > lenOther && allContainedIn(other, self);
                break;
            case GE:
                ok = lenSelf >= lenOther && allContainedIn(other, self);
                break;
            default:
                break;
        }
        return Py.bool(ok);
    }
}
