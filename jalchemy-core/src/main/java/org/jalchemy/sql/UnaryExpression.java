package org.jalchemy.sql;

import org.jalchemy.types.SqlType;

/**
 * An operator applied to one expression, before it ({@code NOT x}, {@code -x}) or after it
 * ({@code x IS NULL}, {@code x DESC}).
 */
public record UnaryExpression<T>(ColumnElement<?> element, Operator operator, boolean postfix, SqlType<T> type)
        implements ColumnElement<T> {
    @Override public int precedence() { return postfix && operator.precedence() == 0 ? Integer.MAX_VALUE : operator.precedence(); }

    @Override public void accept(SqlVisitor visitor) { visitor.visitUnary(this); }

    @Override public void appendCacheKey(CacheKey key) {
        key.add("unary").add(operator).add(element);
    }

    @Override public void collectFroms(java.util.Collection<FromClause> out) { element.collectFroms(out); }
}
