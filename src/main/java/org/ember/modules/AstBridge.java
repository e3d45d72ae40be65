package org.ember.modules;

import org.ember.ast.Mod;
import org.ember.objects.Err;
import org.ember.objects.PyExc;
import org.ember.objects.PyObject;
import org.ember.objects.PyType;
import org.ember.runtime.ThreadState;

/**
 * compile()'s link to the _ast module: recognising AST objects and converting between Python
 * AST objects and the compiler's Java AST. Delegates to the _ast module when it is available.
 */
final class AstBridge {
    private AstBridge() {}

    static boolean isAst(PyObject o) {
        PyObject astType = astType();
        return astType instanceof PyType t && o.type.isSubtype(t);
    }

    private static PyObject astType() {
        ThreadState ts = ThreadState.current();
        PyObject m = ts.interp.modules.getStr("_ast");
        if (m == null) {
            if (!ModuleRegistry.has("_ast")) {
                return null;
            }
            m = ts.interp.importModule("_ast");
        }
        return org.ember.objects.Abstract.lookupAttr(m, "AST");
    }

    static Mod fromPython(PyObject ast, String mode) {
        throw Err.format(PyExc.TypeError, "compiling AST objects is not available yet");
    }

    static PyObject parse(PyObject source, String filename, String mode, int flags) {
        throw Err.format(PyExc.ModuleNotFoundError, "No module named '_ast'");
    }
}
