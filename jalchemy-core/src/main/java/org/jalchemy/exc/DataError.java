package org.jalchemy.exc;

import java.sql.SQLException;
import java.util.List;

/** A value could not be stored: out of range, too long, wrong format. */
public class DataError extends DatabaseError {
    /** Wraps {@code cause}, raised while running {@code sql} with {@code params}. */
    public DataError(String sql, List<Object> params, SQLException cause) { super(sql, params, cause); }
}
