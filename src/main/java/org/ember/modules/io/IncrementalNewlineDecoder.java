package org.ember.modules.io;

import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.Err;
import org.ember.objects.Instance;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyDict;
import org.ember.objects.PyInt;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;

/**
 * _io.IncrementalNewlineDecoder: wraps a decoder (or none, for str input) and translates
 * "\r\n" and "\r" to "\n" when asked, recording which newlines were seen. TextIOWrapper and
 * StringIO use the Java side of it directly.
 */
public final class IncrementalNewlineDecoder extends PyObject implements Instance {
    public static final PyType TYPE = PyType.builtin("IncrementalNewlineDecoder", IncrementalNewlineDecoder.class,
            IncrementalNewlineDecoder::define);

    static final int SEEN_LF = 1;
    static final int SEEN_CR = 2;
    static final int SEEN_CRLF = 4;

    /** The wrapped decoder, or null (input is already str). */
    TextCodec.Decoder decoder;
    /** The Python decoder object given to the constructor (None when absent). */
    PyObject decoderObj = Py.None;
    PyObject errors = PyStr.of("strict");
    boolean translate;
    boolean pendingCr;
    int seennl;
    boolean initialized;
    private PyDict dict;
    private final PyObject[] slots;

    public IncrementalNewlineDecoder(PyType type) {
        super(type);
        this.slots = type.slotCount == 0 ? null : new PyObject[type.slotCount];
    }

    /** A Java-side newline decoder over a Java decoder (or null). */
    static IncrementalNewlineDecoder over(TextCodec.Decoder decoder, boolean translate) {
        IncrementalNewlineDecoder d = new IncrementalNewlineDecoder(TYPE);
        d.decoder = decoder;
        d.translate = translate;
        d.initialized = true;
        return d;
    }

