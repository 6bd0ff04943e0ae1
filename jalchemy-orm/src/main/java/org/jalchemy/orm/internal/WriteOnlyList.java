package org.jalchemy.orm.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.Lazy;
import org.jalchemy.orm.OrmDelete;
import org.jalchemy.orm.OrmSelect;
import org.jalchemy.orm.OrmSql;
import org.jalchemy.orm.OrmUpdate;
import org.jalchemy.orm.WriteOnlyCollection;
import org.jalchemy.sql.ColumnElement;

/**
 * The {@link WriteOnlyCollection} in a write-only relationship field. To the flush it looks like a loaded collection
 * whose snapshot is the queued removals and whose contents are the queued additions, so the flush writes exactly
 * those changes; after a successful flush (or an expiry) both queues are empty again.
 *
 * @param <E> the related entity
 */
public final class WriteOnlyList<E> implements WriteOnlyCollection<E>, TrackedCollection {
    private final List<Object> added = new ArrayList<>();
    private final List<Object> removed = new ArrayList<>();
    /** Owner null until the Session binds this handle to the object whose field holds it. */
    private CollectionState state = new CollectionState(null, null, true);

    /** An unbound handle; see {@link WriteOnlyCollection#empty()}. */
    public WriteOnlyList() {}

    // ---- binding (the Session)

    /**
     * Makes the field of write-only relationship {@code r} of {@code obj} hold a handle bound to {@code obj} (keeping
     * what an unbound handle queued), with the queued removals as snapshot. False when {@code r} is not write-only.
     */
    static boolean install(Object obj, InstanceState st, RelationshipProperty r) {
        if (!r.isWriteOnly()) {
            return false;
        }
        Object v = r.get(obj);
        WriteOnlyList<?> w = v instanceof WriteOnlyList<?> x ? x : new WriteOnlyList<>();
        if (w.state.owner != obj) {
            if (w.state.owner != null) {
                // another object's handle assigned to this field: this object gets its own, with the same queue
                WriteOnlyList<?> copy = new WriteOnlyList<>();
                copy.added.addAll(w.added);
                w = copy;
            }
            w.state = new CollectionState(obj, r, true);
            w.state.mode = Lazy.WRITE_ONLY;
            r.set(obj, w);
            for (Object child : w.added) {
                w.state.added(child);
            }
        }
        st.relationshipSnapshot.putIfAbsent(r, new ArrayList<>(w.removed));
        return true;
    }

    /** After a successful flush: the queued changes are in the database. */
    void flushed() {
        added.clear();
        removed.clear();
    }

    /**
     * Before the owner's DELETE: the related objects, loaded (plus the queued additions); for a many-to-many the
     * snapshot becomes all of them, so every association row of the owner is deleted.
     */
    List<Object> everything(SessionAccess access) {
        List<Object> out = new ArrayList<>(Loaders.loadCollection(access, state.owner, state.property));
        out.removeIf(x -> indexOf(removed, x) >= 0);
        for (Object o : added) {
            if (indexOf(out, o) < 0) {
                out.add(o);
            }
        }
        if (state.property.direction() == RelationshipProperty.Direction.MANY_TO_MANY) {
            List<Object> snapshot = new ArrayList<>(out);
            snapshot.addAll(removed);
            Relationships.snapshotCollection(StateRegistry.get(state.owner), state.property, snapshot);
            added.clear();
        }
        return out;
    }

    // ---- TrackedCollection

    @Override public CollectionState state() { return state; }

    /** The queued additions (what the flush sees as the contents). */
    @Override public Collection<Object> raw() { return added; }

    /** The other side of a bidirectional relationship changed: it carries the change itself, nothing is queued here. */
    @Override public void rawAdd(Object o) { }

    /** As {@link #rawAdd}. */
    @Override public void rawRemove(Object o) { }

    /** Expiry (commit, rollback): the queues are dropped; nothing is ever loaded. */
    @Override public void expire() {
        flushed();
    }

    /** Never loaded, so always "loaded": no access loads it. */
    @Override public boolean isLoaded() { return true; }

    // ---- WriteOnlyCollection

    @Override public void add(E item) {
        if (item == null) {
            throw new ArgumentError("Cannot add null to write-only collection " + what());
        }
        int i = indexOf(removed, item);
        if (i >= 0) {
            removed.remove(i);
        } else if (indexOf(added, item) < 0) {
            added.add(item);
        }
        if (state.owner != null) {
            state.added(item);
            snapshot();
        }
    }

