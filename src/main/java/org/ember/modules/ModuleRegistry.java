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
        m.put("_ast", org.ember.modules.ast.AstModule::create);
        m.put("_io", org.ember.modules.io.IoModule::create);
        m.put("_signal", SignalModule::create);
        m.put("errno", ErrnoModule::create);
        m.put("posix", PosixModule::create);
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
