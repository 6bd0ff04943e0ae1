package org.jalchemy.sql;

/**
 * A node of the SQL expression tree. Nodes are immutable; a dialect's compiler visits them to produce SQL,
 * and {@link #appendCacheKey} describes their shape (never their values) so compiled SQL can be reused.
 */
public interface ClauseElement {
    /** Double dispatch to the compiler (or any other {@link SqlVisitor}). */
    void accept(SqlVisitor visitor);

    /**
     * Appends this node's structure to {@code key} and registers its bound values with it, children in a
     * fixed order. Two trees with equal keys compile to the same SQL.
     */
    void appendCacheKey(CacheKey key);
}
