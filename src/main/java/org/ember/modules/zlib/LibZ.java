package org.ember.modules.zlib;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.ref.Cleaner;

import org.ember.objects.Err;

/**
 * The system zlib (libz.so.1, the library CPython's zlib module links to) through the JDK's
 * Foreign Function &amp; Memory API, so that compressed output is byte for byte CPython's and
 * every window size, memory level, strategy and flush mode is available.
 *
 * <p>A {@link Stream} owns a z_stream in native memory; it is ended and freed explicitly, or by
 * the cleaner when its Python object becomes unreachable.
 */
final class LibZ {
    private LibZ() {}

    static final int Z_OK = 0;
    static final int Z_STREAM_END = 1;
    static final int Z_NEED_DICT = 2;
    static final int Z_STREAM_ERROR = -2;
    static final int Z_DATA_ERROR = -3;
    static final int Z_MEM_ERROR = -4;
    static final int Z_BUF_ERROR = -5;
    static final int Z_VERSION_ERROR = -6;

    static final int Z_NO_FLUSH = 0;
    static final int Z_SYNC_FLUSH = 2;
    static final int Z_FINISH = 4;

    /** sizeof(z_stream) and field offsets on LP64 Linux. */
    static final long STREAM_SIZE = 112;
    static final long NEXT_IN = 0;
    static final long AVAIL_IN = 8;
    static final long NEXT_OUT = 24;
    static final long AVAIL_OUT = 32;
    static final long MSG = 48;

    /** Frees the native state of streams whose Python objects were collected (a JDK service thread). */
    static final Cleaner CLEANER = Cleaner.create();

    /** Method handles, bound when zlib is first used. */
    static final class H {
        private H() {}

        static final Linker LINKER = Linker.nativeLinker();
        static final SymbolLookup LIB = SymbolLookup.libraryLookup("libz.so.1", Arena.global());
        static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
        static final ValueLayout.OfLong L = ValueLayout.JAVA_LONG;
        static final ValueLayout P = ValueLayout.ADDRESS;

        static MethodHandle fn(String name, ValueLayout ret, ValueLayout... args) {
            MemorySegment sym = LIB.find(name).orElseThrow(() -> new UnsatisfiedLinkError("libz has no " + name));
            return LINKER.downcallHandle(sym, FunctionDescriptor.of(ret, args));
        }

        static final MethodHandle ZLIB_VERSION = fn("zlibVersion", P);
        static final MethodHandle DEFLATE_INIT2 = fn("deflateInit2_", I, P, I, I, I, I, I, P, I);
        static final MethodHandle DEFLATE = fn("deflate", I, P, I);
        static final MethodHandle DEFLATE_END = fn("deflateEnd", I, P);
        static final MethodHandle DEFLATE_COPY = fn("deflateCopy", I, P, P);
        static final MethodHandle DEFLATE_SET_DICTIONARY = fn("deflateSetDictionary", I, P, P, I);
        static final MethodHandle INFLATE_INIT2 = fn("inflateInit2_", I, P, I, P, I);
        static final MethodHandle INFLATE = fn("inflate", I, P, I);
        static final MethodHandle INFLATE_END = fn("inflateEnd", I, P);
        static final MethodHandle INFLATE_COPY = fn("inflateCopy", I, P, P);
        static final MethodHandle INFLATE_SET_DICTIONARY = fn("inflateSetDictionary", I, P, P, I);
        static final MemorySegment VERSION = version();

        private static MemorySegment version() {
            try {
                return ((MemorySegment) ZLIB_VERSION.invokeExact()).reinterpret(64);
            } catch (Throwable t) {
                throw new UnsatisfiedLinkError("zlibVersion: " + t);
            }
        }
    }

    /** Loads the library; false when it cannot be used. */
    static boolean available() {
        try {
            return H.VERSION != null;
        } catch (Throwable t) {
            return false;
        }
    }

    static String version() {
        return H.VERSION.getString(0);
    }

