package org.jalchemy.sql;

import java.util.List;
import org.jalchemy.exc.InvalidRequestError;

/**
 * A FROM clause known only when the statement runs (the table of a metamodel attribute, a join whose left side is
 * one): it is compiled and keyed as what the running context resolves it to, and has no columns of its own before.
 */
public interface DeferredFromClause extends FromClause, DeferredElement {
    /** What the message of the error raised for a look-up before resolution says this clause depends on. */
    String unresolvedReason();

    @Override default List<? extends ColumnElement<?>> columns() {
        throw unresolved();
    }

    @Override default ColumnElement<Object> c(String name) {
        throw unresolved();
    }

    @Override default void accept(SqlVisitor visitor) { visitor.resolve(this).accept(visitor); }

    @Override default void appendCacheKey(CacheKey key) { key.resolve(this).appendCacheKey(key); }

    private InvalidRequestError unresolved() {
        return new InvalidRequestError("The columns of " + this + " are known only when the statement runs ("
                + unresolvedReason() + ")");
    }
}
