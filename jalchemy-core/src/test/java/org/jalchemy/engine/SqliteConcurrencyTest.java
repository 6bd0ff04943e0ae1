package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.text;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.OperationalError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite file databases under real threads: WAL by default (a reader does not block a writer's COMMIT), a
 * configurable busy timeout, and BEGIN IMMEDIATE for transactions begun with {@link TransactionIntent#WRITE}
 * (engine.transaction), so read-then-write transactions queue for the write lock instead of failing.
 */
class SqliteConcurrencyTest {
    @TempDir
    Path tmp;

    private Engine fileEngine(String query) {
        return Engine.builder("sqlite:///" + tmp.resolve("app.db") + query).poolSize(5).maxOverflow(0).build();
    }

    private static long count(Engine e, String table) {
        try (Connection c = e.connect()) {
            return ((Number) c.execute(text("SELECT count(*) FROM " + table)).scalar()).longValue();
        }
    }

    @Test
    void fileDatabasesDefaultToWalAndTheBusyTimeoutIsConfigurable() {
        try (Engine e = fileEngine(""); Connection c = e.connect()) {
            assertThat(c.execute(text("PRAGMA journal_mode")).<Object>scalar()).hasToString("wal");
            assertThat(c.execute(text("PRAGMA busy_timeout")).<Object>scalar()).hasToString("30000");
        }
        try (Engine e = Engine.create("sqlite:///" + tmp.resolve("other.db") + "?journal_mode=DELETE&busy_timeout=250");
             Connection c = e.connect()) {
            assertThat(c.execute(text("PRAGMA journal_mode")).<Object>scalar()).hasToString("delete");
            assertThat(c.execute(text("PRAGMA busy_timeout")).<Object>scalar()).hasToString("250");
        }
        try (Engine e = Engine.builder("sqlite:///" + tmp.resolve("third.db")).sqliteBusyTimeout(Duration.ofMillis(1500)).build();
             Connection c = e.connect()) {
            assertThat(c.execute(text("PRAGMA busy_timeout")).<Object>scalar()).hasToString("1500");
        }
    }

    @Test
    void badSqliteOptionsAreRefusedWithTheirName() {
        assertThatThrownBy(() -> Engine.create("sqlite:///" + tmp.resolve("x.db") + "?busy_timeout=soon"))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("busy_timeout").hasMessageContaining("soon");
        assertThatThrownBy(() -> Engine.create("sqlite:///" + tmp.resolve("x.db") + "?journal_mode=FAST"))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("journal_mode").hasMessageContaining("WAL");
        assertThatThrownBy(() -> Engine.builder("postgresql://u@localhost/db").sqliteBusyTimeout(Duration.ofSeconds(1)))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("sqlite");
    }

    @Test
    void aConnectionThatOnlyReadDoesNotMakeAnotherConnectionsCommitWait() {
        try (Engine e = fileEngine("")) {
            e.transaction(c -> c.execute(text("CREATE TABLE t (x INTEGER)")));
            e.transaction(c -> c.execute(text("INSERT INTO t (x) VALUES (1)")));
            try (Connection reader = e.connect(); Connection writer = e.connect()) {
                // the reader's transaction stays open after its SELECT, as a Session's does
                assertThat(((Number) reader.execute(text("SELECT count(*) FROM t")).scalar()).intValue()).isEqualTo(1);
                writer.execute(text("INSERT INTO t (x) VALUES (2)"));
                long start = System.nanoTime();
                writer.commit();
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
                // the reader still sees its snapshot until its transaction ends
                assertThat(((Number) reader.execute(text("SELECT count(*) FROM t")).scalar()).intValue()).isEqualTo(1);
                reader.commit();
                assertThat(((Number) reader.execute(text("SELECT count(*) FROM t")).scalar()).intValue()).isEqualTo(2);
            }
        }
    }

    @Test
    void sixteenThreadsWritingThroughAPoolOfFiveGetNoBusyError() throws Exception {
        int threads = 16;
        int writesEach = 25;
        try (Engine e = fileEngine("")) {
            e.transaction(c -> c.execute(text("CREATE TABLE counter (n INTEGER NOT NULL)")));
            e.transaction(c -> c.execute(text("CREATE TABLE log (thread INTEGER NOT NULL, seq INTEGER NOT NULL)")));
            e.transaction(c -> c.execute(text("INSERT INTO counter (n) VALUES (0)")));
            List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < writesEach; i++) {
                            int seq = i;
                            try {
                                // read, then write: the transaction holds the write lock from BEGIN IMMEDIATE on
                                e.transaction(c -> {
                                    int n = ((Number) c.execute(text("SELECT n FROM counter")).scalar()).intValue();
                                    c.execute(text("INSERT INTO log (thread, seq) VALUES (:t, :s)"), Map.of("t", thread, "s", seq));
                                    sleep(1);   // a slow fsync: the lock is held a while
                                    c.execute(text("UPDATE counter SET n = :n"), Map.of("n", n + 1));
                                });
                            } catch (RuntimeException ex) {
                                errors.add(ex);
                            }
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get(120, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(errors).isEmpty();
            assertThat(count(e, "log")).isEqualTo((long) threads * writesEach);
            try (Connection c = e.connect()) {
                // no lost update: every read-modify-write saw the one before it
                assertThat(((Number) c.execute(text("SELECT n FROM counter")).scalar()).intValue()).isEqualTo(threads * writesEach);
            }
        }
    }

    @Test
    void writeIntentTakesTheWriteLockAtBeginAndWaitsOnlyTheBusyTimeout() {
        try (Engine e = fileEngine("?busy_timeout=200")) {
            e.transaction(c -> c.execute(text("CREATE TABLE t (x INTEGER)")));
            try (Connection first = e.connect(); Connection second = e.connect()) {
                Transaction holding = first.begin(TransactionIntent.WRITE);
                long start = System.nanoTime();
                assertThatThrownBy(() -> second.begin(TransactionIntent.WRITE)).isInstanceOf(OperationalError.class)
                        .hasMessageContaining("BEGIN IMMEDIATE").hasMessageContaining("locked");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(150), Duration.ofSeconds(5));
                // the refused begin left nothing behind: the connection reads, and begins again once the lock is free
                assertThat(second.inTransaction()).isFalse();
                assertThat(((Number) second.execute(text("SELECT count(*) FROM t")).scalar()).intValue()).isZero();
                second.rollback();
                first.execute(text("INSERT INTO t (x) VALUES (1)"));
                holding.commit();
                Transaction next = second.begin(TransactionIntent.WRITE);
                second.execute(text("INSERT INTO t (x) VALUES (2)"));
                next.commit();
            }
            assertThat(count(e, "t")).isEqualTo(2);
        }
    }

    @Test
    void aDeferredTransactionThatReadsThenWritesAfterAnotherCommitFailsAtOnce() {
        // what SQLite cannot do: upgrade a read snapshot that another connection's commit has made stale
        try (Engine e = fileEngine("")) {
            e.transaction(c -> c.execute(text("CREATE TABLE t (x INTEGER)")));
            try (Connection a = e.connect(); Connection b = e.connect()) {
                a.execute(text("SELECT count(*) FROM t")).scalar();
                b.execute(text("INSERT INTO t (x) VALUES (1)"));
                b.commit();
                long start = System.nanoTime();
                assertThatThrownBy(() -> a.execute(text("INSERT INTO t (x) VALUES (2)"))).isInstanceOf(OperationalError.class)
                        .hasMessageContaining("SQLITE_BUSY");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
                a.rollback();
                a.execute(text("INSERT INTO t (x) VALUES (2)"));
                a.commit();
            }
            assertThat(count(e, "t")).isEqualTo(2);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
