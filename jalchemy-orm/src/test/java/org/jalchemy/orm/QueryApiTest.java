package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;
import static org.jalchemy.orm.OrmSql.aliased;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jalchemy.engine.Row;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.exc.MultipleResultsFound;
import org.jalchemy.exc.NoResultFound;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.orm.querymodel.Post;
import org.jalchemy.orm.querymodel.Post_;
import org.jalchemy.orm.querymodel.User;
import org.jalchemy.orm.querymodel.User_;
import org.junit.jupiter.api.Test;

/** The legacy Query API: {@code session.query(...)} with its SQL, its results and the identity map. */
class QueryApiTest extends QueryFixture {

    private static List<String> names(List<User> users) {
        return users.stream().map(u -> u.name).toList();
    }

    @Test
    void seedQueriesInJava() {
        try (Session session = sessions.open()) {
            User alice = session.query(User.class).filter(User_.name.eq("Alice")).first();
            assertThat(alice).isInstanceOf(User.class);
            assertThat(alice.name).isEqualTo("Alice");
            assertThat(alice.id).isEqualTo(1);
            assertThat(statements).containsExactly(
                    "SELECT users.id, users.name, users.email, users.age FROM users WHERE users.name = ? LIMIT ?");
            clearStatements();

            List<Row> pairs = session.query(User.class, Post.class).join(Post.class).filter(Post_.title.eq("Hello")).all();
            assertThat(pairs).hasSize(1);
            assertThat(pairs.get(0).get(User.class)).isSameAs(alice);
            assertThat(pairs.get(0).get(Post.class).title).isEqualTo("Hello");
            assertThat(statements).containsExactly("SELECT users.id, users.name, users.email, users.age, posts.id, posts.title, "
                    + "posts.user_id FROM users JOIN posts ON users.id = posts.user_id WHERE posts.title = ?");
            clearStatements();

            Long n = session.query(func.count(Post_.id)).filter(Post_.userId.eq(1)).scalar();
            assertThat(n).isInstanceOf(Long.class).isEqualTo(2L);
            assertThat(statements).containsExactly("SELECT count(posts.id) FROM posts WHERE posts.user_id = ?");
        }
    }

    @Test
    void filtersAndTogetherAndFilterByTakesPairs() {
        try (Session session = sessions.open()) {
            List<User> us = session.query(User.class).filter(User_.age.gt(20), User_.email.endsWith("@work.org"))
                    .filter(User_.age.lt(30)).all();
            assertThat(names(us)).containsExactly("Bob");
            assertThat(statements.get(0)).endsWith("WHERE users.age > ? AND users.email LIKE ? ESCAPE '/' AND users.age < ?");
            User carol = session.query(User.class).filterBy("name", "Carol", "age", 40).one();
            assertThat(carol.email).isEqualTo("carol@work.org");
            assertThat(session.query(User.class).filterBy("name", "Carol", "age", 41).oneOrNone()).isNull();
            assertThatThrownBy(() -> session.query(User.class).filterBy("nickname", "x"))
                    .isInstanceOf(MappingError.class).hasMessageContaining("nickname").hasMessageContaining("User");
        }
    }

    @Test
    void filterByAppliesToTheEntityJoinedLast() {
        try (Session session = sessions.open()) {
            List<User> us = session.query(User.class).join(Post.class).filterBy("title", "Hi").all();
            assertThat(names(us)).containsExactly("Bob");
            assertThat(statements.get(0)).endsWith("FROM users JOIN posts ON users.id = posts.user_id WHERE posts.title = ?");
        }
    }

    @Test
    void orderLimitOffsetSliceAndDistinct() {
        try (Session session = sessions.open()) {
            assertThat(names(session.query(User.class).orderBy(User_.age.desc()).all())).containsExactly("Carol", "Alice", "Bob");
            assertThat(names(session.query(User.class).orderBy(User_.id).limit(1).offset(1).all())).containsExactly("Bob");
            assertThat(names(session.query(User.class).orderBy("name").slice(1, 3).all())).containsExactly("Bob", "Carol");
            assertThat(normalized(statements.get(2))).endsWith("ORDER BY users.name LIMIT ? OFFSET ?");
            List<User> authors = session.query(User.class).join(Post.class).distinct().orderBy(User_.id).all();
            assertThat(names(authors)).containsExactly("Alice", "Bob");
            assertThat(statements.get(3)).startsWith("SELECT DISTINCT users.id");
        }
    }

