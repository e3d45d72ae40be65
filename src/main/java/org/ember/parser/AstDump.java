package org.ember.parser;

import java.math.BigInteger;
import java.util.List;
import org.ember.ast.AstSchema;
import org.ember.ast.BytesLiteral;
import org.ember.ast.ConstantSingleton;
import org.ember.ast.ImaginaryLiteral;
import org.ember.ast.Node;

/**
 * The text of Python 3.11's {@code ast.dump(node)} (annotate_fields=True, indent=None), optionally with
 * {@code include_attributes=True}. A development aid for comparing ASTs with CPython.
 */
public final class AstDump {
    private AstDump() {}

    public static String dump(Node node) {
        return dump(node, false);
    }

    public static String dump(Node node, boolean includeAttributes) {
        StringBuilder sb = new StringBuilder();
        format(sb, node, includeAttributes);
        return sb.toString();
    }

    private static void format(StringBuilder sb, Object value, boolean attrs) {
        if (value instanceof Enum<?> e && value instanceof Node) {
            sb.append(e.name()).append("()");
            return;
        }
        if (value instanceof Node n) {
            AstSchema.NodeInfo info = AstSchema.of(n);
            sb.append(info.name()).append('(');
            boolean first = true;
            for (AstSchema.Field f : info.fields()) {
                Object v = f.get(n);
                if (v == null && f.kind() == AstSchema.Kind.OPTIONAL) continue;
                if (!first) sb.append(", ");
                first = false;
                sb.append(f.name()).append('=');
                if (f.type().equals("constant")) {
                    constantRepr(sb, v);
                } else {
                    format(sb, v, attrs);
                }
            }
            if (attrs) {
                List<String> an = info.attributes();
                for (int i = 0; i < an.size(); i++) {
                    if (!first) sb.append(", ");
                    first = false;
                    sb.append(an.get(i)).append('=').append(info.attribute(n, i));
                }
            }
            sb.append(')');
            return;
        }
        if (value instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) sb.append(", ");
                format(sb, list.get(i), attrs);
            }
            sb.append(']');
            return;
        }
        if (value == null) {
            sb.append("None");
            return;
        }
        if (value instanceof String s) {
            strRepr(sb, s);
            return;
        }
        sb.append(value);
    }

    /** Python repr of a Constant value. */
    public static void constantRepr(StringBuilder sb, Object v) {
        switch (v) {
            case null -> sb.append("None");
            case String s -> strRepr(sb, s);
            case org.ember.ast.CodePointString c -> strRepr(sb, c.codePoints());
            case BigInteger i -> sb.append(i);
            case Double d -> sb.append(floatRepr(d));
            case ImaginaryLiteral c -> sb.append(complexRepr(c.imag()));
            case BytesLiteral b -> bytesRepr(sb, b.bytes());
            case ConstantSingleton s -> sb.append(switch (s) {
                case NONE -> "None";
                case TRUE -> "True";
                case FALSE -> "False";
                case ELLIPSIS -> "Ellipsis";
            });
            default -> sb.append(v);
        }
    }

    static String complexRepr(double imag) {
        // complex(0, imag): the real part is +0.0, so repr shows only the imaginary part
        String s = floatReprForComplex(imag);
        return s + "j";
    }

    private static String floatReprForComplex(double d) {
        String r = floatRepr(d);
        if (r.endsWith(".0")) r = r.substring(0, r.length() - 2);
        return r;
    }

    /** Python's float repr: shortest round-trip digits, exponent form outside 1e-4 &lt;= |x| &lt; 1e16. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        java.math.BigDecimal exact = new java.math.BigDecimal(Math.abs(d));
        java.math.BigDecimal bd = null;
        for (int prec = 1; prec <= 17; prec++) {
            java.math.BigDecimal r = exact.round(new java.math.MathContext(prec, java.math.RoundingMode.HALF_EVEN));
            if (r.doubleValue() == Math.abs(d)) {
                bd = r;
                break;
            }
        }
        if (bd == null) bd = new java.math.BigDecimal(Double.toString(Math.abs(d)));
        bd = bd.stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale(); // decimal exponent of the first digit
        StringBuilder sb = new StringBuilder();
        if (d < 0) sb.append('-');
        if (exp < -4 || exp >= 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            sb.append('e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) sb.append('0');
            sb.append(ae);
        } else if (exp < 0) {
            sb.append("0.");
            for (int i = 0; i < -exp - 1; i++) sb.append('0');
            sb.append(digits);
        } else {
            if (digits.length() <= exp + 1) {
                sb.append(digits);
                for (int i = digits.length(); i <= exp; i++) sb.append('0');
                sb.append(".0");
            } else {
                sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
            }
        }
        return sb.toString();
    }

    public static void strRepr(StringBuilder sb, String s) {
        strRepr(sb, s.codePoints().toArray());
    }

    public static void strRepr(StringBuilder sb, int[] cps) {
        boolean hasSingle = false, hasDouble = false;
        for (int cp : cps) {
            if (cp == '\'') hasSingle = true;
            if (cp == '"') hasDouble = true;
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        sb.append(q);
        for (int cp : cps) {
            if (cp == q || cp == '\\') sb.append('\\').appendCodePoint(cp);
            else if (cp == '\t') sb.append("\\t");
            else if (cp == '\n') sb.append("\\n");
            else if (cp == '\r') sb.append("\\r");
            else if (cp < ' ' || cp == 0x7f) sb.append(String.format("\\x%02x", cp));
            else if (cp < 0x7f) sb.appendCodePoint(cp);
            else if (!Tokenizer.isPrintable(cp)) {
                if (cp <= 0xff) sb.append(String.format("\\x%02x", cp));
                else if (cp <= 0xffff) sb.append(String.format("\\u%04x", cp));
                else sb.append(String.format("\\U%08x", cp));
            } else sb.appendCodePoint(cp);
        }
        sb.append(q);
    }

    static void bytesRepr(StringBuilder sb, byte[] b) {
        boolean hasSingle = false, hasDouble = false;
        for (byte x : b) {
            if (x == '\'') hasSingle = true;
            if (x == '"') hasDouble = true;
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        sb.append('b').append(q);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == q || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < ' ' || c >= 0x7f) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        sb.append(q);
    }
}
