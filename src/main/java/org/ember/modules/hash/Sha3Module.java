package org.ember.modules.hash;

import org.ember.objects.ArgParser;
import org.ember.objects.Err;
import org.ember.objects.PyBytes;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;
import org.ember.runtime.Interpreter;

/** The _sha3 module (CPython's Modules/_sha3/sha3module.c): SHA3-224/256/384/512 and SHAKE128/256. */
public final class Sha3Module {
    private Sha3Module() {}

    private static final byte SHA3_SUFFIX = 0x06;
    private static final byte SHAKE_SUFFIX = 0x1f;

    public static final PyType SHA3_224 = sha3("sha3_224", 28);
    public static final PyType SHA3_256 = sha3("sha3_256", 32);
    public static final PyType SHA3_384 = sha3("sha3_384", 48);
    public static final PyType SHA3_512 = sha3("sha3_512", 64);
    public static final PyType SHAKE_128 = shake("shake_128", 128);
    public static final PyType SHAKE_256 = shake("shake_256", 256);

    private static PyType sha3(String name, int digestSize) {
        int rate = 200 - 2 * digestSize;
        String doc = name + "([data], *, usedforsecurity=True) -> SHA3 object\n\n"
                + "Return a new SHA3 hash object with a hashbit length of " + digestSize + " bytes.";
        return HashObject.type("_sha3", name, digestSize, rate, doc, t -> common(t, name, rate, SHA3_SUFFIX, digestSize));
    }

    private static PyType shake(String name, int bits) {
        int rate = 200 - bits / 4;
        String doc = name + "([data], *, usedforsecurity=True) -> SHAKE object\n\nReturn a new SHAKE hash object.";
        return HashObject.type("_sha3", name, 0, rate, doc, t -> {
            common(t, name, rate, SHAKE_SUFFIX, 0);
            t.method1("digest", (self, n) -> PyBytes.of(((Keccak) ((HashObject) self).engine).squeeze(length(n))));
            t.method1("hexdigest", (self, n) ->
                    PyStr.of(HashObject.hex(((Keccak) ((HashObject) self).engine).squeeze(length(n)))));
        });
    }

    private static void common(PyType t, String name, int rate, byte suffix, int digestSize) {
        ArgParser p = new ArgParser(name, "data=NULL, /, *, usedforsecurity=True");
        t.tp_new = (type, args, kw) -> HashObject.make(type, new Keccak(rate, suffix, digestSize), p.bind(args, kw)[0]);
        t.getset("_capacity_bits", self -> PyInt.of(1600 - rate * 8));
        t.getset("_rate_bits", self -> PyInt.of(rate * 8));
        t.getset("_suffix", self -> PyBytes.of(new byte[] {suffix}));
    }

    /** The length argument of SHAKE's digest (an unsigned long, below 2**29). */
    private static int length(PyObject n) {
        if (!(n instanceof PyInt i)) {
            throw Err.type("an integer is required");
        }
        if (i.signum() < 0) {
            throw Err.value("value must be positive");
        }
        if (i.bigValue().bitLength() > 64) {
            throw Err.overflow("Python int too large to convert to C unsigned long");
        }
        if (!i.isSmall() || i.longValue() >= (1 << 29)) {
            throw Err.value("length is too large");
        }
        return (int) i.longValue();
    }

    public static PyModule create(Interpreter interp) {
        PyType.ready(SHA3_224, SHA3_256, SHA3_384, SHA3_512, SHAKE_128, SHAKE_256);
        PyModule m = new PyModule("_sha3");
        m.put("sha3_224", SHA3_224);
        m.put("sha3_256", SHA3_256);
        m.put("sha3_384", SHA3_384);
        m.put("sha3_512", SHA3_512);
        m.put("shake_128", SHAKE_128);
        m.put("shake_256", SHAKE_256);
        m.put("implementation", PyStr.of("tiny_sha3"));
        m.put("keccakopt", PyInt.of(0));
        return m;
    }
}
