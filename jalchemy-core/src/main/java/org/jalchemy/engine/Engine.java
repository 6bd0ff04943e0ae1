package org.jalchemy.engine;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.pool.ConnectionPool;
import org.jalchemy.sql.compiler.CompiledCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The starting point: a dialect, a connection pool and a cache of compiled statements for one database.
 * Create one per database and application, share it between threads.
 * <pre>{@code
 * Engine engine = Engine.create("sqlite:///example.db");
 * try (Connection conn = engine.connect()) { ... }
 * }</pre>
 */
public final class Engine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("org.jalchemy.engine");

    private final URL url;
    private final Dialect dialect;
    private final Supplier<ConnectionPool> poolFactory;
    private ConnectionPool pool;
    private final EngineEvents events;
    private final boolean echo;
    private final CompiledCache compiledCache;
    private final org.jalchemy.sql.ElementResolvers resolvers = new org.jalchemy.sql.ElementResolvers();

    Engine(URL url, Dialect dialect, Supplier<ConnectionPool> poolFactory, EngineEvents events, boolean echo, int cacheSize) {
        this.url = url;
        this.dialect = dialect;
        this.poolFactory = poolFactory;
        this.events = events;
        this.echo = echo;
        this.compiledCache = new CompiledCache(cacheSize);
    }

    /**
     * An engine with default settings.
     *
     * @throws org.jalchemy.exc.ArgumentError for a malformed URL or an unknown dialect
     */
    public static Engine create(String url) {
        return builder(url).build();
    }

    /** A builder for an engine with settings (echo, pool, isolation). */
    public static EngineBuilder builder(String url) {
        return new EngineBuilder(url);
    }

    /** A builder for an engine over an existing DataSource: {@code Engine.builder("postgresql", ds).build()}. */
    public static EngineBuilder builder(String dialectName, DataSource dataSource) {
        return new EngineBuilder(dialectName, dataSource);
    }

    /** A connection from the pool; close it to give it back (uncommitted work is rolled back). */
    public Connection connect() {
        return new Connection(this);
    }

    /**
     * Runs {@code work} in a transaction that commits when it returns and rolls back if it throws
     * (SQLAlchemy's {@code with engine.begin() as conn:}). It is begun with {@link TransactionIntent#WRITE}: on SQLite
     * it holds the write lock from the start ({@code BEGIN IMMEDIATE}), so a read followed by a write cannot fail
     * half-way with SQLITE_BUSY; other databases begin as usual.
     */
    public void transaction(Consumer<Connection> work) {
        transactionResult(conn -> {
            work.accept(conn);
            return null;
        });
    }

    /** Like {@link #transaction}, returning what {@code work} returns. */
    public <R> R transactionResult(Function<Connection, R> work) {
        try (Connection conn = connect()) {
            conn.begin(TransactionIntent.WRITE);
            R result;
            try {
                result = work.apply(conn);
            } catch (RuntimeException | Error e) {
                conn.rollbackQuietly(e);
                throw e;
            }
            conn.commit();
            return result;
        }
    }

    /** The dialect. */
    public Dialect dialect() { return dialect; }

    /** The URL (its {@code toString()} masks the password). */
    public URL url() { return url; }

    /** Listeners: beforeExecute, afterExecute, onConnect, onCheckout. */
    public EngineEvents events() { return events; }

    /** The compiled-statement cache, with its hit and compilation counts. */
    public CompiledCache compiledCache() { return compiledCache; }

    /**
     * The resolvers of deferred statement elements (metamodel attributes such as {@code User_.username}) for Core
     * statements run on this Engine's connections: an ORM Registry registers here when a SessionFactory of this
     * Engine uses it or its tables are created on this Engine. Owned by the Engine.
     */
    public org.jalchemy.sql.ElementResolvers resolvers() { return resolvers; }

    /** Whether statements are logged. */
    public boolean echo() { return echo; }

    /** The pool, created on first use and again after {@link #dispose()}. */
    synchronized ConnectionPool pool() {
        if (pool == null) {
            pool = poolFactory.get();
        }
        return pool;
    }

    /** A short description of the current pool, e.g. {@code HikariPool(size=5, overflow=10)}. */
    public String poolStatus() {
        return pool().describe();
    }

    Logger log() { return LOG; }

    /**
     * Closes every pooled connection; HikariCP aborts connections still checked out, so finish their work first.
     * The engine stays usable: the next {@link #connect()} starts a fresh pool. An in-memory SQLite database is
     * gone after this.
     */
    public void dispose() {
        ConnectionPool old;
        synchronized (this) {
            old = pool;
            pool = null;
        }
        if (old != null) {
            old.close();
        }
    }

    /** Same as {@link #dispose()}: releases the pooled connections (and the pool's housekeeping thread). */
    @Override public void close() {
        dispose();
    }

    @Override public String toString() {
        return "Engine(" + url + ")";
    }
}
