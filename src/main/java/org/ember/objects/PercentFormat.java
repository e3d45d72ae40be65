package org.ember.objects;

import java.math.BigInteger;

/**
 * printf-style formatting: {@code str % args} (PyUnicode_Format) and {@code bytes % args}
 * (_PyBytes_FormatEx, PEP 461). Both share the parser; in bytes mode the text is a sequence of
 * chars 0-255 converted to bytes at the end.
 */
public final class PercentFormat {
    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    private final String fmt;
    private final boolean bytesMode;
    private PyObject args;
    private final PyObject dict;
    private long argLen;
    private long argIdx;
    private int pos;
    private final StringBuilder out;

    private PercentFormat(String fmt, PyObject args, boolean bytesMode) {
        this.fmt = fmt;
        this.bytesMode = bytesMode;
        this.args = args;
        if (args instanceof PyTuple t) {
            argLen = t.size();
            argIdx = 0;
        } else {
            argLen = -1;
            argIdx = -2;
        }
        boolean mapping = args.type.mp_subscript != null && !(args instanceof PyTuple) && !(args instanceof PyStr)
                && !(bytesMode && (args instanceof PyBytes || args instanceof PyByteArray));
        dict = mapping ? args : null;
        out = new StringBuilder(fmt.length() + 100);
    }

    /** str % args */
    public static PyObject format(PyStr format, PyObject args) {
        PercentFormat f = new PercentFormat(format.value, args, false);
        f.run();
        return PyStr.of(f.out.toString());
    }

