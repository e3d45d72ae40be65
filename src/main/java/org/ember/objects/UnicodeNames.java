package org.ember.objects;

import java.util.Locale;
import java.util.Map;

/**
 * Unicode character names as CPython 3.11's unicodedata (Unicode 14.0) gives them: Java's
 * name table restricted to the characters Unicode 14.0 names, plus the algorithmic names of
 * Hangul syllables and CJK unified ideographs, and the formal name aliases for lookups.
 */
public final class UnicodeNames {
    private UnicodeNames() {}

    private static final int S_BASE = 0xAC00;
    private static final int L_COUNT = 19;
    private static final int V_COUNT = 21;
    private static final int T_COUNT = 28;
    private static final int N_COUNT = V_COUNT * T_COUNT;
    private static final int S_COUNT = L_COUNT * N_COUNT;
    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C",
        "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO",
        "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
        "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /** The name of code point cp, or null when it has none (unicodedata.name). */
    public static String name(int cp) {
        if (cp < 0 || cp > 0x10ffff) {
            return null;
        }
        String cat = UnicodeTables.Data.category(cp);
        if (cat.equals("Cc") || cat.equals("Cs") || cat.equals("Co") || cat.equals("Cn")) {
            return null;
        }
        if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
            int s = cp - S_BASE;
            return "HANGUL SYLLABLE " + JAMO_L[s / N_COUNT] + JAMO_V[(s % N_COUNT) / T_COUNT] + JAMO_T[s % T_COUNT];
        }
        String j = Character.getName(cp);
        if (j == null) {
            return null;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        if (block != null) {
            String fallback = block.toString().replace('_', ' ') + " " + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
            if (j.equals(fallback)) {
                if (j.startsWith("CJK UNIFIED IDEOGRAPHS")) {
                    return "CJK UNIFIED IDEOGRAPH-" + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
                }
                return null;
            }
        }
        return j;
    }

    /** The code point named (or aliased) name, or -1 (_getcode of unicodedata.lookup and \\N{...}). */
    public static int lookup(String name) {
        return lookup(name, true);
    }

