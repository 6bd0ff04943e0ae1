package org.jalchemy.sql;

import java.util.List;
import org.jalchemy.types.SqlType;
import org.jalchemy.types.Types;

/** Conditions joined by AND or OR: {@code and(a, b, c)}. An empty AND is true, an empty OR false. */
public record BooleanClauseList(Operator operator, List<ColumnElement<Boolean>> clauses) implements ColumnElement<Boolean> {
    /** Copies the list so the node stays immutable. */
    public BooleanClauseList {
        clauses = List.copyOf(clauses);
    }

    @Override public SqlType<Boolean> type() { return Types.BOOLEAN; }

    @Override public int precedence() { return clauses.size() == 1 ? clauses.get(0).precedence() : operator.precedence(); }

    @Override public void accept(SqlVisitor visitor) { visitor.visitBooleanList(this); }

    @Override public void appendCacheKey(CacheKey key) {
        key.add("bool").add(operator).addAll(clauses);
    }

    @Override public void collectFroms(java.util.Collection<FromClause> out) {
        for (ColumnElement<Boolean> c : clauses) {
            c.collectFroms(out);
        }
    }
}
