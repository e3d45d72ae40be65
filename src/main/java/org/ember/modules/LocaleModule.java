package org.ember.modules;

import org.ember.modules.io.Fs;
import org.ember.modules.io.IoModule;
import org.ember.modules.io.Libc;
import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyDict;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/**
 * Module _locale over the C library's locale functions. The C locale is process-wide, as in
 * CPython: setlocale() in one interpreter affects all of them.
 */
public final class LocaleModule {
    private LocaleModule() {}

    private static final Object[] CONSTANTS = {"LC_CTYPE", 0, "LC_TIME", 2, "LC_COLLATE", 3, "LC_MONETARY", 4,
        "LC_MESSAGES", 5, "LC_NUMERIC", 1, "LC_ALL", 6, "CHAR_MAX", 127, "DAY_1", 131079, "DAY_2", 131080, "DAY_3",
        131081, "DAY_4", 131082, "DAY_5", 131083, "DAY_6", 131084, "DAY_7", 131085, "ABDAY_1", 131072, "ABDAY_2",
        131073, "ABDAY_3", 131074, "ABDAY_4", 131075, "ABDAY_5", 131076, "ABDAY_6", 131077, "ABDAY_7", 131078,
        "MON_1", 131098, "MON_2", 131099, "MON_3", 131100, "MON_4", 131101, "MON_5", 131102, "MON_6", 131103, "MON_7",
        131104, "MON_8", 131105, "MON_9", 131106, "MON_10", 131107, "MON_11", 131108, "MON_12", 131109, "ABMON_1",
        131086, "ABMON_2", 131087, "ABMON_3", 131088, "ABMON_4", 131089, "ABMON_5", 131090, "ABMON_6", 131091,
        "ABMON_7", 131092, "ABMON_8", 131093, "ABMON_9", 131094, "ABMON_10", 131095, "ABMON_11", 131096, "ABMON_12",
        131097, "RADIXCHAR", 65536, "THOUSEP", 65537, "CRNCYSTR", 262159, "D_T_FMT", 131112, "D_FMT", 131113, "T_FMT",
        131114, "AM_STR", 131110, "PM_STR", 131111, "CODESET", 14, "T_FMT_AMPM", 131115, "ERA", 131116, "ERA_D_FMT",
        131118, "ERA_D_T_FMT", 131120, "ERA_T_FMT", 131121, "ALT_DIGITS", 131119, "YESEXPR", 327680, "NOEXPR", 327681,
        "_DATE_FMT", 131180};

    private static final String[] LCONV_STRINGS = {"decimal_point", "thousands_sep", "grouping", "int_curr_symbol",
        "currency_symbol", "mon_decimal_point", "mon_thousands_sep", "mon_grouping", "positive_sign", "negative_sign"};
    private static final String[] LCONV_CHARS = {"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space",
        "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"};

    /** Per-interpreter: the locale.Error class. */
    public static final class State {
        PyType error;
    }

    static PyType error(Interpreter interp) {
        State st = interp.moduleState(State.class, i -> new State());
        if (st.error == null) {
            PyDict ns = new PyDict();
            ns.putStr("__module__", PyStr.of("locale"));
            st.error = (PyType) Abstract.call(PyType.TYPE, PyStr.of("Error"), PyTuple.of(PyExc.Exception), ns);
        }
        return st.error;
    }

    static PyObject grouping(byte[] s) {
        PyList l = new PyList();
        if (s == null || s.length == 0) {
            return l;
        }
        for (byte b : s) {
            l.append(PyInt.of(b));
            if (b == 127) {
                return l;
            }
        }
        l.append(PyInt.ZERO);
        return l;
    }

