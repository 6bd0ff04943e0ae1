package org.jalchemy;

import java.util.List;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.DatePart;
import org.jalchemy.sql.Extract;
import org.jalchemy.sql.BindParameter;
import org.jalchemy.sql.Case;
import org.jalchemy.sql.Cast;
import org.jalchemy.sql.CompoundSelect;
import org.jalchemy.sql.Exists;
import org.jalchemy.sql.SelectBase;
import org.jalchemy.sql.Subquery;
import org.jalchemy.sql.TableAlias;
import org.jalchemy.sql.WindowPart;
import org.jalchemy.sql.BooleanClauseList;
import org.jalchemy.sql.ClauseElement;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Delete;
import org.jalchemy.sql.Func;
import org.jalchemy.sql.Insert;
import org.jalchemy.sql.LiteralColumn;
import org.jalchemy.sql.Operator;
import org.jalchemy.sql.Select;
import org.jalchemy.sql.TextClause;
import org.jalchemy.sql.UnaryExpression;
import org.jalchemy.sql.Update;
import org.jalchemy.types.SqlType;
import org.jalchemy.types.Types;

/**
 * The SQL expression language's entry points, meant for {@code import static org.jalchemy.Sql.*}:
 * {@code select(users).where(and(users.c("age").gt(18), users.c("email").isNull()))}.
 */
public final class Sql {
    private Sql() {}

    /** SQL functions: {@code func.count()}, {@code func.lower(col)}, {@code func.call("abs", INTEGER, x)}. */
    public static final Func func = Func.INSTANCE;

    /** {@code SELECT} of columns, expressions or whole tables. */
    public static Select select(ClauseElement... columns) {
        return Select.of(columns);
    }

    /** {@code INSERT INTO table}. */
    public static Insert insert(Table table) {
        return Insert.into(table);
    }

    /** {@code UPDATE table}. */
    public static Update update(Table table) {
        return Update.of(table);
    }

    /** {@code DELETE FROM table}. */
    public static Delete delete(Table table) {
        return Delete.from(table);
    }

    /** Literal SQL with {@code :name} parameters. */
    public static TextClause text(String sql) {
        return new TextClause(sql);
    }

    /** Conditions joined with AND, parenthesised as precedence requires. */
    @SafeVarargs
    public static ColumnElement<Boolean> and(ColumnElement<Boolean>... conditions) {
        return new BooleanClauseList(Operator.AND, List.of(conditions));
    }

    /** Conditions joined with OR. */
    @SafeVarargs
    public static ColumnElement<Boolean> or(ColumnElement<Boolean>... conditions) {
        return new BooleanClauseList(Operator.OR, List.of(conditions));
    }

    /** {@code NOT condition}. */
    public static ColumnElement<Boolean> not(ColumnElement<Boolean> condition) {
        return new UnaryExpression<>(condition, Operator.NOT, false, Types.BOOLEAN);
    }

    /** A column named by text, not tied to a table: {@code orderBy(literalColumn("id"))}. */
    public static ColumnElement<Object> literalColumn(String name) {
        return new LiteralColumn<>(name, Types.NULLTYPE);
    }

    /**
     * A named, typed column not tied to a table, rendered as its name (SQLAlchemy's {@code column(name, type)}):
     * for {@code text(...).columns(column("id", INTEGER))}, whose values it reads and types.
     */
    public static <T> ColumnElement<T> column(String name, SqlType<T> type) {
        return new LiteralColumn<>(name, type);
    }

    /** A value as a bound parameter typed by its Java class: {@code literal(5)}. */
    @SuppressWarnings("unchecked")
    public static <T> ColumnElement<T> literal(T value) {
        return BindParameter.of(value, (SqlType<T>) Types.forValue(value));
    }

    /** A parameter whose value is given by name at execution: {@code bindparam("uid")}. */
    public static BindParameter<Object> bindparam(String name) {
        return BindParameter.named(name, Types.NULLTYPE);
    }

    /** A typed named parameter. */
    public static <T> BindParameter<T> bindparam(String name, SqlType<T> type) {
        return BindParameter.named(name, type);
    }

    /** A value bound with an explicit type: {@code literal(5, BIGINT)}. */
    public static <T> ColumnElement<T> literal(Object value, SqlType<T> type) {
        return BindParameter.of(value, type);
    }

    /** {@code EXISTS (select)}, correlated to the enclosing query. */
    public static ColumnElement<Boolean> exists(SelectBase select) {
        return new Exists(select);
    }

