/**
 * Python 3.11 tokenizer and parser producing the {@link org.ember.ast} tree exactly as CPython 3.11.7's
 * {@code ast.parse} does, with CPython's syntax errors.
 *
 * <p>Entry points: {@link org.ember.parser.Parser#parse(byte[], String, Parser.Mode)} (source bytes: UTF-8
 * BOM and PEP 263 coding cookie honoured) and {@link org.ember.parser.Parser#parse(String, String,
 * Parser.Mode)} (already decoded text; cookies ignored, as compile() does for str). Modes are EXEC, EVAL,
 * SINGLE and FUNC_TYPE; {@link org.ember.parser.Parser.Options} enables type comments and the REPL's
 * incomplete-input detection; {@link org.ember.parser.Parser#isIncomplete} gives codeop's verdict.
 *
 * <p>Design, following CPython's pegen: {@link org.ember.parser.Tokenizer} is a port of the behaviour of
 * tokenizer.c over a UTF-8 buffer; the parser ({@code ExpressionParser}, {@code ParamParser},
 * {@code StatementParser}, {@code PatternParser}, {@link org.ember.parser.Parser}) is a hand-written PEG
 * parser over a lazily filled token array with per-token memo entries. A first pass runs without the
 * {@code invalid_*} rules; only when it fails does a second pass run them to find CPython's specialised
 * message, and a generic "invalid syntax" is placed at the furthest token of the first pass. Tokenizer
 * errors win, and after a parser error the rest of the source is tokenized, so a later tokenizer error
 * (or an unclosed bracket) replaces it, as in CPython. String literals and f-strings are parsed by
 * {@code StringLiteralParser} (f-string expressions by a sub-parser over the parenthesised text, as 3.11
 * does); {@code NumberLiteral} converts numbers.
 *
 * <p>Errors are {@link org.ember.parser.ParseException}s carrying the Python exception class
 * (SyntaxError, IndentationError, TabError, or MemoryError when the parser's nesting limit, calibrated to
 * CPython's MAXSTACK of 6000 rule levels, is exceeded; a Java StackOverflowError is reported the same
 * way) and SyntaxError's attributes. No Java exception escapes for any input. Parser and tokenizer
 * instances are per parse; there is no mutable static state.
 *
 * <p>{@link org.ember.parser.AstDump} prints {@code ast.dump(node)} text; {@code tools/ast-compare} and
 * {@code tools/ast-compare-errors} measure fidelity against CPython on the standard library.
 */
package org.ember.parser;
