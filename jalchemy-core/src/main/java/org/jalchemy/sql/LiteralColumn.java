package org.jalchemy.sql;

import org.jalchemy.types.SqlType;

/**
 * SQL text standing as a column expression, rendered verbatim (as SQLAlchemy's literal_column):
 * {@code literalColumn("id")} renders {@code id}; also used for DDL defaults given as text.
 */
public record LiteralColumn<T>(String name, SqlType<T> type) implements ColumnElement<T> {
    @Override public String columnName() { return name; }

    @Override public void accept(SqlVisitor visitor) { visitor.visitLiteralColumn(this); }

    @Override public void appendCacheKey(CacheKey key) {
        key.add("litcol").add(name).add(type);
    }
}
