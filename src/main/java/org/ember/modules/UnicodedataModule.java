package org.ember.modules;

import java.text.Normalizer;

import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyExc;
import org.ember.objects.PyFloat;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyType;
import org.ember.objects.UnicodeNames;
import org.ember.objects.UnicodeTables;
import org.ember.runtime.Interpreter;

/**
 * The unicodedata module on the Unicode 14.0 tables CPython 3.11 uses, and
 * {@code ucd_3_2_0}, the Unicode 3.2 view that stringprep and the idna codec use.
 * Normalization uses Java's normalizer on the runs of characters the version assigns (the
 * normalization stability policy makes that exact); unassigned characters pass through.
 */
public final class UnicodedataModule {
    private UnicodedataModule() {}

    /** unicodedata.UCD: a Unicode database version (the module itself is 14.0; ucd_3_2_0 is 3.2). */
    public static final class UCD extends PyObject {
        public static final PyType TYPE = PyType.builtin("UCD", UCD.class, UCD::define);
        /** ucd_3_2_0 (immortal and immutable: shared by every interpreter). */
        public static final UCD V3_2_0 = new UCD(true);

        final boolean v32;

        private UCD(boolean v32) {
            super(TYPE);
            this.v32 = v32;
        }

        @Override
        public boolean isImmortal() {
            return true;
        }

        private static void define(PyType t) {
            t.module("unicodedata");
            t.flags(PyType.DISALLOW_INSTANTIATION);
            t.tp_repr = self -> PyStr.of("<unicodedata.UCD object at " + org.ember.objects.Abstract.addressOf(self) + ">");
            t.getset("unidata_version", self -> PyStr.of("3.2.0"));
            for (NativeFunction f : functions()) {
                t.method(f.name, f);
            }
        }
    }

    private static boolean v32(PyObject self) {
        return self instanceof UCD u && u.v32;
    }

    private static int chr(PyObject o, String fname, boolean numbered) {
        if (o instanceof PyStr s && s.length() == 1) {
            return s.codePointAt(0);
        }
        throw Err.type("%s() argument %smust be a unicode character, not %s", fname, numbered ? "1 " : "", Err.tn(o));
    }

    private static boolean unassigned(PyObject self, int cp) {
        return v32(self) && !UnicodeTables.Data.assignedIn32(cp);
    }

    private static int delta(PyObject self, int cp) {
        return v32(self) ? UnicodeTables.Data.delta32(cp) : -1;
    }

    private static PyObject decimal(PyObject self, PyObject[] a) {
        int cp = chr(a[0], "decimal", true);
        int v;
        int d = delta(self, cp);
        if (unassigned(self, cp)) {
            v = -1;
        } else if (d >= 0) {
            v = UnicodeTables.Data.decimal32(d);
        } else {
            v = UnicodeTables.decimalValue(cp);
        }
        if (v < 0) {
            if (a[1] == null) {
                throw Err.value("not a decimal");
            }
            return a[1];
        }
        return PyInt.of(v);
    }

    private static PyObject digit(PyObject self, PyObject[] a) {
        int cp = chr(a[0], "digit", true);
        int v;
        int d = delta(self, cp);
        if (unassigned(self, cp)) {
            v = -1;
        } else if (d >= 0) {
            v = UnicodeTables.Data.digit32(d);
        } else {
            v = UnicodeTables.digitValue(cp);
        }
        if (v < 0) {
            if (a[1] == null) {
                throw Err.value("not a digit");
            }
            return a[1];
        }
        return PyInt.of(v);
    }

    private static PyObject numeric(PyObject self, PyObject[] a) {
        int cp = chr(a[0], "numeric", true);
        double v;
        int d = delta(self, cp);
        if (unassigned(self, cp)) {
            v = Double.NaN;
        } else if (d >= 0) {
            v = UnicodeTables.Data.numeric32(d);
        } else {
            v = UnicodeTables.numericValue(cp);
        }
        if (Double.isNaN(v)) {
            if (a[1] == null) {
                throw Err.value("not a numeric character");
            }
            return a[1];
        }
        return new PyFloat(v);
    }

