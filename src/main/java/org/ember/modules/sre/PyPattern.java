package org.ember.modules.sre;

import static org.ember.modules.sre.SreConstants.*;

import java.util.ArrayList;

import org.ember.objects.PyCallIter;
import org.ember.modules.ImportSystem;
import org.ember.objects.Abstract;
import org.ember.objects.BufferProtocol;
import org.ember.objects.CompareOp;
import org.ember.objects.Err;
import org.ember.objects.GenericAlias;
import org.ember.objects.Hashing;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyDict;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyMappingProxy;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;

/** re.Pattern: a compiled regular expression (CPython's PatternObject). */
public final class PyPattern extends PyObject {
    public static final PyType TYPE = PyType.builtin("Pattern", PyPattern.class, PyPattern::define);

    /** The source pattern (str, bytes, or None when compiled from a parsed pattern). */
    final PyObject pattern;
    final int flags;
    final SreCode prog;
    /** Number of capturing groups. */
    final int groups;
    /** Maps group names to numbers (null when there are none). */
    final PyDict groupindex;
    /** Group names by number (null when there are none). */
    final PyTuple indexgroup;
    /** 1 for a bytes pattern, 0 for a str pattern, -1 when pattern is None. */
    final int isbytes;

    /** The subject of the last str matched (converting a str to the engine's form is O(n); repeated calls reuse it). */
    private volatile SreSubject lastSubject;
    /** The arrays of the last finished matcher, reused by the next one. */
    private final java.util.concurrent.atomic.AtomicReference<SreMatcher.Stacks> spare =
            new java.util.concurrent.atomic.AtomicReference<>();

    PyPattern(PyObject pattern, int flags, SreCode prog, int groups, PyDict groupindex, PyTuple indexgroup, int isbytes) {
        super(TYPE);
        this.pattern = pattern;
        this.flags = flags;
        this.prog = prog;
        this.groups = groups;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
        this.isbytes = isbytes;
    }

    // ---- the subject (getstring + state_init) -----------------------------------------------------

    /** The engine's form of a str subject (cached for the last one seen). */
    SreSubject subject(PyStr s) {
        SreSubject c = lastSubject;
        if (c != null && c.source == s) {
            return c;
        }
        c = SreSubject.ofStr(s);
        lastSubject = c;
        return c;
    }

    /** The bytes of a bytes-like subject, or null when string is not bytes-like. */
    static byte[] bufferBytes(PyObject string) {
        if (string instanceof PyBytes pb) {
            return pb.bytes();
        }
        if (string instanceof BufferProtocol bp) {
            return bp.toByteArray();
        }
        return null;
    }

    SreMatcher state(PyObject string, long pos, long endpos) {
        if (string instanceof PyStr s) {
            if (isbytes > 0) {
                throw Err.type("cannot use a bytes pattern on a string-like object");
            }
            return new SreMatcher(prog, subject(s), pos, endpos, spare.getAndSet(null));
        }
        byte[] b = bufferBytes(string);
        if (b == null) {
            throw Err.type("expected string or bytes-like object, got '%s'", Err.tn(string));
        }
        if (isbytes == 0) {
            throw Err.type("cannot use a string pattern on a bytes-like object");
        }
        return new SreMatcher(prog, SreSubject.ofBytes(string, b), pos, endpos, spare.getAndSet(null));
    }

    /** Keeps the finished state's arrays for the next call. */
    void release(SreMatcher st) {
        SreMatcher.Stacks s = st.release();
        if (s != null) {
            spare.set(s);
        }
    }

    /** getslice on the state's subject: str or bytes (never the subject's subclass). */
    static PyObject slice(SreMatcher st, PyObject string, int i, int j) {
        if (st.isBytes) {
            if (string.type == PyBytes.TYPE && i == 0 && j == ((PyBytes) string).size()) {
                return string;
            }
            return PyBytes.of(st.byteSlice(i, j));
        }
        if (string.type == PyStr.TYPE && i == 0 && j == st.length) {
            return string;
        }
        return PyStr.of(st.text(i, j));
    }

    /** state_getslice: group index (1-based) of the current state, or None / empty when unset. */
    private PyObject groupSlice(SreMatcher st, int index, PyObject string, boolean empty) {
        int m = (index - 1) * 2;
        int i;
        int j;
        if (m >= st.lastmark || st.mark[m] < 0 || st.mark[m + 1] < 0) {
            if (!empty) {
                return Py.None;
            }
            i = j = 0;
        } else {
            i = st.mark[m];
            j = st.mark[m + 1];
            if (i > j) {
                throw Err.system("The span of capturing group is wrong, please report a bug for the re module.");
            }
        }
        return slice(st, string, i, j);
    }

