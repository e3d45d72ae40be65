package org.ember.modules;

import org.ember.objects.BufferProtocol;
import org.ember.objects.BufferView;
import org.ember.objects.Err;
import org.ember.objects.PyBytes;
import org.ember.objects.PyExc;
import org.ember.objects.PyObject;

/**
 * Bytes-like arguments of native modules (Argument Clinic's {@code Py_buffer} / 'y*'): a
 * C-contiguous window on the object's memory, without copying.
 */
public final class BytesArg {
    private BytesArg() {}

    /** A window on an exported buffer; release it when done. */
    public record Window(byte[] array, int offset, int len, BufferView view) {
        public void release() {
            if (view != null) {
                view.release();
            }
        }

        public byte[] toArray() {
            return java.util.Arrays.copyOfRange(array, offset, offset + len);
        }
    }

    /** True when o exports a buffer (PyObject_CheckBuffer). */
    public static boolean check(PyObject o) {
        return o instanceof PyBytes || o instanceof BufferProtocol;
    }

    /**
     * PyObject_GetBuffer(o, PyBUF_SIMPLE): TypeError "a bytes-like object is required, not 'T'"
     * for other objects, BufferError for non-contiguous views.
     */
    public static Window read(PyObject o) {
        if (o instanceof PyBytes b) {
            return new Window(b.bytes(), 0, b.size(), null);
        }
        if (o instanceof BufferProtocol bp) {
            return view(bp);
        }
        throw Err.type("a bytes-like object is required, not '%s'", Err.tn(o));
    }

    /** The window of an exporter (BufferError when it is not C-contiguous). */
    public static Window view(BufferProtocol bp) {
        BufferView v = bp.getBuffer(0);
        if (!v.isCContiguous()) {
            v.release();
            throw Err.format(PyExc.BufferError, "memoryview: underlying buffer is not C-contiguous");
        }
        return new Window(v.array, v.offset, v.len, v);
    }

    /** A copy of a bytes-like argument's contents ('y*' semantics). */
    public static byte[] copy(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes();
        }
        Window w = read(o);
        try {
            return w.toArray();
        } finally {
            w.release();
        }
    }
}
