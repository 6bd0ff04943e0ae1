package org.jalchemy.sql;

import java.util.List;
import java.util.Set;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;

/**
 * {@code (SELECT ...) AS name} in a FROM clause: {@code select(...).subquery("counts")}; its columns are
 * {@code sq.c("n")}, typed as the selected expressions. A subquery selecting a foreign-key column can be
 * joined with the ON clause inferred.
 *
 * @param lateral rendered {@code LATERAL (...)}, able to refer to FROM items to its left
 */
public record Subquery(SelectBase select, String name, boolean lateral) implements NamedFromClause {
    @Override public List<ColumnElement<?>> sourceColumns() { return select.selectedColumns(); }

    @Override public Set<Table> baseTables() { return select.baseTables(); }

    /** The subquery column selecting {@code column} directly (or under its own name), or null. */
    @Override public ColumnElement<?> correspondingColumn(Column<?> column) {
        for (ColumnElement<?> c : select.selectedColumns()) {
            if (c == column) {
                return c(column.name());
            }
        }
        return null;
    }

    @Override public void accept(SqlVisitor visitor) { visitor.visitSubquery(this); }

    @Override public void appendCacheKey(CacheKey key) { key.add("subquery").add(name).add(lateral).add(select); }
}
