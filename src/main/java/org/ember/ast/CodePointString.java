package org.ember.ast;

import java.util.Arrays;

/**
 * The value of a str {@code Constant} that Java's UTF-16 {@code String} cannot represent faithfully: a
 * Python string in which a high surrogate code point is immediately followed by a low surrogate code
 * point (e.g. {@code '\\ud800\\udc00'} written with escapes), which a Java String would merge into one
 * supplementary character. Every other str constant is a plain {@code String} (lone surrogates included).
 * The array must not be modified (immutable by convention).
 */
public record CodePointString(int[] codePoints) {
    @Override public boolean equals(Object o) {
        return o instanceof CodePointString c && Arrays.equals(codePoints, c.codePoints);
    }

    @Override public int hashCode() { return Arrays.hashCode(codePoints); }

    @Override public String toString() { return "CodePointString" + Arrays.toString(codePoints); }
}
