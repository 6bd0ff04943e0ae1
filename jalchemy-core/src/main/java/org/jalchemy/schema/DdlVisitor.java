package org.jalchemy.schema;

/** One method per DDL statement; each dialect's DDL compiler implements it. */
public interface DdlVisitor {
    /** CREATE TABLE. */
    void visitCreateTable(CreateTable create);
    /** DROP TABLE. */
    void visitDropTable(DropTable drop);
    /** CREATE INDEX. */
    void visitCreateIndex(CreateIndex create);
    /** DROP INDEX. */
    void visitDropIndex(DropIndex drop);
    /** ALTER TABLE ... ADD CONSTRAINT. */
    void visitAddConstraint(AddConstraint add);
    /** ALTER TABLE ... DROP CONSTRAINT. */
    void visitDropConstraint(DropConstraint drop);
    /** COMMENT ON COLUMN. */
    void visitSetColumnComment(SetColumnComment comment);
}
