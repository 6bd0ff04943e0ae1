package org.jalchemy.schema;

import java.util.List;

/**
 * A primary key as the database reports it.
 *
 * @param name    the constraint name, or null where the database has none to report (SQLite unnamed, MySQL/MariaDB)
 * @param columns the key columns in key order; empty when the table has no primary key
 */
public record ReflectedPrimaryKey(String name, List<String> columns) {
    /** Copies the column list. */
    public ReflectedPrimaryKey {
        columns = List.copyOf(columns);
    }
}
