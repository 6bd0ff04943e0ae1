package org.jalchemy.orm.internal;

/**
 * The points of a flush at which {@link UnitOfWork} calls its {@link UnitOfWork.Hooks}: per object around its
 * statement (what {@code SessionEvents} listeners see), and once per flush between the INSERTs and the DELETEs
 * (where relationship bookkeeping runs).
 */
public enum FlushHook {
    /** Just before an object's INSERT; it may still change the object. */
    BEFORE_INSERT,
    /** After an object's INSERT; its generated key is set. */
    AFTER_INSERT,
    /** Before a changed object's UPDATE; it may still change the object. */
    BEFORE_UPDATE,
    /** Before an object's DELETE. */
    BEFORE_DELETE,
    /** Once, after every INSERT of the flush (no object). */
    AFTER_INSERTS,
    /** Once, before the first DELETE of the flush (no object). */
    BEFORE_DELETES
}
