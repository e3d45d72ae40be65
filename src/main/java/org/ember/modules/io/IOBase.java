package org.ember.modules.io;

import java.io.ByteArrayOutputStream;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.Instance;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;

/**
 * _io._IOBase: the root of the I/O classes, and the Java base of every _io object (each carries
 * an instance __dict__, as in CPython). Methods call each other through attribute lookup, so
 * Python subclasses overriding read(), readline(), closed... are honoured.
 */
public class IOBase extends PyObject implements Instance {
    public static final PyType TYPE = PyType.builtin("_IOBase", IOBase.class, IOBase::define);

    static final PyStr S_CLOSED = PyStr.immortal("closed");
    static final PyStr S_READLINE = PyStr.immortal("readline");
    static final PyStr S_READ = PyStr.immortal("read");
    static final PyStr S_WRITE = PyStr.immortal("write");
    static final PyStr S_FLUSH = PyStr.immortal("flush");
    static final PyStr S_CLOSE = PyStr.immortal("close");
    static final PyStr S_SEEK = PyStr.immortal("seek");
    static final PyStr S_PEEK = PyStr.immortal("peek");

    private PyDict dict;
    private final PyObject[] slots;
    /** CPython's __IOBase_closed. */
    boolean iobaseClosed;

    public IOBase(PyType type) {
        super(type);
        this.slots = type.slotCount == 0 ? null : new PyObject[type.slotCount];
    }

    @Override
    public PyDict getDict() {
        PyDict d = dict;
        if (d == null) {
            d = dict = new PyDict();
        }
        return d;
    }

