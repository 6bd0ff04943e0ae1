package org.jalchemy.schema;

import java.util.List;

/**
 * A foreign key as the database reports it.
 *
 * @param name             the constraint name, or null (SQLite, unnamed)
 * @param columns          the local columns
 * @param referredTable    the referred table
 * @param referredColumns  the referred columns, in the order of {@code columns}
 * @param onDelete         ON DELETE action (CASCADE, SET NULL, SET DEFAULT, RESTRICT), or null for the default NO ACTION
 * @param onUpdate         ON UPDATE action, or null for the default
 */
public record ReflectedForeignKey(String name, List<String> columns, String referredTable, List<String> referredColumns,
                                  String onDelete, String onUpdate) {
    /** Copies the lists. */
    public ReflectedForeignKey {
        columns = List.copyOf(columns);
        referredColumns = List.copyOf(referredColumns);
    }
}
