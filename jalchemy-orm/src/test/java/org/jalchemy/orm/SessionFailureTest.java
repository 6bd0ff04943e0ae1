package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;

import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.exc.DBAPIError;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.exc.OperationalError;
import org.jalchemy.orm.exc.PendingRollbackError;
import org.jalchemy.orm.model.Account;
import org.jalchemy.orm.model.User;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A Session after a failed flush or a failed COMMIT (provoked on the real servers): every use that reads or writes
 * raises PendingRollbackError naming the original error until rollback(); a failed flush inside a savepoint rolls
 * back to the savepoint only, as SQLAlchemy's SessionTransaction does.
 */
class SessionFailureTest extends DatabaseTest {
    SessionFactory sessions;
    Table users;

    @BeforeEach
    void setUp() {
        Registry registry = new Registry().map(User.class, Account.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        users = registry.table(User.class);
        sessions.transaction(s -> s.add(new User("alice", "alice@example.com")));
        if (database != TestDatabase.MARIADB) {
            engine.transaction(c -> {
                c.execute(text("CREATE TABLE parent (id INTEGER PRIMARY KEY)"));
                c.execute(text("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER "
                        + "REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)"));
            });
        }
    }

    private List<String> usernames() {
        try (Connection conn = engine.connect()) {
            return conn.execute(select(users.c("username")).orderBy(users.c("id"))).<String>scalars().all();
        }
    }

    /**
     * Makes the next COMMIT of {@code session} fail on this database: a deferred foreign key (SQLite, PostgreSQL), or
     * the commit lock held by another connection's FLUSH TABLES WITH READ LOCK (MariaDB); returns what releases it.
     */
    private Runnable breakNextCommit(Session session) {
        if (database == TestDatabase.MARIADB) {
            session.execute(text("SET SESSION lock_wait_timeout = 1"));
            session.flush();
            Connection backup = engine.connect();
            backup.execute(text("SET SESSION lock_wait_timeout = 10"));
            backup.execute(text("FLUSH TABLES WITH READ LOCK"));
            return () -> {
                backup.execute(text("UNLOCK TABLES"));
                backup.close();
            };
        }
        session.execute(text("INSERT INTO child (id, parent_id) VALUES (1, 99)"));
        return () -> { };
    }

    private static void assertPending(Executable use, String original) {
        assertThatThrownBy(use::execute).isInstanceOf(PendingRollbackError.class)
                .hasMessageContaining("rollback()")
                .hasMessageContaining(original)
                .cause().isInstanceOf(DBAPIError.class);
    }

    @Test
    void failedCommitKeepsTheSessionFromAnsweringUntilRollback() {
        try (Session session = sessions.open()) {
            User carol = new User("carol", "carol@example.com");
            session.add(carol);
            session.flush();
            Integer carolId = carol.id;
            Runnable release = breakNextCommit(session);
            DBAPIError failure;
            try {
                failure = (DBAPIError) org.assertj.core.api.Assertions.catchThrowable(session::commit);
            } finally {
                release.run();
            }
            assertThat(failure).isInstanceOf(database == TestDatabase.MARIADB ? OperationalError.class : IntegrityError.class);
            String original = failure.getMessage().substring(0, 20);
            // carol is in the identity map but was never committed: the Session must not hand her out
            assertPending(() -> session.get(User.class, carolId), original);
            assertPending(() -> session.query(User.class).all(), original);
            assertPending(() -> session.execute(text("SELECT 1")), original);
            assertPending(session::commit, original);
            assertPending(session::flush, original);
            assertPending(session::beginNested, original);
            assertThat(usernames()).containsExactly("alice");

            session.rollback();
            assertThat(Inspect.state(carol)).isEqualTo(ObjectState.TRANSIENT);
            assertThat(carol.id).isNull();
            assertThat(session.get(User.class, carolId)).isNull();
            session.add(carol);
            session.commit();
        }
        assertThat(usernames()).containsExactly("alice", "carol");
    }

    @Test
    void failedFlushRaisesOnEveryUseThatTouchesTheDatabaseButNotOnLocalBookkeeping() {
        try (Session session = sessions.open()) {
            User alice = session.get(User.class, 1);
            session.add(new User("alice", "dup@example.com"));
            assertThatThrownBy(session::flush).isInstanceOf(IntegrityError.class);
            String original = "INSERT INTO users";
            assertPending(() -> session.get(User.class, 1), original);
            assertPending(() -> session.query(User.class).filterBy("username", "alice").first(), original);
            assertPending(() -> session.scalars(select(users.c("id"))), original);
            assertPending(() -> session.refresh(alice), original);
            assertPending(session::connection, original);
            User copy = new User("alice", "new@example.com");
            copy.id = 1;
            assertPending(() -> session.merge(copy), original);
            // what SQLAlchemy allows on an inactive Session (the changes are discarded by rollback)
            User dave = new User("dave", "dave@example.com");
            session.add(dave);
            session.expunge(dave);
            session.expire(alice);
            assertThat(session.inTransaction()).isFalse();
            assertThat(usernames()).containsExactly("alice");
        }
        // close() ends the failed state too: the factory's next Session (and this one) work
        sessions.transaction(s -> s.add(new User("erin", "erin@example.com")));
        assertThat(usernames()).containsExactly("alice", "erin");
    }

    @Test
    void closeEndsThePendingRollbackAndTheSessionCanBeUsedAgain() {
        Session session = sessions.open();
        session.add(new User("alice", "dup@example.com"));
        assertThatThrownBy(session::commit).isInstanceOf(IntegrityError.class);
        session.close();
        assertThat(session.get(User.class, 1).username).isEqualTo("alice");
        session.add(new User("fred", "fred@example.com"));
        session.commit();
        session.close();
        assertThat(usernames()).containsExactly("alice", "fred");
    }

    @Test
    void failedFlushInsideASavepointRollsBackToItAndTheEnclosingWorkCommits() {
        try (Session session = sessions.open()) {
            User carol = new User("carol", "carol@example.com");
            session.add(carol);
            NestedTransaction sp = session.beginNested();
            User dup = new User("alice", "dup@example.com");
            session.add(dup);
            assertThatThrownBy(session::flush).isInstanceOf(IntegrityError.class);
            assertThat(sp.isActive()).isFalse();
            assertThatThrownBy(() -> session.get(User.class, 1)).isInstanceOf(PendingRollbackError.class)
                    .hasMessageContaining("nested transaction");
            assertThatThrownBy(sp::commit).isInstanceOf(PendingRollbackError.class);
            sp.rollback();
            assertThat(Inspect.state(dup)).isEqualTo(ObjectState.TRANSIENT);
            assertThat(Inspect.state(carol)).isEqualTo(ObjectState.PERSISTENT);
            // the transaction around the savepoint goes on
            assertThat(session.get(User.class, carol.id)).isSameAs(carol);
            session.add(new User("gina", "gina@example.com"));
            session.commit();
        }
        assertThat(usernames()).containsExactly("alice", "carol", "gina");
    }

    @Test
    void failedFlushInsideASavepointThenRollbackOfTheWholeTransaction() {
        try (Session session = sessions.open()) {
            session.add(new User("carol", "carol@example.com"));
            try (NestedTransaction sp = session.beginNested()) {
                session.add(new User("alice", "dup@example.com"));
                assertThatThrownBy(sp::commit).isInstanceOf(IntegrityError.class);
                session.rollback();
                assertThat(session.get(User.class, 1).username).isEqualTo("alice");
            }
            session.add(new User("hal", "hal@example.com"));
            session.commit();
        }
        assertThat(usernames()).containsExactly("alice", "hal");
    }

    @Test
    void failedFlushInsideAnInnerSavepointIsClearedByRollingBackTheOuterOne() {
        try (Session session = sessions.open()) {
            NestedTransaction outer = session.beginNested();
            session.add(new User("ivy", "ivy@example.com"));
            NestedTransaction inner = session.beginNested();
            session.add(new User("alice", "dup@example.com"));
            assertThatThrownBy(session::flush).isInstanceOf(IntegrityError.class);
            outer.rollback();
            inner.close();
            assertThat(session.execute(text("SELECT count(*) FROM users")).<Object>scalar()).hasToString("1");
            session.add(new User("jo", "jo@example.com"));
            session.commit();
        }
        assertThat(usernames()).containsExactly("alice", "jo");
    }
}
