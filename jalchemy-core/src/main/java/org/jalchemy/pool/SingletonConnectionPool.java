package org.jalchemy.pool;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jalchemy.exc.TimeoutError;

/**
 * One connection, lent to one user at a time: for {@code sqlite:///:memory:}, whose database lives only as
 * long as its connection, so it must outlive every checkout and last as long as the engine.
 */
public final class SingletonConnectionPool implements ConnectionPool {
    private final DataSource source;
    private final Duration timeout;
    private final Semaphore lease = new Semaphore(1, true);
    private Connection connection;
    private volatile Thread holder;

    /** A pool that opens one connection from {@code source} on first checkout. */
    public SingletonConnectionPool(DataSource source, Duration timeout) {
        this.source = source;
        this.timeout = timeout;
    }

    @Override public Connection checkout() throws SQLException {
        if (holder == Thread.currentThread()) {
            // waiting would never end: only this thread can give the connection back
            throw new TimeoutError("The single connection of " + describe() + " is already checked out by this "
                    + "thread; close the other Connection first (an in-memory SQLite database has one connection; "
                    + "use a file database for several at once)", null);
        }
        try {
            if (!lease.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TimeoutError("The single connection (pool size 1) of " + describe() + " stayed checked out for "
                        + timeout.toMillis() / 1000.0 + "s; close the other Connection first", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for the connection", "08000", e);
        }
        try {
            synchronized (this) {
                if (connection == null || connection.isClosed()) {
                    connection = source.getConnection();
                    connection.setAutoCommit(false);
                }
                holder = Thread.currentThread();
                return lent(connection);
            }
        } catch (SQLException | RuntimeException e) {
            lease.release();
            throw e;
        }
    }

    /** A view of the connection whose close() gives it back instead of closing it. */
    private Connection lent(Connection real) {
        boolean[] returned = {false};
        InvocationHandler h = (proxy, method, args) -> {
            switch (method.getName()) {
                case "close":
                    if (!returned[0]) {
                        returned[0] = true;
                        try {
                            if (!real.getAutoCommit()) {
                                real.rollback();
                            }
                        } finally {
                            holder = null;
                            lease.release();
                        }
                    }
                    return null;
                case "isClosed":
                    return returned[0] || real.isClosed();
                case "unwrap":
                    return args[0] == Connection.class ? real : method.invoke(real, args);
                default:
                    if (returned[0]) {
                        throw new SQLException("Connection was returned to the pool", "08003");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, h);
    }

    @Override public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the database goes away with the connection; nothing else to release
            }
            connection = null;
        }
    }

    @Override public String describe() {
        return "SingletonConnectionPool";
    }
}