    /** pattern_new_match for a successful state. */
    PyMatch newMatch(SreMatcher st, PyObject string) {
        int[] marks = new int[2 * (groups + 1)];
        marks[0] = st.start;
        marks[1] = st.ptr;
        for (int i = 0, j = 0; i < groups; i++, j += 2) {
            if (j + 1 <= st.lastmark && st.mark[j] >= 0 && st.mark[j + 1] >= 0) {
                marks[j + 2] = st.mark[j];
                marks[j + 3] = st.mark[j + 1];
                if (marks[j + 2] > marks[j + 3]) {
                    throw Err.system("The span of capturing group is wrong, please report a bug for the re module.");
                }
            } else {
                marks[j + 2] = marks[j + 3] = -1;
            }
        }
        return new PyMatch(this, string, marks, st.pos, st.endpos, st.lastindex);
    }

    static int run(SreMatcher st, boolean search) {
        try {
            return search ? st.search() : st.match();
        } catch (SreMatcher.EngineError e) {
            throw SreMatcher.engineError();
        } catch (OutOfMemoryError e) {
            throw Err.memory();
        } catch (StackOverflowError e) {
            throw Err.recursion("maximum recursion depth exceeded");
        }
    }

    // ---- argument conversion ------------------------------------------------------------------------

    /** A Py_ssize_t argument (clinic's converter). */
    static long ssize(PyObject o) {
        PyInt i = Abstract.index(o);
        if (!i.isSmall()) {
            throw Err.overflow("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    private static long posArg(PyObject o, long dflt) {
        return o == null ? dflt : ssize(o);
    }

    // ---- methods ------------------------------------------------------------------------------------

    private PyObject doMatch(PyObject string, long pos, long endpos, boolean all) {
        SreMatcher st = state(string, pos, endpos);
        st.matchAll = all;
        int status = run(st, false);
        PyObject r = status > 0 ? newMatch(st, string) : Py.None;
        release(st);
        return r;
    }

    private PyObject doSearch(PyObject string, long pos, long endpos) {
        SreMatcher st = state(string, pos, endpos);
        int status = run(st, true);
        PyObject r = status > 0 ? newMatch(st, string) : Py.None;
        release(st);
        return r;
    }

    PyObject match(PyObject string, long pos, long endpos) {
        return doMatch(string, pos, endpos, false);
    }

    PyObject fullmatch(PyObject string, long pos, long endpos) {
        return doMatch(string, pos, endpos, true);
    }

    PyObject search(PyObject string, long pos, long endpos) {
        return doSearch(string, pos, endpos);
    }

    PyList findall(PyObject string, long pos, long endpos) {
        SreMatcher st = state(string, pos, endpos);
        PyList list = new PyList();
        while (st.start <= st.end) {
            st.reset();
            st.ptr = st.start;
            if (run(st, true) == 0) {
                break;
            }
            PyObject item;
            switch (groups) {
                case 0:
                    item = slice(st, string, st.start, st.ptr);
                    break;
                case 1:
                    item = groupSlice(st, 1, string, true);
                    break;
                default: {
                    PyObject[] t = new PyObject[groups];
                    for (int i = 0; i < groups; i++) {
                        t[i] = groupSlice(st, i + 1, string, true);
                    }
                    item = PyTuple.of(t);
                    break;
                }
            }
            list.append(item);
            st.mustAdvance = st.ptr == st.start;
            st.start = st.ptr;
        }
        release(st);
        return list;
    }

    PyObject finditer(PyObject string, long pos, long endpos) {
        PyScanner scanner = scanner(string, pos, endpos);
        PyObject search = Abstract.getAttr(scanner, "search");
        return new PyCallIter(search, Py.None);
    }

    PyScanner scanner(PyObject string, long pos, long endpos) {
        return new PyScanner(this, string, state(string, pos, endpos));
    }

    PyList split(PyObject string, long maxsplit) {
        SreMatcher st = state(string, 0, Long.MAX_VALUE);
        PyList list = new PyList();
        long n = 0;
        int last = st.start;
        while (maxsplit == 0 || n < maxsplit) {
            st.reset();
            st.ptr = st.start;
            if (run(st, true) == 0) {
                break;
            }
            list.append(slice(st, string, last, st.start));
            for (int i = 0; i < groups; i++) {
                list.append(groupSlice(st, i + 1, string, false));
            }
            n++;
            st.mustAdvance = st.ptr == st.start;
            last = st.start = st.ptr;
        }
        list.append(slice(st, string, last, st.endpos));
        release(st);
        return list;
    }

    /** pattern_subx (3.11: templates are compiled by re._subx in Python). */
    PyObject subx(PyObject repl, PyObject string, long count, boolean subn) {
        PyObject filter;
        boolean callable;
        if (Abstract.isCallable(repl)) {
            filter = repl;
            callable = true;
        } else {
            boolean literal;
            if (repl instanceof PyStr rs) {
                literal = rs.value.indexOf('\\') < 0;
            } else {
                byte[] b = bufferBytes(repl);
                literal = false;
                if (b != null) {
                    literal = true;
                    for (byte x : b) {
                        if (x == '\\') {
                            literal = false;
                            break;
                        }
                    }
                }
            }
            if (literal) {
                filter = repl;
                callable = false;
            } else {
                PyObject re = ImportSystem.importModule("re");
                PyObject subxFn = Abstract.getAttr(re, "_subx");
                filter = Abstract.call(subxFn, this, repl);
                callable = Abstract.isCallable(filter);
            }
        }
        SreMatcher st = state(string, 0, Long.MAX_VALUE);
        ArrayList<PyObject> list = new ArrayList<>();
        long n = 0;
        int i = 0;
        while (count == 0 || n < count) {
            st.reset();
            st.ptr = st.start;
            if (run(st, true) == 0) {
                break;
            }
            int b = st.start;
            int e = st.ptr;
            if (i < b) {
                list.add(slice(st, string, i, b));
            }
            PyObject item;
            if (callable) {
                PyMatch m = newMatch(st, string);
                item = Abstract.call(filter, m);
            } else {
                item = filter;
            }
            if (item != Py.None) {
                list.add(item);
            }
            i = e;
            n++;
            st.mustAdvance = st.ptr == st.start;
            st.start = st.ptr;
        }
        if (i < st.endpos) {
            list.add(slice(st, string, i, st.endpos));
        }
        release(st);
        PyObject result = join(st.isBytes, list);
        if (subn) {
            return PyTuple.of(result, PyInt.of(n));
        }
        return result;
    }

    private static PyObject join(boolean isBytes, ArrayList<PyObject> list) {
        if (isBytes) {
            if (list.isEmpty()) {
                return PyBytes.EMPTY;
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int k = 0; k < list.size(); k++) {
                PyObject o = list.get(k);
                byte[] b = bufferBytes(o);
                if (b == null) {
                    throw Err.type("sequence item %d: expected a bytes-like object, %s found", k, Err.tn(o));
                }
                out.write(b, 0, b.length);
            }
            return PyBytes.of(out.toByteArray());
        }
        if (list.isEmpty()) {
            return PyStr.EMPTY;
        }
        if (list.size() == 1 && list.get(0).type == PyStr.TYPE) {
            return list.get(0);
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < list.size(); k++) {
            PyObject o = list.get(k);
            if (!(o instanceof PyStr s)) {
                throw Err.type("sequence item %d: expected str instance, %s found", k, Err.tn(o));
            }
            sb.append(s.value);
        }
        return PyStr.of(sb.toString());
    }

    // ---- repr, hash, compare ---------------------------------------------------------------------------

    private static final String[] FLAG_NAMES = {"re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL",
        "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};
    private static final int[] FLAG_VALUES = {FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, FLAG_DOTALL,
        FLAG_UNICODE, FLAG_VERBOSE, FLAG_DEBUG, FLAG_ASCII};

    String repr() {
        int f = flags;
        if (isbytes == 0 && (f & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) == FLAG_UNICODE) {
            f &= ~FLAG_UNICODE;
        }
        StringBuilder items = new StringBuilder();
        for (int k = 0; k < FLAG_NAMES.length; k++) {
            if ((f & FLAG_VALUES[k]) != 0) {
                if (items.length() > 0) {
                    items.append('|');
                }
                items.append(FLAG_NAMES[k]);
                f &= ~FLAG_VALUES[k];
            }
        }
        if (f != 0) {
            if (items.length() > 0) {
                items.append('|');
            }
            items.append("0x").append(Integer.toHexString(f));
        }
        String pr = truncate(Abstract.reprJava(pattern), 200);
        if (items.length() > 0) {
            return "re.compile(" + pr + ", " + items + ")";
        }
        return "re.compile(" + pr + ")";
    }

    /** PyUnicode_FromFormat's %.NR: at most n code points of the repr. */
    static String truncate(String s, int n) {
        if (s.length() <= n) {
            return s;
        }
        int cps = s.codePointCount(0, s.length());
        if (cps <= n) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, n));
    }

    long hashValue() {
        long h = Abstract.hash(pattern);
        int[] code = prog.code;
        byte[] buf = new byte[code.length * 4];
        for (int k = 0; k < code.length; k++) {
            int v = code[k];
            buf[4 * k] = (byte) v;
            buf[4 * k + 1] = (byte) (v >>> 8);
            buf[4 * k + 2] = (byte) (v >>> 16);
            buf[4 * k + 3] = (byte) (v >>> 24);
        }
        h ^= Hashing.hashBytes(buf, 0, buf.length);
        h ^= flags;
        h ^= isbytes;
        h ^= code.length;
        return h == -1 ? -2 : h;
    }

    private static PyObject richcompare(PyObject a, PyObject b, CompareOp op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || b.type != TYPE) {
            return Py.NotImplemented;
        }
        if (a == b) {
            return Py.bool(op == CompareOp.EQ);
        }
        PyPattern l = (PyPattern) a;
        PyPattern r = (PyPattern) b;
        boolean cmp = l.flags == r.flags && l.isbytes == r.isbytes && java.util.Arrays.equals(l.prog.code, r.prog.code);
        if (cmp) {
            cmp = Abstract.richCompareBool(l.pattern, r.pattern, CompareOp.EQ);
        }
        return Py.bool(op == CompareOp.NE ? !cmp : cmp);
    }

