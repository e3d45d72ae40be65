package org.ember.ast;

/**
 * Any AST node: a record of one of the ASDL sum or product types, or a member of one of the
 * ASDL enumerations. {@link AstSchema} describes each class's fields and attributes.
 */
public interface Node {
}
