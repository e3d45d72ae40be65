package org.ember.objects;

/**
 * str.format and str.format_map (CPython's Objects/stringlib/unicode_format.h): the markup
 * iterator over literal text and replacement fields, field name resolution ({0}, {name},
 * {0.attr}, {0[key]}), conversions (!r !s !a), nested fields in format specs, and automatic
 * numbering. {@link org.ember.modules.StringModule} exposes the parser to string.Formatter.
 *
 * <p>Positions are char offsets into the Java String: every syntax character is ASCII, so
 * surrogate pairs are never split.
 */
public final class StrFormat {
    private StrFormat() {}

    /** One step of the markup iterator: literal text and an optional replacement field. */
    public static final class Markup {
        public String literal;
        public boolean fieldPresent;
        public String fieldName;
        /** The format spec, or null when the field has none. */
        public String formatSpec;
        /** The conversion character, or 0. */
        public int conversion;
        public boolean specNeedsExpanding;
    }

    /** Iterates over the markup of a format string (MarkupIterator). */
    public static final class MarkupIterator {
        private final String s;
        private int pos;
        private final int end;

        public MarkupIterator(String s) {
            this.s = s;
            this.end = s.length();
        }

        /** The next piece, or null at the end. */
        public Markup next() {
            if (pos >= end) {
                return null;
            }
            Markup m = new Markup();
            int start = pos;
            char c = 0;
            boolean markupFollows = false;
            while (pos < end) {
                c = s.charAt(pos++);
                if (c == '{' || c == '}') {
                    markupFollows = true;
                    break;
                }
            }
            boolean atEnd = pos >= end;
            int len = pos - start;
            if (c == '}' && markupFollows && (atEnd || c != s.charAt(pos))) {
                throw Err.value("Single '}' encountered in format string");
            }
            if (atEnd && c == '{' && markupFollows) {
                throw Err.value("Single '{' encountered in format string");
            }
            if (!atEnd && markupFollows) {
                if (c == s.charAt(pos)) {
                    pos++;
                    markupFollows = false;
                } else {
                    len--;
                }
            }
            m.literal = s.substring(start, start + len);
            if (!markupFollows) {
                return m;
            }
            m.fieldPresent = true;
            parseField(m);
            return m;
        }

        private void parseField(Markup m) {
            char c = 0;
            int nameStart = pos;
            while (pos < end) {
                c = s.charAt(pos++);
                if (c == '{') {
                    throw Err.value("unexpected '{' in field name");
                }
                if (c == '[') {
                    while (pos < end && s.charAt(pos) != ']') {
                        pos++;
                    }
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') {
                    break;
                }
            }
            m.fieldName = s.substring(nameStart, Math.max(nameStart, pos - 1));
            if (c == '!' || c == ':') {
                if (c == '!') {
                    if (pos >= end) {
                        throw Err.value("end of string while looking for conversion specifier");
                    }
                    m.conversion = s.codePointAt(pos);
                    pos += Character.charCount(m.conversion);
                    if (pos < end) {
                        char c2 = s.charAt(pos++);
                        if (c2 == '}') {
                            return;
                        }
                        if (c2 != ':') {
                            throw Err.value("expected ':' after conversion specifier");
                        }
                    }
                }
                int specStart = pos;
                int count = 1;
                while (pos < end) {
                    char c3 = s.charAt(pos++);
                    if (c3 == '{') {
                        m.specNeedsExpanding = true;
                        count++;
                    } else if (c3 == '}') {
                        count--;
                        if (count == 0) {
                            m.formatSpec = s.substring(specStart, pos - 1);
                            return;
                        }
                    }
                }
                throw Err.value("unmatched '{' in format spec");
            } else if (c != '}') {
                throw Err.value("expected '}' before end of string");
            }
        }
    }

    /** Automatic field numbering state (AutoNumber). */
    static final class AutoNumber {
        int state; // 0 init, 1 auto, 2 manual
        long next;
    }

    /** get_integer: the non-negative decimal value of s, or -1 when it is not all decimal digits. */
    static long getInteger(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long acc = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int d = UnicodeTables.decimalValue(cp);
            if (d < 0) {
                return -1;
            }
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw Err.value("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
            i += Character.charCount(cp);
        }
        return acc;
    }

    /** The result of field_name_split: the first part (as text and index) and the rest. */
    public record FieldName(String first, long firstIndex, String rest) {}

