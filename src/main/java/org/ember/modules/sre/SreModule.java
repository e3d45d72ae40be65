package org.ember.modules.sre;

import org.ember.objects.Abstract;
import org.ember.objects.BufferProtocol;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyDict;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.runtime.Interpreter;

/**
 * _sre: the regular expression engine behind re (CPython 3.11's Modules/_sre). The parser and
 * compiler are CPython's pure-Python re package; this module receives the compiled code.
 */
public final class SreModule {
    private SreModule() {}

    private static final NativeFunction COMPILE = NativeFunction.of("compile",
            "pattern, flags, code, groups, groupindex, indexgroup", (self, a) -> compile(a[0], a[1], a[2], a[3], a[4], a[5]));
    private static final NativeFunction GETCODESIZE = NativeFunction.of("getcodesize",
            self -> PyInt.of(SreConstants.CODESIZE));
    private static final NativeFunction ASCII_ISCASED = NativeFunction.of("ascii_iscased", "character, /",
            (self, a) -> Py.bool(SreChars.asciiIscased(Abstract.asInt(a[0]))));
    private static final NativeFunction UNICODE_ISCASED = NativeFunction.of("unicode_iscased", "character, /",
            (self, a) -> Py.bool(SreChars.unicodeIscased(Abstract.asInt(a[0]))));
    private static final NativeFunction ASCII_TOLOWER = NativeFunction.of("ascii_tolower", "character, /",
            (self, a) -> PyInt.of(asciiToLower(Abstract.asInt(a[0]))));
    private static final NativeFunction UNICODE_TOLOWER = NativeFunction.of("unicode_tolower", "character, /",
            (self, a) -> PyInt.of(SreChars.lowerUnicode(Abstract.asInt(a[0]))));

    private static final PyStr COPYRIGHT = PyStr.immortal(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ");

    public static PyModule create(Interpreter interp) {
        PyType.ready(PyPattern.TYPE, PyMatch.TYPE, PyScanner.TYPE, org.ember.objects.PyCallIter.TYPE);
        PyModule m = new PyModule("_sre");
        m.put("MAGIC", PyInt.of(SreConstants.MAGIC));
        m.put("CODESIZE", PyInt.of(SreConstants.CODESIZE));
        m.put("MAXREPEAT", PyInt.of(SreConstants.MAXREPEAT));
        m.put("MAXGROUPS", PyInt.of(SreConstants.MAXGROUPS));
        m.put("copyright", COPYRIGHT);
        m.function(COMPILE);
        m.function(GETCODESIZE);
        m.function(ASCII_ISCASED);
        m.function(UNICODE_ISCASED);
        m.function(ASCII_TOLOWER);
        m.function(UNICODE_TOLOWER);
        return m;
    }

    /** sre_lower_ascii on an unsigned int: ch < 128 ? tolower : ch. */
    private static int asciiToLower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    /** _sre.compile(pattern, flags, code, groups, groupindex, indexgroup). */
    public static PyPattern compile(PyObject pattern, PyObject flagsObj, PyObject codeObj, PyObject groupsObj,
            PyObject groupindexObj, PyObject indexgroupObj) {
        int flags = Abstract.asInt(flagsObj);
        if (!(codeObj instanceof PyList codeList)) {
            throw Err.type("compile() argument 'code' must be list, not %s", Err.tn(codeObj));
        }
        long groups = PyPattern.ssize(groupsObj);
        if (!(groupindexObj instanceof PyDict groupindex)) {
            throw Err.type("compile() argument 'groupindex' must be dict, not %s", Err.tn(groupindexObj));
        }
        if (!(indexgroupObj instanceof PyTuple indexgroup)) {
            throw Err.type("compile() argument 'indexgroup' must be tuple, not %s", Err.tn(indexgroupObj));
        }
        int n = codeList.size();
        int[] code = new int[n];
        for (int i = 0; i < n; i++) {
            PyObject o = codeList.get(i);
            if (!(o instanceof PyInt v)) {
                throw Err.type("an integer is required");
            }
            if (v.signum() < 0) {
                throw Err.overflow("can't convert negative int to unsigned");
            }
            if (!v.isSmall()) {
                throw Err.overflow("int too big to convert");
            }
            long x = v.longValue();
            if (x > 0xFFFFFFFFL) {
                throw Err.overflow("regular expression code size limit exceeded");
            }
            code[i] = (int) x;
        }
        int isbytes;
        if (pattern == Py.None) {
            isbytes = -1;
        } else if (pattern instanceof PyStr) {
            isbytes = 0;
        } else if (pattern instanceof BufferProtocol || pattern instanceof org.ember.objects.PyBytes) {
            isbytes = 1;
        } else {
            throw Err.type("expected string or bytes-like object, got '%s'", Err.tn(pattern));
        }
        SreCode prog = SreCode.of(code, groups);
        if (prog == null) {
            throw Err.runtime("invalid SRE code");
        }
        boolean named = groupindex.size() > 0;
        return new PyPattern(pattern, flags, prog, (int) groups, named ? groupindex : null,
                named && indexgroup.size() > 0 ? indexgroup : null, isbytes);
    }
}
