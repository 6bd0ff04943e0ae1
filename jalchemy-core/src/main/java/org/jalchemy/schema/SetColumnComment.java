package org.jalchemy.schema;

/** COMMENT ON COLUMN table.column IS '...' (PostgreSQL, Oracle; MySQL/MariaDB write comments inline instead). */
public record SetColumnComment(Column<?> column) implements DdlElement {
    @Override public void accept(DdlVisitor visitor) { visitor.visitSetColumnComment(this); }
}
