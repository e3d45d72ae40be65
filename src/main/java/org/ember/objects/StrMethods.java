package org.ember.objects;

import java.util.ArrayList;

/**
 * The operations of str (the value type is {@link PyStr}), as CPython 3.11's unicodeobject.c.
 *
 * <p>Strings are Java Strings; positions visible to Python are code point indices. Most strings
 * are "simple" (no surrogate pairs), where char index == code point index; the general case
 * converts through {@link PyStr#offsetOf} / {@link PyStr#indexOfOffset}. Substring search works
 * on UTF-16 but never accepts a match that splits a surrogate pair.
 */
public final class StrMethods {
    private StrMethods() {}

    static PyStr self(PyObject o) {
        return (PyStr) o;
    }

    /** A str argument for "X arg must be None or str" style checks. */
    static String arg(PyObject o, String fname) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw Err.type("%s arg must be None or str", fname);
    }

    /** A str argument of an Argument Clinic function: "f() argument 'name' must be str, not int". */
    static String strArg(PyObject o, String fname, String argName) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw Err.type("%s() argument %s must be str, not %s", fname, argName, Err.tn(o));
    }

    /** "must be str, not int" (PyUnicode_FromObject style errors of find/count/partition). */
    static PyStr mustBeStr(PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw Err.type("must be str, not %s", Err.tn(o));
    }

    /** The result of an operation: self itself when unchanged and self is an exact str. */
    static PyObject result(PyStr self, String r) {
        if (self.type == PyStr.TYPE && (r == self.value || r.equals(self.value))) {
            return self;
        }
        return PyStr.of(r);
    }

    /** The exact str of self (str subclasses give a plain copy). */
    static PyObject unchanged(PyStr self) {
        return self.type == PyStr.TYPE ? self : PyStr.of(self.value);
    }

    // ---- index arguments -----------------------------------------------------------------

    /** A start/end argument (_PyEval_SliceIndex): None or absent gives dflt. */
    static long sliceIndex(PyObject o, long dflt) {
        if (o == null || o == Py.None) {
            return dflt;
        }
        if (!Abstract.hasIndex(o)) {
            throw Err.type("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.asSsize(o, null);
    }

    /** ADJUST_INDICES: start and end clamped for a sequence of length n (end may end below start). */
    static long[] adjust(PyObject start, PyObject end, long n) {
        long s = sliceIndex(start, 0);
        long e = sliceIndex(end, Long.MAX_VALUE);
        if (e > n) {
            e = n;
        } else if (e < 0) {
            e += n;
            if (e < 0) {
                e = 0;
            }
        }
        if (s < 0) {
            s += n;
            if (s < 0) {
                s = 0;
            }
        }
        return new long[] {s, e};
    }

    /** A width/count argument given as an index (Py_ssize_t converter). */
    static long ssize(PyObject o) {
        return Abstract.asSsize(o, PyExc.OverflowError);
    }

    // ---- pair-safe search --------------------------------------------------------------------

    private static boolean splitsPair(String h, int at) {
        return at > 0 && at < h.length() && Character.isLowSurrogate(h.charAt(at))
                && Character.isHighSurrogate(h.charAt(at - 1));
    }

    private static boolean needsPairCheck(String n) {
        return !n.isEmpty() && (Character.isLowSurrogate(n.charAt(0)) || Character.isHighSurrogate(n.charAt(n.length() - 1)));
    }

    /** First char index >= from of needle in h with the match inside [from, to), or -1. */
    static int indexOf(String h, String n, int from, int to) {
        if (to - from < n.length()) {
            return -1;
        }
        if (n.length() == 1 && !Character.isSurrogate(n.charAt(0))) {
            int j = h.indexOf(n.charAt(0), from);
            return j >= 0 && j < to ? j : -1;
        }
        boolean check = needsPairCheck(n);
        int j = from;
        while (true) {
            j = h.indexOf(n, j);
            if (j < 0 || j + n.length() > to) {
                return -1;
            }
            if (!check || (!splitsPair(h, j) && !splitsPair(h, j + n.length()))) {
                return j;
            }
            j++;
        }
    }

    /** Last char index of needle in h with the match inside [from, to), or -1. */
    static int lastIndexOf(String h, String n, int from, int to) {
        if (to - from < n.length()) {
            return -1;
        }
        boolean check = needsPairCheck(n);
        int j = to - n.length();
        while (true) {
            j = h.lastIndexOf(n, j);
            if (j < from) {
                return -1;
            }
            if (!check || (!splitsPair(h, j) && !splitsPair(h, j + n.length()))) {
                return j;
            }
            j--;
        }
    }

    /** Number of non-overlapping occurrences of n in h within [from, to), at most max. */
    static long countOf(String h, String n, int from, int to, long max) {
        long c = 0;
        int j = from;
        while (c < max) {
            j = indexOf(h, n, j, to);
            if (j < 0) {
                break;
            }
            c++;
            j += n.length();
        }
        return c;
    }

    // ---- slots ------------------------------------------------------------------------------

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
            int len = (int) b.length();
            if (len <= 0) {
                return PyStr.EMPTY;
            }
            if (b.step() == 1) {
                if (len == n && self.type == PyStr.TYPE) {
                    return self;
                }
                return PyStr.of(s.substring((int) b.start(), (int) (b.start() + len)));
            }
            StringBuilder sb = new StringBuilder(len);
            if (s.isSimple()) {
                String v = s.value;
                for (long k = 0, p = b.start(); k < len; k++, p += b.step()) {
                    sb.append(v.charAt((int) p));
                }
            } else {
                int[] cps = s.codePoints();
                for (long k = 0, p = b.start(); k < len; k++, p += b.step()) {
                    sb.appendCodePoint(cps[(int) p]);
                }
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
            return Py.bool(x.equalsStr(y));
        }
        if (op == CompareOp.NE) {
            return Py.bool(!x.equalsStr(y));
        }
        return Py.bool(op.fromCompare(PyStr.compare(x.value, y.value)));
    }

    private static final ArgParser STR_NEW = new ArgParser("str", "object=NULL, encoding=NULL, errors=NULL");

    static PyObject strNew(PyType type, PyObject[] args, String[] kw) {
        PyObject[] a = STR_NEW.bind(args, kw);
        PyStr v;
        if (a[0] == null) {
            v = PyStr.EMPTY;
        } else if (a[1] == null && a[2] == null) {
            v = (PyStr) Abstract.str(a[0]);
        } else {
            String enc = a[1] == null ? "utf-8" : strArg(a[1], "str", "'encoding'");
            String err = a[2] == null ? "strict" : strArg(a[2], "str", "'errors'");
            v = (PyStr) Codecs.decodeObject(a[0], enc, err);
        }
        if (type == PyStr.TYPE) {
            return v.type == PyStr.TYPE ? v : PyStr.of(v.value);
        }
        return new PyStr.Derived(type, v.value);
    }

    static PyObject concat(PyObject a, PyObject b) {
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
        if ((long) x.value.length() + y.value.length() > Integer.MAX_VALUE - 8) {
            throw Err.overflow("strings are too large to concat");
        }
        return PyStr.of(x.value.concat(y.value));
    }

    static PyObject repeat(PyObject self, long n) {
        PyStr s = (PyStr) self;
        if (n <= 0 || s.value.isEmpty()) {
            return PyStr.EMPTY;
        }
        if (n == 1) {
            return unchanged(s);
        }
        if (s.value.length() > (Integer.MAX_VALUE - 8) / n) {
            throw Err.overflow("repeated string is too long");
        }
        return PyStr.of(s.value.repeat((int) n));
    }

    static boolean contains(PyObject self, PyObject item) {
        if (!(item instanceof PyStr s)) {
            throw Err.type("'in <string>' requires string as left operand, not %s", Err.tn(item));
        }
        String h = ((PyStr) self).value;
        return indexOf(h, s.value, 0, h.length()) >= 0;
    }

    // ---- join / split family ----------------------------------------------------------------

    static PyObject join(PyStr sepStr, PyObject iterable) {
        PyObject[] items;
        if (iterable instanceof PyList l && iterable.type == PyList.TYPE) {
            items = l.toArray();
        } else if (iterable instanceof PyTuple t && iterable.type == PyTuple.TYPE) {
            items = t.items();
        } else {
            PyObject it;
            try {
                it = Abstract.iter(iterable);
            } catch (PyException e) {
                if (e.matches(PyExc.TypeError)) {
                    throw Err.type("can only join an iterable");
                }
                throw e;
            }
            items = Abstract.toArray(it);
        }
        int n = items.length;
        if (n == 0) {
            return PyStr.EMPTY;
        }
        if (n == 1 && items[0].type == PyStr.TYPE) {
            return items[0];
        }
        String sep = sepStr.value;
        long total = (long) sep.length() * (n - 1);
        for (int i = 0; i < n; i++) {
            if (!(items[i] instanceof PyStr s)) {
                throw Err.type("sequence item %d: expected str instance, %s found", i, Err.tn(items[i]));
            }
            total += s.value.length();
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw Err.overflow("join() result is too long for a Python string");
        }
        StringBuilder sb = new StringBuilder((int) total);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(((PyStr) items[i]).value);
        }
        return PyStr.of(sb.toString());
    }

    /** Py_UNICODE_ISSPACE for a UTF-16 unit (no surrogate is whitespace). */
    public static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
        }
        return UnicodeTables.isSpace(c);
    }

    private static String sepArg(PyObject o) {
        if (o instanceof PyStr s) {
            if (s.value.isEmpty()) {
                throw Err.value("empty separator");
            }
            return s.value;
        }
        throw Err.type("must be str or None, not %s", Err.tn(o));
    }

    static PyList split(PyStr self, PyObject sepObj, long maxsplit) {
        String s = self.value;
        ArrayList<PyObject> out = new ArrayList<>();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        int n = s.length();
        if (sepObj == Py.None) {
            int i = 0;
            while (maxsplit-- > 0) {
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j))) {
                    j++;
                }
                if (j == n && i == 0 && self.type == PyStr.TYPE) {
                    out.add(self);
                    return new PyList(out);
                }
                out.add(PyStr.of(s.substring(i, j)));
                i = j;
            }
            if (i < n) {
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i < n) {
                    out.add(i == 0 ? unchanged(self) : PyStr.of(s.substring(i)));
                }
            }
            return new PyList(out);
        }
        String sep = sepArg(sepObj);
        int i = 0;
        while (maxsplit-- > 0) {
            int j = indexOf(s, sep, i, n);
            if (j < 0) {
                break;
            }
            out.add(PyStr.of(s.substring(i, j)));
            i = j + sep.length();
        }
        out.add(i == 0 ? unchanged(self) : PyStr.of(s.substring(i)));
        return new PyList(out);
    }

    static PyList rsplit(PyStr self, PyObject sepObj, long maxsplit) {
        String s = self.value;
        ArrayList<PyObject> out = new ArrayList<>();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        int n = s.length();
        if (sepObj == Py.None) {
            int j = n;
            while (maxsplit-- > 0) {
                while (j > 0 && isSpace(s.charAt(j - 1))) {
                    j--;
                }
                if (j == 0) {
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(s.charAt(i - 1))) {
                    i--;
                }
                if (i == 0 && j == n && self.type == PyStr.TYPE) {
                    out.add(self);
                    return new PyList(out);
                }
                out.add(PyStr.of(s.substring(i, j)));
                j = i;
            }
            if (j > 0) {
                while (j > 0 && isSpace(s.charAt(j - 1))) {
                    j--;
                }
                if (j > 0) {
                    out.add(j == n ? unchanged(self) : PyStr.of(s.substring(0, j)));
                }
            }
            java.util.Collections.reverse(out);
            return new PyList(out);
        }
        String sep = sepArg(sepObj);
        int j = n;
        while (maxsplit-- > 0) {
            int i = lastIndexOf(s, sep, 0, j);
            if (i < 0) {
                break;
            }
            out.add(PyStr.of(s.substring(i + sep.length(), j)));
            j = i;
        }
        out.add(j == n ? unchanged(self) : PyStr.of(s.substring(0, j)));
        java.util.Collections.reverse(out);
        return new PyList(out);
    }

    /** True for the line boundaries of str.splitlines. */
    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e) || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    static PyList splitlines(PyStr self, boolean keepends) {
        String s = self.value;
        int n = s.length();
        ArrayList<PyObject> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
                if (keepends) {
                    eol = j;
                }
            }
            if (i == 0 && j == n && eol == n) {
                out.add(unchanged(self));
                break;
            }
            out.add(PyStr.of(s.substring(i, eol)));
            i = j;
        }
        return new PyList(out);
    }

    static PyObject partition(PyStr self, PyObject sepObj, boolean reverse) {
        PyStr sepS = mustBeStr(sepObj);
        String sep = sepS.value;
        if (sep.isEmpty()) {
            throw Err.value("empty separator");
        }
        String s = self.value;
        int j = reverse ? lastIndexOf(s, sep, 0, s.length()) : indexOf(s, sep, 0, s.length());
        if (j < 0) {
            return reverse ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, unchanged(self))
                    : PyTuple.of(unchanged(self), PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(PyStr.of(s.substring(0, j)), sepObj, PyStr.of(s.substring(j + sep.length())));
    }

    // ---- strip -----------------------------------------------------------------------------

    static PyObject strip(PyStr self, PyObject chars, int mode, String fname) {
        String s = self.value;
        int i = 0;
        int j = s.length();
        boolean left = mode != 2;
        boolean right = mode != 1;
        if (chars == Py.None) {
            while (left && i < j && isSpace(s.charAt(i))) {
                i++;
            }
            while (right && j > i && isSpace(s.charAt(j - 1))) {
                j--;
            }
        } else {
            PyStr cs = chars instanceof PyStr c ? c : null;
            if (cs == null) {
                throw Err.type("%s arg must be None or str", fname);
            }
            String set = cs.value;
            if (cs.isSimple() && self.isSimple()) {
                while (left && i < j && set.indexOf(s.charAt(i)) >= 0) {
                    i++;
                }
                while (right && j > i && set.indexOf(s.charAt(j - 1)) >= 0) {
                    j--;
                }
            } else {
                while (left && i < j) {
                    int cp = s.codePointAt(i);
                    if (!containsCp(set, cp)) {
                        break;
                    }
                    i += Character.charCount(cp);
                }
                while (right && j > i) {
                    int cp = s.codePointBefore(j);
                    if (!containsCp(set, cp)) {
                        break;
                    }
                    j -= Character.charCount(cp);
                }
            }
        }
        if (i == 0 && j == s.length()) {
            return unchanged(self);
        }
        return PyStr.of(s.substring(i, j));
    }

    private static boolean containsCp(String set, int cp) {
        for (int k = 0; k < set.length(); ) {
            int c = set.codePointAt(k);
            if (c == cp) {
                return true;
            }
            k += Character.charCount(c);
        }
        return false;
    }

    // ---- searching -------------------------------------------------------------------------

    static boolean tailMatch(PyStr s, String sub, PyObject start, PyObject end, boolean suffix) {
        long n = s.length();
        long[] r = adjust(start, end, n);
        long st = r[0];
        long en = r[1];
        PyStr subS = PyStr.of(sub);
        long subLen = subS.length();
        en -= subLen;
        if (en < st) {
            return false;
        }
        if (subLen == 0) {
            return true;
        }
        long pos = suffix ? en : st;
        int off = s.offsetOf((int) pos);
        return s.value.startsWith(sub, off) && !splitsPair(s.value, off) && !splitsPair(s.value, off + sub.length());
    }

    static PyObject startsEndsWith(PyStr s, PyObject prefix, PyObject start, PyObject end, boolean suffix) {
        String name = suffix ? "endswith" : "startswith";
        if (prefix instanceof PyTuple t) {
            for (PyObject p : t.items()) {
                if (!(p instanceof PyStr ps)) {
                    throw Err.type("tuple for %s must only contain str, not %s", name, Err.tn(p));
                }
                if (tailMatch(s, ps.value, start, end, suffix)) {
                    return Py.True;
                }
            }
            return Py.False;
        }
        if (!(prefix instanceof PyStr ps)) {
            throw Err.type("%s first arg must be str or a tuple of str, not %s", name, Err.tn(prefix));
        }
        return Py.bool(tailMatch(s, ps.value, start, end, suffix));
    }

    /** find/rfind: the code point index of sub in s[start:end], or -1. */
    static long find(PyStr s, PyObject subObj, PyObject start, PyObject end, boolean reverse) {
        PyStr sub = mustBeStr(subObj);
        long n = s.length();
        long[] r = adjust(start, end, n);
        long st = r[0];
        long en = r[1];
        long subLen = sub.length();
        if (en - st < subLen) {
            return -1;
        }
        if (subLen == 0) {
            return reverse ? en : st;
        }
        int from = s.offsetOf((int) st);
        int to = s.offsetOf((int) en);
        int j = reverse ? lastIndexOf(s.value, sub.value, from, to) : indexOf(s.value, sub.value, from, to);
        return j < 0 ? -1 : s.indexOfOffset(j);
    }

    static long count(PyStr s, PyObject subObj, PyObject start, PyObject end) {
        PyStr sub = mustBeStr(subObj);
        long n = s.length();
        long[] r = adjust(start, end, n);
        long st = r[0];
        long en = r[1];
        long subLen = sub.length();
        if (en - st < subLen) {
            return 0;
        }
        if (subLen == 0) {
            return en - st + 1;
        }
        return countOf(s.value, sub.value, s.offsetOf((int) st), s.offsetOf((int) en), Long.MAX_VALUE);
    }

    static PyObject replace(PyStr self, String old, String nw, long count) {
        String s = self.value;
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (count == 0 || (old.isEmpty() && nw.isEmpty())) {
            return unchanged(self);
        }
        if (old.isEmpty()) {
            StringBuilder sb = new StringBuilder(s.length() + nw.length() * (int) Math.min(count, s.length() + 1));
            int i = 0;
            sb.append(nw);
            count--;
            while (i < s.length()) {
                int cp = s.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
                if (count > 0 && i < s.length()) {
                    sb.append(nw);
                    count--;
                } else if (count > 0) {
                    sb.append(nw);
                    count--;
                }
                if (count == 0) {
                    sb.append(s, i, s.length());
                    break;
                }
            }
            return PyStr.of(sb.toString());
        }
        int j = indexOf(s, old, 0, s.length());
        if (j < 0) {
            return unchanged(self);
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (j >= 0 && count-- > 0) {
            sb.append(s, i, j).append(nw);
            i = j + old.length();
            j = indexOf(s, old, i, s.length());
        }
        sb.append(s, i, s.length());
        return PyStr.of(sb.toString());
    }

    // ---- case mapping ------------------------------------------------------------------------

    private static boolean isAscii(PyStr s) {
        return s.maxChar() < 128;
    }

    /** The lower-case mapping of the code point at char offset i of s (handles final sigma). */
    private static void appendLower(StringBuilder sb, String s, int i, int cp) {
        if (cp == 0x3a3) {
            sb.append(finalSigma(s, i) ? '\u03c2' : '\u03c3');
        } else {
            UnicodeTables.appendMapping(sb, cp, UnicodeTables.MAP_LOWER);
        }
    }

    /** CPython's handle_capital_sigma: Σ at char offset i is word-final. */
    private static boolean finalSigma(String s, int i) {
        int j = i;
        int c = 0;
        boolean found = false;
        while (j > 0) {
            c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!UnicodeTables.isCaseIgnorable(c)) {
                found = true;
                break;
            }
        }
        if (!found || !UnicodeTables.isCased(c)) {
            return false;
        }
        j = i + 1;
        while (j < s.length()) {
            c = s.codePointAt(j);
            j += Character.charCount(c);
            if (!UnicodeTables.isCaseIgnorable(c)) {
                return !UnicodeTables.isCased(c);
            }
        }
        return true;
    }

    static PyObject lower(PyStr self) {
        String s = self.value;
        if (isAscii(self)) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    char[] a = s.toCharArray();
                    for (int k = i; k < a.length; k++) {
                        if (a[k] >= 'A' && a[k] <= 'Z') {
                            a[k] += 32;
                        }
                    }
                    return PyStr.of(new String(a));
                }
            }
            return unchanged(self);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            appendLower(sb, s, i, cp);
            i += Character.charCount(cp);
        }
        return result(self, sb.toString());
    }

    static PyObject upper(PyStr self) {
        String s = self.value;
        if (isAscii(self)) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 'a' && c <= 'z') {
                    char[] a = s.toCharArray();
                    for (int k = i; k < a.length; k++) {
                        if (a[k] >= 'a' && a[k] <= 'z') {
                            a[k] -= 32;
                        }
                    }
                    return PyStr.of(new String(a));
                }
            }
            return unchanged(self);
        }
        return result(self, mapAll(s, UnicodeTables.MAP_UPPER));
    }

    private static String mapAll(String s, int kind) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            UnicodeTables.appendMapping(sb, cp, kind);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    static PyObject casefold(PyStr self) {
        if (isAscii(self)) {
            return lower(self);
        }
        return result(self, mapAll(self.value, UnicodeTables.MAP_FOLD));
    }

    static PyObject swapcase(PyStr self) {
        String s = self.value;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (UnicodeTables.isUpper(cp)) {
                appendLower(sb, s, i, cp);
            } else if (UnicodeTables.isLower(cp)) {
                UnicodeTables.appendMapping(sb, cp, UnicodeTables.MAP_UPPER);
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return result(self, sb.toString());
    }

    static PyObject capitalize(PyStr self) {
        String s = self.value;
        if (s.isEmpty()) {
            return unchanged(self);
        }
        StringBuilder sb = new StringBuilder(s.length());
        int cp = s.codePointAt(0);
        UnicodeTables.appendMapping(sb, cp, UnicodeTables.MAP_TITLE);
        for (int i = Character.charCount(cp); i < s.length(); ) {
            int c = s.codePointAt(i);
            appendLower(sb, s, i, c);
            i += Character.charCount(c);
        }
        return result(self, sb.toString());
    }

    static PyObject title(PyStr self) {
        String s = self.value;
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (prevCased) {
                appendLower(sb, s, i, cp);
            } else {
                UnicodeTables.appendMapping(sb, cp, UnicodeTables.MAP_TITLE);
            }
            prevCased = UnicodeTables.isCased(cp);
            i += Character.charCount(cp);
        }
        return result(self, sb.toString());
    }

    // ---- predicates ------------------------------------------------------------------------

    /** True when s is non-empty and every code point has one of the flags. */
    private static boolean all(PyStr self, int flags) {
        String s = self.value;
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if ((UnicodeTables.flags(cp) & flags) == 0) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    static boolean isLowerStr(PyStr self) {
        String s = self.value;
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int f = UnicodeTables.flags(cp);
            if ((f & (UnicodeTables.UPPER | UnicodeTables.TITLE)) != 0) {
                return false;
            }
            if ((f & UnicodeTables.LOWER) != 0) {
                cased = true;
            }
            i += Character.charCount(cp);
        }
        return cased;
    }

    static boolean isUpperStr(PyStr self) {
        String s = self.value;
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int f = UnicodeTables.flags(cp);
            if ((f & (UnicodeTables.LOWER | UnicodeTables.TITLE)) != 0) {
                return false;
            }
            if ((f & UnicodeTables.UPPER) != 0) {
                cased = true;
            }
            i += Character.charCount(cp);
        }
        return cased;
    }

    static boolean isTitleStr(PyStr self) {
        String s = self.value;
        boolean cased = false;
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int f = UnicodeTables.flags(cp);
            if ((f & (UnicodeTables.UPPER | UnicodeTables.TITLE)) != 0) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if ((f & UnicodeTables.LOWER) != 0) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
            i += Character.charCount(cp);
        }
        return cased;
    }

    static boolean isPrintableStr(PyStr self) {
        String s = self.value;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!UnicodeTables.isPrintable(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** str.isidentifier (PyUnicode_IsIdentifier). */
    public static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int cp = s.codePointAt(0);
        if (!UnicodeTables.isXidStart(cp)) {
            return false;
        }
        for (int i = Character.charCount(cp); i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!UnicodeTables.isXidContinue(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    // ---- padding -----------------------------------------------------------------------------

    static int fillChar(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw Err.type("The fill character must be a unicode character, not %s", Err.tn(o));
        }
        if (s.length() != 1) {
            throw Err.type("The fill character must be exactly one character long");
        }
        return s.codePointAt(0);
    }

    static PyObject pad(PyStr self, long left, long right, int fill) {
        if (left < 0) {
            left = 0;
        }
        if (right < 0) {
            right = 0;
        }
        if (left == 0 && right == 0) {
            return unchanged(self);
        }
        String f = Character.toString(fill);
        long total = (left + right) * f.length() + self.value.length();
        if (total > Integer.MAX_VALUE - 8) {
            throw Err.overflow("padded string is too long");
        }
        StringBuilder sb = new StringBuilder((int) total);
        sb.append(f.repeat((int) left)).append(self.value).append(f.repeat((int) right));
        return PyStr.of(sb.toString());
    }

    static PyObject center(PyStr self, long width, int fill) {
        long len = self.length();
        if (len >= width) {
            return unchanged(self);
        }
        long marg = width - len;
        long left = marg / 2 + (marg & width & 1);
        return pad(self, left, marg - left, fill);
    }

    static PyObject zfill(PyStr self, long width) {
        String s = self.value;
        long len = self.length();
        if (len >= width) {
            return unchanged(self);
        }
        long fill = width - len;
        if (fill > Integer.MAX_VALUE - 8 - s.length()) {
            throw Err.overflow("padded string is too long");
        }
        StringBuilder sb = new StringBuilder((int) width);
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            sb.append(s.charAt(0));
            sb.append("0".repeat((int) fill));
            sb.append(s, 1, s.length());
        } else {
            sb.append("0".repeat((int) fill)).append(s);
        }
        return PyStr.of(sb.toString());
    }

    static PyObject expandtabs(PyStr self, long tabsize) {
        String s = self.value;
        if (s.indexOf('\t') < 0) {
            return unchanged(self);
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        long col = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - (col % tabsize);
                    col += incr;
                    if (sb.length() + incr > Integer.MAX_VALUE - 8) {
                        throw Err.overflow("result too long");
                    }
                    for (long k = 0; k < incr; k++) {
                        sb.append(' ');
                    }
                }
            } else {
                col++;
                sb.appendCodePoint(cp);
                if (cp == '\n' || cp == '\r') {
                    col = 0;
                }
            }
        }
        return PyStr.of(sb.toString());
    }

    // ---- translate / maketrans ---------------------------------------------------------------

    static PyObject translate(PyStr self, PyObject table) {
        String s = self.value;
        StringBuilder sb = new StringBuilder(s.length());
        PyDict cache = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            PyObject r;
            try {
                r = Abstract.getItem(table, PyInt.of(cp));
            } catch (PyException e) {
                if (e.matches(PyExc.LookupError)) {
                    sb.appendCodePoint(cp);
                    continue;
                }
                throw e;
            }
            if (r == Py.None) {
                continue;
            }
            if (r instanceof PyInt ri) {
                long v = ri.isSmall() ? ri.longValue() : -1;
                if (v < 0 || v > 0x10ffff) {
                    throw Err.value("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) v);
            } else if (r instanceof PyStr rs) {
                sb.append(rs.value);
            } else {
                throw Err.type("character mapping must return integer, None or str");
            }
        }
        return result(self, sb.toString());
    }

    static PyObject maketrans(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("maketrans", kwnames);
        ArgParser.checkPositional("maketrans", args.length, 1, 3);
        PyDict out = new PyDict();
        if (args.length == 1) {
            if (!(args[0] instanceof PyDict d)) {
                throw Err.type("if you give only one argument to maketrans it must be a dict");
            }
            for (int i = d.nextIndex(0); i >= 0; i = d.nextIndex(i + 1)) {
                PyObject k = d.keyAt(i);
                PyObject v = d.valueAt(i);
                if (k instanceof PyStr ks) {
                    if (ks.length() != 1) {
                        throw Err.value("string keys in translate table must be of length 1");
                    }
                    out.setItem(PyInt.of(ks.codePointAt(0)), v);
                } else if (k instanceof PyInt) {
                    out.setItem(k, v);
                } else {
                    throw Err.type("keys in translate table must be strings or integers");
                }
            }
            return out;
        }
        if (!(args[0] instanceof PyStr x)) {
            throw Err.type("first maketrans argument must be a string if there is a second argument");
        }
        if (!(args[1] instanceof PyStr y)) {
            throw Err.type("maketrans() argument 2 must be str, not %s", Err.tn(args[1]));
        }
        PyStr z = null;
        if (args.length == 3) {
            if (!(args[2] instanceof PyStr zz)) {
                throw Err.type("maketrans() argument 3 must be str, not %s", Err.tn(args[2]));
            }
            z = zz;
        }
        if (x.length() != y.length()) {
            throw Err.value("the first two maketrans arguments must have equal length");
        }
        int[] xs = x.codePoints();
        int[] ys = y.codePoints();
        for (int i = 0; i < xs.length; i++) {
            out.setItem(PyInt.of(xs[i]), PyInt.of(ys[i]));
        }
        if (z != null) {
            for (int c : z.codePoints()) {
                out.setItem(PyInt.of(c), Py.None);
            }
        }
        return out;
    }

    // ---- misc ----------------------------------------------------------------------------------

    /** sys.getsizeof of a str as CPython computes it for compact strings. */
    static long sizeOf(PyStr s) {
        int max = s.maxChar();
        long n = s.length();
        if (max < 128) {
            return 40 + 8 + n + 1;
        }
        int kind = max < 256 ? 1 : max < 0x10000 ? 2 : 4;
        return 72 + (n + 1) * kind;
    }

    static PyObject format(PyObject self, PyObject spec) {
        if (!(spec instanceof PyStr ss)) {
            throw Err.type("__format__() argument must be str, not %s", Err.tn(spec));
        }
        PyStr s = (PyStr) self;
        if (ss.value.isEmpty()) {
            return s.type == PyStr.TYPE ? s : Abstract.str(s);
        }
        return Formatting.formatStr(s, ss.value);
    }

    private static PyObject ssizeResult(long v) {
        return PyInt.of(v);
    }

    static void define(PyType t) {
        t.flags(PyType.BASETYPE | PyType.UNICODE_SUBCLASS | PyType.MATCH_SELF);
        t.doc("str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
                + "Create a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\n"
                + "that will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\n"
                + "or repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.");
        t.tp_new = StrMethods::strNew;
        t.tp_repr = self -> PyStr.of(PyStr.repr(((PyStr) self).value));
        t.tp_str = self -> unchanged((PyStr) self);
        t.tp_hash = self -> ((PyStr) self).hash();
        t.tp_richcompare = StrMethods::richCompare;
        t.tp_iter = self -> new StrIterator((PyStr) self);
        t.sq_length = self -> ((PyStr) self).length();
        t.mp_subscript = StrMethods::getItem;
        t.sq_contains = StrMethods::contains;
        t.sq_concat = StrMethods::concat;
        t.sq_repeat = StrMethods::repeat;
        t.nb_remainder = (a, b) -> a instanceof PyStr s ? PercentFormat.format(s, b) : Py.NotImplemented;

        t.method1("join", (self, iterable) -> join((PyStr) self, iterable));
        t.method("split", "sep=None, maxsplit=-1", (self, a) -> split((PyStr) self, a[0], ssize(a[1])));
        t.method("rsplit", "sep=None, maxsplit=-1", (self, a) -> rsplit((PyStr) self, a[0], ssize(a[1])));
        t.method("splitlines", "keepends=False", (self, a) -> splitlines((PyStr) self, Abstract.asInt(a[0]) != 0));
        t.method1("partition", (self, sep) -> partition((PyStr) self, sep, false));
        t.method1("rpartition", (self, sep) -> partition((PyStr) self, sep, true));
        t.method("strip", "chars=None, /", (self, a) -> strip((PyStr) self, a[0], 0, "strip"));
        t.method("lstrip", "chars=None, /", (self, a) -> strip((PyStr) self, a[0], 1, "lstrip"));
        t.method("rstrip", "chars=None, /", (self, a) -> strip((PyStr) self, a[0], 2, "rstrip"));
        t.method("startswith", "prefix, start=None, end=None, /",
                (self, a) -> startsEndsWith((PyStr) self, a[0], a[1], a[2], false));
        t.method("endswith", "suffix, start=None, end=None, /",
                (self, a) -> startsEndsWith((PyStr) self, a[0], a[1], a[2], true));
        t.method("find", "sub, start=None, end=None, /", (self, a) -> ssizeResult(find((PyStr) self, a[0], a[1], a[2], false)));
        t.method("rfind", "sub, start=None, end=None, /", (self, a) -> ssizeResult(find((PyStr) self, a[0], a[1], a[2], true)));
        t.method("index", "sub, start=None, end=None, /", (self, a) -> {
            long r = find((PyStr) self, a[0], a[1], a[2], false);
            if (r < 0) {
                throw Err.value("substring not found");
            }
            return PyInt.of(r);
        });
        t.method("rindex", "sub, start=None, end=None, /", (self, a) -> {
            long r = find((PyStr) self, a[0], a[1], a[2], true);
            if (r < 0) {
                throw Err.value("substring not found");
            }
            return PyInt.of(r);
        });
        t.method("count", "sub, start=None, end=None, /", (self, a) -> PyInt.of(count((PyStr) self, a[0], a[1], a[2])));
        t.method("replace", "old, new, count=-1, /", (self, a) -> replace((PyStr) self, strArg(a[0], "replace", "1"),
                strArg(a[1], "replace", "2"), ssize(a[2])));
        t.method1("removeprefix", (self, p) -> {
            if (!(p instanceof PyStr ps)) {
                throw Err.type("removeprefix() argument must be str, not %s", Err.tn(p));
            }
            PyStr s = (PyStr) self;
            if (tailMatch(s, ps.value, null, null, false)) {
                return PyStr.of(s.value.substring(ps.value.length()));
            }
            return unchanged(s);
        });
        t.method1("removesuffix", (self, p) -> {
            if (!(p instanceof PyStr ps)) {
                throw Err.type("removesuffix() argument must be str, not %s", Err.tn(p));
            }
            PyStr s = (PyStr) self;
            if (!ps.value.isEmpty() && tailMatch(s, ps.value, null, null, true)) {
                return PyStr.of(s.value.substring(0, s.value.length() - ps.value.length()));
            }
            return unchanged(s);
        });
        t.method0("lower", self -> lower((PyStr) self));
        t.method0("upper", self -> upper((PyStr) self));
        t.method0("casefold", self -> casefold((PyStr) self));
        t.method0("swapcase", self -> swapcase((PyStr) self));
        t.method0("capitalize", self -> capitalize((PyStr) self));
        t.method0("title", self -> title((PyStr) self));
        t.method("center", "width, fillchar=' ', /", (self, a) -> center((PyStr) self, ssize(a[0]), fillChar(a[1])));
        t.method("ljust", "width, fillchar=' ', /", (self, a) -> {
            PyStr s = (PyStr) self;
            return pad(s, 0, ssize(a[0]) - s.length(), fillChar(a[1]));
        });
        t.method("rjust", "width, fillchar=' ', /", (self, a) -> {
            PyStr s = (PyStr) self;
            return pad(s, ssize(a[0]) - s.length(), 0, fillChar(a[1]));
        });
        t.method1("zfill", (self, w) -> zfill((PyStr) self, ssize(w)));
        t.method("expandtabs", "tabsize=8", (self, a) -> expandtabs((PyStr) self, Abstract.asInt(a[0])));
        t.method1("translate", (self, table) -> translate((PyStr) self, table));
        t.staticMethod("maketrans", NativeFunction.ofVector("maketrans", (self, args, kw) -> maketrans(args, kw)));
        t.method("encode", "encoding='utf-8', errors='strict'", (self, a) ->
                Codecs.encode((PyStr) self, strArg(a[0], "encode", "'encoding'"), strArg(a[1], "encode", "'errors'")));
        t.methodV("format", (self, args, kw) -> StrFormat.format((PyStr) self, args, kw));
        t.method1("format_map", (self, mapping) -> StrFormat.formatMap((PyStr) self, mapping));
        t.method1("__format__", StrMethods::format);
        t.method0("__getnewargs__", self -> PyTuple.of(PyStr.of(((PyStr) self).value)));
        t.method0("__sizeof__", self -> PyInt.of(sizeOf((PyStr) self)));

        t.method0("isascii", self -> Py.bool(isAscii((PyStr) self)));
        t.method0("isalpha", self -> Py.bool(all((PyStr) self, UnicodeTables.ALPHA)));
        t.method0("isalnum", self -> Py.bool(all((PyStr) self,
                UnicodeTables.ALPHA | UnicodeTables.DECIMAL | UnicodeTables.DIGIT | UnicodeTables.NUMERIC)));
        t.method0("isdecimal", self -> Py.bool(all((PyStr) self, UnicodeTables.DECIMAL)));
        t.method0("isdigit", self -> Py.bool(all((PyStr) self, UnicodeTables.DIGIT)));
        t.method0("isnumeric", self -> Py.bool(all((PyStr) self, UnicodeTables.NUMERIC)));
        t.method0("isspace", self -> Py.bool(all((PyStr) self, UnicodeTables.SPACE)));
        t.method0("islower", self -> Py.bool(isLowerStr((PyStr) self)));
        t.method0("isupper", self -> Py.bool(isUpperStr((PyStr) self)));
        t.method0("istitle", self -> Py.bool(isTitleStr((PyStr) self)));
        t.method0("isprintable", self -> Py.bool(isPrintableStr((PyStr) self)));
        t.method0("isidentifier", self -> Py.bool(isIdentifier(((PyStr) self).value)));
    }

    /** str_ascii_iterator (ASCII strings) and str_iterator. */
    public static final class StrIterator extends PyObject {
        public static final PyType ASCII_TYPE = PyType.builtin("str_ascii_iterator", StrIterator.class, StrIterator::define);
        public static final PyType TYPE = PyType.builtin("str_iterator", StrIterator.class, StrIterator::define);
        private PyStr seq;
        private int offset;
        private int index;

        StrIterator(PyStr seq) {
            super(seq.maxChar() < 128 ? ASCII_TYPE : TYPE);
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
                String v = s.value;
                if (it.offset < v.length()) {
                    int cp = v.codePointAt(it.offset);
                    it.offset += Character.charCount(cp);
                    it.index++;
                    return PyStr.ofCodePoint(cp);
                }
                it.seq = null;
                return null;
            };
            t.method0("__length_hint__", self -> {
                StrIterator it = (StrIterator) self;
                return PyInt.of(it.seq == null ? 0 : it.seq.length() - it.index);
            });
            t.method0("__reduce__", self -> {
                StrIterator it = (StrIterator) self;
                PyObject iter = Builtins.builtin("iter");
                if (it.seq == null) {
                    return PyTuple.of(iter, PyTuple.of(PyStr.EMPTY));
                }
                return PyTuple.of(iter, PyTuple.of(it.seq), PyInt.of(it.index));
            });
            t.method1("__setstate__", (self, state) -> {
                StrIterator it = (StrIterator) self;
                long i = Abstract.asSsize(state, PyExc.OverflowError);
                if (it.seq != null) {
                    int n = it.seq.length();
                    if (i < 0) {
                        i = 0;
                    } else if (i > n) {
                        i = n;
                    }
                    it.index = (int) i;
                    it.offset = it.seq.offsetOf((int) i);
                }
                return Py.None;
            });
        }
    }
}
