package org.ember.modules.hash;

/** BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block (key, salt, personalisation, tree). */
abstract class Blake2 implements HashObject.Engine {
    static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    };

    /** Tree and key parameters (the parameter block's fields). */
    record Params(int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth, long leafSize,
            long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {}

    final int digestSize;
    final boolean lastNode;
    final byte[] buf;
    int buflen;

    Blake2(int blockSize, int digestSize, boolean lastNode) {
        this.buf = new byte[blockSize];
        this.digestSize = digestSize;
        this.lastNode = lastNode;
    }

    abstract void increment(int n);

    abstract void compress(byte[] b, int off, boolean last);

    abstract byte[] output();

    abstract Blake2 fresh();

    @Override
    public void update(byte[] in, int off, int len) {
        int block = buf.length;
        if (len == 0) {
            return;
        }
        int fill = block - buflen;
        if (len > fill) {
            System.arraycopy(in, off, buf, buflen, fill);
            buflen = 0;
            increment(block);
            compress(buf, 0, false);
            off += fill;
            len -= fill;
            while (len > block) {
                increment(block);
                compress(in, off, false);
                off += block;
                len -= block;
            }
        }
        System.arraycopy(in, off, buf, buflen, len);
        buflen += len;
    }

    @Override
    public byte[] digest() {
        Blake2 c = (Blake2) copy();
        c.increment(c.buflen);
        java.util.Arrays.fill(c.buf, c.buflen, c.buf.length, (byte) 0);
        c.compress(c.buf, 0, true);
        return java.util.Arrays.copyOf(c.output(), digestSize);
    }

    @Override
    public HashObject.Engine copy() {
        Blake2 c = fresh();
        System.arraycopy(buf, 0, c.buf, 0, buf.length);
        c.buflen = buflen;
        return c;
    }

    static long le64(byte[] b, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xff);
        }
        return v;
    }

    static int le32(byte[] b, int off) {
        return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8 | (b[off + 2] & 0xff) << 16 | (b[off + 3] & 0xff) << 24;
    }

    /** Feeds the zero-padded key block, as the first block, when there is a key. */
    void keyBlock(byte[] key) {
        if (key.length > 0) {
            byte[] block = new byte[buf.length];
            System.arraycopy(key, 0, block, 0, key.length);
            update(block, 0, block.length);
        }
    }

    static final class B extends Blake2 {
        static final long[] IV = {
            0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
            0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L,
        };
        final long[] h = new long[8];
        long t0;
        long t1;

        B(int digestSize, boolean lastNode) {
            super(128, digestSize, lastNode);
        }

        static B create(Params p) {
            B s = new B(p.digestSize(), p.lastNode());
            byte[] pb = new byte[64];
            pb[0] = (byte) p.digestSize();
            pb[1] = (byte) p.key().length;
            pb[2] = (byte) p.fanout();
            pb[3] = (byte) p.depth();
            for (int i = 0; i < 4; i++) {
                pb[4 + i] = (byte) (p.leafSize() >>> (8 * i));
            }
            for (int i = 0; i < 8; i++) {
                pb[8 + i] = (byte) (p.nodeOffset() >>> (8 * i));
            }
            pb[16] = (byte) p.nodeDepth();
            pb[17] = (byte) p.innerSize();
            System.arraycopy(p.salt(), 0, pb, 32, p.salt().length);
            System.arraycopy(p.person(), 0, pb, 48, p.person().length);
            for (int i = 0; i < 8; i++) {
                s.h[i] = IV[i] ^ le64(pb, 8 * i);
            }
            s.keyBlock(p.key());
            return s;
        }

        @Override
        void increment(int n) {
            t0 += n;
            if (Long.compareUnsigned(t0, n) < 0) {
                t1++;
            }
        }

        @Override
        void compress(byte[] b, int off, boolean last) {
            long[] m = new long[16];
            for (int i = 0; i < 16; i++) {
                m[i] = le64(b, off + 8 * i);
            }
            long[] v = new long[16];
            System.arraycopy(h, 0, v, 0, 8);
            System.arraycopy(IV, 0, v, 8, 8);
            v[12] ^= t0;
            v[13] ^= t1;
            if (last) {
                v[14] = ~v[14];
                if (lastNode) {
                    v[15] = ~v[15];
                }
            }
            for (int r = 0; r < 12; r++) {
                byte[] s = SIGMA[r % 10];
                g(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                g(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                g(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                g(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                g(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                g(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                g(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                g(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for (int i = 0; i < 8; i++) {
                h[i] ^= v[i] ^ v[i + 8];
            }
        }

        private static void g(long[] v, int a, int b, int c, int d, long x, long y) {
            v[a] = v[a] + v[b] + x;
            v[d] = Long.rotateRight(v[d] ^ v[a], 32);
            v[c] = v[c] + v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 24);
            v[a] = v[a] + v[b] + y;
            v[d] = Long.rotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 63);
        }

        @Override
        byte[] output() {
            byte[] out = new byte[64];
            for (int i = 0; i < 64; i++) {
                out[i] = (byte) (h[i >> 3] >>> (8 * (i & 7)));
            }
            return out;
        }

        @Override
        Blake2 fresh() {
            B c = new B(digestSize, lastNode);
            System.arraycopy(h, 0, c.h, 0, 8);
            c.t0 = t0;
            c.t1 = t1;
            return c;
        }
    }

    static final class S extends Blake2 {
        static final int[] IV = {
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
        };
        final int[] h = new int[8];
        int t0;
        int t1;

        S(int digestSize, boolean lastNode) {
            super(64, digestSize, lastNode);
        }

        static S create(Params p) {
            S s = new S(p.digestSize(), p.lastNode());
            byte[] pb = new byte[32];
            pb[0] = (byte) p.digestSize();
            pb[1] = (byte) p.key().length;
            pb[2] = (byte) p.fanout();
            pb[3] = (byte) p.depth();
            for (int i = 0; i < 4; i++) {
                pb[4 + i] = (byte) (p.leafSize() >>> (8 * i));
            }
            for (int i = 0; i < 6; i++) {
                pb[8 + i] = (byte) (p.nodeOffset() >>> (8 * i));
            }
            pb[14] = (byte) p.nodeDepth();
            pb[15] = (byte) p.innerSize();
            System.arraycopy(p.salt(), 0, pb, 16, p.salt().length);
            System.arraycopy(p.person(), 0, pb, 24, p.person().length);
            for (int i = 0; i < 8; i++) {
                s.h[i] = IV[i] ^ le32(pb, 4 * i);
            }
            s.keyBlock(p.key());
            return s;
        }

        @Override
        void increment(int n) {
            t0 += n;
            if (Integer.compareUnsigned(t0, n) < 0) {
                t1++;
            }
        }

        @Override
        void compress(byte[] b, int off, boolean last) {
            int[] m = new int[16];
            for (int i = 0; i < 16; i++) {
                m[i] = le32(b, off + 4 * i);
            }
            int[] v = new int[16];
            System.arraycopy(h, 0, v, 0, 8);
            System.arraycopy(IV, 0, v, 8, 8);
            v[12] ^= t0;
            v[13] ^= t1;
            if (last) {
                v[14] = ~v[14];
                if (lastNode) {
                    v[15] = ~v[15];
                }
            }
            for (int r = 0; r < 10; r++) {
                byte[] s = SIGMA[r];
                g(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                g(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                g(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                g(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                g(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                g(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                g(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                g(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for (int i = 0; i < 8; i++) {
                h[i] ^= v[i] ^ v[i + 8];
            }
        }

        private static void g(int[] v, int a, int b, int c, int d, int x, int y) {
            v[a] = v[a] + v[b] + x;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
            v[a] = v[a] + v[b] + y;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
            v[c] = v[c] + v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
        }

        @Override
        byte[] output() {
            byte[] out = new byte[32];
            for (int i = 0; i < 32; i++) {
                out[i] = (byte) (h[i >> 2] >>> (8 * (i & 3)));
            }
            return out;
        }

        @Override
        Blake2 fresh() {
            S c = new S(digestSize, lastNode);
            System.arraycopy(h, 0, c.h, 0, 8);
            c.t0 = t0;
            c.t1 = t1;
            return c;
        }
    }
}
