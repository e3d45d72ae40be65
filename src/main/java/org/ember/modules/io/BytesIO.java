package org.ember.modules.io;

import java.util.Arrays;

import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyDict;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyObject;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;

/** _io.BytesIO: a binary stream over an in-memory, growable byte buffer. */
public final class BytesIO extends IOBase {
    public static final PyType TYPE = PyType.builtin("BytesIO", BytesIO.class, BytesIO::define);

    /** The buffer; null once closed. */
    byte[] buf = new byte[0];
    int pos;
    int size;
    int exports;

    public BytesIO(PyType type) {
        super(type);
    }

    @Override
    boolean isClosedJava() {
        return buf == null;
    }

    private void checkClosed() {
        if (buf == null) {
            throw IoModule.closedFile();
        }
    }

    private void checkExports() {
        if (exports > 0) {
            throw Err.format(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
        }
    }

    /** The current contents (a copy). */
    public byte[] getvalue() {
        checkClosed();
        return Arrays.copyOf(buf, size);
    }

    void init(PyObject initial) {
        checkExports();
        buf = new byte[0];
        size = 0;
        pos = 0;
        if (initial != null && initial != Py.None) {
            byte[] b = IoModule.bytesOf(initial);
            buf = Arrays.copyOf(b, b.length);
            size = b.length;
        }
    }

    byte[] read(long n) {
        checkClosed();
        int avail = Math.max(0, size - pos);
        int len = n < 0 || n > avail ? avail : (int) n;
        byte[] out = Arrays.copyOfRange(buf, pos, pos + len);
        pos += len;
        return out;
    }

    byte[] readline(long limit) {
        checkClosed();
        int start = Math.min(pos, size);
        int end = start;
        int max = limit < 0 || limit > size - start ? size : start + (int) limit;
        while (end < max) {
            if (buf[end++] == '\n') {
                break;
            }
        }
        byte[] out = Arrays.copyOfRange(buf, start, end);
        pos = end > pos ? end : pos;
        return out;
    }

    int write(byte[] data) {
        checkClosed();
        checkExports();
        int n = data.length;
        if (n == 0) {
            return 0;
        }
        long end = (long) pos + n;
        if (end > Integer.MAX_VALUE - 16) {
            throw Err.overflow("new buffer size too large");
        }
        if (end > buf.length) {
            int cap = Math.max((int) end, buf.length + (buf.length >> 3) + 16);
            buf = Arrays.copyOf(buf, cap);
        }
        if (pos > size) {
            Arrays.fill(buf, size, pos, (byte) 0);
        }
        System.arraycopy(data, 0, buf, pos, n);
        pos += n;
        if (pos > size) {
            size = pos;
        }
        return n;
    }

    long seek(long p, int whence) {
        checkClosed();
        if (p < 0 && whence == 0) {
            throw Err.value("negative seek value %d", p);
        }
        if (whence == 1) {
            p += pos;
        } else if (whence == 2) {
            p += size;
        } else if (whence != 0) {
            throw Err.value("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (p < 0) {
            p = 0;
        }
        if (p > Integer.MAX_VALUE - 16) {
            throw Err.overflow("new position too large");
        }
        pos = (int) p;
        return p;
    }

    private static BytesIO self(PyObject o) {
        return (BytesIO) o;
    }

    private static void define(PyType t) {
        t.base(BufferedIOBase.TYPE).module("_io").flags(PyType.BASETYPE | PyType.HAS_DICT | PyType.HAS_WEAKREF);
        t.doc("Buffered I/O implementation using an in-memory bytes buffer.");
        t.tp_alloc = BytesIO::new;
        t.tp_new = (type, args, kw) -> type.tp_alloc.alloc(type);
        ArgParser initArgs = new ArgParser("BytesIO", "initial_bytes=None");
        t.tp_init = (self, args, kw) -> self(self).init(initArgs.bind(args, kw)[0]);
        t.method0("getvalue", self -> PyBytes.of(self(self).getvalue()));
        t.method0("getbuffer", self -> {
            BytesIO b = self(self);
            b.checkClosed();
            // A snapshot view: Ember has no shared-memory export of the buffer yet.
            PyObject ba = IoModule.newByteArray(0);
            Abstract.callMethod(ba, "extend", PyBytes.of(b.getvalue()));
            PyObject mv = org.ember.runtime.ThreadState.current().interp.builtinsDict.getStr("memoryview");
            return Abstract.call(mv, ba);
        });
        t.method("read", "size=-1, /", (self, a) -> PyBytes.of(self(self).read(IOBase.sizeArg(a[0]))));
        t.method("read1", "size=-1, /", (self, a) -> PyBytes.of(self(self).read(IOBase.sizeArg(a[0]))));
        t.method("readline", "size=-1, /", (self, a) -> PyBytes.of(self(self).readline(IOBase.sizeArg(a[0]))));
        t.method("readlines", "size=None, /", (self, a) -> {
            BytesIO b = self(self);
            long hint = IOBase.sizeArg(a[0]);
            b.checkClosed();
            PyList out = new PyList();
            long total = 0;
            while (true) {
                byte[] line = b.readline(-1);
                if (line.length == 0) {
                    break;
                }
                out.append(PyBytes.of(line));
                total += line.length;
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return out;
        });
        t.method1("readinto", (self, buffer) -> {
            BytesIO b = self(self);
            b.checkClosed();
            int len = IoModule.bufferLength(buffer);
            byte[] data = b.read(len);
            IoModule.fillBuffer(buffer, data, 0, data.length);
            return PyInt.of(data.length);
        });
        t.method1("write", (self, data) -> PyInt.of(self(self).write(IoModule.bytesOf(data))));
        t.method1("writelines", (self, lines) -> {
            BytesIO b = self(self);
            b.checkClosed();
            PyObject it = Abstract.iter(lines);
            for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) {
                b.write(IoModule.bytesOf(line));
            }
            return Py.None;
        });
        t.method("seek", "pos, whence=0, /", (self, a) -> {
            long p = Abstract.asSsize(a[0], PyExc.OverflowError);
            return PyInt.of(self(self).seek(p, Abstract.asInt(a[1])));
        });
        t.method0("tell", self -> {
            self(self).checkClosed();
            return PyInt.of(self(self).pos);
        });
        t.method("truncate", "size=None, /", (self, a) -> {
            BytesIO b = self(self);
            b.checkClosed();
            b.checkExports();
            long n = a[0] == Py.None ? b.pos : Abstract.asSsize(a[0], PyExc.OverflowError);
            if (n < 0) {
                throw Err.value("negative size value %d", n);
            }
            if (n < b.size) {
                b.size = (int) n;
            }
            return PyInt.of(n);
        });
        t.method0("readable", self -> {
            self(self).checkClosed();
            return Py.True;
        });
        t.method0("writable", self -> {
            self(self).checkClosed();
            return Py.True;
        });
        t.method0("seekable", self -> {
            self(self).checkClosed();
            return Py.True;
        });
        t.method0("isatty", self -> {
            self(self).checkClosed();
            return Py.False;
        });
        t.method0("flush", self -> {
            self(self).checkClosed();
            return Py.None;
        });
        t.method0("close", self -> {
            BytesIO b = self(self);
            b.checkExports();
            b.buf = null;
            return Py.None;
        });
        t.tp_iter = self -> {
            self(self).checkClosed();
            return self;
        };
        t.tp_iternext = self -> {
            BytesIO b = self(self);
            if (self.type != TYPE) {
                return IOBase.iternext(self);
            }
            byte[] line = b.readline(-1);
            return line.length == 0 ? null : PyBytes.of(line);
        };
        t.getset("closed", self -> Py.bool(self(self).buf == null));
        t.method0("__getstate__", self -> {
            BytesIO b = self(self);
            PyDict d = b.getDictOrNull();
            return PyTuple.of(PyBytes.of(b.getvalue()), PyInt.of(b.pos), d == null ? Py.None : d.copy());
        });
        t.method1("__setstate__", (self, state) -> {
            BytesIO b = self(self);
            if (!(state instanceof PyTuple st) || st.size() < 3) {
                throw Err.type("%s.__setstate__ argument should be 3-tuple, got %s", IoModule.typeName(self),
                        Err.tn(state));
            }
            b.init(st.get(0));
            if (!(st.get(1) instanceof PyInt)) {
                throw Err.type("second item of state must be an integer, not %s", Err.tn(st.get(1)));
            }
            long p = Abstract.asLong(st.get(1));
            if (p < 0) {
                throw Err.value("position value cannot be negative");
            }
            b.pos = (int) p;
            if (st.get(2) != Py.None) {
                if (!(st.get(2) instanceof PyDict d)) {
                    throw Err.type("third item of state should be a dict, got a %s", Err.tn(st.get(2)));
                }
                b.getDict().update(d);
            }
            return Py.None;
        });
        t.method0("__sizeof__", self -> PyInt.of(88 + (self(self).buf == null ? 0 : self(self).buf.length + 33)));
    }
}
