package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;
import static org.jalchemy.orm.OrmSql.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Row;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.orm.querymodel.Post;
import org.jalchemy.orm.querymodel.Post_;
import org.jalchemy.orm.querymodel.User;
import org.jalchemy.orm.querymodel.User_;
import org.junit.jupiter.api.Test;

/** ORM bulk INSERT / UPDATE / DELETE and how they synchronize the Session. */
class BulkStatementTest extends QueryFixture {

    private List<Integer> ages() {
        try (Session s = sessions.open()) {
            return s.query(User_.age).orderBy(User_.id).all();
        }
    }

    @Test
    void bulkInsertOfTenThousandMapsInOneExecutemany() {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(Map.of("name", "user" + i, "email", "u" + i + "@x.org", "age", i % 90));
        }
        try (Session session = sessions.open()) {
            OrmResult<Row> r = session.execute(insert(User.class), rows);
            assertThat(r.rowcount()).isEqualTo(10_000);
            assertThat(statements).hasSize(1);
            assertThat(statements.get(0)).isEqualTo("INSERT INTO users (name, email, age) VALUES (?, ?, ?)");
            assertThat(session.identityMapValues()).isEmpty();
            session.commit();
        }
        try (Session session = sessions.open()) {
            assertThat(session.query(User.class).count()).isEqualTo(10_003);
            assertThat(session.query(User.class).filterBy("name", "user9999").one().email).isEqualTo("u9999@x.org");
        }
    }

    @Test
    void bulkInsertReturningGivesPersistentObjectsInPages() {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            rows.add(Map.of("title", "t" + i, "userId", 1 + i % 3));
        }
        try (Session session = sessions.open()) {
            List<Post> posts = session.scalars(insert(Post.class).returning(Post.class), rows).all();
            assertThat(posts).hasSize(2_500);
            assertThat(posts.get(0)).isInstanceOf(Post.class);
            assertThat(posts.get(0).title).isEqualTo("t0");
            assertThat(posts.get(2_499).title).isEqualTo("t2499");
            assertThat(posts.get(2_499).id).isNotNull();
            assertThat(Inspect.state(posts.get(7))).isEqualTo(ObjectState.PERSISTENT);
            assertThat(session.get(Post.class, posts.get(7).id)).isSameAs(posts.get(7));
            // insertmanyvalues: multi-row INSERT ... RETURNING pages, not one statement per row
            assertThat(statements).hasSizeBetween(3, 30).allMatch(s -> s.startsWith("INSERT INTO posts (title, user_id) VALUES (?, ?), (?, ?)")
                    && s.endsWith("RETURNING id, title, user_id"));
            posts.get(0).title = "changed";
            session.commit();
            assertThat(session.scalars(select(Post.class).where(Post_.title.eq("changed"))).one()).isSameAs(posts.get(0));
        }
    }

    @Test
    void insertWithValuesAndFieldNames() {
        try (Session session = sessions.open()) {
            session.execute(insert(Post.class).values(Map.of("title", "A", "user_id", 3)).values(Map.of("title", "B", "userId", 3)));
            assertThat(session.query(Post_.title).filter(Post_.userId.eq(3)).orderBy(Post_.title).all()).containsExactly("A", "B");
            assertThatThrownBy(() -> session.execute(insert(Post.class), List.of(Map.of("headline", "x"))))
                    .isInstanceOf(MappingError.class).hasMessageContaining("headline").hasMessageContaining("posts");
            assertThatThrownBy(() -> session.execute(insert(Post.class))).isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("needs values");
        }
    }

    @Test
    void updateWithEvaluateSetsTheNewValuesOnObjectsInTheSession() {
        try (Session session = sessions.open()) {
            User alice = session.get(User.class, 1);
            User bob = session.get(User.class, 2);
            User carol = session.get(User.class, 3);
            clearStatements();
            OrmResult<Row> r = session.execute(update(User.class).where(User_.age.ge(30)).values(Map.of("email", "old@x.org"))
                    .synchronizeSession(SynchronizeSession.EVALUATE));
            assertThat(r.rowcount()).isEqualTo(2);
            assertThat(statements).containsExactly("UPDATE users SET email=? WHERE users.age >= ?");
            assertThat(alice.email).isEqualTo("old@x.org");
            assertThat(carol.email).isEqualTo("old@x.org");
            assertThat(bob.email).isEqualTo("bob@work.org");
            assertThat(session.isModified(alice)).isFalse();
            // an expression is evaluated in Java against each matched object
            session.execute(update(User.class).where(User_.name.in(List.of("Alice", "Bob"))).value(User_.age, User_.age.plus(1)));
            assertThat(alice.age).isEqualTo(31);
            assertThat(bob.age).isEqualTo(26);
            assertThat(carol.age).isEqualTo(40);
            session.commit();
        }
        assertThat(ages()).containsExactly(31, 26, 40);
    }

    @Test
    void updateWithFetchSelectsTheKeysFirstAndNoneLeavesObjectsStale() {
        try (Session session = sessions.open()) {
            User alice = session.get(User.class, 1);
            User bob = session.get(User.class, 2);
            clearStatements();
            session.execute(update(User.class).where(User_.email.like("%@work.org")).values(Map.of("age", 50))
                    .synchronizeSession(SynchronizeSession.FETCH));
            assertThat(statements).containsExactly("SELECT users.id FROM users WHERE users.email LIKE ?",
                    "UPDATE users SET age=? WHERE users.email LIKE ?");
            assertThat(bob.age).isEqualTo(50);
            assertThat(alice.age).isEqualTo(30);
            clearStatements();
            session.execute(update(User.class).where(User_.id.eq(1)).values(Map.of("age", 60)).synchronizeSession(SynchronizeSession.NONE));
            assertThat(statements).hasSize(1);
            assertThat(alice.age).isEqualTo(30);
            session.refresh(alice);
            assertThat(alice.age).isEqualTo(60);
        }
    }

    @Test
    void autoFallsBackToFetchWhileEvaluateRefusesBeforeAnySql() {
        try (Session session = sessions.open()) {
            User bob = session.get(User.class, 2);
            clearStatements();
            assertThatThrownBy(() -> session.execute(update(User.class).where(User_.email.like("%@work.org"))
                    .values(Map.of("age", 1)).synchronizeSession(SynchronizeSession.EVALUATE)))
                    .isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("Could not evaluate the WHERE clause of a bulk UPDATE of table 'users'")
                    .hasMessageContaining("LIKE").hasMessageContaining("FETCH");
            assertThat(statements).isEmpty();
            session.execute(update(User.class).where(User_.email.like("%@work.org")).values(Map.of("age", 1)));
            assertThat(statements.get(0)).startsWith("SELECT users.id FROM users");
            assertThat(bob.age).isEqualTo(1);
        }
    }

    @Test
    void bulkDeleteMarksMatchedObjectsDeleted() {
        try (Session session = sessions.open()) {
            Post hello = session.get(Post.class, 1);
            Post hi = session.get(Post.class, 3);
            clearStatements();
            OrmResult<Row> r = session.execute(delete(Post.class).where(Post_.userId.eq(1)));
            assertThat(r.rowcount()).isEqualTo(2);
            assertThat(statements).containsExactly("DELETE FROM posts WHERE posts.user_id = ?");
            assertThat(Inspect.state(hello)).isEqualTo(ObjectState.DELETED);
            assertThat(Inspect.state(hi)).isEqualTo(ObjectState.PERSISTENT);
            assertThat(session.get(Post.class, 1)).isNull();
            session.rollback();
            assertThat(Inspect.state(hello)).isEqualTo(ObjectState.PERSISTENT);
            assertThat(session.get(Post.class, 1)).isSameAs(hello);
            session.execute(delete(Post.class).where(Post_.title.eq("Hello")));
            session.commit();
            assertThat(Inspect.state(hello)).isEqualTo(ObjectState.DETACHED);
            assertThat(session.query(Post_.title).orderBy(Post_.id).all()).containsExactly("World", "Hi");
        }
    }

    @Test
    void bulkUpdateByPrimaryKeyFromMaps() {
        try (Session session = sessions.open()) {
            User alice = session.get(User.class, 1);
            clearStatements();
            OrmResult<Row> r = session.execute(update(User.class), List.of(
                    Map.of("id", 1, "age", 11), Map.of("id", 2, "age", 22), Map.of("id", 3, "name", "Caroline")));
            assertThat(r.rowcount()).isEqualTo(3);
            assertThat(statements).containsExactly("UPDATE users SET age=? WHERE users.id = ?",
                    "UPDATE users SET name=? WHERE users.id = ?");
            assertThat(alice.age).isEqualTo(11);
            assertThat(session.isModified(alice)).isFalse();
            session.commit();
            assertThat(session.query(User_.name).orderBy(User_.id).all()).containsExactly("Alice", "Bob", "Caroline");
            assertThatThrownBy(() -> session.execute(update(User.class), List.of(Map.of("age", 5))))
                    .isInstanceOf(ArgumentError.class).hasMessageContaining("key field 'id'").hasMessageContaining("users");
        }
        assertThat(ages()).containsExactly(11, 22, 40);
    }
}
