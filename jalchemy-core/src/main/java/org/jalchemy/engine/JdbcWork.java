package org.jalchemy.engine;

import java.sql.SQLException;

/** Work done directly on the JDBC connection; see {@link Connection#withJdbc}. */
@FunctionalInterface
public interface JdbcWork<R> {
    R apply(java.sql.Connection jdbc) throws SQLException;
}
