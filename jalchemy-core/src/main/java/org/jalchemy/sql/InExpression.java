package org.jalchemy.sql;

import java.util.List;
import org.jalchemy.types.SqlType;
import org.jalchemy.types.Types;

/** {@code element IN (...)} / {@code NOT IN}; an empty list compiles to an always-false (or true) test. */
public record InExpression(ColumnElement<?> element, List<ColumnElement<?>> values, boolean negated)
        implements ColumnElement<Boolean> {
    /** Copies the list so the node stays immutable. */
    public InExpression {
        values = List.copyOf(values);
    }

    @Override public SqlType<Boolean> type() { return Types.BOOLEAN; }

    @Override public int precedence() { return Operator.IN.precedence(); }

    @Override public void accept(SqlVisitor visitor) { visitor.visitIn(this); }

    @Override public void appendCacheKey(CacheKey key) {
        key.add("in").add(negated).add(element).addAll(values);
    }

    @Override public void collectFroms(java.util.Collection<FromClause> out) {
        element.collectFroms(out);
        for (ColumnElement<?> v : values) {
            v.collectFroms(out);
        }
    }
}
