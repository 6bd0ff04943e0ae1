package org.jalchemy.sql;

import java.util.Collection;
import org.jalchemy.types.SqlType;

/**
 * A column seen through a named FROM clause (a table alias, a subquery, a CTE), rendered
 * {@code parent.name}: {@code users.alias("u2").c("id")}, {@code sq.c("n")}. It keeps the type of the
 * column it stands for, so values read through it convert to the same Java type.
 */
public record FromColumn<T>(NamedFromClause parent, String name, SqlType<T> type) implements ColumnElement<T> {
    @Override public void accept(SqlVisitor visitor) { visitor.visitFromColumn(this); }

    /** The parent's structure is keyed where the parent stands in FROM; here only the names matter. */
    @Override public void appendCacheKey(CacheKey key) {
        key.add("fcol").add(parent.name()).add(name).add(type);
    }

    @Override public void collectFroms(Collection<FromClause> out) { out.add(parent); }

    @Override public String columnName() { return name; }

    @Override public String toString() { return parent.name() + "." + name; }
}
