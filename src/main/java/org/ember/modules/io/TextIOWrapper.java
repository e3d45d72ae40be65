package org.ember.modules.io;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.CompareOp;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;
import org.ember.objects.Warnings;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/**
 * _io.TextIOWrapper: character and line based I/O over a buffered binary stream, with
 * encoding, newline translation, line buffering and CPython's opaque tell()/seek() cookies.
 */
public final class TextIOWrapper extends IOBase {
    public static final PyType TYPE = PyType.builtin("TextIOWrapper", TextIOWrapper.class, TextIOWrapper::define);

    PyObject buffer;
    /** buffer when it is an exact builtin buffered object (Java fast path). */
    Buffered bufferJ;
    /** The raw FileIO under an exact builtin buffer, for fast closed checks. */
    FileIO rawFile;
    boolean ok;
    boolean detached;
    PyObject encoding = Py.None;
    PyObject errors = Py.None;
    TextCodec.Codec codec;
    /** The codec decoder (inside nld when reading with universal newlines); null when not readable. */
    TextCodec.Decoder decoder;
    IncrementalNewlineDecoder nld;
    TextCodec.Encoder encoder;
    boolean readuniversal;
    boolean readtranslate;
    String readnl;
    boolean writetranslate;
    String writenl;
    boolean lineBuffering;
    boolean writeThrough;
    boolean seekable;
    boolean telling;
    boolean hasRead1;
    boolean finalizing;
    boolean encodingStartOfStream;
    int chunkSize = 8192;
    /** Decoded text not yet returned, and how much of it (in chars) has been used. */
    String decodedChars;
    int decodedUsed;
    /** (decoder flags, next input) at the start of the current chunk, or null. */
    long snapshotFlags;
    byte[] snapshotInput;
    double b2cratio;
    ByteArrayOutputStream pending;

    public TextIOWrapper(PyType type) {
        super(type);
    }

    // ---- initialisation ---------------------------------------------------------------------------

    void init(PyObject buf, PyObject encodingObj, PyObject errorsObj, PyObject newlineObj, boolean lineBuf,
            boolean writeThru) {
        ok = false;
        detached = false;
        String newline = null;
        if (newlineObj != Py.None) {
            newline = ((PyStr) newlineObj).value;
            validateNewline(newline);
        }
        Interpreter interp = ThreadState.current().interp;
        String enc;
        if (encodingObj == Py.None && IoModule.warnDefaultEncoding(interp)) {
            Warnings.warn(PyExc.EncodingWarning, "'encoding' argument not specified", 1);
        }
        if (encodingObj == Py.None && interp.config.utf8Mode) {
            enc = "utf-8";
        } else if (encodingObj == Py.None || ((PyStr) encodingObj).value.equals("locale")) {
            enc = IoModule.localeEncoding(interp);
        } else {
            enc = ((PyStr) encodingObj).value;
            if (enc.indexOf('\0') >= 0) {
                throw Err.value("embedded null character");
            }
        }
        encoding = PyStr.of(enc);
        if (errorsObj == Py.None) {
            errorsObj = PyStr.of("strict");
        } else if (!(errorsObj instanceof PyStr)) {
            throw Err.type("TextIOWrapper() argument 'errors' must be str or None, not %s", Err.tn(errorsObj));
        }
        errors = errorsObj;
        codec = TextCodec.lookupText(enc);
        chunkSize = 8192;
        decodedChars = null;
        decodedUsed = 0;
        pending = null;
        snapshotInput = null;
        decoder = null;
        nld = null;
        encoder = null;
        setNewline(newline);
        lineBuffering = lineBuf;
        writeThrough = writeThru;
        buffer = buf;
        PyType bt = buf.type;
        bufferJ = bt == BufferedReader.TYPE || bt == BufferedWriter.TYPE || bt == BufferedRandom.TYPE ? (Buffered) buf
                : null;
        rawFile = bufferJ != null && bufferJ.rawFile != null ? bufferJ.rawFile : null;
        setDecoder();
        setEncoder();
        seekable = telling = Abstract.isTrue(Abstract.callMethod(buffer, "seekable"));
        hasRead1 = Abstract.lookupAttr(buffer, "read1") != null;
        encodingStartOfStream = false;
        fixEncoderState();
        ok = true;
    }

    static void validateNewline(String newline) {
        if (!newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r") && !newline.equals("\r\n")) {
            throw Err.value("illegal newline value: %s", newline);
        }
    }

