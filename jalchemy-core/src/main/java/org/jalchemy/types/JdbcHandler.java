package org.jalchemy.types;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How one SQL type's values cross JDBC on one dialect: bind a Java value, read it back as the same Java type.
 * Resolved once per (type, dialect) and kept in compiled statements, so binding and reading do no look-ups.
 */
public interface JdbcHandler<T> {
    /** Binds a non-null value. */
    void bind(PreparedStatement ps, int index, T value) throws SQLException;

    /** Reads the column at {@code index}; returns null for SQL NULL. */
    T read(ResultSet rs, int index) throws SQLException;

    /** The {@link java.sql.Types} code used for {@code setNull}. */
    int nullType();

    /** Binds a value that may be null. */
    default void bindNullable(PreparedStatement ps, int index, T value) throws SQLException {
        if (value == null) {
            ps.setNull(index, nullType());
        } else {
            bind(ps, index, value);
        }
    }
}
