package org.ember.modules.hash;

import java.util.function.Consumer;

import org.ember.objects.BufferProtocol;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyInt;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;

/**
 * A hash object of the hashlib backends (_md5, _sha1, _sha256, _sha512, _sha3, _blake2): an
 * {@link Engine} plus its Python type, which carries the algorithm's name and sizes. All of
 * these types share this Java class and the methods update/digest/hexdigest/copy.
 */
public final class HashObject extends PyObject {
    /** The running state of one hash computation. */
    public interface Engine {
        void update(byte[] b, int off, int len);

        /** The digest of the data so far, leaving the state able to continue. */
        byte[] digest();

        Engine copy();
    }

    Engine engine;

    HashObject(PyType type, Engine engine) {
        super(type);
        this.engine = engine;
    }

    /** Feeds a hash-able argument (GET_BUFFER_VIEW_OR_ERROUT): bytes-like objects only. */
    static void feed(Engine e, PyObject data) {
        if (data instanceof PyBytes b) {
            e.update(b.bytes(), 0, b.size());
            return;
        }
        if (data instanceof PyStr) {
            throw Err.type("Strings must be encoded before hashing");
        }
        if (!(data instanceof BufferProtocol bp)) {
            throw Err.type("object supporting the buffer API required");
        }
        org.ember.modules.BytesArg.Window w = org.ember.modules.BytesArg.view(bp);
        try {
            e.update(w.array(), w.offset(), w.len());
        } finally {
            w.release();
        }
    }

    static String hex(byte[] d) {
        StringBuilder sb = new StringBuilder(d.length * 2);
        for (byte x : d) {
            sb.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
        }
        return sb.toString();
    }

    /** Creates a hash object of type t, fed with data when data is not null. */
    static HashObject make(PyType t, Engine e, PyObject data) {
        HashObject h = new HashObject(t, e);
        if (data != null) {
            feed(e, data);
        }
        return h;
    }

    /**
     * Declares the type of one algorithm: {@code name} (the type's and the object's name),
     * its digest and block sizes, and extra definitions (constructor, attributes).
     */
    static PyType type(String module, String name, int digestSize, int blockSize, String doc, Consumer<PyType> extra) {
        return PyType.builtin(name, HashObject.class, t -> {
            t.module(module);
            t.doc(doc);
            t.method1("update", (self, data) -> {
                feed(((HashObject) self).engine, data);
                return Py.None;
            });
            if (digestSize > 0) {
                t.method0("digest", self -> PyBytes.of(((HashObject) self).engine.digest()));
                t.method0("hexdigest", self -> PyStr.of(hex(((HashObject) self).engine.digest())));
            }
            t.method0("copy", self -> new HashObject(self.getType(), ((HashObject) self).engine.copy()));
            t.getset("name", self -> PyStr.of(name));
            t.getset("digest_size", self -> PyInt.of(digestSize));
            t.getset("block_size", self -> PyInt.of(blockSize));
            if (extra != null) {
                extra.accept(t);
            } else {
                t.flags(PyType.DISALLOW_INSTANTIATION);
            }
        });
    }

    /** A MessageDigest of the JDK as an engine. */
    static final class JdkEngine implements Engine {
        private final java.security.MessageDigest md;

        JdkEngine(String algorithm) {
            try {
                md = java.security.MessageDigest.getInstance(algorithm);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw Err.value("unsupported hash type %s", algorithm);
            }
        }

        private JdkEngine(java.security.MessageDigest md) {
            this.md = md;
        }

        @Override
        public void update(byte[] b, int off, int len) {
            md.update(b, off, len);
        }

        @Override
        public byte[] digest() {
            try {
                return ((java.security.MessageDigest) md.clone()).digest();
            } catch (CloneNotSupportedException e) {
                throw Err.internal(e);
            }
        }

        @Override
        public Engine copy() {
            try {
                return new JdkEngine((java.security.MessageDigest) md.clone());
            } catch (CloneNotSupportedException e) {
                throw Err.internal(e);
            }
        }
    }
}
