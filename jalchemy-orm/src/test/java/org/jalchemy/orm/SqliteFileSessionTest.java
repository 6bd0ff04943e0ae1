package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.text;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.TransactionIntent;
import org.jalchemy.exc.OperationalError;
import org.jalchemy.orm.exc.PendingRollbackError;
import org.jalchemy.orm.model.Account;
import org.jalchemy.orm.model.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions of one application sharing a SQLite file database from several threads (issue 13 item 10). */
class SqliteFileSessionTest {
    @TempDir
    Path tmp;
    Engine engine;
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        engine = Engine.builder("sqlite:///" + tmp.resolve("app.db")).poolSize(5).maxOverflow(0).build();
        Registry registry = new Registry().map(User.class, Account.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        sessions.transaction(s -> s.add(new User("alice", "alice@example.com")));
    }

    @AfterEach
    void tearDown() {
        engine.dispose();
    }

    private long users() {
        try (Connection c = engine.connect()) {
            return ((Number) c.execute(text("SELECT count(*) FROM users")).scalar()).longValue();
        }
    }

    @Test
    void aSessionThatHasOnlyReadDoesNotMakeAnotherSessionsCommitWait() {
        try (Session reader = sessions.open(); Session writer = sessions.open()) {
            assertThat(reader.query(User.class).all()).hasSize(1);
            assertThat(reader.inTransaction()).isTrue();
            writer.add(new User("bob", "bob@example.com"));
            long start = System.nanoTime();
            writer.commit();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            // the reader keeps its snapshot until it ends its transaction, then sees bob
            assertThat(reader.query(User.class).all()).hasSize(1);
            reader.commit();
            assertThat(reader.query(User.class).all()).hasSize(2);
        }
    }

    @Test
    void aSessionThatReadBeforeAnotherCommitCannotWriteAfterItButRecovers() {
        // what SQLite cannot do: turn a read snapshot made stale by another commit into a write transaction
        try (Session stale = sessions.open()) {
            User alice = stale.get(User.class, 1);
            sessions.transaction(s -> s.get(User.class, 1).age = 30);
            alice.age = 31;
            assertThatThrownBy(stale::commit).isInstanceOf(OperationalError.class).hasMessageContaining("SQLITE_BUSY");
            assertThatThrownBy(() -> stale.get(User.class, 1)).isInstanceOf(PendingRollbackError.class);
            stale.rollback();
            // begun for writing, the same read-modify-write now waits for the lock instead
            stale.begin(TransactionIntent.WRITE);
            User again = stale.get(User.class, 1);
            assertThat(again.age).isEqualTo(30);
            again.age = 31;
            stale.commit();
        }
        try (Session s = sessions.open()) {
            assertThat(s.get(User.class, 1).age).isEqualTo(31);
        }
    }

    @Test
    void sixteenThreadsOfSessionsThroughAPoolOfFive() throws Exception {
        int threads = 16;
        int writesEach = 20;
        List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < writesEach; i++) {
                        String name = "u" + thread + "_" + i;
                        try {
                            // read (autoflush, a query), then write: the transaction was begun for writing
                            sessions.transaction(s -> {
                                s.query(User.class).filterBy("username", "alice").one().age = null;
                                s.add(new User(name, name + "@example.com"));
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
        assertThat(users()).isEqualTo(1L + threads * writesEach);
    }

    @Test
    void beginTwiceIsRefused() {
        try (Session s = sessions.open()) {
            s.get(User.class, 1);
            assertThatThrownBy(() -> s.begin(TransactionIntent.WRITE)).isInstanceOf(org.jalchemy.exc.InvalidRequestError.class)
                    .hasMessageContaining("already begun");
        }
    }
}
