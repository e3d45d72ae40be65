package org.ember.modules.io;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.locks.ReentrantLock;

import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;
import org.ember.runtime.ThreadState;

/**
 * The implementation shared by BufferedReader, BufferedWriter and BufferedRandom (CPython's
 * bufferedio.c "buffered" struct): one buffer serving reads and writes, with the same
 * bookkeeping of logical and raw positions, so that raw streams see the same calls as under
 * CPython.
 */
public abstract class Buffered extends IOBase {
    PyObject raw;
    /** raw when it is an exact FileIO: its Java methods are called directly. */
    FileIO rawFile;
    boolean ok;
    boolean detached;
    boolean readable;
    boolean writable;
    boolean finalizing;
    byte[] buffer;
    int bufferSize;
    /** Current logical position in the buffer. */
    int pos;
    /** Position of the raw stream relative to the buffer start, -1 when unknown. */
    long rawPos = -1;
    long absPos = -1;
    int readEnd = -1;
    int writePos;
    int writeEnd = -1;
    private final ReentrantLock lock = new ReentrantLock();

    Buffered(PyType type) {
        super(type);
    }

    // ---- setup ----------------------------------------------------------------------------------

    /** Initialises over raw with the given buffer size (checks done by the subclass). */
    void init(PyObject rawObj, int size) {
        ok = false;
        detached = false;
        raw = rawObj;
        rawFile = rawObj.type == FileIO.TYPE ? (FileIO) rawObj : null;
        if (size <= 0) {
            throw Err.value("buffer size must be strictly positive");
        }
        bufferSize = size;
        buffer = new byte[size];
        pos = 0;
        rawPos = -1;
        readEnd = -1;
        writePos = 0;
        writeEnd = -1;
        try {
            rawTell();
        } catch (PyException e) {
            absPos = -1;
        }
        ok = true;
    }

    static int bufferSizeArg(PyObject o) {
        long n = Abstract.asSsize(o, PyExc.OverflowError);
        if (n <= 0) {
            throw Err.value("buffer size must be strictly positive");
        }
        if (n > Integer.MAX_VALUE - 16) {
            throw Err.overflow("buffer size too large");
        }
        return (int) n;
    }

    // ---- state checks -----------------------------------------------------------------------------

    void checkInitialized() {
        if (!ok) {
            if (detached) {
                throw Err.value("raw stream has been detached");
            }
            throw Err.value("I/O operation on uninitialized object");
        }
    }

    boolean rawClosed() {
        if (rawFile != null) {
            return rawFile.fd < 0;
        }
        return Abstract.isTrue(Abstract.getAttr(raw, S_CLOSED));
    }

    @Override
    boolean isClosedJava() {
        checkInitialized();
        return rawClosed();
    }

    boolean isClosedInternal() {
        return buffer == null || rawClosed();
    }

    void checkClosed(String message) {
        if (isClosedInternal() && readahead() == 0) {
            throw Err.value(message);
        }
    }

    boolean validRead() {
        return readable && readEnd != -1;
    }

    boolean validWrite() {
        return writable && writeEnd != -1;
    }

    void adjustPosition(int newPos) {
        pos = newPos;
        if (validRead() && readEnd < pos) {
            readEnd = pos;
        }
    }

    int readahead() {
        return readable && readEnd != -1 ? readEnd - pos : 0;
    }

    long rawOffset() {
        return (validRead() || validWrite()) && rawPos >= 0 ? rawPos - pos : 0;
    }

    void resetRead() {
        readEnd = -1;
    }

    void resetWrite() {
        writePos = 0;
        writeEnd = -1;
    }

    void enter() {
        if (lock.isHeldByCurrentThread()) {
            throw Err.runtime("reentrant call inside %s", Abstract.reprJava(this));
        }
        if (!lock.tryLock()) {
            ThreadState.current().interp.gil.releasedWhile(() -> {
                lock.lock();
                return null;
            });
        }
    }

