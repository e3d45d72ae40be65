package org.ember.objects;

import org.ember.runtime.AllocationObserver;

/**
 * Root of every Python object in Ember.
 *
 * <p>Every object carries its Python type in a field (as CPython's ob_type), so the type of
 * any object is one load away and operations dispatch through the type's slots. The field is
 * not final because {@code obj.__class__ = Other} is allowed between compatible heap types.
 *
 * <p>Every Python object allocation passes through this constructor, which is where a memory
 * profiler observes it. The check is on a static final flag fixed at JVM start, so when no
 * profiler is configured the JIT removes it entirely.
 *
 * <p>Instances of this exact class are the objects made by {@code object()}.
 */
public class PyObject {
    /** The type {@code object}; its behaviour is defined in {@link ObjectType}. */
    public static final PyType TYPE = PyType.builtin("object", PyObject.class, ObjectType::define);

    public PyType type;

    protected PyObject(PyType type) {
        this.type = type;
        if (AllocationObserver.ENABLED) {
            AllocationObserver.observe(this);
        }
    }

    /** The Python type of this object ({@code type(self)}). */
    public final PyType getType() {
        return type;
    }

    /**
     * True for objects shared by every interpreter of the process (PEP 683): None, True,
     * small ints, builtin types, interned strings... Subclasses that hold immortal instances
     * override this.
     */
    public boolean isImmortal() {
        return false;
    }

    /** Java-side description, for debugging only; Python repr goes through the type slots. */
    @Override
    public String toString() {
        return "<" + type.getName() + " object>";
    }
}
