package org.jalchemy.sql;

import org.jalchemy.schema.Column;
import org.jalchemy.types.SqlType;

/**
 * In an upsert's update values, the value the INSERT proposed for {@code column}: {@code excluded.col} on
 * PostgreSQL and SQLite, {@code VALUES(col)} on MySQL/MariaDB.
 */
public record ExcludedColumn<T>(Column<T> column) implements ColumnElement<T> {
    @Override public SqlType<T> type() { return column.type(); }

    @Override public void accept(SqlVisitor visitor) { visitor.visitExcluded(this); }

    @Override public void appendCacheKey(CacheKey key) { key.add("excluded").identity(column); }
}