    static PyObject localeconv() {
        Object[] f = Libc.localeconvFields();
        PyDict d = new PyDict();
        // CPython's order of keys
        d.putStr("int_curr_symbol", str((byte[]) f[3]));
        d.putStr("currency_symbol", str((byte[]) f[4]));
        d.putStr("mon_decimal_point", str((byte[]) f[5]));
        d.putStr("mon_thousands_sep", str((byte[]) f[6]));
        d.putStr("mon_grouping", grouping((byte[]) f[7]));
        d.putStr("positive_sign", str((byte[]) f[8]));
        d.putStr("negative_sign", str((byte[]) f[9]));
        for (int i = 0; i < LCONV_CHARS.length; i++) {
            d.putStr(LCONV_CHARS[i], PyInt.of((Integer) f[10 + i]));
        }
        d.putStr("decimal_point", str((byte[]) f[0]));
        d.putStr("thousands_sep", str((byte[]) f[1]));
        d.putStr("grouping", grouping((byte[]) f[2]));
        return d;
    }

    static PyObject str(byte[] b) {
        return b == null ? PyStr.EMPTY : Fs.decode(b);
    }

    private static final NativeFunction[] FUNCTIONS = {
        NativeFunction.of("setlocale", "category, locale=None, /", (s, a) -> {
            int cat = Abstract.asInt(a[0]);
            Interpreter interp = ThreadState.current().interp;
            byte[] loc = null;
            if (a[1] != Py.None) {
                if (!(a[1] instanceof PyStr ls)) {
                    throw Err.type("setlocale() argument 2 must be str or None, not %s", Err.tn(a[1]));
                }
                loc = ls.value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            byte[] r = cat < 0 || cat > 12 ? null : Libc.setlocale(cat, loc);
            if (r == null) {
                throw Err.raise(error(interp), PyStr.of("unsupported locale setting"));
            }
            return Fs.decode(r);
        }),
        NativeFunction.of("localeconv", s -> localeconv()),
        NativeFunction.of("nl_langinfo", "key, /", (s, a) -> {
            int key = Abstract.asInt(a[0]);
            for (int i = 1; i < CONSTANTS.length; i += 2) {
                if ((Integer) CONSTANTS[i] == key && !((String) CONSTANTS[i - 1]).startsWith("LC_")
                        && !CONSTANTS[i - 1].equals("CHAR_MAX")) {
                    byte[] r = Libc.nlLanginfo(key);
                    return str(r);
                }
            }
            throw Err.value("unsupported langinfo constant");
        }),
        NativeFunction.of("getencoding", s -> PyStr.of(IoModule.localeEncoding(ThreadState.current().interp))),
        NativeFunction.of("strcoll", "os1, os2, /", (s, a) -> {
            if (!(a[0] instanceof PyStr x) || !(a[1] instanceof PyStr y)) {
                throw Err.type("strcoll() argument must be str");
            }
            return PyInt.of(Integer.signum(PyStr.compare(x.value, y.value)));
        }),
        NativeFunction.of("strxfrm", "string, /", (s, a) -> {
            if (!(a[0] instanceof PyStr x)) {
                throw Err.type("strxfrm() argument must be str, not %s", Err.tn(a[0]));
            }
            return x;
        }),
        NativeFunction.of("gettext", "msg, /", (s, a) -> a[0]),
        NativeFunction.of("dgettext", "domain, msg, /", (s, a) -> a[1]),
        NativeFunction.of("dcgettext", "domain, msg, category, /", (s, a) -> a[1]),
        NativeFunction.of("textdomain", "domain, /", (s, a) -> a[0] == Py.None ? PyStr.of("messages") : a[0]),
        NativeFunction.of("bindtextdomain", "domain, dir, /", (s, a) -> a[1]),
        NativeFunction.of("bind_textdomain_codeset", "domain, codeset, /", (s, a) -> a[1]),
    };

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_locale");
        m.put("__doc__", PyStr.of("Support for POSIX locales."));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        for (int i = 0; i < CONSTANTS.length; i += 2) {
            m.put((String) CONSTANTS[i], PyInt.of((Integer) CONSTANTS[i + 1]));
        }
        m.put("Error", error(interp));
        return m;
    }
}
