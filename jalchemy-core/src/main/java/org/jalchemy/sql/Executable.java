package org.jalchemy.sql;

import java.util.Set;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.sql.compiler.CompiledStatement;

/** A statement a {@code Connection} can execute: SELECT, INSERT, UPDATE, DELETE, text, DDL. */
public interface Executable extends ClauseElement {
    /**
     * Compiles for {@code dialect} without running it, e.g. to look at the SQL:
     * {@code select(users).compile(PostgresDialect.INSTANCE).toString()}.
     */
    default CompiledStatement compile(Dialect dialect) {
        return dialect.compile(this, Set.of());
    }

    /**
     * Compiles for {@code dialect} with its {@link DeferredElement}s (metamodel attributes, ORM selects) resolved by
     * {@code resolver}, e.g. {@code registry.resolver()}.
     */
    default CompiledStatement compile(Dialect dialect, ElementResolver resolver) {
        return dialect.compile(this, Set.of(), resolver);
    }

    /**
     * This statement's structural key and bound parameters ({@link CacheKey#of}); immutable statements that are
     * executed again and again may compute it once.
     */
    default CacheKey cacheKey() {
        return cacheKey(null);
    }

    /**
     * This statement's key with its {@link DeferredElement}s resolved by {@code resolver} (null: it must hold none);
     * memoising statements keep one key per resolver.
     */
    default CacheKey cacheKey(ElementResolver resolver) {
        return CacheKey.of(this, resolver);
    }

    /** Whether the compiled form may be cached by structure (false for DDL, compiled afresh). */
    default boolean cacheable() {
        return true;
    }

    /**
     * The statement to compile when it runs with parameter maps having {@code keys}; INSERT and UPDATE
     * without explicit values take their columns from these keys. Most statements return themselves.
     */
    default Executable forParameterKeys(Set<String> keys) {
        return this;
    }
}
