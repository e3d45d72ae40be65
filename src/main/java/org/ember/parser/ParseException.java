package org.ember.parser;

/**
 * A syntax error as CPython 3.11 reports it. Lines are 1-based; {@code offset}/{@code endOffset} are
 * 1-based character (code point) offsets into {@code text}, as in SyntaxError's attributes
 * ({@code endOffset} may be 0 or -1 where CPython gives those). {@code text} may be null.
 */
public final class ParseException extends Exception {
    /** The Python exception class CPython raises. */
    public enum Kind {
        SYNTAX_ERROR("SyntaxError"), INDENTATION_ERROR("IndentationError"), TAB_ERROR("TabError"),
        /** CPython 3.11's parser raises MemoryError when its rule stack (6000 levels) overflows. */
        MEMORY_ERROR("MemoryError");

        public final String pythonName;

        Kind(String pythonName) { this.pythonName = pythonName; }
    }

    /** Marks an attribute that is None in CPython (e.g. the line of an encoding error). */
    public static final int NONE = Integer.MIN_VALUE;

    private final Kind kind;
    private final String msg;
    private final String filename;
    private final int lineno, offset, endLineno, endOffset;
    private final String text;

    public ParseException(Kind kind, String msg, String filename, int lineno, int offset, int endLineno, int endOffset, String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    public Kind kind() { return kind; }
    public String msg() { return msg; }
    public String filename() { return filename; }
    public int lineno() { return lineno; }
    public int offset() { return offset; }
    public int endLineno() { return endLineno; }
    public int endOffset() { return endOffset; }
    public String text() { return text; }

    @Override public String getMessage() {
        return kind.pythonName + ": " + msg + " (" + filename + ", line " + lineno + ")";
    }
}
