package org.jalchemy.exc;

import java.sql.SQLException;
import java.util.List;

/** The SQL is wrong: syntax error, unknown table or column, wrong number of parameters. */
public class ProgrammingError extends DatabaseError {
    /** Wraps {@code cause}, raised while running {@code sql} with {@code params}. */
    public ProgrammingError(String sql, List<Object> params, SQLException cause) { super(sql, params, cause); }
}
