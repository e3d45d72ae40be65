package org.ember.objects;

/**
 * Base of builtin objects whose type Python code may subclass (e.g. itertools.chain): it holds
 * the optional {@code __dict__} and {@code __slots__} cells of subclass instances, so such a
 * type needs no separate Java layout for its subclasses. Instances of the builtin type itself
 * never get a dict (their type lacks HAS_DICT).
 */
public abstract class ExtensibleObject extends PyObject implements Instance {
    private PyDict dict;
    private final PyObject[] slots;

    protected ExtensibleObject(PyType type) {
        super(type);
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
