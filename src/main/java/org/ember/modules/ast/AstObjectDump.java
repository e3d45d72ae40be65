package org.ember.modules.ast;

import org.ember.objects.Abstract;
import org.ember.objects.Py;
import org.ember.objects.PyList;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;

/**
 * {@code ast.dump(node, annotate_fields=True, include_attributes=...)} of Lib/ast.py 3.11 with
 * indent=None, computed in Java over the Python objects of the {@code _ast} classes: the same
 * reads (_fields, getattr, class defaults) and the same reprs. For tests and tools/ast-compare,
 * before Lib/ast.py itself runs on Ember.
 */
public final class AstObjectDump {
    private static final PyStr S_FIELDS = PyStr.immortal("_fields");
    private static final PyStr S_ATTRIBUTES = PyStr.immortal("_attributes");

    private final PyType ast;
    private final boolean includeAttributes;

    private AstObjectDump(PyType ast, boolean includeAttributes) {
        this.ast = ast;
        this.includeAttributes = includeAttributes;
    }

    /** ast.dump(node) on the current interpreter's {@code _ast} classes. */
    public static String dump(PyObject node, boolean includeAttributes) {
        StringBuilder sb = new StringBuilder();
        new AstObjectDump(AstState.current().astType(), includeAttributes).format(node, sb);
        return sb.toString();
    }

    /** Appends the text of node; returns whether it is "simple" in ast.dump's sense. */
    private boolean format(PyObject node, StringBuilder sb) {
        if (Abstract.isInstance(node, ast)) {
            PyType cls = node.type;
            StringBuilder args = new StringBuilder();
            int nargs = 0;
            boolean allSimple = true;
            PyObject it = Abstract.iter(Abstract.getAttr(node, S_FIELDS));
            for (PyObject name = Abstract.next(it); name != null; name = Abstract.next(it)) {
                PyObject value = Abstract.lookupAttr(node, (PyStr) name);
                if (value == null) {
                    continue;
                }
                if (value == Py.None && Abstract.lookupAttr(cls, (PyStr) name) == Py.None) {
                    continue;
                }
                if (nargs++ > 0) {
                    args.append(", ");
                }
                args.append(((PyStr) name).value).append('=');
                allSimple &= format(value, args);
            }
            if (includeAttributes) {
                PyObject attrs = Abstract.lookupAttr(node, S_ATTRIBUTES);
                if (attrs != null && Abstract.isTrue(attrs)) {
                    PyObject ai = Abstract.iter(attrs);
                    for (PyObject name = Abstract.next(ai); name != null; name = Abstract.next(ai)) {
                        PyObject value = Abstract.lookupAttr(node, (PyStr) name);
                        if (value == null || (value == Py.None && Abstract.lookupAttr(cls, (PyStr) name) == Py.None)) {
                            continue;
                        }
                        if (nargs++ > 0) {
                            args.append(", ");
                        }
                        args.append(((PyStr) name).value).append('=');
                        allSimple &= format(value, args);
                    }
                }
            }
            sb.append(cls.getName()).append('(').append(args).append(')');
            return allSimple && nargs <= 3 && nargs == 0;
        }
        if (node instanceof PyList list) {
            if (list.size() == 0) {
                sb.append("[]");
                return true;
            }
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                format(list.get(i), sb);
            }
            sb.append(']');
            return false;
        }
        sb.append(Abstract.reprJava(node));
        return true;
    }
}
