package org.jalchemy.orm.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The {@code List} placed in a one-to-many or many-to-many field. */
public final class TrackedList extends AbstractList<Object> implements TrackedCollection, java.util.RandomAccess {
    private final ArrayList<Object> data = new ArrayList<>();
    private final CollectionState state;

    /** An empty list of {@code owner}'s relationship, loaded (new object) or not (loaded object). */
    public TrackedList(Object owner, RelationshipProperty property, boolean loaded) {
        this.state = new CollectionState(owner, property, loaded);
    }

    @Override public CollectionState state() { return state; }

    @Override public Collection<Object> raw() { return data; }

    @Override public void rawAdd(Object o) {
        if (!data.contains(o)) {
            data.add(o);
        }
    }

    @Override public void rawRemove(Object o) { data.remove(o); }

    private List<Object> loaded() {
        state.ensureLoaded(data);
        return data;
    }

    @Override public Object get(int index) { return loaded().get(index); }

    @Override public int size() { return loaded().size(); }

    @Override public Object set(int index, Object element) {
        Object old = loaded().set(index, element);
        if (old != element) {
            state.removed(old);
            state.added(element);
        }
        return old;
    }

    @Override public void add(int index, Object element) {
        loaded().add(index, element);
        modCount++;
        state.added(element);
    }

    @Override public Object remove(int index) {
        Object old = loaded().remove(index);
        modCount++;
        state.removed(old);
        return old;
    }
}
