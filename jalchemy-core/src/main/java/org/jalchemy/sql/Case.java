package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.types.SqlType;
import org.jalchemy.types.Types;

/**
 * {@code CASE WHEN c1 THEN r1 ... ELSE e END}, typed as its first result:
 * {@code caseWhen(users.c("age").lt(20), "young").when(users.c("age").lt(40), "mid").otherwise("old")}.
 * Results given as plain values are bound parameters.
 */
public record Case<T>(List<ColumnElement<Boolean>> conditions, List<ColumnElement<?>> results, ColumnElement<?> elseResult,
                      SqlType<T> type) implements ColumnElement<T> {
    /** Copies the lists so the node stays immutable. */
    public Case {
        conditions = List.copyOf(conditions);
        results = List.copyOf(results);
    }

    /** {@code CASE WHEN condition THEN result}; a plain result value is bound with the type its class implies. */
    @SuppressWarnings("unchecked")
    public static <T> Case<T> first(ColumnElement<Boolean> condition, T result) {
        ColumnElement<?> r = valueOf(result, null);
        return new Case<>(List.of(condition), List.of(r), null, (SqlType<T>) r.type());
    }

    /** {@code CASE WHEN condition THEN expression}, typed as the expression. */
    public static <T> Case<T> first(ColumnElement<Boolean> condition, ColumnElement<T> result) {
        return new Case<>(List.of(condition), List.of(result), null, result.type());
    }

    private static ColumnElement<?> valueOf(Object value, SqlType<?> type) {
        if (value instanceof ColumnElement<?> e) {
            return e;
        }
        SqlType<?> t = type != null && !(type instanceof org.jalchemy.types.NullType) ? type : Types.forValue(value);
        return BindParameter.of(value, t);
    }

    /** Adds {@code WHEN condition THEN result}. */
    public Case<T> when(ColumnElement<Boolean> condition, T result) {
        List<ColumnElement<Boolean>> c = new ArrayList<>(conditions);
        c.add(condition);
        List<ColumnElement<?>> r = new ArrayList<>(results);
        r.add(valueOf(result, type));
        return new Case<>(c, r, elseResult, type);
    }

    /** Adds {@code WHEN condition THEN expression}. */
    public Case<T> when(ColumnElement<Boolean> condition, ColumnElement<? extends T> result) {
        List<ColumnElement<Boolean>> c = new ArrayList<>(conditions);
        c.add(condition);
        List<ColumnElement<?>> r = new ArrayList<>(results);
        r.add(result);
        return new Case<>(c, r, elseResult, type);
    }

    /** {@code ELSE expression}. */
    public Case<T> otherwise(ColumnElement<? extends T> result) {
        return new Case<>(conditions, results, result, type);
    }

    /** {@code ELSE result}. */
    public Case<T> otherwise(T result) {
        return new Case<>(conditions, results, valueOf(result, type), type);
    }

    @Override public void accept(SqlVisitor visitor) { visitor.visitCase(this); }

    @Override public void appendCacheKey(CacheKey key) {
        key.add("case").add(type).addAll(conditions).addAll(results).add(elseResult);
    }

    @Override public void collectFroms(java.util.Collection<FromClause> out) {
        for (ColumnElement<Boolean> c : conditions) {
            c.collectFroms(out);
        }
        for (ColumnElement<?> r : results) {
            r.collectFroms(out);
        }
        if (elseResult != null) {
            elseResult.collectFroms(out);
        }
    }
}
