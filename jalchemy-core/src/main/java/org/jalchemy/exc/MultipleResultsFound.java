package org.jalchemy.exc;

/** {@code one()} or {@code oneOrNone()} found more than one row. */
public class MultipleResultsFound extends InvalidRequestError {
    /** @param message names the statement that returned several rows */
    public MultipleResultsFound(String message) { super(message); }
}
