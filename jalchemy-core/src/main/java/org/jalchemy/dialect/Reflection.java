package org.jalchemy.dialect;

import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.schema.ReflectedCheckConstraint;
import org.jalchemy.schema.ReflectedColumn;
import org.jalchemy.schema.ReflectedForeignKey;
import org.jalchemy.schema.ReflectedIndex;
import org.jalchemy.schema.ReflectedPrimaryKey;
import org.jalchemy.schema.ReflectedTable;
import org.jalchemy.schema.ReflectedUniqueConstraint;

/**
 * The catalogue queries of one database, behind {@link org.jalchemy.schema.Inspector}. Every method looks at the
 * connection's current schema (PostgreSQL {@code current_schema()}, MySQL {@code database()}, SQLite {@code main});
 * a table that does not exist gives empty lists (the Inspector turns that into {@code NoSuchTableError}).
 */
public interface Reflection {
    /** The schemas (databases on MySQL/MariaDB) the connection can see, system schemas left out. */
    List<String> schemaNames(Connection conn);

    /** The base tables of the current schema, sorted by name. */
    List<String> tableNames(Connection conn);

    /** The views of the current schema, sorted by name. */
    List<String> viewNames(Connection conn);

    /** The columns of {@code table}, in table order. */
    List<ReflectedColumn> columns(Connection conn, String table);

    /** The primary key of {@code table} (empty columns when it has none). */
    ReflectedPrimaryKey primaryKey(Connection conn, String table);

    /** The foreign keys of {@code table}. */
    List<ReflectedForeignKey> foreignKeys(Connection conn, String table);

    /** The indexes of {@code table}, without those that back its primary key (or unique constraints, where distinguishable). */
    List<ReflectedIndex> indexes(Connection conn, String table);

    /** The UNIQUE constraints of {@code table}. */
    List<ReflectedUniqueConstraint> uniqueConstraints(Connection conn, String table);

    /** The CHECK constraints of {@code table}. */
    List<ReflectedCheckConstraint> checkConstraints(Connection conn, String table);

    /**
     * All of {@code table} at once, or null when it does not exist (what {@code MetaData.reflect} reads). This default
     * asks each method above in turn; a dialect whose methods would read the same catalogue rows again (SQLite's
     * CREATE TABLE text, its index list) reads them once instead.
     */
    default ReflectedTable table(Connection conn, String table) {
        if (!conn.dialect().hasTable(conn, table)) {
            return null;
        }
        return new ReflectedTable(table, columns(conn, table), primaryKey(conn, table), foreignKeys(conn, table),
                indexes(conn, table), uniqueConstraints(conn, table), checkConstraints(conn, table));
    }
}
