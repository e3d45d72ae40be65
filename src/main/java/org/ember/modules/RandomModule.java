package org.ember.modules;

import java.math.BigInteger;

import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.Err;
import org.ember.objects.ExtensibleObject;
import org.ember.objects.Py;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.runtime.Interpreter;

/**
 * The _random module (CPython's Modules/_randommodule.c): the Mersenne Twister MT19937 with
 * CPython's seeding (init_by_array over the 32-bit words of |n|, or of hash(x)), so that the
 * same seed gives the same sequence as CPython.
 */
public final class RandomModule {
    private RandomModule() {}

    static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    /** _random.Random: the generator state. */
    public static final class PyRandom extends ExtensibleObject {
        public static final PyType TYPE = PyType.builtin("Random", PyRandom.class, PyRandom::define);

        final int[] mt = new int[N];
        int index = N + 1;

        PyRandom(PyType type) {
            super(type);
        }

        void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < N; i++) {
                mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            }
            index = N;
        }

        void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1;
            int j = 0;
            int len = key.length;
            for (int k = Math.max(N, len); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= len) {
                    j = 0;
                }
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
        }

        /** genrand_uint32: the next 32 random bits. */
        public int next32() {
            int y;
            if (index >= N) {
                int kk;
                for (kk = 0; kk < N - M; kk++) {
                    y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                    mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
                }
                for (; kk < N - 1; kk++) {
                    y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                    mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
                }
                y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
                mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
                index = 0;
            }
            y = mt[index++];
            y ^= (y >>> 11);
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= (y >>> 18);
            return y;
        }

        /** random(): a double in [0, 1) with 53 random bits. */
        public double nextDouble() {
            int a = next32() >>> 5;
            int b = next32() >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        void seed(PyObject arg) {
            if (arg == null || arg == Py.None) {
                byte[] bytes = new byte[N * 4];
                new java.security.SecureRandom().nextBytes(bytes);
                int[] key = new int[N];
                for (int i = 0; i < N; i++) {
                    key[i] = (bytes[4 * i] & 0xff) | (bytes[4 * i + 1] & 0xff) << 8
                            | (bytes[4 * i + 2] & 0xff) << 16 | (bytes[4 * i + 3] & 0xff) << 24;
                }
                initByArray(key);
                return;
            }
            BigInteger n;
            if (arg instanceof PyInt i) {
                // int.__abs__ of the value (never a subclass's __abs__)
                n = i.bigValue().abs();
            } else {
                long h = Abstract.hash(arg);
                n = BigInteger.valueOf(h);
                if (h < 0) {
                    n = n.add(BigInteger.ONE.shiftLeft(64));
                }
            }
            int bits = n.bitLength();
            int keyused = bits == 0 ? 1 : (bits - 1) / 32 + 1;
            int[] key = new int[keyused];
            for (int i = 0; i < keyused; i++) {
                key[i] = n.shiftRight(32 * i).intValue();
            }
            initByArray(key);
        }

        PyObject getrandbits(int k) {
            if (k < 0) {
                throw Err.value("number of bits must be non-negative");
            }
            if (k == 0) {
                return PyInt.ZERO;
            }
            if (k <= 32) {
                return PyInt.of((next32() >>> (32 - k)) & 0xffffffffL);
            }
            int words = (k - 1) / 32 + 1;
            if (words <= 2) {
                long lo = next32() & 0xffffffffL;
                int r = next32();
                int rest = k - 32;
                long hi = (rest < 32 ? r >>> (32 - rest) : r) & 0xffffffffL;
                long v = (hi << 32) | lo;
                return v >= 0 ? PyInt.of(v) : PyInt.of(BigInteger.valueOf(hi).shiftLeft(32).or(BigInteger.valueOf(lo)));
            }
            // Little-endian words, least significant first, as magnitude bytes (big-endian) for BigInteger.
            byte[] mag = new byte[words * 4 + 1];
            int left = k;
            for (int i = 0; i < words; i++, left -= 32) {
                int r = next32();
                if (left < 32) {
                    r >>>= (32 - left);
                }
                int p = mag.length - 4 * (i + 1);
                mag[p] = (byte) (r >>> 24);
                mag[p + 1] = (byte) (r >>> 16);
                mag[p + 2] = (byte) (r >>> 8);
                mag[p + 3] = (byte) r;
            }
            return PyInt.of(new BigInteger(mag));
        }

        PyObject getstate() {
            PyObject[] items = new PyObject[N + 1];
            for (int i = 0; i < N; i++) {
                items[i] = PyInt.of(mt[i] & 0xffffffffL);
            }
            items[N] = PyInt.of(index);
            return PyTuple.of(items);
        }

        void setstate(PyObject state) {
            if (!(state instanceof PyTuple t)) {
                throw Err.type("state vector must be a tuple");
            }
            if (t.size() != N + 1) {
                throw Err.value("state vector is the wrong size");
            }
            int[] fresh = new int[N];
            for (int i = 0; i < N; i++) {
                fresh[i] = (int) asUnsignedLong(t.get(i));
            }
            long idx = Abstract.asLong(t.get(N));
            if (idx < 0 || idx > N) {
                throw Err.value("invalid state");
            }
            index = (int) idx;
            System.arraycopy(fresh, 0, mt, 0, N);
        }

        private static final ArgParser SEED = new ArgParser("seed", "n=None, /");

        private static void define(PyType t) {
            t.module("_random");
            t.flags(PyType.BASETYPE);
            t.doc("Random() -> create a random number generator with its own internal state.");
            t.tp_new = (type, args, kw) -> {
                PyRandom r = new PyRandom(type);
                return r;
            };
            t.tp_init = (self, args, kw) -> {
                PyRandom r = (PyRandom) self;
                boolean plain = self.getType() == TYPE || self.getType().tp_init == TYPE.tp_init;
                if (plain && kw != null && kw.length > 0) {
                    throw Err.type("Random() takes no keyword arguments");
                }
                int npos = args.length - (kw == null ? 0 : kw.length);
                if (npos > 1) {
                    throw Err.type("Random() requires 0 or 1 argument");
                }
                r.seed(npos == 1 ? args[0] : null);
            };
            t.method0("random", self -> new PyFloat(((PyRandom) self).nextDouble()));
            t.methodV("seed", (self, args, kw) -> {
                PyObject[] a = SEED.bind(args, kw);
                ((PyRandom) self).seed(a[0]);
                return Py.None;
            });
            t.method0("getstate", self -> ((PyRandom) self).getstate());
            t.method1("setstate", (self, s) -> {
                ((PyRandom) self).setstate(s);
                return Py.None;
            });
            t.method1("getrandbits", (self, k) -> ((PyRandom) self).getrandbits(ClinicArgs.cInt(k)));
        }
    }

    /** PyLong_AsUnsignedLong (ints only, no __index__). */
    private static long asUnsignedLong(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw Err.type("an integer is required");
        }
        if (i.signum() < 0) {
            throw Err.overflow("can't convert negative value to unsigned int");
        }
        BigInteger b = i.bigValue();
        if (b.bitLength() > 64) {
            throw Err.overflow("Python int too large to convert to C unsigned long");
        }
        return b.longValue();
    }

    public static PyModule create(Interpreter interp) {
        PyType.ready(PyRandom.TYPE);
        PyModule m = new PyModule("_random");
        m.put("__doc__", PyStr.of("Module implements the Mersenne Twister random number generator."));
        m.put("Random", PyRandom.TYPE);
        return m;
    }
}
