package org.jalchemy.exc;

import java.sql.SQLException;
import java.util.List;

/** The database reported an internal inconsistency. */
public class InternalError extends DatabaseError {
    /** Wraps {@code cause}, raised while running {@code sql} with {@code params}. */
    public InternalError(String sql, List<Object> params, SQLException cause) { super(sql, params, cause); }
}
