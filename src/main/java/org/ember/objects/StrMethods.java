package org.ember.objects;

import java.util.ArrayList;
import java.util.List;

/** The operations of str (the value type is {@link PyStr}). */
public final class StrMethods {
    private StrMethods() {}

    static PyStr self(PyObject o) {
        return (PyStr) o;
    }

    static String arg(PyObject o, String fname) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw Err.type("%s arg must be None or str", fname);
    }

    static PyObject getItem(PyObject self, PyObject key) {
        PyStr s = (PyStr) self;
        if (key instanceof PyInt i && i.isSmall()) {
            long idx = i.longValue();
            int n = s.length();
            if (idx < 0) {
                idx += n;
            }
            if (idx < 0 || idx >= n) {
                throw Err.index("string index out of range");
            }
            return PyStr.ofCodePoint(s.codePointAt((int) idx));
        }
        if (key instanceof PySlice sl) {
            int n = s.length();
            Slices.Bounds b = Slices.bounds(sl, n);
            if (b.step() == 1) {
                if (b.length() == n && self.type == PyStr.TYPE) {
                    return self;
                }
                return PyStr.of(s.substring((int) b.start(), (int) (b.start() + b.length())));
            }
            StringBuilder sb = new StringBuilder((int) b.length());
            for (long k = 0; k < b.length(); k++) {
                sb.appendCodePoint(s.codePointAt((int) (b.start() + k * b.step())));
            }
            return PyStr.of(sb.toString());
        }
        if (Abstract.hasIndex(key)) {
            long idx = Slices.normIndex(key, s.length());
            if (idx < 0) {
                throw Err.index("string index out of range");
            }
            return PyStr.ofCodePoint(s.codePointAt((int) idx));
        }
        throw Err.type("string indices must be integers, not '%s'", Err.tn(key));
    }

    static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PyStr y)) {
            return Py.NotImplemented;
        }
        PyStr x = (PyStr) a;
        if (op == CompareOp.EQ) {
            return Py.bool(x.value.equals(y.value));
        }
        if (op == CompareOp.NE) {
            return Py.bool(!x.value.equals(y.value));
        }
        return Py.bool(op.fromCompare(PyStr.compare(x.value, y.value)));
    }

    static PyObject strNew(PyType type, PyObject[] args, String[] kw) {
        PyObject[] a = new ArgParser("str", "object=NULL, encoding=NULL, errors=NULL").bind(args, kw);
        PyStr v;
        if (a[0] == null) {
            v = PyStr.EMPTY;
        } else if (a[1] == null && a[2] == null) {
            v = (PyStr) Abstract.str(a[0]);
        } else {
            v = (PyStr) Codecs.decodeObject(a[0], a[1] == null ? "utf-8" : arg(a[1], "str()"),
                    a[2] == null ? "strict" : arg(a[2], "str()"));
        }
        if (type == PyStr.TYPE) {
            return v.type == PyStr.TYPE ? v : PyStr.of(v.value);
        }
        return new PyStr.Derived(type, v.value);
    }

    /** str.split(sep=None, maxsplit=-1). */
    static PyList split(String s, PyObject sepObj, long maxsplit) {
        List<PyObject> out = new ArrayList<>();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        if (sepObj == Py.None) {
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (maxsplit-- <= 0) {
                    int end = n;
                    while (end > i && isSpace(s.charAt(end - 1))) {
                        end--;
                    }
                    out.add(PyStr.of(s.substring(i, end)));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j))) {
                    j++;
                }
                out.add(PyStr.of(s.substring(i, j)));
                i = j;
            }
            return new PyList(out);
        }
        String sep = arg(sepObj, "split()");
        if (sep.isEmpty()) {
            throw Err.value("empty separator");
        }
        int i = 0;
        while (maxsplit-- > 0) {
            int j = s.indexOf(sep, i);
            if (j < 0) {
                break;
            }
            out.add(PyStr.of(s.substring(i, j)));
            i = j + sep.length();
        }
        out.add(PyStr.of(s.substring(i)));
        return new PyList(out);
    }

    /** Python's str.isspace for one char (Unicode whitespace per Py_UNICODE_ISSPACE). */
    public static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
        }
        return c == 0x85 || c == 0xa0 || Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR
                || c == 0x2028 || c == 0x2029;
    }

    private static String strip(String s, PyObject chars, boolean left, boolean right) {
        int i = 0;
        int j = s.length();
        if (chars == Py.None) {
            while (left && i < j && isSpace(s.charAt(i))) {
                i++;
            }
            while (right && j > i && isSpace(s.charAt(j - 1))) {
                j--;
            }
        } else {
            String cs = arg(chars, "strip");
            while (left && i < j && cs.indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            while (right && j > i && cs.indexOf(s.charAt(j - 1)) >= 0) {
                j--;
            }
        }
        return s.substring(i, j);
    }

    private static boolean affix(PyStr s, PyObject prefix, PyObject start, PyObject end, boolean suffix) {
        int n = s.length();
        long[] r = Sequences.clampRange(start == null ? PyInt.ZERO : start, end == null ? PyInt.of(Long.MAX_VALUE) : end, n);
        if (r[0] > n) {
            return false;
        }
        String sub = s.substring((int) r[0], (int) Math.max(r[0], r[1]));
        if (prefix instanceof PyTuple t) {
            for (PyObject p : t.items()) {
                if (!(p instanceof PyStr ps)) {
                    throw Err.type("tuple for %s must only contain str, not %s", suffix ? "endswith" : "startswith", Err.tn(p));
                }
                if (suffix ? sub.endsWith(ps.value) : sub.startsWith(ps.value)) {
                    return true;
                }
            }
            return false;
        }
        if (!(prefix instanceof PyStr ps)) {
            throw Err.type("%s first arg must be str or a tuple of str, not %s", suffix ? "endswith" : "startswith", Err.tn(prefix));
        }
        return suffix ? sub.endsWith(ps.value) : sub.startsWith(ps.value);
    }

    private static PyObject find(PyStr s, PyObject[] a, boolean reverse, boolean raise) {
        if (!(a[0] instanceof PyStr sub)) {
            throw Err.type("must be str, not %s", Err.tn(a[0]));
        }
        int n = s.length();
        long[] r = Sequences.clampRange(a[1] == Py.None ? PyInt.ZERO : a[1], a[2] == Py.None ? PyInt.of(Long.MAX_VALUE) : a[2], n);
        long result = -1;
        if (r[0] <= n && r[1] - r[0] >= sub.length()) {
            int from = s.offsetOf((int) r[0]);
            int to = s.offsetOf((int) r[1]);
            String region = s.value.substring(from, to);
            int idx = reverse ? region.lastIndexOf(sub.value) : region.indexOf(sub.value);
            if (idx >= 0) {
                result = s.isSimple() ? r[0] + idx : r[0] + region.codePointCount(0, idx);
            }
        }
        if (result < 0 && raise) {
            throw Err.value("substring not found");
        }
        return PyInt.of(result);
    }

    static void define(PyType t) {
        t.flags(PyType.BASETYPE | PyType.UNICODE_SUBCLASS | PyType.MATCH_SELF);
        t.doc("str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
                + "Create a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\n"
                + "that will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\n"
                + "or repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.");
        t.tp_new = StrMethods::strNew;
        t.tp_repr = self -> PyStr.of(PyStr.repr(((PyStr) self).value));
        t.tp_str = self -> self.type == PyStr.TYPE ? self : PyStr.of(((PyStr) self).value);
        t.tp_hash = self -> ((PyStr) self).hash();
        t.tp_richcompare = StrMethods::richCompare;
        t.tp_iter = self -> new StrIterator((PyStr) self);
        t.sq_length = self -> ((PyStr) self).length();
        t.mp_subscript = StrMethods::getItem;
        t.sq_contains = (self, item) -> {
            if (!(item instanceof PyStr s)) {
                throw Err.type("'in <string>' requires string as left operand, not %s", Err.tn(item));
            }
            return ((PyStr) self).value.contains(s.value);
        };
        t.sq_concat = (a, b) -> {
            if (!(b instanceof PyStr y)) {
                throw Err.type("can only concatenate str (not \"%s\") to str", Err.tn(b));
            }
            PyStr x = (PyStr) a;
            if (y.value.isEmpty() && x.type == PyStr.TYPE) {
                return x;
            }
            if (x.value.isEmpty() && y.type == PyStr.TYPE) {
                return y;
            }
            return PyStr.of(x.value.concat(y.value));
        };
        t.sq_repeat = (self, n) -> {
            PyStr s = (PyStr) self;
            if (n <= 0 || s.value.isEmpty()) {
                return PyStr.EMPTY;
            }
            if (n == 1 && s.type == PyStr.TYPE) {
                return s;
            }
            if ((long) s.value.length() * n > Integer.MAX_VALUE - 8) {
                throw Err.overflow("repeated string is too long");
            }
            return PyStr.of(s.value.repeat((int) n));
        };
        t.method1("join", (self, iterable) -> {
            String sep = ((PyStr) self).value;
            StringBuilder sb = new StringBuilder();
            int[] i = {0};
            Abstract.forEach(iterable, o -> {
                if (!(o instanceof PyStr s)) {
                    throw Err.type("sequence item %d: expected str instance, %s found", i[0], Err.tn(o));
                }
                if (i[0]++ > 0) {
                    sb.append(sep);
                }
                sb.append(s.value);
            });
            return PyStr.of(sb.toString());
        });
        t.method("split", "sep=None, maxsplit=-1", (self, a) -> split(((PyStr) self).value, a[0], Abstract.asSsize(a[1], PyExc.OverflowError)));
        t.method("strip", "chars=None, /", (self, a) -> PyStr.of(strip(((PyStr) self).value, a[0], true, true)));
        t.method("lstrip", "chars=None, /", (self, a) -> PyStr.of(strip(((PyStr) self).value, a[0], true, false)));
        t.method("rstrip", "chars=None, /", (self, a) -> PyStr.of(strip(((PyStr) self).value, a[0], false, true)));
        t.method("startswith", "prefix, start=NULL, end=NULL, /", (self, a) -> Py.bool(affix((PyStr) self, a[0], a[1], a[2], false)));
        t.method("endswith", "suffix, start=NULL, end=NULL, /", (self, a) -> Py.bool(affix((PyStr) self, a[0], a[1], a[2], true)));
        t.method("find", "sub, start=None, end=None, /", (self, a) -> find((PyStr) self, a, false, false));
        t.method("rfind", "sub, start=None, end=None, /", (self, a) -> find((PyStr) self, a, true, false));
        t.method("index", "sub, start=None, end=None, /", (self, a) -> find((PyStr) self, a, false, true));
        t.method("rindex", "sub, start=None, end=None, /", (self, a) -> find((PyStr) self, a, true, true));
        t.method("replace", "old, new, count=-1, /", (self, a) -> {
            String s = ((PyStr) self).value;
            String o = arg(a[0], "replace");
            String nw = arg(a[1], "replace");
            long count = Abstract.asSsize(a[2], PyExc.OverflowError);
            if (count < 0) {
                if (o.isEmpty()) {
                    StringBuilder sb = new StringBuilder(nw);
                    s.codePoints().forEach(cp -> sb.appendCodePoint(cp).append(nw));
                    return PyStr.of(sb.toString());
                }
                return PyStr.of(s.replace(o, nw));
            }
            StringBuilder sb = new StringBuilder();
            int i = 0;
            while (count-- > 0) {
                int j = o.isEmpty() ? (i <= s.length() ? i : -1) : s.indexOf(o, i);
                if (j < 0) {
                    break;
                }
                sb.append(s, i, j).append(nw);
                if (o.isEmpty()) {
                    if (j < s.length()) {
                        int cp = s.codePointAt(j);
                        sb.appendCodePoint(cp);
                        i = j + Character.charCount(cp);
                    } else {
                        i = j + 1;
                        break;
                    }
                } else {
                    i = j + o.length();
                }
            }
            if (i <= s.length()) {
                sb.append(s, i, s.length());
            }
            return PyStr.of(sb.toString());
        });
        t.method0("lower", self -> PyStr.of(((PyStr) self).value.toLowerCase(java.util.Locale.ROOT)));
        t.method0("upper", self -> PyStr.of(((PyStr) self).value.toUpperCase(java.util.Locale.ROOT)));
        t.method("count", "sub, start=None, end=None, /", (self, a) -> {
            PyStr s = (PyStr) self;
            String sub = arg(a[0], "count");
            long[] r = Sequences.clampRange(a[1] == Py.None ? PyInt.ZERO : a[1], a[2] == Py.None ? PyInt.of(Long.MAX_VALUE) : a[2], s.length());
            if (r[0] > s.length() || r[1] < r[0]) {
                return PyInt.ZERO;
            }
            String region = s.substring((int) r[0], (int) r[1]);
            if (sub.isEmpty()) {
                return PyInt.of(region.codePointCount(0, region.length()) + 1);
            }
            int c = 0;
            for (int i = region.indexOf(sub); i >= 0; i = region.indexOf(sub, i + sub.length())) {
                c++;
            }
            return PyInt.of(c);
        });
        t.method("encode", "encoding='utf-8', errors='strict'", (self, a) ->
                Codecs.encode((PyStr) self, arg(a[0], "encode()"), arg(a[1], "encode()")));
        t.method1("__format__", (self, spec) -> {
            if (!(spec instanceof PyStr ss)) {
                throw Err.type("argument must be str, not %s", Err.tn(spec));
            }
            if (ss.value.isEmpty()) {
                return Abstract.str(self);
            }
            return Formatting.formatStr(((PyStr) self).value, ss.value);
        });
        t.method0("__getnewargs__", self -> PyTuple.of(PyStr.of(((PyStr) self).value)));
        t.method0("isdigit", self -> Py.bool(!((PyStr) self).value.isEmpty() && ((PyStr) self).value.codePoints().allMatch(Character::isDigit)));
        t.method0("isspace", self -> Py.bool(!((PyStr) self).value.isEmpty() && ((PyStr) self).value.chars().allMatch(StrMethods::isSpace)));
        t.method0("isidentifier", self -> Py.bool(TypeNew.isIdentifier(((PyStr) self).value)));
        t.method0("__sizeof__", self -> PyInt.of(49 + ((PyStr) self).value.length()));
    }

    /** str_ascii_iterator / str_iterator. */
    public static final class StrIterator extends PyObject {
        public static final PyType TYPE = PyType.builtin("str_ascii_iterator", StrIterator.class, StrIterator::define);
        private PyStr seq;
        private int offset;

        StrIterator(PyStr seq) {
            super(TYPE);
            this.seq = seq;
        }

        private static void define(PyType t) {
            t.flags(PyType.DISALLOW_INSTANTIATION);
            t.tp_iter = self -> self;
            t.tp_iternext = self -> {
                StrIterator it = (StrIterator) self;
                PyStr s = it.seq;
                if (s == null) {
                    return null;
                }
                if (it.offset < s.value.length()) {
                    int cp = s.value.codePointAt(it.offset);
                    it.offset += Character.charCount(cp);
                    return PyStr.ofCodePoint(cp);
                }
                it.seq = null;
                return null;
            };
            t.method0("__length_hint__", self -> {
                StrIterator it = (StrIterator) self;
                return PyInt.of(it.seq == null ? 0 : it.seq.value.codePointCount(it.offset, it.seq.value.length()));
            });
        }
    }
}
