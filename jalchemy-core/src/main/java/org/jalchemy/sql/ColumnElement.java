package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jalchemy.types.SqlType;
import org.jalchemy.types.Types;

/**
 * An SQL expression of Java type {@code T}: a column, a function, a bound value, an operation. Comparison
 * methods take values of {@code T} (so {@code age.gt("x")} does not compile on a {@code Column<Integer>}) or
 * other expressions, and build new immutable nodes.
 *
 * @param <T> the Java type of the expression's values
 */
public interface ColumnElement<T> extends ClauseElement {
    /** The SQL type of this expression. */
    SqlType<T> type();

    /** How tightly this node binds, for parenthesising; atoms bind tightest. */
    default int precedence() {
        return Integer.MAX_VALUE;
    }

    /**
     * Adds the FROM clauses this expression refers to (a column adds its table), in order of appearance;
     * a SELECT uses them when no FROM is given.
     */
    default void collectFroms(Collection<FromClause> out) {
    }

    /**
     * The name a result row or a subquery knows this expression by: a column's or label's name, null for an
     * unnamed expression.
     */
    default String columnName() {
        return null;
    }

    /** A bound value of this expression's type. */
    default ColumnElement<T> bind(Object value) {
        return value instanceof ColumnElement<?> e ? cast(e) : BindParameter.of(value, type());
    }

    @SuppressWarnings("unchecked")
    private static <T> ColumnElement<T> cast(ColumnElement<?> e) {
        return (ColumnElement<T>) e;
    }

    private ColumnElement<Boolean> compare(Operator op, ColumnElement<?> right) {
        return new BinaryExpression<>(this, op, right, Types.BOOLEAN);
    }

    /** {@code this = value}; {@code eq(null)} becomes {@code IS NULL}. */
    default ColumnElement<Boolean> eq(T value) {
        return value == null ? isNull() : compare(Operator.EQ, bind(value));
    }

    /** {@code this = other}; a null expression (as from {@code eq(null)} on an untyped column) is {@code IS NULL}. */
    default ColumnElement<Boolean> eq(ColumnElement<?> other) {
        return other == null ? isNull() : compare(Operator.EQ, other);
    }

    /** {@code this != value}; {@code ne(null)} becomes {@code IS NOT NULL}. */
    default ColumnElement<Boolean> ne(T value) {
        return value == null ? isNotNull() : compare(Operator.NE, bind(value));
    }

    /** {@code this != other}. */
    default ColumnElement<Boolean> ne(ColumnElement<?> other) { return other == null ? isNotNull() : compare(Operator.NE, other); }

    /** {@code this < value}. */
    default ColumnElement<Boolean> lt(T value) { return compare(Operator.LT, bind(value)); }

    /** {@code this < other}. */
    default ColumnElement<Boolean> lt(ColumnElement<?> other) { return compare(Operator.LT, other); }

    /** {@code this <= value}. */
    default ColumnElement<Boolean> le(T value) { return compare(Operator.LE, bind(value)); }

    /** {@code this <= other}. */
    default ColumnElement<Boolean> le(ColumnElement<?> other) { return compare(Operator.LE, other); }

    /** {@code this > value}. */
    default ColumnElement<Boolean> gt(T value) { return compare(Operator.GT, bind(value)); }

    /** {@code this > other}. */
    default ColumnElement<Boolean> gt(ColumnElement<?> other) { return compare(Operator.GT, other); }

    /** {@code this >= value}. */
    default ColumnElement<Boolean> ge(T value) { return compare(Operator.GE, bind(value)); }

    /** {@code this >= other}. */
    default ColumnElement<Boolean> ge(ColumnElement<?> other) { return compare(Operator.GE, other); }

    /**
     * {@code this > number} for a number of another Java type than {@code T}, as in {@code func.count().gt(1)}
     * (an {@code int} against a {@code Long} count); the number is converted to this expression's type, and a
     * non-numeric expression raises {@link org.jalchemy.exc.ArgumentError}.
     */
    default ColumnElement<Boolean> gt(Number number) { return compare(Operator.GT, bind(number)); }

    /** {@code this >= number}, converting the number as {@link #gt(Number)} does. */
    default ColumnElement<Boolean> ge(Number number) { return compare(Operator.GE, bind(number)); }

    /** {@code this < number}, converting the number as {@link #gt(Number)} does. */
    default ColumnElement<Boolean> lt(Number number) { return compare(Operator.LT, bind(number)); }

