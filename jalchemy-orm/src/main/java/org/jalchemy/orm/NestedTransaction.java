package org.jalchemy.orm;

import org.jalchemy.engine.Transaction;

/**
 * A SAVEPOINT inside a Session's transaction, from {@link Session#beginNested()}:
 * <pre>{@code
 * try (NestedTransaction sp = session.beginNested()) {
 *     session.add(risky);
 *     sp.commit();            // flush, RELEASE SAVEPOINT; closing without commit() rolls back to the savepoint
 * }
 * }</pre>
 * Rolling back undoes the database changes made since the savepoint and the Session's view of them: objects
 * inserted or added since become transient, objects deleted since are persistent again, and every persistent
 * object is expired (reloaded on next access).
 */
public final class NestedTransaction implements AutoCloseable {
    private final Session session;
    private final Transaction savepoint;
    private final Session.Mark mark;
    private boolean active = true;
    /** A failed flush inside this savepoint has rolled the database back to it; rollback() still has the Session's part to do. */
    private boolean aborted;

    NestedTransaction(Session session, Transaction savepoint, Session.Mark mark) {
        this.session = session;
        this.savepoint = savepoint;
        this.mark = mark;
    }

    /** Whether it has been neither committed nor rolled back (a failed flush inside it also ends it). */
    public boolean isActive() {
        return active && !aborted && savepoint.isActive();
    }

    /**
     * Flushes, then releases the savepoint (its changes become part of the enclosing transaction).
     *
     * @throws org.jalchemy.orm.exc.PendingRollbackError after a failed flush inside it: roll it back instead
     */
    public void commit() {
        session.requireNoPendingRollback();
        if (!isActive()) {
            throw new org.jalchemy.exc.InvalidRequestError("This nested transaction is no longer active");
        }
        session.flush();
        savepoint.commit();
        active = false;
        session.endNested(this);
    }

    /**
     * Rolls back to the savepoint, in the database and in the Session. After a failed flush inside it, this is what
     * makes the Session usable again (the enclosing transaction goes on).
     */
    public void rollback() {
        if (!active) {
            return;
        }
        active = false;
        if (savepoint.isActive()) {
            savepoint.rollback();
        } else if (!aborted) {
            return;     // the whole transaction ended first: the Session has already done its part
        }
        if (session.endNested(this)) {
            session.rollbackTo(mark);
        }
    }

    /** Rolls back if neither committed nor rolled back. */
    @Override public void close() {
        rollback();
    }

    /** The database part of a failed flush inside this savepoint: ROLLBACK TO SAVEPOINT, at once, as SQLAlchemy does. */
    void abortAfterFailedFlush(Throwable cause) {
        aborted = true;
        try {
            savepoint.rollback();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
