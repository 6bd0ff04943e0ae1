package org.jalchemy.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.Dialects;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.EngineBuilder;
import org.jalchemy.engine.URL;
import org.junit.jupiter.api.Assumptions;

/**
 * A database the tests run against, and a private place in it for one test: a fresh in-memory SQLite
 * database, a fresh PostgreSQL schema, or a fresh MariaDB database, dropped afterwards.
 * Server URLs come from {@code JALCHEMY_TEST_POSTGRESQL} and {@code JALCHEMY_TEST_MARIADB}.
 * An unreachable server skips the test outside CI and fails it under CI ({@code CI} set).
 */
public enum TestDatabase {
    SQLITE("sqlite:///:memory:"),
    POSTGRESQL(env("JALCHEMY_TEST_POSTGRESQL", "postgresql://postgres@127.0.0.1:5432/test")),
    MARIADB(env("JALCHEMY_TEST_MARIADB", "mariadb://root@127.0.0.1:3306/test"));

    private static final Map<TestDatabase, String> UNREACHABLE = new ConcurrentHashMap<>();
    private static final Map<TestDatabase, Boolean> CHECKED = new ConcurrentHashMap<>();

    private final String url;

    TestDatabase(String url) {
        this.url = url;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Every database, for {@link AllDatabases}. */
    public static List<TestDatabase> all() {
        return List.of(values());
    }

    /** The configured server URL (for SQLite, the in-memory URL). */
    public String url() {
        return url;
    }

    /** Whether tests run under CI, where an unreachable database is a failure. */
    public static boolean underCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    /** Skips (outside CI) or fails (under CI) when the server cannot be reached. */
    public void requireReachable() {
        if (this == SQLITE) {
            return;
        }
        CHECKED.computeIfAbsent(this, d -> {
            try (var c = jdbc(URL.parse(url))) {
                c.isValid(2);
            } catch (SQLException e) {
                UNREACHABLE.put(d, e.getMessage());
            }
            return true;
        });
        String why = UNREACHABLE.get(this);
        if (why != null) {
            String msg = name() + " is not reachable at " + URL.parse(url) + ": " + why;
            if (underCi()) {
                throw new AssertionError(msg + " (CI is set, so this fails instead of skipping)");
            }
            Assumptions.abort(msg + " -- skipped because CI is not set");
        }
    }

    private static java.sql.Connection jdbc(URL u) throws SQLException {
        Dialect d = Dialects.forName(u.dialectName());
        Properties p = d.jdbcProperties(u);
        // pgjdbc counts seconds, MariaDB Connector/J milliseconds
        p.setProperty("connectTimeout", d.name().equals("postgresql") ? "3" : "3000");
        return DriverManager.getConnection(d.jdbcUrl(u), p);
    }

    /** Opens a private space for one test. */
    public Sandbox open() {
        requireReachable();
        String name = "jt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        URL base = URL.parse(url);
        switch (this) {
            case SQLITE:
                return new Sandbox(this, url, null);
            case POSTGRESQL:
                admin(base, "CREATE SCHEMA " + name);
                return new Sandbox(this, base.withQuery("currentSchema", name).render(false), name);
            default:
                admin(base, "CREATE DATABASE " + name);
                return new Sandbox(this, base.withDatabase(name).render(false), name);
        }
    }

    void drop(String name) {
        if (name == null) {
            return;
        }
        URL base = URL.parse(url);
        admin(base, this == POSTGRESQL ? "DROP SCHEMA IF EXISTS " + name + " CASCADE" : "DROP DATABASE IF EXISTS " + name);
    }

    private static void admin(URL base, String sql) {
        try (var c = jdbc(base); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError("Test set-up failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    /** One test's private database space and the URL that reaches it. */
    public static final class Sandbox implements AutoCloseable {
        private final TestDatabase database;
        private final String url;
        private final String name;

        Sandbox(TestDatabase database, String url, String name) {
            this.database = database;
            this.url = url;
            this.name = name;
        }

        /** The URL of this sandbox. */
        public String url() {
            return url;
        }

        /** A builder for an engine on this sandbox. */
        public EngineBuilder engineBuilder() {
            return Engine.builder(url);
        }

        @Override public void close() {
            database.drop(name);
        }
    }
}
