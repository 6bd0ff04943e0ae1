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

    @Override public void attachTo(Table t) {
        super.attachTo(t);
        t.setPrimaryKey(this);
    }
}
