package org.jalchemy.orm.internal;

import java.util.Collection;
import java.util.List;
import org.jalchemy.orm.Lazy;
import org.jalchemy.orm.ObjectState;
import org.jalchemy.orm.exc.DetachedInstanceError;
import org.jalchemy.orm.exc.LazyLoadError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bookkeeping of one relationship collection placed in an entity's field: its owner, whether it has been
 * loaded, and how it behaves when touched unloaded (load, raise, or stay empty). Shared by {@link TrackedList} and
 * {@link TrackedSet}.
 */
public final class CollectionState {
    private static final Logger LOG = LoggerFactory.getLogger("org.jalchemy.orm.lazyload");

    final Object owner;
    final RelationshipProperty property;
    boolean loaded;
    /** SELECT (load on access), RAISE, or NOLOAD / WRITE_ONLY (empty without SQL). */
    Lazy mode = Lazy.SELECT;
    /**
     * Put in the field by {@code Tracked.collections} before any Session saw the owner: kept when the owner is added,
     * replaced when the owner is being loaded from a row (its constructor ran, the contents are in the database).
     */
    boolean early;
    /**
     * Added to or removed from since the Session's last flush (set by every mutation, cleared by
     * {@link AutoflushCheck#flushed}): an autoflush must plan a flush.
     */
    boolean changed;

    CollectionState(Object owner, RelationshipProperty property, boolean loaded) {
        this.owner = owner;
        this.property = property;
        this.loaded = loaded;
    }

    /** Fills {@code data} from the database the first time the collection is touched. */
    void ensureLoaded(Collection<Object> data) {
        if (loaded) {
            return;
        }
        if (mode == Lazy.NOLOAD || mode == Lazy.WRITE_ONLY) {
            // known empty: what is appended from now on is new to the flush
            loaded = true;
            Relationships.snapshotCollection(StateRegistry.get(owner), property, data);
            return;
        }
        String what = property.owner().type().getSimpleName() + "." + property.fieldName();
        if (mode == Lazy.RAISE) {
            throw new LazyLoadError("'" + what + "' is not available due to lazy='raise' (raiseload); load it with an "
                    + "eager loader option such as selectinload or joinedload");
        }
        InstanceState st = StateRegistry.get(owner);
        SessionAccess access = st == null ? null : SessionAccess.of(st.session);
        if (access == null || st.status != ObjectState.PERSISTENT) {
            throw new DetachedInstanceError("Parent instance " + owner.getClass().getSimpleName()
                    + (st != null && st.key != null ? st.key.values() : "") + " is not bound to a Session; lazy load of "
                    + "attribute '" + what + "' cannot proceed");
        }
        if (access.raiseOnLazyLoad()) {
            throw new LazyLoadError("Lazy load of '" + what + "' refused: the SessionFactory raises on every lazy load "
                    + "(raiseOnLazyLoad); load it with an eager loader option such as selectinload or joinedload");
        }
        if (access.warnOnLazyLoad()) {
            LOG.warn("Lazy load of {} for {}{}", what, owner.getClass().getSimpleName(), st.key == null ? "" : st.key.values());
        }
        access.autoflush(property);
        List<Object> items = Loaders.loadCollection(access, owner, property);
        data.clear();
        data.addAll(items);
        loaded = true;
        Loaders.setReverseOfLoaded(owner, property, items);
        Relationships.snapshotCollection(st, property, data);
    }

    /** The first change since the last flush tells the owner's Session (one look-up per collection per flush). */
    private void markChanged() {
        if (changed) {
            return;
        }
        changed = true;
        InstanceState st = owner == null ? null : StateRegistry.get(owner);
        SessionAccess access = st == null ? null : SessionAccess.of(st.session);
        if (access != null) {
            access.collectionChanged();
        }
    }

    /** After an object joins {@code owner}'s collection: sets the reverse side. */
    void added(Object child) {
        markChanged();
        if (child == null) {
            return;
        }
        RelationshipProperty rev = property.reverse();
        if (rev == null) {
            return;
        }
        if (!rev.isCollection()) {
            if (rev.get(child) != owner) {
                rev.set(child, owner);
            }
            return;
        }
        Object other = rev.get(child);
        if (other instanceof TrackedCollection tc) {
            if (tc.state().loaded) {
                tc.rawAdd(owner);
            }
        } else if (other instanceof Collection<?> c && !c.contains(owner)) {
            @SuppressWarnings("unchecked")
            Collection<Object> co = (Collection<Object>) c;
            co.add(owner);
        }
    }

    /** After an object leaves {@code owner}'s collection: clears the reverse side. */
    void removed(Object child) {
        markChanged();
        if (child == null) {
            return;
        }
        RelationshipProperty rev = property.reverse();
        if (rev == null) {
            return;
        }
        if (!rev.isCollection()) {
            if (rev.get(child) == owner) {
                rev.set(child, null);
            }
            return;
        }
        Object other = rev.get(child);
        if (other instanceof TrackedCollection tc) {
            if (tc.state().loaded) {
                tc.rawRemove(owner);
            }
        } else if (other instanceof Collection<?> c) {
            c.remove(owner);
        }
    }
}
