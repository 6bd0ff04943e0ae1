/**
 * Running statements on a database: {@link org.jalchemy.engine.Engine} (dialect, pool and compiled-statement
 * cache for one database, configured through {@link org.jalchemy.engine.EngineBuilder} from a
 * {@link org.jalchemy.engine.URL}), {@link org.jalchemy.engine.Connection} and
 * {@link org.jalchemy.engine.Transaction} ("commit as you go", SAVEPOINTs), and what comes back:
 * {@link org.jalchemy.engine.Result}, {@link org.jalchemy.engine.Row}, {@link org.jalchemy.engine.RowMetadata},
 * {@link org.jalchemy.engine.ScalarResult}. {@link org.jalchemy.engine.EngineEvents} holds the statement,
 * connect and checkout listeners.
 * <pre>{@code
 * Engine engine = Engine.create("sqlite:///example.db");
 * try (Connection conn = engine.connect()) {
 *     conn.execute(insert(users).values(Map.of("username", "x")));
 *     conn.commit();
 * }
 * }</pre>
 * The engine compiles a statement through its dialect and binds through the dialect's JDBC handlers: what differs
 * per database is asked of the {@code Dialect}, not decided here (the one dialect named is SQLite's, whose
 * {@code :memory:} database needs a single-connection pool). It knows nothing of the ORM. Package-private
 * {@code InsertManyValues} pages an executemany INSERT ... RETURNING.
 */
package org.jalchemy.engine;
