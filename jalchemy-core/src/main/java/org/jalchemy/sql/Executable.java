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
     * This statement's structural key and bound parameters ({@link CacheKey#of}); immutable statements that are
     * executed again and again may compute it once.
     */
    default CacheKey cacheKey() {
        return CacheKey.of(this);
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
