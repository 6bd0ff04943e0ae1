package org.jalchemy.orm;

/**
 * Where an object stands with respect to a Session and the database (see {@link Inspect#state(Object)}).
 */
public enum ObjectState {
    /** Not in any Session and not known to be in the database (a new object). */
    TRANSIENT,
    /** Added to a Session; inserted by the next flush. */
    PENDING,
    /** In a Session's identity map with a database row. */
    PERSISTENT,
    /** Deleted by a flush; becomes DETACHED when the transaction commits. */
    DELETED,
    /** Has a database row but belongs to no Session (closed, expunged, or deleted and committed). */
    DETACHED
}
