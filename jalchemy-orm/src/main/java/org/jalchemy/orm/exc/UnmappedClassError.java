package org.jalchemy.orm.exc;

import org.jalchemy.exc.InvalidRequestError;

/** An object or class was given to the ORM that no Registry has mapped. */
public class UnmappedClassError extends InvalidRequestError {
    /** @param message says what went wrong, naming the class, field or table involved */
    public UnmappedClassError(String message) { super(message); }

    /** @param message says what went wrong; @param cause the underlying failure */
    public UnmappedClassError(String message, Throwable cause) { super(message, cause); }
}
