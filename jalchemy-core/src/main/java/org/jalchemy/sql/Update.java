package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;

/**
 * {@code UPDATE table SET ... WHERE ...}; values may be expressions such as {@code col.plus(1)}.
 * <pre>{@code update(users).where(users.c("id").eq(5)).values(Map.of("username", "x")) }</pre>
 */
public final class Update implements Executable {
    private final Table table;
    private final Map<Column<?>, ColumnElement<?>> values;
    private final List<ColumnElement<Boolean>> where;
    private final List<ColumnElement<?>> returning;
    /** The key and the statement per parameter-key set, computed once: updates by key run in loops. */
    private final StatementMemo memo = new StatementMemo();

    private Update(Table table, Map<Column<?>, ColumnElement<?>> values, List<ColumnElement<Boolean>> where,
                   List<ColumnElement<?>> returning) {
        this.table = table;
        this.values = values;
        this.where = where;
        this.returning = returning;
    }

    /** An UPDATE of {@code table} with nothing set yet. */
    public static Update of(Table table) {
        return new Update(table, Map.of(), List.of(), List.of());
    }

    /** Sets columns by name to values or expressions. */
    public Update values(Map<String, ?> newValues) {
        return new Update(table, ValuesMap.of(table, newValues, values), where, returning);
    }

    /** Sets one column, typed. */
    public <T> Update value(Column<T> column, T value) {
        return values(Map.of(column.name(), column.bind(value)));
    }

    /** Adds WHERE conditions, joined with AND. */
    @SafeVarargs
    public final Update where(ColumnElement<Boolean>... conditions) {
        List<ColumnElement<Boolean>> w = new ArrayList<>(where);
        w.addAll(List.of(conditions));
        return new Update(table, values, List.copyOf(w), returning);
    }

    /** {@code RETURNING} these columns (PostgreSQL, SQLite). */
    public Update returning(ColumnElement<?>... columns) {
        return new Update(table, values, where, List.of(columns));
    }

    /** The target table. */
    public Table table() { return table; }

    /** The SET clause: column → expression, in table column order. */
    public Map<Column<?>, ColumnElement<?>> values() { return values; }

    /** The WHERE conditions. */
    public List<ColumnElement<Boolean>> whereClauses() { return where; }

    /** The RETURNING columns. */
    public List<ColumnElement<?>> returningColumns() { return returning; }

    @Override public Executable forParameterKeys(Set<String> keys) {
        if (!values.isEmpty() || keys.isEmpty()) {
            return this;
        }
        return memo.forParameterKeys(keys, k -> new Update(table, ValuesMap.fromKeys(table, k, values), where, returning));
    }

    @Override public CacheKey cacheKey(ElementResolver resolver) {
        return memo.cacheKey(this, resolver);
    }

    @Override public String toString() { return Statements.render(this); }

    @Override public void accept(SqlVisitor visitor) { visitor.visitUpdate(this); }

    @Override public void appendCacheKey(CacheKey key) {
        key.add("update").identity(table).add(values.size());
        for (Map.Entry<Column<?>, ColumnElement<?>> e : values.entrySet()) {
            key.identity(e.getKey()).add(e.getValue());
        }
        key.addAll(where).addAll(returning);
    }
}
