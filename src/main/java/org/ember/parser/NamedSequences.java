package org.ember.parser;

import java.util.Map;

/** Unicode name aliases that \N{...} accepts in CPython but Java's Character.codePointOf does not. */
final class NamedSequences {
    private NamedSequences() {}

    private static final Map<String, Integer> ALIASES = Map.ofEntries(
        Map.entry("NULL", 0x0000), Map.entry("NUL", 0x0000), Map.entry("BEL", 0x0007), Map.entry("BS", 0x0008),
        Map.entry("TAB", 0x0009), Map.entry("LF", 0x000A), Map.entry("LINE FEED", 0x000A), Map.entry("NEW LINE", 0x000A),
        Map.entry("VT", 0x000B), Map.entry("FF", 0x000C), Map.entry("CR", 0x000D), Map.entry("ESC", 0x001B),
        Map.entry("ESCAPE", 0x001B), Map.entry("SP", 0x0020), Map.entry("DEL", 0x007F), Map.entry("NBSP", 0x00A0),
        Map.entry("SHY", 0x00AD), Map.entry("ZWSP", 0x200B), Map.entry("ZWNJ", 0x200C), Map.entry("ZWJ", 0x200D),
        Map.entry("LRM", 0x200E), Map.entry("RLM", 0x200F), Map.entry("BOM", 0xFEFF), Map.entry("BYTE ORDER MARK", 0xFEFF),
        Map.entry("ZWNBSP", 0xFEFF), Map.entry("CHARACTER TABULATION", 0x0009), Map.entry("HORIZONTAL TABULATION", 0x0009),
        Map.entry("LINE TABULATION", 0x000B), Map.entry("FORM FEED", 0x000C), Map.entry("CARRIAGE RETURN", 0x000D),
        Map.entry("NEXT LINE", 0x0085), Map.entry("NEL", 0x0085), Map.entry("END OF LINE", 0x000A), Map.entry("EOL", 0x000A));

    static int lookupAlias(String name) {
        Integer v = ALIASES.get(name.toUpperCase(java.util.Locale.ROOT));
        return v == null ? -1 : v;
    }
}
