package org.jalchemy.schema;

import java.util.List;

/** CREATE [UNIQUE] INDEX name ON table (columns): {@code Index.of("ix_addresses_email", "email").unique()}. */
public final class Index implements SchemaItem {
    private final String name;
    private final List<String> columnNames;
    private boolean unique;
    private Table table;

    private Index(String name, List<String> columnNames) {
        this.name = name;
        this.columnNames = List.copyOf(columnNames);
    }

    /** An index over {@code columns}; {@code name} may be null for the naming convention. */
    public static Index of(String name, String... columns) {
        return new Index(name, List.of(columns));
    }

    /** Makes it a UNIQUE index; returns this. */
    public Index unique() {
        this.unique = true;
        return this;
    }

    @Override public void attachTo(Table t) {
        this.table = t;
        t.addIndex(this);
    }

    /** Binds a derived index (from a column flag) to its table without registering it. */
    void attachToOnly(Table t) {
        this.table = t;
    }

    /** The explicit name, or null. */
    public String name() { return name; }

    /** Whether UNIQUE. */
    public boolean isUnique() { return unique; }

    /** The indexed column names. */
    public List<String> columnNames() { return columnNames; }

    /** The table. */
    public Table table() { return table; }
}
