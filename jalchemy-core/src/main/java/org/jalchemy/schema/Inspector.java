package org.jalchemy.schema;

import java.util.List;
import java.util.function.Function;
import org.jalchemy.dialect.Reflection;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.NoSuchTableError;

/**
 * Looks at what is in the database: tables, views, columns, keys, indexes, constraints of the current schema.
 * <pre>{@code
 * Inspector insp = Inspector.of(engine);
 * insp.tableNames();  insp.columns("users");  insp.foreignKeys("addresses");  insp.indexes("addresses");
 * }</pre>
 * On an engine each call borrows a connection for its query; on a connection it runs inside that connection's
 * transaction (and so sees its uncommitted DDL where the database has transactional DDL).
 * Table-level methods raise {@link NoSuchTableError} for a table that does not exist.
 */
public final class Inspector {
    private final Engine engine;
    private final Connection connection;

    private Inspector(Engine engine, Connection connection) {
        this.engine = engine;
        this.connection = connection;
    }

    /** An inspector that borrows a connection from {@code engine} for each call. */
    public static Inspector of(Engine engine) {
        return new Inspector(engine, null);
    }

    /** An inspector working inside {@code connection}. */
    public static Inspector of(Connection connection) {
        return new Inspector(null, connection);
    }

    private <R> R run(Function<Connection, R> work) {
        if (connection != null) {
            return work.apply(connection);
        }
        try (Connection conn = engine.connect()) {
            return work.apply(conn);
        }
    }

    private static Reflection reflection(Connection conn) {
        return conn.dialect().reflection();
    }

    /** The schemas (databases on MySQL/MariaDB) visible to the connection, without system schemas. */
    public List<String> schemaNames() {
        return run(conn -> reflection(conn).schemaNames(conn));
    }

    /** The tables of the current schema, sorted by name. */
    public List<String> tableNames() {
        return run(conn -> reflection(conn).tableNames(conn));
    }

    /** The views of the current schema, sorted by name. */
    public List<String> viewNames() {
        return run(conn -> reflection(conn).viewNames(conn));
    }

    /** Whether a table called {@code table} exists in the current schema. */
    public boolean hasTable(String table) {
        return run(conn -> conn.dialect().hasTable(conn, table));
    }

    /** The columns of {@code table}, in table order. */
    public List<ReflectedColumn> columns(String table) {
        return run(conn -> {
            List<ReflectedColumn> cols = reflection(conn).columns(conn, table);
            if (cols.isEmpty()) {
                throw noSuchTable(table);
            }
            return cols;
        });
    }

    /** The primary key of {@code table}; its column list is empty when the table has none. */
    public ReflectedPrimaryKey primaryKey(String table) {
        return tableLevel(table, (conn, r) -> r.primaryKey(conn, table));
    }

    /** The foreign keys of {@code table}. */
    public List<ReflectedForeignKey> foreignKeys(String table) {
        return tableLevel(table, (conn, r) -> r.foreignKeys(conn, table));
    }

    /** The indexes of {@code table} (not those backing the primary key or, where the database tells, unique constraints). */
    public List<ReflectedIndex> indexes(String table) {
        return tableLevel(table, (conn, r) -> r.indexes(conn, table));
    }

    /** The UNIQUE constraints of {@code table}. */
    public List<ReflectedUniqueConstraint> uniqueConstraints(String table) {
        return tableLevel(table, (conn, r) -> r.uniqueConstraints(conn, table));
    }

    /** The CHECK constraints of {@code table}. */
    public List<ReflectedCheckConstraint> checkConstraints(String table) {
        return tableLevel(table, (conn, r) -> r.checkConstraints(conn, table));
    }

    private interface TableQuery<R> {
        R apply(Connection conn, Reflection reflection);
    }

    private <R> R tableLevel(String table, TableQuery<R> query) {
        return run(conn -> {
            if (!conn.dialect().hasTable(conn, table)) {
                throw noSuchTable(table);
            }
            return query.apply(conn, reflection(conn));
        });
    }

    static NoSuchTableError noSuchTable(String table) {
        return new NoSuchTableError("Table '" + table + "' does not exist in the database");
    }
}
