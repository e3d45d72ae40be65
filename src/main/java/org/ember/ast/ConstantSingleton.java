package org.ember.ast;

/** The value of a {@code Constant} (or {@code MatchSingleton}) that is None, True, False or Ellipsis. */
public enum ConstantSingleton {
    NONE, TRUE, FALSE, ELLIPSIS
}