    // ---- the type ----------------------------------------------------------------------------------------

    private static PyPattern self(PyObject o) {
        return (PyPattern) o;
    }

    private static final String STRING_POS = "string, pos=0, endpos=9223372036854775807";

    private static void define(PyType t) {
        t.module("re").flags(PyType.IMMUTABLE | PyType.DISALLOW_INSTANTIATION | PyType.HAS_WEAKREF);
        t.doc("Compiled regular expression object.");
        t.tp_repr = self -> PyStr.of(self(self).repr());
        t.tp_hash = self -> self(self).hashValue();
        t.tp_richcompare = PyPattern::richcompare;
        t.method("match", STRING_POS, (self, a) -> self(self).match(a[0], posArg(a[1], 0), posArg(a[2], Long.MAX_VALUE)));
        t.method("fullmatch", STRING_POS,
                (self, a) -> self(self).fullmatch(a[0], posArg(a[1], 0), posArg(a[2], Long.MAX_VALUE)));
        t.method("search", STRING_POS, (self, a) -> self(self).search(a[0], posArg(a[1], 0), posArg(a[2], Long.MAX_VALUE)));
        t.method("sub", "repl, string, count=0", (self, a) -> self(self).subx(a[0], a[1], ssize(a[2]), false));
        t.method("subn", "repl, string, count=0", (self, a) -> self(self).subx(a[0], a[1], ssize(a[2]), true));
        t.method("findall", STRING_POS, (self, a) -> self(self).findall(a[0], posArg(a[1], 0), posArg(a[2], Long.MAX_VALUE)));
        t.method("split", "string, maxsplit=0", (self, a) -> self(self).split(a[0], ssize(a[1])));
        t.method("finditer", STRING_POS,
                (self, a) -> self(self).finditer(a[0], posArg(a[1], 0), posArg(a[2], Long.MAX_VALUE)));
        t.method("scanner", STRING_POS, (self, a) -> self(self).scanner(a[0], posArg(a[1], 0), posArg(a[2], Long.MAX_VALUE)));
        t.method0("__copy__", self -> self);
        t.method1("__deepcopy__", (self, memo) -> self);
        t.classMethod("__class_getitem__", NativeFunction.of("__class_getitem__", (cls, item) -> GenericAlias.of(cls, item)));
        t.getset("groupindex", self -> {
            PyPattern p = self(self);
            return p.groupindex == null ? new PyDict() : new PyMappingProxy(p.groupindex);
        });
        t.getset("pattern", self -> self(self).pattern);
        t.getset("flags", self -> PyInt.of(self(self).flags));
        t.getset("groups", self -> PyInt.of(self(self).groups));
    }
}
