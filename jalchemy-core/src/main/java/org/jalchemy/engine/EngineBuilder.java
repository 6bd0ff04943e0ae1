package org.jalchemy.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.Dialects;
import org.jalchemy.dialect.sqlite.SqliteDialect;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.pool.ConnectionPool;
import org.jalchemy.pool.DriverDataSource;
import org.jalchemy.pool.HikariConnectionPool;
import org.jalchemy.pool.PoolSettings;
import org.jalchemy.pool.SingletonConnectionPool;

/**
 * Configures an {@link Engine}, as {@code create_engine}'s keyword arguments do:
 * <pre>{@code
 * Engine pg = Engine.builder("postgresql://scott:tiger@localhost/test").echo(true).poolSize(5).build();
 * }</pre>
 */
public final class EngineBuilder {
    private final URL url;
    private final Dialect dialect;
    private final DataSource dataSource;
    private boolean echo;
    private int poolSize = 5;
    private int maxOverflow = 10;
    private Duration poolTimeout = Duration.ofSeconds(30);
    private Duration connectTimeout;
    private Duration poolRecycle;
    private boolean prePing = true;
    private String isolationLevel;
    private int compiledCacheSize = 500;
    private Duration sqliteBusyTimeout;

    EngineBuilder(String url) {
        this.url = URL.parse(url);
        this.dialect = Dialects.forName(this.url.dialectName());
        this.dataSource = null;
        this.dialect.driver(this.url);       // an unknown +driver fails here, with the URL
        this.url.connectTimeout();           // so does a malformed connect_timeout
    }

    EngineBuilder(String dialectName, DataSource dataSource) {
        if (dataSource == null) {
            throw new ArgumentError("DataSource is null");
        }
        this.dialect = Dialects.forName(dialectName);
        this.url = new URL(dialectName, null, null, null, null, null, null);
        this.dataSource = dataSource;
    }

    /** Log every statement and its parameters to the SLF4J logger {@code org.jalchemy.engine} at INFO. */
    public EngineBuilder echo(boolean on) {
        this.echo = on;
        return this;
    }

    /** Connections kept open in the pool (default 5). */
    public EngineBuilder poolSize(int size) {
        if (size < 1) {
            throw new ArgumentError("poolSize must be at least 1, got " + size);
        }
        this.poolSize = size;
        return this;
    }

    /** Extra connections allowed under load (default 10). */
    public EngineBuilder maxOverflow(int overflow) {
        if (overflow < 0) {
            throw new ArgumentError("maxOverflow must not be negative, got " + overflow);
        }
        this.maxOverflow = overflow;
        return this;
    }

