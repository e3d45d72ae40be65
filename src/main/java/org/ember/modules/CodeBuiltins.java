package org.ember.modules;

import java.nio.charset.StandardCharsets;

import org.ember.compiler.Compiler;
import org.ember.interp.Eval;
import org.ember.interp.PyCode;
import org.ember.interp.PyFrame;
import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.BufferProtocol;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyDict;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.runtime.ThreadState;

/** The builtins that compile and run code: compile(), exec() and eval(). */
final class CodeBuiltins {
    private CodeBuiltins() {}

    private static final int ALL_FLAGS = Compiler.PyCF_MASK | Compiler.PyCF_ONLY_AST | Compiler.PyCF_TYPE_COMMENTS
            | Compiler.PyCF_ALLOW_TOP_LEVEL_AWAIT | Compiler.PyCF_SOURCE_IS_UTF8 | Compiler.PyCF_DONT_IMPLY_DEDENT
            | Compiler.PyCF_IGNORE_COOKIE | Compiler.PyCF_ALLOW_INCOMPLETE_INPUT;

    static NativeFunction compileFunction() {
        return NativeFunction.of("compile",
                "source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1",
                (self, a) -> compile(a[0], a[1], a[2], Abstract.asInt(a[3]), Abstract.isTrue(a[4]), Abstract.asInt(a[5])));
    }

    static NativeFunction execFunction() {
        return NativeFunction.of("exec", "source, globals=None, locals=None, /, *, closure=None", (self, a) -> {
            run(a[0], a[1], a[2], "exec");
            return Py.None;
        });
    }

    static NativeFunction evalFunction() {
        return NativeFunction.of("eval", "source, globals=None, locals=None, /", (self, a) -> run(a[0], a[1], a[2], "eval"));
    }

    private static String filename(PyObject f) {
        if (f instanceof PyStr s) {
            return s.value;
        }
        if (f instanceof PyBytes b) {
            return new String(b.bytes(), StandardCharsets.UTF_8);
        }
        PyObject fspath = Abstract.lookupAttr(f.type, "__fspath__");
        if (fspath != null) {
            return filename(Abstract.callBound(fspath, f));
        }
        throw Err.type("compile() argument 'filename' must be str, bytes or os.PathLike, not %s", Err.tn(f));
    }

    static PyObject compile(PyObject source, PyObject filenameObj, PyObject modeObj, int flags, boolean dontInherit, int optimize) {
        String filename = filename(filenameObj);
        if (!(modeObj instanceof PyStr ms)) {
            throw Err.type("compile() argument 'mode' must be str, not %s", Err.tn(modeObj));
        }
        String mode = ms.value;
        if ((flags & ~ALL_FLAGS) != 0) {
            throw Err.value("compile(): unrecognised flags");
        }
        if (optimize < -1 || optimize > 2) {
            throw Err.value("compile(): invalid optimize value");
        }
        boolean onlyAst = (flags & Compiler.PyCF_ONLY_AST) != 0;
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single") && !(mode.equals("func_type") && onlyAst)) {
            throw Err.value(onlyAst ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                    : "compile() mode must be 'exec', 'eval' or 'single'");
        }
        if (optimize == -1) {
            optimize = ThreadState.current().interp.config.optimize;
        }
        if (AstBridge.isAst(source)) {
            if (onlyAst) {
                return source;
            }
            return Compiler.compile(AstBridge.fromPython(source, mode), filename, mode, flags, optimize);
        }
        if (onlyAst) {
            return AstBridge.parse(source, filename, mode, flags);
        }
        if (source instanceof PyStr s) {
            return Compiler.compile(s.value, filename, mode, flags, dontInherit, optimize);
        }
        if (source instanceof PyBytes || source instanceof BufferProtocol) {
            return Compiler.compile(PyBytes.fromBuffer(source).bytes(), filename, mode, flags, dontInherit, optimize);
        }
        throw Err.type("compile() arg 1 must be a string, bytes or AST object");
    }

    /** exec()/eval(): resolve globals and locals as CPython does, compile if needed, run. */
    private static PyObject run(PyObject source, PyObject globals, PyObject locals, String mode) {
        String fn = mode;
        ThreadState ts = ThreadState.current();
        if (globals != Py.None && !(globals instanceof PyDict)) {
            if (mode.equals("eval")) {
                throw Err.type(Abstract.isMapping(globals) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                        : "globals must be a dict");
            }
            throw Err.type("exec() globals must be a dict, not %s", Err.tn(globals));
        }
        if (locals != Py.None && !Abstract.isMapping(locals)) {
            throw Err.type(mode.equals("eval") ? "locals must be a mapping" : "locals must be a mapping or None, not %s",
                    Err.tn(locals));
        }
        PyDict g;
        PyObject l;
        if (globals == Py.None) {
            PyObject f = ts.frame;
            if (!(f instanceof PyFrame frame)) {
                throw Err.system("%s(): no current frame", fn);
            }
            g = frame.globals;
            l = locals == Py.None ? frame.getLocals() : locals;
        } else {
            g = (PyDict) globals;
            l = locals == Py.None ? g : locals;
        }
        if (g.getStr("__builtins__") == null) {
            g.putStr("__builtins__", ts.interp.builtinsDict);
        }
        PyCode code;
        if (source instanceof PyCode c) {
            code = c;
        } else if (source instanceof PyStr s) {
            String text = s.value;
            if (mode.equals("eval")) {
                int i = 0;
                while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++;
                }
                text = text.substring(i);
            }
            code = Compiler.compile(text, "<string>", mode, 0, false, -1);
        } else if (source instanceof PyBytes || source instanceof BufferProtocol) {
            byte[] b = PyBytes.fromBuffer(source).bytes();
            if (mode.equals("eval")) {
                int i = 0;
                while (i < b.length && (b[i] == ' ' || b[i] == '\t')) {
                    i++;
                }
                b = java.util.Arrays.copyOfRange(b, i, b.length);
            }
            code = Compiler.compile(b, "<string>", mode, 0, false, -1);
        } else {
            throw Err.type(mode.equals("eval") ? "eval() arg 1 must be a string, bytes or code object"
                    : "exec() arg 1 must be a string, bytes or code object");
        }
        return Eval.exec(code, g, l);
    }

    static void unused() {
        ArgParser.noKeywords("x", null);
    }
}
