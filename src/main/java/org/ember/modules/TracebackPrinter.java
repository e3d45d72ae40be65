package org.ember.modules;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ember.ast.Expr;
import org.ember.ast.Mod;
import org.ember.ast.Positions;
import org.ember.ast.Stmt;
import org.ember.objects.Abstract;
import org.ember.objects.Py;
import org.ember.objects.PyAttributeError;
import org.ember.objects.PyBaseException;
import org.ember.objects.PyBaseExceptionGroup;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyNameError;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTraceback;
import org.ember.objects.PyType;
import org.ember.parser.Parser;

/**
 * The default display of exceptions (CPython 3.11's PyErr_Display): tracebacks with source
 * lines and ~~~^^^ position markers, chained exceptions, exception groups drawn with margins,
 * notes, "Did you mean" suggestions and SyntaxError carets, written to a Python file object.
 */
public final class TracebackPrinter {
    private TracebackPrinter() {}

    private static final String TB_HEADER = "Traceback (most recent call last):\n";
    private static final String GROUP_TB_HEADER = "Exception Group Traceback (most recent call last):\n";
    private static final String CAUSE = "The above exception was the direct cause of the following exception:\n";
    private static final String CONTEXT = "During handling of the above exception, another exception occurred:\n";
    private static final int RECURSIVE_CUTOFF = 3;
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    private static final class Ctx {
        final StringBuilder out = new StringBuilder();
        int groupDepth;
        boolean needClose;
        final IdentityHashMap<PyObject, Boolean> seen = new IdentityHashMap<>();

        String margin() {
            return groupDepth > 0 ? "| " : "";
        }

        int indent() {
            return 2 * groupDepth;
        }

        void indentedMargin() {
            indentedMargin(indent(), margin());
        }

        void indentedMargin(int indent, String margin) {
            out.append(" ".repeat(indent));
            if (margin != null) {
                out.append(margin);
            }
        }
    }

    /** Formats an exception as the default excepthook prints it. */
    public static String format(PyObject value) {
        Ctx ctx = new Ctx();
        try {
            printRecursive(ctx, value);
        } catch (PyException | StackOverflowError e) {
            // As CPython: report what could be formatted.
        }
        return ctx.out.toString();
    }

    /** sys.excepthook's work: writes the formatted exception to file (a Python text stream). */
    public static void printException(PyObject value, PyObject file) {
        String text = format(value);
        write(file, text);
    }

    static void write(PyObject file, String text) {
        ThreadStateOut.write(file, text);
    }

    private static void printRecursive(Ctx ctx, PyObject value) {
        printCauseAndContext(ctx, value);
        if (value instanceof PyBaseExceptionGroup g) {
            printGroup(ctx, g);
        } else {
            printOne(ctx, value);
        }
    }

    private static void printCauseAndContext(Ctx ctx, PyObject value) {
        ctx.seen.put(value, Boolean.TRUE);
        if (!(value instanceof PyBaseException e)) {
            return;
        }
        if (e.cause != null) {
            if (!ctx.seen.containsKey(e.cause)) {
                printChained(ctx, e.cause, CAUSE);
            }
            return;
        }
        if (e.suppressContext) {
            return;
        }
        if (e.context != null && !ctx.seen.containsKey(e.context)) {
            printChained(ctx, e.context, CONTEXT);
        }
    }

    private static void printChained(Ctx ctx, PyObject value, String message) {
        boolean needClose = ctx.needClose;
        printRecursive(ctx, value);
        ctx.needClose = needClose;
        ctx.indentedMargin();
        ctx.out.append('\n');
        ctx.indentedMargin();
        ctx.out.append(message);
        ctx.indentedMargin();
        ctx.out.append('\n');
    }

