package org.ember.parser;

import java.math.BigInteger;
import org.ember.ast.ImaginaryLiteral;

/** Values of NUMBER tokens: BigInteger for int, Double for float, ImaginaryLiteral for complex literals. */
final class NumberLiteral {
    private NumberLiteral() {}

    static Object parse(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') return new ImaginaryLiteral(parseFloat(s.substring(0, s.length() - 1)));
        if (s.length() > 1 && s.charAt(0) == '0') {
            char b = s.charAt(1);
            if (b == 'x' || b == 'X') return new BigInteger(s.substring(2), 16);
            if (b == 'o' || b == 'O') return new BigInteger(s.substring(2), 8);
            if (b == 'b' || b == 'B') return new BigInteger(s.substring(2), 2);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') return parseFloat(s);
        }
        if (s.length() < 18) return BigInteger.valueOf(Long.parseLong(s));
        return new BigInteger(s);
    }

    private static double parseFloat(String s) {
        return Double.parseDouble(s);
    }
}
