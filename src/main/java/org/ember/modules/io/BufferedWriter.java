package org.ember.modules.io;

import org.ember.objects.ArgParser;
import org.ember.objects.PyObject;
import org.ember.objects.PyType;

/** _io.BufferedWriter: a buffer over a writable raw stream. */
public final class BufferedWriter extends Buffered {
    public static final PyType TYPE = PyType.builtin("BufferedWriter", BufferedWriter.class, BufferedWriter::define);

    public BufferedWriter(PyType type) {
        super(type);
        writable = true;
    }

    @Override
    void init(PyObject rawObj, int size) {
        IOBase.checkWritable(rawObj);
        readable = false;
        writable = true;
        super.init(rawObj, size);
    }

    private static void define(PyType t) {
        t.base(BufferedIOBase.TYPE);
        t.doc("A buffer for a writeable sequential RawIO object.\n\nThe constructor creates a BufferedWriter for "
                + "the given writeable raw\nstream. If the buffer_size is not given, it defaults to\n"
                + "DEFAULT_BUFFER_SIZE.");
        t.tp_alloc = BufferedWriter::new;
        t.tp_new = (type, args, kw) -> type.tp_alloc.alloc(type);
        ArgParser p = initParser("BufferedWriter");
        t.tp_init = (self, args, kw) -> {
            PyObject[] a = p.bind(args, kw);
            ((BufferedWriter) self).init(a[0], bufferSizeArg(a[1]));
        };
        defineCommon(t);
        defineWriting(t);
    }
}
