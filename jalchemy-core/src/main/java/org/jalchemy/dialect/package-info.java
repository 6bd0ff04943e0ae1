/**
 * What differs between databases: {@link org.jalchemy.dialect.Dialect} (SQL compilation, DDL, type names and JDBC
 * handlers, identifier quoting, capabilities, error classification, reflection and connection set-up), found for a
 * URL by {@link org.jalchemy.dialect.Dialects}; the standard pieces each dialect extends:
 * {@link org.jalchemy.dialect.DdlCompiler}, {@link org.jalchemy.dialect.StandardTypeNames},
 * {@link org.jalchemy.dialect.SqlLiterals} and {@link org.jalchemy.dialect.ReservedWords}; and
 * {@link org.jalchemy.dialect.Reflection}, the catalogue queries behind {@code Inspector}.
 * <pre>{@code
 * CompiledStatement c = select(users).where(users.c("id").eq(5)).compile(PostgresDialect.INSTANCE);
 * }</pre>
 * Dialect knowledge lives here and in the per-database subpackages ({@code sqlite}, {@code postgresql},
 * {@code mysql}, {@code oracle}); a dialect overrides only what its database does differently. Dialects build
 * on Core (and the helpers of the non-exported {@code org.jalchemy.dialect.internal}), never on the ORM.
 */
package org.jalchemy.dialect;
