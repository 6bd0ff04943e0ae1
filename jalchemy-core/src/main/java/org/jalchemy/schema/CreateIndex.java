package org.jalchemy.schema;

/** CREATE [UNIQUE] INDEX. */
public record CreateIndex(Index index) implements DdlElement {
    @Override public void accept(DdlVisitor visitor) { visitor.visitCreateIndex(this); }
}
