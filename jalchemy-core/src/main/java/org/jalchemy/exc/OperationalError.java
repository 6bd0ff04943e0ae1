package org.jalchemy.exc;

import java.sql.SQLException;
import java.util.List;

/** The database could not do the operation: lost connection, lock timeout, deadlock, missing file. */
public class OperationalError extends DatabaseError {
    /** Wraps {@code cause}, raised while running {@code sql} with {@code params}. */
    public OperationalError(String sql, List<Object> params, SQLException cause) { super(sql, params, cause); }
}
