package org.ember.compiler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ember.ast.Alias;
import org.ember.ast.Expr;
import org.ember.ast.Mod;
import org.ember.ast.Stmt;
import org.ember.interp.PyCode;
import org.ember.interp.PyFrame;
import org.ember.objects.Err;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PySyntaxError;
import org.ember.objects.PyType;
import org.ember.parser.ParseException;
import org.ember.parser.Parser;
import org.ember.runtime.ThreadState;

/**
 * The compiler's public entry points: source (str or bytes) or an AST to a code object, raising
 * SyntaxError as CPython does for parser, symbol-table and code-generation errors.
 */
public final class Compiler {
    private Compiler() {}

    public static final int PyCF_MASK = PyCode.CO_FUTURE_DIVISION | PyCode.CO_FUTURE_ABSOLUTE_IMPORT
            | PyCode.CO_FUTURE_WITH_STATEMENT | PyCode.CO_FUTURE_PRINT_FUNCTION | PyCode.CO_FUTURE_UNICODE_LITERALS
            | PyCode.CO_FUTURE_BARRY_AS_BDFL | PyCode.CO_FUTURE_GENERATOR_STOP | PyCode.CO_FUTURE_ANNOTATIONS;
    public static final int PyCF_SOURCE_IS_UTF8 = 0x0100;
    public static final int PyCF_DONT_IMPLY_DEDENT = 0x0200;
    public static final int PyCF_ONLY_AST = 0x0400;
    public static final int PyCF_IGNORE_COOKIE = 0x0800;
    public static final int PyCF_TYPE_COMMENTS = 0x1000;
    public static final int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    public static final int PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;

    /** compile(source, filename, mode, flags, dont_inherit, optimize) for str source. */
    public static PyCode compile(String source, String filename, String mode, int flags, boolean dontInherit, int optimize) {
        Mod mod = parse(source, null, filename, mode, flags);
        return compile(mod, filename, mode, inherit(flags, dontInherit), optimize);
    }

    /** compile() for bytes source (encoding declared by a coding cookie or UTF-8). */
    public static PyCode compile(byte[] source, String filename, String mode, int flags, boolean dontInherit,
            int optimize) {
        Mod mod = parse(null, source, filename, mode, flags);
        return compile(mod, filename, mode, inherit(flags, dontInherit), optimize);
    }

    /** Parses source to an AST, raising SyntaxError (for the lead's PyCF_ONLY_AST path too). */
    public static Mod parse(String source, byte[] bytes, String filename, String mode, int flags) {
        Parser.Mode pm = parserMode(mode);
        Parser.Options opts = new Parser.Options((flags & PyCF_TYPE_COMMENTS) != 0,
                (flags & PyCF_ALLOW_INCOMPLETE_INPUT) != 0);
        try {
            return source != null ? Parser.parse(source, filename, pm, opts) : Parser.parse(bytes, filename, pm, opts);
        } catch (ParseException e) {
            throw syntaxError(e);
        } catch (StackOverflowError e) {
            throw Err.format(PyExc.MemoryError, "");
        }
    }

    static Parser.Mode parserMode(String mode) {
        return switch (mode) {
            case "exec" -> Parser.Mode.EXEC;
            case "eval" -> Parser.Mode.EVAL;
            case "single" -> Parser.Mode.SINGLE;
            case "func_type" -> Parser.Mode.FUNC_TYPE;
            default -> throw Err.value("compile() mode must be 'exec', 'eval' or 'single'");
        };
    }

