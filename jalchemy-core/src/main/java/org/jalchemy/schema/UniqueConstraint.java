package org.jalchemy.schema;

import java.util.List;

/** UNIQUE over one or more columns. */
public final class UniqueConstraint extends Constraint {
    private UniqueConstraint(String name, List<String> columns) {
        super(name, columns);
    }

    /** An unnamed unique constraint (named by the naming convention). */
    public static UniqueConstraint of(String... columns) {
        return new UniqueConstraint(null, List.of(columns));
    }

    /** A named unique constraint. */
    public static UniqueConstraint named(String name, String... columns) {
        return new UniqueConstraint(name, List.of(columns));
    }

    @Override public void attachTo(Table t) {
        super.attachTo(t);
        t.addConstraint(this);
    }

    @Override public String conventionKey() { return "uq"; }
}
