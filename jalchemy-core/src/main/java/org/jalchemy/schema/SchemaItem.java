package org.jalchemy.schema;

/** Something that belongs to a table's definition: a column, a constraint, an index. */
public interface SchemaItem {
    /** Attaches this item to {@code table}; called once, when the table is defined. */
    void attachTo(Table table);
}