    /** How long {@code connect()} waits for a free connection before raising TimeoutError (default 30 s). */
    public EngineBuilder poolTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new ArgumentError("poolTimeout must be positive, got " + timeout);
        }
        this.poolTimeout = timeout;
        return this;
    }

    /**
     * How long opening one database connection may take (TCP connect and login) before it fails with an
     * OperationalError naming the host and port; default: the URL's {@code connect_timeout} option (seconds), else
     * {@value #DEFAULT_CONNECT_TIMEOUT_SECONDS} s. Separate from {@link #poolTimeout}, the wait for a busy pool.
     * Applied through each driver's own settings; an embedded SQLite database and an engine over a DataSource (whose
     * settings are the DataSource's) have none.
     */
    public EngineBuilder connectTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new ArgumentError("connectTimeout must be positive, got " + timeout);
        }
        this.connectTimeout = timeout;
        return this;
    }

    /** The connect timeout when neither {@link #connectTimeout} nor the URL's {@code connect_timeout} gives one. */
    public static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 5;

    /** Replace connections older than this (HikariCP's minimum is 30 s). */
    public EngineBuilder poolRecycle(Duration recycle) {
        this.poolRecycle = recycle;
        return this;
    }

    /** Test idle connections before use (HikariCP always does; kept for SQLAlchemy parity). */
    public EngineBuilder poolPrePing(boolean on) {
        this.prePing = on;
        return this;
    }

    /**
     * Transaction isolation for every connection: "READ UNCOMMITTED", "READ COMMITTED", "REPEATABLE READ" or
     * "SERIALIZABLE" (not applied to {@code sqlite:///:memory:}, whose single connection is always serializable).
     *
     * @throws ArgumentError for any other name
     */
    public EngineBuilder isolationLevel(String level) {
        String normal = level == null ? null : level.trim().toUpperCase(Locale.ROOT).replace('_', ' ');
        if (normal != null && !ISOLATION_LEVELS.contains(normal)) {
            throw new ArgumentError("Unknown isolation level '" + level + "'; expected one of " + ISOLATION_LEVELS);
        }
        this.isolationLevel = normal;
        return this;
    }

    private static final Set<String> ISOLATION_LEVELS =
            Set.of("READ UNCOMMITTED", "READ COMMITTED", "REPEATABLE READ", "SERIALIZABLE");

    /**
     * SQLite only: how long a statement waits for another connection's lock before failing with SQLITE_BUSY
     * ({@code OperationalError}). Default 30 s for a file database; the URL's {@code ?busy_timeout=} (milliseconds)
     * does the same. See docs/core.md, "SQLite and threads".
     *
     * @throws ArgumentError for another dialect, or a negative or too long timeout
     */
    public EngineBuilder sqliteBusyTimeout(Duration timeout) {
        if (!(dialect instanceof SqliteDialect)) {
            throw new ArgumentError("sqliteBusyTimeout applies to sqlite engines, not " + dialect.name());
        }
        if (timeout == null || timeout.isNegative() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new ArgumentError("sqliteBusyTimeout must be between 0 and " + Integer.MAX_VALUE + " ms, got " + timeout);
        }
        this.sqliteBusyTimeout = timeout;
        return this;
    }

    /** How many compiled statements the engine keeps (default 500; 0 disables caching). */
    public EngineBuilder compiledCacheSize(int size) {
        this.compiledCacheSize = size;
        return this;
    }

    /**
     * The engine; no connection is opened until first used.
     *
     * @throws org.jalchemy.exc.NoSuchModuleError when the dialect's JDBC driver is not on the class path (the
     *         message names the Maven coordinates to add)
     */
    public Engine build() {
        EngineEvents events = new EngineEvents();
        List<DriverDataSource.ConnectHook> hooks = new ArrayList<>();
        hooks.add(dialect::onConnect);
        hooks.add(c -> {
            for (EngineEvents.OnConnect l : events.onConnect) {
                l.onConnect(c);
            }
        });
        hooks.add(dialect::afterConnect);
        PoolSettings settings = new PoolSettings(poolSize, maxOverflow, poolTimeout, poolRecycle, prePing, isolationLevel);
        Supplier<ConnectionPool> pool;
        if (dataSource != null) {
            // a plain DataSource opens a physical connection per call, so it is pooled like a URL's driver
            DriverDataSource source = new DriverDataSource(dataSource, hooks);
            pool = () -> new HikariConnectionPool(source, settings, dialect.name());
        } else {
            URL driverUrl = sqliteBusyTimeout == null ? url : url.withQuery("busy_timeout", String.valueOf(sqliteBusyTimeout.toMillis()));
            Properties props = dialect.jdbcProperties(driverUrl);
            Duration timeout = connectTimeout != null ? connectTimeout
                    : url.connectTimeout() != null ? url.connectTimeout() : Duration.ofSeconds(DEFAULT_CONNECT_TIMEOUT_SECONDS);
            dialect.applyConnectTimeout(props, timeout);
            DriverDataSource source = new DriverDataSource(dialect.jdbcUrl(driverUrl), props, dialect.driver(url),
                    dialect.name(), hooks);
            if (dialect instanceof SqliteDialect && SqliteDialect.isMemory(url)) {
                pool = () -> new SingletonConnectionPool(source, poolTimeout);
            } else {
                pool = () -> new HikariConnectionPool(source, settings, dialect.name());
            }
        }
        return new Engine(url, dialect, pool, events, echo, compiledCacheSize);
    }
}
