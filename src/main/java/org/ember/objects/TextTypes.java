package org.ember.objects;

/** The builtin types of the text and binary area, readied with the core types by {@link BuiltinTypes}. */
public final class TextTypes {
    private TextTypes() {}

    public static PyType[] all() {
        return new PyType[] {
            StrMethods.StrIterator.TYPE, StrMethods.StrIterator.ASCII_TYPE, PyByteArray.TYPE, PyMemoryView.TYPE,
            BytesMethods.BytesIterator.BYTES_TYPE, BytesMethods.BytesIterator.BYTEARRAY_TYPE,
            PyMemoryView.MemoryIterator.TYPE, StrFormat.FormatterIterator.TYPE, StrFormat.FieldNameIteratorObject.TYPE,
        };
    }
}
