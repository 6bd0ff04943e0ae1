package org.jalchemy.orm.internal;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;

/** The {@code Set} placed in a one-to-many or many-to-many field (insertion ordered). */
public final class TrackedSet extends AbstractSet<Object> implements TrackedCollection {
    private final LinkedHashSet<Object> data = new LinkedHashSet<>();
    private final CollectionState state;

    /** An empty set of {@code owner}'s relationship, loaded (new object) or not (loaded object). */
    public TrackedSet(Object owner, RelationshipProperty property, boolean loaded) {
        this.state = new CollectionState(owner, property, loaded);
    }

    @Override public CollectionState state() { return state; }

    @Override public Collection<Object> raw() { return data; }

    @Override public void rawAdd(Object o) { data.add(o); }

    @Override public void rawRemove(Object o) { data.remove(o); }

    @Override public Iterator<Object> iterator() {
        state.ensureLoaded(data);
        Iterator<Object> it = data.iterator();
        return new Iterator<>() {
            private Object last;

            @Override public boolean hasNext() { return it.hasNext(); }

            @Override public Object next() {
                last = it.next();
                return last;
            }

            @Override public void remove() {
                it.remove();
                state.removed(last);
            }
        };
    }

    @Override public int size() {
        state.ensureLoaded(data);
        return data.size();
    }

    @Override public boolean contains(Object o) {
        state.ensureLoaded(data);
        return data.contains(o);
    }

    @Override public boolean add(Object o) {
        state.ensureLoaded(data);
        boolean added = data.add(o);
        if (added) {
            state.added(o);
        }
        return added;
    }

    @Override public boolean remove(Object o) {
        state.ensureLoaded(data);
        boolean removed = data.remove(o);
        if (removed) {
            state.removed(o);
        }
        return removed;
    }
}
