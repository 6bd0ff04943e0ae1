package org.jalchemy.orm;

/**
 * How a bulk UPDATE or DELETE ({@code session.execute(update(User.class)...)}) brings the objects already in the
 * Session up to date with what it changed in the database.
 */
public enum SynchronizeSession {
    /** {@link #EVALUATE} when the WHERE clause can be evaluated in Java, otherwise {@link #FETCH} (the default). */
    AUTO,
    /**
     * The WHERE clause is evaluated in Java against each object of the class in the identity map; matching objects
     * get the new values (or are marked deleted). Comparisons use Java equality, not the database's collation.
     * A clause that cannot be evaluated raises an error before any SQL is sent.
     */
    EVALUATE,
    /** The primary keys of the matching rows are selected first (one extra SELECT), and those objects updated. */
    FETCH,
    /** The Session is left as it is; objects may hold stale values until they are expired or refreshed. */
    NONE
}
