package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.Dialects;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.TimeoutError;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pool settings reaching HikariCP, isolation levels, dispose and DataSource engines. On SQLite these run on a
 * file database (the in-memory one has a single connection; see {@link SqlitePoolTest}).
 */
class PoolTest extends DatabaseTest {
    @TempDir
    Path tmp;

    /** A builder on this test's database that uses the HikariCP pool (a file database on SQLite). */
    private EngineBuilder pooled() {
        if (database == TestDatabase.SQLITE) {
            return Engine.builder("sqlite:///" + tmp.resolve("pool.db"));
        }
        return sandbox().engineBuilder();
    }

    private static Connection connectElsewhere(Engine e) {
        return CompletableFuture.supplyAsync(e::connect).join();
    }

    @Test
    void exhaustedPoolRaisesTimeoutErrorNamingSizeAndTimeout() {
        try (Engine e = pooled().poolSize(1).maxOverflow(0).poolTimeout(Duration.ofSeconds(1)).build();
             Connection first = e.connect()) {
            first.execute(text("SELECT 1")).scalar();
            assertThatThrownBy(e::connect)
                    .isInstanceOf(TimeoutError.class)
                    .hasMessageContaining("size 1")
                    .hasMessageContaining("overflow 0")
                    .hasMessageContaining("timeout 1.0s");
        }
    }

    @Test
    void aConnectionTheServerKilledIsReplacedAtCheckout() throws InterruptedException {
        Assumptions.assumeTrue(database != TestDatabase.SQLITE, "no server can kill an embedded SQLite connection");
        boolean pg = database == TestDatabase.POSTGRESQL;
        String whoAmI = pg ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()";
        try (Engine e = pooled().poolSize(1).maxOverflow(0).build(); Engine admin = sandbox().engineBuilder().build()) {
            long before;
            try (Connection c = e.connect()) {
                before = ((Number) c.execute(text(whoAmI)).scalar()).longValue();
            }
            try (Connection a = admin.connect()) {
                if (pg) {
                    a.execute(text("SELECT pg_terminate_backend(:pid)"), java.util.Map.of("pid", (int) before));
                } else {
                    a.execute(text("KILL " + before));   // KILL takes no parameter marker
                }
            }
            Thread.sleep(700);   // HikariCP skips the liveness test for a connection used in the last 500 ms
            try (Connection c = e.connect()) {
                long after = ((Number) c.execute(text(whoAmI)).scalar()).longValue();
                assertThat(after).isNotEqualTo(before);
            }
        }
    }

    @Test
    void poolRecycleReplacesAnOlderConnectionAtCheckout() throws Exception {
        try (Engine e = pooled().poolSize(1).maxOverflow(0).poolRecycle(Duration.ofMillis(400)).build()) {
            AtomicInteger connects = new AtomicInteger();
            List<java.sql.Connection> opened = new ArrayList<>();
            e.events().onConnect(c -> {
                connects.incrementAndGet();
                opened.add(c);
            });
            for (int i = 0; i < 2; i++) {
                try (Connection c = e.connect()) {
                    c.execute(text("SELECT 1")).scalar();
                }
            }
            assertThat(connects).as("a young connection is reused").hasValue(1);
            Thread.sleep(500);
            try (Connection c = e.connect()) {
                assertThat((Object) c.execute(text("SELECT 1")).scalar()).isNotNull();
            }
            assertThat(connects).as("the old connection was replaced").hasValue(2);
            assertThat(opened.get(0).isClosed()).as("and closed").isTrue();
        }
    }

    @Test
    void poolSizePlusOverflowIsTheConnectionLimit() {
        try (Engine e = pooled().poolSize(1).maxOverflow(1).poolTimeout(Duration.ofSeconds(1)).build()) {
            List<Connection> open = new ArrayList<>();
            try {
                open.add(e.connect());
                open.add(e.connect());
                assertThatThrownBy(e::connect).isInstanceOf(TimeoutError.class).hasMessageContaining("size 1 overflow 1");
                open.remove(0).close();
                open.add(e.connect());   // a returned connection is reused
            } finally {
                open.forEach(Connection::close);
            }
        }
    }

