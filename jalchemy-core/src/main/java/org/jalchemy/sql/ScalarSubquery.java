package org.jalchemy.sql;

import org.jalchemy.types.SqlType;

/**
 * {@code (SELECT x ...)} used as a value, typed as its one column. Tables of the enclosing query it refers to
 * are left out of its FROM (auto-correlation), so {@code WHERE addresses.user_id = users.id} correlates.
 */
public record ScalarSubquery<T>(SelectBase select) implements ColumnElement<T> {
    @SuppressWarnings("unchecked")
    @Override public SqlType<T> type() {
        return (SqlType<T>) select.selectedColumns().get(0).type();
    }

    @Override public void accept(SqlVisitor visitor) { visitor.visitScalarSubquery(this); }

    @Override public void appendCacheKey(CacheKey key) { key.add("scalar").add(select); }
}
