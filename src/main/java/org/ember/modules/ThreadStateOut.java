package org.ember.modules;

import org.ember.objects.Abstract;
import org.ember.objects.Py;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.runtime.ThreadState;

/** Writing text to a Python file object, falling back to the interpreter's raw stderr. */
final class ThreadStateOut {
    private ThreadStateOut() {}

    static void write(PyObject file, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (file == null || file == Py.None) {
            ThreadState ts = ThreadState.currentOrNull();
            if (ts != null) {
                ts.interp.rawStderr.print(text);
                ts.interp.rawStderr.flush();
            }
            return;
        }
        Abstract.callMethod(file, "write", PyStr.of(text));
        PyObject flush = Abstract.lookupAttr(file, "flush");
        if (flush != null) {
            Abstract.call(flush);
        }
    }
}
