package org.ember.objects;

/** Objects exposing their contents as bytes (CPython's buffer protocol, simplified). */
public interface BufferProtocol {
    /** A copy of the object's bytes. */
    byte[] toByteArray();
}
