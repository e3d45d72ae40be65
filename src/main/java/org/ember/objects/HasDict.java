package org.ember.objects;

/** Implemented by objects that carry an instance {@code __dict__}. */
public interface HasDict {
    /** The instance dict, created on first use. */
    PyDict getDict();

    /** The instance dict if one was created, else null (avoids allocating one for a failed lookup). */
    PyDict getDictOrNull();

    void setDict(PyDict dict);
}
