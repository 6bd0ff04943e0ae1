package org.jalchemy.sql;

import java.util.regex.Pattern;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.types.SqlType;

/** {@code element COLLATE name}; the collation name is written as given (it is database-specific SQL). */
public record Collate<T>(ColumnElement<T> element, String collation) implements ColumnElement<T> {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\"-]+");

    /** Checks the collation name so it cannot carry other SQL. */
    public Collate {
        if (collation == null || !NAME.matcher(collation).matches()) {
            throw new ArgumentError("Not a collation name: '" + collation + "'");
        }
    }

    @Override public SqlType<T> type() { return element.type(); }

    @Override public int precedence() { return 10; }

    @Override public void accept(SqlVisitor visitor) { visitor.visitCollate(this); }

    @Override public void appendCacheKey(CacheKey key) { key.add("collate").add(collation).add(element); }

    @Override public void collectFroms(java.util.Collection<FromClause> out) { element.collectFroms(out); }
}
