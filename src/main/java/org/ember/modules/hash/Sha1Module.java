package org.ember.modules.hash;

import org.ember.objects.NativeFunction;
import org.ember.objects.PyModule;
import org.ember.objects.PyType;
import org.ember.runtime.Interpreter;

/** The _sha1 module (CPython's Modules/sha1module.c), over the JDK's MessageDigest. */
public final class Sha1Module {
    private Sha1Module() {}

    public static final PyType SHA1 = HashObject.type("_sha1", "sha1", 20, 64, null, null);

    private static final NativeFunction NEW = NativeFunction.of("sha1", "string=NULL, *, usedforsecurity=True",
            (m, a) -> HashObject.make(SHA1, new HashObject.JdkEngine("SHA-1"), a[0]));

    public static PyModule create(Interpreter interp) {
        PyType.ready(SHA1);
        PyModule m = new PyModule("_sha1");
        m.put("SHA1Type", SHA1);
        m.function(NEW);
        return m;
    }
}
