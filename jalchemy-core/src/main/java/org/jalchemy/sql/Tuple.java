package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.types.SqlType;
import org.jalchemy.types.Types;

/**
 * A row value {@code (a, b)}, compared with lists of values:
 * {@code tuple(t.c("a"), t.c("b")).in(List.of(List.of(1, "x"), List.of(2, "y")))} renders
 * {@code (t.a, t.b) IN ((?, ?), (?, ?))}; each value is bound with its element's type.
 */
public record Tuple(List<ColumnElement<?>> elements) implements ColumnElement<List<?>> {
    /** Copies the list; a tuple needs at least one element. */
    public Tuple {
        if (elements.isEmpty()) {
            throw new ArgumentError("tuple() needs at least one expression");
        }
        elements = List.copyOf(elements);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Override public SqlType<List<?>> type() { return (SqlType) Types.NULLTYPE; }

    /** A list of values becomes a tuple of bound values, one per element, typed as that element. */
    @Override public ColumnElement<List<?>> bind(Object value) {
        if (value instanceof ColumnElement<?> e) {
            @SuppressWarnings("unchecked")
            ColumnElement<List<?>> t = (ColumnElement<List<?>>) e;
            return t;
        }
        if (!(value instanceof List<?> values) || values.size() != elements.size()) {
            throw new ArgumentError("A tuple of " + elements.size() + " expressions needs lists of " + elements.size()
                    + " values, got " + value);
        }
        List<ColumnElement<?>> binds = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            binds.add(elements.get(i).bind(values.get(i)));
        }
        return new Tuple(binds);
    }

    @Override public void accept(SqlVisitor visitor) { visitor.visitTuple(this); }

    @Override public void appendCacheKey(CacheKey key) { key.add("tuple").addAll(elements); }

    @Override public void collectFroms(java.util.Collection<FromClause> out) {
        for (ColumnElement<?> e : elements) {
            e.collectFroms(out);
        }
    }
}
