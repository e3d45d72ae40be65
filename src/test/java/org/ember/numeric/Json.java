package org.ember.numeric;

import java.util.ArrayList;
import java.util.List;

/** Reads the JSON arrays of strings that tests/numeric/gen_expected.py writes (ASCII, \\uXXXX escapes). */
final class Json {
    private Json() {}

    static List<String> parseStringArray(String s) {
        List<String> out = new ArrayList<>();
        int i = s.indexOf('[') + 1;
        while (true) {
            while (s.charAt(i) == ' ' || s.charAt(i) == ',') {
                i++;
            }
            if (s.charAt(i) == ']') {
                return out;
            }
            if (s.charAt(i) != '"') {
                throw new IllegalArgumentException("bad JSON: " + s);
            }
            i++;
            StringBuilder sb = new StringBuilder();
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'r' -> sb.append('\r');
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> sb.append(e);
                    }
                } else {
                    sb.append(c);
                }
            }
            i++;
            out.add(sb.toString());
        }
    }
}