    /** bytes % args (also bytearray % args): the formatted bytes. */
    public static byte[] formatBytes(byte[] format, int len, PyObject args) {
        String f = new String(format, 0, len, java.nio.charset.StandardCharsets.ISO_8859_1);
        PercentFormat pf = new PercentFormat(f, args, true);
        pf.run();
        return pf.out.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private PyObject nextArg() {
        if (argIdx < argLen) {
            long i = argIdx++;
            if (argLen < 0) {
                return args;
            }
            return ((PyTuple) args).get((int) i);
        }
        throw Err.type("not enough arguments for format string");
    }

    private void run() {
        String s = fmt;
        int n = s.length();
        while (pos < n) {
            int j = s.indexOf('%', pos);
            if (j < 0) {
                out.append(s, pos, n);
                pos = n;
                break;
            }
            out.append(s, pos, j);
            pos = j + 1;
            formatArg();
        }
        if (argIdx < argLen && dict == null) {
            throw Err.type(bytesMode ? "not all arguments converted during bytes formatting"
                    : "not all arguments converted during string formatting");
        }
    }

    /** Reads the code point at pos (or -1 at the end) and advances. */
    private int read() {
        if (pos >= fmt.length()) {
            pos++;
            return -1;
        }
        int c = fmt.codePointAt(pos);
        pos += Character.charCount(c);
        return c;
    }

    private void formatArg() {
        String s = fmt;
        int n = s.length();
        if (pos >= n) {
            throw Err.value("incomplete format");
        }
        int ch = s.codePointAt(pos);
        if (ch == '%') {
            pos++;
            out.append('%');
            return;
        }
        int flags = 0;
        long width = -1;
        int prec = -1;
        if (ch == '(') {
            if (dict == null) {
                throw Err.type("format requires a mapping");
            }
            pos++;
            int keyStart = pos;
            int depth = 1;
            while (depth > 0 && pos < n) {
                char c = s.charAt(pos++);
                if (c == ')') {
                    depth--;
                } else if (c == '(') {
                    depth++;
                }
            }
            if (depth > 0) {
                throw Err.value("incomplete format key");
            }
            String key = s.substring(keyStart, pos - 1);
            PyObject k = bytesMode ? PyBytes.of(key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : PyStr.of(key);
            args = Abstract.getItem(dict, k);
            argLen = -1;
            argIdx = -2;
        }
        // flags
        while (true) {
            ch = read();
            if (ch == -1) {
                throw Err.value("incomplete format");
            }
            switch (ch) {
                case '-' -> flags |= F_LJUST;
                case '+' -> flags |= F_SIGN;
                case ' ' -> flags |= F_BLANK;
                case '#' -> flags |= F_ALT;
                case '0' -> flags |= F_ZERO;
                default -> {
                    break;
                }
            }
            if (ch != '-' && ch != '+' && ch != ' ' && ch != '#' && ch != '0') {
                break;
            }
        }
        // width
        if (ch == '*') {
            PyObject v = nextArg();
            if (!(v instanceof PyInt vi)) {
                throw Err.type("* wants int");
            }
            width = Abstract.asSsize(vi, PyExc.OverflowError);
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            ch = read();
        } else if (ch >= '0' && ch <= '9') {
            width = ch - '0';
            while (true) {
                ch = read();
                if (ch < '0' || ch > '9') {
                    break;
                }
                if (width > (Long.MAX_VALUE - (ch - '0')) / 10) {
                    throw Err.value("width too big");
                }
                width = width * 10 + (ch - '0');
            }
        }
        // precision
        if (ch == '.') {
            prec = 0;
            ch = read();
            if (ch == '*') {
                PyObject v = nextArg();
                if (!(v instanceof PyInt vi)) {
                    throw Err.type("* wants int");
                }
                prec = Abstract.asInt(vi);
                if (prec < 0) {
                    prec = 0;
                }
                ch = read();
            } else if (ch >= '0' && ch <= '9') {
                prec = ch - '0';
                while (true) {
                    ch = read();
                    if (ch < '0' || ch > '9') {
                        break;
                    }
                    if (prec > (Integer.MAX_VALUE - (ch - '0')) / 10) {
                        throw Err.value("precision too big");
                    }
                    prec = prec * 10 + (ch - '0');
                }
            }
        }
        if (ch == 'h' || ch == 'l' || ch == 'L') {
            ch = read();
        }
        if (ch == -1) {
            throw Err.value("incomplete format");
        }
        formatValue(ch, flags, width, prec);
        if (dict != null && argIdx < argLen) {
            throw Err.type(bytesMode ? "not all arguments converted during bytes formatting"
                    : "not all arguments converted during string formatting");
        }
    }

    private void formatValue(int ch, int flags, long width, int prec) {
        PyObject v = nextArg();
        String str;
        boolean sign = false;
        switch (ch) {
            case 's', 'r', 'a', 'b' -> {
                if (bytesMode) {
                    if (ch == 'r' || ch == 'a') {
                        str = Abstract.ascii(v).value;
                    } else {
                        str = bytesOf(v);
                    }
                } else if (ch == 'b') {
                    throw unsupported(ch);
                } else if (ch == 's') {
                    str = ((PyStr) Abstract.str(v)).value;
                } else if (ch == 'r') {
                    str = Abstract.reprJava(v);
                } else {
                    str = Abstract.ascii(v).value;
                }
            }
            case 'i', 'd', 'u', 'o', 'x', 'X' -> {
                if (bytesMode && ch == 'i') {
                    ch = 'd';
                }
                str = formatLong(v, (char) ch, (flags & F_ALT) != 0, prec);
                sign = true;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                double x;
                if (bytesMode) {
                    try {
                        x = Abstract.asDouble(v);
                    } catch (PyException e) {
                        if (e.matches(PyExc.TypeError)) {
                            throw Err.type("float argument required, not %s", Err.tn(v));
                        }
                        throw e;
                    }
                } else {
                    x = Abstract.asDouble(v);
                }
                str = Formatting.formatDouble(x, (char) ch, prec < 0 ? 6 : prec, (flags & F_ALT) != 0, false);
                sign = true;
            }
            case 'c' -> str = bytesMode ? byteChar(v) : Character.toString(formatChar(v));
            default -> throw unsupported(ch);
        }
        output(str, ch, flags, width, prec, sign);
    }

    private PyException unsupported(int ch) {
        return Err.value("unsupported format character '%c' (0x%x) at index %d",
                (ch >= 31 && ch <= 126) ? (char) ch : '?', ch, fmtIndex() - 1);
    }

    /** The current position as a code point index of the format. */
    private int fmtIndex() {
        return fmt.codePointCount(0, Math.min(pos, fmt.length()));
    }

    private static int formatChar(PyObject v) {
        if (v instanceof PyStr s) {
            if (s.length() == 1) {
                return s.codePointAt(0);
            }
            throw Err.type("%c requires int or char");
        }
        if (!Abstract.hasIndex(v)) {
            throw Err.type("%c requires int or char");
        }
        PyInt i = Abstract.index(v);
        if (!i.isSmall() || i.longValue() < 0 || i.longValue() > 0x10ffff) {
            throw Err.overflow("%c arg not in range(0x110000)");
        }
        return (int) i.longValue();
    }

    private static String byteChar(PyObject v) {
        if (v instanceof PyBytes b) {
            if (b.size() == 1) {
                return String.valueOf((char) (b.bytes()[0] & 0xff));
            }
        } else if (v instanceof PyByteArray ba) {
            if (ba.size() == 1) {
                return String.valueOf((char) (ba.byteAt(0) & 0xff));
            }
        } else if (Abstract.hasIndex(v)) {
            PyInt i = Abstract.index(v);
            if (!i.isSmall() || i.longValue() < 0 || i.longValue() > 255) {
                throw Err.overflow("%c arg not in range(256)");
            }
            return String.valueOf((char) i.longValue());
        }
        throw Err.type("%c requires an integer in range(256) or a single byte");
    }

    /** %s / %b in bytes mode: the buffer or __bytes__ of v, as Latin-1 chars. */
    private static String bytesOf(PyObject v) {
        byte[] b;
        if (v instanceof PyBytes pb) {
            b = pb.bytes();
        } else if (v instanceof BufferProtocol bp) {
            b = bp.toByteArray();
        } else {
            PyObject m = v.type.lookup("__bytes__");
            if (m == null) {
                throw Err.type("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                        Err.tn(v));
            }
            PyObject r = Abstract.callBound(m, v);
            if (!(r instanceof PyBytes rb)) {
                throw Err.type("__bytes__ returned non-bytes (type %s)", Err.tn(r));
            }
            b = rb.bytes();
        }
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** PyNumber_Check: the object supports int(), float() or index(), or is complex. */
    private static boolean isNumber(PyObject v) {
        return v.type.nb_index != null || v.type.nb_int != null || v.type.nb_float != null || v instanceof PyComplex;
    }

    /** The digits of an integer conversion (mainformatlong + _PyUnicode_FormatLong). */
    static String formatLong(PyObject v, char type, boolean alt, int prec) {
        PyInt iobj;
        if (v instanceof PyInt i) {
            iobj = i;
        } else {
            if (!isNumber(v)) {
                throw wrongType(type, v);
            }
            try {
                iobj = (type == 'o' || type == 'x' || type == 'X') ? Abstract.index(v) : IntMethods.fromObject(v);
            } catch (PyException e) {
                if (e.matches(PyExc.TypeError)) {
                    throw wrongType(type, v);
                }
                throw e;
            }
        }
        BigInteger big = iobj.bigValue();
        boolean neg = big.signum() < 0;
        String digits = switch (type) {
            case 'o' -> big.abs().toString(8);
            case 'x', 'X' -> big.abs().toString(16);
            default -> big.abs().toString();
        };
        if (type != 'o' && type != 'x' && type != 'X' && digits.length() > 4300) {
            throw Err.value("Exceeds the limit (4300 digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit");
        }
        StringBuilder sb = new StringBuilder(digits.length() + 4);
        if (neg) {
            sb.append('-');
        }
        if (alt && (type == 'o' || type == 'x' || type == 'X')) {
            sb.append('0').append(type == 'o' ? 'o' : type);
        }
        if (prec > digits.length()) {
            sb.append("0".repeat(prec - digits.length()));
        }
        sb.append(type == 'X' ? digits.toUpperCase(java.util.Locale.ROOT) : digits);
        return sb.toString();
    }

    private static PyException wrongType(char type, PyObject v) {
        if (type == 'o' || type == 'x' || type == 'X') {
            return Err.type("%%%c format: an integer is required, not %s", type, Err.tn(v));
        }
        return Err.type("%%%c format: a real number is required, not %s", type, Err.tn(v));
    }

    /** unicode_format_arg_output: sign, prefix, padding. */
    private void output(String str, int ch, int flags, long width, int prec, boolean sign) {
        char fill = sign && (flags & F_ZERO) != 0 ? '0' : ' ';
        int len = str.codePointCount(0, str.length());
        if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && (flags & (F_SIGN | F_BLANK)) == 0) {
            out.append(str);
            return;
        }
        if (ch == 's' || ch == 'r' || ch == 'a' || ch == 'b') {
            if (prec >= 0 && len > prec) {
                str = str.substring(0, str.offsetByCodePoints(0, prec));
                len = prec;
            }
        }
        int pindex = 0;
        char signchar = 0;
        if (sign) {
            char c0 = str.isEmpty() ? 0 : str.charAt(0);
            if (c0 == '-' || c0 == '+') {
                signchar = c0;
                len--;
                pindex++;
            } else if ((flags & F_SIGN) != 0) {
                signchar = '+';
            } else if ((flags & F_BLANK) != 0) {
                signchar = ' ';
            } else {
                sign = false;
            }
        }
        if (width < len) {
            width = len;
        }
        if (width > Integer.MAX_VALUE - 8 - out.length()) {
            throw Err.memory();
        }
        if (sign) {
            if (fill != ' ') {
                out.append(signchar);
            }
            if (width > len) {
                width--;
            }
        }
        boolean prefix = (flags & F_ALT) != 0 && (ch == 'x' || ch == 'X' || ch == 'o');
        if (prefix) {
            if (fill != ' ') {
                out.append(str, pindex, pindex + 2);
                pindex += 2;
            }
            width -= 2;
            if (width < 0) {
                width = 0;
            }
            len -= 2;
        }
        if (width > len && (flags & F_LJUST) == 0) {
            for (long k = width - len; k > 0; k--) {
                out.append(fill);
            }
            width = len;
        }
        if (fill == ' ') {
            if (sign) {
                out.append(signchar);
            }
            if (prefix) {
                out.append(str, pindex, pindex + 2);
                pindex += 2;
            }
        }
        out.append(str, pindex, str.length());
        for (long k = width - len; k > 0; k--) {
            out.append(' ');
        }
    }
}
