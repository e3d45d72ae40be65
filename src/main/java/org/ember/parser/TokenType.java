package org.ember.parser;

/** Token types of the Python 3.11 tokenizer; keywords are separate types so the parser can test them cheaply. */
public enum TokenType {
    ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, TYPE_COMMENT, TYPE_IGNORE, ERRORTOKEN,
    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), COLON(":"), COMMA(","), SEMI(";"), PLUS("+"), MINUS("-"),
    STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"), GREATER(">"), EQUAL("="), DOT("."),
    PERCENT("%"), LBRACE("{"), RBRACE("}"), EQEQUAL("=="), NOTEQUAL("!="), LESSEQUAL("<="),
    GREATEREQUAL(">="), TILDE("~"), CIRCUMFLEX("^"), LEFTSHIFT("<<"), RIGHTSHIFT(">>"), DOUBLESTAR("**"),
    PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="), SLASHEQUAL("/="), PERCENTEQUAL("%="),
    AMPEREQUAL("&="), VBAREQUAL("|="), CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="),
    RIGHTSHIFTEQUAL(">>="), DOUBLESTAREQUAL("**="), DOUBLESLASH("//"), DOUBLESLASHEQUAL("//="), AT("@"),
    ATEQUAL("@="), RARROW("->"), ELLIPSIS("..."), COLONEQUAL(":="),
    /** Any other single character the tokenizer passes through (e.g. '$', '?', '!'). */
    OP,
    // keywords
    FALSE("False"), NONE("None"), TRUE("True"), AND("and"), AS("as"), ASSERT("assert"), ASYNC("async"),
    AWAIT("await"), BREAK("break"), CLASS("class"), CONTINUE("continue"), DEF("def"), DEL("del"),
    ELIF("elif"), ELSE("else"), EXCEPT("except"), FINALLY("finally"), FOR("for"), FROM("from"),
    GLOBAL("global"), IF("if"), IMPORT("import"), IN("in"), IS("is"), LAMBDA("lambda"),
    NONLOCAL("nonlocal"), NOT("not"), OR("or"), PASS("pass"), RAISE("raise"), RETURN("return"), TRY("try"),
    WHILE("while"), WITH("with"), YIELD("yield");

    /** The fixed text of operators and keywords, null for the others. */
    public final String text;

    TokenType() { this.text = null; }

    TokenType(String text) { this.text = text; }

    public boolean isKeyword() { return ordinal() >= FALSE.ordinal(); }
}