    @Test
    void isolationLevelIsApplied() {
        String level = database == TestDatabase.SQLITE ? "READ UNCOMMITTED" : "SERIALIZABLE";
        try (Engine e = pooled().isolationLevel(level).build(); Connection conn = e.connect()) {
            Object actual = switch (database) {
                case POSTGRESQL -> conn.execute(text("SHOW transaction_isolation")).scalar();
                case MARIADB -> conn.execute(text("SELECT @@tx_isolation")).scalar();
                case SQLITE -> conn.execute(text("PRAGMA read_uncommitted")).scalar();
            };
            switch (database) {
                case POSTGRESQL -> assertThat(actual).isEqualTo("serializable");
                case MARIADB -> assertThat(actual).isEqualTo("SERIALIZABLE");
                case SQLITE -> assertThat(String.valueOf(actual)).isEqualTo("1");
            }
        }
        // without the option the database default stays
        try (Engine e = pooled().build(); Connection conn = e.connect()) {
            if (database == TestDatabase.POSTGRESQL) {
                assertThat(conn.execute(text("SHOW transaction_isolation")).<Object>scalar()).isEqualTo("read committed");
            }
        }
    }

    @Test
    void unknownIsolationLevelIsAnArgumentError() {
        assertThatThrownBy(() -> pooled().isolationLevel("SNAPSHOTTY"))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("SNAPSHOTTY")
                .hasMessageContaining("REPEATABLE READ");
        assertThatThrownBy(() -> pooled().poolSize(0)).isInstanceOf(ArgumentError.class).hasMessageContaining("poolSize");
        assertThatThrownBy(() -> pooled().maxOverflow(-1)).isInstanceOf(ArgumentError.class).hasMessageContaining("maxOverflow");
        assertThatThrownBy(() -> pooled().poolTimeout(Duration.ZERO)).isInstanceOf(ArgumentError.class).hasMessageContaining("poolTimeout");
    }

    @Test
    void connectionsAreReusedAndDisposeClosesThem() throws Exception {
        try (Engine e = pooled().build()) {
            List<java.sql.Connection> physical = new ArrayList<>();
            e.events().onConnect(physical::add);
            try (Connection c = e.connect()) {
                c.execute(text("SELECT 1")).scalar();
            }
            try (Connection c = e.connect()) {
                c.execute(text("SELECT 1")).scalar();
            }
            assertThat(physical).hasSize(1);
            assertThat(physical.get(0).isClosed()).isFalse();

            e.dispose();
            assertThat(physical.get(0).isClosed()).isTrue();

            // the engine stays usable: a fresh pool opens a new connection
            try (Connection c = e.connect()) {
                assertThat(c.execute(text("SELECT 1")).<Object>scalar()).isNotNull();
            }
            assertThat(physical).hasSize(2);
        }
    }

