package org.ember.modules.hash;

import org.ember.objects.NativeFunction;
import org.ember.objects.PyModule;
import org.ember.objects.PyType;
import org.ember.runtime.Interpreter;

/** The _md5 module (CPython's Modules/md5module.c), over the JDK's MessageDigest. */
public final class Md5Module {
    private Md5Module() {}

    public static final PyType MD5 = HashObject.type("_md5", "md5", 16, 64, null, null);

    private static final NativeFunction NEW = NativeFunction.of("md5", "string=NULL, *, usedforsecurity=True",
            (m, a) -> HashObject.make(MD5, new HashObject.JdkEngine("MD5"), a[0]));

    public static PyModule create(Interpreter interp) {
        PyType.ready(MD5);
        PyModule m = new PyModule("_md5");
        m.put("MD5Type", MD5);
        m.function(NEW);
        return m;
    }
}