    /** The future flags of the calling frame, added unless dont_inherit. */
    static int inherit(int flags, boolean dontInherit) {
        if (dontInherit) {
            return flags;
        }
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null && ts.frame instanceof PyFrame f) {
            flags |= f.code.flags & PyCF_MASK;
        }
        return flags;
    }

    /** Compiles an AST (from the parser or from the ast module) to a code object. */
    public static PyCode compile(Mod mod, String filename, String mode, int flags, int optimize) {
        if (optimize < 0) {
            ThreadState ts = ThreadState.currentOrNull();
            optimize = ts == null ? 0 : ts.interp.config.optimize;
        }
        try {
            int future = futureFlags(mod) | (flags & PyCF_MASK);
            Symtable st = Symtable.build(mod, (future & PyCode.CO_FUTURE_ANNOTATIONS) != 0);
            CodeGen cg = new CodeGen(st, filename, future, optimize, mod instanceof Mod.Interactive);
            return cg.compileModule(mod);
        } catch (CompileError e) {
            throw syntaxError(e, filename);
        } catch (StackOverflowError e) {
            throw Err.recursion("maximum recursion depth exceeded during compilation");
        }
    }

    /** Future features of a module (CPython's future.c), with its errors. */
    static int futureFlags(Mod mod) {
        List<Stmt> body;
        if (mod instanceof Mod.Module m) {
            body = m.body();
        } else if (mod instanceof Mod.Interactive m) {
            body = m.body();
        } else {
            return 0;
        }
        int flags = 0;
        boolean done = false;
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (i == 0 && s instanceof Stmt.ExprStmt es && es.value() instanceof Expr.Constant c
                    && (c.value() instanceof String || c.value() instanceof org.ember.ast.CodePointString)) {
                continue;
            }
            if (s instanceof Stmt.ImportFrom im && "__future__".equals(im.module())
                    && (im.level() == null || im.level() == 0)) {
                if (done) {
                    throw Symtable.error("from __future__ imports must occur at the beginning of the file",
                            Symtable.loc(s));
                }
                for (Alias a : im.names()) {
                    switch (a.name()) {
                        case "nested_scopes", "generators", "with_statement", "division", "absolute_import",
                             "print_function", "unicode_literals", "generator_stop" -> { }
                        case "barry_as_FLUFL" -> flags |= PyCode.CO_FUTURE_BARRY_AS_BDFL;
                        case "annotations" -> flags |= PyCode.CO_FUTURE_ANNOTATIONS;
                        case "braces" -> throw Symtable.error("not a chance", Symtable.loc(s));
                        default -> throw Symtable.error("future feature " + a.name() + " is not defined", Symtable.loc(s));
                    }
                }
            } else {
                done = true;
            }
        }
        return flags;
    }

    static PyException syntaxError(ParseException e) {
        PyType t = switch (e.kind()) {
            case INDENTATION_ERROR -> PyExc.IndentationError;
            case TAB_ERROR -> PyExc.TabError;
            case MEMORY_ERROR -> PyExc.MemoryError;
            default -> PyExc.SyntaxError;
        };
        if (t == PyExc.MemoryError || t == PyExc.ValueError) {
            return Err.format(t, "%s", e.msg());
        }
        PyException pe = PySyntaxError.make(t, e.msg(), e.filename(), e.lineno(), e.offset(), e.text(), e.endLineno(),
                e.endOffset());
        PySyntaxError se = (PySyntaxError) pe.value;
        if (e.lineno() == ParseException.NONE) {
            se.lineno = org.ember.objects.Py.None;
        }
        if (e.offset() == ParseException.NONE) {
            se.offset = org.ember.objects.Py.None;
        }
        if (e.endLineno() == ParseException.NONE) {
            se.endLineno = org.ember.objects.Py.None;
        }
        if (e.endOffset() == ParseException.NONE) {
            se.endOffset = org.ember.objects.Py.None;
        }
        return pe;
    }

    static PyException syntaxError(CompileError e, String filename) {
        String text = null;
        try {
            Path p = Path.of(filename);
            if (Files.isRegularFile(p)) {
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                if (e.lineno >= 1 && e.lineno <= lines.size()) {
                    text = lines.get(e.lineno - 1) + "\n";
                }
            }
        } catch (IOException | RuntimeException ex) {
            text = null;
        }
        return PySyntaxError.make(PyExc.SyntaxError, e.msg, filename, e.lineno, e.col + 1, text, e.endLineno,
                e.endCol + 1);
    }
}