    static FieldName splitFieldName(String name, AutoNumber auto) {
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c == '[' || c == '.') {
                break;
            }
            i++;
        }
        String first = name.substring(0, i);
        long idx = getInteger(first);
        boolean empty = first.isEmpty();
        boolean numeric = empty || idx != -1;
        if (auto != null) {
            if (auto.state == 0 && numeric) {
                auto.state = empty ? 1 : 2;
            }
            if (numeric) {
                if (auto.state == 2) {
                    if (empty) {
                        throw Err.value("cannot switch from manual field specification to automatic field numbering");
                    }
                } else if (!empty) {
                    throw Err.value("cannot switch from automatic field numbering to manual field specification");
                }
            }
            if (empty) {
                idx = auto.next++;
            }
        }
        return new FieldName(first, idx, name.substring(i));
    }

    /** One step of the rest of a field name: an attribute name or an item key. */
    public record FieldPart(boolean isAttribute, String name, long index) {}

    /** Iterates over ".attr" and "[key]" parts (FieldNameIterator). */
    public static final class FieldNameIterator {
        private final String s;
        private int pos;

        public FieldNameIterator(String rest) {
            this.s = rest;
        }

        /** The next part, or null at the end. */
        public FieldPart next() {
            if (pos >= s.length()) {
                return null;
            }
            char c = s.charAt(pos++);
            String name;
            boolean attr;
            long idx = -1;
            if (c == '.') {
                attr = true;
                int start = pos;
                while (pos < s.length() && s.charAt(pos) != '[' && s.charAt(pos) != '.') {
                    pos++;
                }
                name = s.substring(start, pos);
            } else if (c == '[') {
                attr = false;
                int start = pos;
                boolean seen = false;
                while (pos < s.length()) {
                    if (s.charAt(pos++) == ']') {
                        seen = true;
                        break;
                    }
                }
                if (!seen) {
                    throw Err.value("Missing ']' in format string");
                }
                name = s.substring(start, pos - 1);
                idx = getInteger(name);
            } else {
                throw Err.value("Only '.' or '[' may follow ']' in format field specifier");
            }
            if (name.isEmpty()) {
                throw Err.value("Empty attribute in format string");
            }
            return new FieldPart(attr, name, idx);
        }
    }

    private static PyObject getField(String fieldName, PyTuple args, PyObject kwargs, AutoNumber auto) {
        FieldName fn = splitFieldName(fieldName, auto);
        PyObject obj;
        if (fn.firstIndex() == -1) {
            PyStr key = PyStr.of(fn.first());
            if (kwargs == null) {
                throw Err.key(key);
            }
            obj = Abstract.getItem(kwargs, key);
        } else {
            if (args == null) {
                throw Err.value("Format string contains positional fields");
            }
            if (fn.firstIndex() >= args.size()) {
                throw Err.index("Replacement index %d out of range for positional args tuple", fn.firstIndex());
            }
            obj = args.get((int) fn.firstIndex());
        }
        FieldNameIterator it = new FieldNameIterator(fn.rest());
        for (FieldPart p = it.next(); p != null; p = it.next()) {
            if (p.isAttribute()) {
                obj = Abstract.getAttr(obj, PyStr.of(p.name()));
            } else if (p.index() == -1) {
                obj = Abstract.getItem(obj, PyStr.of(p.name()));
            } else {
                obj = Abstract.getItem(obj, PyInt.of(p.index()));
            }
        }
        return obj;
    }

    /** do_conversion: !r, !s or !a. */
    public static PyObject convert(PyObject obj, int conversion) {
        return switch (conversion) {
            case 'r' -> Abstract.repr(obj);
            case 's' -> Abstract.str(obj);
            case 'a' -> Abstract.ascii(obj);
            default -> {
                if (conversion > 32 && conversion < 127) {
                    throw Err.value("Unknown conversion specifier %c", (char) conversion);
                }
                throw Err.value("Unknown conversion specifier \\x%x", conversion);
            }
        };
    }

    private static void build(StringBuilder out, String format, PyTuple args, PyObject kwargs, int depth, AutoNumber auto) {
        if (depth <= 0) {
            throw Err.value("Max string recursion exceeded");
        }
        MarkupIterator it = new MarkupIterator(format);
        for (Markup m = it.next(); m != null; m = it.next()) {
            out.append(m.literal);
            if (!m.fieldPresent) {
                continue;
            }
            PyObject obj = getField(m.fieldName, args, kwargs, auto);
            if (m.conversion != 0) {
                obj = convert(obj, m.conversion);
            }
            String spec = m.formatSpec == null ? "" : m.formatSpec;
            if (m.specNeedsExpanding) {
                StringBuilder sb = new StringBuilder();
                build(sb, spec, args, kwargs, depth - 1, auto);
                spec = sb.toString();
            }
            if (obj.type == PyStr.TYPE && spec.isEmpty()) {
                out.append(((PyStr) obj).value);
            } else {
                out.append(((PyStr) Abstract.format(obj, PyStr.of(spec))).value);
            }
        }
    }

    /** str.format(*args, **kwargs) */
    public static PyObject format(PyStr self, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        PyObject[] pos = new PyObject[npos];
        System.arraycopy(args, 0, pos, 0, npos);
        PyDict kw = null;
        if (nkw > 0) {
            kw = new PyDict();
            for (int i = 0; i < nkw; i++) {
                kw.setItem(PyStr.of(kwnames[i]), args[npos + i]);
            }
        }
        StringBuilder out = new StringBuilder(self.value.length() + 16);
        build(out, self.value, PyTuple.of(pos), kw, 2, new AutoNumber());
        return PyStr.of(out.toString());
    }

    /** str.format_map(mapping) */
    public static PyObject formatMap(PyStr self, PyObject mapping) {
        StringBuilder out = new StringBuilder(self.value.length() + 16);
        build(out, self.value, null, mapping, 2, new AutoNumber());
        return PyStr.of(out.toString());
    }

    // ---- _string ---------------------------------------------------------------------------

    private static PyStr strOnly(PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw Err.type("expected str, got %s", Err.tn(o));
    }

    /** _string.formatter_parser(str): iterator of (literal, field_name, format_spec, conversion). */
    public static PyObject formatterParser(PyObject s) {
        return new FormatterIterator(strOnly(s));
    }

    /** _string.formatter_field_name_split(str): (first, iterator of (is_attribute, key)). */
    public static PyObject fieldNameSplit(PyObject s) {
        PyStr str = strOnly(s);
        FieldName fn = splitFieldName(str.value, null);
        PyObject first = fn.firstIndex() != -1 ? PyInt.of(fn.firstIndex()) : PyStr.of(fn.first());
        return PyTuple.of(first, new FieldNameIteratorObject(str, fn.rest()));
    }

    /** formatteriterator */
    static final class FormatterIterator extends PyObject {
        static final PyType TYPE = PyType.builtin("formatteriterator", FormatterIterator.class, FormatterIterator::define);
        private final PyStr str;
        private final MarkupIterator it;

        FormatterIterator(PyStr str) {
            super(TYPE);
            this.str = str;
            this.it = new MarkupIterator(str.value);
        }

        private static void define(PyType t) {
            t.flags(PyType.DISALLOW_INSTANTIATION);
            t.tp_iter = self -> self;
            t.tp_iternext = self -> {
                Markup m = ((FormatterIterator) self).it.next();
                if (m == null) {
                    return null;
                }
                PyObject fieldName = m.fieldPresent ? PyStr.of(m.fieldName) : Py.None;
                PyObject spec = m.fieldPresent ? PyStr.of(m.formatSpec == null ? "" : m.formatSpec) : Py.None;
                PyObject conv = m.conversion == 0 ? Py.None : PyStr.ofCodePoint(m.conversion);
                return PyTuple.of(PyStr.of(m.literal), fieldName, spec, conv);
            };
        }
    }

    /** fieldnameiterator */
    static final class FieldNameIteratorObject extends PyObject {
        static final PyType TYPE = PyType.builtin("fieldnameiterator", FieldNameIteratorObject.class,
                FieldNameIteratorObject::define);
        private final PyStr str;
        private final FieldNameIterator it;

        FieldNameIteratorObject(PyStr str, String rest) {
            super(TYPE);
            this.str = str;
            this.it = new FieldNameIterator(rest);
        }

        private static void define(PyType t) {
            t.flags(PyType.DISALLOW_INSTANTIATION);
            t.tp_iter = self -> self;
            t.tp_iternext = self -> {
                FieldPart p = ((FieldNameIteratorObject) self).it.next();
                if (p == null) {
                    return null;
                }
                PyObject key = p.index() != -1 ? PyInt.of(p.index()) : PyStr.of(p.name());
                return PyTuple.of(Py.bool(p.isAttribute()), key);
            };
        }
    }
}
