package org.jalchemy.sql;

import org.jalchemy.types.SqlType;

/** {@code CAST(element AS type)}, typed as the target: {@code cast(users.c("age"), TEXT)} reads back a String. */
public record Cast<T>(ColumnElement<?> element, SqlType<T> type) implements ColumnElement<T> {
    @Override public void accept(SqlVisitor visitor) { visitor.visitCast(this); }

    @Override public void appendCacheKey(CacheKey key) { key.add("cast").add(type).add(element); }

    @Override public void collectFroms(java.util.Collection<FromClause> out) { element.collectFroms(out); }
}
