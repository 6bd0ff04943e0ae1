package org.jalchemy.pool;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Opens new physical connections through the JDBC driver and runs the connect hooks on each (dialect set-up,
 * then user {@code onConnect} listeners), so every pooled connection is set up exactly once, and gives each
 * its {@link StatementCache}.
 */
public final class DriverDataSource implements DataSource {
    /** Set-up run on each new physical connection. */
    @FunctionalInterface
    public interface ConnectHook {
        void onConnect(Connection connection) throws SQLException;
    }

    private final String jdbcUrl;
    private final Properties properties;
    private final List<ConnectHook> hooks;
    private final DataSource delegate;
    /** HikariCP sets this from its connection timeout and waits this long for pending connects at shutdown. */
    private volatile int loginTimeoutSeconds = 5;

    /** Connections from the driver registered for {@code jdbcUrl}. */
    public DriverDataSource(String jdbcUrl, Properties properties, List<ConnectHook> hooks) {
        this.jdbcUrl = jdbcUrl;
        this.properties = properties;
        this.hooks = hooks;
        this.delegate = null;
    }

    /** Connections from a user's DataSource, with the hooks run on each. */
    public DriverDataSource(DataSource delegate, List<ConnectHook> hooks) {
        this.jdbcUrl = null;
        this.properties = null;
        this.hooks = hooks;
        this.delegate = delegate;
    }

    @Override public Connection getConnection() throws SQLException {
        Connection c;
        if (delegate != null) {
            c = delegate.getConnection();
        } else {
            Driver driver = DriverManager.getDriver(jdbcUrl);
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
