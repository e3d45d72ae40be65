package org.ember.objects;

/**
 * Implemented by the Java layouts of Python class instances: a __dict__ (when the class has
 * one) and the cells of its __slots__.
 */
public interface Instance extends HasDict {
    /** Storage for __slots__ members (null when the class declares none). */
    PyObject[] slotValues();
}
