package org.ember.objects;

/**
 * Attributes of builtin types that CPython declares as read-only struct members (PyMemberDef
 * with READONLY): reading works, assignment and deletion raise "readonly attribute".
 */
public final class Members {
    private Members() {}

    /** Registers a read-only member attribute on a builtin type being defined. */
    public static void readonly(PyType t, String name, PyGetSetDescr.Getter getter) {
        t.getset(name, getter, (self, v) -> {
            throw Err.format(PyExc.AttributeError, "readonly attribute");
        }, self -> {
            throw Err.format(PyExc.AttributeError, "readonly attribute");
        });
    }
}
