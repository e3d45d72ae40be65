package org.ember.modules.hash;

/**
 * The Keccak-f[1600] sponge behind SHA-3 and SHAKE (FIPS 202): absorb at {@code rate} bytes
 * per permutation, pad with the domain suffix, squeeze any number of bytes.
 */
final class Keccak implements HashObject.Engine {
    private static final long[] RC = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
    };
    private static final int[] ROTC = {1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44};
    private static final int[] PILN = {10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1};

    final int rate;
    final byte suffix;
    final int digestSize;
    private final long[] st;
    private int pos;

    Keccak(int rate, byte suffix, int digestSize) {
        this.rate = rate;
        this.suffix = suffix;
        this.digestSize = digestSize;
        this.st = new long[25];
    }

    private Keccak(Keccak o) {
        this.rate = o.rate;
        this.suffix = o.suffix;
        this.digestSize = o.digestSize;
        this.st = o.st.clone();
        this.pos = o.pos;
    }

    static void permute(long[] st) {
        long[] bc = new long[5];
        for (int round = 0; round < 24; round++) {
            for (int i = 0; i < 5; i++) {
                bc[i] = st[i] ^ st[i + 5] ^ st[i + 10] ^ st[i + 15] ^ st[i + 20];
            }
            for (int i = 0; i < 5; i++) {
                long t = bc[(i + 4) % 5] ^ Long.rotateLeft(bc[(i + 1) % 5], 1);
                for (int j = 0; j < 25; j += 5) {
                    st[j + i] ^= t;
                }
            }
            long t = st[1];
            for (int i = 0; i < 24; i++) {
                int j = PILN[i];
                long tmp = st[j];
                st[j] = Long.rotateLeft(t, ROTC[i]);
                t = tmp;
            }
            for (int j = 0; j < 25; j += 5) {
                for (int i = 0; i < 5; i++) {
                    bc[i] = st[j + i];
                }
                for (int i = 0; i < 5; i++) {
                    st[j + i] ^= (~bc[(i + 1) % 5]) & bc[(i + 2) % 5];
                }
            }
            st[0] ^= RC[round];
        }
    }

    private static void xorByte(long[] st, int i, int b) {
        st[i >> 3] ^= (long) (b & 0xff) << (8 * (i & 7));
    }

    @Override
    public void update(byte[] b, int off, int len) {
        for (int k = 0; k < len; k++) {
            xorByte(st, pos++, b[off + k]);
            if (pos == rate) {
                permute(st);
                pos = 0;
            }
        }
    }

    /** The first n output bytes of the sponge after padding (state unchanged). */
    byte[] squeeze(int n) {
        long[] s = st.clone();
        xorByte(s, pos, suffix);
        xorByte(s, rate - 1, 0x80);
        permute(s);
        byte[] out = new byte[n];
        int p = 0;
        for (int i = 0; i < n; i++) {
            if (p == rate) {
                permute(s);
                p = 0;
            }
            out[i] = (byte) (s[p >> 3] >>> (8 * (p & 7)));
            p++;
        }
        return out;
    }

    @Override
    public byte[] digest() {
        return squeeze(digestSize);
    }

    @Override
    public HashObject.Engine copy() {
        return new Keccak(this);
    }
}
