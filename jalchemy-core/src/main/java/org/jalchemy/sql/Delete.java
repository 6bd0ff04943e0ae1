package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.schema.Table;

/** {@code DELETE FROM table WHERE ...}: {@code delete(users).where(users.c("username").like("tmp%"))}. */
public final class Delete implements Executable {
    private final Table table;
    private final List<ColumnElement<Boolean>> where;
    private final List<ColumnElement<?>> returning;

    private Delete(Table table, List<ColumnElement<Boolean>> where, List<ColumnElement<?>> returning) {
        this.table = table;
        this.where = where;
        this.returning = returning;
    }

    /** A DELETE of every row of {@code table}, until narrowed with {@link #where}. */
    public static Delete from(Table table) {
        return new Delete(table, List.of(), List.of());
    }

    /** Adds WHERE conditions, joined with AND. */
    @SafeVarargs
    public final Delete where(ColumnElement<Boolean>... conditions) {
        List<ColumnElement<Boolean>> w = new ArrayList<>(where);
        w.addAll(List.of(conditions));
        return new Delete(table, List.copyOf(w), returning);
    }

    /** {@code RETURNING} these columns (PostgreSQL, SQLite, MariaDB). */
    public Delete returning(ColumnElement<?>... columns) {
        return new Delete(table, where, List.of(columns));
    }

    /** The target table. */
    public Table table() { return table; }

    /** The WHERE conditions. */
    public List<ColumnElement<Boolean>> whereClauses() { return where; }

    /** The RETURNING columns. */
    public List<ColumnElement<?>> returningColumns() { return returning; }

    @Override public String toString() { return Statements.render(this); }

    @Override public void accept(SqlVisitor visitor) { visitor.visitDelete(this); }

    @Override public void appendCacheKey(CacheKey key) {
        key.add("delete").identity(table).addAll(where).addAll(returning);
    }
}
