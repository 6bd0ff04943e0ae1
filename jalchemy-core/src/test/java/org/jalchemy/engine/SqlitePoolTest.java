package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jalchemy.exc.OperationalError;
import org.jalchemy.exc.TimeoutError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite-only pooling: the in-memory database's single connection, and file databases. */
class SqlitePoolTest {
    @TempDir
    Path tmp;

    @Test
    void memoryDatabaseLivesAsLongAsTheEngine() {
        try (Engine e = Engine.create("sqlite:///:memory:")) {
            try (Connection c = e.connect()) {
                c.execute(text("CREATE TABLE t (x INTEGER)"));
                c.execute(text("INSERT INTO t (x) VALUES (42)"));
                c.commit();
            }
            try (Connection c = e.connect()) {
                assertThat(c.execute(text("SELECT x FROM t")).<Object>scalar()).hasToString("42");
            }
            e.dispose();
            // dispose closed the only connection: the next one starts an empty database
            try (Connection c = e.connect()) {
                assertThatThrownBy(() -> c.execute(text("SELECT x FROM t")))
                        .isInstanceOf(OperationalError.class)
                        .hasMessageContaining("no such table: t");
            }
        }
    }

    @Test
    void twoMemoryEnginesAreTwoDatabases() {
        try (Engine a = Engine.create("sqlite://"); Engine b = Engine.create("sqlite:///:memory:")) {
            a.transaction(c -> c.execute(text("CREATE TABLE only_in_a (x INTEGER)")));
            b.transaction(c -> assertThat(c.dialect().hasTable(c, "only_in_a")).isFalse());
            a.transaction(c -> assertThat(c.dialect().hasTable(c, "only_in_a")).isTrue());
        }
    }

    @Test
    void memoryConnectionOpenedTwiceInOneThreadFailsFast() {
        try (Engine e = Engine.create("sqlite:///:memory:"); Connection first = e.connect()) {
            assertThatThrownBy(e::connect)
                    .isInstanceOf(TimeoutError.class)
                    .hasMessageContaining("already checked out by this thread")
                    .hasMessageContaining("file database");
            first.close();
            try (Connection again = e.connect()) {
                assertThat(again.execute(text("SELECT 1")).<Object>scalar()).hasToString("1");
            }
        }
    }

    @Test
    void fileDatabaseServesSeveralConnections() {
        Path file = tmp.resolve("app.db");
        try (Engine e = Engine.create("sqlite:///" + file)) {
            e.transaction(c -> c.execute(text("CREATE TABLE t (x INTEGER)")));
            try (Connection writer = e.connect(); Connection reader = e.connect()) {
                writer.execute(text("INSERT INTO t (x) VALUES (:x)"), Map.of("x", 7));
                writer.commit();
                assertThat(reader.execute(text("SELECT x FROM t")).<Object>scalar()).hasToString("7");
            }
        }
        assertThat(Files.exists(file)).isTrue();
        // the data outlives the engine
        try (Engine again = Engine.create("sqlite:////" + file.toAbsolutePath().toString().substring(1));
             Connection c = again.connect()) {
            assertThat(c.execute(text("SELECT count(*) FROM t")).<Object>scalar()).hasToString("1");
        }
    }
}
