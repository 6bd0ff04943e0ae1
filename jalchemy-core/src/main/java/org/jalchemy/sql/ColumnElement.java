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

    /** {@code this = other}. */
    default ColumnElement<Boolean> eq(ColumnElement<?> other) {
        return compare(Operator.EQ, other);
    }

    /** {@code this != value}; {@code ne(null)} becomes {@code IS NOT NULL}. */
    default ColumnElement<Boolean> ne(T value) {
        return value == null ? isNotNull() : compare(Operator.NE, bind(value));
    }

    /** {@code this != other}. */
    default ColumnElement<Boolean> ne(ColumnElement<?> other) { return compare(Operator.NE, other); }

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
}
