package org.jalchemy.sql;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;

/**
 * An insertion-ordered set over a list, for the handful of elements a statement's FROM list has: cheaper than a
 * LinkedHashSet (no hashing, no entry objects) when the set is built for every execution's cache key.
 */
final class SmallSet<E> extends AbstractSet<E> {
    private final ArrayList<E> items;

    SmallSet(Collection<? extends E> initial) {
        items = new ArrayList<>(Math.max(4, initial.size()));
        addAll(initial);
    }

    @Override public boolean add(E e) {
        if (items.contains(e)) {
            return false;
        }
        return items.add(e);
    }

    @Override public boolean contains(Object o) { return items.contains(o); }

    @Override public Iterator<E> iterator() { return items.iterator(); }

    @Override public int size() { return items.size(); }
}
