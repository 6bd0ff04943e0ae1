package org.jalchemy.exc;

import java.sql.SQLException;
import java.util.List;

/** The database does not support the feature that was used. */
public class NotSupportedError extends DatabaseError {
    /** Wraps {@code cause}, raised while running {@code sql} with {@code params}. */
    public NotSupportedError(String sql, List<Object> params, SQLException cause) { super(sql, params, cause); }
}
