package org.jalchemy.sql;

import java.util.List;

/**
 * The FROM clauses a deferred expression brings into a SELECT, known only when the statement runs: a Select resolves
 * the expression and collects the FROM clauses of what it resolved to (none for a correlated EXISTS).
 *
 * @param element the deferred expression
 */
public record FromsOf(DeferredElement element) implements FromClause, DeferredElement {
    @Override public ClauseElement resolveWith(ElementResolver resolver) {
        return ElementResolver.require(resolver, element);
    }

    @Override public List<? extends ColumnElement<?>> columns() {
        throw unresolved();
    }

    @Override public ColumnElement<Object> c(String name) {
        throw unresolved();
    }

    @Override public void accept(SqlVisitor visitor) {
        throw unresolved();
    }

    @Override public void appendCacheKey(CacheKey key) {
        throw unresolved();
    }

    private org.jalchemy.exc.InvalidRequestError unresolved() {
        return new org.jalchemy.exc.InvalidRequestError("The FROM clauses of " + element + " are known only when the statement runs");
    }

    @Override public String toString() { return "FROM clauses of " + element; }
}
