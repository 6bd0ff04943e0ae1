package org.jalchemy;

import java.util.List;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.BindParameter;
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

    /** A value as a bound parameter typed by its Java class: {@code literal(5)}. */
    @SuppressWarnings("unchecked")
    public static <T> ColumnElement<T> literal(T value) {
        return BindParameter.of(value, (SqlType<T>) Types.forValue(value));
    }

    /** A parameter whose value is given by name at execution: {@code bindparam("uid")}. */
    public static ColumnElement<Object> bindparam(String name) {
        return BindParameter.named(name, Types.NULLTYPE);
    }

    /** A typed named parameter. */
    public static <T> ColumnElement<T> bindparam(String name, SqlType<T> type) {
        return BindParameter.named(name, type);
    }
}
