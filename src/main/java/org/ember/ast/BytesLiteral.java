package org.ember.ast;

import java.util.Arrays;

/** The value of a {@code Constant} for a bytes literal. The array must not be modified (immutable by convention). */
public record BytesLiteral(byte[] bytes) {
    @Override public boolean equals(Object o) {
        return o instanceof BytesLiteral b && Arrays.equals(bytes, b.bytes);
    }

    @Override public int hashCode() { return Arrays.hashCode(bytes); }

    @Override public String toString() { return "BytesLiteral" + Arrays.toString(bytes); }
}
