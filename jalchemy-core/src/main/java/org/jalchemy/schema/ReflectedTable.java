package org.jalchemy.schema;

import java.util.List;

/**
 * Everything reflection reports about one table, read together so each catalogue is asked once (see
 * {@link org.jalchemy.dialect.Reflection#table}).
 *
 * @param name the table's name
 * @param columns in table order
 * @param primaryKey its primary key (empty columns when it has none)
 * @param foreignKeys its foreign keys
 * @param indexes its indexes, without those backing the primary key or (where distinguishable) unique constraints
 * @param uniqueConstraints its UNIQUE constraints
 * @param checkConstraints its CHECK constraints
 */
public record ReflectedTable(String name, List<ReflectedColumn> columns, ReflectedPrimaryKey primaryKey,
                             List<ReflectedForeignKey> foreignKeys, List<ReflectedIndex> indexes,
                             List<ReflectedUniqueConstraint> uniqueConstraints,
                             List<ReflectedCheckConstraint> checkConstraints) {
    /** Copies the lists so the record stays immutable. */
    public ReflectedTable {
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
        uniqueConstraints = List.copyOf(uniqueConstraints);
        checkConstraints = List.copyOf(checkConstraints);
    }
}
