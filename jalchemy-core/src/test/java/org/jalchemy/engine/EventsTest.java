package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jalchemy.exc.DBAPIError;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** Echo logging and the engine events: beforeExecute, afterExecute, onConnect, onCheckout, remove. */
class EventsTest extends DatabaseTest {
    /** Runs {@code work} and returns what was written to System.err (where slf4j-simple logs) meanwhile. */
    private static String capturingStderr(Runnable work) {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void echoLogsStatementsAndParameters() {
        try (Engine echoing = sandbox().engineBuilder().echo(true).build()) {
            assertThat(echoing.echo()).isTrue();
            String log = capturingStderr(() -> {
                try (Connection conn = echoing.connect()) {
                    conn.execute(text("SELECT :a, :b"), Map.of("a", 41, "b", "echoed-value")).all();
                    conn.execute(text("SELECT 1")).all();
                    conn.commit();
                }
            });
            assertThat(log)
                    .contains("INFO org.jalchemy.engine - BEGIN (implicit)")
                    .contains("INFO org.jalchemy.engine - SELECT ?, ?")
                    .contains("INFO org.jalchemy.engine - [parameters] [41, echoed-value]")
                    .contains("INFO org.jalchemy.engine - SELECT 1")
                    .contains("INFO org.jalchemy.engine - COMMIT")
                    .doesNotContain("[parameters] []");
            assertThat(log.indexOf("BEGIN (implicit)")).isLessThan(log.indexOf("SELECT ?, ?"));
        }
        // without echo, nothing is logged
        String quiet = capturingStderr(() -> {
            try (Connection conn = engine.connect()) {
                conn.execute(text("SELECT :a"), Map.of("a", 41)).all();
            }
        });
        assertThat(quiet).doesNotContain("org.jalchemy.engine");
    }

    @Test
    void beforeAndAfterExecuteSeeSqlAndParameters() {
        List<String> events = new ArrayList<>();
        engine.events().beforeExecute((conn, sql, params) -> events.add("before " + sql + " " + params));
        engine.events().afterExecute((conn, sql, params) -> events.add("after " + sql + " " + params));
        try (Connection conn = engine.connect()) {
            conn.execute(text("SELECT :x"), Map.of("x", 7)).all();
            assertThatThrownBy(() -> conn.execute(text("SELECT * FROM no_such_table WHERE a = :x"), Map.of("x", 8)))
                    .isInstanceOf(DBAPIError.class);
        }
        assertThat(events).containsExactly(
                "before SELECT ? [7]", "after SELECT ? [7]",
                "before SELECT * FROM no_such_table WHERE a = ? [8]");   // no after event for a failed statement
    }

    @Test
    void executemanyParametersAreTheListOfRows() {
        List<List<?>> seen = new ArrayList<>();
        engine.events().beforeExecute((conn, sql, params) -> seen.add(params));
        engine.transaction(conn -> {
            conn.execute(text("CREATE TABLE t (a INTEGER)"));
            conn.execute(text("INSERT INTO t (a) VALUES (:a)"), List.of(Map.of("a", 1), Map.of("a", 2)));
        });
        assertThat(seen).hasSize(2);
        assertThat(seen.get(1)).isEqualTo(List.of(List.of(1), List.of(2)));
    }

    @Test
    void onConnectOncePerJdbcConnectionOnCheckoutEveryConnect() {
        AtomicInteger connects = new AtomicInteger();
        AtomicInteger checkouts = new AtomicInteger();
        List<java.sql.Connection> raw = new ArrayList<>();
        engine.events().onConnect(c -> {
            connects.incrementAndGet();
            raw.add(c);
        });
        engine.events().onCheckout(c -> checkouts.incrementAndGet());
        for (int i = 0; i < 3; i++) {
            try (Connection conn = engine.connect()) {
                conn.execute(text("SELECT 1")).all();
            }
        }
        assertThat(connects).hasValue(1);
        assertThat(checkouts).hasValue(3);
        if (database != TestDatabase.SQLITE) {
            // two at once need a second JDBC connection
            try (Connection a = engine.connect(); Connection b = engine.connect()) {
                assertThat(connects).hasValue(2);
            }
            assertThat(checkouts).hasValue(5);
        }
        assertThat(raw.get(0)).isInstanceOf(java.sql.Connection.class);
    }

    @Test
    void onConnectListenerCanConfigureTheSession() {
        engine.events().onConnect(c -> {
            try (var s = c.createStatement()) {
                s.execute(switch (database) {
                    case POSTGRESQL -> "SET application_name = 'jalchemy-test'";
                    case MARIADB -> "SET @jalchemy_marker = 'jalchemy-test'";
                    case SQLITE -> "PRAGMA user_version = 42";
                });
            }
        });
        try (Connection conn = engine.connect()) {
            Object v = conn.execute(text(switch (database) {
                case POSTGRESQL -> "SHOW application_name";
                case MARIADB -> "SELECT @jalchemy_marker";
                case SQLITE -> "PRAGMA user_version";
            })).scalar();
            assertThat(String.valueOf(v)).isEqualTo(database == TestDatabase.SQLITE ? "42" : "jalchemy-test");
        }
    }

    @Test
    void removedListenersAreNotCalled() {
        List<String> calls = new ArrayList<>();
        EngineEvents.BeforeExecute before = engine.events().beforeExecute((conn, sql, params) -> calls.add("before"));
        EngineEvents.AfterExecute after = engine.events().afterExecute((conn, sql, params) -> calls.add("after"));
        EngineEvents.OnCheckout checkout = engine.events().onCheckout(c -> calls.add("checkout"));
        EngineEvents.OnConnect connect = engine.events().onConnect(c -> calls.add("connect"));
        try (Connection conn = engine.connect()) {
            conn.execute(text("SELECT 1")).all();
        }
        assertThat(calls).containsExactly("connect", "checkout", "before", "after");
        engine.events().remove(before);
        engine.events().remove(after);
        engine.events().remove(checkout);
        engine.events().remove(connect);
        calls.clear();
        engine.dispose();   // a new JDBC connection would call onConnect, had it stayed
        try (Connection conn = engine.connect()) {
            conn.execute(text("SELECT 1")).all();
        }
        assertThat(calls).isEmpty();
    }

    @Test
    void failingCheckoutListenerGivesTheConnectionBack() {
        try (Engine e = database == TestDatabase.SQLITE ? Engine.create("sqlite:///:memory:")
                : sandbox().engineBuilder().poolSize(1).maxOverflow(0).poolTimeout(java.time.Duration.ofSeconds(1)).build()) {
            EngineEvents.OnCheckout veto = e.events().onCheckout(c -> {
                throw new IllegalStateException("checkout vetoed");
            });
            assertThatThrownBy(e::connect).isInstanceOf(IllegalStateException.class).hasMessage("checkout vetoed");
            e.events().remove(veto);
            try (Connection conn = e.connect()) {   // the only connection is free again
                assertThat(conn.execute(text("SELECT 1")).<Object>scalar()).hasToString("1");
            }
        }
    }

    @Test
    void listenerExceptionsPropagate() {
        engine.events().beforeExecute((conn, sql, params) -> {
            if (sql.contains("forbidden")) {
                throw new IllegalStateException("statement vetoed: " + sql);
            }
        });
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(text("SELECT 'forbidden'")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("vetoed");
            assertThat(conn.execute(text("SELECT 'fine'")).<Object>scalar()).isEqualTo("fine");
        }
    }
}