    /** {@code this <= number}, converting the number as {@link #gt(Number)} does. */
    default ColumnElement<Boolean> le(Number number) { return compare(Operator.LE, bind(number)); }

    /** {@code this IS NULL}. */
    default ColumnElement<Boolean> isNull() {
        return new UnaryExpression<>(this, Operator.IS_NULL, true, Types.BOOLEAN);
    }

    /** {@code this IS NOT NULL}. */
    default ColumnElement<Boolean> isNotNull() {
        return new UnaryExpression<>(this, Operator.IS_NOT_NULL, true, Types.BOOLEAN);
    }

    /** {@code this IN (v1, v2, ...)}; an empty collection gives an always-false expression. */
    default ColumnElement<Boolean> in(Collection<? extends T> values) {
        List<ColumnElement<?>> binds = new ArrayList<>(values.size());
        for (T v : values) {
            binds.add(bind(v));
        }
        return new InExpression(this, binds, false);
    }

    /** {@code this LIKE pattern}. */
    default ColumnElement<Boolean> like(String pattern) {
        return compare(Operator.LIKE, BindParameter.of(pattern, Types.STRING));
    }

    /** {@code this AS name} in a SELECT list. */
    default Label<T> label(String name) {
        return new Label<>(name, this);
    }

    /** {@code this ASC} in ORDER BY. */
    default ColumnElement<T> asc() {
        return new UnaryExpression<>(this, Operator.ASC, true, type());
    }

    /** {@code this DESC} in ORDER BY. */
    default ColumnElement<T> desc() {
        return new UnaryExpression<>(this, Operator.DESC, true, type());
    }

    /**
     * {@code this IN (:name)} where {@code bindparam("name")} is given a collection at execution, expanded to
     * one marker per element: {@code conn.execute(stmt, Map.of("ids", List.of(1, 2)))}.
     */
    default ColumnElement<Boolean> in(BindParameter<?> expandingParameter) {
        return new InExpression(this, List.of(expandingParameter), false);
    }

    /** {@code this IN (SELECT ...)}. */
    default ColumnElement<Boolean> in(SelectBase subquery) {
        return new InSubquery(this, subquery, false);
    }

    /** {@code this NOT IN (v1, ...)}; an empty collection gives an always-true expression. */
    default ColumnElement<Boolean> notIn(Collection<? extends T> values) {
        List<ColumnElement<?>> binds = new ArrayList<>(values.size());
        for (T v : values) {
            binds.add(bind(v));
        }
        return new InExpression(this, binds, true);
    }

    /** {@code this NOT IN (SELECT ...)}. */
    default ColumnElement<Boolean> notIn(SelectBase subquery) {
        return new InSubquery(this, subquery, true);
    }

    /** {@code this BETWEEN low AND high} (inclusive). */
    default ColumnElement<Boolean> between(T low, T high) {
        return new Between(this, bind(low), bind(high), false);
    }

    /** {@code this BETWEEN low AND high} with expressions. */
    default ColumnElement<Boolean> between(ColumnElement<?> low, ColumnElement<?> high) {
        return new Between(this, low, high, false);
    }

    /** {@code this NOT BETWEEN low AND high}. */
    default ColumnElement<Boolean> notBetween(T low, T high) {
        return new Between(this, bind(low), bind(high), true);
    }

    /** {@code this LIKE pattern ESCAPE 'escape'}. */
    default ColumnElement<Boolean> like(String pattern, char escape) {
        return new LikeExpression(this, BindParameter.of(pattern, Types.STRING), Operator.LIKE, escape);
    }

    /** {@code this NOT LIKE pattern}. */
    default ColumnElement<Boolean> notLike(String pattern) {
        return new LikeExpression(this, BindParameter.of(pattern, Types.STRING), Operator.NOT_LIKE, null);
    }

    /** Case-insensitive LIKE: ILIKE on PostgreSQL, {@code lower(this) LIKE lower(pattern)} elsewhere. */
    default ColumnElement<Boolean> ilike(String pattern) {
        return new LikeExpression(this, BindParameter.of(pattern, Types.STRING), Operator.ILIKE, null);
    }

    /** Case-insensitive NOT LIKE. */
    default ColumnElement<Boolean> notIlike(String pattern) {
        return new LikeExpression(this, BindParameter.of(pattern, Types.STRING), Operator.NOT_ILIKE, null);
    }

    private ColumnElement<Boolean> likeLiteral(String prefix, String value, String suffix) {
        if (value == null) {
            throw new org.jalchemy.exc.ArgumentError("LIKE helpers need a non-null value");
        }
        String pattern = prefix + LikeExpression.escapeWildcards(value) + suffix;
        return new LikeExpression(this, BindParameter.of(pattern, Types.STRING), Operator.LIKE, LikeExpression.ESCAPE);
    }

