package org.jalchemy.sql;

import java.util.List;

/**
 * A {@code text()} query with declared result columns, as SQLAlchemy's {@code TextClause.columns}:
 * {@code text("SELECT id, name FROM users").columns(column("id", INTEGER), column("name", string(50)))}.
 * The columns match the query's result columns by position; each value is read by its column's type, and
 * {@code row.get(column)} returns it typed.
 *
 * @param text the SQL
 * @param columns the result columns, in the order the query returns them
 */
public record TextualSelect(TextClause text, List<ColumnElement<?>> columns) implements Executable {
    /** Copies the list so the statement stays immutable. */
    public TextualSelect {
        columns = List.copyOf(columns);
    }

    @Override public void accept(SqlVisitor visitor) { visitor.visitTextualSelect(this); }

    @Override public void appendCacheKey(CacheKey key) {
        key.add("textual").add(text).addAll(columns);
    }

    @Override public String toString() { return text.toString(); }
}