    /** As {@link #lookup(String)}; aliases only when withAliases (ucd_3_2_0 has none). */
    public static int lookup(String name, boolean withAliases) {
        if (name.startsWith("HANGUL SYLLABLE ")) {
            return hangul(name.substring("HANGUL SYLLABLE ".length()));
        }
        if (name.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            String hex = name.substring("CJK UNIFIED IDEOGRAPH-".length());
            if (hex.length() != 4 && hex.length() != 5) {
                return -1;
            }
            int cp = 0;
            for (int i = 0; i < hex.length(); i++) {
                char c = hex.charAt(i);
                int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (d < 0) {
                    return -1;
                }
                cp = cp * 16 + d;
            }
            String nm = name(cp);
            return nm != null && nm.startsWith("CJK UNIFIED IDEOGRAPH-") ? cp : -1;
        }
        String n = name.toUpperCase(Locale.ROOT);
        if (withAliases) {
            Integer alias = Aliases.MAP.get(n);
            if (alias != null) {
                return alias;
            }
        }
        int cp;
        try {
            cp = Character.codePointOf(n);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        String nm = name(cp);
        if (nm == null || !nm.equals(n) || nm.startsWith("CJK UNIFIED IDEOGRAPH-") || nm.startsWith("HANGUL SYLLABLE ")) {
            return -1;
        }
        return cp;
    }

    private static int hangul(String rest) {
        int[] l = longest(rest, 0, JAMO_L);
        if (l == null) {
            return -1;
        }
        int[] v = longest(rest, l[1], JAMO_V);
        if (v == null) {
            return -1;
        }
        int[] t = longest(rest, v[1], JAMO_T);
        if (t == null || t[1] != rest.length()) {
            return -1;
        }
        return S_BASE + (l[0] * V_COUNT + v[0]) * T_COUNT + t[0];
    }

    /** The index and end of the longest entry of table matching s at pos (entries may be empty). */
    private static int[] longest(String s, int pos, String[] table) {
        int best = -1;
        int bestLen = -1;
        for (int i = 0; i < table.length; i++) {
            String e = table[i];
            if (s.startsWith(e, pos) && e.length() > bestLen) {
                best = i;
                bestLen = e.length();
            }
        }
        return best < 0 ? null : new int[] {best, pos + bestLen};
    }

    /** Formal name aliases of Unicode 14.0 (NameAliases.txt), upper case. */
    private static final class Aliases {
        static final Map<String, Integer> MAP = build();

        private static Map<String, Integer> build() {
            java.util.HashMap<String, Integer> m = new java.util.HashMap<>();
            String data = "0000:NULL,NUL;0001:START OF HEADING,SOH;0002:START OF TEXT,STX;0003:END OF TEXT,ETX;"
                    + "0004:END OF TRANSMISSION,EOT;0005:ENQUIRY,ENQ;0006:ACKNOWLEDGE,ACK;0007:ALERT,BEL;0008:BACKSPACE,BS;"
                    + "0009:CHARACTER TABULATION,HORIZONTAL TABULATION,HT,TAB;000A:LINE FEED,NEW LINE,END OF LINE,LF,NL,EOL;"
                    + "000B:LINE TABULATION,VERTICAL TABULATION,VT;000C:FORM FEED,FF;000D:CARRIAGE RETURN,CR;"
                    + "000E:SHIFT OUT,LOCKING-SHIFT ONE,SO;000F:SHIFT IN,LOCKING-SHIFT ZERO,SI;0010:DATA LINK ESCAPE,DLE;"
                    + "0011:DEVICE CONTROL ONE,DC1;0012:DEVICE CONTROL TWO,DC2;0013:DEVICE CONTROL THREE,DC3;"
                    + "0014:DEVICE CONTROL FOUR,DC4;0015:NEGATIVE ACKNOWLEDGE,NAK;0016:SYNCHRONOUS IDLE,SYN;"
                    + "0017:END OF TRANSMISSION BLOCK,ETB;0018:CANCEL,CAN;0019:END OF MEDIUM,EOM;001A:SUBSTITUTE,SUB;"
                    + "001B:ESCAPE,ESC;001C:INFORMATION SEPARATOR FOUR,FILE SEPARATOR,FS;"
                    + "001D:INFORMATION SEPARATOR THREE,GROUP SEPARATOR,GS;001E:INFORMATION SEPARATOR TWO,RECORD SEPARATOR,RS;"
                    + "001F:INFORMATION SEPARATOR ONE,UNIT SEPARATOR,US;0020:SP;007F:DELETE,DEL;0080:PADDING CHARACTER,PAD;"
                    + "0081:HIGH OCTET PRESET,HOP;0082:BREAK PERMITTED HERE,BPH;0083:NO BREAK HERE,NBH;0084:INDEX,IND;"
                    + "0085:NEXT LINE,NEL;0086:START OF SELECTED AREA,SSA;0087:END OF SELECTED AREA,ESA;"
                    + "0088:CHARACTER TABULATION SET,HORIZONTAL TABULATION SET,HTS;"
                    + "0089:CHARACTER TABULATION WITH JUSTIFICATION,HORIZONTAL TABULATION WITH JUSTIFICATION,HTJ;"
                    + "008A:LINE TABULATION SET,VERTICAL TABULATION SET,VTS;008B:PARTIAL LINE FORWARD,PARTIAL LINE DOWN,PLD;"
                    + "008C:PARTIAL LINE BACKWARD,PARTIAL LINE UP,PLU;008D:REVERSE LINE FEED,REVERSE INDEX,RI;"
                    + "008E:SINGLE SHIFT TWO,SINGLE-SHIFT-2,SS2;008F:SINGLE SHIFT THREE,SINGLE-SHIFT-3,SS3;"
                    + "0090:DEVICE CONTROL STRING,DCS;0091:PRIVATE USE ONE,PRIVATE USE-1,PU1;"
                    + "0092:PRIVATE USE TWO,PRIVATE USE-2,PU2;0093:SET TRANSMIT STATE,STS;0094:CANCEL CHARACTER,CCH;"
                    + "0095:MESSAGE WAITING,MW;0096:START OF GUARDED AREA,START OF PROTECTED AREA,SPA;"
                    + "0097:END OF GUARDED AREA,END OF PROTECTED AREA,EPA;0098:START OF STRING,SOS;"
                    + "0099:SINGLE GRAPHIC CHARACTER INTRODUCER,SGC;009A:SINGLE CHARACTER INTRODUCER,SCI;"
                    + "009B:CONTROL SEQUENCE INTRODUCER,CSI;009C:STRING TERMINATOR,ST;009D:OPERATING SYSTEM COMMAND,OSC;"
                    + "009E:PRIVACY MESSAGE,PM;009F:APPLICATION PROGRAM COMMAND,APC;00A0:NBSP;00AD:SHY;"
                    + "01A2:LATIN CAPITAL LETTER GHA;01A3:LATIN SMALL LETTER GHA;034F:CGJ;061C:ALM;"
                    + "0709:SYRIAC SUBLINEAR COLON SKEWED LEFT;0CDE:KANNADA LETTER LLLA;0E9D:LAO LETTER FO FON;"
                    + "0E9F:LAO LETTER FO FAY;0EA3:LAO LETTER RO;0EA5:LAO LETTER LO;0FD0:TIBETAN MARK BKA- SHOG GI MGO RGYAN;"
                    + "11EC:HANGUL JONGSEONG YESIEUNG-KIYEOK;11ED:HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK;"
                    + "11EE:HANGUL JONGSEONG SSANGYESIEUNG;11EF:HANGUL JONGSEONG YESIEUNG-KHIEUKH;180B:FVS1;180C:FVS2;"
                    + "180D:FVS3;180E:MVS;180F:FVS4;200B:ZWSP;200C:ZWNJ;200D:ZWJ;200E:LRM;200F:RLM;202A:LRE;202B:RLE;"
                    + "202C:PDF;202D:LRO;202E:RLO;202F:NNBSP;205F:MMSP;2060:WJ;2066:LRI;2067:RLI;2068:FSI;2069:PDI;"
                    + "2118:WEIERSTRASS ELLIPTIC FUNCTION;2448:MICR ON US SYMBOL;2449:MICR DASH SYMBOL;"
                    + "2B7A:LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE;"
                    + "2B7C:RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE;A015:YI SYLLABLE ITERATION MARK;"
                    + "AA6E:MYANMAR LETTER KHAMTI LLA;FE18:PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET;"
                    + "FEFF:BYTE ORDER MARK,BOM,ZWNBSP;122D4:CUNEIFORM SIGN NU11 TENU;"
                    + "122D5:CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR;16E56:MEDEFAIDRIN CAPITAL LETTER H;"
                    + "16E57:MEDEFAIDRIN CAPITAL LETTER NG;16E76:MEDEFAIDRIN SMALL LETTER H;16E77:MEDEFAIDRIN SMALL LETTER NG;"
                    + "1B001:HENTAIGANA LETTER E-1;1D0C5:BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS";
            for (String entry : data.split(";")) {
                int colon = entry.indexOf(':');
                int cp = Integer.parseInt(entry.substring(0, colon), 16);
                for (String a : entry.substring(colon + 1).split(",")) {
                    m.put(a, cp);
                }
            }
            for (int i = 0; i < 16; i++) {
                m.put("VS" + (i + 1), 0xFE00 + i);
            }
            for (int i = 0; i < 240; i++) {
                m.put("VS" + (i + 17), 0xE0100 + i);
            }
            return java.util.Collections.unmodifiableMap(m);
        }
    }
}
