package org.jalchemy.schema;

import java.util.List;

/**
 * A UNIQUE constraint as the database reports it.
 *
 * @param name    the constraint name, or null (SQLite, unnamed)
 * @param columns the columns
 */
public record ReflectedUniqueConstraint(String name, List<String> columns) {
    /** Copies the column list. */
    public ReflectedUniqueConstraint {
        columns = List.copyOf(columns);
    }
}