    void setNewline(String newline) {
        readnl = newline;
        readuniversal = newline == null || newline.isEmpty();
        readtranslate = newline == null;
        writetranslate = newline == null || !newline.isEmpty();
        writenl = null;
        if (!readuniversal && readnl != null) {
            writenl = readnl.equals("\n") ? null : readnl;
        }
    }

    void setDecoder() {
        decoder = null;
        nld = null;
        if (Abstract.isTrue(Abstract.callMethod(buffer, "readable"))) {
            decoder = codec.decoder(((PyStr) errors).value);
            if (readuniversal) {
                nld = IncrementalNewlineDecoder.over(decoder, readtranslate);
            }
        }
    }

    void setEncoder() {
        encoder = null;
        if (Abstract.isTrue(Abstract.callMethod(buffer, "writable"))) {
            encoder = codec.encoder(((PyStr) errors).value);
        }
    }

    void fixEncoderState() {
        if (!seekable || encoder == null) {
            return;
        }
        encodingStartOfStream = true;
        PyObject cookie = bufTell();
        if (!Abstract.richCompareBool(cookie, PyInt.ZERO, CompareOp.EQ)) {
            encodingStartOfStream = false;
            encoder.setStateZero();
        }
    }

    // ---- checks -------------------------------------------------------------------------------------

    void checkAttached() {
        if (!ok) {
            if (detached) {
                throw Err.value("underlying buffer has been detached");
            }
            throw Err.value("I/O operation on uninitialized object");
        }
    }

    boolean closedState() {
        if (type == TYPE) {
            if (rawFile != null) {
                return rawFile.fd < 0;
            }
            return Abstract.isTrue(Abstract.getAttr(buffer, S_CLOSED));
        }
        return Abstract.isTrue(Abstract.getAttr(this, S_CLOSED));
    }

    @Override
    boolean isClosedJava() {
        checkAttached();
        return rawFile != null ? rawFile.fd < 0 : Abstract.isTrue(Abstract.getAttr(buffer, S_CLOSED));
    }

    void checkClosed() {
        if (closedState()) {
            throw IoModule.closedFile();
        }
    }

    // ---- buffer calls -----------------------------------------------------------------------------

    PyObject bufTell() {
        return bufferJ != null ? bufferJ.tell() : Abstract.callMethod(buffer, "tell");
    }

    PyObject bufFlush() {
        if (bufferJ != null) {
            return bufferJ.writable ? bufferJ.flush() : bufferJ.simpleFlush();
        }
        return Abstract.callMethod(buffer, S_FLUSH);
    }

    void bufWrite(byte[] b) {
        while (true) {
            try {
                if (bufferJ != null) {
                    bufferJ.write(b);
                } else {
                    Abstract.callMethod(buffer, S_WRITE, PyBytes.of(b));
                }
                return;
            } catch (PyException e) {
                if (!isEintr(e)) {
                    throw e;
                }
            }
        }
    }

    byte[] bufReadChunk(int size) {
        PyObject r;
        if (bufferJ != null && bufferJ.readable) {
            r = bufferJ.read1(size);
        } else {
            r = Abstract.callMethod(buffer, hasRead1 ? "read1" : "read", PyInt.of(size));
        }
        if (r instanceof PyBytes b) {
            return b.bytes();
        }
        if (r instanceof org.ember.objects.BufferProtocol bp) {
            return bp.toByteArray();
        }
        throw Err.type("underlying %s() should have returned a bytes-like object, not '%s'",
                hasRead1 ? "read1" : "read", Err.tn(r));
    }

    // ---- decoding helpers ---------------------------------------------------------------------------

    String decode(byte[] input, boolean fin) {
        return nld != null ? nld.decode(input, fin) : decoder.decode(input, fin);
    }

    byte[] decStatePending() {
        return nld != null ? nld.statePending() : decoder.statePending();
    }

    long decStateFlags() {
        return nld != null ? nld.stateFlags() : decoder.stateFlags();
    }

    void decSetState(byte[] p, long flags) {
        if (nld != null) {
            nld.setState(p, flags);
        } else {
            decoder.setState(p, flags);
        }
    }

    void decReset() {
        if (nld != null) {
            nld.reset();
        } else {
            decoder.reset();
        }
    }

    void setDecodedChars(String s) {
        decodedChars = s;
        decodedUsed = 0;
    }

    /** Takes up to n code points (all when n < 0) from the decoded buffer. */
    String getDecodedChars(long n) {
        if (decodedChars == null) {
            return "";
        }
        int avail = decodedChars.length() - decodedUsed;
        int end;
        if (n < 0) {
            end = decodedChars.length();
        } else {
            end = offsetByCodePoints(decodedChars, decodedUsed, n);
        }
        String chars = decodedChars.substring(decodedUsed, end);
        decodedUsed = end;
        return chars;
    }

