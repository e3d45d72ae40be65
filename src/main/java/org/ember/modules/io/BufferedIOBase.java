package org.ember.modules.io;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.PyBytes;
import org.ember.objects.PyInt;
import org.ember.objects.PyObject;
import org.ember.objects.PyType;

/** _io._BufferedIOBase: base class for buffered binary I/O; readinto() is built on read(). */
public final class BufferedIOBase {
    private BufferedIOBase() {}

    public static final PyType TYPE = PyType.builtin("_BufferedIOBase", IOBase.class, BufferedIOBase::define);

    static PyObject readinto(PyObject self, PyObject buffer, boolean one) {
        int len = IoModule.bufferLength(buffer);
        PyObject data = Abstract.callMethod(self, one ? "read1" : "read", PyInt.of(len));
        if (!(data instanceof PyBytes b)) {
            throw Err.type("read() should return bytes");
        }
        if (b.size() > len) {
            throw Err.value("read() returned too much data: %d bytes requested, %d returned", len, b.size());
        }
        IoModule.fillBuffer(buffer, b.bytes(), 0, b.size());
        return PyInt.of(b.size());
    }

    private static void define(PyType t) {
        t.base(IOBase.TYPE).module("_io").flags(PyType.BASETYPE);
        t.doc("Base class for buffered IO objects.\n\nThe main difference with RawIOBase is that the read() method\n"
                + "supports omitting the size argument, and does not have a default\nimplementation that defers to "
                + "readinto().\n\nIn addition, read(), readinto() and write() may raise\nBlockingIOError if the "
                + "underlying raw stream is in non-blocking\nmode and not ready; unlike their raw counterparts, they "
                + "will never\nreturn None.\n\nA typical implementation should not inherit from a RawIOBase\n"
                + "implementation, but wrap one.\n");
        t.method0("detach", self -> {
            throw IoModule.unsupported("detach");
        });
        t.methodV("read", (self, args, kw) -> {
            throw IoModule.unsupported("read");
        });
        t.methodV("read1", (self, args, kw) -> {
            throw IoModule.unsupported("read1");
        });
        t.methodV("write", (self, args, kw) -> {
            throw IoModule.unsupported("write");
        });
        t.method1("readinto", (self, b) -> readinto(self, b, false));
        t.method1("readinto1", (self, b) -> readinto(self, b, true));
    }
}
