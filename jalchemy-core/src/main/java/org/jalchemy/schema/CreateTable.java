package org.jalchemy.schema;

import java.util.List;

/**
 * CREATE TABLE, with its columns and constraints (indexes are separate statements). Foreign keys listed in
 * {@code omittedForeignKeys} are left out, to be added later with {@link AddConstraint} (dependency cycles).
 */
public record CreateTable(Table table, List<ForeignKeyConstraint> omittedForeignKeys) implements DdlElement {
    /** CREATE TABLE with every constraint inline. */
    public CreateTable(Table table) {
        this(table, List.of());
    }

    /** Copies the list of omitted foreign keys. */
    public CreateTable {
        omittedForeignKeys = List.copyOf(omittedForeignKeys);
    }

    @Override public void accept(DdlVisitor visitor) { visitor.visitCreateTable(this); }
}
