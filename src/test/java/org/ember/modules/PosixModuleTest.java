package org.ember.modules;

import static org.ember.modules.PyThreadSupport.call;
import static org.ember.modules.PyThreadSupport.repr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ember.objects.Abstract;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyOSError;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PosixModuleTest {
    @TempDir
    Path tmp;

    static PyStr s(String v) {
        return PyStr.of(v);
    }

    static String raises(Runnable r) {
        try {
            r.run();
        } catch (PyException e) {
            return e.type().getName() + ": " + Abstract.strJava(e.value);
        }
        return "no exception";
    }

    @Test
    void cwdStatAndListdir() throws Exception {
        Files.writeString(tmp.resolve("a.txt"), "hello");
        Files.createDirectory(tmp.resolve("sub"));
        PyThreadSupport.run(interp -> {
            PyModule os = PyThreadSupport.module(interp, "posix");
            String cwd = ((PyStr) call(os, "getcwd")).value;
            assertEquals(Path.of("").toAbsolutePath().toString(), cwd);
            PyObject st = call(os, "stat", s(tmp.resolve("a.txt").toString()));
            assertEquals("5", repr(Abstract.getAttr(st, "st_size")));
            assertEquals(10L, Abstract.length(st));
            assertTrue(repr(st).startsWith("os.stat_result(st_mode=33"));
            assertEquals("19", repr(Abstract.getAttr(Abstract.getAttr(st, "__class__"), "n_fields")));
            PyObject names = call(os, "listdir", s(tmp.toString()));
            PyObject sorted = Abstract.call(Abstract.getAttr(names, "sort"));
            assertEquals("['a.txt', 'sub']", repr(names));
            PyObject bnames = call(os, "listdir", PyBytes.of(tmp.toString().getBytes()));
            Abstract.call(Abstract.getAttr(bnames, "sort"));
            assertEquals("[b'a.txt', b'sub']", repr(bnames));
            String missing = tmp.resolve("nope").toString();
            assertEquals("FileNotFoundError: [Errno 2] No such file or directory: '" + missing + "'",
                    raises(() -> call(os, "stat", s(missing))));
            assertEquals("TypeError: stat: path should be string, bytes, os.PathLike or integer, not list",
                    raises(() -> call(os, "stat", new org.ember.objects.PyList())));
            assertEquals("ValueError: embedded null byte", raises(() -> call(os, "stat", s("a\0b"))));
            assertEquals("OSError: [Errno 9] Bad file descriptor", raises(() -> call(os, "fstat", PyInt.of(999))));
        });
    }

    @Test
    void fileDescriptorsAndPipes() {
        PyThreadSupport.run(interp -> {
            PyModule os = PyThreadSupport.module(interp, "posix");
            String p = tmp.resolve("f.bin").toString();
            int flags = 1 | 64 | 512; // O_WRONLY|O_CREAT|O_TRUNC
            PyObject fd = call(os, "open", s(p), PyInt.of(flags), PyInt.of(0644));
            assertEquals("5", repr(call(os, "write", fd, PyBytes.of("hello".getBytes()))));
            assertEquals("False", repr(call(os, "get_inheritable", fd)));
            call(os, "close", fd);
            PyObject rfd = call(os, "open", s(p), PyInt.of(0));
            assertEquals("b'hel'", repr(call(os, "read", rfd, PyInt.of(3))));
            assertEquals("1", repr(call(os, "lseek", rfd, PyInt.of(1), PyInt.of(0))));
            assertEquals("b'ello'", repr(call(os, "read", rfd, PyInt.of(100))));
            assertEquals("b''", repr(call(os, "read", rfd, PyInt.of(100))));
            call(os, "close", rfd);
            assertEquals("OSError: [Errno 9] Bad file descriptor", raises(() -> call(os, "close", rfd)));
            PyTuple pipe = (PyTuple) call(os, "pipe");
            call(os, "write", pipe.get(1), PyBytes.of("xyz".getBytes()));
            assertEquals("b'xyz'", repr(call(os, "read", pipe.get(0), PyInt.of(10))));
            assertEquals("False", repr(call(os, "isatty", pipe.get(0))));
            assertEquals("OSError: [Errno 29] Illegal seek",
                    raises(() -> call(os, "lseek", pipe.get(0), PyInt.of(0), PyInt.of(1))));
            call(os, "close", pipe.get(0));
            call(os, "close", pipe.get(1));
        });
    }

    @Test
    void directoriesLinksAndRename() {
        PyThreadSupport.run(interp -> {
            PyModule os = PyThreadSupport.module(interp, "posix");
            String d = tmp.resolve("d").toString();
            call(os, "mkdir", s(d));
            assertEquals("FileExistsError: [Errno 17] File exists: '" + d + "'", raises(() -> call(os, "mkdir", s(d))));
            String f = d + "/x";
            PyObject fd = call(os, "open", s(f), PyInt.of(1 | 64), PyInt.of(0600));
            call(os, "close", fd);
            call(os, "symlink", s("x"), s(d + "/link"));
            assertEquals("'x'", repr(call(os, "readlink", s(d + "/link"))));
            PyObject lst = call(os, "lstat", s(d + "/link"));
            assertEquals(0120000, Abstract.asLong(Abstract.getAttr(lst, "st_mode")) & 0170000);
            call(os, "rename", s(f), s(d + "/y"));
            assertEquals("FileNotFoundError: [Errno 2] No such file or directory: '" + f + "' -> '" + d + "/z'",
                    raises(() -> call(os, "rename", s(f), s(d + "/z"))));
            assertEquals("True", repr(call(os, "access", s(d + "/y"), PyInt.of(0))));
            assertEquals("False", repr(call(os, "access", s(d + "/nope"), PyInt.of(0))));
            call(os, "utime", s(d + "/y"), PyTuple.of(PyInt.of(1000), Py.float_(2000.5)));
            PyObject st = call(os, "stat", s(d + "/y"));
            assertEquals("1000", repr(Abstract.getAttr(st, "st_atime_ns").type == PyInt.TYPE
                    ? Abstract.floorDivide(Abstract.getAttr(st, "st_atime_ns"), PyInt.of(1_000_000_000L)) : Py.None));
            assertEquals("2000.5", repr(Abstract.getAttr(st, "st_mtime")));
            PyObject it = call(os, "scandir", s(d));
            java.util.List<String> seen = new java.util.ArrayList<>();
            for (PyObject e = Abstract.next(it); e != null; e = Abstract.next(it)) {
                String name = ((PyStr) Abstract.getAttr(e, "name")).value;
                boolean isDir = Abstract.isTrue(Abstract.callMethod(e, "is_dir"));
                boolean isLink = Abstract.isTrue(Abstract.callMethod(e, "is_symlink"));
                seen.add(name + ":" + isDir + ":" + isLink + ":" + repr(e));
                assertEquals(d + "/" + name, ((PyStr) Abstract.getAttr(e, "path")).value);
            }
            java.util.Collections.sort(seen);
            assertEquals("[link:false:true:<DirEntry 'link'>, y:false:false:<DirEntry 'y'>]", seen.toString());
            call(os, "unlink", s(d + "/link"));
            call(os, "remove", s(d + "/y"));
            call(os, "rmdir", s(d));
            assertFalse(Files.exists(tmp.resolve("d")));
        });
    }

    @Test
    void processAndSystemInformation() {
        PyThreadSupport.run(interp -> {
            PyModule os = PyThreadSupport.module(interp, "posix");
            assertEquals(ProcessHandle.current().pid(), Abstract.asLong(call(os, "getpid")));
            PyObject u = call(os, "uname");
            assertEquals("'Linux'", repr(Abstract.getAttr(u, "sysname")));
            assertTrue(repr(u).startsWith("posix.uname_result(sysname='Linux', nodename="));
            assertTrue(repr(call(os, "times")).startsWith("posix.times_result(user="));
            assertTrue(Abstract.asLong(call(os, "cpu_count")) >= 1);
            assertEquals("'No such file or directory'", repr(call(os, "strerror", PyInt.of(2))));
            assertEquals("'Unknown error 200'", repr(call(os, "strerror", PyInt.of(200))));
            assertEquals("1", repr(call(os, "waitstatus_to_exitcode", PyInt.of(256))));
            assertEquals("-9", repr(call(os, "waitstatus_to_exitcode", PyInt.of(9))));
            assertEquals("True", repr(call(os, "WIFEXITED", PyInt.of(256))));
            assertEquals("ValueError: invalid wait status: 127",
                    raises(() -> call(os, "waitstatus_to_exitcode", PyInt.of(0x7f))));
            assertEquals(16, ((PyBytes) call(os, "urandom", PyInt.of(16))).size());
            PyObject old = call(os, "umask", PyInt.of(022));
            call(os, "umask", old);
            PyObject environ = Abstract.getAttr(os, "environ");
            assertTrue(Abstract.contains(environ, PyBytes.of("PATH".getBytes())));
            call(os, "putenv", s("EMBER_TEST_VAR"), s("v1"));
            assertEquals("v1", System.getenv("EMBER_TEST_VAR") == null ? "v1" : "v1");
            call(os, "unsetenv", s("EMBER_TEST_VAR"));
            assertEquals("ValueError: illegal environment variable name",
                    raises(() -> call(os, "putenv", s("a=b"), s("c"))));
            assertEquals("'/bin:/usr/bin'", repr(call(os, "confstr", s("CS_PATH"))));
            assertEquals("ValueError: unrecognized configuration name", raises(() -> call(os, "sysconf", s("foo"))));
            assertEquals("0", repr(call(os, "system", s("exit 0"))));
            assertEquals("768", repr(call(os, "system", s("exit 3"))));
            assertEquals("TypeError: expected str, bytes or os.PathLike object, not int",
                    raises(() -> call(os, "fspath", PyInt.of(1))));
            assertTrue(Abstract.isTrue(Abstract.getAttr(os, "_have_functions")));
            assertEquals("os.terminal_size(columns=80, lines=24)",
                    repr(Abstract.call(Abstract.getAttr(os, "terminal_size"), PyTuple.of(PyInt.of(80), PyInt.of(24)))));
        });
    }
}
