package org.jalchemy.sql;

import org.jalchemy.types.SqlType;
import org.jalchemy.types.Types;

/** {@code element [NOT] BETWEEN low AND high}. */
public record Between(ColumnElement<?> element, ColumnElement<?> low, ColumnElement<?> high, boolean negated)
        implements ColumnElement<Boolean> {
    @Override public SqlType<Boolean> type() { return Types.BOOLEAN; }

    @Override public int precedence() { return Operator.BETWEEN.precedence(); }

    @Override public void accept(SqlVisitor visitor) { visitor.visitBetween(this); }

    @Override public void appendCacheKey(CacheKey key) { key.add("between").add(negated).add(element).add(low).add(high); }

    @Override public void collectFroms(java.util.Collection<FromClause> out) {
        element.collectFroms(out);
        low.collectFroms(out);
        high.collectFroms(out);
    }
}
