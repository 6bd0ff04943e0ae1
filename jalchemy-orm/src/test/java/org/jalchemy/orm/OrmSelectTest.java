package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;
import static org.jalchemy.orm.OrmSql.*;

import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.NoResultFound;
import org.jalchemy.orm.exc.UnmappedClassError;
import org.jalchemy.orm.querymodel.Post;
import org.jalchemy.orm.querymodel.Post_;
import org.jalchemy.orm.querymodel.User;
import org.jalchemy.orm.querymodel.User_;
import org.junit.jupiter.api.Test;

/** 2.0-style selects of entities: {@code session.scalars(select(User.class))}, {@code session.execute(...)} rows. */
class OrmSelectTest extends QueryFixture {

    @Test
    void scalarsOfAnEntitySelectAsInTheTour() {
        try (Session session = sessions.open()) {
            List<User> us = session.scalars(select(User.class).where(User_.name.startsWith("A"))).all();
            assertThat(us).hasSize(1);
            assertThat(us.get(0)).isInstanceOf(User.class);
            assertThat(us.get(0).name).isEqualTo("Alice");
            assertThat(statements).containsExactly(
                    "SELECT users.id, users.name, users.email, users.age FROM users WHERE users.name LIKE ? ESCAPE '/'");
            assertThat(session.get(User.class, 1)).isSameAs(us.get(0));
            assertThat(statements).hasSize(1);
            User bob = session.scalars(select(User.class).filterBy("name", "Bob")).one();
            assertThat(bob.age).isEqualTo(25);
            assertThatThrownBy(() -> session.scalars(select(User.class).where(User_.age.gt(99))).one())
                    .isInstanceOf(NoResultFound.class).hasMessageContaining("WHERE users.age > ?");
        }
    }

    @Test
    void rowsOfEntitiesAndColumnsMixed() {
        try (Session session = sessions.open()) {
            List<Row> rows = session.execute(select(User.class, Post.class).join(Post.class).orderBy(Post_.id)).all();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).get(User.class).name).isEqualTo("Alice");
            assertThat(rows.get(0).get(Post.class).title).isEqualTo("Hello");
            assertThat(rows.get(1).get(User.class)).isSameAs(rows.get(0).get(User.class));
            assertThat(rows.get(0).keys()).containsExactly("User", "Post");

            List<Row> mixed = session.execute(select(User.class, User_.email, func.count(Post_.id)).outerJoin(Post.class)
                    .groupBy(User_.id, User_.name, User_.email, User_.age).orderBy(User_.id)).all();
            assertThat(mixed).hasSize(3);
            assertThat(mixed.get(2).get(User.class).name).isEqualTo("Carol");
            assertThat(mixed.get(2).get(User_.email)).isEqualTo("carol@work.org");
            assertThat(mixed.get(0).<Long>get(2)).isEqualTo(2L);
            assertThat(mixed.get(2).<Long>get(2)).isInstanceOf(Long.class).isEqualTo(0L);

