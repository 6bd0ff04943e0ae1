package org.jalchemy.sql;

import org.jalchemy.types.SqlType;

/** {@code element AS name}: names an expression in a SELECT list; rows can be read by that name. */
public record Label<T>(String name, ColumnElement<T> element) implements ColumnElement<T> {
    @Override public SqlType<T> type() { return element.type(); }

    @Override public String columnName() { return name; }

    /** Outside a columns clause a label stands for its expression, so it binds as that expression does. */
    @Override public int precedence() { return element.precedence(); }

    @Override public void accept(SqlVisitor visitor) { visitor.visitLabel(this); }

    @Override public void appendCacheKey(CacheKey key) {
        key.add("label").add(name).add(element);
    }

    @Override public void collectFroms(java.util.Collection<FromClause> out) { element.collectFroms(out); }
}
