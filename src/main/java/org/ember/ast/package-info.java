/**
 * Immutable AST of Python 3.11, mirroring CPython's Parser/Python.asdl.
 *
 * <p>Each ASDL sum type is a sealed interface ({@link org.ember.ast.Mod}, {@link org.ember.ast.Stmt},
 * {@link org.ember.ast.Expr}, {@link org.ember.ast.ExceptHandler}, {@link org.ember.ast.Pattern},
 * {@link org.ember.ast.TypeIgnore}) whose constructors are nested records; product types are top-level
 * records; enumerations are Java enums whose constants carry the Python class names. Record components
 * are the ASDL field names in ASDL order, followed by {@code lineno, col_offset, end_lineno,
 * end_col_offset} where the ASDL type has attributes. Three constructors have Java names that differ
 * from their Python names: {@code Stmt.ExprStmt} is {@code Expr}, {@code ExceptHandler.Handler} is
 * {@code ExceptHandler} and {@code TypeIgnore.Ignore} is {@code TypeIgnore}; {@link org.ember.ast.AstSchema}
 * records the Python names, fields and attributes of every class.
 *
 * <p>Constant values: {@code String}, {@code java.math.BigInteger}, {@code Double},
 * {@link org.ember.ast.ImaginaryLiteral}, {@link org.ember.ast.BytesLiteral} and
 * {@link org.ember.ast.ConstantSingleton}; a str constant that UTF-16 cannot represent (escaped surrogates
 * such as {@code '\\ud800\\udc00'} written in the source, which a Java String would merge into one
 * character) is a {@link org.ember.ast.CodePointString}. Column offsets are UTF-8 byte offsets as in CPython.
 * Sequence fields are immutable lists (they may hold nulls where the ASDL allows, e.g. {@code Dict.keys}).
 */
package org.ember.ast;
