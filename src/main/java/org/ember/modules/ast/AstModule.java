package org.ember.modules.ast;

import org.ember.ast.Mod;
import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyType;
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/**
 * The {@code _ast} module (CPython's Python/Python-ast.c): the class {@code AST} and one subclass
 * per node type of Python 3.11's ASDL, with the hierarchy, {@code _fields}, {@code _attributes},
 * {@code __match_args__}, docstrings and None class defaults for optional fields that CPython
 * generates, the singleton instances of the context and operator classes, and the compiler flags
 * {@code PyCF_ONLY_AST}, {@code PyCF_TYPE_COMMENTS} and {@code PyCF_ALLOW_TOP_LEVEL_AWAIT}. Lib/ast.py
 * (run from CPython's standard library) builds the {@code ast} module on top of it.
 *
 * <p>The classes are ordinary, mutable Python classes created per interpreter (as CPython keeps
 * them in the interpreter state), so {@code ast.Constant.n = property(...)} in Lib/ast.py works.
 *
 * <p>Java API for the builtin {@code compile()} (CPython's PyAST_Check, PyAST_mod2obj,
 * PyAST_obj2mod and _PyAST_Validate), to be called on a thread running Python:
 * <ul>
 * <li>{@link #toPython(Mod)}: the Python objects for a parsed tree — what
 *     {@code compile(source, filename, mode, PyCF_ONLY_AST)} and {@code ast.parse} return.</li>
 * <li>{@link #isAst(PyObject)}: whether compile()'s source argument is an AST object
 *     ({@code isinstance(source, _ast.AST)}).</li>
 * <li>{@link #fromPython(PyObject, String)}: the Java tree for an AST object given to compile(),
 *     checked against the mode ("expected Module node, got Expression") and validated as CPython
 *     does, raising its TypeError/ValueError/RecursionError messages. With PyCF_ONLY_AST,
 *     compile() returns an AST source unchanged and does not call this.</li>
 * </ul>
 */
public final class AstModule {
    private AstModule() {}

    /** Return an AST instead of a code object. */
    public static final int PyCF_ONLY_AST = 0x0400;
    /** Keep type comments in the AST. */
    public static final int PyCF_TYPE_COMMENTS = 0x1000;
    /** Allow top-level await, async for and async with. */
    public static final int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    /** Creates the {@code _ast} module for interp (ModuleRegistry's factory). */
    public static PyModule create(Interpreter interp) {
        AstState state = interp.moduleState(AstState.class, AstState::new);
        PyModule m = new PyModule("_ast");
        m.put("AST", state.astType());
        m.put("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.of(PyCF_ALLOW_TOP_LEVEL_AWAIT));
        m.put("PyCF_ONLY_AST", PyInt.of(PyCF_ONLY_AST));
        m.put("PyCF_TYPE_COMMENTS", PyInt.of(PyCF_TYPE_COMMENTS));
        for (int i = 1; i < state.types.length; i++) {
            m.put(AstKinds.ALL.get(i).name, state.types[i]);
        }
        return m;
    }

    /** The Python objects of the {@code _ast} classes for a tree made by the parser (PyAST_mod2obj). */
    public static PyObject toPython(Mod mod) {
        ThreadState ts = ThreadState.current();
        AstState state = ts.interp.moduleState(AstState.class, AstState::new);
        try {
            return new ToPython(state, ts).node(mod);
        } catch (StackOverflowError e) {
            throw Err.recursion("maximum recursion depth exceeded during ast construction");
        }
    }

    /** True when obj is an instance of {@code _ast.AST} (PyAST_Check). */
    public static boolean isAst(PyObject obj) {
        return Abstract.isInstance(obj, AstState.current().astType());
    }

    /**
     * The Java tree of an AST object passed to compile() (PyAST_obj2mod then _PyAST_Validate).
     *
     * @param mode "exec", "eval", "single" or "func_type": the root must be a Module, Expression,
     *     Interactive or FunctionType instance respectively
     */
    public static Mod fromPython(PyObject obj, String mode) {
        ThreadState ts = ThreadState.current();
        AstState state = ts.interp.moduleState(AstState.class, AstState::new);
        String required = switch (mode) {
            case "exec" -> "Module";
            case "eval" -> "Expression";
            case "single" -> "Interactive";
            case "func_type" -> "FunctionType";
            default -> throw Err.value("compile() mode must be 'exec', 'eval' or 'single'");
        };
        PyType req = state.types[AstKinds.byName(required).index];
        if (!Abstract.isInstance(obj, req)) {
            throw Err.type("expected %s node, got %s", required, obj.type.getName());
        }
        Mod mod;
        try {
            mod = (Mod) new FromPython(state, ts).convert(AstKinds.byName("mod"), obj);
        } catch (StackOverflowError e) {
            throw Err.recursion("maximum recursion depth exceeded while traversing 'expr' node");
        }
        try {
            AstValidator.validate(mod, ts);
        } catch (StackOverflowError e) {
            throw Err.recursion("maximum recursion depth exceeded during compilation");
        }
        return mod;
    }
}
