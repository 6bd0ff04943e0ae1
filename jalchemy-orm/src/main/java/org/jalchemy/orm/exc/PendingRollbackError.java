package org.jalchemy.orm.exc;

import org.jalchemy.exc.InvalidRequestError;

/** The Session's transaction was rolled back by a failed flush; call {@code session.rollback()} before using the Session again. */
public class PendingRollbackError extends InvalidRequestError {
    /** @param message says what went wrong, naming the class, field or table involved */
    public PendingRollbackError(String message) { super(message); }

    /** @param message says what went wrong; @param cause the underlying failure */
    public PendingRollbackError(String message, Throwable cause) { super(message, cause); }
}
