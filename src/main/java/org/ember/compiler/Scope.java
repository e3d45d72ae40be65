package org.ember.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ember.ast.Node;

/** One block of the symbol table (CPython's PySTEntryObject): a module, class or function scope. */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION }

    // symbol flags (CPython's DEF_*)
    static final int DEF_GLOBAL = 1;
    static final int DEF_LOCAL = 2;
    static final int DEF_PARAM = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    static final int DEF_FREE = 32;
    static final int DEF_FREE_CLASS = 64;
    static final int DEF_IMPORT = 128;
    static final int DEF_ANNOT = 256;
    static final int DEF_COMP_ITER = 512;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    // resolved scopes
    static final int LOCAL = 1;
    static final int GLOBAL_EXPLICIT = 2;
    static final int GLOBAL_IMPLICIT = 3;
    static final int FREE = 4;
    static final int CELL = 5;

    final Kind kind;
    final String name;
    final Node node;
    final Scope parent;
    final int lineno;
    final Map<String, Integer> symbols = new LinkedHashMap<>();
    final Map<String, Integer> scopes = new HashMap<>();
    /** Parameter names in order, then (for functions) other locals in order of first binding. */
    final List<String> varnames = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    /** Location of the global/nonlocal statement for each declared name. */
    final Map<String, int[]> directives = new HashMap<>();

    boolean nested;
    boolean generator;
    boolean coroutine;
    boolean comprehension;
    /** "list comprehension", "generator expression", ... for comprehension scopes. */
    String comprehensionKind;
    boolean lambda;
    boolean hasFree;
    boolean childFree;
    boolean needsClassClosure;
    boolean returnsValue;
    boolean hasVarargs;
    boolean hasVarkeywords;
    /** The comprehension's element contains await, or it has an async for (async comprehension). */
    boolean asyncComprehension;
    /** Set when the function uses super() or __class__ (needs the __class__ cell). */
    boolean usesClassCell;
    /** Position of the first return-with-value, for the async generator error. */
    int[] returnLoc;
    int[] yieldLoc;
    /** Enclosing class name for private name mangling (null when none). */
    String privateName;

    Scope(Kind kind, String name, Node node, Scope parent, int lineno) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.parent = parent;
        this.lineno = lineno;
    }

    int flags(String n) {
        Integer f = symbols.get(n);
        return f == null ? 0 : f;
    }

    int scopeOf(String n) {
        Integer s = scopes.get(n);
        return s == null ? 0 : s;
    }

    boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    @Override
    public String toString() {
        return kind + " " + name + " " + symbols + " " + scopes;
    }
}