    /** Starts with {@code prefix}, taken literally: {@code %} and {@code _} in it are escaped. */
    default ColumnElement<Boolean> startsWith(String prefix) { return likeLiteral("", prefix, "%"); }

    /** Ends with {@code suffix}, taken literally. */
    default ColumnElement<Boolean> endsWith(String suffix) { return likeLiteral("%", suffix, ""); }

    /** Contains {@code part}, taken literally. */
    default ColumnElement<Boolean> contains(String part) { return likeLiteral("%", part, "%"); }

    private ColumnElement<T> arithmetic(Operator op, ColumnElement<?> right) {
        return new BinaryExpression<>(this, op, right, type());
    }

    /** {@code this + value}. */
    default ColumnElement<T> plus(T value) { return arithmetic(Operator.ADD, bind(value)); }

    /** {@code this + other}. */
    default ColumnElement<T> plus(ColumnElement<?> other) { return arithmetic(Operator.ADD, other); }

    /** {@code this - value}. */
    default ColumnElement<T> minus(T value) { return arithmetic(Operator.SUB, bind(value)); }

    /** {@code this - other}. */
    default ColumnElement<T> minus(ColumnElement<?> other) { return arithmetic(Operator.SUB, other); }

    /** {@code this * value}. */
    default ColumnElement<T> mul(T value) { return arithmetic(Operator.MUL, bind(value)); }

    /** {@code this * other}. */
    default ColumnElement<T> mul(ColumnElement<?> other) { return arithmetic(Operator.MUL, other); }

    /** {@code this / value} (integer division on integer types, as the database does it). */
    default ColumnElement<T> div(T value) { return arithmetic(Operator.DIV, bind(value)); }

    /** {@code this / other}. */
    default ColumnElement<T> div(ColumnElement<?> other) { return arithmetic(Operator.DIV, other); }

    /** {@code this % value}. */
    default ColumnElement<T> mod(T value) { return arithmetic(Operator.MOD, bind(value)); }

    /** {@code this % other}. */
    default ColumnElement<T> mod(ColumnElement<?> other) { return arithmetic(Operator.MOD, other); }

    /** {@code -this}. */
    default ColumnElement<T> neg() { return new UnaryExpression<>(this, Operator.NEG, false, type()); }

    /** String concatenation: {@code this || value} ({@code concat(this, value)} on MySQL/MariaDB). */
    default ColumnElement<String> concat(Object value) {
        ColumnElement<?> right = value instanceof ColumnElement<?> e ? e : BindParameter.of(value, Types.STRING);
        return new BinaryExpression<>(this, Operator.CONCAT, right, Types.STRING);
    }

    /** {@code CAST(this AS type)}. */
    default <R> ColumnElement<R> cast(SqlType<R> type) { return new Cast<>(this, type); }

    /** {@code this COLLATE collation}; the name is database-specific (e.g. NOCASE, "C", utf8mb4_bin). */
    default ColumnElement<T> collate(String collation) { return new Collate<>(this, collation); }

    /** A custom binary operator returning a boolean: {@code tags.op("@>", other)}. */
    default ColumnElement<Boolean> op(String operator, Object other) {
        return op(operator, other, Types.BOOLEAN);
    }

    /** A custom binary operator with its result type. */
    default <R> ColumnElement<R> op(String operator, Object other, SqlType<R> returnType) {
        if (operator == null || operator.isBlank() || !operator.matches("[A-Za-z0-9 <>=!~@#%^&|*/+?:-]+")
                || operator.contains("--")) {
            throw new org.jalchemy.exc.ArgumentError("Not an operator: '" + operator + "'");
        }
        ColumnElement<?> right = other instanceof ColumnElement<?> e ? e : bind(other);
        return new BinaryExpression<>(this, Operator.CUSTOM, right, returnType, operator.trim());
    }

    /** {@code ... NULLS FIRST} in ORDER BY (emulated on MySQL/MariaDB). */
    default ColumnElement<T> nullsFirst() {
        return new UnaryExpression<>(this, Operator.NULLS_FIRST, true, type());
    }

    /** {@code ... NULLS LAST} in ORDER BY (emulated on MySQL/MariaDB). */
    default ColumnElement<T> nullsLast() {
        return new UnaryExpression<>(this, Operator.NULLS_LAST, true, type());
    }

}
