package org.jalchemy.schema;

/** CREATE TABLE, with its columns and constraints (indexes are separate statements). */
public record CreateTable(Table table) implements DdlElement {
    @Override public void accept(DdlVisitor visitor) { visitor.visitCreateTable(this); }
}