    void leave() {
        lock.unlock();
    }

    // ---- raw calls ----------------------------------------------------------------------------------

    long rawTell() {
        long n;
        if (rawFile != null) {
            n = rawFile.seekJava(0, 1);
        } else {
            n = Abstract.asSsize(Abstract.callMethod(raw, "tell"), PyExc.ValueError);
        }
        if (n < 0) {
            throw Err.format(PyExc.OSError, "Raw stream returned invalid position %d", n);
        }
        absPos = n;
        return n;
    }

    long rawSeek(long target, int whence) {
        long n;
        if (rawFile != null) {
            n = rawFile.seekJava(target, whence);
        } else {
            n = Abstract.asSsize(Abstract.callMethod(raw, S_SEEK, PyInt.of(target), PyInt.of(whence)), PyExc.ValueError);
        }
        if (n < 0) {
            throw Err.format(PyExc.OSError, "Raw stream returned invalid position %d", n);
        }
        absPos = n;
        return n;
    }

    long rawTellCached() {
        return absPos != -1 ? absPos : rawTell();
    }

    /** raw.readinto into b[off, off+len): the count, 0 at EOF, -2 when it would block. */
    int rawRead(byte[] b, int off, int len) {
        int n;
        if (rawFile != null) {
            n = rawFile.readInto(b, off, len);
            if (n < 0) {
                return -2;
            }
        } else {
            PyObject ba = IoModule.newByteArray(len);
            PyObject res;
            while (true) {
                try {
                    res = Abstract.callMethod(raw, "readinto", ba);
                    break;
                } catch (PyException e) {
                    if (!isEintr(e)) {
                        throw e;
                    }
                }
            }
            if (res == Py.None) {
                return -2;
            }
            long r = Abstract.asSsize(res, PyExc.ValueError);
            if (r < 0 || r > len) {
                throw Err.format(PyExc.OSError,
                        "raw readinto() returned invalid length %d (should have been between 0 and %d)", r, len);
            }
            n = (int) r;
            if (n > 0) {
                System.arraycopy(IoModule.bytesOf(ba), 0, b, off, n);
            }
        }
        if (n > 0 && absPos != -1) {
            absPos += n;
        }
        return n;
    }

    /** raw.write of b[off, off+len): the count, -2 when it would block. */
    int rawWrite(byte[] b, int off, int len) {
        int n;
        if (rawFile != null) {
            n = rawFile.writeFrom(b, off, len);
            if (n < 0) {
                return -2;
            }
        } else {
            PyObject res;
            PyBytes data = PyBytes.of(java.util.Arrays.copyOfRange(b, off, off + len));
            while (true) {
                try {
                    res = Abstract.callMethod(raw, S_WRITE, data);
                    break;
                } catch (PyException e) {
                    if (!isEintr(e)) {
                        throw e;
                    }
                }
            }
            if (res == Py.None) {
                return -2;
            }
            long r = Abstract.asSsize(res, PyExc.ValueError);
            if (r < 0 || r > len) {
                throw Err.format(PyExc.OSError,
                        "raw write() returned invalid length %d (should have been between 0 and %d)", r, len);
            }
            n = (int) r;
        }
        if (n > 0 && absPos != -1) {
            absPos += n;
        }
        return n;
    }

    static PyException blockingError(String msg, long written) {
        return Err.raise(PyExc.BlockingIOError, PyInt.of(Libc.EAGAIN), PyStr.of(msg), PyInt.of(written));
    }

    // ---- reading ------------------------------------------------------------------------------------

    int fillBuffer() {
        int start = validRead() ? readEnd : 0;
        int len = bufferSize - start;
        int n = rawRead(buffer, start, len);
        if (n <= 0) {
            return n;
        }
        readEnd = start + n;
        rawPos = start + n;
        return n;
    }

    byte[] readFast(int n) {
        byte[] out = java.util.Arrays.copyOfRange(buffer, pos, pos + n);
        pos += n;
        return out;
    }

