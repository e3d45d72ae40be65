package org.ember.objects;

import java.util.ArrayList;
import java.util.Arrays;

/**
 * The operations of bytes ({@link PyBytes}) and those bytearray ({@link PyByteArray}) shares
 * with it (CPython's bytesobject.c, bytearrayobject.c and bytes_methods.c). Shared methods are
 * written once over a {@link Span} of the receiver and registered on both types by
 * {@link #defineCommon}; bytes methods return bytes, bytearray methods return bytearray.
 */
public final class BytesMethods {
    private BytesMethods() {}

    /** A window b[off:off+len] on a byte array (read immediately; never kept). */
    public record Span(byte[] a, int off, int len) {
        int at(int i) {
            return a[off + i] & 0xff;
        }

        byte[] copy() {
            return Arrays.copyOfRange(a, off, off + len);
        }

        byte[] copy(int from, int to) {
            return Arrays.copyOfRange(a, off + from, off + to);
        }
    }

    /** The bytes of a bytes or bytearray receiver. */
    static Span span(PyObject self) {
        if (self instanceof PyBytes b) {
            byte[] v = b.bytes();
            return new Span(v, 0, v.length);
        }
        PyByteArray ba = (PyByteArray) self;
        return new Span(ba.buf, ba.start, ba.size);
    }

    /** A bytes-like argument: "a bytes-like object is required, not 'str'". */
    public static Span bytesLike(PyObject o) {
        if (o instanceof PyBytes b) {
            byte[] v = b.bytes();
            return new Span(v, 0, v.length);
        }
        if (o instanceof PyByteArray ba) {
            return new Span(ba.buf, ba.start, ba.size);
        }
        if (o instanceof BufferProtocol bp) {
            byte[] v = bp.toByteArray();
            return new Span(v, 0, v.length);
        }
        throw Err.type("a bytes-like object is required, not '%s'", Err.tn(o));
    }

    /** A result of the receiver's kind: bytes for bytes, bytearray for bytearray. */
    static PyObject make(PyObject self, byte[] b) {
        return self instanceof PyByteArray ? PyByteArray.wrap(b, b.length) : PyBytes.of(b);
    }

    static PyObject make(PyObject self, Span s, int from, int to) {
        if (self instanceof PyByteArray) {
            return new PyByteArray(s.a(), s.off() + from, to - from);
        }
        if (from == 0 && to == s.len() && self.type == PyBytes.TYPE) {
            return self;
        }
        return PyBytes.of(s.copy(from, to));
    }

    /** The receiver unchanged: bytes returns itself (exact type), bytearray a copy. */
    static PyObject unchanged(PyObject self) {
        Span s = span(self);
        return make(self, s, 0, s.len());
    }

    static String kindName(PyObject self) {
        return self instanceof PyByteArray ? "bytearray" : "bytes";
    }

    // ---- searching ---------------------------------------------------------------------------

