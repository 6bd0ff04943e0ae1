package org.jalchemy.exc;

import java.sql.SQLException;
import java.util.List;

/** An error reported by the database that fits no finer kind. */
public class DatabaseError extends DBAPIError {
    /** Wraps {@code cause}, raised while running {@code sql} with {@code params}. */
    public DatabaseError(String sql, List<Object> params, SQLException cause) { super(sql, params, cause); }
}
