package org.ember.modules.hash;

import org.ember.objects.NativeFunction;
import org.ember.objects.PyModule;
import org.ember.objects.PyType;
import org.ember.runtime.Interpreter;

/** The _sha256 module (CPython's Modules/sha256module.c), over the JDK's MessageDigest. */
public final class Sha256Module {
    private Sha256Module() {}

    public static final PyType SHA224 = HashObject.type("_sha256", "sha224", 28, 64, null, null);
    public static final PyType SHA256 = HashObject.type("_sha256", "sha256", 32, 64, null, null);

    private static final NativeFunction NEW224 = NativeFunction.of("sha224", "string=NULL, *, usedforsecurity=True",
            (m, a) -> HashObject.make(SHA224, new HashObject.JdkEngine("SHA-224"), a[0]));
    private static final NativeFunction NEW256 = NativeFunction.of("sha256", "string=NULL, *, usedforsecurity=True",
            (m, a) -> HashObject.make(SHA256, new HashObject.JdkEngine("SHA-256"), a[0]));

    public static PyModule create(Interpreter interp) {
        PyType.ready(SHA224, SHA256);
        PyModule m = new PyModule("_sha256");
        m.put("SHA224Type", SHA224);
        m.put("SHA256Type", SHA256);
        m.function(NEW256);
        m.function(NEW224);
        return m;
    }
}
