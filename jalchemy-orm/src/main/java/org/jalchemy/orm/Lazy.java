package org.jalchemy.orm;

/**
 * How a relationship is loaded when its owner is loaded, unless a query's loader option says otherwise
 * (see docs/orm-loading.md).
 */
public enum Lazy {
    /** Loaded by a SELECT on first access of the collection (many-to-one: right after the owner, see the docs). */
    SELECT,
    /** Loaded in the owner's query by a LEFT OUTER JOIN. */
    JOINED,
    /** Loaded right after the owners by one {@code SELECT ... WHERE fk IN (...)} per 500 owners. */
    SELECTIN,
    /** Loaded right after the owners by one SELECT whose IN list is the owners' query as a subquery. */
    SUBQUERY,
    /** Access raises {@link org.jalchemy.orm.exc.LazyLoadError} before any SQL is sent. */
    RAISE,
    /** Never loaded: the collection is empty (the scalar null) unless set in memory. */
    NOLOAD,
    /** Never loaded implicitly; the collection only collects appends and removals for the flush. */
    WRITE_ONLY
}