    /** First index >= from of n in h within [from, to), or -1. */
    static int indexOf(Span h, byte[] n, int nOff, int nLen, int from, int to) {
        if (to - from < nLen) {
            return -1;
        }
        if (nLen == 0) {
            return from;
        }
        byte first = n[nOff];
        byte[] a = h.a();
        int base = h.off();
        int last = to - nLen;
        outer:
        for (int i = from; i <= last; i++) {
            if (a[base + i] != first) {
                continue;
            }
            for (int k = 1; k < nLen; k++) {
                if (a[base + i + k] != n[nOff + k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int lastIndexOf(Span h, byte[] n, int nOff, int nLen, int from, int to) {
        if (to - from < nLen) {
            return -1;
        }
        if (nLen == 0) {
            return to;
        }
        byte[] a = h.a();
        int base = h.off();
        outer:
        for (int i = to - nLen; i >= from; i--) {
            for (int k = 0; k < nLen; k++) {
                if (a[base + i + k] != n[nOff + k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The sub argument of find/count/index: an int in range(256) or a bytes-like object. */
    static Span subArg(PyObject o) {
        if (Abstract.hasIndex(o)) {
            PyInt i = Abstract.index(o);
            if (!i.isSmall() || i.longValue() < 0 || i.longValue() > 255) {
                throw Err.value("byte must be in range(0, 256)");
            }
            return new Span(new byte[] {(byte) i.longValue()}, 0, 1);
        }
        if (o instanceof PyBytes || o instanceof BufferProtocol) {
            return bytesLike(o);
        }
        throw Err.type("argument should be integer or bytes-like object, not '%s'", Err.tn(o));
    }

    static long find(PyObject self, PyObject[] a, boolean reverse) {
        Span s = span(self);
        Span sub = subArg(a[0]);
        long[] r = StrMethods.adjust(a[1], a[2], s.len());
        long st = r[0];
        long en = r[1];
        if (en - st < sub.len()) {
            return -1;
        }
        if (sub.len() == 0) {
            return reverse ? en : st;
        }
        return reverse ? lastIndexOf(s, sub.a(), sub.off(), sub.len(), (int) st, (int) en)
                : indexOf(s, sub.a(), sub.off(), sub.len(), (int) st, (int) en);
    }

    static long count(PyObject self, PyObject[] a) {
        Span s = span(self);
        Span sub = subArg(a[0]);
        long[] r = StrMethods.adjust(a[1], a[2], s.len());
        long st = r[0];
        long en = r[1];
        if (en - st < sub.len()) {
            return 0;
        }
        if (sub.len() == 0) {
            return en - st + 1;
        }
        long c = 0;
        int i = (int) st;
        while (true) {
            int j = indexOf(s, sub.a(), sub.off(), sub.len(), i, (int) en);
            if (j < 0) {
                return c;
            }
            c++;
            i = j + sub.len();
        }
    }

    static boolean tailMatch(Span s, Span sub, PyObject start, PyObject end, boolean suffix) {
        long[] r = StrMethods.adjust(start, end, s.len());
        long st = r[0];
        long en = r[1] - sub.len();
        if (en < st) {
            return false;
        }
        if (sub.len() == 0) {
            return true;
        }
        int pos = (int) (suffix ? en : st);
        return Arrays.equals(s.a(), s.off() + pos, s.off() + pos + sub.len(), sub.a(), sub.off(), sub.off() + sub.len());
    }

    static PyObject startsEndsWith(PyObject self, PyObject prefix, PyObject start, PyObject end, boolean suffix) {
        Span s = span(self);
        if (prefix instanceof PyTuple t) {
            for (PyObject p : t.items()) {
                if (tailMatch(s, bytesLike(p), start, end, suffix)) {
                    return Py.True;
                }
            }
            return Py.False;
        }
        if (!(prefix instanceof PyBytes) && !(prefix instanceof BufferProtocol)) {
            throw Err.type("%s first arg must be bytes or a tuple of bytes, not %s", suffix ? "endswith" : "startswith",
                    Err.tn(prefix));
        }
        return Py.bool(tailMatch(s, bytesLike(prefix), start, end, suffix));
    }

    // ---- join / split ------------------------------------------------------------------------

    static PyObject join(PyObject self, PyObject iterable) {
        Span sep = span(self);
        PyObject[] items;
        if (iterable.type == PyList.TYPE || iterable.type == PyTuple.TYPE) {
            items = Abstract.toArray(iterable);
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
        if (items.length == 1 && items[0].type == PyBytes.TYPE && self instanceof PyBytes) {
            return items[0];
        }
        Span[] parts = new Span[items.length];
        long total = (long) sep.len() * Math.max(0, items.length - 1);
        for (int i = 0; i < items.length; i++) {
            PyObject o = items[i];
            if (!(o instanceof PyBytes) && !(o instanceof BufferProtocol)) {
                throw Err.type("sequence item %d: expected a bytes-like object, %s found", i, Err.tn(o));
            }
            parts[i] = bytesLike(o);
            total += parts[i].len();
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw Err.overflow("join() result is too long");
        }
        byte[] out = new byte[(int) total];
        int p = 0;
        byte[] sepBytes = sep.copy();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                System.arraycopy(sepBytes, 0, out, p, sepBytes.length);
                p += sepBytes.length;
            }
            System.arraycopy(parts[i].a(), parts[i].off(), out, p, parts[i].len());
            p += parts[i].len();
        }
        return make(self, out);
    }

    /** Py_ISSPACE for bytes: space, \t, \n, \v, \f, \r. */
    static boolean isSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    static Span sepArg(PyObject o) {
        Span s = bytesLike(o);
        if (s.len() == 0) {
            throw Err.value("empty separator");
        }
        return s;
    }

    static PyList split(PyObject self, PyObject sepObj, long maxsplit) {
        Span s = span(self);
        ArrayList<PyObject> out = new ArrayList<>();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        int n = s.len();
        if (sepObj == Py.None) {
            int i = 0;
            while (maxsplit-- > 0) {
                while (i < n && isSpace(s.at(i))) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.at(j))) {
                    j++;
                }
                out.add(make(self, s, i, j));
                i = j;
            }
            if (i < n) {
                while (i < n && isSpace(s.at(i))) {
                    i++;
                }
                if (i < n) {
                    out.add(make(self, s, i, n));
                }
            }
            return new PyList(out);
        }
        Span sep = sepArg(sepObj);
        byte[] sb = sep.copy();
        int i = 0;
        while (maxsplit-- > 0) {
            int j = indexOf(s, sb, 0, sb.length, i, n);
            if (j < 0) {
                break;
            }
            out.add(make(self, s, i, j));
            i = j + sb.length;
        }
        out.add(make(self, s, i, n));
        return new PyList(out);
    }

    static PyList rsplit(PyObject self, PyObject sepObj, long maxsplit) {
        Span s = span(self);
        ArrayList<PyObject> out = new ArrayList<>();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        int n = s.len();
        if (sepObj == Py.None) {
            int j = n;
            while (maxsplit-- > 0) {
                while (j > 0 && isSpace(s.at(j - 1))) {
                    j--;
                }
                if (j == 0) {
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(s.at(i - 1))) {
                    i--;
                }
                out.add(make(self, s, i, j));
                j = i;
            }
            if (j > 0) {
                while (j > 0 && isSpace(s.at(j - 1))) {
                    j--;
                }
                if (j > 0) {
                    out.add(make(self, s, 0, j));
                }
            }
            java.util.Collections.reverse(out);
            return new PyList(out);
        }
        Span sep = sepArg(sepObj);
        byte[] sb = sep.copy();
        int j = n;
        while (maxsplit-- > 0) {
            int i = lastIndexOf(s, sb, 0, sb.length, 0, j);
            if (i < 0) {
                break;
            }
            out.add(make(self, s, i + sb.length, j));
            j = i;
        }
        out.add(make(self, s, 0, j));
        java.util.Collections.reverse(out);
        return new PyList(out);
    }

    static PyList splitlines(PyObject self, boolean keepends) {
        Span s = span(self);
        int n = s.len();
        ArrayList<PyObject> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && s.at(j) != '\n' && s.at(j) != '\r') {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (s.at(j) == '\r' && j + 1 < n && s.at(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
                if (keepends) {
                    eol = j;
                }
            }
            out.add(make(self, s, i, eol));
            i = j;
        }
        return new PyList(out);
    }

    static PyObject partition(PyObject self, PyObject sepObj, boolean reverse) {
        Span s = span(self);
        Span sep = sepArg(sepObj);
        byte[] sb = sep.copy();
        int j = reverse ? lastIndexOf(s, sb, 0, sb.length, 0, s.len()) : indexOf(s, sb, 0, sb.length, 0, s.len());
        PyObject empty = self instanceof PyByteArray ? new PyByteArray() : PyBytes.EMPTY;
        PyObject empty2 = self instanceof PyByteArray ? new PyByteArray() : PyBytes.EMPTY;
        if (j < 0) {
            return reverse ? PyTuple.of(empty, empty2, make(self, s, 0, s.len()))
                    : PyTuple.of(make(self, s, 0, s.len()), empty, empty2);
        }
        PyObject sepOut = self instanceof PyByteArray ? PyByteArray.wrap(sb, sb.length) : sepObj;
        return PyTuple.of(make(self, s, 0, j), sepOut, make(self, s, j + sb.length, s.len()));
    }

    static PyObject strip(PyObject self, PyObject chars, int mode) {
        Span s = span(self);
        int i = 0;
        int j = s.len();
        boolean left = mode != 2;
        boolean right = mode != 1;
        if (chars == Py.None) {
            while (left && i < j && isSpace(s.at(i))) {
                i++;
            }
            while (right && j > i && isSpace(s.at(j - 1))) {
                j--;
            }
        } else {
            Span cs = bytesLike(chars);
            boolean[] set = new boolean[256];
            for (int k = 0; k < cs.len(); k++) {
                set[cs.at(k)] = true;
            }
            while (left && i < j && set[s.at(i)]) {
                i++;
            }
            while (right && j > i && set[s.at(j - 1)]) {
                j--;
            }
        }
        return make(self, s, i, j);
    }

    static PyObject replace(PyObject self, PyObject oldObj, PyObject newObj, long count) {
        Span s = span(self);
        byte[] old = bytesLike(oldObj).copy();
        byte[] nw = bytesLike(newObj).copy();
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        int n = s.len();
        if (count == 0 || (old.length == 0 && nw.length == 0) || old.length > n && !(old.length == 0)) {
            return unchanged(self);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(n + 16);
        if (old.length == 0) {
            int i = 0;
            long done = 0;
            while (true) {
                if (done < count) {
                    out.write(nw, 0, nw.length);
                    done++;
                } else {
                    out.write(s.a(), s.off() + i, n - i);
                    break;
                }
                if (i >= n) {
                    break;
                }
                out.write(s.a()[s.off() + i]);
                i++;
            }
            return make(self, out.toByteArray());
        }
        int j = indexOf(s, old, 0, old.length, 0, n);
        if (j < 0) {
            return unchanged(self);
        }
        int i = 0;
        while (j >= 0 && count-- > 0) {
            out.write(s.a(), s.off() + i, j - i);
            out.write(nw, 0, nw.length);
            i = j + old.length;
            j = indexOf(s, old, 0, old.length, i, n);
        }
        out.write(s.a(), s.off() + i, n - i);
        return make(self, out.toByteArray());
    }

    // ---- case and predicates (ASCII only) ----------------------------------------------------

    static boolean isLowerAscii(int c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isUpperAscii(int c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isAlphaAscii(int c) {
        return isLowerAscii(c) || isUpperAscii(c);
    }

    static boolean isDigitAscii(int c) {
        return c >= '0' && c <= '9';
    }

    private static final int LOWER = 0;
    private static final int UPPER = 1;
    private static final int SWAP = 2;
    private static final int CAPITALIZE = 3;
    private static final int TITLE = 4;

    static PyObject caseMap(PyObject self, int kind) {
        Span s = span(self);
        byte[] out = s.copy();
        boolean prevCased = false;
        for (int i = 0; i < out.length; i++) {
            int c = out[i] & 0xff;
            int r = c;
            switch (kind) {
                case LOWER -> r = isUpperAscii(c) ? c + 32 : c;
                case UPPER -> r = isLowerAscii(c) ? c - 32 : c;
                case SWAP -> r = isUpperAscii(c) ? c + 32 : isLowerAscii(c) ? c - 32 : c;
                case CAPITALIZE -> r = i == 0 ? (isLowerAscii(c) ? c - 32 : c) : (isUpperAscii(c) ? c + 32 : c);
                default -> {
                    if (isUpperAscii(c)) {
                        r = prevCased ? c + 32 : c;
                        prevCased = true;
                    } else if (isLowerAscii(c)) {
                        r = prevCased ? c : c - 32;
                        prevCased = true;
                    } else {
                        prevCased = false;
                    }
                }
            }
            out[i] = (byte) r;
        }
        return make(self, out);
    }

    static boolean predicate(PyObject self, String which) {
        Span s = span(self);
        int n = s.len();
        switch (which) {
            case "isascii": {
                for (int i = 0; i < n; i++) {
                    if (s.at(i) >= 128) {
                        return false;
                    }
                }
                return true;
            }
            case "islower":
            case "isupper": {
                boolean cased = false;
                boolean lower = which.equals("islower");
                for (int i = 0; i < n; i++) {
                    int c = s.at(i);
                    if (lower ? isUpperAscii(c) : isLowerAscii(c)) {
                        return false;
                    }
                    if (lower ? isLowerAscii(c) : isUpperAscii(c)) {
                        cased = true;
                    }
                }
                return cased;
            }
            case "istitle": {
                boolean cased = false;
                boolean prev = false;
                for (int i = 0; i < n; i++) {
                    int c = s.at(i);
                    if (isUpperAscii(c)) {
                        if (prev) {
                            return false;
                        }
                        prev = true;
                        cased = true;
                    } else if (isLowerAscii(c)) {
                        if (!prev) {
                            return false;
                        }
                        prev = true;
                        cased = true;
                    } else {
                        prev = false;
                    }
                }
                return cased;
            }
            default: {
                if (n == 0) {
                    return false;
                }
                for (int i = 0; i < n; i++) {
                    int c = s.at(i);
                    boolean ok = switch (which) {
                        case "isalpha" -> isAlphaAscii(c);
                        case "isdigit" -> isDigitAscii(c);
                        case "isalnum" -> isAlphaAscii(c) || isDigitAscii(c);
                        default -> isSpace(c);
                    };
                    if (!ok) {
                        return false;
                    }
                }
                return true;
            }
        }
    }

    // ---- padding -------------------------------------------------------------------------------

    static int fillByte(PyObject o, String fname) {
        if (o instanceof PyBytes b && b.size() == 1) {
            return b.bytes()[0] & 0xff;
        }
        if (o instanceof PyByteArray ba && ba.size() == 1) {
            return ba.byteAt(0) & 0xff;
        }
        throw Err.type("%s() argument 2 must be a byte string of length 1, not %s", fname, Err.tn(o));
    }

    static PyObject pad(PyObject self, long left, long right, int fill) {
        Span s = span(self);
        if (left < 0) {
            left = 0;
        }
        if (right < 0) {
            right = 0;
        }
        if (left == 0 && right == 0) {
            return unchanged(self);
        }
        long total = left + right + s.len();
        if (total > Integer.MAX_VALUE - 16) {
            throw Err.overflow("padded string is too long");
        }
        byte[] out = new byte[(int) total];
        Arrays.fill(out, 0, (int) left, (byte) fill);
        System.arraycopy(s.a(), s.off(), out, (int) left, s.len());
        Arrays.fill(out, (int) left + s.len(), out.length, (byte) fill);
        return make(self, out);
    }

    static PyObject center(PyObject self, long width, int fill) {
        long len = span(self).len();
        if (len >= width) {
            return unchanged(self);
        }
        long marg = width - len;
        long left = marg / 2 + (marg & width & 1);
        return pad(self, left, marg - left, fill);
    }

    static PyObject zfill(PyObject self, long width) {
        Span s = span(self);
        if (s.len() >= width) {
            return unchanged(self);
        }
        long fill = width - s.len();
        if (width > Integer.MAX_VALUE - 16) {
            throw Err.overflow("padded string is too long");
        }
        byte[] out = new byte[(int) width];
        Arrays.fill(out, 0, (int) fill, (byte) '0');
        System.arraycopy(s.a(), s.off(), out, (int) fill, s.len());
        if (s.len() > 0 && (out[(int) fill] == '+' || out[(int) fill] == '-')) {
            out[0] = out[(int) fill];
            out[(int) fill] = '0';
        }
        return make(self, out);
    }

    static PyObject expandtabs(PyObject self, long tabsize) {
        Span s = span(self);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.len() + 16);
        long col = 0;
        for (int i = 0; i < s.len(); i++) {
            int c = s.at(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - (col % tabsize);
                    col += incr;
                    if (out.size() + incr > Integer.MAX_VALUE - 16) {
                        throw Err.overflow("result too long");
                    }
                    for (long k = 0; k < incr; k++) {
                        out.write(' ');
                    }
                }
            } else {
                col++;
                out.write(c);
                if (c == '\n' || c == '\r') {
                    col = 0;
                }
            }
        }
        return make(self, out.toByteArray());
    }

    // ---- translate, hex ------------------------------------------------------------------------

    static PyObject translate(PyObject self, PyObject table, PyObject delete) {
        Span s = span(self);
        byte[] map = null;
        if (table != Py.None) {
            Span t = bytesLike(table);
            if (t.len() != 256) {
                throw Err.value("translation table must be 256 characters long");
            }
            map = t.copy();
        }
        boolean[] del = new boolean[256];
        Span d = bytesLike(delete);
        for (int k = 0; k < d.len(); k++) {
            del[d.at(k)] = true;
        }
        byte[] out = new byte[s.len()];
        int j = 0;
        boolean changed = false;
        for (int i = 0; i < s.len(); i++) {
            int c = s.at(i);
            if (del[c]) {
                changed = true;
                continue;
            }
            byte r = map == null ? (byte) c : map[c];
            if ((r & 0xff) != c) {
                changed = true;
            }
            out[j++] = r;
        }
        if (!changed && self.type == PyBytes.TYPE) {
            return self;
        }
        return make(self, Arrays.copyOf(out, j));
    }

    static PyObject maketrans(PyObject frm, PyObject to) {
        Span f = bytesLike(frm);
        Span t = bytesLike(to);
        if (f.len() != t.len()) {
            throw Err.value("maketrans arguments must have same length");
        }
        byte[] out = new byte[256];
        for (int i = 0; i < 256; i++) {
            out[i] = (byte) i;
        }
        for (int i = 0; i < f.len(); i++) {
            out[f.at(i)] = t.a()[t.off() + i];
        }
        return PyBytes.of(out);
    }

    private static final char[] HEXDIGITS = "0123456789abcdef".toCharArray();

    /** _Py_strhex_impl: hex digits of b[off:off+len] with an optional separator every |perSep| bytes. */
    public static String hex(byte[] b, int off, int len, PyObject sep, PyObject bytesPerSep) {
        int sepChar = -1;
        if (sep != null) {
            long seplen = Abstract.length(sep);
            if (seplen != 1) {
                throw Err.value("sep must be length 1.");
            }
            if (sep instanceof PyStr ss) {
                sepChar = ss.codePointAt(0);
                if (sepChar > 127) {
                    throw Err.value("sep must be ASCII.");
                }
            } else if (sep instanceof PyBytes sb) {
                sepChar = sb.bytes()[0] & 0xff;
                if (sepChar > 127) {
                    throw Err.value("sep must be ASCII.");
                }
            } else {
                throw Err.type("sep must be str or bytes.");
            }
        }
        long per = bytesPerSep == null ? 1 : Abstract.asInt(bytesPerSep);
        StringBuilder sb = new StringBuilder(len * 3);
        if (sepChar < 0 || per == 0 || len == 0) {
            for (int i = 0; i < len; i++) {
                int c = b[off + i] & 0xff;
                sb.append(HEXDIGITS[c >> 4]).append(HEXDIGITS[c & 15]);
            }
            return sb.toString();
        }
        long group = Math.abs(per);
        for (int i = 0; i < len; i++) {
            boolean boundary;
            if (per > 0) {
                boundary = i > 0 && (len - i) % group == 0;
            } else {
                boundary = i > 0 && i % group == 0;
            }
            if (boundary) {
                sb.append((char) sepChar);
            }
            int c = b[off + i] & 0xff;
            sb.append(HEXDIGITS[c >> 4]).append(HEXDIGITS[c & 15]);
        }
        return sb.toString();
    }

    private static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** bytes.fromhex / bytearray.fromhex: the bytes of a hex string. */
    static byte[] fromhex(PyObject string) {
        if (!(string instanceof PyStr ps)) {
            throw Err.type("fromhex() argument must be str, not %s", Err.tn(string));
        }
        String s = ps.value;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() / 2);
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c < 128 && isSpace(c)) {
                i++;
                continue;
            }
            int hi = hexValue(c);
            if (hi < 0) {
                throw Err.value("non-hexadecimal number found in fromhex() arg at position %d", ps.indexOfOffset(i));
            }
            int lo = i + 1 < n ? hexValue(s.charAt(i + 1)) : -1;
            if (lo < 0) {
                throw Err.value("non-hexadecimal number found in fromhex() arg at position %d", ps.indexOfOffset(i + 1));
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    // ---- bytes-specific slots --------------------------------------------------------------

    static PyObject getItem(PyObject self, PyObject key) {
        byte[] b = ((PyBytes) self).bytes();
        if (key instanceof PyInt i && i.isSmall()) {
            long idx = i.longValue();
            if (idx < 0) {
                idx += b.length;
            }
            if (idx < 0 || idx >= b.length) {
                throw Err.index("index out of range");
            }
            return PyInt.of(b[(int) idx] & 0xff);
        }
        if (key instanceof PySlice s) {
            Slices.Bounds bd = Slices.bounds(s, b.length);
            int len = (int) bd.length();
            if (bd.step() == 1) {
                if (len == b.length && self.type == PyBytes.TYPE) {
                    return self;
                }
                return PyBytes.of(Arrays.copyOfRange(b, (int) bd.start(), (int) bd.start() + len));
            }
            byte[] out = new byte[len];
            for (int k = 0; k < len; k++) {
                out[k] = b[(int) (bd.start() + k * bd.step())];
            }
            return PyBytes.of(out);
        }
        if (Abstract.hasIndex(key)) {
            long idx = Slices.normIndex(key, b.length);
            if (idx < 0) {
                throw Err.index("index out of range");
            }
            return PyInt.of(b[(int) idx] & 0xff);
        }
        throw Err.type("byte indices must be integers or slices, not %s", Err.tn(key));
    }

    static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PyBytes y)) {
            return Py.NotImplemented;
        }
        byte[] x = ((PyBytes) a).bytes();
        byte[] yb = y.bytes();
        if ((op == CompareOp.EQ || op == CompareOp.NE) && x.length != yb.length) {
            return Py.bool(op == CompareOp.NE);
        }
        return Py.bool(op.fromCompare(Arrays.compareUnsigned(x, yb)));
    }

    /** bytes(x): from an int (zeros), an iterable of ints or a buffer (PyBytes_FromObject). */
    static byte[] fromObject(PyObject x) {
        if (x instanceof PyBytes b) {
            return b.bytes();
        }
        if (x instanceof BufferProtocol bp) {
            return bp.toByteArray();
        }
        PyObject[] items;
        if (x.type == PyList.TYPE || x.type == PyTuple.TYPE) {
            items = Abstract.toArray(x);
        } else {
            PyObject it;
            try {
                it = Abstract.iter(x);
            } catch (PyException e) {
                if (e.matches(PyExc.TypeError)) {
                    throw Err.type("cannot convert '%s' object to bytes", Err.tn(x));
                }
                throw e;
            }
            items = Abstract.toArray(it);
        }
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            long v = Abstract.asSsize(items[i], null);
            if (v < 0 || v > 255) {
                throw Err.value("bytes must be in range(0, 256)");
            }
            out[i] = (byte) v;
        }
        return out;
    }

    private static final ArgParser BYTES_NEW = new ArgParser("bytes", "source=NULL, encoding=NULL, errors=NULL");

    static PyObject bytesNew(PyType type, PyObject[] args, String[] kw) {
        PyObject[] a = BYTES_NEW.bind(args, kw);
        PyObject x = a[0];
        PyObject encoding = a[1];
        PyObject errors = a[2];
        byte[] v;
        PyObject result = null;
        if (x == null) {
            if (encoding != null || errors != null) {
                throw Err.type(encoding != null ? "encoding without a string argument" : "errors without a string argument");
            }
            v = new byte[0];
        } else if (encoding != null) {
            if (!(x instanceof PyStr s)) {
                throw Err.type("encoding without a string argument");
            }
            String enc = StrMethods.strArg(encoding, "bytes", "'encoding'");
            String err = errors == null ? "strict" : StrMethods.strArg(errors, "bytes", "'errors'");
            result = Codecs.encode(s, enc, err);
            v = bytesLike(result).copy();
        } else if (errors != null) {
            throw Err.type(x instanceof PyStr ? "string argument without an encoding" : "errors without a string argument");
        } else {
            PyObject bm = x.type.lookup("__bytes__");
            if (bm != null) {
                PyObject r = Abstract.callBound(bm, x);
                if (!(r instanceof PyBytes rb)) {
                    throw Err.type("__bytes__ returned non-bytes (type %s)", Err.tn(r));
                }
                v = rb.bytes();
                result = r;
            } else if (x instanceof PyStr) {
                throw Err.type("string argument without an encoding");
            } else if (Abstract.hasIndex(x)) {
                long n = -1;
                boolean isCount = true;
                try {
                    n = Abstract.asSsize(x, PyExc.OverflowError);
                } catch (PyException e) {
                    if (!e.matches(PyExc.TypeError)) {
                        throw e;
                    }
                    isCount = false;
                }
                if (isCount) {
                    if (n < 0) {
                        throw Err.value("negative count");
                    }
                    if (n > Integer.MAX_VALUE - 16) {
                        throw Err.memory();
                    }
                    v = new byte[(int) n];
                } else {
                    v = fromObject(x);
                }
            } else {
                v = fromObject(x);
                if (x.type == PyBytes.TYPE) {
                    result = x;
                }
            }
        }
        if (type == PyBytes.TYPE) {
            return result != null && result.type == PyBytes.TYPE ? result : PyBytes.of(v);
        }
        return new PyBytes.Derived(type, v);
    }

    static PyObject concat(PyObject a, PyObject b) {
        if (!(b instanceof PyBytes) && !(b instanceof BufferProtocol) || b instanceof PyStr) {
            throw Err.type("can't concat %s to %s", Err.tn(b), Err.tn(a));
        }
        Span x = span(a);
        Span y = bytesLike(b);
        if (y.len() == 0 && a.type == PyBytes.TYPE) {
            return a;
        }
        if ((long) x.len() + y.len() > Integer.MAX_VALUE - 16) {
            throw Err.memory();
        }
        byte[] r = new byte[x.len() + y.len()];
        System.arraycopy(x.a(), x.off(), r, 0, x.len());
        System.arraycopy(y.a(), y.off(), r, x.len(), y.len());
        return make(a, r);
    }

    static PyObject repeat(PyObject self, long n) {
        Span s = span(self);
        if (n <= 0 || s.len() == 0) {
            return make(self, new byte[0]);
        }
        if (n == 1) {
            return unchanged(self);
        }
        if (s.len() > (Integer.MAX_VALUE - 16) / n) {
            throw Err.memory();
        }
        byte[] r = new byte[(int) (s.len() * n)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(s.a(), s.off(), r, i * s.len(), s.len());
        }
        return make(self, r);
    }

    static boolean contains(PyObject self, PyObject item) {
        Span s = span(self);
        if (Abstract.hasIndex(item)) {
            long v = Abstract.asSsize(item, null);
            if (v < 0 || v > 255) {
                throw Err.value("byte must be in range(0, 256)");
            }
            for (int i = 0; i < s.len(); i++) {
                if (s.at(i) == v) {
                    return true;
                }
            }
            return false;
        }
        Span sub = bytesLike(item);
        return indexOf(s, sub.a(), sub.off(), sub.len(), 0, s.len()) >= 0;
    }

    static long ssize(PyObject o) {
        return Abstract.asSsize(o, PyExc.OverflowError);
    }

    /** Registers the methods bytes and bytearray share. */
    static void defineCommon(PyType t, boolean bytearray) {
        t.sq_concat = BytesMethods::concat;
        t.sq_repeat = BytesMethods::repeat;
        t.sq_contains = BytesMethods::contains;
        t.nb_remainder = (a, b) -> {
            if (a instanceof PyBytes || a instanceof PyByteArray) {
                Span s = span(a);
                return make(a, PercentFormat.formatBytes(s.copy(), s.len(), b));
            }
            return Py.NotImplemented;
        };
        t.method1("join", BytesMethods::join);
        t.method("split", "sep=None, maxsplit=-1", (self, a) -> split(self, a[0], ssize(a[1])));
        t.method("rsplit", "sep=None, maxsplit=-1", (self, a) -> rsplit(self, a[0], ssize(a[1])));
        t.method("splitlines", "keepends=False", (self, a) -> splitlines(self, Abstract.asInt(a[0]) != 0));
        t.method1("partition", (self, sep) -> partition(self, sep, false));
        t.method1("rpartition", (self, sep) -> partition(self, sep, true));
        t.method("strip", "bytes=None, /", (self, a) -> strip(self, a[0], 0));
        t.method("lstrip", "bytes=None, /", (self, a) -> strip(self, a[0], 1));
        t.method("rstrip", "bytes=None, /", (self, a) -> strip(self, a[0], 2));
        t.method("startswith", "prefix, start=None, end=None, /", (self, a) -> startsEndsWith(self, a[0], a[1], a[2], false));
        t.method("endswith", "suffix, start=None, end=None, /", (self, a) -> startsEndsWith(self, a[0], a[1], a[2], true));
        t.method("find", "sub, start=None, end=None, /", (self, a) -> PyInt.of(find(self, a, false)));
        t.method("rfind", "sub, start=None, end=None, /", (self, a) -> PyInt.of(find(self, a, true)));
        t.method("index", "sub, start=None, end=None, /", (self, a) -> {
            long r = find(self, a, false);
            if (r < 0) {
                throw Err.value("subsection not found");
            }
            return PyInt.of(r);
        });
        t.method("rindex", "sub, start=None, end=None, /", (self, a) -> {
            long r = find(self, a, true);
            if (r < 0) {
                throw Err.value("subsection not found");
            }
            return PyInt.of(r);
        });
        t.method("count", "sub, start=None, end=None, /", (self, a) -> PyInt.of(count(self, a)));
        t.method("replace", "old, new, count=-1, /", (self, a) -> replace(self, a[0], a[1], ssize(a[2])));
        t.method1("removeprefix", (self, p) -> {
            Span s = span(self);
            Span ps = bytesLike(p);
            if (ps.len() > 0 && tailMatch(s, ps, null, null, false)) {
                return make(self, s, ps.len(), s.len());
            }
            return unchanged(self);
        });
        t.method1("removesuffix", (self, p) -> {
            Span s = span(self);
            Span ps = bytesLike(p);
            if (ps.len() > 0 && tailMatch(s, ps, null, null, true)) {
                return make(self, s, 0, s.len() - ps.len());
            }
            return unchanged(self);
        });
        t.method0("lower", self -> caseMap(self, LOWER));
        t.method0("upper", self -> caseMap(self, UPPER));
        t.method0("swapcase", self -> caseMap(self, SWAP));
        t.method0("capitalize", self -> caseMap(self, CAPITALIZE));
        t.method0("title", self -> caseMap(self, TITLE));
        for (String p : new String[] {"isascii", "isalpha", "isalnum", "isdigit", "islower", "isupper", "isspace", "istitle"}) {
            t.method0(p, self -> Py.bool(predicate(self, p)));
        }
        t.method("center", "width, fillchar=b' ', /", (self, a) -> center(self, ssize(a[0]), fillByte(a[1], "center")));
        t.method("ljust", "width, fillchar=b' ', /", (self, a) -> pad(self, 0, ssize(a[0]) - span(self).len(), fillByte(a[1], "ljust")));
        t.method("rjust", "width, fillchar=b' ', /", (self, a) -> pad(self, ssize(a[0]) - span(self).len(), 0, fillByte(a[1], "rjust")));
        t.method1("zfill", (self, w) -> zfill(self, ssize(w)));
        t.method("expandtabs", "tabsize=8", (self, a) -> expandtabs(self, Abstract.asInt(a[0])));
        t.method("translate", "table, /, delete=b''", (self, a) -> translate(self, a[0], a[1]));
        t.staticMethod("maketrans", NativeFunction.of("maketrans", (self, frm, to) -> maketrans(frm, to)));
        t.method("hex", "sep=NULL, bytes_per_sep=1", (self, a) -> {
            Span s = span(self);
            return PyStr.of(hex(s.a(), s.off(), s.len(), a[0], a[1]));
        });
        t.classMethod("fromhex", NativeFunction.of("fromhex", (cls, string) -> {
            byte[] b = fromhex(string);
            if (cls == PyBytes.TYPE) {
                return PyBytes.of(b);
            }
            if (cls == PyByteArray.TYPE) {
                return PyByteArray.wrap(b, b.length);
            }
            return Abstract.call(cls, bytearray ? PyByteArray.wrap(b, b.length) : PyBytes.of(b));
        }));
        t.method("decode", "encoding='utf-8', errors='strict'", (self, a) -> {
            Span s = span(self);
            String enc = StrMethods.strArg(a[0], "decode", "'encoding'");
            String err = StrMethods.strArg(a[1], "decode", "'errors'");
            if (s.len() == 0) {
                return PyStr.EMPTY;
            }
            return Codecs.decode(self instanceof PyBytes pb ? pb.bytes() : s.copy(), enc, err);
        });
    }

    static void define(PyType t) {
        t.flags(PyType.BASETYPE | PyType.BYTES_SUBCLASS | PyType.MATCH_SELF);
        t.doc("bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
                + "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
                + "bytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n"
                + "  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n"
                + "  - any object implementing the buffer API.\n  - an integer");
        t.tp_new = BytesMethods::bytesNew;
        t.tp_repr = self -> PyStr.of(PyBytes.repr(((PyBytes) self).bytes(), ((PyBytes) self).size()));
        t.tp_str = self -> {
            Warnings.bytesWarning(self);
            return PyStr.of(PyBytes.repr(((PyBytes) self).bytes(), ((PyBytes) self).size()));
        };
        t.tp_hash = self -> ((PyBytes) self).hash();
        t.tp_richcompare = BytesMethods::richCompare;
        t.sq_length = self -> ((PyBytes) self).size();
        t.mp_subscript = BytesMethods::getItem;
        t.tp_iter = self -> new BytesIterator(self, false);
        defineCommon(t, false);
        t.method0("__getnewargs__", self -> PyTuple.of(PyBytes.of(((PyBytes) self).bytes())));
        t.method0("__bytes__", self -> self.type == PyBytes.TYPE ? self : PyBytes.of(((PyBytes) self).bytes()));
        t.method0("__sizeof__", self -> PyInt.of(33 + ((PyBytes) self).size()));
    }

    static PyObject[] toInts(byte[] b) {
        PyObject[] out = new PyObject[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = PyInt.of(b[i] & 0xff);
        }
        return out;
    }

    static int indexOf(byte[] hay, byte[] needle, int from) {
        return indexOf(new Span(hay, 0, hay.length), needle, 0, needle.length, from, hay.length);
    }

    /** bytes_iterator and bytearray_iterator. */
    public static final class BytesIterator extends PyObject {
        public static final PyType BYTES_TYPE = PyType.builtin("bytes_iterator", BytesIterator.class, BytesIterator::define);
        public static final PyType BYTEARRAY_TYPE = PyType.builtin("bytearray_iterator", BytesIterator.class,
                BytesIterator::define);
        private PyObject seq;
        private int index;

        BytesIterator(PyObject seq, boolean bytearray) {
            super(bytearray ? BYTEARRAY_TYPE : BYTES_TYPE);
            this.seq = seq;
        }

        private static void define(PyType t) {
            t.flags(PyType.DISALLOW_INSTANTIATION);
            t.tp_iter = self -> self;
            t.tp_iternext = self -> {
                BytesIterator it = (BytesIterator) self;
                if (it.seq == null) {
                    return null;
                }
                PyObject seq = it.seq;
                if (seq instanceof PyBytes pb) {
                    byte[] v = pb.bytes();
                    if (it.index < v.length) {
                        return PyInt.of(v[it.index++] & 0xff);
                    }
                } else {
                    PyByteArray ba = (PyByteArray) seq;
                    if (it.index < ba.size) {
                        return PyInt.of(ba.buf[ba.start + it.index++] & 0xff);
                    }
                }
                it.seq = null;
                return null;
            };
            t.method0("__length_hint__", self -> {
                BytesIterator it = (BytesIterator) self;
                return PyInt.of(it.seq == null ? 0 : Math.max(0, span(it.seq).len() - it.index));
            });
            t.method0("__reduce__", self -> {
                BytesIterator it = (BytesIterator) self;
                PyObject iter = Builtins.builtin("iter");
                if (it.seq == null) {
                    return PyTuple.of(iter, PyTuple.of(PyTuple.EMPTY));
                }
                return PyTuple.of(iter, PyTuple.of(it.seq), PyInt.of(it.index));
            });
            t.method1("__setstate__", (self, state) -> {
                BytesIterator it = (BytesIterator) self;
                long i = Abstract.asSsize(state, PyExc.OverflowError);
                if (it.seq != null) {
                    int n = span(it.seq).len();
                    it.index = (int) Math.max(0, Math.min(i, n));
                }
                return Py.None;
            });
        }
    }
}
