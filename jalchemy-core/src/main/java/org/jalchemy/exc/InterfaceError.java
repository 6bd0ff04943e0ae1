package org.jalchemy.exc;

import java.sql.SQLException;
import java.util.List;

/** An error in the driver or its connection, not the database. */
public class InterfaceError extends DBAPIError {
    /** Wraps {@code cause}, raised while running {@code sql} with {@code params}. */
    public InterfaceError(String sql, List<Object> params, SQLException cause) { super(sql, params, cause); }
}
