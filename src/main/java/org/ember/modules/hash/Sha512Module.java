package org.ember.modules.hash;

import org.ember.objects.NativeFunction;
import org.ember.objects.PyModule;
import org.ember.objects.PyType;
import org.ember.runtime.Interpreter;

/** The _sha512 module (CPython's Modules/sha512module.c), over the JDK's MessageDigest. */
public final class Sha512Module {
    private Sha512Module() {}

    public static final PyType SHA384 = HashObject.type("_sha512", "sha384", 48, 128, null, null);
    public static final PyType SHA512 = HashObject.type("_sha512", "sha512", 64, 128, null, null);

    private static final NativeFunction NEW384 = NativeFunction.of("sha384", "string=NULL, *, usedforsecurity=True",
            (m, a) -> HashObject.make(SHA384, new HashObject.JdkEngine("SHA-384"), a[0]));
    private static final NativeFunction NEW512 = NativeFunction.of("sha512", "string=NULL, *, usedforsecurity=True",
            (m, a) -> HashObject.make(SHA512, new HashObject.JdkEngine("SHA-512"), a[0]));

    public static PyModule create(Interpreter interp) {
        PyType.ready(SHA384, SHA512);
        PyModule m = new PyModule("_sha512");
        // CPython 3.11 registers the sha512 type under the name SHA384Type (and has no SHA512Type).
        m.put("SHA384Type", SHA512);
        m.function(NEW512);
        m.function(NEW384);
        return m;
    }
}
