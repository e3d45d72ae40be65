package org.ember.modules;

import java.nio.charset.StandardCharsets;

import org.ember.objects.Abstract;
import org.ember.objects.BufferProtocol;
import org.ember.objects.CodecFunctions;
import org.ember.objects.Codecs;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.runtime.Interpreter;

/**
 * The _codecs module: the codec registry (register, lookup, encode, decode), the error handler
 * registry (register_error, lookup_error) and the codec functions the pure-Python encodings
 * package calls (utf_8_encode, charmap_decode, ...). The codecs themselves are in
 * {@link CodecFunctions} and the object layer.
 */
public final class CodecsModule {
    private CodecsModule() {}

    private static String str(PyObject o, String fname) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw Err.type("%s() argument must be str, not %s", fname, Err.tn(o));
    }

    private static String strArg(PyObject o, String fname, String which) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw Err.type("%s() argument %s must be str, not %s", fname, which, Err.tn(o));
    }

    private static final NativeFunction[] FUNCTIONS = {
        NativeFunction.of("register", (self, f) -> {
            Codecs.register(f);
            return Py.None;
        }),
        NativeFunction.of("unregister", (self, f) -> {
            Codecs.unregister(f);
            return Py.None;
        }),
        NativeFunction.of("lookup", (self, enc) -> Codecs.lookup(str(enc, "lookup"))),
        NativeFunction.of("encode", "obj, encoding='utf-8', errors='strict'", (self, a) -> Codecs.encodeAny(a[0],
                strArg(a[1], "encode", "'encoding'"), strArg(a[2], "encode", "'errors'"))),
        NativeFunction.of("decode", "obj, encoding='utf-8', errors='strict'", (self, a) -> Codecs.decodeAny(a[0],
                strArg(a[1], "decode", "'encoding'"), strArg(a[2], "decode", "'errors'"))),
        NativeFunction.of("register_error", (self, name, handler) -> {
            Codecs.registerError(strArg(name, "register_error", "1"), handler);
            return Py.None;
        }),
        NativeFunction.of("lookup_error", (self, name) -> Codecs.lookupError(str(name, "lookup_error"))),
        NativeFunction.of("charmap_build", (self, map) -> {
            if (!(map instanceof PyStr s)) {
                throw Err.type("charmap_build() argument must be str, not %s", Err.tn(map));
            }
            return CodecFunctions.charmapBuild(s);
        }),
    };

    /** Creates the module for one interpreter. */
    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_codecs");
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        for (NativeFunction f : CodecFunctions.functions()) {
            m.function(f);
        }
        return m;
    }
}
