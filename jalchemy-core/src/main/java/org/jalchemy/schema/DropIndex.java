package org.jalchemy.schema;

/** DROP INDEX. */
public record DropIndex(Index index) implements DdlElement {
    @Override public void accept(DdlVisitor visitor) { visitor.visitDropIndex(this); }
}
