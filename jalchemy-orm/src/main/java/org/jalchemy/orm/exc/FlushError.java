package org.jalchemy.orm.exc;

import org.jalchemy.exc.InvalidRequestError;

/** The unit of work cannot proceed: e.g. two objects with the same primary key, or a key left null. */
public class FlushError extends InvalidRequestError {
    /** @param message says what went wrong, naming the class, field or table involved */
    public FlushError(String message) { super(message); }

    /** @param message says what went wrong; @param cause the underlying failure */
    public FlushError(String message, Throwable cause) { super(message, cause); }
}
