package org.ember.compiler;

import org.ember.ast.Node;
import org.ember.ast.Positions;
import org.ember.objects.Abstract;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.runtime.ThreadState;

/** Compile-time warnings (SyntaxWarning), issued through the warnings module when it is loaded. */
final class Warnings {
    private Warnings() {}

    static void syntaxWarning(CodeGen cg, String msg, Node at) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null) {
            return;
        }
        PyObject warnings = ts.interp.modules.getStr("warnings");
        int line = Positions.lineno(at);
        try {
            if (warnings != null) {
                PyObject we = Abstract.getAttr(warnings, "warn_explicit");
                Abstract.call(we, PyStr.of(msg), PyExc.SyntaxWarning, PyStr.of(cg.filename), PyInt.of(line));
            } else {
                ts.interp.rawStderr.println(cg.filename + ":" + line + ": SyntaxWarning: " + msg);
            }
        } catch (PyException e) {
            if (e.matches(PyExc.SyntaxWarning)) {
                throw CodeGen.error(msg, at);
            }
            throw e;
        }
    }
}
