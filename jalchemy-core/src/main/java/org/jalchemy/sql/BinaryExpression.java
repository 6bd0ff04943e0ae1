package org.jalchemy.sql;

import org.jalchemy.types.SqlType;

/**
 * {@code left op right}, e.g. {@code users.age > ?}.
 *
 * @param customOperator the spelling for {@link Operator#CUSTOM}, otherwise null
 */
public record BinaryExpression<T>(ColumnElement<?> left, Operator operator, ColumnElement<?> right, SqlType<T> type,
                                  String customOperator) implements ColumnElement<T> {
    /** A binary expression with a standard operator. */
    public BinaryExpression(ColumnElement<?> left, Operator operator, ColumnElement<?> right, SqlType<T> type) {
        this(left, operator, right, type, null);
    }

    @Override public int precedence() { return operator.precedence(); }

    @Override public void accept(SqlVisitor visitor) { visitor.visitBinary(this); }

    @Override public void appendCacheKey(CacheKey key) {
        key.add("bin").add(operator).add(customOperator).add(left).add(right);
    }

    @Override public void collectFroms(java.util.Collection<FromClause> out) {
        left.collectFroms(out);
        right.collectFroms(out);
    }
}
