package org.ember.modules.hash;

import java.math.BigInteger;

import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.Err;
import org.ember.objects.PyBytes;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyType;
import org.ember.runtime.Interpreter;

/** The _blake2 module (CPython's Modules/_blake2): blake2b and blake2s with all their parameters. */
public final class Blake2Module {
    private Blake2Module() {}

    private static final String SIG = "data=NULL, /, *, digest_size=%d, key=NULL, salt=NULL, person=NULL, fanout=1, "
            + "depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True";

    public static final PyType BLAKE2B = type("blake2b", 64, 64, 16, 16, 128, "Return a new BLAKE2b hash object.");
    public static final PyType BLAKE2S = type("blake2s", 32, 32, 8, 8, 64, "Return a new BLAKE2s hash object.");

    private static PyType type(String name, int maxDigest, int maxKey, int saltSize, int personSize, int blockSize,
            String doc) {
        boolean isB = maxDigest == 64;
        ArgParser p = new ArgParser(name, String.format(SIG, maxDigest));
        return HashObject.type("_blake2", name, 0, blockSize, doc, t -> {
            t.tp_new = (type, args, kw) -> {
                PyObject[] a = p.bind(args, kw);
                int digestSize = cInt(a[1]);
                byte[] key = bytesArg(a[2]);
                byte[] salt = bytesArg(a[3]);
                byte[] person = bytesArg(a[4]);
                int fanout = cInt(a[5]);
                int depth = cInt(a[6]);
                long leafSize = unsignedArg(a[7], false);
                long nodeOffset = unsignedArg(a[8], true);
                int nodeDepth = cInt(a[9]);
                int innerSize = cInt(a[10]);
                boolean lastNode = Abstract.isTrue(a[11]);
                Abstract.isTrue(a[12]);
                if (digestSize <= 0 || digestSize > maxDigest) {
                    throw Err.value("digest_size must be between 1 and %d bytes", maxDigest);
                }
                if (salt.length > saltSize) {
                    throw Err.value("maximum salt length is %d bytes", saltSize);
                }
                if (person.length > personSize) {
                    throw Err.value("maximum person length is %d bytes", personSize);
                }
                if (fanout < 0 || fanout > 255) {
                    throw Err.value("fanout must be between 0 and 255");
                }
                if (depth <= 0 || depth > 255) {
                    throw Err.value("depth must be between 1 and 255");
                }
                if (Long.compareUnsigned(leafSize, 0xFFFFFFFFL) > 0) {
                    throw Err.overflow("leaf_size is too large");
                }
                if (!isB && Long.compareUnsigned(nodeOffset, 0xFFFFFFFFFFFFL) > 0) {
                    throw Err.overflow("node_offset is too large");
                }
                if (nodeDepth < 0 || nodeDepth > 255) {
                    throw Err.value("node_depth must be between 0 and 255");
                }
                if (innerSize < 0 || innerSize > maxDigest) {
                    throw Err.value("inner_size must be between 0 and is %d", maxDigest);
                }
                if (key.length > maxKey) {
                    throw Err.value("maximum key length is %d bytes", maxKey);
                }
                Blake2.Params params = new Blake2.Params(digestSize, key, salt, person, fanout, depth, leafSize,
                        nodeOffset, nodeDepth, innerSize, lastNode);
                Blake2 engine = isB ? Blake2.B.create(params) : Blake2.S.create(params);
                return HashObject.make(type, engine, a[0]);
            };
            t.getset("digest_size", self -> PyInt.of(((Blake2) ((HashObject) self).engine).digestSize));
            t.method0("digest", self -> PyBytes.of(((HashObject) self).engine.digest()));
            t.method0("hexdigest", self -> org.ember.objects.PyStr.of(HashObject.hex(((HashObject) self).engine.digest())));
            t.attr("SALT_SIZE", PyInt.of(saltSize));
            t.attr("PERSON_SIZE", PyInt.of(personSize));
            t.attr("MAX_KEY_SIZE", PyInt.of(maxKey));
            t.attr("MAX_DIGEST_SIZE", PyInt.of(maxDigest));
        });
    }

    private static int cInt(PyObject o) {
        return org.ember.modules.ClinicArgs.cInt(o);
    }

    private static byte[] bytesArg(PyObject o) {
        if (o == null) {
            return new byte[0];
        }
        return org.ember.modules.BytesArg.copy(o);
    }

    /** The unsigned long / unsigned long long argument converters of Argument Clinic. */
    private static long unsignedArg(PyObject o, boolean longLong) {
        if (o instanceof PyInt i && i.signum() < 0) {
            throw Err.value("value must be positive");
        }
        if (!(o instanceof PyInt)) {
            if (longLong) {
                return Abstract.index(o).longValue();
            }
            throw Err.type("an integer is required");
        }
        BigInteger b = ((PyInt) o).bigValue();
        if (b.bitLength() > 64) {
            throw Err.overflow(longLong ? "int too big to convert" : "Python int too large to convert to C unsigned long");
        }
        return b.longValue();
    }

    public static PyModule create(Interpreter interp) {
        PyType.ready(BLAKE2B, BLAKE2S);
        PyModule m = new PyModule("_blake2");
        m.put("blake2b", BLAKE2B);
        m.put("blake2s", BLAKE2S);
        m.put("BLAKE2B_SALT_SIZE", PyInt.of(16));
        m.put("BLAKE2B_PERSON_SIZE", PyInt.of(16));
        m.put("BLAKE2B_MAX_KEY_SIZE", PyInt.of(64));
        m.put("BLAKE2B_MAX_DIGEST_SIZE", PyInt.of(64));
        m.put("BLAKE2S_SALT_SIZE", PyInt.of(8));
        m.put("BLAKE2S_PERSON_SIZE", PyInt.of(8));
        m.put("BLAKE2S_MAX_KEY_SIZE", PyInt.of(32));
        m.put("BLAKE2S_MAX_DIGEST_SIZE", PyInt.of(32));
        return m;
    }
}
