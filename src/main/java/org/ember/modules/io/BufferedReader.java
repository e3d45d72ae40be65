package org.ember.modules.io;

import org.ember.objects.ArgParser;
import org.ember.objects.PyObject;
import org.ember.objects.PyType;

/** _io.BufferedReader: a buffer over a readable raw stream. */
public final class BufferedReader extends Buffered {
    public static final PyType TYPE = PyType.builtin("BufferedReader", BufferedReader.class, BufferedReader::define);

    public BufferedReader(PyType type) {
        super(type);
        readable = true;
    }

    @Override
    void init(PyObject rawObj, int size) {
        IOBase.checkReadable(rawObj);
        readable = true;
        writable = false;
        super.init(rawObj, size);
    }

    private static void define(PyType t) {
        t.base(BufferedIOBase.TYPE);
        t.doc("Create a new buffered reader using the given readable raw IO object.");
        t.tp_alloc = BufferedReader::new;
        t.tp_new = (type, args, kw) -> type.tp_alloc.alloc(type);
        ArgParser p = initParser("BufferedReader");
        t.tp_init = (self, args, kw) -> {
            PyObject[] a = p.bind(args, kw);
            ((BufferedReader) self).init(a[0], bufferSizeArg(a[1]));
        };
        defineCommon(t);
        defineReading(t);
        t.method0("flush", self -> b(self).simpleFlush());
        t.method("truncate", "pos=None, /", (self, a) -> b(self).truncate(a[0]));
    }
}
