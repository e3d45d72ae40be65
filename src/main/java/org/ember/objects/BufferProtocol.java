package org.ember.objects;

/**
 * Objects that export their memory (CPython's buffer protocol): bytes, bytearray, memoryview
 * and array.array. {@link #getBuffer} returns a {@link BufferView} over the exporter's own
 * backing array (no copy); the consumer releases it when done. Exporters whose size can change
 * (bytearray) refuse to resize while views are held.
 */
public interface BufferProtocol {
    /** Request flag: a writable buffer (PyBUF_WRITABLE). */
    int WRITABLE = 1;

    /**
     * Exports the object's memory. Raises BufferError ("Object is not writable.") when
     * {@link #WRITABLE} is requested from a read-only exporter.
     */
    BufferView getBuffer(int flags);

    /** A copy of the object's bytes (in C order). */
    default byte[] toByteArray() {
        BufferView v = getBuffer(0);
        try {
            return v.toByteArray();
        } finally {
            v.release();
        }
    }
}
