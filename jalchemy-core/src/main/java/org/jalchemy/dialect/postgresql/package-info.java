/**
 * The PostgreSQL dialect, through pgjdbc: {@link org.jalchemy.dialect.postgresql.PostgresDialect},
 * {@link org.jalchemy.dialect.postgresql.PostgresCompiler} (ILIKE, ON CONFLICT, long IN lists as {@code = ANY(?)}),
 * {@link org.jalchemy.dialect.postgresql.PostgresJdbcHandlers} and
 * {@link org.jalchemy.dialect.postgresql.Postgres}, PostgreSQL-specific statements
 * ({@code Postgres.insert(users).values(...).onConflictDoUpdate(...)}). Package-private:
 * {@code PostgresReflection}, {@code PostgresLiterals}, {@code PostgresArrayTypes}.
 * <p>Only what PostgreSQL does differently from the standard pieces in {@code org.jalchemy.dialect}; nothing of
 * other databases.
 */
package org.jalchemy.dialect.postgresql;