    private static RuntimeException fail(Throwable t) {
        if (t instanceof RuntimeException re) {
            return re;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return Err.internal(t);
    }

    /** One z_stream (deflate or inflate) in native memory. */
    static final class Stream implements Runnable {
        final boolean deflate;
        final Arena arena = Arena.ofShared();
        final MemorySegment zst;
        boolean initialised;
        private boolean freed;

        Stream(boolean deflate) {
            this.deflate = deflate;
            this.zst = arena.allocate(STREAM_SIZE, 8);
        }

        int deflateInit(int level, int method, int wbits, int memLevel, int strategy) {
            try {
                return (int) H.DEFLATE_INIT2.invokeExact(zst, level, method, wbits, memLevel, strategy, H.VERSION,
                        (int) STREAM_SIZE);
            } catch (Throwable t) {
                throw fail(t);
            }
        }

        int inflateInit(int wbits) {
            try {
                return (int) H.INFLATE_INIT2.invokeExact(zst, wbits, H.VERSION, (int) STREAM_SIZE);
            } catch (Throwable t) {
                throw fail(t);
            }
        }

        int deflate(int flush) {
            try {
                return (int) H.DEFLATE.invokeExact(zst, flush);
            } catch (Throwable t) {
                throw fail(t);
            }
        }

        int inflate(int flush) {
            try {
                return (int) H.INFLATE.invokeExact(zst, flush);
            } catch (Throwable t) {
                throw fail(t);
            }
        }

        /** deflateEnd or inflateEnd. */
        int end() {
            try {
                return deflate ? (int) H.DEFLATE_END.invokeExact(zst) : (int) H.INFLATE_END.invokeExact(zst);
            } catch (Throwable t) {
                throw fail(t);
            }
        }

        /** deflateCopy / inflateCopy into dest. */
        int copyTo(Stream dest) {
            try {
                return deflate ? (int) H.DEFLATE_COPY.invokeExact(dest.zst, zst)
                        : (int) H.INFLATE_COPY.invokeExact(dest.zst, zst);
            } catch (Throwable t) {
                throw fail(t);
            }
        }

        int setDictionary(byte[] dict) {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment d = a.allocate(Math.max(1, dict.length));
                MemorySegment.copy(dict, 0, d, ValueLayout.JAVA_BYTE, 0, dict.length);
                return deflate ? (int) H.DEFLATE_SET_DICTIONARY.invokeExact(zst, d, dict.length)
                        : (int) H.INFLATE_SET_DICTIONARY.invokeExact(zst, d, dict.length);
            } catch (Throwable t) {
                throw fail(t);
            }
        }

        void setInput(MemorySegment in, long len) {
            zst.set(ValueLayout.ADDRESS, NEXT_IN, in);
            zst.set(ValueLayout.JAVA_INT, AVAIL_IN, (int) len);
        }

        long nextIn() {
            return zst.get(ValueLayout.ADDRESS, NEXT_IN).address();
        }

        int availIn() {
            return zst.get(ValueLayout.JAVA_INT, AVAIL_IN);
        }

        void setAvailIn(int n) {
            zst.set(ValueLayout.JAVA_INT, AVAIL_IN, n);
        }

        void setOutput(MemorySegment out, long len) {
            zst.set(ValueLayout.ADDRESS, NEXT_OUT, out);
            zst.set(ValueLayout.JAVA_INT, AVAIL_OUT, (int) len);
        }

        long nextOut() {
            return zst.get(ValueLayout.ADDRESS, NEXT_OUT).address();
        }

        int availOut() {
            return zst.get(ValueLayout.JAVA_INT, AVAIL_OUT);
        }

        /** zst.msg, or null. */
        String msg() {
            MemorySegment m = zst.get(ValueLayout.ADDRESS, MSG);
            if (m.address() == 0) {
                return null;
            }
            return m.reinterpret(4096).getString(0);
        }

        /** Cleaner action: end the stream and free its memory. */
        @Override
        public synchronized void run() {
            if (freed) {
                return;
            }
            freed = true;
            if (initialised) {
                initialised = false;
                end();
            }
            arena.close();
        }
    }
}
