/**
 * The SQLite dialect (3.24+, embedded): {@link org.jalchemy.dialect.sqlite.SqliteDialect},
 * {@link org.jalchemy.dialect.sqlite.SqliteCompiler}, {@link org.jalchemy.dialect.sqlite.SqliteJdbcHandlers}
 * (dates and times as ISO-8601 text) and {@link org.jalchemy.dialect.sqlite.Sqlite}, SQLite-specific statements
 * (ON CONFLICT upserts). Package-private: {@code SqliteReflection}, {@code SqliteLiterals}, {@code SqliteJsonList}.
 * <pre>{@code
 * Engine engine = Engine.create("sqlite:///app.db");
 * conn.execute(Sqlite.insert(users).values(Map.of("id", 1, "name", "x"))
 *         .onConflictDoUpdate(List.of("id"), Map.of("name", Sqlite.excluded(users, "name"))));
 * }</pre>
 * Only what SQLite does differently from the standard pieces in {@code org.jalchemy.dialect}; nothing of other
 * databases.
 */
package org.jalchemy.dialect.sqlite;
