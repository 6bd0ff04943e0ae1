package org.jalchemy.schema;

/** ALTER TABLE ... ADD CONSTRAINT: adds a constraint to a table that exists (e.g. a foreign key closing a cycle). */
public record AddConstraint(Constraint constraint) implements DdlElement {
    @Override public void accept(DdlVisitor visitor) { visitor.visitAddConstraint(this); }
}