    /** {@code CASE WHEN condition THEN result ...}; continue with {@code .when(...)} and {@code .otherwise(...)}. */
    public static <T> Case<T> caseWhen(ColumnElement<Boolean> condition, T result) {
        return Case.first(condition, result);
    }

    /** {@code CASE WHEN condition THEN expression ...}, typed as the expression. */
    public static <T> Case<T> caseWhen(ColumnElement<Boolean> condition, ColumnElement<T> result) {
        return Case.first(condition, result);
    }

    /**
     * A field of a date or timestamp as a whole number: {@code extract(DatePart.YEAR, orders.c("placed"))}, usable in
     * SELECT, WHERE, GROUP BY and ORDER BY; Long values, the same on every
     * database (day of week 0 = Sunday). See {@link DatePart}.
     */
    public static ColumnElement<Long> extract(DatePart field, ColumnElement<?> expression) {
        return new Extract(field, expression);
    }

    /** {@link #extract(DatePart, ColumnElement)} with the field by name, as SQLAlchemy's {@code extract("year", col)}. */
    public static ColumnElement<Long> extract(String field, ColumnElement<?> expression) {
        return new Extract(DatePart.of(field), expression);
    }

    /** The constant true ({@code true}, {@code 1} where booleans are numbers). */
    public static ColumnElement<Boolean> true_() {
        return new org.jalchemy.sql.BooleanLiteral(true);
    }

    /** The constant false. */
    public static ColumnElement<Boolean> false_() {
        return new org.jalchemy.sql.BooleanLiteral(false);
    }

    /** A row value {@code (a, b)}: {@code tuple(a, b).in(List.of(List.of(1, 2), List.of(3, 4)))}. */
    public static org.jalchemy.sql.Tuple tuple(ColumnElement<?>... elements) {
        return new org.jalchemy.sql.Tuple(List.of(elements));
    }

    /** {@code CAST(expression AS type)}. */
    public static <T> ColumnElement<T> cast(ColumnElement<?> expression, SqlType<T> type) {
        return new Cast<>(expression, type);
    }

    /** {@code DISTINCT expression}, as in {@code func.count(distinct(users.c("age")))}. */
    public static <T> ColumnElement<T> distinct(ColumnElement<T> expression) {
        return new UnaryExpression<>(expression, Operator.DISTINCT, false, expression.type());
    }

    /** {@code a UNION b ...}. */
    public static CompoundSelect union(SelectBase... selects) {
        return CompoundSelect.of(CompoundSelect.Kind.UNION, selects);
    }

    /** {@code a UNION ALL b ...}. */
    public static CompoundSelect unionAll(SelectBase... selects) {
        return CompoundSelect.of(CompoundSelect.Kind.UNION_ALL, selects);
    }

    /** {@code a INTERSECT b ...}. */
    public static CompoundSelect intersect(SelectBase... selects) {
        return CompoundSelect.of(CompoundSelect.Kind.INTERSECT, selects);
    }

    /** {@code a EXCEPT b ...} (trailing underscore as in SQLAlchemy; MINUS on Oracle). */
    public static CompoundSelect except_(SelectBase... selects) {
        return CompoundSelect.of(CompoundSelect.Kind.EXCEPT, selects);
    }

    /** {@code PARTITION BY ...} for {@code over(...)}. */
    public static WindowPart.PartitionBy partitionBy(ColumnElement<?>... expressions) {
        return new WindowPart.PartitionBy(List.of(expressions));
    }

    /** {@code ORDER BY ...} for {@code over(...)}. */
    public static WindowPart.OrderBy orderBy(ColumnElement<?>... expressions) {
        return new WindowPart.OrderBy(List.of(expressions));
    }

    /** {@code ROWS BETWEEN start AND end} for {@code over(...)}: null = UNBOUNDED, 0 = CURRENT ROW, -n PRECEDING, n FOLLOWING. */
    public static WindowPart.Frame rows(Integer start, Integer end) {
        return new WindowPart.Frame(false, start, end);
    }

    /** {@code RANGE BETWEEN start AND end} for {@code over(...)}. */
    public static WindowPart.Frame range(Integer start, Integer end) {
        return new WindowPart.Frame(true, start, end);
    }

    /** {@code LATERAL (select) AS name} (PostgreSQL, MySQL 8): may refer to FROM items to its left. */
    public static Subquery lateral(SelectBase select, String name) {
        return select.lateral(name);
    }

    /** {@code table AS name}. */
    public static TableAlias alias(Table table, String name) {
        return table.alias(name);
    }
}
