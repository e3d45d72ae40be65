package org.ember.objects;

/** An instance of a Python class whose only builtin base is object: a __dict__ and __slots__ cells. */
public class PyInstance extends PyObject implements Instance {
    private PyDict dict;
    private final PyObject[] slots;

    public PyInstance(PyType type) {
        super(type);
        this.slots = type.slotCount == 0 ? null : new PyObject[type.slotCount];
    }

    @Override
    public PyDict getDict() {
        PyDict d = dict;
        if (d == null) {
            d = dict = new PyDict();
        }
        return d;
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
