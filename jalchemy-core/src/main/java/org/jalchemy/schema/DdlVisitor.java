package org.jalchemy.schema;

/** One method per DDL statement; each dialect's DDL compiler implements it. */
public interface DdlVisitor {
    void visitCreateTable(CreateTable create);
    void visitDropTable(DropTable drop);
    void visitCreateIndex(CreateIndex create);
    void visitDropIndex(DropIndex drop);
}
