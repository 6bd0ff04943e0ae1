package org.jalchemy.pool;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prepared statements of one physical JDBC connection, kept open by SQL text so that executing the same
 * statement again skips the driver's prepare (SQLite compiles the SQL on every prepare; MariaDB parses it).
 * The cache lives and dies with the physical connection: the pool's connections are wrapped by
 * {@link #wrap}, whose {@code close()} closes the cached statements first. A statement is lent to one user at a
 * time ({@link Lease}); asking for one already lent (a second cursor over the same query) gets a fresh statement
 * that is closed on release. At most {@value #MAX_SIZE} statements are kept; the least recently used is closed.
 */
public final class StatementCache {
    /** Statements kept per connection. */
    public static final int MAX_SIZE = 64;

    /** Implemented by a wrapped physical connection; reached through {@code unwrap}, also past HikariCP's proxy. */
    public interface Holder {
        /** The statement cache of this physical connection. */
        StatementCache statementCache();

        /** When the physical connection was opened ({@link System#nanoTime()}): the pool recycles old ones. */
        long openedAtNanos();
    }

    /** Prepares a statement on the physical connection. */
    @FunctionalInterface
    public interface Preparer {
        /** Prepares {@code sql} on {@code connection}. */
        PreparedStatement prepare(Connection connection) throws SQLException;
    }

    /** A statement lent to one execution; {@link #release()} gives it back (or closes it if it is not cached). */
    public final class Lease {
        private final PreparedStatement statement;
        private final boolean cached;
        private boolean busy;
        private boolean evicted;

        private Lease(PreparedStatement statement, boolean cached) {
            this.statement = statement;
            this.cached = cached;
        }

        /** The statement to bind and execute. */
        public PreparedStatement statement() { return statement; }

        /**
         * Ends the use: a cached statement becomes available again (its cursor must be closed already), any
         * other one is closed. Calling it twice is harmless.
         */
        public void release() {
            synchronized (StatementCache.this) {
                if (!busy) {
                    return;
                }
                busy = false;
                if (cached && !evicted && !closed) {
                    return;
                }
            }
            closeQuietly(statement);
        }

        /** Closes the statement instead of returning it to the cache: after an error it may be in any state. */
        public void discard() {
            synchronized (StatementCache.this) {
                busy = false;
                if (cached && !evicted) {
                    evicted = true;
                    entries.values().remove(this);
                }
            }
            closeQuietly(statement);
        }
    }

    private final Connection physical;
    private final LinkedHashMap<String, Lease> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Lease> eldest) {
            if (size() <= MAX_SIZE) {
                return false;
            }
            Lease l = eldest.getValue();
            l.evicted = true;
            if (!l.busy) {
                closeQuietly(l.statement);
            }
            return true;
        }
    };
    private boolean closed;

    private StatementCache(Connection physical) {
        this.physical = physical;
    }

    /**
     * The cached statement for {@code key}, prepared with {@code preparer} if absent, lent until
     * {@link Lease#release()}; {@code key} must identify everything the preparer decides (SQL, generated keys).
     */
    public Lease lease(String key, Preparer preparer) throws SQLException {
        synchronized (this) {
            Lease l = entries.get(key);
            if (l != null && !l.busy) {
                l.busy = true;
                return l;
            }
            if (l == null && !closed) {
                l = new Lease(preparer.prepare(physical), true);
                l.busy = true;
                entries.put(key, l);
                return l;
            }
        }
        Lease fresh = new Lease(preparer.prepare(physical), false);
        fresh.busy = true;
        return fresh;
    }

    /** Statements currently cached. */
    public synchronized int size() { return entries.size(); }

    /** Closes every cached statement; lent ones are closed when released. */
    synchronized void closeAll() {
        closed = true;
        for (Iterator<Lease> it = entries.values().iterator(); it.hasNext();) {
            Lease l = it.next();
            l.evicted = true;
            if (!l.busy) {
                closeQuietly(l.statement);
            }
            it.remove();
        }
    }

    /** Forgets the statements without closing them: the connection was aborted and took them with it. */
    synchronized void forget() {
        closed = true;
        for (Lease l : entries.values()) {
            l.evicted = true;
        }
        entries.clear();
    }

    private static void closeQuietly(PreparedStatement s) {
        try {
            s.close();
        } catch (SQLException ignored) {
            // a statement that fails to close is gone with its connection anyway
        }
    }

    /** The statement cache of {@code connection}'s physical connection, or null when it was not {@link #wrap wrapped}. */
    public static StatementCache of(Connection connection) {
        try {
            return connection.isWrapperFor(Holder.class) ? connection.unwrap(Holder.class).statementCache() : null;
        } catch (SQLException e) {
            return null;
        }
    }

    /** {@code physical} with a statement cache, reachable by {@link #of}, closed with the connection. */
    public static Connection wrap(Connection physical) {
        StatementCache cache = new StatementCache(physical);
        long openedAt = System.nanoTime();
        InvocationHandler h = (proxy, method, args) -> {
            switch (method.getName()) {
                case "statementCache":
                    return cache;
                case "openedAtNanos":
                    return openedAt;
                case "unwrap":
                    if (args[0] == Holder.class) {
                        return proxy;
                    }
                    break;
                case "isWrapperFor":
                    if (args[0] == Holder.class) {
                        return true;
                    }
                    break;
                case "close":
                    cache.closeAll();
                    break;
                case "abort":
                    cache.forget();
                    break;
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "StatementCaching(" + physical + ")";
                default:
                    break;
            }
            try {
                return method.invoke(physical, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                new Class<?>[] {Connection.class, Holder.class}, h);
    }
}
