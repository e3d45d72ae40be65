package org.ember.modules;

import static org.ember.modules.PyThreadSupport.call;
import static org.ember.modules.PyThreadSupport.repr;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ember.objects.Abstract;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyTuple;
import org.junit.jupiter.api.Test;

class SubprocessModulesTest {
    static PyBytes b(String s) {
        return PyBytes.of(s.getBytes());
    }

    @Test
    void forkExecWithPipes() {
        PyThreadSupport.run(interp -> {
            PyModule os = PyThreadSupport.module(interp, "posix");
            PyModule ps = PyThreadSupport.module(interp, "_posixsubprocess");
            PyModule sel = PyThreadSupport.module(interp, "select");
            PyTuple out = (PyTuple) call(os, "pipe");
            PyTuple err = (PyTuple) call(os, "pipe");
            PyTuple errpipe = (PyTuple) call(os, "pipe");
            PyObject[] args = {PyTuple.of(b("/bin/sh"), b("-c"), b("echo hi; echo oops >&2; exit 3")),
                PyTuple.of(b("/bin/sh")), Py.True, PyTuple.EMPTY, Py.None, Py.None,
                PyInt.of(-1), PyInt.of(-1), out.get(0), out.get(1), err.get(0), err.get(1),
                errpipe.get(0), errpipe.get(1), Py.True, Py.False, PyInt.of(-1), Py.None, Py.None, Py.None,
                PyInt.of(-1), Py.None, Py.True};
            PyObject pid = call(ps, "fork_exec", args);
            call(os, "close", out.get(1));
            call(os, "close", err.get(1));
            call(os, "close", errpipe.get(1));
            assertEquals("b''", repr(call(os, "read", errpipe.get(0), PyInt.of(100))));
            PyTuple ready = (PyTuple) call(sel, "select", new PyList(new PyObject[] {out.get(0)}), new PyList(),
                    new PyList(), Py.float_(5.0));
            assertEquals(1, ((PyList) ready.get(0)).size());
            assertEquals("b'hi\\n'", repr(call(os, "read", out.get(0), PyInt.of(100))));
            assertEquals("b'oops\\n'", repr(call(os, "read", err.get(0), PyInt.of(100))));
            PyTuple st = (PyTuple) call(os, "waitpid", pid, PyInt.ZERO);
            assertEquals("3", repr(call(os, "waitstatus_to_exitcode", st.get(1))));
            // a missing executable is reported through the error pipe, as CPython's child does
            PyTuple errpipe2 = (PyTuple) call(os, "pipe");
            PyObject[] args2 = args.clone();
            args2[0] = PyTuple.of(b("nope"));
            args2[1] = PyTuple.of(b("/nonexistent/nope"));
            args2[8] = PyInt.of(-1);
            args2[9] = PyInt.of(-1);
            args2[10] = PyInt.of(-1);
            args2[11] = PyInt.of(-1);
            args2[12] = errpipe2.get(0);
            args2[13] = errpipe2.get(1);
            call(ps, "fork_exec", args2);
            call(os, "close", errpipe2.get(1));
            assertEquals("b'OSError:2:'", repr(call(os, "read", errpipe2.get(0), PyInt.of(100))));
            PyObject env = new org.ember.objects.PyDict();
            PyObject spid = call(os, "posix_spawnp", b("sh"), new PyList(new PyObject[] {b("sh"), b("-c"), b("exit 7")}), env);
            PyTuple sst = (PyTuple) call(os, "waitpid", spid, PyInt.ZERO);
            assertEquals("7", repr(call(os, "waitstatus_to_exitcode", sst.get(1))));
            try {
                call(os, "posix_spawn", b("/nonexistent"), new PyList(new PyObject[] {b("x")}), env);
            } catch (org.ember.objects.PyException e) {
                assertEquals("FileNotFoundError", e.type().getName());
            }
            PyObject poll = call(sel, "poll");
            Abstract.callMethod(poll, "register", out.get(0));
            assertEquals("[(" + Abstract.asInt(out.get(0)) + ", 16)]", repr(Abstract.callMethod(poll, "poll", PyInt.of(1000))));
        });
    }
}
