package org.jalchemy.sql;

import org.jalchemy.schema.Column;
import org.jalchemy.schema.DdlElement;
import org.jalchemy.schema.Table;

/** One method per kind of node; the dialect compilers implement it (dialects override only what differs). */
public interface SqlVisitor {
    /** A table column: its name, qualified by its table where needed. */
    void visitColumn(Column<?> column);
    /** A table in a FROM clause or DML target. */
    void visitTable(Table table);
    /** A bound value or named parameter: a {@code ?} marker (or a literal in literal-binds mode). */
    void visitBindParameter(BindParameter<?> bind);
    /** {@code left op right}, parenthesised by precedence. */
    void visitBinary(BinaryExpression<?> expression);
    /** A prefix ({@code NOT x}) or postfix ({@code x IS NULL}, {@code x DESC}) operator. */
    void visitUnary(UnaryExpression<?> expression);
    /** Conditions joined by AND / OR. */
    void visitBooleanList(BooleanClauseList list);
    /** {@code x IN (...)} over a list of values, including the empty list. */
    void visitIn(InExpression in);
    /** {@code expr AS name} in a columns list, the name in ORDER BY. */
    void visitLabel(Label<?> label);
    /** A SQL function call such as {@code count(*)}. */
    void visitFunction(FunctionCall<?> function);
    /** The next value of a sequence. */
    void visitNextValue(NextValue next);
    /** SQL text standing as a column, rendered verbatim. */
    void visitLiteralColumn(LiteralColumn<?> column);
    /** A {@code text()} statement with its {@code :name} parameters. */
    void visitText(TextClause text);
    /** A {@code text()} query with declared result columns: {@code text(...).columns(...)}. */
    void visitTextualSelect(TextualSelect select);
    /** A field of a date or time: {@code extract(DatePart.YEAR, expr)}. */
    void visitExtract(Extract extract);
    /** {@code left [LEFT OUTER | FULL OUTER] JOIN right ON ...}. */
    void visitJoin(Join join);
    /** A SELECT statement (top level or nested). */
    void visitSelect(Select select);
    /** An INSERT statement. */
    void visitInsert(Insert insert);
    /** An UPDATE statement. */
    void visitUpdate(Update update);
    /** A DELETE statement. */
    void visitDelete(Delete delete);
    /** A DDL statement, handed to the dialect's DDL compiler. */
    void visitDdl(DdlElement ddl);
    /** A column of an alias, subquery or CTE: {@code alias.col}. */
    void visitFromColumn(FromColumn<?> column);
    /** {@code table AS alias}. */
    void visitTableAlias(TableAlias alias);
    /** {@code (SELECT ...) AS name} in a FROM clause, possibly LATERAL. */
    void visitSubquery(Subquery subquery);
    /** A common table expression: its name in FROM, its body in the WITH clause. */
    void visitCte(Cte cte);
    /** UNION / UNION ALL / INTERSECT / EXCEPT of selects. */
    void visitCompoundSelect(CompoundSelect compound);
    /** A one-column SELECT used as an expression, correlated to its enclosing query. */
    void visitScalarSubquery(ScalarSubquery<?> subquery);
    /** {@code EXISTS (SELECT ...)}. */
    void visitExists(Exists exists);
    /** {@code x IN (SELECT ...)} / {@code NOT IN}. */
    void visitInSubquery(InSubquery in);
    /** {@code x BETWEEN a AND b}. */
    void visitBetween(Between between);
    /** LIKE / ILIKE with an optional ESCAPE character. */
    void visitLike(LikeExpression like);
    /** {@code CASE WHEN ... THEN ... ELSE ... END}. */
    void visitCase(Case<?> expression);
    /** {@code CAST(x AS type)} with the dialect's type name. */
    void visitCast(Cast<?> cast);
    /** {@code x COLLATE name}. */
    void visitCollate(Collate<?> collate);
    /** A window function: {@code f(...) OVER (PARTITION BY ... ORDER BY ... frame)}. */
    void visitOver(Over<?> over);
    /** An upsert's reference to the proposed row ({@code excluded.col}, {@code VALUES(col)}). */
    void visitExcluded(ExcludedColumn<?> column);
    /** PostgreSQL / SQLite {@code ON CONFLICT ... DO NOTHING | DO UPDATE}. */
    void visitOnConflict(UpsertClause.OnConflict clause);
    /** MySQL / MariaDB {@code ON DUPLICATE KEY UPDATE}. */
    void visitOnDuplicateKey(UpsertClause.OnDuplicateKey clause);
    /** {@code true} / {@code false} in the dialect's spelling. */
    void visitBooleanLiteral(BooleanLiteral literal);
    /** A row value {@code (a, b)}. */
    void visitTuple(Tuple tuple);
}
