package org.jalchemy.orm;

/**
 * What the autoflush before a lazy load (a collection's first access, a {@link Ref}'s first {@code get()}) looks for,
 * set with {@link SessionFactory.Builder#lazyLoadAutoflush}. Queries always compare every object.
 */
public enum LazyLoadAutoflush {
    /**
     * The default, as SQLAlchemy: what the Session recorded (added, deleted, merged objects, collection changes) and
     * the field changes the load could see (the join and order-by columns and many-to-ones of the class it loads, and
     * the relationship fields pointing at that class), found by comparing those objects with their snapshots; the
     * cost of a lazy load grows with the number of objects of the class it loads.
     */
    COMPARE,
    /**
     * Only what the Session recorded as it happened: objects added, deleted or merged and changes to JAlchemy
     * collections, in O(1). Plain field writes (a changed foreign key, a reassigned many-to-one) are flushed by the
     * next query, {@code flush()} or {@code commit()}, not before a lazy load (as Hibernate, which never flushes
     * before initialising a lazy association). A lazy walk then costs the same whatever the Session holds.
     */
    RECORDED
}
