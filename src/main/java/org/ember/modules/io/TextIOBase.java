package org.ember.modules.io;

import org.ember.objects.Py;
import org.ember.objects.PyType;

/** _io._TextIOBase: base class for text I/O. */
public final class TextIOBase {
    private TextIOBase() {}

    public static final PyType TYPE = PyType.builtin("_TextIOBase", IOBase.class, TextIOBase::define);

    private static void define(PyType t) {
        t.base(IOBase.TYPE).module("_io").flags(PyType.BASETYPE);
        t.doc("Base class for text I/O.\n\nThis class provides a character and line based interface to stream\n"
                + "I/O. There is no readinto method because Python's character strings\nare immutable.\n");
        t.method0("detach", self -> {
            throw IoModule.unsupported("detach");
        });
        t.methodV("read", (self, args, kw) -> {
            throw IoModule.unsupported("read");
        });
        t.methodV("readline", (self, args, kw) -> {
            throw IoModule.unsupported("readline");
        });
        t.methodV("write", (self, args, kw) -> {
            throw IoModule.unsupported("write");
        });
        t.getset("encoding", self -> Py.None);
        t.getset("newlines", self -> Py.None);
        t.getset("errors", self -> Py.None);
    }
}