    @Test
    void columnsGroupByAndHaving() {
        try (Session session = sessions.open()) {
            List<Row> rows = session.query(User_.name, func.count(Post_.id)).join(Post.class).groupBy(User_.name)
                    .having(func.count(Post_.id).gt(1)).all();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get(User_.name)).isEqualTo("Alice");
            assertThat(rows.get(0).<Long>get(1)).isInstanceOf(Long.class).isEqualTo(2L);
            assertThat(statements).containsExactly("SELECT users.name, count(posts.id) FROM users JOIN posts "
                    + "ON users.id = posts.user_id GROUP BY users.name HAVING count(posts.id) > ?");
            List<String> names = session.query(User_.name).orderBy(User_.name).all();
            assertThat(names).containsExactly("Alice", "Bob", "Carol");
        }
    }

    @Test
    void outerJoinGivesNullForMissingEntity() {
        try (Session session = sessions.open()) {
            List<Row> rows = session.query(User.class, Post.class).outerJoin(Post.class).orderBy(User_.id, Post_.id).all();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(3).get(User.class).name).isEqualTo("Carol");
            assertThat(rows.get(3).<Post>get(1)).isNull();
            assertThat(rows.get(0).get(User.class)).isSameAs(rows.get(1).get(User.class));
            assertThat(statements.get(0)).contains("FROM users LEFT OUTER JOIN posts ON users.id = posts.user_id");
        }
    }

    @Test
    void joinWithExplicitOnAndToAnAlias() {
        try (Session session = sessions.open()) {
            List<User> us = session.query(User.class).join(Post.class, and(Post_.userId.eq(User_.id), Post_.title.eq("Hi"))).all();
            assertThat(names(us)).containsExactly("Bob");
            Alias<Post> p1 = aliased(Post.class, "p1");
            Alias<Post> p2 = aliased(Post.class, "p2");
            List<Row> rows = session.query(User.class, p1, p2).join(p1).join(p2)
                    .filter(p1.get(Post_.id).lt(p2.get(Post_.id))).all();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).get(User.class).name).isEqualTo("Alice");
            assertThat(rows.get(0).<Post>get(1).title).isEqualTo("Hello");
            assertThat(rows.get(0).<Post>get(2).title).isEqualTo("World");
            assertThat(rows.get(0).<Post>get("p2").title).isEqualTo("World");
            assertThat(statements.get(1)).isEqualTo("SELECT users.id, users.name, users.email, users.age, p1.id, p1.title, p1.user_id, "
                    + "p2.id, p2.title, p2.user_id FROM users JOIN posts AS p1 ON users.id = p1.user_id "
                    + "JOIN posts AS p2 ON users.id = p2.user_id WHERE p1.id < p2.id");
            List<User> noHello = session.query(User.class)
                    .outerJoin(Post.class, and(Post_.userId.eq(User_.id), Post_.title.eq("Hello")))
                    .filter(Post_.id.isNull()).orderBy(User_.id).all();
            assertThat(names(noHello)).containsExactly("Bob", "Carol");
            var counts = session.query(Post_.userId, func.count(Post_.id).label("n")).groupBy(Post_.userId).subquery("c");
            List<Row> withCounts = session.query(User.class, counts.c("n")).join(counts).orderBy(User_.id).all();
            assertThat(withCounts).extracting(r -> r.get(User.class).name).containsExactly("Alice", "Bob");
            assertThat(withCounts).extracting(r -> ((Number) r.get("n")).intValue()).containsExactly(2, 1);
            List<Post> posts = session.query(p1).filter(p1.get(Post_.title).eq("Hi")).all();
            assertThat(posts).extracting(p -> p.title).containsExactly("Hi");
        }
    }

    @Test
    void oneRaisesWithTheQueryInTheMessage() {
        try (Session session = sessions.open()) {
            assertThatThrownBy(() -> session.query(User.class).filter(User_.name.eq("Zed")).one())
                    .isInstanceOf(NoResultFound.class)
                    .hasMessageContaining("No row was found when one was required")
                    .hasMessageContaining("FROM users WHERE users.name = ");
            assertThatThrownBy(() -> session.query(User.class).filter(User_.age.gt(20)).one())
                    .isInstanceOf(MultipleResultsFound.class)
                    .hasMessageContaining("Multiple rows (3)")
                    .hasMessageContaining("FROM users WHERE users.age > ");
            assertThatThrownBy(() -> session.query(User.class).oneOrNone()).isInstanceOf(MultipleResultsFound.class);
            assertThatThrownBy(() -> session.query(User_.name).scalar()).isInstanceOf(MultipleResultsFound.class);
            assertThatThrownBy(() -> session.query(User.class, Post.class).scalar())
                    .isInstanceOf(InvalidRequestError.class).hasMessageContaining("one entity or column");
        }
    }

    @Test
    void countWrapsTheQueryInASubquery() {
        try (Session session = sessions.open()) {
            long n = session.query(User.class).filter(User_.age.ge(30)).count();
            assertThat(n).isEqualTo(2);
            assertThat(statements).containsExactly("SELECT count(*) FROM (SELECT users.id, users.name, users.email, "
                    + "users.age FROM users WHERE users.age >= ?) AS anon_1");
            // two entities with an "id" each: the subquery's column names are made unique
            assertThat(session.query(User.class, Post.class).join(Post.class).count()).isEqualTo(3);
            assertThat(session.query(User.class).join(Post.class).distinct().count()).isEqualTo(2);
        }
    }

    @Test
    void existsGetAndScalarOfAnEntity() {
        try (Session session = sessions.open()) {
            Boolean any = session.query(session.query(User.class).filter(User_.name.eq("Bob")).exists()).scalar();
            assertThat(any).isInstanceOf(Boolean.class).isTrue();
            assertThat(session.query(session.query(User.class).filter(User_.name.eq("Zed")).exists()).scalar()).isFalse();
            assertThat(statements.get(0)).isEqualTo("SELECT EXISTS (SELECT users.id, users.name, users.email, users.age FROM users "
                    + "WHERE users.name = ?)");
            clearStatements();
            User bob = session.query(User.class).get(2);
            assertThat(bob.name).isEqualTo("Bob");
            assertThat(session.query(User.class).get(2)).isSameAs(bob);
            assertThat(statements).hasSize(1);
            assertThat(session.query(User.class).filter(User_.id.eq(2)).scalar()).isSameAs(bob);
        }
    }

    @Test
    void subqueryReselectedAsEntitiesAndUnion() {
        try (Session session = sessions.open()) {
            Alias<User> older = aliased(User.class, session.query(User.class).filter(User_.age.gt(28)).subquery("older"));
            List<User> us = session.query(older).filter(older.get(User_.name).ne("Carol")).all();
            assertThat(names(us)).containsExactly("Alice");
            assertThat(statements.get(0)).isEqualTo("SELECT older.id, older.name, older.email, older.age FROM (SELECT users.id, "
                    + "users.name, users.email, users.age FROM users WHERE users.age > ?) AS older WHERE older.name != ?");
            assertThat(session.query(User.class).get(1)).isSameAs(us.get(0));
            clearStatements();
            List<User> both = session.query(User.class).filter(User_.name.eq("Alice"))
                    .union(session.query(User.class).filter(User_.name.eq("Carol"))).orderBy("name").all();
            assertThat(names(both)).containsExactly("Alice", "Carol");
            assertThat(statements.get(0)).startsWith("SELECT anon_1.id, anon_1.name, anon_1.email, anon_1.age FROM (SELECT users.id")
                    .contains(" UNION SELECT users.id").endsWith(") AS anon_1 ORDER BY anon_1.name");
        }
    }

    @Test
    void identityMapAutoflushAndPopulateExisting() {
        try (Session session = sessions.open()) {
            User alice = session.get(User.class, 1);
            alice.age = 31;                                        // unflushed... but autoflush sends it first
            session.add(new User("Dave", "dave@example.com", 50));
            List<User> us = session.query(User.class).filter(User_.age.gt(30)).orderBy(User_.id).all();
            assertThat(names(us)).containsExactly("Alice", "Carol", "Dave");
            assertThat(us.get(0)).isSameAs(alice);
            assertThat(statements).anyMatch(s -> s.startsWith("UPDATE users SET age=?"));
            assertThat(statements).anyMatch(s -> s.startsWith("INSERT INTO users"));
        }
        SessionFactory manual = SessionFactory.builder(engine).autoflush(false).build();
        try (Session session = manual.open()) {
            User alice = session.get(User.class, 1);
            alice.email = "changed@example.com";
            User again = session.query(User.class).filterBy("name", "Alice").one();
            assertThat(again).isSameAs(alice);
            assertThat(again.email).isEqualTo("changed@example.com");      // not overwritten by the row
            User reloaded = session.query(User.class).filterBy("name", "Alice").populateExisting().one();
            assertThat(reloaded).isSameAs(alice);
            assertThat(alice.email).isEqualTo("alice@example.com");
            assertThat(session.isModified(alice)).isFalse();
        }
    }

    @Test
    void bulkUpdateAndDeleteFromAQuery() {
        try (Session session = sessions.open()) {
            User alice = session.get(User.class, 1);
            User bob = session.get(User.class, 2);
            clearStatements();
            long n = session.query(User.class).filter(User_.age.lt(35)).update(Map.of("age", 20));
            assertThat(n).isEqualTo(2);
            assertThat(statements).containsExactly("UPDATE users SET age=? WHERE users.age < ?");
            assertThat(alice.age).isEqualTo(20);
            assertThat(bob.age).isEqualTo(20);
            assertThat(session.isModified(alice)).isFalse();
            clearStatements();
            long d = session.query(Post.class).filter(Post_.userId.eq(1)).delete(SynchronizeSession.FETCH);
            assertThat(d).isEqualTo(2);
            assertThat(statements).containsExactly("SELECT posts.id FROM posts WHERE posts.user_id = ?",
                    "DELETE FROM posts WHERE posts.user_id = ?");
            session.commit();
            assertThat(session.query(Post.class).count()).isEqualTo(1);
            assertThat(session.query(User_.age).orderBy(User_.id).all()).containsExactly(20, 20, 40);
            assertThatThrownBy(() -> session.query(User.class).join(Post.class).filter(Post_.title.eq("Hi")).delete())
                    .isInstanceOf(InvalidRequestError.class).hasMessageContaining("one table 'users'");
            assertThatThrownBy(() -> session.query(User_.name).update(Map.of("age", 1)))
                    .isInstanceOf(InvalidRequestError.class).hasMessageContaining("first item is an entity class");
        }
    }

    @Test
    void streamWithYieldPerKeepsTheIdentityMapBounded() {
        List<Map<String, ?>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(Map.of("name", "u" + i, "age", i));
        }
        try (Session session = sessions.open()) {
            session.execute(OrmSql.insert(User.class), rows);
            session.commit();
            clearStatements();
            int[] seen = {0};
            int[] maxInSession = {0};
            try (Stream<User> s = session.query(User.class).filter(User_.name.startsWith("u")).yieldPer(100).stream()) {
                s.forEach(u -> {
                    seen[0]++;
                    maxInSession[0] = Math.max(maxInSession[0], session.identityMapValues().size());
                });
            }
            assertThat(seen[0]).isEqualTo(1000);
            assertThat(maxInSession[0]).isLessThanOrEqualTo(200);
            assertThat(statements).hasSize(1);
            try (Stream<User> s = session.query(User.class).orderBy(User_.id).stream()) {
                assertThat(s.limit(3).map(u -> u.name)).containsExactly("Alice", "Bob", "Carol");
            }
        }
    }
}
