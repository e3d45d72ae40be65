package org.ember.corpus;

import java.util.ArrayList;
import java.util.List;

/** Splits a string into words like POSIX sh (Python's shlex.split): quotes and backslashes. */
final class ShellWords {
    private ShellWords() {}

    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (cur != null) {
                    out.add(cur.toString());
                    cur = null;
                }
                i++;
                continue;
            }
            if (cur == null) {
                cur = new StringBuilder();
            }
            if (c == '\'') {
                int j = s.indexOf('\'', i + 1);
                if (j < 0) {
                    throw new IllegalArgumentException("No closing quotation");
                }
                cur.append(s, i + 1, j);
                i = j + 1;
            } else if (c == '"') {
                i++;
                while (i < s.length() && s.charAt(i) != '"') {
                    char d = s.charAt(i);
                    if (d == '\\' && i + 1 < s.length() && "\\\"$`\n".indexOf(s.charAt(i + 1)) >= 0) {
                        cur.append(s.charAt(i + 1));
                        i += 2;
                    } else {
                        cur.append(d);
                        i++;
                    }
                }
                if (i >= s.length()) {
                    throw new IllegalArgumentException("No closing quotation");
                }
                i++;
            } else if (c == '\\' && i + 1 < s.length()) {
                cur.append(s.charAt(i + 1));
                i += 2;
            } else {
                cur.append(c);
                i++;
            }
        }
        if (cur != null) {
            out.add(cur.toString());
        }
        return out;
    }
}
