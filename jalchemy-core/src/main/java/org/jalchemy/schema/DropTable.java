package org.jalchemy.schema;

/** DROP TABLE. */
public record DropTable(Table table) implements DdlElement {
    @Override public void accept(DdlVisitor visitor) { visitor.visitDropTable(this); }
}
