package org.ember.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.Err;
import org.ember.objects.Py;
import org.ember.objects.PyDict;
import org.ember.objects.PyInt;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.runtime.ThreadState;

/**
 * Struct sequences (CPython's structseq): tuples whose items also have names, such as
 * os.stat_result and time.struct_time. The first {@code nVisible} fields are the tuple's items;
 * the rest are attributes only. A field named null is unnamed (visible by index only).
 *
 * <p>Types are builtin (process-wide, immortal): declare one with {@link #type} in a static final
 * and ready it with {@code PyType.ready} when the module is created.
 */
public final class StructSeq extends PyTuple {
    /** The fields beyond the visible ones (attributes only). */
    final PyObject[] hidden;
    final Spec spec;

    /** Shape of a struct sequence type. */
    public static final class Spec {
        final String module;
        final String name;
        final String[] fields;
        final int nVisible;
        final int nUnnamed;
        /** Names of the named fields in order (CPython's member list). */
        final String[] named;
        /** For each named field, its index among all fields. */
        final int[] namedIndex;

        Spec(String module, String name, String[] fields, int nVisible) {
            this.module = module;
            this.name = name;
            this.fields = fields;
            this.nVisible = nVisible;
            List<String> n = new ArrayList<>();
            List<Integer> idx = new ArrayList<>();
            int unnamed = 0;
            for (int i = 0; i < fields.length; i++) {
                if (fields[i] == null) {
                    unnamed++;
                } else {
                    n.add(fields[i]);
                    idx.add(i);
                }
            }
            this.nUnnamed = unnamed;
            this.named = n.toArray(new String[0]);
            this.namedIndex = idx.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private StructSeq(PyType type, Spec spec, PyObject[] visible, PyObject[] hidden) {
        super(type, visible);
        this.spec = spec;
        this.hidden = hidden;
    }

    /**
     * Declares a struct sequence type {@code module.name}. {@code fields} lists every field
     * (null for an unnamed one); the first {@code nVisible} are the tuple items.
     */
    public static PyType type(String module, String name, String doc, String[] fields, int nVisible) {
        Spec spec = new Spec(module, name, fields, nVisible);
        return PyType.builtin(name, StructSeq.class, t -> define(t, spec, doc));
    }

    /** A struct sequence of type t from all its field values (visible first). */
    public static StructSeq make(PyType t, PyObject... values) {
        Spec spec = specOf(t);
        if (values.length != spec.fields.length) {
            throw new IllegalArgumentException(t.getName() + " needs " + spec.fields.length + " values");
        }
        return new StructSeq(t, spec, Arrays.copyOf(values, spec.nVisible),
                Arrays.copyOfRange(values, spec.nVisible, values.length));
    }

    /** Field value by index among all fields. */
    public PyObject field(int i) {
        return i < spec.nVisible ? get(i) : hidden[i - spec.nVisible];
    }

    private static Spec specOf(PyType t) {
        PyObject s = t.lookup("__structseq_spec__");
        if (s instanceof SpecHolder h) {
            return h.spec;
        }
        throw Err.type("%s is not a struct sequence type", t.getName());
    }

    /** Carries the spec in the type's dict (hidden from Python by its dunder name). */
    private static final class SpecHolder extends PyObject {
        static final PyType TYPE = PyType.builtin("structseq_spec", SpecHolder.class,
                t -> t.flags(PyType.DISALLOW_INSTANTIATION));
        final Spec spec;

        SpecHolder(Spec spec) {
            super(TYPE);
            this.spec = spec;
        }

        @Override
        public boolean isImmortal() {
            return true;
        }
    }

    private static void define(PyType t, Spec spec, String doc) {
        PyType.ready(SpecHolder.TYPE);
        t.base(PyTuple.TYPE).module(spec.module).doc(doc);
        t.attr("__structseq_spec__", new SpecHolder(spec));
        t.attr("n_sequence_fields", PyInt.of(spec.nVisible));
        t.attr("n_fields", PyInt.of(spec.fields.length));
        t.attr("n_unnamed_fields", PyInt.of(spec.nUnnamed));
        List<PyObject> match = new ArrayList<>();
        for (int i = 0; i < spec.nVisible; i++) {
            if (spec.fields[i] != null) {
                match.add(PyStr.immortal(spec.fields[i]));
            }
        }
        t.attr("__match_args__", PyTuple.of(match.toArray(new PyObject[0])));
        for (int k = 0; k < spec.named.length; k++) {
            int idx = spec.namedIndex[k];
            t.getset(spec.named[k], self -> ((StructSeq) self).field(idx));
        }
        t.tp_new = (type, args, kw) -> structseqNew(type, spec, args, kw);
        t.tp_repr = self -> repr((StructSeq) self);
        t.method0("__reduce__", self -> {
            StructSeq s = (StructSeq) self;
            PyDict d = new PyDict();
            for (int i = spec.nVisible; i < spec.fields.length; i++) {
                if (spec.fields[i] != null) {
                    d.putStr(spec.fields[i], s.hidden[i - spec.nVisible]);
                }
            }
            return PyTuple.of(s.type, PyTuple.of(s.items().clone()), d);
        });
    }

    private static PyObject structseqNew(PyType type, Spec spec, PyObject[] args, String[] kw) {
        PyObject[] b = new ArgParser(spec.name, "sequence, dict=None").bind(args, kw);
        PyObject[] seq = Abstract.toArray(b[0]);
        PyObject dict = b[1];
        int min = spec.nVisible;
        int max = spec.fields.length;
        String full = spec.module + "." + spec.name;
        if (seq.length < min) {
            if (min == max) {
                throw Err.type("%s() takes a %d-sequence (%d-sequence given)", full, min, seq.length);
            }
            throw Err.type("%s() takes an at least %d-sequence (%d-sequence given)", full, min, seq.length);
        }
        if (seq.length > max) {
            if (min == max) {
                throw Err.type("%s() takes a %d-sequence (%d-sequence given)", full, min, seq.length);
            }
            throw Err.type("%s() takes an at most %d-sequence (%d-sequence given)", full, max, seq.length);
        }
        if (dict != Py.None && !(dict instanceof PyDict)) {
            throw Err.type("%s() takes a dict as second arg, if any", full);
        }
        PyObject[] all = new PyObject[max];
        for (int i = 0; i < max; i++) {
            if (i < seq.length) {
                all[i] = seq[i];
            } else {
                PyObject v = null;
                if (dict instanceof PyDict d && spec.fields[i] != null) {
                    v = d.getStr(spec.fields[i]);
                }
                all[i] = v == null ? Py.None : v;
            }
        }
        return new StructSeq(type, spec, Arrays.copyOf(all, spec.nVisible), Arrays.copyOfRange(all, spec.nVisible, max));
    }

    private static PyObject repr(StructSeq s) {
        Spec spec = s.spec;
        ThreadState ts = ThreadState.current();
        if (!ts.reprEnter(s)) {
            return PyStr.of("(...)");
        }
        try {
            StringBuilder sb = new StringBuilder(spec.module.equals("builtins") ? "" : spec.module + ".");
            sb.append(spec.name).append('(');
            for (int i = 0; i < spec.nVisible; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                // CPython names visible values after the member list, which skips unnamed fields.
                String n = i < spec.named.length ? spec.named[i] : "unnamed";
                sb.append(n).append('=').append(Abstract.reprJava(s.get(i)));
            }
            return PyStr.of(sb.append(')').toString());
        } finally {
            ts.reprLeave(s);
        }
    }
}
