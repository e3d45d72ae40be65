package org.ember.modules.io;

import org.ember.objects.ArgParser;
import org.ember.objects.PyObject;
import org.ember.objects.PyType;

/** _io.BufferedRandom: a buffered interface to a seekable raw stream open for reading and writing. */
public final class BufferedRandom extends Buffered {
    public static final PyType TYPE = PyType.builtin("BufferedRandom", BufferedRandom.class, BufferedRandom::define);

    public BufferedRandom(PyType type) {
        super(type);
        readable = true;
        writable = true;
    }

    @Override
    void init(PyObject rawObj, int size) {
        IOBase.checkSeekable(rawObj);
        IOBase.checkReadable(rawObj);
        IOBase.checkWritable(rawObj);
        readable = true;
        writable = true;
        super.init(rawObj, size);
    }

    private static void define(PyType t) {
        t.base(BufferedIOBase.TYPE);
        t.doc("A buffered interface to random access streams.\n\nThe constructor creates a reader and writer for a "
                + "seekable stream,\nraw, given in the first argument. If the buffer_size is omitted it\ndefaults to "
                + "DEFAULT_BUFFER_SIZE.");
        t.tp_alloc = BufferedRandom::new;
        t.tp_new = (type, args, kw) -> type.tp_alloc.alloc(type);
        ArgParser p = initParser("BufferedRandom");
        t.tp_init = (self, args, kw) -> {
            PyObject[] a = p.bind(args, kw);
            ((BufferedRandom) self).init(a[0], bufferSizeArg(a[1]));
        };
        defineCommon(t);
        defineReading(t);
        defineWriting(t);
    }
}
