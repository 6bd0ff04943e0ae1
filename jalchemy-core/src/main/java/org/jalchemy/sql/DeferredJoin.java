package org.jalchemy.sql;

import java.util.function.Function;

/**
 * A JOIN whose left side is a FROM clause known only when the statement runs (the table of a metamodel attribute,
 * {@code select(User_.username).join(addresses)}): resolved with the statement, its ON clause inferred then when
 * none was given.
 */
record DeferredJoin(FromClause left, Function<FromClause, Join> join) implements DeferredFromClause {
    @Override public ClauseElement resolveWith(ElementResolver resolver) {
        FromClause l = (FromClause) ElementResolver.require(resolver, (DeferredElement) left);
        return join.apply(l);
    }

    @Override public String unresolvedReason() { return "its left side is resolved then"; }

    @Override public String toString() { return "join to " + left; }
}
