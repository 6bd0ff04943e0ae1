package org.jalchemy.exc;

/** A connection, transaction or result was used after it was closed. */
public class ResourceClosedError extends InvalidRequestError {
    /** @param message names the closed resource */
    public ResourceClosedError(String message) { super(message); }
}
