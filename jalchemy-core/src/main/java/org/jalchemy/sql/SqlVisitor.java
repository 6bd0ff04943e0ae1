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
    void visitFromColumn(FromColumn<?> column);
    void visitTableAlias(TableAlias alias);
    void visitSubquery(Subquery subquery);
    void visitCte(Cte cte);
    void visitCompoundSelect(CompoundSelect compound);
    void visitScalarSubquery(ScalarSubquery<?> subquery);
    void visitExists(Exists exists);
    void visitInSubquery(InSubquery in);
    void visitBetween(Between between);
    void visitLike(LikeExpression like);
    void visitCase(Case<?> expression);
    void visitCast(Cast<?> cast);
    void visitCollate(Collate<?> collate);
    void visitOver(Over<?> over);
    void visitExcluded(ExcludedColumn<?> column);
    void visitOnConflict(UpsertClause.OnConflict clause);
    void visitOnDuplicateKey(UpsertClause.OnDuplicateKey clause);
    void visitBooleanLiteral(BooleanLiteral literal);
    void visitTuple(Tuple tuple);
}
