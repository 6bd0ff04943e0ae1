package org.jalchemy.sql;

/**
 * A statement element whose meaning is decided by the context that runs the statement, not when it is built: a
 * metamodel attribute ({@code User_.username}) stands for the column of whichever Registry runs it, an ORM
 * {@code select(User.class)} for the SELECT of that Registry's table. The {@link ElementResolver} of the execution
 * (the ORM Session's, or the Engine's) turns it into a plain element when the statement is keyed and compiled; the
 * resolved element is what the cache key holds, so two contexts never share a compiled form.
 *
 * <p>An implementation's {@code appendCacheKey} calls {@link CacheKey#resolve} and keys the result; its
 * {@code accept} calls {@link SqlVisitor#resolve} and visits the result.
 */
public interface DeferredElement extends ClauseElement {
    /**
     * What this element stands for where {@code resolver} runs, or null when it does not know it. By default the
     * resolver's answer; an element made of other deferred elements (a join whose left side is one) resolves those
     * and builds itself from the results.
     */
    default ClauseElement resolveWith(ElementResolver resolver) {
        return resolver.resolve(this);
    }
}
