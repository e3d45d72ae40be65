package org.ember.modules.sre;

import org.ember.modules.ImportSystem;
import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.GenericAlias;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyDict;
import org.ember.objects.PyInt;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;

/** re.Match: the result of a successful match (CPython's MatchObject). */
public final class PyMatch extends PyObject {
    public static final PyType TYPE = PyType.builtin("Match", PyMatch.class, PyMatch::define);

    final PyPattern pattern;
    final PyObject string;
    /** Start and end of each group (group 0 first); -1 when the group did not participate. */
    final int[] mark;
    final int pos;
    final int endpos;
    final int lastindex;
    private PyTuple regs;

    PyMatch(PyPattern pattern, PyObject string, int[] mark, int pos, int endpos, int lastindex) {
        super(TYPE);
        this.pattern = pattern;
        this.string = string;
        this.mark = mark;
        this.pos = pos;
        this.endpos = endpos;
        this.lastindex = lastindex;
    }

    /** Number of groups including group 0. */
    int groupCount() {
        return mark.length / 2;
    }

    /** match_getslice_by_index. */
    PyObject groupByIndex(int index, PyObject dflt) {
        int i = mark[2 * index];
        if (string == Py.None || i < 0) {
            return dflt;
        }
        int j = mark[2 * index + 1];
        if (string instanceof PyStr s) {
            int len = s.isSimple() ? s.value.length() : s.length();
            i = Math.min(i, len);
            j = Math.min(j, len);
            if (i == 0 && j == len && s.type == PyStr.TYPE) {
                return s;
            }
            if (s.isSimple()) {
                return PyStr.of(s.value.substring(i, j));
            }
            return PyStr.of(pattern.subject(s).text(i, j));
        }
        byte[] b = PyPattern.bufferBytes(string);
        if (b == null) {
            throw Err.type("expected string or bytes-like object, got '%s'", Err.tn(string));
        }
        i = Math.min(i, b.length);
        j = Math.min(j, b.length);
        if (string.type == PyBytes.TYPE && i == 0 && j == b.length) {
            return string;
        }
        return PyBytes.of(java.util.Arrays.copyOfRange(b, i, j));
    }

    /** match_getindex: a group number or name to an index; IndexError("no such group") otherwise. */
    int index(PyObject index) {
        long i;
        if (Abstract.hasIndex(index)) {
            i = Abstract.asSsize(index, null);
        } else {
            i = -1;
            if (pattern.groupindex != null) {
                PyObject v = pattern.groupindex.getItem(index);
                if (v instanceof PyInt vi) {
                    i = vi.isSmall() ? vi.longValue() : -1;
                }
            }
        }
        if (i < 0 || i >= groupCount()) {
            throw Err.index("no such group");
        }
        return (int) i;
    }

    PyObject group(PyObject index, PyObject dflt) {
        return groupByIndex(index(index), dflt);
    }

    PyObject groups(PyObject dflt) {
        int n = groupCount();
        PyObject[] r = new PyObject[n - 1];
        for (int k = 1; k < n; k++) {
            r[k - 1] = groupByIndex(k, dflt);
        }
        return PyTuple.of(r);
    }

    PyObject groupdict(PyObject dflt) {
        PyDict result = new PyDict();
        PyDict gi = pattern.groupindex;
        if (gi == null) {
            return result;
        }
        for (int k = gi.nextIndex(0); k >= 0; k = gi.nextIndex(k + 1)) {
            PyObject key = gi.keyAt(k);
            result.setItem(key, group(key, dflt));
        }
        return result;
    }

    private static PyTuple pair(int a, int b) {
        return PyTuple.of(PyInt.of(a), PyInt.of(b));
    }

    PyTuple regs() {
        if (regs == null) {
            int n = groupCount();
            PyObject[] r = new PyObject[n];
            for (int k = 0; k < n; k++) {
                r[k] = pair(mark[2 * k], mark[2 * k + 1]);
            }
            regs = PyTuple.of(r);
        }
        return regs;
    }

    String repr() {
        PyObject g0 = groupByIndex(0, Py.None);
        return "<" + type.getModuleName() + "." + type.getName() + " object; span=(" + mark[0] + ", " + mark[1]
                + "), match=" + PyPattern.truncate(Abstract.reprJava(g0), 50) + ">";
    }

    PyObject expand(PyObject template) {
        PyObject re = ImportSystem.importModule("re");
        return Abstract.call(Abstract.getAttr(re, "_expand"), pattern, this, template);
    }

    private static PyMatch self(PyObject o) {
        return (PyMatch) o;
    }

    private static int groupArg(PyMatch m, PyObject g) {
        return g == null ? 0 : m.index(g);
    }

    private static void define(PyType t) {
        t.module("re").flags(PyType.IMMUTABLE | PyType.DISALLOW_INSTANTIATION);
        t.doc("The result of re.match() and re.search().\nMatch objects always have a boolean value of True.");
        t.tp_repr = self -> PyStr.of(self(self).repr());
        t.mp_subscript = (self, key) -> self(self).group(key, Py.None);
        t.methodV("group", (self, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Err.type("group() takes no keyword arguments");
            }
            PyMatch m = self(self);
            switch (args.length) {
                case 0:
                    return m.groupByIndex(0, Py.None);
                case 1:
                    return m.group(args[0], Py.None);
                default: {
                    PyObject[] r = new PyObject[args.length];
                    for (int k = 0; k < args.length; k++) {
                        r[k] = m.group(args[k], Py.None);
                    }
                    return PyTuple.of(r);
                }
            }
        });
        t.method("start", "group=NULL, /", (self, a) -> {
            PyMatch m = self(self);
            return PyInt.of(m.mark[2 * groupArg(m, a[0])]);
        });
        t.method("end", "group=NULL, /", (self, a) -> {
            PyMatch m = self(self);
            return PyInt.of(m.mark[2 * groupArg(m, a[0]) + 1]);
        });
        t.method("span", "group=NULL, /", (self, a) -> {
            PyMatch m = self(self);
            int g = groupArg(m, a[0]);
            return pair(m.mark[2 * g], m.mark[2 * g + 1]);
        });
        t.method("groups", "default=None", (self, a) -> self(self).groups(a[0]));
        t.method("groupdict", "default=None", (self, a) -> self(self).groupdict(a[0]));
        t.method("expand", "template", (self, a) -> self(self).expand(a[0]));
        t.method0("__copy__", self -> self);
        t.method1("__deepcopy__", (self, memo) -> self);
        t.classMethod("__class_getitem__", NativeFunction.of("__class_getitem__", (cls, item) -> GenericAlias.of(cls, item)));
        t.getset("lastindex", self -> {
            PyMatch m = self(self);
            return m.lastindex >= 0 ? PyInt.of(m.lastindex) : Py.None;
        });
        t.getset("lastgroup", self -> {
            PyMatch m = self(self);
            PyTuple ig = m.pattern.indexgroup;
            if (ig != null && m.lastindex >= 0 && m.lastindex < ig.size()) {
                return ig.get(m.lastindex);
            }
            return Py.None;
        });
        t.getset("regs", self -> self(self).regs());
        t.getset("string", self -> self(self).string);
        t.getset("re", self -> self(self).pattern);
        t.getset("pos", self -> PyInt.of(self(self).pos));
        t.getset("endpos", self -> PyInt.of(self(self).endpos));
    }
}
