package org.ember.parser;

import java.util.ArrayList;
import java.util.List;

/** Just enough JSON for the test corpus files: strings, integers, null and flat arrays. */
final class MiniJson {
    private MiniJson() {}

    static String parseString(String s) {
        int[] pos = {0};
        return readString(s, pos);
    }

    static List<Object> parseArray(String s) {
        List<Object> out = new ArrayList<>();
        int[] pos = {1};
        while (true) {
            skip(s, pos);
            char c = s.charAt(pos[0]);
            if (c == ']') break;
            if (c == '"') out.add(readString(s, pos));
            else if (s.startsWith("null", pos[0])) {
                out.add(null);
                pos[0] += 4;
            } else {
                int st = pos[0];
                while (pos[0] < s.length() && (Character.isDigit(s.charAt(pos[0])) || s.charAt(pos[0]) == '-')) pos[0]++;
                out.add(Long.parseLong(s.substring(st, pos[0])));
            }
            skip(s, pos);
            if (s.charAt(pos[0]) == ',') pos[0]++;
        }
        return out;
    }

    private static void skip(String s, int[] pos) {
        while (s.charAt(pos[0]) == ' ') pos[0]++;
    }

    private static String readString(String s, int[] pos) {
        StringBuilder sb = new StringBuilder();
        int i = pos[0] + 1;
        while (true) {
            char c = s.charAt(i++);
            if (c == '"') break;
            if (c != '\\') {
                sb.append(c);
                continue;
            }
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
        }
        pos[0] = i;
        return sb.toString();
    }
}
