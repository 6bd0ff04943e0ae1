package org.jalchemy.orm.exc;

import org.jalchemy.exc.InvalidRequestError;

/** An expired object was reloaded but its row no longer exists in the database. */
public class ObjectDeletedError extends InvalidRequestError {
    /** @param message says what went wrong, naming the class, field or table involved */
    public ObjectDeletedError(String message) { super(message); }

    /** @param message says what went wrong; @param cause the underlying failure */
    public ObjectDeletedError(String message, Throwable cause) { super(message, cause); }
}
