package org.ember.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * Binds vectorcall arguments of a Java-implemented function to its parameters, from a
 * signature such as {@code "sep=None, maxsplit=-1"}, {@code "x, /, *, key=None"} or
 * {@code "*args, **kwargs"}, raising CPython's exact TypeError messages.
 *
 * <p>Defaults are literals (None, True, False, numbers, quoted strings) or {@code NULL} for
 * "not given" (the bound slot stays null). A signature whose parameters are all positional-only
 * reports errors as CPython's _PyArg_CheckPositional ("get expected at least 1 argument, got 0");
 * others as _PyArg_UnpackKeywords ("'x' is an invalid keyword argument for split()").
 */
public final class ArgParser {
    final String fname;
    final String[] names;
    final PyObject[] defaults;
    final boolean[] hasDefault;
    final int posOnly;
    final int maxPos;
    final int kwOnlyStart;
    final boolean varArgs;
    final boolean varKw;
    final int varArgsIndex;
    final int varKwIndex;
    final int requiredPos;
    final boolean allPositional;

    public ArgParser(String fname, String signature) {
        this.fname = fname;
        List<String> ns = new ArrayList<>();
        List<PyObject> ds = new ArrayList<>();
        List<Boolean> hd = new ArrayList<>();
        int posOnlyCount = 0;
        int kwStart = -1;
        boolean va = false;
        boolean vk = false;
        int vaIdx = -1;
        int vkIdx = -1;
        int req = 0;
        boolean seenDefault = false;
        for (String raw : splitParams(signature)) {
            String p = raw.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (p.equals("/")) {
                posOnlyCount = ns.size();
                continue;
            }
            if (p.equals("*")) {
                kwStart = ns.size();
                continue;
            }
            if (p.startsWith("**")) {
                vk = true;
                vkIdx = ns.size();
                ns.add(p.substring(2));
                ds.add(null);
                hd.add(false);
                continue;
            }
            if (p.startsWith("*")) {
                va = true;
                vaIdx = ns.size();
                kwStart = ns.size() + 1;
                ns.add(p.substring(1));
                ds.add(null);
                hd.add(false);
                continue;
            }
            int eq = p.indexOf('=');
            if (eq >= 0) {
                ns.add(p.substring(0, eq).trim());
                ds.add(parseDefault(p.substring(eq + 1).trim()));
                hd.add(true);
                seenDefault = true;
            } else {
                ns.add(p);
                ds.add(null);
                hd.add(false);
                if (kwStart < 0 && !seenDefault) {
                    req++;
                }
            }
        }
        names = ns.toArray(new String[0]);
        defaults = ds.toArray(new PyObject[0]);
        hasDefault = new boolean[hd.size()];
        for (int i = 0; i < hasDefault.length; i++) {
            hasDefault[i] = hd.get(i);
        }
        posOnly = posOnlyCount;
        int mp = va ? vaIdx : (kwStart >= 0 ? kwStart : (vk ? vkIdx : names.length));
        maxPos = mp;
        kwOnlyStart = kwStart >= 0 ? kwStart : mp;
        varArgs = va;
        varKw = vk;
        varArgsIndex = vaIdx;
        varKwIndex = vkIdx;
        requiredPos = req;
        allPositional = posOnly == maxPos && kwOnlyStart >= names.length - (vk ? 1 : 0) && !vk
                && (kwStart < 0 || kwStart == names.length || va);
    }

