package org.jalchemy.exc;

import java.sql.SQLException;
import java.util.List;

/**
 * An error raised by the database or its JDBC driver, wrapped with the SQL and parameters that caused it.
 * Subclasses tell the kind (integrity, operational, ...) as PEP 249 does; the dialect picks the kind
 * from SQLSTATE and vendor codes.
 */
public class DBAPIError extends JAlchemyException {
    private final String sql;
    private final List<Object> params;

    /** Wraps {@code cause}, raised while running {@code sql} with {@code params}. */
    public DBAPIError(String sql, List<Object> params, SQLException cause) {
        super(describe(cause, sql, params), cause);
        this.sql = sql;
        this.params = params == null ? List.of() : params;
    }

    private static String describe(SQLException cause, String sql, List<Object> params) {
        String state = cause.getSQLState() == null ? "" : " [SQLSTATE " + cause.getSQLState() + "]";
        StringBuilder sb = new StringBuilder("(").append(cause.getClass().getSimpleName()).append(")")
                .append(state).append(' ').append(cause.getMessage());
        if (sql != null) {
            sb.append("\n[SQL: ").append(sql).append(']');
            if (params != null && !params.isEmpty()) {
                String p = String.valueOf(params);
                sb.append("\n[parameters: ").append(p.length() > 500 ? p.substring(0, 500) + "...]" : p).append(']');
            }
        }
        return sb.toString();
    }

    /** The SQL that failed, or null when the failure was not tied to a statement (connect, commit). */
    public String sql() { return sql; }

    /** The parameters sent with the SQL (for executemany, the rows of the batch). */
    public List<Object> params() { return params; }

    /** The driver's SQLSTATE, when it gave one. */
    public String sqlState() { return ((SQLException) getCause()).getSQLState(); }

    /** The driver's vendor error code. */
    public int vendorCode() { return ((SQLException) getCause()).getErrorCode(); }
}
