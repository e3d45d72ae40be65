package org.ember.modules.zlib;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

import org.ember.modules.BytesArg;
import org.ember.modules.ClinicArgs;
import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyBytes;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;
import org.ember.runtime.Interpreter;

/**
 * The zlib module (CPython's Modules/zlibmodule.c) over the system zlib: one-shot
 * compress/decompress, Compress and Decompress objects with CPython's buffer management
 * (so max_length, unconsumed_tail and unused_data behave identically), crc32 and adler32.
 */
public final class ZlibModule {
    private ZlibModule() {}

    static final int DEFLATED = 8;
    static final int DEF_BUF_SIZE = 16384;
    static final int DEF_MEM_LEVEL = 8;
    static final int MAX_WBITS = 15;
    static final long UINT_MAX = 0xffffffffL;

    public static final PyType ERROR = PyType.builtin("error", PyBaseException.class,
            t -> t.base(PyExc.Exception).module("zlib").flags(PyType.BASETYPE | PyType.HAS_DICT));

    /** zlib_error: "Error %d %s[: %s]" from zlib's message or a description of the code. */
    static PyException zlibError(LibZ.Stream s, int err, String msg) {
        String zmsg = null;
        if (err == LibZ.Z_VERSION_ERROR) {
            zmsg = "library version mismatch";
        }
        if (zmsg == null) {
            zmsg = s.msg();
        }
        if (zmsg == null) {
            switch (err) {
                case LibZ.Z_BUF_ERROR -> zmsg = "incomplete or truncated stream";
                case LibZ.Z_STREAM_ERROR -> zmsg = "inconsistent stream state";
                case LibZ.Z_DATA_ERROR -> zmsg = "invalid input data";
                default -> {
                }
            }
        }
        if (zmsg == null) {
            return Err.format(ERROR, "Error %d %s", err, msg);
        }
        if (zmsg.length() > 200) {
            zmsg = zmsg.substring(0, 200);
        }
        return Err.format(ERROR, "Error %d %s: %s", err, msg, zmsg);
    }

    // ---- native buffers -------------------------------------------------------------------------

    /** A native copy of input bytes. */
    static MemorySegment input(Arena arena, byte[] b, int off, int len) {
        MemorySegment in = arena.allocate(Math.max(1, len));
        MemorySegment.copy(b, off, in, ValueLayout.JAVA_BYTE, 0, len);
        return in;
    }

    /** The output buffer of one call, grown as CPython's arrange_output_buffer_with_maximum. */
    static final class Out {
        final Arena arena;
        MemorySegment buf;

        Out(Arena arena) {
            this.arena = arena;
        }

        /** The new buffer length, or -2 when the buffer is full at max. */
        long arrange(LibZ.Stream s, long length, long max) {
            long occupied;
            if (buf == null) {
                buf = arena.allocate(Math.max(1, length));
                occupied = 0;
            } else {
                occupied = s.nextOut() - buf.address();
                if (length == occupied) {
                    if (length == max) {
                        return -2;
                    }
                    long newLength = length <= (max >> 1) ? length << 1 : max;
                    if (newLength > Integer.MAX_VALUE - 16) {
                        throw Err.memory();
                    }
                    MemorySegment nb = arena.allocate(newLength);
                    MemorySegment.copy(buf, 0, nb, 0, occupied);
                    buf = nb;
                    length = newLength;
                }
            }
            s.setOutput(buf.asSlice(occupied), Math.min(length - occupied, UINT_MAX));
            return length;
        }

        long arrange(LibZ.Stream s, long length) {
            long r = arrange(s, length, Long.MAX_VALUE);
            if (r == -2) {
                throw Err.memory();
            }
            return r;
        }

