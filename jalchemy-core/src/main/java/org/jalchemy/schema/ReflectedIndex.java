package org.jalchemy.schema;

import java.util.List;

/**
 * An index as the database reports it (not those backing a primary key or unique constraint, where the database
 * tells them apart).
 *
 * @param name    the index name
 * @param columns the indexed columns in order (an expression part is reported as null)
 * @param unique  whether it is a UNIQUE index
 */
public record ReflectedIndex(String name, List<String> columns, boolean unique) {
    /** Copies the column list (which may hold nulls for expressions). */
    public ReflectedIndex {
        columns = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(columns));
    }
}
