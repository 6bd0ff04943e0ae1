package org.jalchemy.orm;

import org.jalchemy.orm.exc.PendingRollbackError;

/**
 * Why a Session refuses to be used until it is rolled back: a flush or a COMMIT failed, and the database has
 * rolled back (the whole transaction, or to the savepoint of {@code nested}) what the Session's objects still show.
 *
 * @param during "flush" or "commit"
 * @param cause the original error
 * @param nested the savepoint the failed flush rolled back to, or null when the whole transaction was rolled back
 */
record PendingRollback(String during, RuntimeException cause, NestedTransaction nested) {

    /** The error each use of the Session raises, naming the original one. */
    PendingRollbackError error() {
        String what = nested == null ? "This Session's transaction has been rolled back"
                : "This Session's nested transaction (SAVEPOINT) has been rolled back to its savepoint";
        String todo = nested == null ? "To begin a new transaction with this Session, first call rollback()."
                : "Roll the nested transaction back (or the whole transaction, with rollback()) first.";
        return new PendingRollbackError(what + " due to a previous exception during " + during + ". " + todo
                + " Original exception was: " + cause.getMessage(), cause);
    }
}
