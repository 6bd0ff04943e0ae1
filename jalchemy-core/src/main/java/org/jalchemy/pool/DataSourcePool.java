package org.jalchemy.pool;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Uses a DataSource the application already pools (an application server's, say) as it is. */
public final class DataSourcePool implements ConnectionPool {
    private final DataSource source;

    /** Connections straight from {@code source}. */
    public DataSourcePool(DataSource source) {
        this.source = source;
    }

    @Override public Connection checkout() throws SQLException {
        Connection c = source.getConnection();
        if (c.getAutoCommit()) {
            c.setAutoCommit(false);
        }
        return c;
    }

    @Override public void close() {
        // the DataSource belongs to the application, which closes it
    }

    @Override public String describe() {
        return "DataSourcePool(" + source.getClass().getSimpleName() + ")";
    }
}
