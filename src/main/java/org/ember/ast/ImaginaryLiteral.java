package org.ember.ast;

/** The value of a {@code Constant} for an imaginary literal such as {@code 2j}: a complex number with real part 0. */
public record ImaginaryLiteral(double imag) {
}