    void flushAndRewind() {
        flushUnlocked();
        if (readable) {
            long off = rawOffset();
            resetRead();
            rawSeek(-off, 1);
        }
    }

    /** read(n) for n >= 0: null when the raw stream would block before any byte. */
    byte[] readGeneric(int n) {
        int current = readahead();
        if (n <= current) {
            return readFast(n);
        }
        byte[] out = new byte[n];
        int remaining = n;
        int written = 0;
        if (current > 0) {
            System.arraycopy(buffer, pos, out, 0, current);
            remaining -= current;
            written += current;
            pos += current;
        }
        if (writable) {
            flushAndRewind();
        }
        resetRead();
        while (remaining > 0) {
            int r = remaining - remaining % bufferSize;
            if (r == 0) {
                break;
            }
            r = rawRead(out, written, r);
            if (r == 0 || r == -2) {
                if (r == 0 || written > 0) {
                    return java.util.Arrays.copyOf(out, written);
                }
                return null;
            }
            remaining -= r;
            written += r;
        }
        pos = 0;
        rawPos = 0;
        readEnd = 0;
        while (remaining > 0 && readEnd < bufferSize) {
            int r = fillBuffer();
            if (r == 0 || r == -2) {
                if (r == 0 || written > 0) {
                    return java.util.Arrays.copyOf(out, written);
                }
                return null;
            }
            int take = Math.min(remaining, r);
            System.arraycopy(buffer, pos, out, written, take);
            written += take;
            pos += take;
            remaining -= take;
        }
        return out;
    }