    private static List<String> splitParams(String sig) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < sig.length(); i++) {
            char c = sig.charAt(i);
            if (quote != 0) {
                cur.append(c);
                if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(cur.toString());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        out.add(cur.toString());
        return out;
    }

    private static PyObject parseDefault(String s) {
        switch (s) {
            case "NULL":
                return null;
            case "None":
                return Py.None;
            case "True":
                return Py.True;
            case "False":
                return Py.False;
            case "()":
                return PyTuple.EMPTY;
            default:
                break;
        }
        if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"')) {
            return PyStr.immortal(s.substring(1, s.length() - 1));
        }
        if (s.startsWith("b'") || s.startsWith("b\"")) {
            return PyBytes.of(s.substring(2, s.length() - 1).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        try {
            return PyInt.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return new PyFloat(Double.parseDouble(s));
        }
    }

    private String fn() {
        return fname + "()";
    }

    /** Number of parameter slots in the bound array. */
    public int size() {
        return names.length;
    }

    /** Binds args; the result has one slot per parameter (null for NULL defaults not given). */
    public PyObject[] bind(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        PyObject[] out = new PyObject[names.length];
        if (allPositional) {
            if (nkw > 0) {
                throw Err.type("%s() takes no keyword arguments", fname);
            }
            int min = requiredPos;
            int max = varArgs ? Integer.MAX_VALUE : maxPos;
            if (npos < min) {
                throw Err.type("%s expected %s%d argument%s, got %d", fname, min == max ? "" : "at least ", min,
                        min == 1 ? "" : "s", npos);
            }
            if (npos > max) {
                throw Err.type("%s expected %s%d argument%s, got %d", fname, min == max ? "" : "at most ", max,
                        max == 1 ? "" : "s", npos);
            }
        } else {
            int maxArgs = names.length - (varKw ? 1 : 0) - (varArgs ? 1 : 0);
            if (!varArgs && npos + nkw > maxArgs) {
                throw Err.type("%s takes at most %d %sargument%s (%d given)", fn(), maxArgs, npos == 0 ? "keyword " : "",
                        maxArgs == 1 ? "" : "s", npos + nkw);
            }
            if (npos > maxPos && !varArgs) {
                if (maxPos == 0) {
                    throw Err.type("%s takes no positional arguments", fn());
                }
                throw Err.type("%s takes %s %d positional argument%s (%d given)", fn(),
                        requiredPos < maxPos ? "at most" : "exactly", maxPos, maxPos == 1 ? "" : "s", npos);
            }
        }
        int np = Math.min(npos, maxPos);
        System.arraycopy(args, 0, out, 0, np);
        if (varArgs) {
            PyObject[] rest = npos > maxPos ? java.util.Arrays.copyOfRange(args, maxPos, npos) : new PyObject[0];
            out[varArgsIndex] = PyTuple.of(rest);
        }
        PyDict extra = varKw ? new PyDict() : null;
        for (int k = 0; k < nkw; k++) {
            String kn = kwnames[k];
            int idx = -1;
            for (int i = posOnly; i < names.length; i++) {
                if (i != varArgsIndex && i != varKwIndex && names[i].equals(kn)) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                if (extra != null) {
                    extra.setItem(PyStr.of(kn), args[npos + k]);
                    continue;
                }
                throw Err.type("'%s' is an invalid keyword argument for %s", kn, fn());
            }
            if (out[idx] != null) {
                throw Err.type("argument for %s given by name ('%s') and position (%d)", fn(), kn, idx + 1);
            }
            out[idx] = args[npos + k];
        }
        for (int i = 0; i < names.length; i++) {
            if (out[i] == null && i != varArgsIndex && i != varKwIndex) {
                if (hasDefault[i]) {
                    out[i] = defaults[i];
                } else if (i < maxPos || i >= kwOnlyStart) {
                    int minPosOnly = Math.min(posOnly, requiredPos);
                    if (i < minPosOnly && !allPositional && npos < minPosOnly) {
                        throw Err.type("%s takes %s %d positional argument%s (%d given)", fn(),
                                minPosOnly < maxPos ? "at least" : "exactly", minPosOnly,
                                minPosOnly == 1 ? "" : "s", npos);
                    }
                    if (i < maxPos) {
                        throw Err.type("%s missing required argument '%s' (pos %d)", fn(), names[i], i + 1);
                    }
                    throw Err.type("%s missing required keyword-only argument '%s'", fn(), names[i]);
                }
            }
        }
        if (varKw) {
            out[varKwIndex] = extra;
        }
        return out;
    }

    // ---- small helpers for hand-written argument handling -------------------------------

    /** The positional part of a vectorcall argument array. */
    public static PyObject[] positional(PyObject[] args, String[] kwnames) {
        if (kwnames == null || kwnames.length == 0) {
            return args;
        }
        return java.util.Arrays.copyOf(args, args.length - kwnames.length);
    }

    /**
     * Extracts optional keyword-only arguments by name (positional ones are left alone);
     * unknown keywords raise "'x' is an invalid keyword argument for f()".
     */
    public static PyObject[] kwOnly(String fname, PyObject[] args, String[] kwnames, String[] names) {
        PyObject[] out = new PyObject[names.length];
        if (kwnames == null) {
            return out;
        }
        int npos = args.length - kwnames.length;
        outer:
        for (int k = 0; k < kwnames.length; k++) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(kwnames[k])) {
                    out[i] = args[npos + k];
                    continue outer;
                }
            }
            throw Err.type("%s() got an unexpected keyword argument '%s'", fname, kwnames[k]);
        }
        return out;
    }

    /** Raises "f() takes no keyword arguments" when any keyword was passed. */
    public static void noKeywords(String fname, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Err.type("%s() takes no keyword arguments", fname);
        }
    }

    /** _PyArg_CheckPositional: raises "f expected at least N arguments, got M" style errors. */
    public static void checkPositional(String fname, int nargs, int min, int max) {
        if (nargs < min) {
            throw Err.type("%s expected %s%d argument%s, got %d", fname, min == max ? "" : "at least ", min,
                    min == 1 ? "" : "s", nargs);
        }
        if (nargs > max) {
            throw Err.type("%s expected %s%d argument%s, got %d", fname, min == max ? "" : "at most ", max,
                    max == 1 ? "" : "s", nargs);
        }
    }
}
