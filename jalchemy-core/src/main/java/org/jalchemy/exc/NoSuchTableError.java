package org.jalchemy.exc;

/** A table was looked up by name (in a MetaData or by reflection) and does not exist. */
public class NoSuchTableError extends InvalidRequestError {
    /** @param message names the table */
    public NoSuchTableError(String message) { super(message); }
}
