package org.jalchemy.sql;

import java.util.List;
import java.util.Set;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;

/**
 * A common table expression: {@code WITH name AS (...)}, placed at the top of the statement that uses it.
 * A recursive one is built from its anchor and extended with {@link #unionAll}:
 * <pre>{@code
 * Cte tree = select(nodes.c("id")).where(nodes.c("id").eq(2)).cte("tree", true);
 * tree = tree.unionAll(select(nodes.c("id")).selectFrom(nodes.join(tree, nodes.c("parent_id").eq(tree.c("id")))));
 * }</pre>
 */
public record Cte(String name, boolean recursive, SelectBase body) implements NamedFromClause {
    @Override public List<ColumnElement<?>> sourceColumns() { return body.selectedColumns(); }

    /** This CTE with its body extended: {@code body UNION ALL select} (the recursive part). */
    public Cte unionAll(SelectBase select) {
        return new Cte(name, recursive, CompoundSelect.of(CompoundSelect.Kind.UNION_ALL, body, select));
    }

    /** This CTE with its body extended: {@code body UNION select}. */
    public Cte union(SelectBase select) {
        return new Cte(name, recursive, CompoundSelect.of(CompoundSelect.Kind.UNION, body, select));
    }

    @Override public Set<Table> baseTables() {
        return body.baseTables();
    }

    @Override public ColumnElement<?> correspondingColumn(Column<?> column) {
        for (ColumnElement<?> c : body.selectedColumns()) {
            if (c == column) {
                return c(column.name());
            }
        }
        return null;
    }

    @Override public void accept(SqlVisitor visitor) { visitor.visitCte(this); }

    @Override public void appendCacheKey(CacheKey key) { key.add("cte").add(name).add(recursive).add(body); }

    /** Records compare deeply; a recursive CTE refers to an earlier version of itself, so identity is enough. */
    @Override public boolean equals(Object o) { return this == o; }

    @Override public int hashCode() { return System.identityHashCode(this); }
}
