package org.ember.modules.io;

import java.io.ByteArrayOutputStream;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;

/** _io._RawIOBase: base class for raw binary I/O; read() is built on readinto(). */
public final class RawIOBase {
    private RawIOBase() {}

    public static final PyType TYPE = PyType.builtin("_RawIOBase", IOBase.class, RawIOBase::define);

    private static final PyStr S_READINTO = PyStr.immortal("readinto");
    private static final PyStr S_READALL = PyStr.immortal("readall");

    /** _RawIOBase.read(size): readall() for a negative size, else readinto() a fresh buffer. */
    static PyObject read(PyObject self, long n) {
        if (n < 0) {
            return Abstract.callMethod(self, S_READALL);
        }
        PyObject b = IoModule.newByteArray((int) n);
        PyObject res = Abstract.callMethod(self, S_READINTO, b);
        if (res == Py.None) {
            return res;
        }
        long got = Abstract.asSsize(res, PyExc.ValueError);
        byte[] all = IoModule.bytesOf(b);
        return PyBytes.of(java.util.Arrays.copyOf(all, (int) Math.max(0, Math.min(got, all.length))));
    }

    static PyObject readall(PyObject self) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean any = false;
        while (true) {
            PyObject data = Abstract.callMethod(self, IOBase.S_READ, PyInt.of(IoModule.DEFAULT_BUFFER_SIZE));
            if (data == Py.None) {
                if (!any) {
                    return data;
                }
                break;
            }
            if (!(data instanceof PyBytes bd)) {
                throw Err.type("read() should return bytes");
            }
            if (bd.size() == 0) {
                break;
            }
            any = true;
            out.write(bd.bytes(), 0, bd.size());
        }
        return PyBytes.of(out.toByteArray());
    }

    private static void define(PyType t) {
        t.base(IOBase.TYPE).module("_io").flags(PyType.BASETYPE).doc("Base class for raw binary I/O.");
        t.method("read", "size=-1, /", (self, a) -> read(self, IOBase.sizeArg(a[0])));
        t.method0("readall", RawIOBase::readall);
        t.methodV("readinto", (self, args, kw) -> {
            throw Err.raise(PyExc.NotImplementedError);
        });
        t.methodV("write", (self, args, kw) -> {
            throw Err.raise(PyExc.NotImplementedError);
        });
    }
}
