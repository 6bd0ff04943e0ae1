package org.jalchemy.sql;

import org.jalchemy.types.SqlType;
import org.jalchemy.types.Types;

/**
 * The constant {@code true} or {@code false}: {@code true_()}, {@code false_()}. Rendered {@code true}/{@code false}
 * where the database has booleans, {@code 1}/{@code 0} where it stores them as numbers, and as a comparison on
 * Oracle, which has no boolean expressions outside conditions.
 */
public record BooleanLiteral(boolean value) implements ColumnElement<Boolean> {
    @Override public SqlType<Boolean> type() { return Types.BOOLEAN; }

    @Override public void accept(SqlVisitor visitor) { visitor.visitBooleanLiteral(this); }

    @Override public void appendCacheKey(CacheKey key) { key.add("boolean").add(value); }
}
