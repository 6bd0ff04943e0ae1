package org.jalchemy.pool;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.jalchemy.exc.TimeoutError;

/**
 * The default pool, on HikariCP: at most {@code size + maxOverflow} connections, opened lazily and kept idle
 * for reuse, checked out with a timeout. HikariCP always validates a connection that has been idle, so
 * {@code prePing} cannot be switched off. {@code recycle} is checked at checkout: an older connection is closed and
 * replaced.
 */
public final class HikariConnectionPool implements ConnectionPool {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final HikariDataSource hikari;
    private final PoolSettings settings;
    private final DriverDataSource source;

    /** A pool over {@code source} (whose connections are already set up by the connect hooks). */
    public HikariConnectionPool(DriverDataSource source, PoolSettings settings, String name) {
        this.settings = settings;
        this.source = source;
        HikariConfig config = new HikariConfig();
        config.setPoolName("jalchemy-" + name + "-" + COUNTER.incrementAndGet());
        config.setDataSource(source);
        config.setAutoCommit(false);
        config.setMaximumPoolSize(Math.max(1, settings.size() + settings.maxOverflow()));
        config.setMinimumIdle(0);
        config.setConnectionTimeout(Math.max(250, settings.timeout().toMillis()));
        config.setInitializationFailTimeout(-1);
        if (settings.recycle() != null) {
            config.setMaxLifetime(Math.max(30_000, settings.recycle().toMillis()));
        }
        if (settings.isolationLevel() != null) {
            config.setTransactionIsolation("TRANSACTION_" + settings.isolationLevel().trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
        }
        this.hikari = new HikariDataSource(config);
    }

    @Override public java.sql.Connection checkout() throws SQLException {
        if (hikari.getHikariPoolMXBean().getTotalConnections() == 0) {
            // HikariCP opens connections in its own thread and retries until the pool timeout; with none open yet
            // (first use, or all closed after an outage), connect here so an unreachable database fails now, with
            // the driver's error, and the new connection goes to the pool
            source.openAhead();
        }
        java.sql.Connection c = borrow();
        if (settings.recycle() == null) {
            return c;
        }
        // pool_recycle as SQLAlchemy checks it: at checkout, a connection older than the limit is closed and replaced
        // (HikariCP's own maxLifetime cannot go below 30 s)
        long limit = settings.recycle().toNanos();
        for (int i = 0; i <= settings.size() + settings.maxOverflow() && ageNanos(c) >= limit; i++) {
            hikari.evictConnection(c);
            c = borrow();
        }
        return c;
    }

    private static long ageNanos(java.sql.Connection c) throws SQLException {
        return c.isWrapperFor(StatementCache.Holder.class)
                ? System.nanoTime() - c.unwrap(StatementCache.Holder.class).openedAtNanos()
                : 0;
    }

    private java.sql.Connection borrow() throws SQLException {
        try {
            return hikari.getConnection();
        } catch (SQLTransientConnectionException e) {
            if (e.getCause() == null) {
                throw new TimeoutError("Connection pool limit of size " + settings.size() + " overflow "
                        + settings.maxOverflow() + " reached, connection timed out, timeout "
                        + settings.timeout().toMillis() / 1000.0 + "s", e);
            }
            throw e.getCause() instanceof SQLException s ? s : e;
        }
    }

    @Override public void close() {
        hikari.close();
        source.closeOpenedAhead();
    }

    @Override public String describe() {
        return "HikariPool(size=" + settings.size() + ", overflow=" + settings.maxOverflow() + ")";
    }
}
