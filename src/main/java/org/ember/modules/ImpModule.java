package org.ember.modules;

import java.util.concurrent.locks.ReentrantLock;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.Hashing;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyExc;
import org.ember.objects.PyImportError;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/**
 * _imp: the native side of importlib — builtin (Java) modules, the import lock, and the frozen
 * and extension-module hooks (Ember has no frozen or C extension modules: it reports none).
 */
public final class ImpModule {
    private ImpModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_imp");
        m.put("__doc__", PyStr.of("(Extremely) low-level import machinery bits as used by importlib."));
        m.put("check_hash_based_pycs", PyStr.of("default"));
        m.function(NativeFunction.of("lock_held", self -> Py.bool(lock().isHeldByCurrentThread())));
        m.function(NativeFunction.of("acquire_lock", self -> {
            lock().lock();
            return Py.None;
        }));
        m.function(NativeFunction.of("release_lock", self -> {
            ReentrantLock l = lock();
            if (!l.isHeldByCurrentThread()) {
                throw Err.runtime("not holding the import lock");
            }
            l.unlock();
            return Py.None;
        }));
        m.function(NativeFunction.of("is_builtin", (self, name) -> {
            String n = Abstract.strJava(name);
            if (n.equals("sys") || n.equals("builtins")) {
                return PyInt.of(-1);
            }
            return PyInt.of(ModuleRegistry.has(n) || n.equals("_imp") ? 1 : 0);
        }));
        m.function(NativeFunction.of("create_builtin", (self, spec) -> {
            PyObject nameObj = Abstract.getAttr(spec, "name");
            if (!(nameObj instanceof PyStr ns)) {
                throw Err.type("name must be string, not %s", Err.tn(nameObj));
            }
            Interpreter interp2 = ThreadState.current().interp;
            String n = ns.value;
            PyObject existing = switch (n) {
                case "sys" -> interp2.sysModule;
                case "builtins" -> interp2.builtinsModule;
                case "_imp" -> interp2.modules.getStr("_imp");
                default -> null;
            };
            if (existing != null) {
                return existing;
            }
            PyModule mod = ModuleRegistry.create(n, interp2);
            if (mod == null) {
                throw PyImportError.make(PyExc.ImportError, "no built-in module named " + n, n);
            }
            return mod;
        }));
        m.function(NativeFunction.of("exec_builtin", (self, mod) -> PyInt.ZERO));
        m.function(NativeFunction.of("exec_dynamic", (self, mod) -> PyInt.ZERO));
        m.function(NativeFunction.ofVector("create_dynamic", (self, args, kw) -> {
            PyObject name = args.length > 0 ? Abstract.getAttr(args[0], "name") : PyStr.EMPTY;
            throw PyImportError.make(PyExc.ImportError,
                    "Ember cannot load C extension modules (" + Abstract.strJava(name) + ")", Abstract.strJava(name));
        }));
        m.function(NativeFunction.of("extension_suffixes", self -> new PyList()));
        m.function(NativeFunction.of("is_frozen", (self, name) -> Py.False));
        m.function(NativeFunction.of("is_frozen_package", (self, name) -> {
            throw PyImportError.make(PyExc.ImportError, "No such frozen object named " + Abstract.reprJava(name), Abstract.strJava(name));
        }));
        m.function(NativeFunction.ofVector("find_frozen", (self, args, kw) -> Py.None));
        m.function(NativeFunction.ofVector("get_frozen_object", (self, args, kw) -> {
            throw PyImportError.make(PyExc.ImportError, "No such frozen object named " + Abstract.reprJava(args[0]),
                    Abstract.strJava(args[0]));
        }));
        m.function(NativeFunction.of("init_frozen", (self, name) -> Py.None));
        m.function(NativeFunction.of("_frozen_module_names", self -> PyTuple.EMPTY));
        m.function(NativeFunction.of("_override_frozen_modules_for_tests", (self, o) -> Py.None));
        m.function(NativeFunction.of("_fix_co_filename", (self, code, path) -> Py.None));
        m.function(NativeFunction.of("source_hash", "key, source", (self, a) -> {
            long key = Abstract.asLong(a[0]);
            byte[] src = PyBytes.fromBuffer(a[1]).bytes();
            long h = Hashing.keyedHash(key, src);
            byte[] out = new byte[8];
            for (int i = 0; i < 8; i++) {
                out[i] = (byte) (h >>> (8 * i));
            }
            return PyBytes.of(out);
        }));
        return m;
    }

    private static ReentrantLock lock() {
        return ThreadState.current().interp.importLock;
    }
}
