package org.jalchemy.engine;

import java.util.function.Consumer;
import java.util.function.Function;
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
    private final ConnectionPool pool;
    private final EngineEvents events;
    private final boolean echo;
    private final CompiledCache compiledCache;

    Engine(URL url, Dialect dialect, ConnectionPool pool, EngineEvents events, boolean echo, int cacheSize) {
        this.url = url;
        this.dialect = dialect;
        this.pool = pool;
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
     * (SQLAlchemy's {@code with engine.begin() as conn:}).
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
            conn.begin();
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

    /** Whether statements are logged. */
    public boolean echo() { return echo; }

    ConnectionPool pool() { return pool; }

    Logger log() { return LOG; }

    /** Closes every pooled connection; an in-memory SQLite database is gone after this. */
    public void dispose() {
        pool.close();
    }

    /** Same as {@link #dispose()}. */
    @Override public void close() {
        dispose();
    }

    @Override public String toString() {
        return "Engine(" + url + ")";
    }
}