    @Test
    void engineOverAPlainDataSource() {
        URL url = URL.parse(database == TestDatabase.SQLITE ? "sqlite:///" + tmp.resolve("ds.db") : sandbox().url());
        Dialect dialect = Dialects.forName(url.dialectName());
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(dialect.jdbcUrl(url));
        Properties props = dialect.jdbcProperties(url);
        config.setDataSourceProperties(props);
        config.setMaximumPoolSize(2);
        try (HikariDataSource ds = new HikariDataSource(config);
             Engine e = Engine.builder(url.dialectName(), ds).build()) {
            // the same kind of dialect (MySQL/MariaDB engines get an instance of their own: it learns the sql_mode)
            assertThat(e.dialect()).isExactlyInstanceOf(dialect.getClass());
            AtomicInteger connects = new AtomicInteger();
            e.events().onConnect(c -> connects.incrementAndGet());
            e.transaction(conn -> {
                conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY)"));
                conn.execute(text("INSERT INTO t (id) VALUES (:id)"), List.of(java.util.Map.of("id", 1), java.util.Map.of("id", 2)));
            });
            try (Connection conn = e.connect()) {
                assertThat(conn.execute(text("SELECT count(*) FROM t")).<Object>scalar()).hasToString("2");
                // the dialect's connect hook ran on the DataSource's connection
                if (database == TestDatabase.POSTGRESQL) {
                    assertThat(conn.execute(text("SHOW intervalstyle")).<Object>scalar()).isEqualTo("iso_8601");
                } else if (database == TestDatabase.SQLITE) {
                    assertThat(conn.execute(text("PRAGMA foreign_keys")).<Object>scalar()).hasToString("1");
                }
            }
            // pooled: one physical connection served both checkouts
            assertThat(connects).hasValue(1);
            assertThat(e.toString()).startsWith("Engine(" + url.dialectName());
        }
    }

    /** The driver's own, non-pooling DataSource: every getConnection() opens a new physical connection. */
    private javax.sql.DataSource driverDataSource(URL url) throws java.sql.SQLException {
        Dialect dialect = Dialects.forName(url.dialectName());
        Properties props = dialect.jdbcProperties(url);
        switch (database) {
            case POSTGRESQL -> {
                org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
                ds.setURL(dialect.jdbcUrl(url));
                for (String name : props.stringPropertyNames()) {
                    ds.setProperty(name, props.getProperty(name));
                }
                return ds;
            }
            case MARIADB -> {
                org.mariadb.jdbc.MariaDbDataSource ds = new org.mariadb.jdbc.MariaDbDataSource(dialect.jdbcUrl(url));
                ds.setUser(props.getProperty("user"));
                if (props.getProperty("password") != null) {
                    ds.setPassword(props.getProperty("password"));
                }
                return ds;
            }
            default -> {
                org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource();
                ds.setUrl(dialect.jdbcUrl(url));
                return ds;
            }
        }
    }

    @Test
    void enginePoolsANonPoolingDriverDataSource() throws Exception {
        URL url = URL.parse(database == TestDatabase.SQLITE ? "sqlite:///" + tmp.resolve("plain.db") : sandbox().url());
        try (Engine e = Engine.builder(url.dialectName(), driverDataSource(url)).poolSize(2).maxOverflow(0).build()) {
            List<java.sql.Connection> physical = new ArrayList<>();
            e.events().onConnect(physical::add);
            for (int i = 0; i < 3; i++) {
                try (Connection conn = e.connect()) {
                    assertThat(conn.execute(text("SELECT 1")).<Object>scalar()).hasToString("1");
                }
            }
            // one physical connection, reused: the engine pools what the DataSource opens
            assertThat(physical).hasSize(1);
            e.transaction(conn -> conn.execute(text("CREATE TABLE plain (id INTEGER)")));
            try (Connection conn = e.connect()) {
                assertThat(conn.dialect().hasTable(conn, "plain")).isTrue();
            }
            e.dispose();
            assertThat(physical.get(0).isClosed()).isTrue();
        }
    }

    @Test
    void checkoutFromAnotherThreadWaitsThenTimesOut() {
        // the in-memory SQLite pool included: its single connection is lent to one Connection at a time
        try (Engine e = database == TestDatabase.SQLITE
                ? Engine.builder("sqlite:///:memory:").poolTimeout(Duration.ofSeconds(1)).build()
                : pooled().poolSize(1).maxOverflow(0).poolTimeout(Duration.ofSeconds(1)).build();
             Connection held = e.connect()) {
            held.execute(text("SELECT 1")).scalar();
            assertThatThrownBy(() -> connectElsewhere(e))
                    .hasCauseInstanceOf(TimeoutError.class)
                    .hasMessageContaining("size 1")
                    .hasMessageContaining("1.0s");
        }
    }
}
