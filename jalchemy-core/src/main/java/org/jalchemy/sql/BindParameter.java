package org.jalchemy.sql;

import org.jalchemy.types.SqlType;

/**
 * A bound parameter: either carries its value ({@code users.c("id").eq(5)}) or names one given at execution
 * ({@code bindparam("uid")}). Values never appear in SQL text.
 *
 * @param key the parameter name (for {@code fromParams}) or a hint, may be null
 * @param value the value when not {@code fromParams}, already coerced to the type
 * @param type the SQL type that binds the value
 * @param fromParams true when the value comes from the execution parameters by {@code key}
 */
public record BindParameter<T>(String key, Object value, SqlType<T> type, boolean fromParams) implements ColumnElement<T> {
    /** A parameter carrying {@code value}, converted to {@code type}. */
    public static <T> BindParameter<T> of(Object value, SqlType<T> type) {
        return new BindParameter<>(null, type.coerce(value), type, false);
    }

    /** A parameter whose value is given by name at execution. */
    public static <T> BindParameter<T> named(String key, SqlType<T> type) {
        return new BindParameter<>(key, null, type, true);
    }

    @Override public void accept(SqlVisitor visitor) { visitor.visitBindParameter(this); }

    @Override public void appendCacheKey(CacheKey key) { key.bind(this); }
}