    private static void printGroup(Ctx ctx, PyBaseExceptionGroup value) {
        if (ctx.groupDepth > MAX_GROUP_DEPTH) {
            ctx.indentedMargin();
            ctx.out.append("... (max_group_depth is ").append(MAX_GROUP_DEPTH).append(")\n");
            return;
        }
        if (ctx.groupDepth == 0) {
            ctx.groupDepth++;
        }
        printOne(ctx, value);
        PyObject[] excs = value.exceptions.items();
        int n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
        ctx.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                ctx.needClose = true;
            }
            ctx.out.append(" ".repeat(ctx.indent()));
            boolean truncated = i >= MAX_GROUP_WIDTH;
            String head = i == 0 ? "+-" : "  ";
            if (!truncated) {
                ctx.out.append(head).append("+---------------- ").append(i + 1).append(" ----------------\n");
            } else {
                ctx.out.append(head).append("+---------------- ... ----------------\n");
            }
            ctx.groupDepth++;
            if (!truncated) {
                printRecursive(ctx, excs[i]);
            } else {
                int remaining = excs.length - MAX_GROUP_WIDTH;
                ctx.indentedMargin();
                ctx.out.append("and ").append(remaining).append(" more exception").append(remaining > 1 ? "s" : "").append('\n');
            }
            if (last && ctx.needClose) {
                ctx.out.append(" ".repeat(ctx.indent())).append("+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.groupDepth--;
        }
        if (ctx.groupDepth == 1) {
            ctx.groupDepth--;
        }
    }

    private static void printOne(Ctx ctx, PyObject value) {
        if (!(value instanceof PyBaseException e)) {
            ctx.indentedMargin();
            ctx.out.append("TypeError: print_exception(): Exception expected for value, ").append(value.type.getName())
                    .append(" found\n");
            return;
        }
        if (e.traceback != null) {
            String headerMargin = ctx.margin();
            String header = TB_HEADER;
            if (e instanceof PyBaseExceptionGroup) {
                header = GROUP_TB_HEADER;
                if (ctx.groupDepth == 1) {
                    headerMargin = "+ ";
                }
            }
            printTraceback(ctx, e.traceback, headerMargin, header);
        }
        PyType type = e.type;
        PyObject messageValue = value;
        PyObject pfl = Abstract.lookupAttr(value, "print_file_and_line");
        if (pfl != null) {
            PyObject msg = printFileAndLine(ctx, e);
            if (msg != null) {
                messageValue = msg;
            }
        }
        ctx.indentedMargin();
        PyObject mod = Abstract.lookupAttr(type, "__module__");
        if (!(mod instanceof PyStr ms)) {
            ctx.out.append("<unknown>");
        } else {
            if (!ms.value.equals("builtins") && !ms.value.equals("__main__")) {
                ctx.out.append(ms.value).append('.');
            }
            PyObject qn = type.getQualname();
            ctx.out.append(qn instanceof PyStr q ? q.value : type.getName());
        }
        if (messageValue != Py.None) {
            try {
                PyObject s = Abstract.str(messageValue);
                if (!(s instanceof PyStr ss) || !ss.value.isEmpty()) {
                    ctx.out.append(": ");
                }
                ctx.out.append(((PyStr) s).value);
            } catch (PyException ex) {
                ctx.out.append(": <exception str() failed>");
            }
        }
        try {
            String sug = suggestion(e);
            if (sug != null) {
                ctx.out.append(sug);
            }
        } catch (PyException ex) {
            // suggestions are best effort, as in CPython
        }
        ctx.out.append('\n');
        printNotes(ctx, e);
    }

    private static void printNotes(Ctx ctx, PyBaseException e) {
        PyObject notes = Abstract.lookupAttr(e, "__notes__");
        if (notes == null) {
            return;
        }
        if (!Abstract.isSequence(notes)) {
            ctx.indentedMargin();
            try {
                ctx.out.append(Abstract.reprJava(notes));
            } catch (PyException ex) {
                ctx.out.append("<__notes__ repr() failed>");
            }
            ctx.out.append('\n');
            return;
        }
        long n = Abstract.length(notes);
        for (long i = 0; i < n; i++) {
            PyObject note = Abstract.getItem(notes, PyInt.of(i));
            String s;
            try {
                s = Abstract.strJava(note);
            } catch (PyException ex) {
                ctx.out.append("<note str() failed>\n");
                continue;
            }
            for (String line : splitLinesKeepEnds(s)) {
                ctx.indentedMargin();
                ctx.out.append(line);
            }
            ctx.out.append('\n');
        }
    }

