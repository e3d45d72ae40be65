package org.ember.objects;

/**
 * Struct sequences (CPython's structseq): tuple subclasses with named fields, such as
 * sys.version_info, sys.flags, os.stat_result and time.struct_time. Each kind is a builtin
 * type made by {@link #makeType}; the first {@code nSequence} fields form the tuple, the rest
 * are only reachable by name.
 */
public final class PyStructSeq extends PyTuple {
    /** Fields beyond the visible sequence (null when there are none). */
    final PyObject[] extra;

    private PyStructSeq(PyType type, PyObject[] visible, PyObject[] extra) {
        super(type, visible);
        this.extra = extra;
    }

    /** Describes one struct sequence type. */
    public record Desc(String name, String module, String[] fields, int nSequence, String doc) {}

    /**
     * A new struct sequence type (call once, from a static final, and ready it with the
     * module's other types). {@code name} is the qualified name, e.g. "sys.version_info".
     */
    public static PyType makeType(Desc d) {
        int dot = d.name().lastIndexOf('.');
        String shortName = dot < 0 ? d.name() : d.name().substring(dot + 1);
        String module = dot < 0 ? d.module() : d.name().substring(0, dot);
        return PyType.builtin(shortName, PyStructSeq.class, t -> define(t, d, module));
    }

    /** Creates an instance from all field values (visible fields first). */
    public static PyStructSeq make(PyType type, PyObject... values) {
        Desc d = descOf(type);
        int n = d.nSequence();
        PyObject[] visible = java.util.Arrays.copyOf(values, n);
        PyObject[] extra = values.length > n ? java.util.Arrays.copyOfRange(values, n, values.length) : null;
        return new PyStructSeq(type, visible, extra);
    }

    private static Desc descOf(PyType type) {
        for (PyType t = type; t != null; t = t.base) {
            PyObject d = t.dict.getStr("__ember_structseq__");
            if (d instanceof DescHolder h) {
                return h.desc;
            }
        }
        throw Err.system("not a structseq type: %s", type.getName());
    }

    /** Carries the Desc inside the type's dict (immutable, so sharing is safe). */
    private static final class DescHolder extends PyObject {
        static final PyType TYPE = PyType.builtin("structseq_desc", DescHolder.class, t -> t.flags(PyType.DISALLOW_INSTANTIATION));
        final Desc desc;

        DescHolder(Desc desc) {
            super(TYPE);
            this.desc = desc;
        }

        @Override
        public boolean isImmortal() {
            return true;
        }
    }

    private static void define(PyType t, Desc d, String module) {
        DescHolder.TYPE.ready((long[]) null);
        t.base(PyTuple.TYPE).module(module).doc(d.doc());
        t.attr("__ember_structseq__", new DescHolder(d));
        t.attr("n_sequence_fields", PyInt.of(d.nSequence()));
        t.attr("n_fields", PyInt.of(d.fields().length));
        t.attr("n_unnamed_fields", PyInt.ZERO);
        PyObject[] matchArgs = new PyObject[d.nSequence()];
        for (int i = 0; i < d.nSequence(); i++) {
            matchArgs[i] = PyStr.immortal(d.fields()[i]);
        }
        t.attr("__match_args__", PyTuple.of(matchArgs));
        for (int i = 0; i < d.fields().length; i++) {
            final int idx = i;
            final int nseq = d.nSequence();
            t.getset(d.fields()[i], self -> {
                PyStructSeq s = (PyStructSeq) self;
                return idx < nseq ? s.get(idx) : s.extra[idx - nseq];
            });
        }
        t.tp_new = (type, args, kw) -> {
            PyObject[] a = new ArgParser(type.getName(), "sequence, dict={}").bind(args, kw);
            PyObject[] items = Abstract.toArray(a[0]);
            int min = d.nSequence();
            int max = d.fields().length;
            if (items.length < min) {
                throw Err.type("%s() takes an at least %d-sequence (%d-sequence given)", d.name(), min, items.length);
            }
            if (items.length > max) {
                throw Err.type("%s() takes an at most %d-sequence (%d-sequence given)", d.name(), max, items.length);
            }
            PyObject[] all = new PyObject[max];
            System.arraycopy(items, 0, all, 0, items.length);
            for (int i = items.length; i < max; i++) {
                PyObject v = a[1] instanceof PyDict dd ? dd.getStr(d.fields()[i]) : null;
                all[i] = v == null ? Py.None : v;
            }
            return make(type, all);
        };
        t.tp_repr = self -> {
            PyStructSeq s = (PyStructSeq) self;
            StringBuilder sb = new StringBuilder(d.name()).append('(');
            for (int i = 0; i < d.nSequence(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(d.fields()[i]).append('=').append(Abstract.reprJava(s.get(i)));
            }
            return PyStr.of(sb.append(')').toString());
        };
        t.method0("__reduce__", self -> {
            PyStructSeq s = (PyStructSeq) self;
            PyDict extraDict = new PyDict();
            for (int i = d.nSequence(); i < d.fields().length; i++) {
                extraDict.putStr(d.fields()[i], s.extra[i - d.nSequence()]);
            }
            return PyTuple.of(self.type, PyTuple.of(PyTuple.of(s.items().clone()), extraDict));
        });
    }
}
