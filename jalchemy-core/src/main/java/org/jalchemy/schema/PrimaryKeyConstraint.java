package org.jalchemy.schema;

import java.util.List;

/** PRIMARY KEY over one or more columns; single-column keys are usually declared with {@code Column.primaryKey()}. */
public final class PrimaryKeyConstraint extends Constraint {
    private PrimaryKeyConstraint(String name, List<String> columns) {
        super(name, columns);
    }

    /** A (composite) primary key over {@code columns}. */
    public static PrimaryKeyConstraint of(String... columns) {
        return new PrimaryKeyConstraint(null, List.of(columns));
    }

    /** A named (composite) primary key over {@code columns}. */
    public static PrimaryKeyConstraint named(String name, String... columns) {
        return new PrimaryKeyConstraint(name, List.of(columns));
    }

    /** A primary key bound to {@code table} but not registered on it: the key its columns declare, for naming. */
    public static PrimaryKeyConstraint detached(Table table, String... columns) {
        PrimaryKeyConstraint pk = new PrimaryKeyConstraint(null, List.of(columns));
        pk.attachToOnly(table);
        return pk;
    }

    @Override public void attachTo(Table t) {
        super.attachTo(t);
        t.setPrimaryKey(this);
    }

    @Override public String conventionKey() { return "pk"; }
}