    PyObject readAll() {
        byte[] data = null;
        int current = readahead();
        if (current > 0) {
            data = readFast(current);
        }
        if (writable) {
            flushAndRewind();
        }
        resetRead();
        if (rawFile != null) {
            PyObject tmp = rawFile.readall();
            if (data == null) {
                return tmp;
            }
            return tmp == Py.None ? PyBytes.of(data) : PyBytes.of(concat(data, ((PyBytes) tmp).bytes()));
        }
        PyObject readall = Abstract.lookupAttr(raw, "readall");
        if (readall != null) {
            PyObject tmp = Abstract.call(readall);
            if (tmp != Py.None && !(tmp instanceof PyBytes)) {
                throw Err.type("readall() should return bytes");
            }
            if (data == null) {
                return tmp;
            }
            return tmp == Py.None ? PyBytes.of(data) : PyBytes.of(concat(data, ((PyBytes) tmp).bytes()));
        }
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        if (data != null) {
            chunks.write(data, 0, data.length);
        }
        int total = current;
        while (true) {
            PyObject d = Abstract.callMethod(raw, S_READ);
            if (d != Py.None && !(d instanceof PyBytes)) {
                throw Err.type("read() should return bytes");
            }
            if (d == Py.None || ((PyBytes) d).size() == 0) {
                if (total == 0) {
                    return d;
                }
                return PyBytes.of(chunks.toByteArray());
            }
            PyBytes db = (PyBytes) d;
            chunks.write(db.bytes(), 0, db.size());
            total += db.size();
            if (absPos != -1) {
                absPos += db.size();
            }
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    PyObject read(long n) {
        checkInitialized();
        if (n < -1) {
            throw Err.value("read length must be non-negative or -1");
        }
        checkClosed("read of closed file");
        if (n == -1) {
            enter();
            try {
                return readAll();
            } finally {
                leave();
            }
        }
        int size = (int) Math.min(n, Integer.MAX_VALUE - 16);
        if (size <= readahead()) {
            return PyBytes.of(readFast(size));
        }
        enter();
        try {
            byte[] r = readGeneric(size);
            return r == null ? Py.None : PyBytes.of(r);
        } finally {
            leave();
        }
    }

    PyObject read1(long n) {
        checkInitialized();
        if (n < 0) {
            n = bufferSize;
        }
        checkClosed("read of closed file");
        if (n == 0) {
            return PyBytes.EMPTY;
        }
        int have = readahead();
        if (have > 0) {
            return PyBytes.of(readFast((int) Math.min(have, n)));
        }
        int size = (int) Math.min(n, Integer.MAX_VALUE - 16);
        enter();
        try {
            if (writable) {
                flushAndRewind();
            }
            resetRead();
            byte[] out = new byte[size];
            int r = rawRead(out, 0, size);
            if (r == -2) {
                r = 0;
            }
            return PyBytes.of(r == size ? out : java.util.Arrays.copyOf(out, r));
        } finally {
            leave();
        }
    }

    PyObject peek() {
        checkInitialized();
        checkClosed("peek of closed file");
        enter();
        try {
            if (writable) {
                flushAndRewind();
            }
            int have = readahead();
            if (have > 0) {
                return PyBytes.of(java.util.Arrays.copyOfRange(buffer, pos, pos + have));
            }
            resetRead();
            int r = fillBuffer();
            if (r == -2) {
                r = 0;
            }
            pos = 0;
            return PyBytes.of(java.util.Arrays.copyOf(buffer, Math.max(r, 0)));
        } finally {
            leave();
        }
    }

    PyObject readline(long limit) {
        checkInitialized();
        checkClosed("readline of closed file");
        int n = readahead();
        if (limit >= 0 && n > limit) {
            n = (int) limit;
        }
        int start = pos;
        for (int i = 0; i < n; i++) {
            if (buffer[start + i] == '\n') {
                pos += i + 1;
                return PyBytes.of(java.util.Arrays.copyOfRange(buffer, start, start + i + 1));
            }
        }
        if (n == limit) {
            pos += n;
            return PyBytes.of(java.util.Arrays.copyOfRange(buffer, start, start + n));
        }
        enter();
        try {
            ByteArrayOutputStream chunks = new ByteArrayOutputStream();
            if (n > 0) {
                chunks.write(buffer, start, n);
                pos += n;
                if (limit >= 0) {
                    limit -= n;
                }
            }
            if (writable) {
                flushAndRewind();
            }
            while (true) {
                resetRead();
                int r = fillBuffer();
                if (r <= 0) {
                    break;
                }
                if (limit >= 0 && r > limit) {
                    r = (int) limit;
                }
                boolean found = false;
                for (int i = 0; i < r; i++) {
                    if (buffer[i] == '\n') {
                        chunks.write(buffer, 0, i + 1);
                        pos = i + 1;
                        found = true;
                        break;
                    }
                }
                if (found) {
                    break;
                }
                chunks.write(buffer, 0, r);
                if (r == limit) {
                    pos = r;
                    break;
                }
                if (limit >= 0) {
                    limit -= r;
                }
            }
            return PyBytes.of(chunks.toByteArray());
        } finally {
            leave();
        }
    }

    PyObject readinto(PyObject target, boolean one) {
        checkInitialized();
        checkClosed("readinto of closed file");
        int len = IoModule.bufferLength(target);
        byte[] out = new byte[len];
        int written = 0;
        int n = readahead();
        if (n > 0) {
            if (n >= len) {
                System.arraycopy(buffer, pos, out, 0, len);
                pos += len;
                IoModule.fillBuffer(target, out, 0, len);
                return PyInt.of(len);
            }
            System.arraycopy(buffer, pos, out, 0, n);
            pos += n;
            written = n;
        }
        enter();
        try {
            if (writable) {
                flushAndRewind();
            }
            resetRead();
            pos = 0;
            int remaining = len - written;
            while (remaining > 0) {
                int r;
                if (remaining > bufferSize) {
                    r = rawRead(out, written, remaining);
                } else if (!(one && written > 0)) {
                    r = fillBuffer();
                    if (r > 0) {
                        if (r > remaining) {
                            r = remaining;
                        }
                        System.arraycopy(buffer, pos, out, written, r);
                        pos += r;
                        written += r;
                        remaining -= r;
                        continue;
                    }
                } else {
                    r = 0;
                }
                if (r == 0 || r == -2 && written > 0) {
                    break;
                }
                if (r < 0) {
                    IoModule.fillBuffer(target, out, 0, written);
                    return Py.None;
                }
                written += r;
                remaining -= r;
                if (one) {
                    break;
                }
            }
            IoModule.fillBuffer(target, out, 0, written);
            return PyInt.of(written);
        } finally {
            leave();
        }
    }

    // ---- writing ----------------------------------------------------------------------------------------

    void flushUnlocked() {
        if (!validWrite() || writePos == writeEnd) {
            resetWrite();
            markClean();
            return;
        }
        long rewind = rawOffset() + (pos - writePos);
        if (rewind != 0) {
            rawSeek(-rewind, 1);
            rawPos -= rewind;
        }
        while (writePos < writeEnd) {
            int n = rawWrite(buffer, writePos, writeEnd - writePos);
            if (n == -2) {
                throw blockingError("write could not complete without blocking", 0);
            }
            writePos += n;
            rawPos = writePos;
            adjustPosition(writePos);
            org.ember.modules.SignalModule.checkPending();
        }
        resetWrite();
        markClean();
    }

    void markDirty() {
        IoModule.markDirty(this, true);
    }

    void markClean() {
        IoModule.markDirty(this, false);
    }

    PyObject write(byte[] data) {
        checkInitialized();
        enter();
        try {
            if (isClosedInternal()) {
                throw Err.value("write to closed file");
            }
            int len = data.length;
            if (!validRead() && !validWrite()) {
                pos = 0;
                rawPos = 0;
            }
            int avail = bufferSize - pos;
            if (len <= avail) {
                System.arraycopy(data, 0, buffer, pos, len);
                if (!validWrite() || writePos > pos) {
                    writePos = pos;
                }
                adjustPosition(pos + len);
                if (pos > writeEnd) {
                    writeEnd = pos;
                }
                if (len > 0) {
                    markDirty();
                }
                return PyInt.of(len);
            }
            try {
                flushUnlocked();
            } catch (PyException e) {
                if (!e.matches(PyExc.BlockingIOError)) {
                    throw e;
                }
                if (readable) {
                    resetRead();
                }
                System.arraycopy(buffer, writePos, buffer, 0, writeEnd - writePos);
                writeEnd -= writePos;
                rawPos -= writePos;
                pos -= writePos;
                writePos = 0;
                avail = bufferSize - writeEnd;
                if (len <= avail) {
                    System.arraycopy(data, 0, buffer, writeEnd, len);
                    writeEnd += len;
                    pos += len;
                    markDirty();
                    return PyInt.of(len);
                }
                System.arraycopy(data, 0, buffer, writeEnd, avail);
                writeEnd += avail;
                pos += avail;
                markDirty();
                throw blockingError("write could not complete without blocking", avail);
            }
            long offset = rawOffset();
            if (offset != 0) {
                rawSeek(-offset, 1);
                rawPos -= offset;
            }
            int remaining = len;
            int written = 0;
            while (remaining > bufferSize) {
                int n = rawWrite(data, written, len - written);
                if (n == -2) {
                    System.arraycopy(data, written, buffer, 0, bufferSize);
                    rawPos = 0;
                    adjustPosition(bufferSize);
                    writeEnd = bufferSize;
                    written += bufferSize;
                    markDirty();
                    throw blockingError("write could not complete without blocking", written);
                }
                written += n;
                remaining -= n;
                org.ember.modules.SignalModule.checkPending();
            }
            if (readable) {
                resetRead();
            }
            if (remaining > 0) {
                System.arraycopy(data, written, buffer, 0, remaining);
                written += remaining;
                markDirty();
            }
            writePos = 0;
            writeEnd = remaining;
            adjustPosition(remaining);
            rawPos = 0;
            return PyInt.of(written);
        } finally {
            leave();
        }
    }

    PyObject flush() {
        checkInitialized();
        checkClosed("flush of closed file");
        enter();
        try {
            flushAndRewind();
        } finally {
            leave();
        }
        return Py.None;
    }

    // ---- positioning ------------------------------------------------------------------------------

    PyObject tell() {
        checkInitialized();
        long p = rawTell();
        p -= rawOffset();
        if (p < 0) {
            throw Err.format(PyExc.OSError, "Raw stream returned invalid position %d", p);
        }
        return PyInt.of(p);
    }

    PyObject seek(PyObject targetObj, int whence) {
        checkInitialized();
        checkClosed("seek of closed file");
        if (whence < 0 || whence > 4) {
            throw Err.value("whence value %d unsupported", whence);
        }
        boolean seekable = rawFile != null ? rawFile.seekableJava() : Abstract.isTrue(Abstract.callMethod(raw, "seekable"));
        if (!seekable) {
            throw IoModule.unsupported("File or stream is not seekable.");
        }
        long target = Abstract.asSsize(targetObj, PyExc.ValueError);
        if ((whence == 0 || whence == 1) && readable) {
            long current = rawTellCached();
            int avail = readahead();
            if (avail > 0) {
                long offset = whence == 0 ? target - (current - rawOffset()) : target;
                if (offset >= -pos && offset <= avail) {
                    pos += (int) offset;
                    return PyInt.of(current - avail + offset);
                }
            }
        }
        enter();
        try {
            if (writable) {
                flushUnlocked();
            }
            if (whence == 1) {
                target -= rawOffset();
            }
            long n = rawSeek(target, whence);
            rawPos = -1;
            if (readable) {
                resetRead();
            }
            return PyInt.of(n);
        } finally {
            leave();
        }
    }

    PyObject truncate(PyObject posArg) {
        checkInitialized();
        checkClosed("truncate of closed file");
        if (!writable) {
            throw IoModule.unsupported("truncate");
        }
        enter();
        try {
            flushAndRewind();
            PyObject res = rawFile != null ? rawFile.truncate(posArg) : Abstract.callMethod(raw, "truncate", posArg);
            try {
                rawTell();
            } catch (PyException e) {
                // cached position stays unknown
            }
            return res;
        } finally {
            leave();
        }
    }

    // ---- closing ----------------------------------------------------------------------------------------

    PyObject close() {
        checkInitialized();
        if (rawClosed()) {
            markClean();
            return Py.None;
        }
        PyException err = null;
        try {
            Abstract.callMethod(this, S_FLUSH);
        } catch (PyException e) {
            err = e;
        }
        try {
            if (rawFile != null) {
                rawFile.close();
            } else {
                Abstract.callMethod(raw, S_CLOSE);
            }
        } catch (PyException e) {
            if (err != null) {
                e.value.context = err.value;
            }
            err = e;
        }
        buffer = null;
        readEnd = 0;
        pos = 0;
        markClean();
        if (err != null) {
            throw err;
        }
        return Py.None;
    }

    PyObject detach() {
        checkInitialized();
        Abstract.callMethod(this, S_FLUSH);
        PyObject r = raw;
        raw = null;
        rawFile = null;
        detached = true;
        ok = false;
        markClean();
        return r;
    }

    PyObject simpleFlush() {
        checkInitialized();
        return rawFile != null ? Abstract.callMethod(rawFile, S_FLUSH) : Abstract.callMethod(raw, S_FLUSH);
    }

    static PyObject repr(PyObject self) {
        String tn = IoModule.typeName(self);
        PyObject name;
        try {
            name = Abstract.lookupAttr(self, "name");
        } catch (PyException e) {
            if (!e.matches(PyExc.ValueError)) {
                throw e;
            }
            name = null;
        }
        if (name == null) {
            return PyStr.of("<" + tn + ">");
        }
        ThreadState ts = ThreadState.current();
        if (!ts.reprEnter(self)) {
            throw Err.runtime("reentrant call inside %s.__repr__", tn);
        }
        try {
            return PyStr.of("<" + tn + " name=" + Abstract.reprJava(name) + ">");
        } finally {
            ts.reprLeave(self);
        }
    }

    // ---- shared method table --------------------------------------------------------------------------

    static Buffered b(PyObject o) {
        return (Buffered) o;
    }

    /** Registers what BufferedReader, BufferedWriter and BufferedRandom have in common. */
    static void defineCommon(PyType t) {
        t.module("_io").flags(PyType.BASETYPE | PyType.HAS_DICT | PyType.HAS_WEAKREF);
        t.tp_repr = Buffered::repr;
        t.method0("detach", self -> b(self).detach());
        t.method0("close", self -> b(self).close());
        t.method("seek", "target, whence=0, /", (self, a) -> b(self).seek(a[0], Abstract.asInt(a[1])));
        t.method0("tell", self -> b(self).tell());
        t.method0("seekable", self -> {
            b(self).checkInitialized();
            return Abstract.callMethod(b(self).raw, "seekable");
        });
        t.method0("readable", self -> {
            b(self).checkInitialized();
            return Abstract.callMethod(b(self).raw, "readable");
        });
        t.method0("fileno", self -> {
            b(self).checkInitialized();
            return Abstract.callMethod(b(self).raw, "fileno");
        });
        t.method0("isatty", self -> {
            b(self).checkInitialized();
            return Abstract.callMethod(b(self).raw, "isatty");
        });
        t.method1("_dealloc_warn", (self, src) -> Py.None);
        t.method0("__getstate__", self -> {
            throw Err.type("cannot pickle '%s' object", self.type.getFullName());
        });
        t.method0("__sizeof__", self -> PyInt.of(160 + (b(self).buffer == null ? 0 : b(self).bufferSize)));
        t.getset("raw", self -> b(self).raw == null ? Py.None : b(self).raw);
        t.getset("closed", self -> {
            b(self).checkInitialized();
            return Abstract.getAttr(b(self).raw, S_CLOSED);
        });
        t.getset("name", self -> {
            b(self).checkInitialized();
            return Abstract.getAttr(b(self).raw, "name");
        });
        t.getset("mode", self -> {
            b(self).checkInitialized();
            return Abstract.getAttr(b(self).raw, "mode");
        });
        t.getset("_finalizing", self -> Py.bool(b(self).finalizing));
    }

    static void defineReading(PyType t) {
        t.method("read", "size=-1, /", (self, a) -> b(self).read(IOBase.sizeArg(a[0])));
        t.method("read1", "size=-1, /", (self, a) -> b(self).read1(Abstract.asSsize(a[0], PyExc.OverflowError)));
        t.method("peek", "size=0, /", (self, a) -> b(self).peek());
        t.method1("readinto", (self, x) -> b(self).readinto(x, false));
        t.method1("readinto1", (self, x) -> b(self).readinto(x, true));
        t.method("readline", "size=-1, /", (self, a) -> b(self).readline(IOBase.sizeArg(a[0])));
        t.tp_iternext = self -> {
            if (self.type.isHeapType() && self.type.lookup("readline") != t.getDict().getStr("readline")) {
                return IOBase.iternext(self);
            }
            PyObject line = b(self).readline(-1);
            return ((PyBytes) line).size() == 0 ? null : line;
        };
    }

    static void defineWriting(PyType t) {
        t.method1("write", (self, data) -> b(self).write(IoModule.bytesOf(data)));
        t.method0("flush", self -> b(self).flush());
        t.method("truncate", "pos=None, /", (self, a) -> b(self).truncate(a[0]));
        t.method0("writable", self -> {
            b(self).checkInitialized();
            return Abstract.callMethod(b(self).raw, "writable");
        });
    }

    static ArgParser initParser(String name) {
        return new ArgParser(name, "raw, buffer_size=8192");
    }
}
