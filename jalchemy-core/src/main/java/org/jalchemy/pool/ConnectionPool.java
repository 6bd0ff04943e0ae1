package org.jalchemy.pool;

import java.sql.SQLException;

/** Hands out JDBC connections to an engine; closing a handed-out connection returns it to the pool. */
public interface ConnectionPool extends AutoCloseable {
    /**
     * A connection with auto-commit off.
     *
     * @throws SQLException when the database cannot be reached
     * @throws org.jalchemy.exc.TimeoutError when every connection stays busy for the pool timeout
     */
    java.sql.Connection checkout() throws SQLException;

    /** Closes every pooled connection. */
    @Override void close();

    /** A short description for messages, e.g. {@code HikariPool(size=5, overflow=10)}. */
    String describe();
}
