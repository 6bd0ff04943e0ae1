package org.jalchemy.exc;

/** A column was looked up by name on a table, row or selectable and does not exist. */
public class NoSuchColumnError extends InvalidRequestError {
    /** @param message names the column and where it was looked for */
    public NoSuchColumnError(String message) { super(message); }
}