    private static PyObject category(PyObject self, PyObject c) {
        int cp = chr(c, "category", false);
        if (unassigned(self, cp)) {
            return PyStr.of("Cn");
        }
        int d = delta(self, cp);
        return PyStr.of(d >= 0 ? UnicodeTables.Data.category32(d) : UnicodeTables.Data.category(cp));
    }

    private static PyObject bidirectional(PyObject self, PyObject c) {
        int cp = chr(c, "bidirectional", false);
        if (unassigned(self, cp)) {
            return PyStr.EMPTY;
        }
        int d = delta(self, cp);
        return PyStr.of(d >= 0 ? UnicodeTables.Data.bidirectional32(d) : UnicodeTables.Data.bidirectional(cp));
    }

    private static PyObject eastAsianWidth(PyObject self, PyObject c) {
        int cp = chr(c, "east_asian_width", false);
        if (unassigned(self, cp)) {
            return PyStr.of("F");
        }
        int d = delta(self, cp);
        return PyStr.of(d >= 0 ? UnicodeTables.Data.eastAsianWidth32(d) : UnicodeTables.Data.eastAsianWidth(cp));
    }

    private static PyObject mirrored(PyObject self, PyObject c) {
        int cp = chr(c, "mirrored", false);
        if (unassigned(self, cp)) {
            return PyInt.ZERO;
        }
        int d = delta(self, cp);
        return PyInt.of((d >= 0 ? UnicodeTables.Data.mirrored32(d) : UnicodeTables.Data.mirrored(cp)) ? 1 : 0);
    }

    private static PyObject combining(PyObject self, PyObject c) {
        int cp = chr(c, "combining", false);
        return PyInt.of(unassigned(self, cp) ? 0 : UnicodeTables.Data.combining(cp));
    }

    private static PyObject decomposition(PyObject self, PyObject c) {
        int cp = chr(c, "decomposition", false);
        return PyStr.of(unassigned(self, cp) ? "" : UnicodeTables.Data.decomposition(cp));
    }

    private static PyObject name(PyObject self, PyObject[] a) {
        int cp = chr(a[0], "name", true);
        String n = unassigned(self, cp) ? null : UnicodeNames.name(cp);
        if (n == null) {
            if (a[1] == null) {
                throw Err.value("no such name");
            }
            return a[1];
        }
        return PyStr.of(n);
    }

