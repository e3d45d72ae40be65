package org.ember.objects;

import java.security.SecureRandom;

/**
 * CPython's hash algorithms, bit for bit: SipHash-1-3 for str/bytes keyed by the process hash
 * secret (PYTHONHASHSEED semantics), the modular hash of numbers (sys.hash_info), and tuple's
 * xxHash-derived combination. Matching them makes set and dict iteration orders match CPython.
 *
 * <p>The secret is fixed once per process, like CPython's _Py_HashSecret: the launcher passes
 * the seed in the system property {@code ember.hashseed} ("random" or a number 0..4294967295);
 * without it, PYTHONHASHSEED from the environment is used.
 */
public final class Hashing {
    private Hashing() {}

    public static final long MODULUS = (1L << 61) - 1;
    public static final int BITS = 61;
    public static final long INF = 314159;
    public static final long IMAG = 1000003;

    private static final long[] KEYS = computeKeys();
    private static final long K0 = KEYS[0];
    private static final long K1 = KEYS[1];
    /** True when hash randomization is on (no fixed seed). */
    public static final boolean RANDOMIZED = KEYS[2] != 0;

    private static long[] computeKeys() {
        String seed = System.getProperty("ember.hashseed");
        if (seed == null) {
            seed = System.getenv("PYTHONHASHSEED");
        }
        byte[] secret = new byte[24];
        boolean random = false;
        if (seed == null || seed.isEmpty() || seed.equals("random")) {
            new SecureRandom().nextBytes(secret);
            random = true;
        } else {
            long s;
            try {
                s = Long.parseLong(seed.trim());
            } catch (NumberFormatException e) {
                s = 0;
            }
            if (s != 0) {
                int x = (int) s;
                for (int i = 0; i < secret.length; i++) {
                    x = x * 214013 + 2531011;
                    secret[i] = (byte) ((x >>> 16) & 0xff);
                }
            }
        }
        return new long[] {le64(secret, 0), le64(secret, 8), random ? 1 : 0};
    }

    private static long le64(byte[] b, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xffL);
        }
        return v;
    }

    /** Source of the bytes to hash: CPython hashes str's internal UCS1/UCS2/UCS4 buffer. */
    private interface ByteSource {
        int get(int i);
    }

    /** _Py_KeyedHash: SipHash-1-3 of data keyed by (key, 0), as used for hash-based pyc files. */
    public static long keyedHash(long key, byte[] data) {
        return sipHash13(key, 0, i -> data[i], data.length);
    }

    private static long sipHash13(ByteSource src, int len) {
        return sipHash13(K0, K1, src, len);
    }

    private static long sipHash13(long k0, long k1, ByteSource src, int len) {
        long K0 = k0;
        long K1 = k1;
        long b = ((long) len) << 56;
        long v0 = K0 ^ 0x736f6d6570736575L;
        long v1 = K1 ^ 0x646f72616e646f6dL;
        long v2 = K0 ^ 0x6c7967656e657261L;
        long v3 = K1 ^ 0x7465646279746573L;
        int i = 0;
        for (; i + 8 <= len; i += 8) {
            long m = 0;
            for (int k = 7; k >= 0; k--) {
                m = (m << 8) | (src.get(i + k) & 0xffL);
            }
            v3 ^= m;
            // one SipRound
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
            v0 ^= m;
        }
        long t = 0;
        for (int k = len - i - 1; k >= 0; k--) {
            t = (t << 8) | (src.get(i + k) & 0xffL);
        }
        b |= t;
        v3 ^= b;
        v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
        v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
        v0 ^= b;
        v2 ^= 0xff;
        for (int r = 0; r < 3; r++) {
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2; v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
        }
        return (v0 ^ v1) ^ (v2 ^ v3);
    }

    private static long fix(long h) {
        return h == -1 ? -2 : h;
    }

    /** hash(bytes). */
    public static long hashBytes(byte[] data, int off, int len) {
        if (len == 0) {
            return 0;
        }
        return fix(sipHash13(i -> data[off + i], len));
    }

    /** hash(str) for a string given as code points of the given maximum. */
    public static long hashString(String s, int cpCount, int maxChar) {
        if (s.isEmpty()) {
            return 0;
        }
        if (maxChar < 0x100) {
            return fix(sipHash13(s::charAt, s.length()));
        }
        if (maxChar < 0x10000 && cpCount == s.length()) {
            return fix(sipHash13(i -> {
                char c = s.charAt(i >> 1);
                return (i & 1) == 0 ? c & 0xff : c >> 8;
            }, s.length() * 2));
        }
        int[] cps = s.codePoints().toArray();
        return fix(sipHash13(i -> cps[i >> 2] >>> ((i & 3) * 8), cps.length * 4));
    }

    /** hash(int) for a machine-sized value. */
    public static long hashLong(long v) {
        if (v >= 0) {
            long h = v % MODULUS;
            return h;
        }
        if (v == Long.MIN_VALUE) {
            return fix(-(((Long.MAX_VALUE % MODULUS) + 1) % MODULUS));
        }
        long h = -((-v) % MODULUS);
        return fix(h);
    }

    /** hash(int) for an arbitrary-precision value. */
    public static long hashBig(java.math.BigInteger v) {
        java.math.BigInteger m = java.math.BigInteger.valueOf(MODULUS);
        long h = v.abs().mod(m).longValue();
        if (v.signum() < 0) {
            h = -h;
        }
        return fix(h);
    }

    /** hash(float) (CPython's _Py_HashDouble); NaN hashes by identity, as in 3.10+. */
    public static long hashDouble(double d, PyObject identity) {
        if (Double.isNaN(d)) {
            return fix(System.identityHashCode(identity) >>> 4);
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? INF : -INF;
        }
        if (d == Math.rint(d) && Math.abs(d) < 9.2e18) {
            return hashLong((long) d);
        }
        // m * 2**e with 0.5 <= |m| < 1, processed 28 bits at a time (as CPython does).
        int sign = 1;
        if (d < 0) {
            sign = -1;
            d = -d;
        }
        int e = Math.getExponent(d) + 1;
        double m = d / Math.scalb(1.0, e);
        if (Math.getExponent(d) == Double.MIN_EXPONENT - 1) { // subnormal
            e = Math.getExponent(d * 0x1p54) + 1 - 54;
            m = d / Math.scalb(1.0, e);
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << e) & MODULUS) | x >>> (BITS - e);
        x = x * sign;
        return fix(x);
    }

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    /** tuple hash: combines item hashes as CPython 3.11's tuplehash. */
    public static long hashTuple(PyObject[] items, int n) {
        long acc = XXPRIME_5;
        for (int i = 0; i < n; i++) {
            long lane = Abstract.hash(items[i]);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += n ^ (XXPRIME_5 ^ 3527539L);
        if (acc == -1) {
            return 1546275796;
        }
        return acc;
    }

    /** Default object hash (id-based), as CPython's _Py_HashPointer. */
    public static long hashIdentity(PyObject o) {
        long y = System.identityHashCode(o);
        return fix(Long.rotateRight(y, 4));
    }
}
