package org.jalchemy.orm.rel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Sql.update;

import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The refresh-expire cascade: refresh and expire follow relationships that cascade it ("all" does), and only those. */
class CascadeRefreshExpireTest extends DatabaseTest {
    Registry registry;
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        registry = new Registry().map(Author.class, Book.class, Team.class, Player.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        sessions.transaction(s -> {
            Author a = new Author("ann");
            a.books.add(new Book("b1"));
            a.books.add(new Book("b2"));
            s.add(a);
            Team t = new Team("reds");
            t.players.add(new Player("pat"));
            s.add(t);
        });
        clearStatements();
    }

    /** Changes a row behind the Session's back, in its own transaction (no autoflush). */
    private void setInDatabase(Session session, String table, String column, Object value) {
        Table t = registry.metadata().tables().get(table);
        session.connection().execute(update(t).values(java.util.Map.of(column, value)));
    }

    @Test
    void refreshCascadesToLoadedChildrenAlongCascadeAll() {
        try (Session session = sessions.open()) {
            Author a = session.get(Author.class, 1);
            Book b1 = a.books.get(0);
            Book b2 = a.books.get(1);
            b1.title = "unflushed";
            setInDatabase(session, "books", "title", "from db");
            setInDatabase(session, "authors", "name", "ann (db)");
            clearStatements();
            session.refresh(a);
            assertThat(statements).hasSize(3).allMatch(s -> s.startsWith("SELECT"));   // the author and each loaded book
            assertThat(a.name).isEqualTo("ann (db)");
            assertThat(b1.title).isEqualTo("from db");
            assertThat(b2.title).isEqualTo("from db");
            assertThat(session.isModified(b1)).isFalse();
        }
    }

    @Test
    void refreshDoesNotCascadeAlongTheDefaultCascade() {
        try (Session session = sessions.open()) {
            Team t = session.get(Team.class, 1);
            Player p = t.players.get(0);
            p.name = "unflushed";
            clearStatements();
            session.refresh(t);
            assertThat(statements).hasSize(1);
            assertThat(p.name).isEqualTo("unflushed");
            assertThat(session.isModified(p)).isTrue();
        }
    }

    @Test
    void expireCascadesToLoadedChildren() {
        try (Session session = sessions.open()) {
            Author a = session.get(Author.class, 1);
            Book b1 = a.books.get(0);
            b1.title = "unflushed";
            setInDatabase(session, "books", "title", "from db");
            clearStatements();
            session.expire(a);
            assertThat(statements).isEmpty();                  // expiry sends nothing
            assertThat(session.get(Book.class, b1.id)).isSameAs(b1);
            assertThat(statements).hasSize(1);                 // the expired book is reloaded when the Session touches it
            assertThat(b1.title).isEqualTo("from db");
        }
    }

    @Test
    void expireDoesNotCascadeAlongTheDefaultCascade() {
        try (Session session = sessions.open()) {
            Team t = session.get(Team.class, 1);
            Player p = t.players.get(0);
            p.name = "unflushed";
            session.expire(t);
            clearStatements();
            assertThat(session.get(Player.class, p.id)).isSameAs(p);
            assertThat(statements).isEmpty();                  // not expired: straight from the identity map
            assertThat(p.name).isEqualTo("unflushed");
        }
    }
}
