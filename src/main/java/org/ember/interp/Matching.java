package org.ember.interp;

/** match statement support. */
public final class Matching {
    private Matching() {}
}
