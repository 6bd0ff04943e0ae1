package org.jalchemy.sql;

import org.jalchemy.types.SqlType;
import org.jalchemy.types.Types;

/** {@code EXISTS (SELECT ...)}, correlated to the enclosing query like a scalar subquery. */
public record Exists(SelectBase select) implements ColumnElement<Boolean> {
    @Override public SqlType<Boolean> type() { return Types.BOOLEAN; }

    @Override public void accept(SqlVisitor visitor) { visitor.visitExists(this); }

    @Override public void appendCacheKey(CacheKey key) { key.add("exists").add(select); }
}
