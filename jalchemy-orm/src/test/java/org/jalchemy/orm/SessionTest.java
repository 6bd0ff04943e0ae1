package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jalchemy.engine.Connection;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.exc.MultipleResultsFound;
import org.jalchemy.exc.NoResultFound;
import org.jalchemy.orm.exc.ObjectDeletedError;
import org.jalchemy.orm.exc.PendingRollbackError;
import org.jalchemy.orm.exc.StaleDataError;
import org.jalchemy.orm.model.Account;
import org.jalchemy.orm.model.User;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Identity map, object states, expiry, failed-flush recovery, optimistic locking, autoflush, events. */
class SessionTest extends DatabaseTest {
    Registry registry;
    SessionFactory sessions;
    Table users;
    Table accounts;

    @BeforeEach
    void setUp() {
        registry = new Registry().map(User.class, Account.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        users = registry.table(User.class);
        accounts = registry.table(Account.class);
        sessions.transaction(s -> {
            s.add(new User("alice", "alice@example.com"));
            s.add(new User("bob", "bob@example.com"));
        });
        clearStatements();
    }

    private List<String> usernames() {
        try (Connection conn = engine.connect()) {
            return conn.execute(select(users.c("username")).orderBy(users.c("id"))).<String>scalars().all();
        }
    }

    private void sql(String statement, Map<String, ?> params) {
        engine.transaction(conn -> conn.execute(text(statement), params));
    }

    @Test
    void identityMapGivesOneObjectPerRowAndNoSqlTheSecondTime() {
        try (Session session = sessions.open()) {
            User a = session.get(User.class, 1);
            assertThat(statements).hasSize(1).allMatch(s -> s.startsWith("SELECT"));
            User again = session.get(User.class, 1L);
            assertThat(again).isSameAs(a);
            assertThat(statements).hasSize(1);
            User viaQuery = session.query(User.class).filterBy("username", "alice").one();
            assertThat(viaQuery).isSameAs(a);
            assertThat(session.get(User.class, 99)).isNull();
            assertThat(session.contains(a)).isTrue();
        }
    }

    @Test
    void objectStatesFollowTheLifecycle() {
        User carol = new User("carol", "carol@example.com");
        assertThat(Inspect.state(carol)).isEqualTo(ObjectState.TRANSIENT);
        Session session = sessions.open();
        session.add(carol);
        assertThat(Inspect.state(carol)).isEqualTo(ObjectState.PENDING);
        session.flush();
        assertThat(Inspect.state(carol)).isEqualTo(ObjectState.PERSISTENT);
        session.delete(carol);
        assertThat(Inspect.state(carol)).isEqualTo(ObjectState.PERSISTENT);
        session.flush();
        assertThat(Inspect.state(carol)).isEqualTo(ObjectState.DELETED);
        assertThat(session.get(User.class, carol.id)).isNull();
        session.commit();
        assertThat(Inspect.state(carol)).isEqualTo(ObjectState.DETACHED);

        User alice = session.get(User.class, 1);
        session.close();
        assertThat(Inspect.state(alice)).isEqualTo(ObjectState.DETACHED);
        assertThat(session.contains(alice)).isFalse();

        User dave = new User("dave", "dave@example.com");
        session.add(dave);
        session.expunge(dave);
        assertThat(Inspect.state(dave)).isEqualTo(ObjectState.TRANSIENT);
        session.close();
        assertThat(usernames()).containsExactly("alice", "bob");
    }

    @Test
    void objectOfAnotherSessionCannotBeAdded() {
        try (Session one = sessions.open(); Session two = sessions.open()) {
            User a = one.get(User.class, 1);
            assertThatThrownBy(() -> two.add(a)).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("User[1]").hasMessageContaining("another Session");
        }
    }

    @Test
    void detachedObjectsCanBeAddedBackOrMerged() {
        User detached;
        try (Session session = sessions.open()) {
            detached = session.get(User.class, 1);
        }
        detached.email = "new@example.com";
        try (Session session = sessions.open()) {
            User merged = session.merge(detached);
            assertThat(merged).isNotSameAs(detached);
            assertThat(session.isModified(merged)).isTrue();
            session.commit();
        }
        User again;
        try (Session session = sessions.open()) {
            again = session.get(User.class, 1);
        }
        again.age = 33;
        try (Session session = sessions.open()) {
            session.add(again);
            assertThat(Inspect.state(again)).isEqualTo(ObjectState.PERSISTENT);
            clearStatements();
            session.commit();
            assertThat(statements).containsExactly("UPDATE users SET age=? WHERE users.id = ?");
        }
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(select(users.c("email"), users.c("age")).where(users.c("id").eq(1))).one().toList())
                    .containsExactly("new@example.com", 33);
        }
    }

    @Test
    void expiredObjectsReloadOnNextAccessAndRefreshDiscardsChanges() {
        // commit ends the transaction (and frees SQLite's single connection) without expiring
        SessionFactory keep = SessionFactory.builder(engine).expireOnCommit(false).build();
        try (Session session = keep.open()) {
            User a = session.get(User.class, 1);
            session.commit();
            sql("UPDATE users SET email = 'changed@x' WHERE id = 1", Map.of());
            clearStatements();
            assertThat(session.get(User.class, 1).email).isEqualTo("alice@example.com");
            assertThat(statements).isEmpty();

            session.expire(a);
            assertThat(session.get(User.class, 1)).isSameAs(a);
            assertThat(statements).hasSize(1);
            assertThat(a.email).isEqualTo("changed@x");

            a.email = "unflushed";
            session.refresh(a);
            assertThat(a.email).isEqualTo("changed@x");
            assertThat(session.isModified(a)).isFalse();
        }
    }

    @Test
    void changesMadeAfterExpiryAreKeptAndFlushed() {
        try (Session session = sessions.open()) {
            User a = session.get(User.class, 1);
            session.commit();                    // expires a
            a.age = 41;                          // set on the expired object
            sql("UPDATE users SET email = 'other@x' WHERE id = 1", Map.of());
            assertThat(session.get(User.class, 1)).isSameAs(a);   // reloads
            assertThat(a.email).isEqualTo("other@x");
            assertThat(a.age).isEqualTo(41);
            clearStatements();
            session.commit();
            assertThat(statements).containsExactly("UPDATE users SET age=? WHERE users.id = ?");
        }
    }

    @Test
    void expireOnCommitCanBeTurnedOff() {
        SessionFactory manual = SessionFactory.builder(engine).expireOnCommit(false).build();
        try (Session session = manual.open()) {
            session.get(User.class, 1);
            session.commit();
            clearStatements();
            session.get(User.class, 1);
            assertThat(statements).isEmpty();
        }
        try (Session session = sessions.open()) {
            session.get(User.class, 1);
            session.commit();
            clearStatements();
            session.get(User.class, 1);
            assertThat(statements).hasSize(1);
        }
    }

    @Test
    void refreshOfADeletedRowRaises() {
        try (Session session = sessions.open()) {
            User b = session.get(User.class, 2);
            session.commit();
            sql("DELETE FROM users WHERE id = 2", Map.of());
            assertThatThrownBy(() -> session.refresh(b)).isInstanceOf(ObjectDeletedError.class).hasMessageContaining("User[2]");
            assertThat(session.get(User.class, 2)).isNull();
        }
    }

    @Test
    void failedFlushRollsBackRestoresStatesAndSessionWorksAfterRollback() {
        try (Session session = sessions.open()) {
            User alice = session.get(User.class, 1);
            alice.age = 50;
            User carol = new User("carol", "carol@example.com");
            User dup = new User("alice", "dup@example.com");
            session.add(carol);
            session.add(dup);
            assertThatThrownBy(session::commit).isInstanceOf(IntegrityError.class)
                    .hasMessageContaining("INSERT INTO users");
            assertThat(Inspect.state(carol)).isEqualTo(ObjectState.PENDING);
            assertThat(carol.id).isNull();
            assertThat(Inspect.state(dup)).isEqualTo(ObjectState.PENDING);
            assertThat(session.isModified(alice)).isTrue();
            assertThat(usernames()).containsExactly("alice", "bob");
            assertThatThrownBy(() -> session.get(User.class, 2)).isInstanceOf(PendingRollbackError.class)
                    .hasMessageContaining("rollback()");

            session.rollback();
            assertThat(Inspect.state(carol)).isEqualTo(ObjectState.TRANSIENT);
            assertThat(Inspect.state(alice)).isEqualTo(ObjectState.PERSISTENT);
            assertThat(session.get(User.class, 1).age).isNull();   // the unflushed change is discarded
            session.add(carol);
            session.commit();
        }
        assertThat(usernames()).containsExactly("alice", "bob", "carol");
        try (Connection conn = engine.connect()) {
            Integer age = conn.execute(select(users.c("age")).where(users.c("id").eq(1))).scalar();
            assertThat(age).isNull();
        }
    }

    @Test
    void rollbackMakesInsertedObjectsTransientAndRestoresDeletedOnes() {
        try (Session session = sessions.open()) {
            User carol = new User("carol", "carol@example.com");
            session.add(carol);
            User bob = session.get(User.class, 2);
            session.delete(bob);
            session.flush();
            assertThat(carol.id).isNotNull();
            assertThat(Inspect.state(bob)).isEqualTo(ObjectState.DELETED);
            session.rollback();
            assertThat(Inspect.state(carol)).isEqualTo(ObjectState.TRANSIENT);
            assertThat(carol.id).isNull();
            assertThat(Inspect.state(bob)).isEqualTo(ObjectState.PERSISTENT);
            assertThat(session.get(User.class, 2)).isSameAs(bob);
        }
        assertThat(usernames()).containsExactly("alice", "bob");
    }

    @Test
    void versionColumnDetectsConcurrentChanges() {
        sessions.transaction(s -> s.add(new Account("ann", 100)));
        try (Session one = sessions.open(); Session two = sessions.open()) {
            Account a1 = one.get(Account.class, 1);
            one.commit();                       // each commit frees the connection (SQLite has only one)
            Account a2 = two.get(Account.class, 1);
            assertThat(a1.version).isEqualTo(1);
            a2.balance = 50;
            clearStatements();
            two.commit();
            assertThat(statements).containsExactly("UPDATE accounts SET balance=?, version=? WHERE accounts.id = ? AND accounts.version = ?");
            assertThat(a2.version).isEqualTo(2);

            a1.balance = 70;
            assertThatThrownBy(one::commit).isInstanceOf(StaleDataError.class)
                    .hasMessageContaining("accounts").hasMessageContaining("0 were matched");
            assertThat(a1.version).isEqualTo(1);
            one.rollback();
            assertThat(one.get(Account.class, 1).balance).isEqualTo(50);
            assertThat(a1.version).isEqualTo(2);
            one.commit();

            two.delete(two.get(Account.class, 1));
            two.commit();
        }
        assertThat(usernames()).containsExactly("alice", "bob");
        sessions.transaction(s -> s.add(new Account("ben", 10)));
        try (Session one = sessions.open()) {
            Account ben = one.query(Account.class).filterBy("owner", "ben").one();
            one.commit();
            sql("UPDATE accounts SET version = 7 WHERE owner = 'ben'", Map.of());
            one.delete(ben);
            assertThatThrownBy(one::flush).isInstanceOf(StaleDataError.class).hasMessageContaining("DELETE");
            one.rollback();
        }
        try (Connection conn = engine.connect()) {
            Integer balance = conn.execute(select(accounts.c("balance"))).scalarOne();
            assertThat(balance).isEqualTo(10);
        }
    }

    @Test
    void autoflushRunsBeforeQueriesAndGetMisses() {
        try (Session session = sessions.open()) {
            session.add(new User("carol", "carol@example.com"));
            User found = session.query(User.class).filterBy("username", "carol").first();
            assertThat(found).isNotNull();
            assertThat(statements.get(0)).startsWith("INSERT INTO users");
            assertThat(statements.get(1)).startsWith("SELECT");
            session.rollback();
        }
        SessionFactory manual = SessionFactory.builder(engine).autoflush(false).build();
        try (Session session = manual.open()) {
            session.add(new User("dave", "dave@example.com"));
            assertThat(session.query(User.class).filterBy("username", "dave").first()).isNull();
            assertThat(session.get(User.class, 3)).isNull();
        }
        assertThat(usernames()).containsExactly("alice", "bob");
    }

    @Test
    void queryOneAndAll() {
        try (Session session = sessions.open()) {
            assertThat(session.query(User.class).orderBy("username").all()).extracting(u -> u.username).containsExactly("alice", "bob");
            assertThat(session.query(User.class).filter(users.c("id").gt(1)).one().username).isEqualTo("bob");
            assertThatThrownBy(() -> session.query(User.class).one()).isInstanceOf(MultipleResultsFound.class);
            assertThatThrownBy(() -> session.query(User.class).filterBy("username", "zed").one()).isInstanceOf(NoResultFound.class);
            assertThatThrownBy(() -> session.query(User.class).filterBy("nickname", "x"))
                    .hasMessageContaining("User has no mapped field 'nickname'");
            assertThat(session.query(User.class).orderBy("id").offset(1).limit(1).all()).extracting(u -> u.id).containsExactly(2);
        }
    }

    @Test
    void transactionHelperCommitsOrRollsBack() {
        sessions.transaction(s -> s.add(new User("carol", "carol@example.com")));
        assertThatThrownBy(() -> sessions.transaction(s -> {
            s.add(new User("dave", "dave@example.com"));
            s.flush();
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(usernames()).containsExactly("alice", "bob", "carol");
    }

    @Test
    void eventsFireAroundFlushAndCommit() {
        List<String> seen = new ArrayList<>();
        sessions.events()
                .beforeFlush(s -> seen.add("beforeFlush"))
                .afterFlush(s -> seen.add("afterFlush"))
                .afterCommit(s -> seen.add("afterCommit"))
                .afterRollback(s -> seen.add("afterRollback"))
                .beforeInsert(User.class, u -> {
                    seen.add("beforeInsert " + u.username);
                    u.email = u.email.toLowerCase();
                })
                .afterInsert(User.class, u -> seen.add("afterInsert " + u.id))
                .beforeUpdate(User.class, u -> seen.add("beforeUpdate " + u.username))
                .beforeDelete(User.class, u -> seen.add("beforeDelete " + u.username));
        try (Session session = sessions.open()) {
            User alice = session.get(User.class, 1);
            User bob = session.get(User.class, 2);
            session.add(new User("carol", "CAROL@EXAMPLE.COM"));
            alice.age = 5;
            session.delete(bob);
            session.commit();
            session.rollback();
        }
        assertThat(seen).containsExactly("beforeFlush", "beforeInsert carol", "afterInsert 3", "beforeUpdate alice",
                "beforeDelete bob", "afterFlush", "afterCommit", "afterRollback");
        try (Connection conn = engine.connect()) {
            assertThat((String) conn.execute(select(users.c("email")).where(users.c("id").eq(3))).scalar()).isEqualTo("carol@example.com");
        }
    }

    @Test
    void scopedSessionGivesEachThreadItsOwnSession() throws Exception {
        ScopedSession scoped = ScopedSession.of(sessions);
        Session mine = scoped.get();
        assertThat(scoped.get()).isSameAs(mine);
        AtomicReference<Session> theirs = new AtomicReference<>();
        AtomicReference<String> name = new AtomicReference<>();
        Thread t = new Thread(() -> {
            theirs.set(scoped.get());
            name.set(scoped.get().get(User.class, 2).username);
            scoped.get().add(new User("carol", "carol@example.com"));
            scoped.get().commit();
            scoped.remove();
        });
        t.start();
        t.join();
        assertThat(theirs.get()).isNotNull().isNotSameAs(mine);
        assertThat(name.get()).isEqualTo("bob");
        assertThat(mine.query(User.class).filterBy("username", "carol").one().id).isEqualTo((Object) 3);
        scoped.remove();
        assertThat(scoped.has()).isFalse();
        assertThat(scoped.get()).isNotSameAs(mine);
        scoped.remove();
    }

    @Test
    void savepointRollbackUndoesOnlyWhatCameAfterIt() {
        try (Session session = sessions.open()) {
            User carol = new User("carol", "carol@example.com");
            session.add(carol);
            NestedTransaction sp = session.beginNested();
            assertThat(Inspect.state(carol)).isEqualTo(ObjectState.PERSISTENT);
            User dave = new User("dave", "dave@example.com");
            session.add(dave);
            User bob = session.get(User.class, 2);
            session.delete(bob);
            session.get(User.class, 1).age = 9;
            session.flush();
            sp.rollback();
            assertThat(sp.isActive()).isFalse();
            assertThat(Inspect.state(dave)).isEqualTo(ObjectState.TRANSIENT);
            assertThat(dave.id).isNull();
            assertThat(Inspect.state(bob)).isEqualTo(ObjectState.PERSISTENT);
            assertThat(Inspect.state(carol)).isEqualTo(ObjectState.PERSISTENT);
            assertThat(session.get(User.class, 1).age).isNull();
            try (NestedTransaction sp2 = session.beginNested()) {
                session.add(new User("erin", "erin@example.com"));
                sp2.commit();
            }
            try (NestedTransaction sp3 = session.beginNested()) {
                session.add(new User("fred", "fred@example.com"));
                session.flush();
            }
            session.commit();
        }
        assertThat(usernames()).containsExactly("alice", "bob", "carol", "erin");
    }
}
