package org.jalchemy.orm.exc;

import org.jalchemy.exc.InvalidRequestError;

/** An UPDATE or DELETE of a flush matched fewer rows than expected: the row was changed (its @Version moved on) or deleted by someone else. */
public class StaleDataError extends InvalidRequestError {
    /** @param message says what went wrong, naming the class, field or table involved */
    public StaleDataError(String message) { super(message); }

    /** @param message says what went wrong; @param cause the underlying failure */
    public StaleDataError(String message, Throwable cause) { super(message, cause); }
}
