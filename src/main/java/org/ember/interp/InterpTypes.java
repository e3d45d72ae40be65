package org.ember.interp;

import org.ember.objects.PyType;

/** The builtin types defined by the interpreter package, readied at bootstrap. */
public final class InterpTypes {
    private InterpTypes() {}

    public static PyType[] all() {
        return new PyType[] {PyCode.TYPE, PyFunction.TYPE, PyFrame.TYPE, PySuper.TYPE, PyGenerator.TYPE, PyCoroutine.TYPE, PyCoroutine.WRAPPER,
            PyAsyncGenerator.TYPE, PyAsyncGenerator.ASEND, PyAsyncGenerator.ATHROW};
    }
}
