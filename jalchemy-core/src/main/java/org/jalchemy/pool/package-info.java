/**
 * Where an engine's JDBC connections come from: the {@link org.jalchemy.pool.ConnectionPool} interface and its
 * implementations, {@link org.jalchemy.pool.HikariConnectionPool} (the default) and
 * {@link org.jalchemy.pool.SingletonConnectionPool} (one connection, for {@code sqlite:///:memory:}), configured
 * by {@link org.jalchemy.pool.PoolSettings}. {@link org.jalchemy.pool.DriverDataSource} opens physical connections
 * and runs the connect hooks; {@link org.jalchemy.pool.StatementCache} keeps one connection's prepared statements.
 * <p>A pool hands out and takes back {@code java.sql.Connection}s: it builds no SQL and knows no
 * statement tree and no dialect (the dialect's set-up reaches it only as a connect hook).
 */
package org.jalchemy.pool;
