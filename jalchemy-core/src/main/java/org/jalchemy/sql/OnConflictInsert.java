package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;

/**
 * An INSERT that can become an upsert with {@code ON CONFLICT} (PostgreSQL, SQLite); made by
 * {@code Postgres.insert(table)} and {@code Sqlite.insert(table)}:
 * <pre>{@code
 * Postgres.insert(users).values(Map.of("username", "x", "email", "a@b"))
 *         .onConflictDoUpdate(List.of("username"), Map.of("email", Postgres.excluded(users, "email")))
 * }</pre>
 * Executed as is, it is a plain INSERT.
 */
public final class OnConflictInsert implements Executable {
    private final Insert insert;

    /** Wraps {@code insert}. */
    public OnConflictInsert(Insert insert) {
        this.insert = insert;
    }

    /** Sets values by column name. */
    public OnConflictInsert values(Map<String, ?> values) { return new OnConflictInsert(insert.values(values)); }

    /** Multi-row VALUES. */
    public OnConflictInsert values(List<? extends Map<String, ?>> rows) { return new OnConflictInsert(insert.values(rows)); }

    /** Sets one column, typed. */
    public <T> OnConflictInsert value(Column<T> column, T value) { return new OnConflictInsert(insert.value(column, value)); }

    /** {@code ON CONFLICT DO NOTHING}: rows that would violate any unique constraint are skipped. */
    public Insert onConflictDoNothing() {
        return insert.withUpsert(new UpsertClause.OnConflict(List.of(), Map.of()));
    }

    /** {@code ON CONFLICT (targets) DO NOTHING}. */
    public Insert onConflictDoNothing(List<String> targetColumns) {
        return insert.withUpsert(new UpsertClause.OnConflict(columns(targetColumns), Map.of()));
    }

    /**
     * {@code ON CONFLICT (targets) DO UPDATE SET col = value, ...}; a value may be a plain value, an
     * expression, or {@link #excluded} for the value the INSERT proposed.
     */
    public Insert onConflictDoUpdate(List<String> targetColumns, Map<String, ?> set) {
        if (targetColumns.isEmpty()) {
            throw new org.jalchemy.exc.ArgumentError("onConflictDoUpdate on table '" + insert.table().name()
                    + "' needs the conflict target columns (a unique or primary key)");
        }
        if (set.isEmpty()) {
            throw new org.jalchemy.exc.ArgumentError("onConflictDoUpdate on table '" + insert.table().name()
                    + "' needs at least one column to update; use onConflictDoNothing otherwise");
        }
        return insert.withUpsert(new UpsertClause.OnConflict(columns(targetColumns),
                ValuesMap.of(insert.table(), set, Map.of())));
    }

    /** {@code excluded.name}: the value this INSERT proposed for the column, for use in the update values. */
    public ColumnElement<Object> excluded(String name) {
        return excluded(insert.table(), name);
    }

    /** {@code excluded.name} of {@code table}. */
    @SuppressWarnings("unchecked")
    public static ColumnElement<Object> excluded(Table table, String name) {
        return new ExcludedColumn<>((Column<Object>) ValuesMap.column(table, name));
    }

    private List<Column<?>> columns(List<String> names) {
        List<Column<?>> out = new ArrayList<>();
        for (String n : names) {
            out.add(ValuesMap.column(insert.table(), n));
        }
        return out;
    }

    /** The plain INSERT. */
    public Insert insert() { return insert; }

    @Override public void accept(SqlVisitor visitor) { insert.accept(visitor); }

    @Override public void appendCacheKey(CacheKey key) { insert.appendCacheKey(key); }

    @Override public Executable forParameterKeys(java.util.Set<String> keys) { return insert.forParameterKeys(keys); }

    @Override public String toString() { return insert.toString(); }
}
