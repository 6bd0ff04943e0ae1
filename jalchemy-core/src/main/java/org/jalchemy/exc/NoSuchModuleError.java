package org.jalchemy.exc;

/**
 * A dialect's driver is unknown or missing: a URL names a driver the dialect does not know
 * ({@code postgresql+psycopg2://}), or the JDBC driver's jar is not on the class path. SQLAlchemy raises its
 * {@code NoSuchModuleError} (also an ArgumentError) when it cannot load a dialect or driver; the message here names
 * the Maven coordinates to add.
 */
public class NoSuchModuleError extends ArgumentError {
    /** @param message names the dialect, the driver and what to add */
    public NoSuchModuleError(String message) { super(message); }
}