    @Override
    public PyDict getDict() {
        return dict == null ? dict = new PyDict() : dict;
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

    private void checkInit() {
        if (!initialized) {
            throw Err.value("IncrementalNewlineDecoder.__init__() not called");
        }
    }

    /** decode for bytes input through the wrapped decoder. */
    String decode(byte[] input, boolean fin) {
        String out = decoder == null ? new String(input, java.nio.charset.StandardCharsets.ISO_8859_1)
                : decoder.decode(input, fin);
        return process(out, fin);
    }

    /** The newline processing of already-decoded text. */
    String process(String output, boolean fin) {
        if (pendingCr && (fin || !output.isEmpty())) {
            output = "\r" + output;
            pendingCr = false;
        }
        if (!fin && !output.isEmpty() && output.charAt(output.length() - 1) == '\r') {
            output = output.substring(0, output.length() - 1);
            pendingCr = true;
        }
        if (output.isEmpty()) {
            return output;
        }
        int cr = output.indexOf('\r');
        if (cr < 0) {
            if (output.indexOf('\n') >= 0) {
                seennl |= SEEN_LF;
            }
            return output;
        }
        int n = output.length();
        boolean lf = false;
        boolean crOnly = false;
        boolean crlf = false;
        for (int i = 0; i < n; i++) {
            char c = output.charAt(i);
            if (c == '\n') {
                lf = true;
            } else if (c == '\r') {
                if (i + 1 < n && output.charAt(i + 1) == '\n') {
                    crlf = true;
                    i++;
                } else {
                    crOnly = true;
                }
            }
        }
        if (lf) {
            seennl |= SEEN_LF;
        }
        if (crOnly) {
            seennl |= SEEN_CR;
        }
        if (crlf) {
            seennl |= SEEN_CRLF;
        }
        if (translate) {
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                char c = output.charAt(i);
                if (c == '\r') {
                    if (i + 1 < n && output.charAt(i + 1) == '\n') {
                        i++;
                    }
                    sb.append('\n');
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }
        return output;
    }

    byte[] statePending() {
        return decoder == null ? new byte[0] : decoder.statePending();
    }

    long stateFlags() {
        long flags = decoder == null ? 0 : decoder.stateFlags() << 1;
        return pendingCr ? flags | 1 : flags;
    }

    void setState(byte[] pending, long flags) {
        pendingCr = (flags & 1) != 0;
        if (decoder != null) {
            decoder.setState(pending, flags >>> 1);
        }
    }

    void reset() {
        seennl = 0;
        pendingCr = false;
        if (decoder != null) {
            decoder.reset();
        }
    }

    PyObject newlines() {
        return switch (seennl) {
            case SEEN_CR -> PyStr.of("\r");
            case SEEN_LF -> PyStr.of("\n");
            case SEEN_CRLF -> PyStr.of("\r\n");
            case SEEN_CR | SEEN_LF -> PyTuple.of(PyStr.of("\r"), PyStr.of("\n"));
            case SEEN_CR | SEEN_CRLF -> PyTuple.of(PyStr.of("\r"), PyStr.of("\r\n"));
            case SEEN_LF | SEEN_CRLF -> PyTuple.of(PyStr.of("\n"), PyStr.of("\r\n"));
            case SEEN_CR | SEEN_LF | SEEN_CRLF -> PyTuple.of(PyStr.of("\r"), PyStr.of("\n"), PyStr.of("\r\n"));
            default -> Py.None;
        };
    }

    private static IncrementalNewlineDecoder self(PyObject o) {
        IncrementalNewlineDecoder d = (IncrementalNewlineDecoder) o;
        d.checkInit();
        return d;
    }

    private static void define(PyType t) {
        t.module("_io").flags(PyType.BASETYPE);
        t.doc("Codec used when reading a file in universal newlines mode.\n\nIt wraps another incremental decoder, "
                + "translating \\r\\n and \\r into \\n.\nIt also records the types of newlines encountered.  When used "
                + "with\ntranslate=False, it ensures that the newline sequence is returned in\none piece. When used "
                + "with decoder=None, it expects unicode strings as\ndecode input and translates newlines without first "
                + "invoking an external\ndecoder.");
        t.tp_alloc = IncrementalNewlineDecoder::new;
        t.tp_new = (type, args, kw) -> type.tp_alloc.alloc(type);
        ArgParser p = new ArgParser("IncrementalNewlineDecoder", "decoder, translate, errors='strict'");
        t.tp_init = (self, args, kw) -> {
            PyObject[] a = p.bind(args, kw);
            IncrementalNewlineDecoder d = (IncrementalNewlineDecoder) self;
            d.decoderObj = a[0];
            d.decoder = a[0] == Py.None ? null : new TextCodec.PyDecoder(a[0]);
            d.translate = Abstract.isTrue(a[1]);
            d.errors = a[2];
            d.seennl = 0;
            d.pendingCr = false;
            d.initialized = true;
        };
        t.method("decode", "input, final=False", (self, a) -> {
            IncrementalNewlineDecoder d = self(self);
            boolean fin = Abstract.isTrue(a[1]);
            String out;
            if (d.decoder == null) {
                if (!(a[0] instanceof PyStr s)) {
                    throw Err.type("decoder should return a string result, not '%s'", Err.tn(a[0]));
                }
                out = s.value;
            } else if (d.decoder instanceof TextCodec.PyDecoder pd) {
                PyObject r = Abstract.callMethod(pd.obj, "decode", a[0], Py.bool(fin));
                if (!(r instanceof PyStr s)) {
                    throw Err.type("decoder should return a string result, not '%s'", Err.tn(r));
                }
                out = s.value;
            } else {
                out = d.decoder.decode(IoModule.bytesOf(a[0]), fin);
            }
            return PyStr.of(d.process(out, fin));
        });
        t.method0("getstate", self -> {
            IncrementalNewlineDecoder d = self(self);
            if (d.decoder instanceof TextCodec.PyDecoder pd) {
                PyObject st = Abstract.callMethod(pd.obj, "getstate");
                if (!(st instanceof PyTuple tt) || tt.size() != 2) {
                    throw Err.type("illegal decoder state");
                }
                PyObject flag = Abstract.lshift(Abstract.index(tt.get(1)), PyInt.ONE);
                if (d.pendingCr) {
                    flag = Abstract.or(flag, PyInt.ONE);
                }
                return PyTuple.of(tt.get(0), flag);
            }
            return PyTuple.of(PyBytes.of(d.statePending()), PyInt.of(d.stateFlags()));
        });
        t.method1("setstate", (self, state) -> {
            IncrementalNewlineDecoder d = self(self);
            if (!(state instanceof PyTuple st)) {
                throw Err.type("state argument must be a tuple");
            }
            if (st.size() != 2) {
                throw Err.type("setstate() argument must be a tuple of two items");
            }
            PyObject flag = Abstract.index(st.get(1));
            d.pendingCr = Abstract.isTrue(Abstract.and(flag, PyInt.ONE));
            if (d.decoder instanceof TextCodec.PyDecoder pd) {
                Abstract.callMethod(pd.obj, "setstate", PyTuple.of(st.get(0), Abstract.rshift(flag, PyInt.ONE)));
            } else if (d.decoder != null) {
                d.decoder.setState(IoModule.bytesOf(st.get(0)), Abstract.asLong(flag) >>> 1);
            }
            return Py.None;
        });
        t.method0("reset", self -> {
            self(self).reset();
            return Py.None;
        });
        t.getset("newlines", self -> self(self).newlines());
    }
}
