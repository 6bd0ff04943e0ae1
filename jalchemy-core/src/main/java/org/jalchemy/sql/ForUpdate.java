package org.jalchemy.sql;

/** Row locking of a SELECT: {@code FOR UPDATE}, with NOWAIT or SKIP LOCKED where the database has them. */
public enum ForUpdate {
    /** {@code FOR UPDATE}: wait for locked rows. */
    WAIT,
    /** {@code FOR UPDATE NOWAIT}: fail at once on a locked row. */
    NOWAIT,
    /** {@code FOR UPDATE SKIP LOCKED}: leave locked rows out. */
    SKIP_LOCKED
}
