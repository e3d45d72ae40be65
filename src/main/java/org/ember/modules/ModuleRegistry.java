package org.ember.modules;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.ember.objects.PyModule;
import org.ember.runtime.Interpreter;

/**
 * The native (Java) modules Ember provides, by name: CPython's table of builtin modules
 * (sys.builtin_module_names). Each entry creates a fresh module object for one interpreter;
 * a module's functions and types are process-wide immortals, its state lives in the module
 * object or on the interpreter. Add one line per module, in alphabetical order.
 */
public final class ModuleRegistry {
    private ModuleRegistry() {}

    private static final Map<String, Function<Interpreter, PyModule>> MODULES = build();

    private static Map<String, Function<Interpreter, PyModule>> build() {
        Map<String, Function<Interpreter, PyModule>> m = new TreeMap<>();
        // name -> factory (alphabetical)
        m.put("_abc", AbcModule::create);
        m.put("_ast", org.ember.modules.ast.AstModule::create);
        m.put("_bisect", BisectModule::create);
        m.put("_blake2", org.ember.modules.hash.Blake2Module::create);
        m.put("_codecs", CodecsModule::create);
        m.put("_collections", CollectionsModule::create);
        m.put("_contextvars", ContextvarsModule::create);
        m.put("_functools", FunctoolsModule::create);
        m.put("_heapq", HeapqModule::create);
        m.put("_io", org.ember.modules.io.IoModule::create);
        m.put("_locale", LocaleModule::create);
        m.put("_md5", org.ember.modules.hash.Md5Module::create);
        m.put("_operator", OperatorModule::create);
        m.put("_posixsubprocess", PosixsubprocessModule::create);
        m.put("_random", RandomModule::create);
        m.put("_sha1", org.ember.modules.hash.Sha1Module::create);
        m.put("_sha256", org.ember.modules.hash.Sha256Module::create);
        m.put("_sha3", org.ember.modules.hash.Sha3Module::create);
        m.put("_sha512", org.ember.modules.hash.Sha512Module::create);
        m.put("_signal", SignalModule::create);
        m.put("_sre", org.ember.modules.sre.SreModule::create);
        m.put("_stat", StatModule::create);
        m.put("_string", StringModule::create);
        m.put("_struct", StructModule::create);
        m.put("_thread", ThreadModule::create);
        m.put("_warnings", WarningsModule::create);
        m.put("_weakref", WeakrefModule::create);
        m.put("atexit", AtexitModule::create);
        m.put("binascii", BinasciiModule::create);
        m.put("cmath", CmathModule::create);
        m.put("errno", ErrnoModule::create);
        m.put("faulthandler", FaulthandlerModule::create);
        m.put("fcntl", FcntlModule::create);
        m.put("gc", GcModule::create);
        m.put("grp", GrpModule::create);
        m.put("itertools", ItertoolsModule::create);
        m.put("marshal", MarshalModule::create);
        m.put("math", MathModule::create);
        m.put("posix", PosixModule::create);
        m.put("pwd", PwdModule::create);
        m.put("resource", ResourceModule::create);
        m.put("select", SelectModule::create);
        m.put("time", TimeModule::create);
        m.put("unicodedata", UnicodedataModule::create);
        m.put("zlib", org.ember.modules.zlib.ZlibModule::create);
        return java.util.Collections.unmodifiableMap(m);
    }

    public static boolean has(String name) {
        return MODULES.containsKey(name);
    }

    /** Creates module {@code name} for interp, or returns null when Ember has no such native module. */
    public static PyModule create(String name, Interpreter interp) {
        Function<Interpreter, PyModule> f = MODULES.get(name);
        return f == null ? null : f.apply(interp);
    }

    public static java.util.Set<String> names() {
        return MODULES.keySet();
    }
}
