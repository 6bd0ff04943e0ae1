package org.jalchemy.exc;

import java.sql.SQLException;
import java.util.List;

/** A constraint was violated: unique, foreign key, not null or check. */
public class IntegrityError extends DatabaseError {
    /** Wraps {@code cause}, raised while running {@code sql} with {@code params}. */
    public IntegrityError(String sql, List<Object> params, SQLException cause) { super(sql, params, cause); }
}