            // columns only: Core's select, run in the Session
            List<Row> stats = session.execute(select(User_.name, func.count(Post_.id)).join(posts(session))
                    .groupBy(User_.name).orderBy(User_.name)).all();
            assertThat(stats).extracting(r -> r.get(User_.name)).containsExactly("Alice", "Bob");
            List<String> names = session.<String>scalars(select(User_.name).orderBy(User_.name)).all();
            assertThat(names).containsExactly("Alice", "Bob", "Carol");
        }
    }

    private org.jalchemy.schema.Table posts(Session session) {
        return registry.table(Post.class);
    }

    @Test
    void joinFromAndAliasedSelfJoin() {
        try (Session session = sessions.open()) {
            List<Post> posts = session.scalars(select(Post.class).joinFrom(User.class, Post.class)
                    .where(User_.name.eq("Bob"))).all();
            assertThat(posts).extracting(p -> p.title).containsExactly("Hi");
            assertThat(statements.get(0)).isEqualTo("SELECT posts.id, posts.title, posts.user_id FROM users JOIN posts "
                    + "ON users.id = posts.user_id WHERE users.name = ?");

            // two posts of one user: the same entity twice through aliases
            Alias<Post> a = aliased(Post.class, "a");
            Alias<Post> b = aliased(Post.class, "b");
            List<Row> pairs = session.execute(select(a, b).join(b, a.get(Post_.userId).eq(b.get(Post_.userId)))
                    .where(a.get(Post_.id).lt(b.get(Post_.id)))).all();
            assertThat(pairs).hasSize(1);
            assertThat(pairs.get(0).<Post>get(0).title).isEqualTo("Hello");
            assertThat(pairs.get(0).<Post>get(1).title).isEqualTo("World");
            assertThat(pairs.get(0).<Post>get(0)).isSameAs(session.get(Post.class, 1));
            assertThat(statements.get(1)).isEqualTo("SELECT a.id, a.title, a.user_id, b.id, b.title, b.user_id FROM posts AS a "
                    + "JOIN posts AS b ON a.user_id = b.user_id WHERE a.id < b.id");
            Alias<User> anon = aliased(User.class);
            assertThat(anon.name()).isNull();                 // named when bound: numbered per Registry (or factory)
            clearStatements();
            assertThat(session.scalars(select(anon).where(anon.get("name").eq("Carol"))).one().age).isEqualTo(40);
            assertThat(statements.get(0)).matches("SELECT (users_\\d+)\\.id, .* FROM users AS \\1 WHERE \\1\\.name = \\?");
        }
    }

    @Test
    void subqueryOfEntitiesReselectedAsEntities() {
        try (Session session = sessions.open()) {
            // a subquery needs its columns while the statement is built: bind the select to the registry first
            Alias<User> authors = aliased(User.class,
                    registry.bind(select(User.class).where(User_.id.in(select(Post_.userId)))).subquery("authors"));
            List<User> us = session.scalars(select(authors).orderBy(authors.get(User_.name).desc())).all();
            assertThat(us).extracting(u -> u.name).containsExactly("Bob", "Alice");
            assertThat(statements.get(0)).isEqualTo("SELECT authors.id, authors.name, authors.email, authors.age FROM (SELECT "
                    + "users.id, users.name, users.email, users.age FROM users WHERE users.id IN (SELECT posts.user_id "
                    + "FROM posts)) AS authors ORDER BY authors.name DESC");
            // an entity select is a Core SelectBase: usable in EXISTS / IN and on a plain Connection
            Connection conn = session.connection();
            assertThat(conn.execute(select(User.class).where(User_.age.gt(35))).all())
                    .extracting(r -> r.get("name")).containsExactly("Carol");
            Boolean found = conn.execute(select(exists(select(User.class).where(User_.age.gt(35))))).scalar();
            assertThat(found).isTrue();
            List<User> union = session.scalars(select(User.class).where(User_.id.eq(1))
                    .union(select(User.class).where(User_.id.eq(3))).orderBy("id")).all();
            assertThat(union).extracting(u -> u.name).containsExactly("Alice", "Carol");
        }
    }

    @Test
    void unflushedChangesKeptUnlessPopulateExisting() {
        SessionFactory manual = SessionFactory.builder(engine).autoflush(false).build();
        try (Session session = manual.open()) {
            User carol = session.get(User.class, 3);
            carol.age = 41;
            assertThat(session.scalars(select(User.class).where(User_.id.eq(3))).one()).isSameAs(carol);
            assertThat(carol.age).isEqualTo(41);
            session.scalars(select(User.class).where(User_.id.eq(3)).populateExisting()).one();
            assertThat(carol.age).isEqualTo(40);
        }
        clearStatements();
        try (Session session = sessions.open()) {
            session.add(new User("Eve", "eve@example.com", 22));
            assertThat(session.scalars(select(User.class).where(User_.name.eq("Eve"))).one().age).isEqualTo(22);
            assertThat(statements.get(0)).startsWith("INSERT INTO users");
        }
    }

    @Test
    void badInputRaisesClearErrors() {
        try (Session session = sessions.open()) {
            assertThatThrownBy(() -> select(User.class, "name")).isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("java.lang.String name");
            assertThatThrownBy(() -> select(String.class)).isInstanceOf(UnmappedClassError.class)
                    .hasMessageContaining("java.lang.String is not mapped");
            assertThatThrownBy(() -> select(User.class).filterBy("name", "x", "age")).isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("odd number");
        }
    }

    @Test
    void shapingMethodsAndResultAccessors() {
        try (Session session = sessions.open()) {
            OrmSelect<User> authors = select(User.class).join(Post.class).distinct().orderBy(User_.name.desc());
            assertThat(session.scalars(authors).all()).extracting(u -> u.name).containsExactly("Bob", "Alice");
            assertThat(statements.get(0)).isEqualTo("SELECT DISTINCT users.id, users.name, users.email, users.age FROM users "
                    + "JOIN posts ON users.id = posts.user_id ORDER BY users.name DESC");
            OrmResult<User> page = session.scalars(select(User.class).orderBy(User_.id).limit(2).offset(1));
            assertThat(page.all()).extracting(u -> u.name).containsExactly("Bob", "Carol");
            assertThat(page.first().name).isEqualTo("Bob");
            assertThat(page.stream().map(u -> u.age)).containsExactly(25, 40);
            assertThat(page).extracting(u -> u.id).containsExactly(2, 3);
            assertThat(normalized(statements.get(1))).endsWith("ORDER BY users.id LIMIT ? OFFSET ?");

            OrmResult<Row> busy = session.execute(select(User.class, func.count(Post_.id)).join(Post.class)
                    .groupBy(User_.id, User_.name, User_.email, User_.age).having(func.count(Post_.id).ge(2)));
            assertThat(busy.one().get(User.class).name).isEqualTo("Alice");
            assertThat(busy.<User>scalars().one().name).isEqualTo("Alice");
            assertThat(busy.<User>scalar().name).isEqualTo("Alice");
            assertThat(busy.rowcount()).isEqualTo(1);

            List<User> twice = session.scalars(select(User.class).where(User_.id.eq(1))
                    .unionAll(select(User.class).where(User_.id.eq(1)))).all();
            assertThat(twice).hasSize(2);
            assertThat(twice.get(0)).isSameAs(twice.get(1));

            Alias<Post> p = aliased(Post.class, "p");
            List<Row> withPosts = session.execute(select(User.class, p).outerJoin(p).where(User_.name.ne("Alice"))
                    .orderBy(User_.id)).all();
            assertThat(withPosts).hasSize(2);
            assertThat(withPosts.get(0).<Post>get("p").title).isEqualTo("Hi");
            assertThat(withPosts.get(1).<Post>get("p")).isNull();

            List<Post> alicePosts = session.scalars(select(Post.class)
                    .joinFrom(User.class, Post.class, and(User_.id.eq(Post_.userId), User_.name.eq("Alice")))
                    .orderBy("title")).all();
            assertThat(alicePosts).extracting(x -> x.title).containsExactly("Hello", "World");

            Query<User> q = session.query(User.class).filterBy("name", "Bob");
            assertThat(session.scalars(q.toSelect()).one()).isSameAs(q.one());
            assertThat(q.statement().toString()).isEqualTo(q.toSelect().statement().toString());
            assertThat(session.scalars(select(User.class).where(User_.age.gt(99))).oneOrNone()).isNull();
            assertThat(session.scalars(select(User.class).where(User_.age.gt(99))).first()).isNull();
        }
    }
}
