package org.jalchemy.sql;

import java.util.List;
import java.util.function.Function;

/**
 * A JOIN whose left side is a FROM clause known only when the statement runs (the table of a metamodel attribute,
 * {@code select(User_.username).join(addresses)}): resolved with the statement, its ON clause inferred then when
 * none was given.
 */
record DeferredJoin(FromClause left, Function<FromClause, Join> join) implements FromClause, DeferredElement {
    @Override public ClauseElement resolveWith(ElementResolver resolver) {
        FromClause l = (FromClause) ElementResolver.require(resolver, (DeferredElement) left);
        return join.apply(l);
    }

    @Override public List<? extends ColumnElement<?>> columns() {
        throw unresolved();
    }

    @Override public ColumnElement<Object> c(String name) {
        throw unresolved();
    }

    @Override public void accept(SqlVisitor visitor) { visitor.resolve(this).accept(visitor); }

    @Override public void appendCacheKey(CacheKey key) { key.resolve(this).appendCacheKey(key); }

    private org.jalchemy.exc.InvalidRequestError unresolved() {
        return new org.jalchemy.exc.InvalidRequestError("The columns of " + this + " are known only when the statement runs");
    }

    @Override public String toString() { return "join to " + left; }
}