    @Override
    public PyDict getDictOrNull() {
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    @Override
    public PyObject[] slotValues() {
        return slots;
    }

    /** The closed state as this Java class knows it (subclasses refine). */
    boolean isClosedJava() {
        return iobaseClosed;
    }

    /** self.closed, through attribute lookup unless self is an exact builtin _io object. */
    static boolean isClosed(PyObject self) {
        if (self instanceof IOBase io && !self.type.isHeapType()) {
            return io.isClosedJava();
        }
        return Abstract.isTrue(Abstract.getAttr(self, S_CLOSED));
    }

    /** Raises ValueError "I/O operation on closed file." when self.closed. */
    static void checkClosed(PyObject self) {
        if (isClosed(self)) {
            throw IoModule.closedFile();
        }
    }

    static boolean callBool(PyObject self, String name) {
        return Abstract.isTrue(Abstract.callMethod(self, name));
    }

    static void checkSeekable(PyObject self) {
        if (!callBool(self, "seekable")) {
            throw IoModule.unsupported("File or stream is not seekable.");
        }
    }

    static void checkReadable(PyObject self) {
        if (!callBool(self, "readable")) {
            throw IoModule.unsupported("File or stream is not readable.");
        }
    }

    static void checkWritable(PyObject self) {
        if (!callBool(self, "writable")) {
            throw IoModule.unsupported("File or stream is not writable.");
        }
    }

    /** _IOBase.close(): flush, then mark closed (even when flush fails). */
    static PyObject close(PyObject self) {
        if (((IOBase) self).iobaseClosed) {
            return Py.None;
        }
        try {
            Abstract.callMethod(self, S_FLUSH);
        } finally {
            if (self instanceof IOBase io) {
                io.iobaseClosed = true;
            }
        }
        return Py.None;
    }

    /** _IOBase.readline: via peek() when available, else one byte at a time. */
    static PyObject readline(PyObject self, long limit) {
        PyObject peek = Abstract.lookupAttr(self, S_PEEK);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        while (limit < 0 || buf.size() < limit) {
            int nreadahead = 1;
            if (peek != null) {
                PyObject readahead = Abstract.call(peek, PyInt.ONE);
                if (!(readahead instanceof PyBytes rb)) {
                    throw Err.format(PyExc.OSError, "peek() should have returned a bytes object, not '%s'",
                            Err.tn(readahead));
                }
                byte[] ra = rb.bytes();
                if (ra.length > 0) {
                    int n = 0;
                    while (n < ra.length && (limit < 0 || n < limit)) {
                        if (ra[n++] == '\n') {
                            break;
                        }
                    }
                    nreadahead = n;
                }
            }
            PyObject b = Abstract.callMethod(self, S_READ, PyInt.of(nreadahead));
            if (!(b instanceof PyBytes bb)) {
                throw Err.format(PyExc.OSError, "read() should have returned a bytes object, not '%s'", Err.tn(b));
            }
            byte[] data = bb.bytes();
            if (data.length == 0) {
                break;
            }
            buf.write(data, 0, data.length);
            if (data[data.length - 1] == '\n') {
                break;
            }
        }
        return PyBytes.of(buf.toByteArray());
    }

    /** Converts a size argument accepting int or None (None: -1). */
    static long sizeArg(PyObject o) {
        if (o == null || o == Py.None) {
            return -1;
        }
        if (!Abstract.hasIndex(o)) {
            throw Err.type("argument should be integer or None, not '%s'", Err.tn(o));
        }
        return Abstract.asSsize(o, PyExc.OverflowError);
    }

    static PyObject readlines(PyObject self, PyObject hintObj) {
        long hint = sizeArg(hintObj);
        PyList result = new PyList();
        if (hint <= 0) {
            Abstract.forEach(self, result::append);
            return result;
        }
        PyObject it = Abstract.iter(self);
        long length = 0;
        while (true) {
            PyObject line = Abstract.next(it);
            if (line == null) {
                break;
            }
            result.append(line);
            long len = Abstract.length(line);
            if (len > hint - length) {
                break;
            }
            length += len;
        }
        return result;
    }

    static PyObject writelines(PyObject self, PyObject lines) {
        checkClosed(self);
        PyObject it = Abstract.iter(lines);
        while (true) {
            PyObject line = Abstract.next(it);
            if (line == null) {
                break;
            }
            Abstract.callMethod(self, S_WRITE, line);
        }
        return Py.None;
    }

    static PyObject iternext(PyObject self) {
        PyObject line = Abstract.callMethod(self, S_READLINE);
        if (Abstract.length(line) <= 0) {
            return null;
        }
        return line;
    }

    private static void define(PyType t) {
        t.module("_io").flags(PyType.BASETYPE | PyType.HAS_DICT | PyType.HAS_WEAKREF);
        t.doc("The abstract base class for all I/O classes.\n\nThis class provides dummy implementations for many "
                + "methods that\nderived classes can override selectively; the default implementations\nrepresent a "
                + "file that cannot be read, written or seeked.\n\nEven though IOBase does not declare read, readinto, "
                + "or write because\ntheir signatures will vary, implementations and clients should consider\nthose "
                + "methods part of the interface. Also, implementations may raise\nUnsupportedOperation when "
                + "operations they do not support are called.\n\nThe basic type used for binary data read from or "
                + "written to a file is\nbytes. Other bytes-like objects are accepted as method arguments too.\nIn "
                + "some cases (such as readinto), a writable object is required. Text\nI/O classes work with str "
                + "data.\n\nNote that calling any method (except additional calls to close(),\nwhich are ignored) on a "
                + "closed stream should raise a ValueError.\n\nIOBase (and its subclasses) support the iterator "
                + "protocol, meaning\nthat an IOBase object can be iterated over yielding the lines in a\nstream.\n\n"
                + "IOBase also supports the :keyword:`with` statement. In this example,\nfp is closed after the suite "
                + "of the with statement is complete:\n\nwith open('spam.txt', 'r') as fp:\n    fp.write('Spam and "
                + "eggs!')\n");
        t.tp_alloc = IOBase::new;
        t.tp_new = (type, args, kw) -> type.tp_alloc.alloc(type);
        t.tp_init = (self, args, kw) -> { };
        t.methodV("seek", (self, args, kw) -> {
            throw IoModule.unsupported("seek");
        });
        t.method0("tell", self -> Abstract.callMethod(self, S_SEEK, PyInt.ZERO, PyInt.ONE));
        t.methodV("truncate", (self, args, kw) -> {
            throw IoModule.unsupported("truncate");
        });
        t.method0("flush", self -> {
            if (((IOBase) self).iobaseClosed) {
                throw IoModule.closedFile();
            }
            return Py.None;
        });
        t.method0("close", IOBase::close);
        t.method0("seekable", self -> Py.False);
        t.method0("readable", self -> Py.False);
        t.method0("writable", self -> Py.False);
        t.methodV("_checkClosed", (self, args, kw) -> {
            checkClosed(self);
            return Py.None;
        });
        t.methodV("_checkSeekable", (self, args, kw) -> {
            checkSeekable(self);
            return Py.True;
        });
        t.methodV("_checkReadable", (self, args, kw) -> {
            checkReadable(self);
            return Py.True;
        });
        t.methodV("_checkWritable", (self, args, kw) -> {
            checkWritable(self);
            return Py.True;
        });
        t.method0("fileno", self -> {
            throw IoModule.unsupported("fileno");
        });
        t.method0("isatty", self -> {
            checkClosed(self);
            return Py.False;
        });
        t.method0("__enter__", self -> {
            checkClosed(self);
            return self;
        });
        t.methodV("__exit__", (self, args, kw) -> Abstract.callMethod(self, S_CLOSE));
        t.method("readline", "size=-1, /", (self, a) -> readline(self, sizeArg(a[0])));
        t.method("readlines", "hint=-1, /", (self, a) -> readlines(self, a[0]));
        t.method1("writelines", IOBase::writelines);
        t.tp_iter = self -> {
            checkClosed(self);
            return self;
        };
        t.tp_iternext = IOBase::iternext;
        t.getset("closed", self -> Py.bool(((IOBase) self).iobaseClosed));
        t.getset("__dict__", self -> ((IOBase) self).getDict(), (self, v) -> {
            if (!(v instanceof PyDict d)) {
                throw Err.type("__dict__ must be set to a dictionary, not a '%s'", Err.tn(v));
            }
            ((IOBase) self).setDict(d);
        });
    }

    /** Raises a PyException unless it is an InterruptedError (CPython's _PyIO_trap_eintr). */
    static boolean isEintr(PyException e) {
        return e.matches(PyExc.InterruptedError);
    }
}