    static int offsetByCodePoints(String s, int from, long n) {
        int i = from;
        long count = 0;
        int len = s.length();
        while (i < len && count < n) {
            char c = s.charAt(i++);
            if (Character.isHighSurrogate(c) && i < len && Character.isLowSurrogate(s.charAt(i))) {
                i++;
            }
            count++;
        }
        return i;
    }

    static int cpLength(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Reads and decodes the next chunk; false at EOF. */
    boolean readChunk(long sizeHint) {
        if (decoder == null) {
            throw IoModule.unsupported("not readable");
        }
        byte[] decBuffer = null;
        long decFlags = 0;
        if (telling) {
            decBuffer = decStatePending();
            decFlags = decStateFlags();
        }
        long hint = sizeHint;
        if (hint > 0) {
            hint = (long) (Math.max(b2cratio, 1.0) * hint);
        }
        int size = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(chunkSize, hint));
        byte[] input = bufReadChunk(size);
        boolean eof = input.length == 0;
        String decoded = decode(input, eof);
        setDecodedChars(decoded);
        int nchars = cpLength(decoded);
        b2cratio = nchars > 0 ? (double) input.length / nchars : 0.0;
        if (nchars > 0) {
            eof = false;
        }
        if (telling) {
            snapshotFlags = decFlags;
            snapshotInput = Buffered.concat(decBuffer, input);
        }
        return !eof;
    }

    // ---- writing ------------------------------------------------------------------------------------

    void writeFlush() {
        if (pending == null || pending.size() == 0) {
            pending = null;
            IoModule.markDirty(this, false);
            return;
        }
        byte[] b = pending.toByteArray();
        pending = null;
        IoModule.markDirty(this, false);
        bufWrite(b);
    }

    PyObject write(PyObject textObj) {
        checkAttached();
        checkClosed();
        if (encoder == null) {
            throw IoModule.unsupported("not writable");
        }
        PyStr text = (PyStr) textObj;
        int textlen = text.length();
        String s = text.value;
        boolean haslf = false;
        if ((writetranslate && writenl != null) || lineBuffering) {
            haslf = s.indexOf('\n') >= 0;
        }
        if (haslf && writetranslate && writenl != null) {
            s = s.replace("\n", writenl);
            text = PyStr.of(s);
        }
        boolean textNeedFlush = writeThrough;
        boolean needFlush = lineBuffering && (haslf || s.indexOf('\r') >= 0);
        byte[] b = encoder.encode(text);
        encodingStartOfStream = false;
        if (pending == null) {
            pending = new ByteArrayOutputStream(Math.max(64, b.length));
        }
        pending.write(b, 0, b.length);
        if (pending.size() > 0) {
            IoModule.markDirty(this, true);
        }
        if (pending.size() >= chunkSize || needFlush || textNeedFlush) {
            writeFlush();
        }
        if (needFlush) {
            bufFlush();
        }
        setDecodedChars(null);
        snapshotInput = null;
        if (decoder != null) {
            decReset();
        }
        return PyInt.of(textlen);
    }

    // ---- reading ------------------------------------------------------------------------------------

    PyObject read(long n) {
        checkAttached();
        checkClosed();
        if (decoder == null) {
            throw IoModule.unsupported("not readable");
        }
        writeFlush();
        if (n < 0) {
            PyObject bytes = bufferJ != null && bufferJ.readable ? bufferJ.read(-1) : Abstract.callMethod(buffer, S_READ);
            byte[] data;
            if (bytes == Py.None) {
                data = new byte[0];
            } else if (bytes instanceof PyBytes bb) {
                data = bb.bytes();
            } else {
                data = IoModule.bytesOf(bytes);
            }
            String decoded = decode(data, true);
            String result = getDecodedChars(-1) + decoded;
            setDecodedChars(null);
            snapshotInput = null;
            return PyStr.of(result);
        }
        StringBuilder sb = new StringBuilder();
        String first = getDecodedChars(n);
        sb.append(first);
        long remaining = n - cpLength(first);
        while (remaining > 0) {
            boolean more;
            try {
                more = readChunk(remaining);
            } catch (PyException e) {
                if (isEintr(e)) {
                    continue;
                }
                throw e;
            }
            if (!more) {
                break;
            }
            String chunk = getDecodedChars(remaining);
            sb.append(chunk);
            remaining -= cpLength(chunk);
        }
        return PyStr.of(sb.toString());
    }

