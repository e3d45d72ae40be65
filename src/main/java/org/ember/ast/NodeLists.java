package org.ember.ast;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/** Immutable lists for AST sequence fields; unlike {@code List.copyOf} they allow null elements. */
public final class NodeLists {
    private NodeLists() {}

    private static final Frozen<Object> EMPTY = new Frozen<>(new Object[0]);

    /** An immutable copy of {@code list} (the list itself when it is already one); null gives an empty list. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> freeze(List<T> list) {
        if (list instanceof Frozen<T>) return list;
        if (list == null || list.isEmpty()) return (List<T>) EMPTY;
        return new Frozen<>(list.toArray());
    }

    @SuppressWarnings("unchecked")
    public static <T> List<T> empty() {
        return (List<T>) EMPTY;
    }

    private static final class Frozen<T> extends AbstractList<T> implements RandomAccess {
        private final Object[] items;

        Frozen(Object[] items) { this.items = items; }

        @SuppressWarnings("unchecked")
        @Override public T get(int index) { return (T) items[index]; }

        @Override public int size() { return items.length; }
    }
}
