package org.ember.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.ember.objects.FloatMethods;
import org.ember.objects.IntMethods;
import org.ember.objects.NumberFormatDtoa;
import org.ember.objects.PyInt;
import org.junit.jupiter.api.Test;

/** The Java-level numeric helpers the interpreter and other modules call directly. */
class NumericApiTest {

    @Test
    void longFastPathsOverflowToBig() {
        assertSame(PyInt.of(7), IntMethods.add(3, 4));
        assertEquals(new BigInteger("9223372036854775808"), IntMethods.add(Long.MAX_VALUE, 1).bigValue());
        assertEquals(new BigInteger("-9223372036854775809"), IntMethods.sub(Long.MIN_VALUE, 1).bigValue());
        assertEquals(new BigInteger("85070591730234615847396907784232501249"),
                IntMethods.mul(Long.MAX_VALUE, Long.MAX_VALUE).bigValue());
        assertEquals(new BigInteger("9223372036854775808"), IntMethods.floorDiv(Long.MIN_VALUE, -1).bigValue());
        assertEquals(-4, IntMethods.floorDiv(-7, 2).longValue());
        assertEquals(1, IntMethods.mod(-7, 2).longValue());
        assertTrue(IntMethods.add(1, 2).isSmall());
        assertTrue(PyInt.of(BigInteger.valueOf(5)).isSmall());
    }

    @Test
    void compareAndBitLength() {
        assertEquals(-1, IntMethods.compare(PyInt.of(-1), PyInt.of(BigInteger.TWO.pow(70))));
        assertEquals(64, IntMethods.bitLength(PyInt.of(Long.MIN_VALUE)));
        assertEquals(0, IntMethods.bitLength(PyInt.ZERO));
    }

    @Test
    void prefixedStrings() {
        assertEquals("-0x1f", IntMethods.toPrefixedString(PyInt.of(-31), 16));
        assertEquals("0b101", IntMethods.toPrefixedString(PyInt.of(5), 2));
        assertEquals("-0o1000000000000000000000", IntMethods.toPrefixedString(PyInt.of(Long.MIN_VALUE), 8));
    }

    @Test
    void doubleToString() {
        assertEquals("0.1", FloatMethods.repr(0.1));
        assertEquals("1e+16", FloatMethods.repr(1e16));
        assertEquals("-0.0", FloatMethods.repr(-0.0));
        assertEquals("5e-324", FloatMethods.repr(Double.MIN_VALUE));
        assertEquals("0.12", NumberFormatDtoa.toString(0.125, 'f', 2, 0));
        assertEquals("0.38", NumberFormatDtoa.toString(0.375, 'f', 2, 0));
        assertEquals("1.000000E+30", NumberFormatDtoa.toString(1e30, 'E', 6, 0));
        assertEquals("+nan", NumberFormatDtoa.toString(-Double.NaN, 'g', 6, NumberFormatDtoa.SIGN));
        assertEquals("0.0", NumberFormatDtoa.toString(-0.0001, 'f', 1, NumberFormatDtoa.NO_NEG_0));
        assertEquals("2.", NumberFormatDtoa.toString(2.0, 'g', 1, NumberFormatDtoa.ALT));
    }

    @Test
    void scaledToDoubleRoundsHalfEven() {
        assertEquals(0.0, FloatMethods.scaledToDouble(BigInteger.ONE, -1075, false));
        assertEquals(Double.MIN_VALUE, FloatMethods.scaledToDouble(BigInteger.ONE, -1075, true));
        assertEquals(Double.MIN_VALUE * 2, FloatMethods.scaledToDouble(BigInteger.valueOf(3), -1075, false));
        assertEquals(Math.pow(2, 53), FloatMethods.scaledToDouble(BigInteger.ONE.shiftLeft(53).add(BigInteger.ONE), 0, false));
        assertEquals(Math.pow(2, 53) + 2, FloatMethods.scaledToDouble(BigInteger.ONE.shiftLeft(53).add(BigInteger.ONE), 0, true));
        assertTrue(Double.isInfinite(FloatMethods.scaledToDouble(BigInteger.ONE, 1024, false)));
    }
}
