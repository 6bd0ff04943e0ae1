package org.jalchemy.exc;

/** An operation was asked for in a state where it cannot be done (closed connection, transaction already begun). */
public class InvalidRequestError extends JAlchemyException {
    /** @param message says what was asked and why it cannot be done */
    public InvalidRequestError(String message) { super(message); }

    /** @param message says what was asked; @param cause the underlying failure */
    public InvalidRequestError(String message, Throwable cause) { super(message, cause); }
}
