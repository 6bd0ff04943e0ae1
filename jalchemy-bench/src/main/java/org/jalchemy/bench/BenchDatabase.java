package org.jalchemy.bench;

import static org.jalchemy.types.Types.INTEGER;
import static org.jalchemy.types.Types.string;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.Dialects;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.URL;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;

/**
 * The databases the benchmarks run on, each with a private schema (PostgreSQL), database (MariaDB) or file
 * (SQLite), and the {@code customer} table of SQLAlchemy's performance suite.
 */
public enum BenchDatabase {
    SQLITE("sqlite:///" + System.getProperty("java.io.tmpdir") + "/jalchemy-bench.db"),
    POSTGRESQL(env("JALCHEMY_TEST_POSTGRESQL", "postgresql://postgres@127.0.0.1:5432/test")),
    MARIADB(env("JALCHEMY_TEST_MARIADB", "mariadb://root@127.0.0.1:3306/test"));

    /**
     * The private schema (PostgreSQL) or database (MariaDB); {@code -Dbench.schema} lets two runs on one machine
     * keep apart (SQLite: set {@code -Djava.io.tmpdir}).
     */
    static final String SCHEMA = System.getProperty("bench.schema", "jalchemy_bench");

    private final String url;

    BenchDatabase(String url) {
        this.url = url;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** The database named by a JMH {@code @Param} value. */
    public static BenchDatabase of(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }

    /** The URL of the private benchmark space, creating the schema or database if needed. */
    public String benchUrl() {
        URL base = URL.parse(url);
        switch (this) {
            case SQLITE:
                return url;
            case POSTGRESQL:
                admin(base, "CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
                return base.withQuery("currentSchema", SCHEMA).render(false);
            default:
                admin(base, "CREATE DATABASE IF NOT EXISTS " + SCHEMA);
                return base.withDatabase(SCHEMA).render(false);
        }
    }

    /** A raw JDBC connection to the benchmark space (the floor every library is compared with). */
    public java.sql.Connection jdbc() throws SQLException {
        URL u = URL.parse(benchUrl());
        Dialect d = Dialects.forName(u.dialectName());
        java.sql.Connection c = DriverManager.getConnection(d.jdbcUrl(u), d.jdbcProperties(u));
        c.setAutoCommit(false);
        return c;
    }

    private static void admin(URL base, String sql) {
        Dialect d = Dialects.forName(base.dialectName());
        try (var c = DriverManager.getConnection(d.jdbcUrl(base), d.jdbcProperties(base)); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Benchmark set-up failed: " + sql, e);
        }
    }

    /** SQLAlchemy's performance-suite table: {@code customer(id, name, description, q, p)}. */
    public static Table customerTable(MetaData metadata) {
        return metadata.table("customer",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("name", string(255)),
                Column.of("description", string(255)),
                Column.of("q", INTEGER),
                Column.of("p", INTEGER));
    }

    /** Drops and recreates {@code customer} through {@code engine}. */
    public static void recreate(Engine engine, MetaData metadata) {
        metadata.dropAll(engine);
        metadata.createAll(engine);
    }
}