    /** _PyIO_find_line_ending over s[start, end): index after the ending, or -1 with consumed[0] set. */
    int findLineEnding(String s, int start, int[] consumed) {
        int end = s.length();
        if (readtranslate) {
            int p = s.indexOf('\n', start);
            if (p >= 0) {
                return p + 1;
            }
            consumed[0] = end;
            return -1;
        }
        if (readuniversal) {
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                if (c == '\n') {
                    return i + 1;
                }
                if (c == '\r') {
                    return i + 1 < end && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                }
            }
            consumed[0] = end;
            return -1;
        }
        int p = s.indexOf(readnl, start);
        if (p >= 0) {
            return p + readnl.length();
        }
        if (readnl.length() > 1) {
            int e = Math.max(start, end - (readnl.length() - 1));
            int q = s.indexOf(readnl.charAt(0), e);
            consumed[0] = q < 0 ? end : q;
        } else {
            consumed[0] = end;
        }
        return -1;
    }

    String readline(long limit) {
        checkClosed();
        writeFlush();
        StringBuilder chunks = null;
        long chunked = 0;
        String line = null;
        String remaining = null;
        int start = 0;
        int endpos = 0;
        int offsetToBuffer = 0;
        int[] consumed = new int[1];
        while (true) {
            boolean res = true;
            while (decodedChars == null || decodedChars.isEmpty()) {
                try {
                    res = readChunk(0);
                } catch (PyException e) {
                    if (isEintr(e)) {
                        continue;
                    }
                    throw e;
                }
                if (!res) {
                    break;
                }
            }
            if (!res) {
                setDecodedChars(null);
                snapshotInput = null;
                start = endpos = offsetToBuffer = 0;
                line = null;
                break;
            }
            if (remaining == null) {
                line = decodedChars;
                start = decodedUsed;
                offsetToBuffer = 0;
            } else {
                line = remaining + decodedChars;
                start = 0;
                offsetToBuffer = remaining.length();
                remaining = null;
            }
            endpos = findLineEnding(line, start, consumed);
            if (endpos >= 0) {
                if (limit >= 0 && cpCount(line, start, endpos) + chunked >= limit) {
                    endpos = offsetByCodePoints(line, start, limit - chunked);
                }
                break;
            }
            endpos = consumed[0];
            if (limit >= 0 && cpCount(line, start, endpos) + chunked >= limit) {
                endpos = offsetByCodePoints(line, start, limit - chunked);
                break;
            }
            if (endpos > start) {
                if (chunks == null) {
                    chunks = new StringBuilder();
                }
                String part = line.substring(start, endpos);
                chunks.append(part);
                chunked += cpLength(part);
            }
            if (endpos < line.length()) {
                remaining = line.substring(endpos);
            }
            line = null;
            setDecodedChars(null);
        }
        String result = null;
        if (line != null) {
            decodedUsed = endpos - offsetToBuffer;
            result = line.substring(start, endpos);
        }
        if (remaining != null) {
            if (chunks == null) {
                chunks = new StringBuilder();
            }
            chunks.append(remaining);
        }
        if (chunks != null) {
            if (result != null) {
                chunks.append(result);
            }
            result = chunks.toString();
        }
        return result == null ? "" : result;
    }

    static long cpCount(String s, int from, int to) {
        return s.codePointCount(from, to);
    }

    // ---- tell and seek ---------------------------------------------------------------------------------

    static final BigInteger MASK64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    static PyObject buildCookie(long startPos, long decFlags, long bytesToFeed, long charsToSkip, boolean needEof) {
        if (decFlags == 0 && bytesToFeed == 0 && charsToSkip == 0 && !needEof) {
            return PyInt.of(startPos);
        }
        BigInteger c = BigInteger.valueOf(startPos).and(MASK64);
        c = c.or(BigInteger.valueOf(decFlags).and(MASK64).shiftLeft(64));
        c = c.or(BigInteger.valueOf(bytesToFeed).and(MASK64).shiftLeft(128));
        c = c.or(BigInteger.valueOf(charsToSkip).and(MASK64).shiftLeft(192));
        if (needEof) {
            c = c.setBit(256);
        }
        return PyInt.of(c);
    }

    /** {start_pos, dec_flags, bytes_to_feed, chars_to_skip, need_eof}. */
    static long[] parseCookie(PyObject cookieObj) {
        BigInteger c = Abstract.index(cookieObj).bigValue();
        long[] out = new long[5];
        for (int i = 0; i < 4; i++) {
            out[i] = c.shiftRight(64 * i).and(MASK64).longValue();
        }
        out[4] = c.testBit(256) ? 1 : 0;
        // dec_flags, bytes_to_feed and chars_to_skip are C ints in CPython
        out[1] = (int) out[1];
        out[2] = (int) out[2];
        out[3] = (int) out[3];
        return out;
    }

    void decoderSetStateFromCookie(long startPos, long decFlags) {
        if (startPos == 0 && decFlags == 0) {
            decReset();
        } else {
            decSetState(new byte[0], decFlags);
        }
    }

    PyObject tell() {
        checkAttached();
        checkClosed();
        if (!seekable) {
            throw IoModule.unsupported("underlying stream is not seekable");
        }
        if (!telling) {
            throw Err.format(PyExc.OSError, "telling position disabled by next() call");
        }
        writeFlush();
        Abstract.callMethod(this, S_FLUSH);
        PyObject posobj = bufTell();
        if (decoder == null || snapshotInput == null) {
            return posobj;
        }
        long startPos = Abstract.asLong(posobj);
        long decFlags = snapshotFlags;
        byte[] nextInput = snapshotInput;
        startPos -= nextInput.length;
        if (decodedUsed == 0) {
            return buildCookie(startPos, decFlags, 0, 0, false);
        }
        long charsToSkip = cpCount(decodedChars, 0, decodedUsed);
        byte[] savedPending = decStatePending();
        long savedFlags = decStateFlags();
        long bytesToFeed = 0;
        boolean needEof = false;
        try {
            int skipBytes = (int) (b2cratio * charsToSkip);
            int skipBack = 1;
            while (skipBytes > 0) {
                decoderSetStateFromCookie(startPos, decFlags);
                int n = cpLength(decode(java.util.Arrays.copyOf(nextInput, Math.min(skipBytes, nextInput.length)), false));
                if (n <= charsToSkip) {
                    byte[] b = decStatePending();
                    long d = decStateFlags();
                    if (b.length == 0) {
                        decFlags = d;
                        charsToSkip -= n;
                        break;
                    }
                    skipBytes -= b.length;
                    skipBack = 1;
                } else {
                    skipBytes -= skipBack;
                    skipBack *= 2;
                }
            }
            if (skipBytes <= 0) {
                skipBytes = 0;
                decoderSetStateFromCookie(startPos, decFlags);
            }
            startPos += skipBytes;
            if (charsToSkip == 0) {
                return buildCookie(startPos, decFlags, 0, 0, false);
            }
            long charsDecoded = 0;
            int i = skipBytes;
            for (; i < nextInput.length; i++) {
                charsDecoded += cpLength(decode(new byte[] {nextInput[i]}, false));
                bytesToFeed++;
                byte[] b = decStatePending();
                long d = decStateFlags();
                if (b.length == 0 && charsDecoded <= charsToSkip) {
                    startPos += bytesToFeed;
                    charsToSkip -= charsDecoded;
                    decFlags = d;
                    bytesToFeed = 0;
                    charsDecoded = 0;
                }
                if (charsDecoded >= charsToSkip) {
                    break;
                }
            }
            if (i >= nextInput.length) {
                charsDecoded += cpLength(decode(new byte[0], true));
                needEof = true;
                if (charsDecoded < charsToSkip) {
                    throw Err.format(PyExc.OSError, "can't reconstruct logical file position");
                }
            }
        } finally {
            decSetState(savedPending, savedFlags);
        }
        return buildCookie(startPos, decFlags, bytesToFeed, charsToSkip, needEof);
    }

    void encoderReset(boolean startOfStream) {
        if (startOfStream) {
            encoder.reset();
            encodingStartOfStream = true;
        } else {
            encoder.setStateZero();
            encodingStartOfStream = false;
        }
    }

    PyObject seek(PyObject cookieObj, int whence) {
        checkAttached();
        checkClosed();
        if (!seekable) {
            throw IoModule.unsupported("underlying stream is not seekable");
        }
        switch (whence) {
            case 1 -> {
                if (!Abstract.richCompareBool(cookieObj, PyInt.ZERO, CompareOp.EQ)) {
                    throw IoModule.unsupported("can't do nonzero cur-relative seeks");
                }
                cookieObj = Abstract.callMethod(this, "tell");
            }
            case 2 -> {
                if (!Abstract.richCompareBool(cookieObj, PyInt.ZERO, CompareOp.EQ)) {
                    throw IoModule.unsupported("can't do nonzero end-relative seeks");
                }
                Abstract.callMethod(this, S_FLUSH);
                setDecodedChars(null);
                snapshotInput = null;
                if (decoder != null) {
                    decReset();
                }
                PyObject res = bufferJ != null ? bufferJ.seek(PyInt.ZERO, 2)
                        : Abstract.callMethod(buffer, S_SEEK, PyInt.ZERO, PyInt.of(2));
                if (encoder != null) {
                    encoderReset(Abstract.richCompareBool(res, PyInt.ZERO, CompareOp.EQ));
                }
                return res;
            }
            case 0 -> { }
            default -> throw Err.value("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (Abstract.richCompareBool(cookieObj, PyInt.ZERO, CompareOp.LT)) {
            throw Err.value("negative seek position %s", Abstract.reprJava(cookieObj));
        }
        Abstract.callMethod(this, S_FLUSH);
        long[] cookie = parseCookie(cookieObj);
        long startPos = cookie[0];
        long decFlags = cookie[1];
        long bytesToFeed = cookie[2];
        long charsToSkip = cookie[3];
        boolean needEof = cookie[4] != 0;
        if (bufferJ != null) {
            bufferJ.seek(PyInt.of(startPos), 0);
        } else {
            Abstract.callMethod(buffer, S_SEEK, PyInt.of(startPos));
        }
        setDecodedChars(null);
        snapshotInput = null;
        if (decoder != null) {
            decoderSetStateFromCookie(startPos, decFlags);
        }
        if (charsToSkip != 0) {
            PyObject chunkObj = Abstract.callMethod(buffer, S_READ, PyInt.of(bytesToFeed));
            if (!(chunkObj instanceof PyBytes chunk)) {
                throw Err.type("underlying read() should have returned a bytes object, not '%s'", Err.tn(chunkObj));
            }
            snapshotFlags = decFlags;
            snapshotInput = chunk.bytes();
            String decoded = decode(chunk.bytes(), needEof);
            setDecodedChars(decoded);
            if (cpLength(decoded) < charsToSkip) {
                throw Err.format(PyExc.OSError, "can't restore logical file position");
            }
            decodedUsed = offsetByCodePoints(decoded, 0, charsToSkip);
        } else {
            snapshotFlags = decFlags;
            snapshotInput = new byte[0];
        }
        if (encoder != null) {
            encoderReset(startPos == 0 && decFlags == 0);
        }
        return cookieObj;
    }

    // ---- other operations -------------------------------------------------------------------------

    PyObject flush() {
        checkAttached();
        checkClosed();
        telling = seekable;
        writeFlush();
        return bufFlush();
    }

    PyObject close() {
        checkAttached();
        if (closedState()) {
            IoModule.markDirty(this, false);
            return Py.None;
        }
        PyException err = null;
        try {
            Abstract.callMethod(this, S_FLUSH);
        } catch (PyException e) {
            err = e;
        }
        try {
            Abstract.callMethod(buffer, S_CLOSE);
        } catch (PyException e) {
            if (err != null) {
                e.value.context = err.value;
            }
            err = e;
        }
        IoModule.markDirty(this, false);
        if (err != null) {
            throw err;
        }
        return Py.None;
    }

    PyObject detach() {
        checkAttached();
        Abstract.callMethod(this, S_FLUSH);
        PyObject b = buffer;
        buffer = null;
        bufferJ = null;
        rawFile = null;
        detached = true;
        ok = false;
        return b;
    }

    PyObject reconfigure(PyObject encodingArg, PyObject errorsArg, PyObject newlineArg, PyObject lineBufArg,
            PyObject writeThroughArg) {
        checkAttached();
        if (decodedChars != null) {
            if (encodingArg != Py.None || errorsArg != Py.None || newlineArg != null) {
                throw IoModule.unsupported(
                        "It is not possible to set the encoding or newline of stream after the first read");
            }
        }
        String newline = null;
        if (newlineArg != null && newlineArg != Py.None) {
            if (!(newlineArg instanceof PyStr ns)) {
                throw Err.type("reconfigure() argument 'newline' must be str or None, not %s", Err.tn(newlineArg));
            }
            newline = ns.value;
            validateNewline(newline);
        }
        boolean lb = lineBufArg == Py.None ? lineBuffering : Abstract.isTrue(lineBufArg);
        boolean wt = writeThroughArg == Py.None ? writeThrough : Abstract.isTrue(writeThroughArg);
        Abstract.callMethod(this, S_FLUSH);
        b2cratio = 0;
        if (newlineArg != null) {
            setNewline(newline);
        }
        if (encodingArg != Py.None || errorsArg != Py.None || newlineArg != null) {
            PyObject enc = encodingArg;
            PyObject err = errorsArg;
            if (enc == Py.None) {
                enc = encoding;
                if (err == Py.None) {
                    err = errors;
                }
            } else {
                if (!(enc instanceof PyStr es)) {
                    throw Err.type("reconfigure() argument 'encoding' must be str or None, not %s", Err.tn(enc));
                }
                if (es.value.equals("locale")) {
                    enc = PyStr.of(IoModule.localeEncoding(ThreadState.current().interp));
                }
                if (err == Py.None) {
                    err = PyStr.of("strict");
                }
            }
            if (!(err instanceof PyStr)) {
                throw Err.type("reconfigure() argument 'errors' must be str or None, not %s", Err.tn(err));
            }
            TextCodec.Codec c = TextCodec.lookupText(((PyStr) enc).value);
            PyObject oldErrors = errors;
            TextCodec.Codec oldCodec = codec;
            codec = c;
            errors = err;
            try {
                setDecoder();
                setEncoder();
            } catch (PyException e) {
                codec = oldCodec;
                errors = oldErrors;
                throw e;
            }
            encoding = enc;
            fixEncoderState();
        }
        lineBuffering = lb;
        writeThrough = wt;
        return Py.None;
    }

    static PyObject repr(PyObject self) {
        TextIOWrapper t = (TextIOWrapper) self;
        String tn = IoModule.typeName(self);
        if (!t.ok && !t.detached) {
            return PyStr.of("<" + tn + " uninitialized>");
        }
        ThreadState ts = ThreadState.current();
        if (!ts.reprEnter(self)) {
            throw Err.runtime("reentrant call inside %s.__repr__", tn);
        }
        try {
            StringBuilder sb = new StringBuilder("<").append(tn);
            PyObject name = lookupIgnoringValueError(self, "name");
            if (name != null) {
                sb.append(" name=").append(Abstract.reprJava(name));
            }
            PyObject mode = lookupIgnoringValueError(self, "mode");
            if (mode != null) {
                sb.append(" mode=").append(Abstract.reprJava(mode));
            }
            sb.append(" encoding=").append(Abstract.reprJava(t.encoding)).append('>');
            return PyStr.of(sb.toString());
        } finally {
            ts.reprLeave(self);
        }
    }

    private static PyObject lookupIgnoringValueError(PyObject self, String name) {
        try {
            return Abstract.lookupAttr(self, name);
        } catch (PyException e) {
            if (e.matches(PyExc.ValueError)) {
                return null;
            }
            throw e;
        }
    }

    private static TextIOWrapper self(PyObject o) {
        return (TextIOWrapper) o;
    }

    private static TextIOWrapper attached(PyObject o) {
        TextIOWrapper t = (TextIOWrapper) o;
        t.checkAttached();
        return t;
    }

    private static void define(PyType t) {
        t.base(TextIOBase.TYPE).module("_io").flags(PyType.BASETYPE | PyType.HAS_DICT | PyType.HAS_WEAKREF);
        t.doc("Character and line based layer over a BufferedIOBase object, buffer.\n\nencoding gives the name of "
                + "the encoding that the stream will be\ndecoded or encoded with. It defaults to "
                + "locale.getencoding().\n\nerrors determines the strictness of encoding and decoding (see\n"
                + "help(codecs.Codec) or the documentation for codecs.register) and\ndefaults to \"strict\".\n\n"
                + "newline controls how line endings are handled. It can be None, '',\n'\\n', '\\r', and '\\r\\n'.  It "
                + "works as follows:\n\n* On input, if newline is None, universal newlines mode is\n  enabled. Lines in "
                + "the input can end in '\\n', '\\r', or '\\r\\n', and\n  these are translated into '\\n' before being "
                + "returned to the\n  caller. If it is '', universal newline mode is enabled, but line\n  endings are "
                + "returned to the caller untranslated. If it has any of\n  the other legal values, input lines are "
                + "only terminated by the given\n  string, and the line ending is returned to the caller "
                + "untranslated.\n\n* On output, if newline is None, any '\\n' characters written are\n  translated to "
                + "the system default line separator, os.linesep. If\n  newline is '' or '\\n', no translation takes "
                + "place. If newline is any\n  of the other legal values, any '\\n' characters written are translated\n"
                + "  to the given string.\n\nIf line_buffering is True, a call to flush is implied when a call to\n"
                + "write contains a newline character.");
        t.tp_alloc = TextIOWrapper::new;
        t.tp_new = (type, args, kw) -> type.tp_alloc.alloc(type);
        ArgParser p = new ArgParser("TextIOWrapper",
                "buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False");
        t.tp_init = (self, args, kw) -> {
            PyObject[] a = p.bind(args, kw);
            if (a[1] != Py.None && !(a[1] instanceof PyStr)) {
                throw Err.type("TextIOWrapper() argument 'encoding' must be str or None, not %s", Err.tn(a[1]));
            }
            if (a[3] != Py.None && !(a[3] instanceof PyStr)) {
                throw Err.type("TextIOWrapper() argument 'newline' must be str or None, not %s", Err.tn(a[3]));
            }
            self(self).init(a[0], a[1], a[2], a[3], asIntBool(a[4]), asIntBool(a[5]));
        };
        t.tp_repr = TextIOWrapper::repr;
        t.method0("detach", self -> self(self).detach());
        t.method("reconfigure", "*, encoding=None, errors=None, newline=NULL, line_buffering=None, write_through=None",
                (self, a) -> self(self).reconfigure(a[0], a[1], a[2], a[3], a[4]));
        t.method1("write", (self, text) -> {
            if (!(text instanceof PyStr)) {
                throw Err.type("write() argument must be str, not %s", Err.tn(text));
            }
            return self(self).write(text);
        });
        t.method("read", "size=-1, /", (self, a) -> self(self).read(IOBase.sizeArg(a[0])));
        t.method("readline", "size=-1, /", (self, a) -> {
            TextIOWrapper w = attached(self);
            long limit = a[0] == Py.None ? -1 : Abstract.asSsize(a[0], PyExc.OverflowError);
            return PyStr.of(w.readline(limit));
        });
        t.method0("flush", self -> self(self).flush());
        t.method0("close", self -> self(self).close());
        t.method0("fileno", self -> Abstract.callMethod(attached(self).buffer, "fileno"));
        t.method0("seekable", self -> Abstract.callMethod(attached(self).buffer, "seekable"));
        t.method0("readable", self -> Abstract.callMethod(attached(self).buffer, "readable"));
        t.method0("writable", self -> Abstract.callMethod(attached(self).buffer, "writable"));
        t.method0("isatty", self -> Abstract.callMethod(attached(self).buffer, "isatty"));
        t.method("seek", "cookie, whence=0, /", (self, a) -> self(self).seek(a[0], Abstract.asInt(a[1])));
        t.method0("tell", self -> self(self).tell());
        t.method("truncate", "pos=None, /", (self, a) -> {
            TextIOWrapper w = attached(self);
            Abstract.callMethod(self, S_FLUSH);
            PyObject pos = a[0] == Py.None ? Abstract.callMethod(self, "tell") : a[0];
            return Abstract.callMethod(w.buffer, "truncate", pos);
        });
        t.tp_iternext = self -> {
            TextIOWrapper w = attached(self);
            w.telling = false;
            String line;
            if (self.type == TYPE) {
                line = w.readline(-1);
            } else {
                PyObject r = Abstract.callMethod(self, S_READLINE);
                if (!(r instanceof PyStr rs)) {
                    throw Err.format(PyExc.OSError, "readline() should have returned a str object, not '%s'", Err.tn(r));
                }
                line = rs.value;
            }
            if (line.isEmpty()) {
                w.snapshotInput = null;
                w.telling = w.seekable;
                return null;
            }
            return PyStr.of(line);
        };
        t.getset("name", self -> Abstract.getAttr(attached(self).buffer, "name"));
        t.getset("closed", self -> Abstract.getAttr(attached(self).buffer, S_CLOSED));
        t.getset("newlines", self -> {
            TextIOWrapper w = attached(self);
            if (w.decoder == null) {
                return Py.None;
            }
            return w.nld != null ? w.nld.newlines() : Py.None;
        });
        t.getset("errors", self -> attached(self).errors);
        t.getset("encoding", self -> self(self).encoding);
        t.getset("buffer", self -> attached(self).buffer);
        t.getset("line_buffering", self -> Py.bool(attached(self).lineBuffering));
        t.getset("write_through", self -> Py.bool(attached(self).writeThrough));
        t.getset("_finalizing", self -> Py.bool(self(self).finalizing));
        t.getset("_CHUNK_SIZE", self -> PyInt.of(attached(self).chunkSize), (self, v) -> {
            TextIOWrapper w = attached(self);
            long n = Abstract.asSsize(v, PyExc.ValueError);
            if (n <= 0) {
                throw Err.value("a strictly positive integer is required");
            }
            w.chunkSize = (int) Math.min(n, Integer.MAX_VALUE - 16);
        }, self -> {
            throw Err.format(PyExc.AttributeError, "cannot delete attribute");
        });
    }

    /** Clinic's "int" conversion of a bool-ish flag (any int or object with __index__). */
    static boolean asIntBool(PyObject o) {
        if (o instanceof PyInt) {
            return Abstract.isTrue(o);
        }
        return Abstract.asLong(o) != 0;
    }
}
