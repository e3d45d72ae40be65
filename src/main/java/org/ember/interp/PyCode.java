package org.ember.interp;

import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;

/**
 * code: an immutable compiled unit (module, class body, function, lambda, comprehension).
 * Immutable so that one compilation can be executed by any number of interpreters at once.
 */
public final class PyCode extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", PyCode.class, t -> {
        t.tp_repr = self -> {
            PyCode c = (PyCode) self;
            return PyStr.of("<code object " + c.name + " at " + org.ember.objects.Abstract.addressOf(self) + ", file \""
                    + c.filename + "\", line " + c.firstLineno + ">");
        };
    });

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLineno;

    public PyCode(String name, String qualname, String filename, int firstLineno) {
        super(TYPE);
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineno = firstLineno;
    }

    @Override
    public boolean isImmortal() {
        return true;
    }
}
