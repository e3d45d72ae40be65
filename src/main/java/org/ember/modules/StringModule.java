package org.ember.modules;

import org.ember.objects.NativeFunction;
import org.ember.objects.PyModule;
import org.ember.objects.StrFormat;
import org.ember.runtime.Interpreter;

/** The _string module: the str.format parser for string.Formatter. */
public final class StringModule {
    private StringModule() {}

    private static final NativeFunction[] FUNCTIONS = {
        NativeFunction.of("formatter_parser", (self, s) -> StrFormat.formatterParser(s)),
        NativeFunction.of("formatter_field_name_split", (self, s) -> StrFormat.fieldNameSplit(s)),
    };

    /** Creates the module for one interpreter. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_string");
        m.put("__doc__", org.ember.objects.PyStr.of("string helper module"));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        return m;
    }
}
