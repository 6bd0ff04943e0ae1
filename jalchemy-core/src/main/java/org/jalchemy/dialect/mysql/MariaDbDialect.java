package org.jalchemy.dialect.mysql;

/**
 * MariaDB (10.5+): {@code mariadb://user:pass@host:3306/db}. MySQL's dialect plus what MariaDB adds,
 * such as INSERT/DELETE ... RETURNING.
 */
public class MariaDbDialect extends MySqlDialect {
    /** The shared instance. */
    public static final MariaDbDialect INSTANCE = new MariaDbDialect();

    @Override public String name() { return "mariadb"; }

    @Override public boolean supportsInsertReturning() { return true; }

    @Override public boolean supportsDeleteReturning() { return true; }

    @Override public boolean supportsSequences() { return true; }

    @Override protected String hasSequenceQuery() {
        return "SELECT 1 FROM information_schema.tables "
                + "WHERE table_schema = database() AND table_name = ? AND table_type = 'SEQUENCE'";
    }
}
