package org.jalchemy.engine;

import java.sql.Savepoint;
import org.jalchemy.exc.InvalidRequestError;

/**
 * A transaction on a {@link Connection}: the outer one ({@code conn.begin()}) or a SAVEPOINT
 * ({@code conn.beginNested()}). Closing it without {@link #commit()} rolls it back.
 * <pre>{@code
 * try (Transaction tx = conn.begin()) { conn.execute(...); tx.commit(); }
 * }</pre>
 */
public final class Transaction implements AutoCloseable {
    private final Connection connection;
    private final Savepoint savepoint;
    private boolean active = true;

    Transaction(Connection connection, Savepoint savepoint) {
        this.connection = connection;
        this.savepoint = savepoint;
    }

    /** Whether this is a SAVEPOINT. */
    public boolean isNested() { return savepoint != null; }

    /** Whether it has been neither committed nor rolled back. */
    public boolean isActive() { return active; }

    /** COMMIT, or RELEASE SAVEPOINT for a nested transaction. */
    public void commit() {
        checkActive("commit");
        active = false;
        if (savepoint == null) {
            connection.commit();
        } else {
            connection.run("RELEASE SAVEPOINT", jdbc -> {
                jdbc.releaseSavepoint(savepoint);
                return null;
            });
            connection.popNested(this);
        }
    }

    /** ROLLBACK, or ROLLBACK TO SAVEPOINT for a nested transaction. */
    public void rollback() {
        checkActive("roll back");
        active = false;
        if (savepoint == null) {
            connection.rollback();
        } else {
            connection.run("ROLLBACK TO SAVEPOINT", jdbc -> {
                jdbc.rollback(savepoint);
                return null;
            });
            connection.popNested(this);
        }
    }

    /** Rolls back if still active. */
    @Override public void close() {
        if (active && !connection.isClosed()) {
            rollback();
        }
        active = false;
    }

    void deactivate() {
        active = false;
    }

    private void checkActive(String what) {
        if (!active) {
            throw new InvalidRequestError("Cannot " + what + ": this " + (savepoint == null ? "transaction" : "savepoint")
                    + " is no longer active");
        }
    }

}