    @Override public void addAll(Collection<? extends E> items) {
        for (E e : items) {
            add(e);
        }
    }

    @Override public void remove(E item) {
        if (item == null) {
            throw new ArgumentError("Cannot remove null from write-only collection " + what());
        }
        int i = indexOf(added, item);
        if (i >= 0) {
            added.remove(i);
        } else if (indexOf(removed, item) < 0) {
            removed.add(item);
        }
        if (state.owner != null) {
            state.removed(item);
            snapshot();
        }
    }

    @SuppressWarnings("unchecked")
    @Override public List<E> pendingAdditions() { return (List<E>) List.copyOf(added); }

    @SuppressWarnings("unchecked")
    @Override public List<E> pendingRemovals() { return (List<E>) List.copyOf(removed); }

    /** The queued removals are the snapshot the flush diffs against (re-put, as an expiry drops it). */
    private void snapshot() {
        Relationships.snapshotCollection(StateRegistry.get(state.owner), state.property, removed);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Override public OrmSelect<E> select() {
        RelationshipProperty r = bound("select()");
        OrmSelect<E> q = (OrmSelect<E>) OrmSql.select(r.target().type());
        List<ColumnElement<Boolean>> where = new ArrayList<>();
        if (r.direction() == RelationshipProperty.Direction.MANY_TO_MANY) {
            List<ColumnElement<Boolean>> on = new ArrayList<>();
            for (RelationshipProperty.SecondaryPair p : r.targetPairs()) {
                on.add(p.column().eq(p.property().column()));
            }
            q = q.join(r.secondary(), and(on));
            for (RelationshipProperty.SecondaryPair p : r.localPairs()) {
                where.add(p.column().eq(ownerValue(p.property())));
            }
        } else {
            for (RelationshipProperty.Pair p : r.pairs()) {
                where.add(p.child().column().eq(ownerValue(p.parent())));
            }
        }
        q = q.where(where.toArray(new ColumnElement[0]));
        List<ColumnElement<?>> order = new ArrayList<>();
        for (RelationshipProperty.Order o : r.orderBy()) {
            order.add(o.descending() ? o.property().column().desc() : o.property().column());
        }
        return order.isEmpty() ? q : q.orderBy(order.toArray(new ColumnElement<?>[0]));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Override public OrmUpdate<E> update() {
        RelationshipProperty r = oneToMany("update()");
        return ((OrmUpdate<E>) OrmSql.update(r.target().type())).where(childCriteria(r));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Override public OrmDelete<E> delete() {
        RelationshipProperty r = oneToMany("delete()");
        return ((OrmDelete<E>) OrmSql.delete(r.target().type())).where(childCriteria(r));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ColumnElement<Boolean>[] childCriteria(RelationshipProperty r) {
        List<ColumnElement<Boolean>> where = new ArrayList<>();
        for (RelationshipProperty.Pair p : r.pairs()) {
            where.add(p.child().column().eq(ownerValue(p.parent())));
        }
        return where.toArray(new ColumnElement[0]);
    }

    private RelationshipProperty oneToMany(String what) {
        RelationshipProperty r = bound(what);
        if (r.direction() != RelationshipProperty.Direction.ONE_TO_MANY) {
            throw new InvalidRequestError("Write-only collection " + what() + "." + what + " works on one-to-many "
                    + "relationships; for a many-to-many, use add()/remove() (association rows) or select()");
        }
        return r;
    }

    private RelationshipProperty bound(String what) {
        if (state.owner == null) {
            throw new InvalidRequestError("This write-only collection is not bound to an object yet (" + what + "): add its "
                    + "owner to a Session first");
        }
        return state.property;
    }

    private Object ownerValue(ColumnProperty p) {
        Object v = p.get(state.owner);
        if (v == null) {
            throw new InvalidRequestError("Write-only collection " + what() + ": its owner has no " + p.fieldName()
                    + " yet; flush the Session before querying the collection");
        }
        return v;
    }

    private String what() {
        return state.property == null ? "(unbound)" : state.property.toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ColumnElement<Boolean> and(List<ColumnElement<Boolean>> parts) {
        return parts.size() == 1 ? parts.get(0) : org.jalchemy.Sql.and(parts.toArray(new ColumnElement[0]));
    }

    private static int indexOf(List<Object> list, Object o) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == o) {
                return i;
            }
        }
        return -1;
    }

    @Override public String toString() {
        return "WriteOnlyCollection(" + what() + ", +" + added.size() + " -" + removed.size() + ")";
    }
}