    private static List<String> splitLinesKeepEnds(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean eol = c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                    || c == 0x85 || c == 0x2028 || c == 0x2029;
            if (eol) {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                out.add(s.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }

    // ---- SyntaxError ------------------------------------------------------------------------

    /** Prints the File/line/caret block of a SyntaxError; returns its msg (printed instead of str(e)). */
    private static PyObject printFileAndLine(Ctx ctx, PyBaseException e) {
        PyObject message;
        String filename;
        long lineno;
        long offset;
        long endLineno;
        long endOffset;
        PyObject text;
        try {
            message = Abstract.getAttr(e, "msg");
            PyObject fn = Abstract.getAttr(e, "filename");
            filename = fn == Py.None ? "<string>" : Abstract.strJava(fn);
            lineno = Abstract.asLong(Abstract.getAttr(e, "lineno"));
            PyObject off = Abstract.getAttr(e, "offset");
            offset = off == Py.None ? -1 : Abstract.asLong(off);
            if (e.type == PyExc.SyntaxError) {
                PyObject el = Abstract.lookupAttr(e, "end_lineno");
                endLineno = el == null || el == Py.None ? lineno : Abstract.asLong(el);
                PyObject eo = Abstract.lookupAttr(e, "end_offset");
                endOffset = eo == null || eo == Py.None ? -1 : Abstract.asLong(eo);
            } else {
                endLineno = lineno;
                endOffset = -1;
            }
            text = Abstract.getAttr(e, "text");
        } catch (PyException ex) {
            return null;
        }
        ctx.indentedMargin();
        ctx.out.append("  File \"").append(filename).append("\", line ").append(lineno).append('\n');
        if (text != Py.None) {
            String t = Abstract.strJava(text);
            byte[] utf8 = t.getBytes(StandardCharsets.UTF_8);
            int lineSize = utf8.length;
            if (endLineno > lineno) {
                endOffset = lineSize;
            }
            if (endOffset > lineSize + 1) {
                endOffset = lineSize + 1;
            }
            printErrorText(ctx, offset, endOffset, utf8);
        }
        return message;
    }

    /** CPython's print_error_text (works on the UTF-8 bytes, as CPython does). */
    private static void printErrorText(Ctx ctx, long offset, long endOffset, byte[] text) {
        long caretRepetitions = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        offset--;
        int start = 0;
        while (start < text.length && (text[start] == ' ' || text[start] == '\t' || text[start] == '\f')) {
            start++;
            offset--;
        }
        int len = text.length - start;
        if (len > 0 && text[text.length - 1] == '\n') {
            len--;
        }
        if (offset > len) {
            offset = len;
        }
        while (true) {
            int nl = -1;
            for (int i = start; i < text.length; i++) {
                if (text[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            if (nl < 0) {
                break;
            }
            int inl = nl - start;
            if (inl >= offset) {
                break;
            }
            inl += 1;
            start += inl;
            len -= inl;
            offset -= inl;
        }
        ctx.out.append("    ");
        String shown = new String(text, start, text.length - start, StandardCharsets.UTF_8);
        ctx.out.append(shown);
        if (start + len >= text.length || text[start + len] != '\n') {
            ctx.out.append('\n');
        }
        if (offset < 0) {
            return;
        }
        ctx.out.append("    ");
        while (--offset >= 0) {
            ctx.out.append(' ');
        }
        for (long i = 0; i < caretRepetitions; i++) {
            ctx.out.append('^');
        }
        ctx.out.append('\n');
    }

    // ---- traceback entries --------------------------------------------------------------------

    private static void printTraceback(Ctx ctx, PyTraceback tb, String headerMargin, String header) {
        long limit = 1000;
        PyObject lim = SysModule.get("tracebacklimit");
        if (lim instanceof PyInt li) {
            limit = li.isSmall() ? li.longValue() : Long.MAX_VALUE;
            if (limit <= 0) {
                return;
            }
        }
        ctx.indentedMargin(ctx.indent(), headerMargin);
        ctx.out.append(header);
        int depth = 0;
        for (PyTraceback t = tb; t != null; t = t.next) {
            depth++;
        }
        while (tb != null && depth > limit) {
            depth--;
            tb = tb.next;
        }
        String lastFile = null;
        int lastLine = -1;
        String lastName = null;
        long cnt = 0;
        for (; tb != null; tb = tb.next) {
            String[] fileAndName = codeInfo(tb.frame);
            String file = fileAndName[0];
            String name = fileAndName[1];
            if (lastFile == null || !file.equals(lastFile) || lastLine == -1 || tb.lineno != lastLine || lastName == null
                    || !name.equals(lastName)) {
                if (cnt > RECURSIVE_CUTOFF) {
                    printRepeated(ctx, cnt);
                }
                lastFile = file;
                lastLine = tb.lineno;
                lastName = name;
                cnt = 0;
            }
            cnt++;
            if (cnt <= RECURSIVE_CUTOFF) {
                displayLine(ctx, tb, file, name);
            }
        }
        if (cnt > RECURSIVE_CUTOFF) {
            printRepeated(ctx, cnt);
        }
    }

    private static void printRepeated(Ctx ctx, long cnt) {
        cnt -= RECURSIVE_CUTOFF;
        ctx.out.append(cnt > 1 ? "  [Previous line repeated " + cnt + " more times]\n"
                : "  [Previous line repeated " + cnt + " more time]\n");
    }

    /** {co_filename, co_name} of a frame. */
    private static String[] codeInfo(PyObject frame) {
        try {
            PyObject code = Abstract.getAttr(frame, "f_code");
            return new String[] {Abstract.strJava(Abstract.getAttr(code, "co_filename")),
                Abstract.strJava(Abstract.getAttr(code, "co_name"))};
        } catch (PyException e) {
            return new String[] {"???", "???"};
        }
    }

    private static void displayLine(Ctx ctx, PyTraceback tb, String file, String name) {
        ctx.indentedMargin();
        ctx.out.append("  File \"").append(file).append("\", line ").append(tb.lineno).append(", in ").append(name).append('\n');
        String line = SourceLines.get(file, tb.lineno);
        if (line == null) {
            return;
        }
        int lead = 0;
        while (lead < line.length() && (line.charAt(lead) == ' ' || line.charAt(lead) == '\t' || line.charAt(lead) == '\f')) {
            lead++;
        }
        String stripped = line.substring(lead);
        ctx.indentedMargin();
        ctx.out.append("    ").append(stripped).append('\n');
        if (tb.lineno != tb.lineno || tb.colOffset < 0 || tb.endColOffset < 0 || tb.endLineno < 0) {
            return;
        }
        int start = byteToCharOffset(line, tb.colOffset);
        int end = byteToCharOffset(line, tb.endColOffset);
        if (start < 0 || end < 0) {
            return;
        }
        int[] anchors = {-1, -1};
        char[] chars = {'^', '^'};
        if (tb.lineno == tb.endLineno) {
            findAnchors(file, line, start, end, anchors, chars);
        } else {
            int i = line.length();
            while (--i >= 0) {
                char c = line.charAt(i);
                if (c != ' ' && c != '\t' && c != '\f') {
                    break;
                }
            }
            end = i + 1;
        }
        int truncation = lead - 4;
        int strippedLen = line.length() - truncation - 4;
        boolean secondary = anchors[0] != -1 || anchors[1] != -1;
        if (end - start == strippedLen && !secondary) {
            return;
        }
        ctx.indentedMargin();
        int off = truncation;
        while (++off <= end) {
            if (off <= start) {
                ctx.out.append(' ');
            } else if (secondary && anchors[0] < off && off <= anchors[1]) {
                ctx.out.append(chars[1]);
            } else {
                ctx.out.append(chars[0]);
            }
        }
        ctx.out.append('\n');
    }

    /** Characters in the UTF-8 prefix of {@code line} of {@code byteOffset} bytes (CPython's byte_offset_to_character_offset). */
    static int byteToCharOffset(String line, int byteOffset) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        if (byteOffset > b.length) {
            byteOffset = b.length;
        }
        String prefix = new String(b, 0, byteOffset, StandardCharsets.UTF_8);
        return prefix.codePointCount(0, prefix.length());
    }

    /**
     * Anchors of the primary error inside [start, end): for a binary operation the operator
     * (~~~^~~~), for a subscript the brackets (~~~^^^). Sets anchors {left_end, right_start}.
     */
    private static void findAnchors(String file, String line, int start, int end, int[] anchors, char[] chars) {
        String segment = line.substring(line.offsetByCodePoints(0, start), line.offsetByCodePoints(0, Math.min(end, line.codePointCount(0, line.length()))));
        Mod mod;
        try {
            mod = Parser.parse(segment, file, Parser.Mode.EXEC);
        } catch (Exception e) {
            return;
        }
        if (!(mod instanceof Mod.Module m) || m.body().size() != 1 || !(m.body().get(0) instanceof Stmt.ExprStmt se)) {
            return;
        }
        byte[] seg = segment.getBytes(StandardCharsets.UTF_8);
        int left;
        int right;
        Expr ex = se.value();
        if (ex instanceof Expr.BinOp bin) {
            left = -1;
            right = -1;
            for (int i = Positions.endColOffset(bin.left()); i < Positions.colOffset(bin.right()); i++) {
                if (isWs(seg[i])) {
                    continue;
                }
                left = i;
                right = i + 1;
                if (i + 1 < Positions.colOffset(bin.right()) && !isWs(seg[i + 1])) {
                    right++;
                }
                if (i + 1 < Positions.colOffset(bin.right()) && seg[i] == ')') {
                    continue;
                }
                chars[0] = '~';
                chars[1] = '^';
                break;
            }
            if (left < 0) {
                return;
            }
        } else if (ex instanceof Expr.Subscript sub) {
            left = Positions.endColOffset(sub.value());
            right = Positions.endColOffset(sub.slice()) + 1;
            int n = seg.length;
            while (left < n && (isWs(seg[left]) || seg[left] != '[')) {
                left++;
            }
            while (right < n && (isWs(seg[right]) || seg[right] != ']')) {
                right++;
            }
            if (right < n) {
                right++;
            }
            chars[0] = '~';
            chars[1] = '^';
        } else {
            return;
        }
        anchors[0] = byteToCharOffset(segment, left) + start;
        anchors[1] = byteToCharOffset(segment, right) + start;
    }

    private static boolean isWs(byte c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    // ---- suggestions ---------------------------------------------------------------------------

    private static String suggestion(PyBaseException e) {
        if (e.type == PyExc.AttributeError && e instanceof PyAttributeError ae) {
            if (!(ae.name instanceof PyStr name) || name.type != PyStr.TYPE || ae.obj == Py.None && ae.obj == null) {
                return null;
            }
            PyObject dir = Abstract.call(Builtins_dir(), ae.obj);
            PyObject s = Suggestions.calculate(dir, name.value);
            return s == null ? null : ". Did you mean: " + Abstract.reprJava(s) + "?";
        }
        if (e.type == PyExc.NameError && e instanceof PyNameError ne) {
            if (!(ne.name instanceof PyStr name) || name.type != PyStr.TYPE || e.traceback == null) {
                return null;
            }
            PyTraceback tb = e.traceback;
            while (tb.next != null) {
                tb = tb.next;
            }
            PyObject frame = tb.frame;
            PyObject code = Abstract.getAttr(frame, "f_code");
            PyObject varnames = Abstract.getAttr(code, "co_varnames");
            PyObject s = Suggestions.calculate(new PyList(Abstract.toArray(varnames)), name.value);
            if (s == null) {
                PyObject g = Abstract.getAttr(frame, "f_globals");
                s = Suggestions.calculate(new PyList(Abstract.toArray(g)), name.value);
            }
            if (s == null) {
                PyObject b = Abstract.getAttr(frame, "f_builtins");
                s = Suggestions.calculate(new PyList(Abstract.toArray(b)), name.value);
            }
            return s == null ? null : ". Did you mean: " + Abstract.reprJava(s) + "?";
        }
        return null;
    }

    private static PyObject Builtins_dir() {
        return org.ember.objects.Builtins.builtin("dir");
    }

    // ---- unraisable ---------------------------------------------------------------------------

    /** The default sys.unraisablehook: "Exception ignored in: obj" and the traceback. */
    public static void printUnraisable(PyObject arg, PyObject file) {
        if (file == null || file == Py.None) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        PyObject obj = Abstract.lookupAttr(arg, "object");
        PyObject msg = Abstract.lookupAttr(arg, "err_msg");
        PyObject excValue = Abstract.lookupAttr(arg, "exc_value");
        if (obj != null && obj != Py.None) {
            String m = msg instanceof PyStr ms ? ms.value : "Exception ignored in";
            String r;
            try {
                r = Abstract.reprJava(obj);
            } catch (PyException e) {
                r = "<object repr() failed>";
            }
            sb.append(m).append(": ").append(r).append('\n');
        } else if (msg instanceof PyStr ms) {
            sb.append(ms.value).append(":\n");
        }
        write(file, sb.toString());
        if (excValue != null && excValue != Py.None) {
            write(file, format(excValue));
        }
    }

    /** "msg:" followed by the exception, on sys.stderr (CPython's _PyErr_WriteUnraisableMsg without object). */
    public static void printUnraisableException(PyObject exc, String msg) {
        PyObject err = SysModule.get("stderr");
        write(err, msg + ":\n" + format(exc));
    }

    /** "Exception ignored in: repr(obj)" followed by the exception, on sys.stderr. */
    public static void printUnraisableObject(PyObject exc, PyObject obj) {
        PyObject err = SysModule.get("stderr");
        String r;
        try {
            r = Abstract.reprJava(obj);
        } catch (PyException e) {
            r = "<object repr() failed>";
        }
        String text = "Exception ignored in: " + r + "\n" + format(exc);
        try {
            write(err, text);
        } catch (PyException e) {
            org.ember.runtime.ThreadState ts = org.ember.runtime.ThreadState.current();
            ts.interp.rawStderr.print(text);
            ts.interp.rawStderr.flush();
        }
    }

    /** Source lines read from files as CPython's traceback does (coding cookie honoured). */
    static final class SourceLines {
        private SourceLines() {}

        private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

        static String get(String filename, int lineno) {
            byte[] data;
            try {
                Path p = Path.of(filename);
                if (!Files.isRegularFile(p)) {
                    return null;
                }
                data = Files.readAllBytes(p);
            } catch (Exception e) {
                return null;
            }
            Charset cs = StandardCharsets.UTF_8;
            int start = data.length >= 3 && (data[0] & 0xff) == 0xef && (data[1] & 0xff) == 0xbb && (data[2] & 0xff) == 0xbf ? 3 : 0;
            String head = new String(data, start, Math.min(data.length - start, 400), StandardCharsets.ISO_8859_1);
            String[] first = head.split("\n", 3);
            for (int i = 0; i < Math.min(2, first.length); i++) {
                Matcher m = CODING.matcher(first[i]);
                if (m.find()) {
                    try {
                        String enc = m.group(1).toLowerCase();
                        if (!enc.equals("utf-8") && !enc.startsWith("utf-8-") && !enc.equals("utf8")) {
                            cs = Charset.forName(enc.replace('_', '-'));
                        }
                    } catch (Exception e) {
                        return null;
                    }
                    break;
                }
                if (!first[i].isBlank() && !first[i].trim().startsWith("#")) {
                    break;
                }
            }
            String text = new String(data, start, data.length - start, cs);
            int line = 1;
            int i = 0;
            while (line < lineno && i < text.length()) {
                char c = text.charAt(i++);
                if (c == '\n') {
                    line++;
                } else if (c == '\r') {
                    if (i < text.length() && text.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                }
            }
            if (line != lineno || i >= text.length()) {
                return null;
            }
            int j = i;
            while (j < text.length() && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
                j++;
            }
            return text.substring(i, j);
        }
    }

    static void unused(PyDict d) {
    }
}
