package org.jalchemy.orm.internal;

import java.util.Collection;

/** A relationship collection JAlchemy puts in an entity's field: loads on first access, keeps the reverse side in step. */
public interface TrackedCollection {
    /** Its bookkeeping. */
    CollectionState state();

    /** The elements, without loading or events. */
    Collection<Object> raw();

    /** Adds without loading and without events (used for the reverse side). */
    void rawAdd(Object o);

    /** Removes without loading and without events (used for the reverse side). */
    void rawRemove(Object o);

    /** Marks the collection unloaded: its next access reloads it. */
    default void expire() {
        state().loaded = false;
        raw().clear();
    }

    /** Replaces the contents with loaded rows and marks the collection loaded. */
    default void setLoaded(Collection<?> items) {
        raw().clear();
        raw().addAll(items);
        state().loaded = true;
    }

    /** Whether the contents are loaded (or the collection was new). */
    default boolean isLoaded() {
        return state().loaded;
    }
}
