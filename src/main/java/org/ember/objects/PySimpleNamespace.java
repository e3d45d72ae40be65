package org.ember.objects;

/** types.SimpleNamespace: attribute access over a dict, with a keyword constructor and a readable repr. */
public class PySimpleNamespace extends PyObject implements Instance {
    public static final PyType TYPE = PyType.builtin("SimpleNamespace", PySimpleNamespace.class, PySimpleNamespace::define);

    private PyDict dict = new PyDict();
    private final PyObject[] slots;

    public PySimpleNamespace(PyType type) {
        super(type);
        this.slots = type.slotCount == 0 ? null : new PyObject[type.slotCount];
    }

    public PySimpleNamespace() {
        this(TYPE);
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    public PyDict getDictOrNull() {
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    @Override
    public PyObject[] slotValues() {
        return slots;
    }

    private static void define(PyType t) {
        t.module("types").flags(PyType.BASETYPE | PyType.HAS_DICT);
        t.doc("A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)");
        t.tp_alloc = PySimpleNamespace::new;
        t.tp_new = (type, args, kw) -> type.tp_alloc.alloc(type);
        t.tp_init = (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (args.length - nkw > 0) {
                throw Err.type("no positional arguments expected");
            }
            PyDict d = ((PySimpleNamespace) self).dict;
            for (int i = 0; i < nkw; i++) {
                d.setItem(PyStr.of(kw[i]), args[args.length - nkw + i]);
            }
        };
        t.tp_repr = self -> {
            org.ember.runtime.ThreadState ts = org.ember.runtime.ThreadState.current();
            String name = self.type == TYPE ? "namespace" : self.type.getName();
            if (!ts.reprEnter(self)) {
                return PyStr.of(name + "(...)");
            }
            try {
                PyDict d = ((PySimpleNamespace) self).dict;
                StringBuilder sb = new StringBuilder(name).append('(');
                boolean first = true;
                for (int i = d.nextIndex(0); i >= 0; i = d.nextIndex(i + 1)) {
                    if (!(d.keyAt(i) instanceof PyStr k)) {
                        continue;
                    }
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(k.value).append('=').append(Abstract.reprJava(d.valueAt(i)));
                }
                return PyStr.of(sb.append(')').toString());
            } finally {
                ts.reprLeave(self);
            }
        };
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PySimpleNamespace y) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return Py.NotImplemented;
            }
            return Abstract.richCompare(((PySimpleNamespace) a).dict, y.dict, op);
        };
        t.getset("__dict__", self -> ((PySimpleNamespace) self).dict);
        t.method0("__reduce__", self -> PyTuple.of(self.type, PyTuple.EMPTY, ((PySimpleNamespace) self).dict));
    }
}
