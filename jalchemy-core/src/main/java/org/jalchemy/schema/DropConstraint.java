package org.jalchemy.schema;

/**
 * ALTER TABLE ... DROP CONSTRAINT (DROP FOREIGN KEY on MySQL/MariaDB). {@code name} overrides the name the
 * MetaData gives the constraint, e.g. a name the database chose and reflection found; it may be null.
 */
public record DropConstraint(Constraint constraint, String name) implements DdlElement {
    /** Drops {@code constraint} by the name its MetaData gives it. */
    public DropConstraint(Constraint constraint) {
        this(constraint, null);
    }

    @Override public void accept(DdlVisitor visitor) { visitor.visitDropConstraint(this); }
}
