package org.jalchemy.sql;

import org.jalchemy.types.SqlType;
import org.jalchemy.types.Types;

/** {@code element [NOT] IN (SELECT ...)}. */
public record InSubquery(ColumnElement<?> element, SelectBase select, boolean negated) implements ColumnElement<Boolean> {
    @Override public SqlType<Boolean> type() { return Types.BOOLEAN; }

    @Override public int precedence() { return Operator.IN.precedence(); }

    @Override public void accept(SqlVisitor visitor) { visitor.visitInSubquery(this); }

    @Override public void appendCacheKey(CacheKey key) { key.add("insub").add(negated).add(element).add(select); }

    @Override public void collectFroms(java.util.Collection<FromClause> out) { element.collectFroms(out); }
}
