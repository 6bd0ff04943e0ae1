package org.jalchemy.orm;

import org.jalchemy.orm.querymodel.Post;
import org.jalchemy.orm.querymodel.User;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;

/**
 * Users Alice (30), Bob (25) and Carol (40, no posts) with ids 1-3, and posts Hello and World by Alice and Hi by
 * Bob (ids 1-3), for the querying tests.
 */
abstract class QueryFixture extends DatabaseTest {
    Registry registry;
    SessionFactory sessions;

    @BeforeEach
    void createData() {
        registry = new Registry().map(User.class, Post.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        sessions.transaction(s -> {
            s.add(new User("Alice", "alice@example.com", 30));
            s.add(new User("Bob", "bob@work.org", 25));
            s.add(new User("Carol", "carol@work.org", 40));
        });
        sessions.transaction(s -> {
            s.add(new Post("Hello", 1));
            s.add(new Post("World", 1));
            s.add(new Post("Hi", 2));
        });
        clearStatements();
    }

    /** The statement with the LIMIT / OFFSET spelling of every dialect here normalized to {@code LIMIT ? OFFSET ?}. */
    static String normalized(String sql) {
        return sql.replace("LIMIT -1 OFFSET", "OFFSET").replace("LIMIT 18446744073709551615 OFFSET", "OFFSET");
    }
}