    private static PyObject lookup(PyObject self, PyObject nameObj) {
        String name;
        if (nameObj instanceof PyStr s) {
            name = s.value;
        } else if (nameObj instanceof org.ember.objects.BufferProtocol bp) {
            name = new String(bp.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        } else {
            throw Err.type("a bytes-like object is required, not '%s'", Err.tn(nameObj));
        }
        if (name.length() > 256) {
            throw Err.raise(PyExc.KeyError, PyStr.of("name too long"));
        }
        boolean v32 = v32(self);
        int cp = UnicodeNames.lookup(name, !v32);
        if (cp < 0 || (v32 && !UnicodeTables.Data.assignedIn32(cp))) {
            throw Err.raise(PyExc.KeyError, PyStr.of("undefined character name '" + name + "'"));
        }
        return PyStr.ofCodePoint(cp);
    }

    private static Normalizer.Form form(PyObject f, String fname) {
        if (!(f instanceof PyStr s)) {
            throw Err.type("%s() argument 1 must be str, not %s", fname, Err.tn(f));
        }
        return switch (s.value) {
            case "NFC" -> Normalizer.Form.NFC;
            case "NFD" -> Normalizer.Form.NFD;
            case "NFKC" -> Normalizer.Form.NFKC;
            case "NFKD" -> Normalizer.Form.NFKD;
            default -> throw Err.value("invalid normalization form");
        };
    }

    /** Unicode 3.2 decompositions corrected later (CPython's normalization_3_2_0 table). */
    private static int correction32(int cp) {
        return switch (cp) {
            case 0x2f868 -> 0x2136a;
            case 0x2f874 -> 0x5f33;
            case 0x2f91f -> 0x43ab;
            case 0x2f95f -> 0x7aae;
            case 0x2f9bf -> 0x4d57;
            default -> cp;
        };
    }

    /** normalize(form, s) on the given Unicode version. */
    public static String normalize(Normalizer.Form f, String s, boolean v32) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        StringBuilder seg = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean skip;
            if (v32) {
                skip = !UnicodeTables.Data.assignedIn32(cp) || Character.getType(cp) == Character.SURROGATE;
                cp = correction32(cp);
            } else {
                String cat = UnicodeTables.Data.category(cp);
                skip = cat.equals("Cn") || cat.equals("Cs");
            }
            if (skip) {
                if (seg.length() > 0) {
                    out.append(Normalizer.normalize(seg, f));
                    seg.setLength(0);
                }
                out.appendCodePoint(cp);
            } else {
                seg.appendCodePoint(cp);
            }
        }
        if (seg.length() > 0) {
            out.append(Normalizer.normalize(seg, f));
        }
        return out.toString();
    }

    private static PyStr unistr(PyObject o, String fname) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw Err.type("%s() argument 2 must be str, not %s", fname, Err.tn(o));
    }

    private static NativeFunction[] functions() {
        return new NativeFunction[] {
            NativeFunction.of("decimal", "chr, default=NULL, /", UnicodedataModule::decimal),
            NativeFunction.of("digit", "chr, default=NULL, /", UnicodedataModule::digit),
            NativeFunction.of("numeric", "chr, default=NULL, /", UnicodedataModule::numeric),
            NativeFunction.of("category", UnicodedataModule::category),
            NativeFunction.of("bidirectional", UnicodedataModule::bidirectional),
            NativeFunction.of("combining", UnicodedataModule::combining),
            NativeFunction.of("mirrored", UnicodedataModule::mirrored),
            NativeFunction.of("east_asian_width", UnicodedataModule::eastAsianWidth),
            NativeFunction.of("decomposition", UnicodedataModule::decomposition),
            NativeFunction.of("is_normalized", (self, f, s) -> {
                PyStr str = unistr(s, "is_normalized");
                Normalizer.Form form = form(f, "is_normalized");
                return Py.bool(normalize(form, str.value, v32(self)).equals(str.value));
            }),
            NativeFunction.of("normalize", (self, f, s) -> {
                PyStr str = unistr(s, "normalize");
                Normalizer.Form form = form(f, "normalize");
                String r = normalize(form, str.value, v32(self));
                return r.equals(str.value) && str.type == PyStr.TYPE ? str : PyStr.of(r);
            }),
            NativeFunction.of("name", "chr, default=NULL, /", UnicodedataModule::name),
            NativeFunction.of("lookup", UnicodedataModule::lookup),
        };
    }

    private static final NativeFunction[] FUNCTIONS = functions();

    /** Creates the module for one interpreter. */
    public static PyModule create(Interpreter interp) {
        PyType.ready(UCD.TYPE);
        PyModule m = new PyModule("unicodedata");
        m.put("__doc__", PyStr.of("This module provides access to the Unicode Character Database which\n"
                + "defines character properties for all Unicode characters. The data in\n"
                + "this database is based on the UnicodeData.txt file version\n"
                + "14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\n"
                + "The module uses the same names and symbols as defined by the\n"
                + "UnicodeData File Format 14.0.0."));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        m.put("unidata_version", PyStr.of("14.0.0"));
        m.put("UCD", UCD.TYPE);
        m.put("ucd_3_2_0", UCD.V3_2_0);
        return m;
    }
}