        PyBytes result(LibZ.Stream s) {
            if (buf == null) {
                return PyBytes.EMPTY;
            }
            long n = s.nextOut() - buf.address();
            return PyBytes.of(buf.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE));
        }
    }

    // ---- one-shot functions ---------------------------------------------------------------------

    static PyObject compress(byte[] data, int level, int wbits) {
        LibZ.Stream s = new LibZ.Stream(true);
        try (Arena arena = Arena.ofConfined()) {
            int err = s.deflateInit(level, DEFLATED, wbits, DEF_MEM_LEVEL, 0);
            switch (err) {
                case LibZ.Z_OK -> s.initialised = true;
                case LibZ.Z_MEM_ERROR -> throw Err.format(PyExc.MemoryError, "Out of memory while compressing data");
                case LibZ.Z_STREAM_ERROR -> throw Err.format(ERROR, "Bad compression level");
                default -> {
                    s.end();
                    throw zlibError(s, err, "while compressing data");
                }
            }
            MemorySegment in = input(arena, data, 0, data.length);
            s.setInput(in, data.length);
            Out out = new Out(arena);
            long obuflen = DEF_BUF_SIZE;
            do {
                obuflen = out.arrange(s, obuflen);
                err = s.deflate(LibZ.Z_FINISH);
                if (err == LibZ.Z_STREAM_ERROR) {
                    s.end();
                    s.initialised = false;
                    throw zlibError(s, err, "while compressing data");
                }
            } while (s.availOut() == 0);
            if (err != LibZ.Z_STREAM_END) {
                throw zlibError(s, err, "while finishing compression");
            }
            PyBytes r = out.result(s);
            s.initialised = false;
            err = s.end();
            if (err != LibZ.Z_OK) {
                throw zlibError(s, err, "while finishing compression");
            }
            return r;
        } finally {
            s.run();
        }
    }

    static PyObject decompress(byte[] data, int wbits, long bufsize) {
        if (bufsize < 0) {
            throw Err.value("bufsize must be non-negative");
        } else if (bufsize == 0) {
            bufsize = 1;
        }
        LibZ.Stream s = new LibZ.Stream(false);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment in = input(arena, data, 0, data.length);
            s.setInput(in, data.length);
            int err = s.inflateInit(wbits);
            switch (err) {
                case LibZ.Z_OK -> s.initialised = true;
                case LibZ.Z_MEM_ERROR -> throw Err.format(PyExc.MemoryError, "Out of memory while decompressing data");
                default -> {
                    s.end();
                    throw zlibError(s, err, "while preparing to decompress data");
                }
            }
            Out out = new Out(arena);
            long obuflen = bufsize;
            // The whole input is available at once, so one pass with Z_FINISH suffices.
            do {
                obuflen = out.arrange(s, obuflen);
                err = s.inflate(LibZ.Z_FINISH);
                switch (err) {
                    case LibZ.Z_OK, LibZ.Z_BUF_ERROR, LibZ.Z_STREAM_END -> {
                    }
                    case LibZ.Z_MEM_ERROR -> {
                        throw Err.format(PyExc.MemoryError, "Out of memory while decompressing data");
                    }
                    default -> {
                        s.initialised = false;
                        s.end();
                        throw zlibError(s, err, "while decompressing data");
                    }
                }
            } while (s.availOut() == 0);
            if (err != LibZ.Z_STREAM_END) {
                s.initialised = false;
                s.end();
                throw zlibError(s, err, "while decompressing data");
            }
            PyBytes r = out.result(s);
            s.initialised = false;
            err = s.end();
            if (err != LibZ.Z_OK) {
                throw zlibError(s, err, "while finishing decompression");
            }
            return r;
        } finally {
            s.run();
        }
    }

    // ---- Compress -------------------------------------------------------------------------------

    /** zlib.Compress. */
    static final class PyCompress extends PyObject {
        static final PyType TYPE = PyType.builtin("Compress", PyCompress.class, PyCompress::define);

        final LibZ.Stream s;

        PyCompress(LibZ.Stream s) {
            super(TYPE);
            this.s = s;
            LibZ.CLEANER.register(this, s);
        }

        PyObject compress(byte[] data) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment in = input(arena, data, 0, data.length);
                s.setInput(in, data.length);
                Out out = new Out(arena);
                long obuflen = DEF_BUF_SIZE;
                do {
                    do {
                        obuflen = out.arrange(s, obuflen);
                        int err = s.deflate(LibZ.Z_NO_FLUSH);
                        if (err == LibZ.Z_STREAM_ERROR) {
                            throw zlibError(s, err, "while compressing data");
                        }
                    } while (s.availOut() == 0);
                } while (s.availIn() != 0);
                return out.result(s);
            }
        }

        PyObject flush(int mode) {
            if (mode == LibZ.Z_NO_FLUSH) {
                return PyBytes.EMPTY;
            }
            try (Arena arena = Arena.ofConfined()) {
                s.setAvailIn(0);
                Out out = new Out(arena);
                long length = DEF_BUF_SIZE;
                int err;
                do {
                    length = out.arrange(s, length);
                    err = s.deflate(mode);
                    if (err == LibZ.Z_STREAM_ERROR) {
                        throw zlibError(s, err, "while flushing");
                    }
                } while (s.availOut() == 0);
                if (err == LibZ.Z_STREAM_END && mode == LibZ.Z_FINISH) {
                    PyBytes r = out.result(s);
                    err = s.end();
                    if (err != LibZ.Z_OK) {
                        throw zlibError(s, err, "while finishing compression");
                    }
                    s.initialised = false;
                    return r;
                } else if (err != LibZ.Z_OK && err != LibZ.Z_BUF_ERROR) {
                    throw zlibError(s, err, "while flushing");
                }
                return out.result(s);
            }
        }

        PyObject copy() {
            if (!s.initialised) {
                throw Err.value("Inconsistent stream state");
            }
            LibZ.Stream c = new LibZ.Stream(true);
            int err = s.copyTo(c);
            switch (err) {
                case LibZ.Z_OK -> {
                }
                case LibZ.Z_STREAM_ERROR -> {
                    c.run();
                    throw Err.value("Inconsistent stream state");
                }
                case LibZ.Z_MEM_ERROR -> {
                    c.run();
                    throw Err.format(PyExc.MemoryError, "Can't allocate memory for compression object");
                }
                default -> {
                    c.run();
                    throw zlibError(s, err, "while copying compression object");
                }
            }
            c.initialised = true;
            return new PyCompress(c);
        }

        private static void define(PyType t) {
            t.module("zlib");
            t.flags(PyType.DISALLOW_INSTANTIATION);
            t.method1("compress", (self, d) -> ((PyCompress) self).compress(BytesArg.copy(d)));
            t.methodV("flush", (self, args, kw) -> {
                PyObject[] a = FLUSH.bind(args, kw);
                return ((PyCompress) self).flush(cInt(a[0]));
            });
            t.method0("copy", self -> ((PyCompress) self).copy());
            t.method0("__copy__", self -> ((PyCompress) self).copy());
            t.method1("__deepcopy__", (self, memo) -> ((PyCompress) self).copy());
        }

        private static final ArgParser FLUSH = new ArgParser("flush", "mode=4, /");
    }

    // ---- Decompress -----------------------------------------------------------------------------

    /** zlib.Decompress. */
    static final class PyDecompress extends PyObject {
        static final PyType TYPE = PyType.builtin("Decompress", PyDecompress.class, PyDecompress::define);

        final LibZ.Stream s;
        PyObject zdict;
        PyBytes unusedData = PyBytes.EMPTY;
        PyBytes unconsumedTail = PyBytes.EMPTY;
        boolean eof;

        PyDecompress(LibZ.Stream s, PyObject zdict) {
            super(TYPE);
            this.s = s;
            this.zdict = zdict;
            LibZ.CLEANER.register(this, s);
        }

        void setZdict() {
            byte[] d = BytesArg.copy(zdict);
            int err = s.setDictionary(d);
            if (err != LibZ.Z_OK) {
                throw zlibError(s, err, "while setting zdict");
            }
        }

        /** save_unconsumed_input: leftover input after the end goes to unused_data, else to unconsumed_tail. */
        private void saveUnconsumed(byte[] data, MemorySegment in, int err) {
            if (err == LibZ.Z_STREAM_END) {
                int avail = s.availIn();
                if (avail > 0) {
                    int start = (int) (s.nextIn() - in.address());
                    byte[] old = unusedData.bytes();
                    byte[] n = java.util.Arrays.copyOf(old, old.length + avail);
                    System.arraycopy(data, start, n, old.length, avail);
                    unusedData = PyBytes.of(n);
                    s.setAvailIn(0);
                }
            }
            if (s.availIn() > 0 || unconsumedTail.size() > 0) {
                int start = (int) (s.nextIn() - in.address());
                unconsumedTail = PyBytes.of(java.util.Arrays.copyOfRange(data, start, data.length));
            }
        }

        PyObject decompress(byte[] data, long maxLength) {
            long hardLimit;
            if (maxLength < 0) {
                throw Err.value("max_length must be non-negative");
            } else if (maxLength == 0) {
                hardLimit = Long.MAX_VALUE;
            } else {
                hardLimit = maxLength;
            }
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment in = input(arena, data, 0, data.length);
                s.setInput(in, data.length);
                long obuflen = DEF_BUF_SIZE;
                if (maxLength > 0 && obuflen > maxLength) {
                    obuflen = maxLength;
                }
                Out out = new Out(arena);
                int err = LibZ.Z_OK;
                // The whole input is available at once: one pass of CPython's input loop.
                save:
                do {
                    obuflen = out.arrange(s, obuflen, hardLimit);
                    if (obuflen == -2) {
                        if (maxLength > 0) {
                            break save;
                        }
                        throw Err.memory();
                    }
                    err = s.inflate(LibZ.Z_SYNC_FLUSH);
                    switch (err) {
                        case LibZ.Z_OK, LibZ.Z_BUF_ERROR, LibZ.Z_STREAM_END -> {
                        }
                        default -> {
                            if (err == LibZ.Z_NEED_DICT && zdict != null) {
                                setZdict();
                            } else {
                                break save;
                            }
                        }
                    }
                } while (s.availOut() == 0 || err == LibZ.Z_NEED_DICT);
                saveUnconsumed(data, in, err);
                if (err == LibZ.Z_STREAM_END) {
                    eof = true;
                } else if (err != LibZ.Z_OK && err != LibZ.Z_BUF_ERROR) {
                    throw zlibError(s, err, "while decompressing data");
                }
                return out.result(s);
            }
        }

        PyObject flush(long length) {
            if (length <= 0) {
                throw Err.value("length must be greater than zero");
            }
            byte[] data = unconsumedTail.bytes();
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment in = input(arena, data, 0, data.length);
                s.setInput(in, data.length);
                Out out = new Out(arena);
                int err = LibZ.Z_OK;
                save:
                do {
                    length = out.arrange(s, length);
                    err = s.inflate(LibZ.Z_FINISH);
                    switch (err) {
                        case LibZ.Z_OK, LibZ.Z_BUF_ERROR, LibZ.Z_STREAM_END -> {
                        }
                        default -> {
                            if (err == LibZ.Z_NEED_DICT && zdict != null) {
                                setZdict();
                            } else {
                                break save;
                            }
                        }
                    }
                } while (s.availOut() == 0 || err == LibZ.Z_NEED_DICT);
                saveUnconsumed(data, in, err);
                PyBytes r = out.result(s);
                if (err == LibZ.Z_STREAM_END) {
                    eof = true;
                    s.initialised = false;
                    err = s.end();
                    if (err != LibZ.Z_OK) {
                        throw zlibError(s, err, "while finishing decompression");
                    }
                }
                return r;
            }
        }

        PyObject copy() {
            if (!s.initialised) {
                throw Err.value("Inconsistent stream state");
            }
            LibZ.Stream c = new LibZ.Stream(false);
            int err = s.copyTo(c);
            switch (err) {
                case LibZ.Z_OK -> {
                }
                case LibZ.Z_STREAM_ERROR -> {
                    c.run();
                    throw Err.value("Inconsistent stream state");
                }
                case LibZ.Z_MEM_ERROR -> {
                    c.run();
                    throw Err.format(PyExc.MemoryError, "Can't allocate memory for decompression object");
                }
                default -> {
                    c.run();
                    throw zlibError(s, err, "while copying decompression object");
                }
            }
            c.initialised = true;
            PyDecompress d = new PyDecompress(c, zdict);
            d.unusedData = unusedData;
            d.unconsumedTail = unconsumedTail;
            d.eof = eof;
            return d;
        }

        private static final ArgParser DECOMPRESS = new ArgParser("decompress", "data, /, max_length=0");
        private static final ArgParser FLUSH = new ArgParser("flush", "length=16384, /");

        private static void define(PyType t) {
            t.module("zlib");
            t.flags(PyType.DISALLOW_INSTANTIATION);
            t.methodV("decompress", (self, args, kw) -> {
                PyObject[] a = DECOMPRESS.bind(args, kw);
                byte[] d = BytesArg.copy(a[0]);
                return ((PyDecompress) self).decompress(d, ssize(a[1]));
            });
            t.methodV("flush", (self, args, kw) -> {
                PyObject[] a = FLUSH.bind(args, kw);
                return ((PyDecompress) self).flush(ssize(a[0]));
            });
            t.method0("copy", self -> ((PyDecompress) self).copy());
            t.method0("__copy__", self -> ((PyDecompress) self).copy());
            t.method1("__deepcopy__", (self, memo) -> ((PyDecompress) self).copy());
            t.getset("unused_data", self -> ((PyDecompress) self).unusedData);
            t.getset("unconsumed_tail", self -> ((PyDecompress) self).unconsumedTail);
            t.getset("eof", self -> Py.bool(((PyDecompress) self).eof));
        }
    }

    // ---- arguments ------------------------------------------------------------------------------

    static int cInt(PyObject o) {
        return ClinicArgs.cInt(o);
    }

    static long ssize(PyObject o) {
        return ClinicArgs.ssize(o);
    }

    static int bitwiseUInt(PyObject o) {
        return ClinicArgs.bitwiseUInt(o);
    }

    static int adler32(int value, byte[] b) {
        long s1 = value & 0xffff;
        long s2 = (value >>> 16) & 0xffff;
        int i = 0;
        while (i < b.length) {
            int n = Math.min(5552, b.length - i);
            for (int k = 0; k < n; k++) {
                s1 += b[i++] & 0xff;
                s2 += s1;
            }
            s1 %= 65521;
            s2 %= 65521;
        }
        return (int) ((s2 << 16) | s1);
    }

    private static final NativeFunction[] FUNCTIONS = {
        NativeFunction.of("adler32", "data, value=1, /", (m, a) ->
                PyInt.of(adler32(bitwiseUInt(a[1]), BytesArg.copy(a[0])) & 0xffffffffL)),
        NativeFunction.of("compress", "data, /, level=-1, wbits=15", (m, a) ->
                compress(BytesArg.copy(a[0]), cInt(a[1]), cInt(a[2]))),
        NativeFunction.of("compressobj", "level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=NULL", (m, a) -> {
            int level = cInt(a[0]);
            int method = cInt(a[1]);
            int wbits = cInt(a[2]);
            int memLevel = cInt(a[3]);
            int strategy = cInt(a[4]);
            byte[] zdict = a[5] == null || a[5] == Py.None ? null : BytesArg.copy(a[5]);
            LibZ.Stream s = new LibZ.Stream(true);
            int err = s.deflateInit(level, method, wbits, memLevel, strategy);
            switch (err) {
                case LibZ.Z_OK -> {
                    s.initialised = true;
                    PyCompress c = new PyCompress(s);
                    if (zdict != null) {
                        err = s.setDictionary(zdict);
                        if (err == LibZ.Z_STREAM_ERROR) {
                            throw Err.value("Invalid dictionary");
                        } else if (err != LibZ.Z_OK) {
                            throw Err.value("deflateSetDictionary()");
                        }
                    }
                    return c;
                }
                case LibZ.Z_MEM_ERROR -> {
                    s.run();
                    throw Err.format(PyExc.MemoryError, "Can't allocate memory for compression object");
                }
                case LibZ.Z_STREAM_ERROR -> {
                    s.run();
                    throw Err.value("Invalid initialization option");
                }
                default -> {
                    PyException e = zlibError(s, err, "while creating compression object");
                    s.run();
                    throw e;
                }
            }
        }),
        NativeFunction.of("crc32", "data, value=0, /", (m, a) -> {
            byte[] b = BytesArg.copy(a[0]);
            return PyInt.of(org.ember.modules.BinasciiModule.crc32(bitwiseUInt(a[1]), b, 0, b.length) & 0xffffffffL);
        }),
        NativeFunction.of("decompress", "data, /, wbits=15, bufsize=16384", (m, a) ->
                decompress(BytesArg.copy(a[0]), cInt(a[1]), ssize(a[2]))),
        NativeFunction.of("decompressobj", "wbits=15, zdict=NULL", (m, a) -> {
            int wbits = cInt(a[0]);
            PyObject zdict = a[1];
            if (zdict != null && !BytesArg.check(zdict)) {
                throw Err.type("zdict argument must support the buffer protocol");
            }
            LibZ.Stream s = new LibZ.Stream(false);
            int err = s.inflateInit(wbits);
            switch (err) {
                case LibZ.Z_OK -> {
                    s.initialised = true;
                    PyDecompress d = new PyDecompress(s, zdict);
                    if (zdict != null && wbits < 0) {
                        d.setZdict();
                    }
                    return d;
                }
                case LibZ.Z_STREAM_ERROR -> {
                    s.run();
                    throw Err.value("Invalid initialization option");
                }
                case LibZ.Z_MEM_ERROR -> {
                    s.run();
                    throw Err.format(PyExc.MemoryError, "Can't allocate memory for decompression object");
                }
                default -> {
                    PyException e = zlibError(s, err, "while creating decompression object");
                    s.run();
                    throw e;
                }
            }
        }),
    };

    public static PyModule create(Interpreter interp) {
        if (!LibZ.available()) {
            throw Err.format(PyExc.ImportError, "zlib is not available: the system library libz.so.1 was not found");
        }
        PyType.ready(ERROR, PyCompress.TYPE, PyDecompress.TYPE);
        PyModule m = new PyModule("zlib");
        m.put("__doc__", PyStr.of(DOC));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        m.put("error", ERROR);
        String v = LibZ.version();
        m.put("MAX_WBITS", PyInt.of(MAX_WBITS));
        m.put("DEFLATED", PyInt.of(DEFLATED));
        m.put("DEF_MEM_LEVEL", PyInt.of(DEF_MEM_LEVEL));
        m.put("DEF_BUF_SIZE", PyInt.of(DEF_BUF_SIZE));
        m.put("Z_NO_COMPRESSION", PyInt.of(0));
        m.put("Z_BEST_SPEED", PyInt.of(1));
        m.put("Z_BEST_COMPRESSION", PyInt.of(9));
        m.put("Z_DEFAULT_COMPRESSION", PyInt.of(-1));
        m.put("Z_FILTERED", PyInt.of(1));
        m.put("Z_HUFFMAN_ONLY", PyInt.of(2));
        m.put("Z_RLE", PyInt.of(3));
        m.put("Z_FIXED", PyInt.of(4));
        m.put("Z_DEFAULT_STRATEGY", PyInt.of(0));
        m.put("Z_NO_FLUSH", PyInt.of(0));
        m.put("Z_PARTIAL_FLUSH", PyInt.of(1));
        m.put("Z_SYNC_FLUSH", PyInt.of(2));
        m.put("Z_FULL_FLUSH", PyInt.of(3));
        m.put("Z_FINISH", PyInt.of(4));
        m.put("Z_BLOCK", PyInt.of(5));
        m.put("Z_TREES", PyInt.of(6));
        m.put("ZLIB_VERSION", PyStr.of(v));
        m.put("ZLIB_RUNTIME_VERSION", PyStr.of(v));
        return m;
    }

    private static final String DOC = "The functions in this module allow compression and decompression using the\n"
            + "zlib library, which is based on GNU zip.\n\n"
            + "adler32(string[, start]) -- Compute an Adler-32 checksum.\n"
            + "compress(data[, level]) -- Compress data, with compression level 0-9 or -1.\n"
            + "compressobj([level[, ...]]) -- Return a compressor object.\n"
            + "crc32(string[, start]) -- Compute a CRC-32 checksum.\n"
            + "decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\n"
            + "decompressobj([wbits[, zdict]]) -- Return a decompressor object.\n\n"
            + "'wbits' is window buffer size and container format.\n"
            + "Compressor objects support compress() and flush() methods; decompressor\n"
            + "objects support decompress() and flush().";
}
