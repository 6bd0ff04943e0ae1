package org.jalchemy.sql;

import java.util.List;
import org.jalchemy.types.SqlType;

/**
 * A SQL function call such as {@code count(users.id)}; {@code func.count()} with no argument renders
 * {@code count(*)}. Built through {@link Func}.
 */
public record FunctionCall<T>(String name, List<ColumnElement<?>> arguments, SqlType<T> type) implements ColumnElement<T> {
    /** Copies the arguments so the node stays immutable. */
    public FunctionCall {
        arguments = List.copyOf(arguments);
    }

    /** This function as a window function: {@code func.rowNumber().over(partitionBy(a), orderBy(b))}. */
    public Over<T> over(WindowPart... window) {
        return Over.of(this, window);
    }

    @Override public void accept(SqlVisitor visitor) { visitor.visitFunction(this); }

    @Override public void appendCacheKey(CacheKey key) {
        key.add("fn").add(name).add(type).addAll(arguments);
    }

    @Override public void collectFroms(java.util.Collection<FromClause> out) {
        for (ColumnElement<?> a : arguments) {
            a.collectFroms(out);
        }
    }
}
