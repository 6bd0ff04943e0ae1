package org.jalchemy.sql;

import org.jalchemy.schema.Column;
import org.jalchemy.schema.DdlElement;
import org.jalchemy.schema.Table;

/** One method per kind of node; the dialect compilers implement it (dialects override only what differs). */
public interface SqlVisitor {
    void visitColumn(Column<?> column);
    void visitTable(Table table);
    void visitBindParameter(BindParameter<?> bind);
    void visitBinary(BinaryExpression<?> expression);
    void visitUnary(UnaryExpression<?> expression);
    void visitBooleanList(BooleanClauseList list);
    void visitIn(InExpression in);
    void visitLabel(Label<?> label);
    void visitFunction(FunctionCall<?> function);
    void visitLiteralColumn(LiteralColumn<?> column);
    void visitText(TextClause text);
    void visitJoin(Join join);
    void visitSelect(Select select);
    void visitInsert(Insert insert);
    void visitUpdate(Update update);
    void visitDelete(Delete delete);
    void visitDdl(DdlElement ddl);
}
