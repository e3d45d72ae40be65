package org.ember.modules.io;

import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyException;
import org.ember.objects.PyObject;
import org.ember.objects.PyType;

/** _io.BufferedRWPair: a reader and a writer stream combined into one object. */
public final class BufferedRWPair extends IOBase {
    public static final PyType TYPE = PyType.builtin("BufferedRWPair", BufferedRWPair.class, BufferedRWPair::define);

    BufferedReader reader;
    BufferedWriter writer;

    public BufferedRWPair(PyType type) {
        super(type);
    }

    private PyObject reader() {
        if (reader == null) {
            throw Err.value("I/O operation on uninitialized object");
        }
        return reader;
    }

    private PyObject writer() {
        if (writer == null) {
            throw Err.value("I/O operation on uninitialized object");
        }
        return writer;
    }

    @Override
    boolean isClosedJava() {
        return Abstract.isTrue(Abstract.getAttr(writer(), S_CLOSED));
    }

    private static BufferedRWPair p(PyObject o) {
        return (BufferedRWPair) o;
    }

    private static void forward(PyType t, String name, boolean toReader) {
        t.methodV(name, (self, args, kw) -> Abstract.call(
                Abstract.getAttr(toReader ? p(self).reader() : p(self).writer(), name), args, kw));
    }

    private static void define(PyType t) {
        t.base(BufferedIOBase.TYPE).module("_io").flags(PyType.BASETYPE | PyType.HAS_DICT | PyType.HAS_WEAKREF);
        t.doc("A buffered reader and writer object together.\n\nA buffered reader object and buffered writer object "
                + "put together to\nform a sequential IO object that can read and write. This is typically\nused with "
                + "a socket or two-way pipe.\n\nreader and writer are RawIOBase objects that are readable and\n"
                + "writeable respectively. If the buffer_size is omitted it defaults to\nDEFAULT_BUFFER_SIZE.\n");
        t.tp_alloc = BufferedRWPair::new;
        t.tp_new = (type, args, kw) -> type.tp_alloc.alloc(type);
        ArgParser ap = new ArgParser("BufferedRWPair", "reader, writer, buffer_size=8192, /");
        t.tp_init = (self, args, kw) -> {
            PyObject[] a = ap.bind(args, kw);
            IOBase.checkReadable(a[0]);
            IOBase.checkWritable(a[1]);
            int size = Buffered.bufferSizeArg(a[2]);
            BufferedReader r = new BufferedReader(BufferedReader.TYPE);
            r.init(a[0], size);
            BufferedWriter w = new BufferedWriter(BufferedWriter.TYPE);
            w.init(a[1], size);
            p(self).reader = r;
            p(self).writer = w;
        };
        for (String n : new String[] {"read", "peek", "read1", "readinto", "readinto1"}) {
            forward(t, n, true);
        }
        for (String n : new String[] {"write", "flush"}) {
            forward(t, n, false);
        }
        t.method0("readable", self -> Abstract.callMethod(p(self).reader(), "readable"));
        t.method0("writable", self -> Abstract.callMethod(p(self).writer(), "writable"));
        t.method0("close", self -> {
            PyException err = null;
            try {
                Abstract.callMethod(p(self).writer(), "close");
            } catch (PyException e) {
                err = e;
            }
            try {
                Abstract.callMethod(p(self).reader(), "close");
            } catch (PyException e) {
                if (err != null) {
                    e.value.context = err.value;
                }
                err = e;
            }
            if (err != null) {
                throw err;
            }
            return Py.None;
        });
        t.method0("isatty", self -> {
            PyObject r = Abstract.callMethod(p(self).writer(), "isatty");
            if (r != Py.False) {
                return r;
            }
            return Abstract.callMethod(p(self).reader(), "isatty");
        });
        t.getset("closed", self -> Abstract.getAttr(p(self).writer(), S_CLOSED));
    }
}
