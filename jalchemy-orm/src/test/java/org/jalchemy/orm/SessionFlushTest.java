package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Sql.*;

import java.util.List;
import java.util.UUID;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.orm.model.Address;
import org.jalchemy.orm.model.Counter;
import org.jalchemy.orm.model.Doc;
import org.jalchemy.orm.model.User;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The statements a flush sends: inserts, changed-column updates, deletes, foreign-key order, batching. */
class SessionFlushTest extends DatabaseTest {
    Registry registry;
    SessionFactory sessions;
    Table users;
    Table addresses;

    @BeforeEach
    void setUp() {
        registry = new Registry().map(User.class, Address.class, Doc.class, Counter.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        users = registry.table(User.class);
        addresses = registry.table(Address.class);
        clearStatements();
    }

    private List<Row> rows(Table t) {
        try (Connection conn = engine.connect()) {
            return conn.execute(select(t).orderBy(t.c("id"))).all();
        }
    }

    @Test
    void insertsPendingObjectsAndReadsBackGeneratedKeys() {
        try (Session session = sessions.open()) {
            User alice = new User("alice", "alice@example.com");
            User bob = new User("bob", "bob@example.com");
            session.add(alice);
            session.add(bob);
            assertThat(Inspect.state(alice)).isEqualTo(ObjectState.PENDING);
            session.commit();
            // one multi-row INSERT ... RETURNING reads back both generated keys (all three databases have it)
            assertThat(statements).containsExactly(
                    "INSERT INTO users (username, email, age) VALUES (?, ?, ?), (?, ?, ?) RETURNING id");
            assertThat(alice.id).isInstanceOf(Integer.class).isEqualTo(1);
            assertThat(bob.id).isEqualTo(2);
            assertThat(Inspect.state(alice)).isEqualTo(ObjectState.PERSISTENT);
            assertThat(Inspect.identity(bob)).isEqualTo(2);
        }
        assertThat(rows(users)).extracting(r -> r.get("username")).containsExactly("alice", "bob");
    }

    @Test
    void updatesOnlyTheChangedColumnAndNothingWhenUnchanged() {
        sessions.transaction(s -> s.add(new User("alice", "alice@example.com")));
        try (Session session = sessions.open()) {
            User alice = session.get(User.class, 1);
            clearStatements();
            session.commit();
            assertThat(statements).isEmpty();

            alice = session.get(User.class, 1);
            clearStatements();
            alice.email = "a@example.com";
            assertThat(session.isModified(alice)).isTrue();
            session.commit();
            assertThat(statements).containsExactly("UPDATE users SET email=? WHERE users.id = ?");
        }
        assertThat(rows(users)).extracting(r -> r.get("email")).containsExactly("a@example.com");
    }

    @Test
    void batchesInsertsWhoseKeysAreKnown() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        sessions.transaction(s -> s.addAll(List.of(new Doc(a, "one"), new Doc(b, "two"), new Doc(c, "three"))));
        assertThat(statements).containsExactly("INSERT INTO doc (id, title) VALUES (?, ?)");
        try (Session session = sessions.open()) {
            Doc two = session.get(Doc.class, b);
            assertThat(two.title).isEqualTo("two");
            assertThat(two.id).isInstanceOf(UUID.class).isEqualTo(b);
        }
    }

    @Test
    void insertsParentsBeforeChildrenAndDeletesChildrenFirst() {
        User parent = new User("alice", "alice@example.com");
        parent.id = 10;
        Address child = new Address("alice@work.org", 10);
        child.id = 100;
        try (Session session = sessions.open()) {
            session.add(child);
            session.add(parent);
            session.commit();
            assertThat(statements).containsExactly(
                    "INSERT INTO users (id, username, email, age) VALUES (?, ?, ?, ?)",
                    "INSERT INTO addresses (id, email, user_id) VALUES (?, ?, ?)");
            clearStatements();
            session.delete(session.get(User.class, 10));
            session.delete(session.get(Address.class, 100));
            clearStatements();
            session.flush();
            assertThat(statements).containsExactly(
                    "DELETE FROM addresses WHERE addresses.id = ?",
                    "DELETE FROM users WHERE users.id = ?");
            assertThat(Inspect.state(parent)).isEqualTo(ObjectState.DELETED);
            session.commit();
            assertThat(Inspect.state(parent)).isEqualTo(ObjectState.DETACHED);
        }
        assertThat(rows(users)).isEmpty();
        assertThat(rows(addresses)).isEmpty();
    }

    @Test
    void deleteSendsOneDeletePerObjectAndBatchesThem() {
        sessions.transaction(s -> s.addAll(List.of(new User("a", "a@x"), new User("b", "b@x"), new User("c", "c@x"))));
        try (Session session = sessions.open()) {
            List<User> all = session.query(User.class).orderBy("id").all();
            clearStatements();
            session.delete(all.get(0));
            session.delete(all.get(2));
            session.commit();
            assertThat(statements).containsExactly("DELETE FROM users WHERE users.id = ?");
            assertThat(Inspect.state(all.get(0))).isEqualTo(ObjectState.DETACHED);
            assertThat(Inspect.state(all.get(1))).isEqualTo(ObjectState.PERSISTENT);
        }
        assertThat(rows(users)).extracting(r -> r.get("username")).containsExactly("b");
    }

    @Test
    void sameShapeUpdatesAreBatched() {
        sessions.transaction(s -> s.addAll(List.of(new User("a", "a@x"), new User("b", "b@x"), new User("c", "c@x"))));
        try (Session session = sessions.open()) {
            List<User> all = session.query(User.class).orderBy("id").all();
            all.get(0).age = 30;
            all.get(1).age = 40;
            all.get(2).email = "c@y";
            clearStatements();
            session.flush();
            assertThat(statements).containsExactly(
                    "UPDATE users SET age=? WHERE users.id = ?",
                    "UPDATE users SET email=? WHERE users.id = ?");
            session.commit();
        }
        assertThat(rows(users)).extracting(r -> r.get("age")).containsExactly(30, 40, null);
    }

    @Test
    void primitiveKeyAndVersionLeftAtZeroAreFilledIn() {
        Counter a = new Counter("a");
        Counter b = new Counter("b");
        try (Session session = sessions.open()) {
            session.addAll(List.of(a, b));
            session.flush();
            assertThat(statements).containsExactly(
                    "INSERT INTO counters (name, version) VALUES (?, ?), (?, ?) RETURNING id");
            assertThat(a.id).isEqualTo(1);
            assertThat(b.id).isEqualTo(2);
            assertThat(a.version).isEqualTo(1L);
            session.commit();
            a.name = "a2";
            session.commit();
            assertThat(a.version).isEqualTo(2L);
            Counter c = new Counter("c");
            session.add(c);
            session.flush();
            assertThat(c.id).isEqualTo(3);
            session.rollback();
            assertThat(c.id).isZero();
            assertThat(Inspect.state(c)).isEqualTo(ObjectState.TRANSIENT);
        }
    }
}
