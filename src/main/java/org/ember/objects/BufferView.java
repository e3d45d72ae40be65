package org.ember.objects;

/**
 * An exported buffer (CPython's Py_buffer): a window on the exporter's backing array with
 * the item format, shape and strides that describe it. Views of bytes and bytearray are 1-D
 * arrays of unsigned bytes (format "B"). {@link #release} tells the exporter the view is gone.
 */
public final class BufferView {
    /** The exporting object. */
    public final PyObject obj;
    /** The exporter's backing array (not a copy). */
    public final byte[] array;
    /** Offset in {@link #array} of the first byte. */
    public final int offset;
    /** Total number of bytes (product of the shape times itemsize). */
    public final int len;
    public final boolean readonly;
    /** struct-module format of one item ("B", "i", "d"...). */
    public final String format;
    public final int itemsize;
    public final int[] shape;
    /** Strides in bytes, per dimension. */
    public final int[] strides;
    private final Runnable onRelease;
    private boolean released;

    public BufferView(PyObject obj, byte[] array, int offset, int len, boolean readonly, String format, int itemsize,
            int[] shape, int[] strides, Runnable onRelease) {
        this.obj = obj;
        this.array = array;
        this.offset = offset;
        this.len = len;
        this.readonly = readonly;
        this.format = format;
        this.itemsize = itemsize;
        this.shape = shape;
        this.strides = strides;
        this.onRelease = onRelease;
    }

    /** A 1-D unsigned byte view of array[offset:offset+len]. */
    public static BufferView ofBytes(PyObject obj, byte[] array, int offset, int len, boolean readonly,
            Runnable onRelease) {
        return new BufferView(obj, array, offset, len, readonly, "B", 1, new int[] {len}, new int[] {1}, onRelease);
    }

    public int ndim() {
        return shape.length;
    }

    /** Releases the view (idempotent). */
    public void release() {
        if (!released) {
            released = true;
            if (onRelease != null) {
                onRelease.run();
            }
        }
    }

    public boolean isReleased() {
        return released;
    }

    /** True when the items are laid out contiguously in C (row-major) order. */
    public boolean isCContiguous() {
        return isContiguous(shape, strides, itemsize);
    }

    /** True when the items are laid out contiguously in Fortran (column-major) order. */
    public boolean isFContiguous() {
        if (len == 0) {
            return true;
        }
        int sd = itemsize;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] > 1 && strides[i] != sd) {
                return false;
            }
            sd *= shape[i];
        }
        return true;
    }

    static boolean isContiguous(int[] shape, int[] strides, int itemsize) {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        if (n == 0) {
            return true;
        }
        int sd = itemsize;
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] > 1 && strides[i] != sd) {
                return false;
            }
            sd *= shape[i];
        }
        return true;
    }

    /** The bytes of the view in C order (a fresh array). */
    public byte[] toByteArray() {
        if (isCContiguous()) {
            return java.util.Arrays.copyOfRange(array, offset, offset + len);
        }
        byte[] out = new byte[len];
        int[] pos = {0};
        copyOut(out, pos, 0, offset);
        return out;
    }

    private void copyOut(byte[] out, int[] pos, int dim, int off) {
        if (dim == shape.length) {
            System.arraycopy(array, off, out, pos[0], itemsize);
            pos[0] += itemsize;
            return;
        }
        for (int i = 0; i < shape[dim]; i++) {
            copyOut(out, pos, dim + 1, off + i * strides[dim]);
        }
    }
}
