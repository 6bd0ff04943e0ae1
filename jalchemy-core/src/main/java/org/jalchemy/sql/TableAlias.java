package org.jalchemy.sql;

import java.util.List;
import java.util.Set;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;

/** {@code users AS u2}: a table under another name, for self-joins: {@code users.alias("u2")}. */
public record TableAlias(Table table, String name) implements NamedFromClause {
    @Override public List<Column<?>> sourceColumns() { return table.columns(); }

    @Override public Set<Table> baseTables() { return Set.of(table); }

    @Override public ColumnElement<?> correspondingColumn(Column<?> column) {
        return column.table() == table ? c(column.name()) : null;
    }

    @Override public void accept(SqlVisitor visitor) { visitor.visitTableAlias(this); }

    @Override public void appendCacheKey(CacheKey key) { key.add("alias").identity(table).add(name); }

    @Override public String toString() { return table.name() + " AS " + name; }
}
