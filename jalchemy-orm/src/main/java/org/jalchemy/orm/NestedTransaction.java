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

    NestedTransaction(Session session, Transaction savepoint, Session.Mark mark) {
        this.session = session;
        this.savepoint = savepoint;
        this.mark = mark;
    }

    /** Whether it has been neither committed nor rolled back. */
    public boolean isActive() {
        return active && savepoint.isActive();
    }

    /** Flushes, then releases the savepoint (its changes become part of the enclosing transaction). */
    public void commit() {
        if (!isActive()) {
            throw new org.jalchemy.exc.InvalidRequestError("This nested transaction is no longer active");
        }
        session.flush();
        savepoint.commit();
        active = false;
    }

    /** Rolls back to the savepoint, in the database and in the Session. */
    public void rollback() {
        if (!active) {
            return;
        }
        active = false;
        if (savepoint.isActive()) {
            savepoint.rollback();
            session.rollbackTo(mark);
        }
    }

    /** Rolls back if neither committed nor rolled back. */
    @Override public void close() {
        rollback();
    }
}
