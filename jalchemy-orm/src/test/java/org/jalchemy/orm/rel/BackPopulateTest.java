package org.jalchemy.orm.rel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.insert;
import static org.jalchemy.Sql.select;
import static org.jalchemy.types.Types.INTEGER;

import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.orm.Tracked;
import org.jalchemy.orm.exc.UnmappedClassError;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When both sides of a bidirectional relationship are brought in step (docs/orm-relationships.md, "Keeping both
 * sides in step"): at once for JAlchemy collections, at {@code session.add}, at the flush, and when a many-to-one is loaded.
 */
class BackPopulateTest extends DatabaseTest {
    Registry registry;
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        registry = new Registry().map(Author.class, Book.class, Student.class, Course.class, Member.class, Profile.class, Note.class,
                Deck.class, Card.class);
        registry.metadata().table("enrollments",
                Column.of("student_id", INTEGER).references("students.id").primaryKey(),
                Column.of("course_id", INTEGER).references("courses.id").primaryKey());
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        sessions.transaction(s -> {
            Author ann = new Author("ann");
            ann.books.add(new Book("b1"));
            s.add(ann);
            s.add(new Author("bob"));
        });
        clearStatements();
    }

    private List<String> books() {
        Table t = registry.metadata().tables().get("books");
        try (Connection conn = engine.connect()) {
            return conn.execute(select(t).orderBy(t.c("id"))).all().stream()
                    .map(r -> r.get("title") + ":" + r.get("author_id")).toList();
        }
    }

    @Test
    void aNewObjectsOwnListIsNotWatchedUntilSessionAdd() {
        Author a = new Author("cat");
        Book b = new Book("b2");
        a.books.add(b);                                   // a plain ArrayList: nothing can notice
        assertThat(b.author).isNull();
        try (Session session = sessions.open()) {
            session.add(a);
            assertThat(b.author).isSameAs(a);             // set by the add, before any flush
            assertThat(statements).isEmpty();
            session.commit();
        }
        assertThat(books()).containsExactly("b1:1", "b2:3");
    }

    @Test
    void trackedCollectionsSyncANewObjectAtOnce() {
        Author a = Tracked.collections(new Author("cat"));
        Book b = new Book("b2");
        a.books.add(b);
        assertThat(b.author).isSameAs(a);
        a.books.remove(b);
        assertThat(b.author).isNull();
        a.books.add(b);
        // the association table is a Core table of the registry's MetaData: the registry form knows it
        Student s = Tracked.collections(registry, new Student("sam"));
        Course c = new Course("math");
        s.courses.add(c);
        assertThat(c.students).containsExactly(s);        // the course's own HashSet gets the student
        try (Session session = sessions.open()) {
            session.add(a);
            session.add(s);
            assertThat(a.books).containsExactly(b);       // the same collection is kept
            session.commit();
        }
        assertThat(books()).containsExactly("b1:1", "b2:3");
    }

    @Test
    void addingANewChildWhoseManyToOneIsSetAppendsItToTheLoadedCollection() {
        try (Session session = sessions.open()) {
            Author ann = session.get(Author.class, 1);
            assertThat(ann.books).hasSize(1);
            clearStatements();
            Book b = new Book("b2");
            b.author = ann;                               // a field write: not seen yet
            assertThat(ann.books).hasSize(1);
            session.add(b);
            assertThat(ann.books).extracting(x -> x.title).containsExactly("b1", "b2");
            assertThat(statements).isEmpty();             // in memory only: no flush, no load
            session.commit();
        }
        assertThat(books()).containsExactly("b1:1", "b2:1");
    }

    @Test
    void addingAChildWhoseNewParentHasItsOwnListPutsTheChildInIt() {
        try (Session session = sessions.open()) {
            Author cat = new Author("cat");
            Book b = new Book("b2");
            b.author = cat;
            session.add(b);                               // cat follows by the save-update cascade of Book.author
            assertThat(session.contains(cat)).isTrue();
            assertThat(cat.books).containsExactly(b);
            session.commit();
        }
        assertThat(books()).containsExactly("b1:1", "b2:3");
    }

    @Test
    void addingAPersistentChildAgainMovesItBetweenLoadedCollections() {
        try (Session session = sessions.open()) {
            Author ann = session.get(Author.class, 1);
            Author bob = session.get(Author.class, 2);
            Book b1 = ann.books.get(0);
            assertThat(bob.books).isEmpty();
            clearStatements();
            b1.author = bob;
            session.add(b1);                              // already in the Session: only brings the sides in step
            assertThat(ann.books).isEmpty();
            assertThat(bob.books).containsExactly(b1);
            assertThat(statements).isEmpty();
            session.commit();
        }
        assertThat(books()).containsExactly("b1:2");      // moved, not deleted as ann's orphan
    }

    @Test
    void theFlushSyncsAFieldWriteWithoutAdd() {
        try (Session session = sessions.open()) {
            Author ann = session.get(Author.class, 1);
            Author bob = session.get(Author.class, 2);
            Book b1 = ann.books.get(0);
            assertThat(bob.books).isEmpty();
            b1.author = bob;
            assertThat(bob.books).isEmpty();              // not yet: a plain field write
            session.query(Author.class).all();            // autoflush
            assertThat(ann.books).isEmpty();
            assertThat(bob.books).containsExactly(b1);
        }
    }

    @Test
    void aLoadedManyToOneJoinsTheParentsLoadedCollection() {
        try (Session session = sessions.open()) {
            Author ann = session.get(Author.class, 1);
            assertThat(ann.books).hasSize(1);
            Table books = registry.metadata().tables().get("books");
            session.connection().execute(insert(books).values(Map.of("title", "b2", "author_id", 1)));
            Book b2 = session.query(Book.class).filterBy("title", "b2").one();
            assertThat(b2.author).isSameAs(ann);
            assertThat(ann.books).extracting(x -> x.title).containsExactly("b1", "b2");
        }
    }

    @Test
    void aOneToOneFillsTheEmptyReverseFieldAtAddFromEitherSide() {
        try (Session session = sessions.open()) {
            Member m = new Member("ann");
            Profile p = new Profile("hello");
            m.profile = p;
            session.add(m);
            assertThat(p.account).isSameAs(m);
            Member m2 = new Member("bob");
            Profile p2 = new Profile("hi");
            p2.account = m2;
            session.add(p2);
            assertThat(m2.profile).isSameAs(p2);
            session.commit();
        }
        Table t = registry.metadata().tables().get("profiles");
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(select(t).orderBy(t.c("id"))).all()).extracting(r -> r.get("bio") + ":" + r.get("account_id"))
                    .containsExactlyInAnyOrder("hello:1", "hi:2");
        }
    }

    @Test
    void trackedCollectionsInTheConstructorsSyncNewObjectsAndLoadedOnesStillLoadTheirRows() {
        Deck d = new Deck("d");
        Card ace = new Card("ace");
        d.cards.add(ace);
        assertThat(ace.deck).isSameAs(d);
        try (Session session = sessions.open()) {
            session.add(d);
            d.cards.add(new Card("king"));
            session.commit();
        }
        try (Session session = sessions.open()) {
            Deck loaded = session.get(Deck.class, 1);           // built by the no-argument constructor
            clearStatements();
            assertThat(loaded.cards).extracting(c -> c.face).containsExactly("ace", "king");
            assertThat(statements).hasSize(1);                  // the lazy load, not an empty list from the constructor
            assertThat(loaded.cards.get(0).deck).isSameAs(loaded);
            loaded.cards.remove(0);                             // delete-orphan still applies
            session.commit();
        }
        Table t = registry.metadata().tables().get("cards");
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(select(t)).all()).extracting(r -> r.get("face") + ":" + r.get("deck_id")).containsExactly("king:1");
        }
    }

    @Test
    void aOneToOneMovedToAnotherOwnerLeavesTheOldOneAtAdd() {
        sessions.transaction(s -> {
            Member ann = new Member("ann");
            ann.profile = new Profile("hello");
            s.add(ann);
            s.add(new Member("bob"));
        });
        try (Session session = sessions.open()) {
            Member ann = session.get(Member.class, 1);
            Member bob = session.get(Member.class, 2);
            Profile p = ann.profile;
            p.account = bob;
            session.add(p);
            assertThat(ann.profile).isNull();
            assertThat(bob.profile).isSameAs(p);
            session.commit();                             // moved, not deleted as ann's orphan
        }
        Table t = registry.metadata().tables().get("profiles");
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(select(t)).all()).extracting(r -> r.get("bio") + ":" + r.get("account_id")).containsExactly("hello:2");
        }
    }

    /** Never mapped by any registry. */
    static class NotMapped {
        java.util.List<Book> books = new java.util.ArrayList<>();
    }

    @Test
    void trackedCollectionsNeedsAMappedClass() {
        assertThatThrownBy(() -> Tracked.collections(new NotMapped()))
                .isInstanceOf(UnmappedClassError.class)
                .hasMessageContaining("BackPopulateTest$NotMapped is not mapped")
                .hasMessageContaining("registry.map(NotMapped.class)");
        assertThatThrownBy(() -> Tracked.collections(null)).isInstanceOf(ArgumentError.class);
    }
}
