package org.jalchemy.exc;

/** {@code one()} or {@code scalarOne()} found no row. */
public class NoResultFound extends InvalidRequestError {
    /** @param message names the statement that returned nothing */
    public NoResultFound(String message) { super(message); }
}
