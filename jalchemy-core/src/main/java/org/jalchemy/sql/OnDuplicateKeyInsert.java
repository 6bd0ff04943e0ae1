package org.jalchemy.sql;

import java.util.List;
import java.util.Map;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;

/**
 * An INSERT that can become an upsert with {@code ON DUPLICATE KEY UPDATE} (MySQL, MariaDB); made by
 * {@code MySql.insert(table)}:
 * <pre>{@code
 * MySql.insert(users).values(Map.of("username", "x", "email", "a@b"))
 *      .onDuplicateKeyUpdate(Map.of("email", MySql.inserted(users, "email")))
 * }</pre>
 */
public final class OnDuplicateKeyInsert implements Executable {
    private final Insert insert;

    /** Wraps {@code insert}. */
    public OnDuplicateKeyInsert(Insert insert) {
        this.insert = insert;
    }

    /** Sets values by column name. */
    public OnDuplicateKeyInsert values(Map<String, ?> values) { return new OnDuplicateKeyInsert(insert.values(values)); }

    /** Multi-row VALUES. */
    public OnDuplicateKeyInsert values(List<? extends Map<String, ?>> rows) { return new OnDuplicateKeyInsert(insert.values(rows)); }

    /** Sets one column, typed. */
    public <T> OnDuplicateKeyInsert value(Column<T> column, T value) { return new OnDuplicateKeyInsert(insert.value(column, value)); }

    /**
     * {@code ON DUPLICATE KEY UPDATE col = value, ...}; a value may be a plain value, an expression, or
     * {@link #inserted} ({@code VALUES(col)}) for the value the INSERT proposed.
     */
    public Insert onDuplicateKeyUpdate(Map<String, ?> set) {
        if (set.isEmpty()) {
            throw new org.jalchemy.exc.ArgumentError("onDuplicateKeyUpdate on table '" + insert.table().name()
                    + "' needs at least one column to update");
        }
        return insert.withUpsert(new UpsertClause.OnDuplicateKey(ValuesMap.of(insert.table(), set, Map.of())));
    }

    /** {@code VALUES(name)}: the value this INSERT proposed for the column. */
    public ColumnElement<Object> inserted(String name) {
        return OnConflictInsert.excluded(insert.table(), name);
    }

    /** {@code VALUES(name)} of {@code table}. */
    public static ColumnElement<Object> inserted(Table table, String name) {
        return OnConflictInsert.excluded(table, name);
    }

    /** The plain INSERT. */
    public Insert insert() { return insert; }

    @Override public void accept(SqlVisitor visitor) { insert.accept(visitor); }

    @Override public void appendCacheKey(CacheKey key) { insert.appendCacheKey(key); }

    @Override public Executable forParameterKeys(java.util.Set<String> keys) { return insert.forParameterKeys(keys); }

    @Override public String toString() { return insert.toString(); }
}
