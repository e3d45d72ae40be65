package org.ember.parser;

import java.util.HashMap;
import java.util.Map;

/** The hard keywords of Python 3.11 (soft keywords match/case/_ stay NAME tokens). */
final class Keywords {
    private Keywords() {}

    private static final Map<String, TokenType> KEYWORDS = build();

    private static Map<String, TokenType> build() {
        Map<String, TokenType> m = new HashMap<>();
        for (TokenType t : TokenType.values()) if (t.isKeyword()) m.put(t.text, t);
        return Map.copyOf(m);
    }

    static TokenType lookup(String name) {
        return KEYWORDS.get(name);
    }
}
