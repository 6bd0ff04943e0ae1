package org.jalchemy.orm.internal;

import org.jalchemy.schema.MetaData;

/**
 * How a Registry names the tables its annotations mention ({@code @Entity(table)}, {@code @ForeignKey("t.c")},
 * {@code @Relationship(secondary)}): implemented by the MetaData of a Registry with a table prefix, so two Registries
 * can map one class to two tables side by side.
 */
public interface TableNaming {
    /** The name of the table declared as {@code declared}. */
    String tableName(String declared);

    /** {@code declared} as {@code metadata} names it (unchanged for a MetaData without a naming). */
    static String of(MetaData metadata, String declared) {
        return metadata instanceof TableNaming n && !declared.isEmpty() ? n.tableName(declared) : declared;
    }

    /** A {@code "table.column"} reference as {@code metadata} names its table. */
    static String column(MetaData metadata, String tableDotColumn) {
        int dot = tableDotColumn.indexOf('.');
        return dot < 0 ? tableDotColumn : of(metadata, tableDotColumn.substring(0, dot)) + tableDotColumn.substring(dot);
    }
}
