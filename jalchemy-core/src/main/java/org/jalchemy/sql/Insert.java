package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;

/**
 * {@code INSERT INTO table ...}. Without values, the columns come from the parameter maps given at
 * execution (one map: one row; a list: executemany).
 * <pre>{@code
 * insert(users).values(Map.of("username", "john", "email", "j@x.org")).returning(users.c("id"))
 * }</pre>
 */
public final class Insert implements Executable {
    private final Table table;
    private final List<Map<Column<?>, ColumnElement<?>>> rows;
    private final List<ColumnElement<?>> returning;
    private final List<Column<?>> selectInto;
    private final Select select;
    // Set only on a fresh copy before it is handed out (see carry / withUpsert); never changed after.
    private UpsertClause upsert;
    /** The key and the statement per parameter-key set, computed once: single-row inserts run in loops. */
    private final StatementMemo memo = new StatementMemo();

    private Insert(Table table, List<Map<Column<?>, ColumnElement<?>>> rows, List<ColumnElement<?>> returning,
                   List<Column<?>> selectInto, Select select) {
        this.table = table;
        this.rows = rows;
        this.returning = returning;
        this.selectInto = selectInto;
        this.select = select;
    }

    /** An INSERT into {@code table} with no values yet. */
    public static Insert into(Table table) {
        return new Insert(table, List.of(), List.of(), List.of(), null);
    }

    private Map<Column<?>, ColumnElement<?>> firstRow() {
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    private Insert withFirstRow(Map<Column<?>, ColumnElement<?>> row) {
        List<Map<Column<?>, ColumnElement<?>>> r = new ArrayList<>(rows);
        if (r.isEmpty()) {
            r.add(row);
        } else {
            r.set(0, row);
        }
        return carry(new Insert(table, List.copyOf(r), returning, selectInto, select));
    }

    /** Sets values by column name; a value may be a plain value or an expression. */
    public Insert values(Map<String, ?> values) {
        return withFirstRow(ValuesMap.of(table, values, firstRow()));
    }

    /** A multi-row {@code VALUES (...), (...)}: one statement, one row per map (all with the same keys). */
    public Insert values(List<? extends Map<String, ?>> manyRows) {
        List<Map<Column<?>, ColumnElement<?>>> r = new ArrayList<>();
        for (Map<String, ?> m : manyRows) {
            if (!m.keySet().equals(manyRows.get(0).keySet())) {
                // one column list serves every row, so differing keys would put values into the wrong columns
                throw new org.jalchemy.exc.ArgumentError("Multi-row values() for table '" + table.name()
                        + "' need the same keys in every row: " + manyRows.get(0).keySet() + " and " + m.keySet());
            }
            r.add(ValuesMap.of(table, m, Map.of()));
        }
        return carry(new Insert(table, List.copyOf(r), returning, selectInto, select));
    }

    /** Sets one column, typed: {@code insert(users).value(users.username, "john")}. */
    public <T> Insert value(Column<T> column, T value) {
        Map<Column<?>, ColumnElement<?>> row = new LinkedHashMap<>(firstRow());
        row.put(column, column.bind(value));
        return withFirstRow(ValuesMap.of(table, Map.of(), row));
    }

    /** {@code RETURNING} these columns (where the database supports it). */
    public Insert returning(ColumnElement<?>... columns) {
        return carry(new Insert(table, rows, List.of(columns), selectInto, select));
    }

    /** {@code INSERT INTO table (names) SELECT ...}. */
    public Insert fromSelect(List<String> columnNames, Select source) {
        List<Column<?>> cols = new ArrayList<>();
        for (String n : columnNames) {
            cols.add(ValuesMap.column(table, n));
        }
        return carry(new Insert(table, List.of(), returning, List.copyOf(cols), source));
    }

    private Insert carry(Insert copy) {
        copy.upsert = upsert;
        return copy;
    }

    /**
     * This INSERT with a conflict clause (ON CONFLICT / ON DUPLICATE KEY UPDATE); used by the dialect
     * builders {@code Postgres.insert}, {@code Sqlite.insert} and {@code MySql.insert}.
     */
    public Insert withUpsert(UpsertClause clause) {
        Insert copy = new Insert(table, rows, returning, selectInto, select);
        copy.upsert = clause;
        return copy;
    }

    /** The conflict clause, or null. */
    public UpsertClause upsert() { return upsert; }

    /** The target table. */
    public Table table() { return table; }

    /** The rows of VALUES: column → expression, in table column order. */
    public List<Map<Column<?>, ColumnElement<?>>> rows() { return rows; }

    /** The RETURNING columns, empty if none. */
    public List<ColumnElement<?>> returningColumns() { return returning; }

    /** The SELECT of an INSERT ... SELECT, or null. */
    public Select select() { return select; }

    /** The target columns of an INSERT ... SELECT. */
    public List<Column<?>> selectInto() { return selectInto; }

    @Override public Executable forParameterKeys(Set<String> keys) {
        if (keys.isEmpty() || select != null || rows.size() > 1) {
            return this;
        }
        return memo.forParameterKeys(keys, k -> {
            Map<Column<?>, ColumnElement<?>> row = ValuesMap.fromKeys(table, k, firstRow());
            return row == firstRow() ? this : withFirstRow(row);
        });
    }

    @Override public CacheKey cacheKey(ElementResolver resolver) {
        return memo.cacheKey(this, resolver);
    }

    @Override public void accept(SqlVisitor visitor) { visitor.visitInsert(this); }

    @Override public String toString() { return Statements.render(this); }

    @Override public void appendCacheKey(CacheKey key) {
        key.add("insert").identity(table).add(rows.size());
        for (Map<Column<?>, ColumnElement<?>> row : rows) {
            for (Map.Entry<Column<?>, ColumnElement<?>> e : row.entrySet()) {
                key.identity(e.getKey()).add(e.getValue());
            }
        }
        key.addAll(returning).addAll(selectInto).add(select).add(upsert);
    }

}
