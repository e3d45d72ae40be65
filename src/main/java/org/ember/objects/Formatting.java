package org.ember.objects;

/** The format-spec mini-language (format(value, spec)) for str; numbers extend it. */
public final class Formatting {
    private Formatting() {}

    /** A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
    public record Spec(int fill, char align, char sign, boolean z, boolean alternate, boolean zero, int width,
            char grouping, int precision, char type) {}

    public static Spec parse(String s) {
        int i = 0;
        int n = s.length();
        int fill = ' ';
        char align = 0;
        if (n >= 2) {
            int cp = s.codePointAt(0);
            int next = Character.charCount(cp);
            if (next < n && isAlign(s.charAt(next))) {
                fill = cp;
                align = s.charAt(next);
                i = next + 1;
            } else if (isAlign(s.charAt(0))) {
                align = s.charAt(0);
                i = 1;
            }
        } else if (n == 1 && isAlign(s.charAt(0))) {
            align = s.charAt(0);
            i = 1;
        }
        char sign = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-' || s.charAt(i) == ' ')) {
            sign = s.charAt(i++);
        }
        boolean z = false;
        if (i < n && s.charAt(i) == 'z') {
            z = true;
            i++;
        }
        boolean alt = false;
        if (i < n && s.charAt(i) == '#') {
            alt = true;
            i++;
        }
        boolean zero = false;
        if (i < n && s.charAt(i) == '0') {
            zero = true;
            i++;
        }
        int width = -1;
        int ws = i;
        while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i > ws) {
            width = parseInt(s.substring(ws, i));
        }
        char grouping = 0;
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
            grouping = s.charAt(i++);
            if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
                throw Err.value("Cannot specify both ',' and '_'.");
            }
        }
        int precision = -1;
        if (i < n && s.charAt(i) == '.') {
            i++;
            int ps = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == ps) {
                throw Err.value("Format specifier missing precision");
            }
            precision = parseInt(s.substring(ps, i));
        }
        char type = 0;
        if (i < n) {
            type = s.charAt(i++);
        }
        if (i < n) {
            throw Err.value("Invalid format specifier");
        }
        return new Spec(fill, align, sign, z, alt, zero, width, grouping, precision, type);
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw Err.value("Too many decimal digits in format string");
        }
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** Pads text to the spec's width with its fill and alignment (default: defaultAlign). */
    public static String pad(String text, Spec spec, char defaultAlign) {
        int len = text.codePointCount(0, text.length());
        if (spec.width() <= len) {
            return text;
        }
        int pad = spec.width() - len;
        char align = spec.align() == 0 ? defaultAlign : spec.align();
        String fill = new String(Character.toChars(spec.fill()));
        int left = switch (align) {
            case '>' -> pad;
            case '^' -> pad / 2;
            default -> 0;
        };
        return fill.repeat(left) + text + fill.repeat(pad - left);
    }

    public static PyObject formatStr(String value, String specText) {
        Spec spec = parse(specText);
        if (spec.type() != 0 && spec.type() != 's') {
            throw Err.value("Unknown format code '%c' for object of type 'str'", spec.type());
        }
        if (spec.sign() != 0) {
            throw Err.value("Sign not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw Err.value("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align() == '=') {
            throw Err.value("'=' alignment not allowed in string format specifier");
        }
        String v = value;
        if (spec.precision() >= 0 && spec.precision() < v.codePointCount(0, v.length())) {
            v = v.substring(0, v.offsetByCodePoints(0, spec.precision()));
        }
        return PyStr.of(pad(v, spec, '<'));
    }
}
