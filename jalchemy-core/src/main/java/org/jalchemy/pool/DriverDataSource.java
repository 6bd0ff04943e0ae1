package org.jalchemy.pool;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jalchemy.dialect.JdbcDriver;
import org.jalchemy.exc.NoSuchModuleError;

/**
 * Opens new physical connections through the JDBC driver and runs the connect hooks on each (dialect set-up,
 * then user {@code onConnect} listeners), so every pooled connection is set up exactly once, and gives each
 * its {@link StatementCache}. The JDBC driver is found once, when the engine is built: a missing one is reported
 * at once with the Maven coordinates to add.
 */
public final class DriverDataSource implements DataSource {
    /** Set-up run on each new physical connection. */
    @FunctionalInterface
    public interface ConnectHook {
        void onConnect(Connection connection) throws SQLException;
    }

    /** A connection opened ahead by {@link #openAhead()}: older than this, it is closed instead of handed out. */
    private static final long OPENED_AHEAD_MAX_AGE_NANOS = 30_000_000_000L;

    private final String jdbcUrl;
    private final Properties properties;
    private final List<ConnectHook> hooks;
    private final DataSource delegate;
    private final Driver driver;
    private final ConcurrentLinkedQueue<Connection> openedAhead = new ConcurrentLinkedQueue<>();
    /** HikariCP sets this from its connection timeout and waits this long for pending connects at shutdown. */
    private volatile int loginTimeoutSeconds = 5;

    /**
     * Connections from the JDBC driver for {@code jdbcUrl}: one registered with DriverManager, else {@code driver}'s
     * class loaded through the thread's context class loader or JAlchemy's own.
     *
     * @param driver the dialect's driver, named in the error when it is missing (null: DriverManager only)
     * @param dialectName for that error
     * @throws NoSuchModuleError when no driver for {@code jdbcUrl} can be found
     */
    public DriverDataSource(String jdbcUrl, Properties properties, JdbcDriver driver, String dialectName,
                            List<ConnectHook> hooks) {
        this.jdbcUrl = jdbcUrl;
        this.properties = properties;
        this.hooks = hooks;
        this.delegate = null;
        this.driver = findDriver(jdbcUrl, driver, dialectName);
    }

    /** Connections from a user's DataSource, with the hooks run on each. */
    public DriverDataSource(DataSource delegate, List<ConnectHook> hooks) {
        this.jdbcUrl = null;
        this.properties = null;
        this.hooks = hooks;
        this.delegate = delegate;
        this.driver = null;
    }

    private static Driver findDriver(String jdbcUrl, JdbcDriver spec, String dialectName) {
        try {
            return DriverManager.getDriver(jdbcUrl);
        } catch (SQLException notRegistered) {
            // DriverManager only offers drivers visible to JAlchemy's class loader; try the application's below
        }
        if (spec != null) {
            for (ClassLoader loader : new ClassLoader[] {Thread.currentThread().getContextClassLoader(),
                    DriverDataSource.class.getClassLoader()}) {
                Driver d = load(spec, loader, jdbcUrl);
                if (d != null) {
                    return d;
                }
            }
            throw new NoSuchModuleError("The JDBC driver for " + dialectName + " (" + spec.className()
                    + ") is not on the class path; add the dependency " + spec.coordinates()
                    + " (Maven: <dependency><groupId>" + spec.groupId() + "</groupId><artifactId>" + spec.artifactId()
                    + "</artifactId></dependency>; Gradle: runtimeOnly '" + spec.coordinates() + ":VERSION')");
        }
        throw new NoSuchModuleError("No JDBC driver on the class path accepts " + jdbcUrl + " (dialect " + dialectName
                + "); add the driver's jar to the application's dependencies");
    }

    private static Driver load(JdbcDriver spec, ClassLoader loader, String jdbcUrl) {
        if (loader == null) {
            return null;
        }
        try {
            Object d = Class.forName(spec.className(), true, loader).getDeclaredConstructor().newInstance();
            return d instanceof Driver driver && driver.acceptsURL(jdbcUrl) ? driver : null;
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        } catch (ReflectiveOperationException | SQLException e) {
            throw new NoSuchModuleError("The JDBC driver " + spec.className() + " (" + spec.coordinates()
                    + ") could not be instantiated: " + e);
        }
    }

    /**
     * Opens a physical connection now, in the calling thread, for the next {@link #getConnection()} to hand out:
     * a pool that opens connections in the background calls this when it has none, so that an unreachable database
     * fails the caller at once (within the connect timeout) instead of after the pool timeout.
     *
     * @throws SQLException the driver's error, e.g. connection refused
     */
    public void openAhead() throws SQLException {
        if (openedAhead.isEmpty()) {
            openedAhead.add(open());
        }
    }

    @Override public Connection getConnection() throws SQLException {
        for (Connection ahead; (ahead = openedAhead.poll()) != null; ) {
            long age = System.nanoTime() - ahead.unwrap(StatementCache.Holder.class).openedAtNanos();
            if (age < OPENED_AHEAD_MAX_AGE_NANOS && !ahead.isClosed()) {
                return ahead;
            }
            closeQuietly(ahead);
        }
        return open();
    }

    /** Closes the connections opened ahead and not handed out (when the pool closes). */
    public void closeOpenedAhead() {
        for (Connection ahead; (ahead = openedAhead.poll()) != null; ) {
            closeQuietly(ahead);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // an unused connection that fails to close is gone anyway
        }
    }

    private Connection open() throws SQLException {
        Connection c;
        if (delegate != null) {
            c = delegate.getConnection();
        } else {
            c = driver.connect(jdbcUrl, properties);
            if (c == null) {
                throw new SQLException("The JDBC driver refused URL " + jdbcUrl, "08001");
            }
        }
        try {
            for (ConnectHook h : hooks) {
                h.onConnect(c);
            }
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        // the engine reuses prepared statements per physical connection; see StatementCache
        return StatementCache.wrap(c);
    }

    @Override public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("Credentials come from the engine URL");
    }

    @Override public PrintWriter getLogWriter() { return null; }
    @Override public void setLogWriter(PrintWriter out) { }
    @Override public void setLoginTimeout(int seconds) { loginTimeoutSeconds = seconds; }
    @Override public int getLoginTimeout() { return loginTimeoutSeconds; }
    @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException { throw new SQLFeatureNotSupportedException(); }
    @Override public <T> T unwrap(Class<T> iface) throws SQLException { throw new SQLException("Not a wrapper"); }
    @Override public boolean isWrapperFor(Class<?> iface) { return false; }
}
