package org.jalchemy.orm.rel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.INTEGER;

import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.orm.exc.DetachedInstanceError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Relationships in the flush: cascades, foreign keys from generated keys, orphans, many-to-many rows, back-populates. */
class RelationshipTest extends DatabaseTest {
    Registry registry;
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        registry = new Registry().map(Author.class, Book.class, Team.class, Player.class, Student.class, Course.class, Node.class);
        registry.metadata().table("enrollments",
                Column.of("student_id", INTEGER).references("students.id").primaryKey(),
                Column.of("course_id", INTEGER).references("courses.id").primaryKey());
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        clearStatements();
    }

    private List<Row> rows(String table) {
        Table t = registry.metadata().tables().get(table);
        try (Connection conn = engine.connect()) {
            return conn.execute(select(t).orderBy(t.columns().get(0))).all();
        }
    }

    private Author authorWithBooks(String name, String... titles) {
        Author a = new Author(name);
        for (String t : titles) {
            a.books.add(new Book(t));
        }
        return a;
    }

    @Test
    void newParentWithNewChildrenInsertsParentFirstAndSetsForeignKeys() {
        try (Session session = sessions.open()) {
            Author a = authorWithBooks("ann", "b1", "b2");
            session.add(a);                            // the books follow by the save-update cascade
            session.commit();
            assertThat(statements).containsExactly(
                    "INSERT INTO authors (name) VALUES (?) RETURNING id",
                    "INSERT INTO books (title, author_id) VALUES (?, ?), (?, ?) RETURNING id");   // the children in one batch
        }
        assertThat(rows("books")).extracting(r -> r.get("title") + ":" + r.get("author_id")).containsExactly("b1:1", "b2:1");
    }

    @Test
    void appendingSetsTheReverseSideInMemory() {
        try (Session session = sessions.open()) {
            Author a = new Author("ann");
            Book b = new Book("b1");
            a.books.add(b);
            session.add(a);
            assertThat(b.author).isSameAs(a);          // set when the add put JAlchemy's list in the field
            Book c = new Book("b2");
            a.books.add(c);
            assertThat(c.author).isSameAs(a);
            a.books.remove(c);
            assertThat(c.author).isNull();
            assertThat(a.books).isInstanceOf(List.class).containsExactly(b);
        }
    }

    @Test
    void manyToOneAssignmentSetsTheForeignKey() {
        sessions.transaction(s -> {
            s.add(new Author("ann"));
            s.add(new Author("bob"));
            Book b = new Book("b1");
            s.add(b);
        });
        try (Session session = sessions.open()) {
            Book b = session.query(Book.class).one();
            Author bob = session.query(Author.class).filterBy("name", "bob").one();
            clearStatements();
            b.author = bob;
            session.commit();
            assertThat(statements).containsExactly("UPDATE books SET author_id=? WHERE books.id = ?");
        }
        assertThat((Object) rows("books").get(0).get("author_id")).isEqualTo(2);
    }

    @Test
    void assigningTheManyToOneMovesTheChildBetweenLoadedCollectionsAtTheFlush() {
        sessions.transaction(s -> {
            s.add(authorWithBooks("ann", "b1"));
            s.add(new Author("bob"));
        });
        try (Session session = sessions.open()) {
            Author ann = session.get(Author.class, 1);
            Author bob = session.get(Author.class, 2);
            Book b1 = ann.books.get(0);
            assertThat(bob.books).isEmpty();
            b1.author = bob;                     // a plain field write: seen by the next flush
            session.flush();
            assertThat(ann.books).isEmpty();
            assertThat(bob.books).containsExactly(b1);
            session.commit();
        }
        // moved, not deleted as an orphan of ann (whose books cascade delete-orphan)
        assertThat(rows("books")).extracting(r -> r.get("title") + ":" + r.get("author_id")).containsExactly("b1:2");
    }

    @Test
    void manyToManyJoinedAndSelectinLoading() {
        sessions.transaction(s -> {
            for (String n : new String[] {"sam", "kim"}) {
                Student st = new Student(n);
                st.courses.add(new Course(n + "-math"));
                st.courses.add(new Course(n + "-art"));
                s.add(st);
            }
        });
        try (Session session = sessions.open()) {
            clearStatements();
            List<Student> joined = session.query(Student.class).orderBy(Student_.id)
                    .options(org.jalchemy.orm.LoaderOptions.joinedload(Student_.courses)).all();
            assertThat(statements).containsExactly("SELECT students.id, students.name, courses.id, courses.title FROM students "
                    + "LEFT OUTER JOIN enrollments ON enrollments.student_id = students.id "
                    + "LEFT OUTER JOIN courses ON enrollments.course_id = courses.id ORDER BY students.id");
            assertThat(joined.get(1).courses).extracting(c -> c.title).containsExactlyInAnyOrder("kim-math", "kim-art");
        }
        try (Session session = sessions.open()) {
            clearStatements();
            List<Course> courses = session.query(Course.class)
                    .options(org.jalchemy.orm.LoaderOptions.selectinload(Course_.students)).all();
            assertThat(courses).hasSize(4);
            assertThat(courses).allSatisfy(c -> assertThat(c.students).hasSize(1));
            assertThat(statements).hasSize(2);
            assertThat(statements.get(1)).startsWith("SELECT students.id, students.name, enrollments.course_id FROM students "
                    + "JOIN enrollments ON enrollments.student_id = students.id WHERE enrollments.course_id IN (?, ?, ?, ?)");
        }
    }

    @Test
    void replacingACollectionWholesale() {
        sessions.transaction(s -> {
            Student st = new Student("sam");
            st.courses.add(new Course("math"));
            st.courses.add(new Course("art"));
            s.add(st);
        });
        try (Session session = sessions.open()) {
            Student st = session.get(Student.class, 1);        // courses never loaded
            Course art = session.get(Course.class, 2);
            st.courses = new java.util.HashSet<>(java.util.Set.of(art, new Course("bio")));
            session.commit();
        }
        assertThat(rows("enrollments")).extracting(r -> r.get("student_id") + "-" + r.get("course_id"))
                .containsExactlyInAnyOrder("1-2", "1-3");
    }

    @Test
    void deleteCascadesToChildrenBeforeTheParent() {
        sessions.transaction(s -> s.add(authorWithBooks("ann", "b1", "b2")));
        try (Session session = sessions.open()) {
            Author a = session.get(Author.class, 1);
            clearStatements();
            session.delete(a);
            session.commit();
            assertThat(statements).containsExactly(
                    "SELECT books.id, books.title, books.author_id FROM books WHERE books.author_id = ? ORDER BY books.id",
                    "DELETE FROM books WHERE books.id = ?",
                    "DELETE FROM authors WHERE authors.id = ?");
        }
        assertThat(rows("books")).isEmpty();
        assertThat(rows("authors")).isEmpty();
    }

    @Test
    void deleteOrphanDeletesAChildRemovedFromTheCollection() {
        sessions.transaction(s -> s.add(authorWithBooks("ann", "b1", "b2")));
        try (Session session = sessions.open()) {
            Author a = session.get(Author.class, 1);
            Book first = a.books.get(0);
            a.books.remove(first);
            clearStatements();
            session.commit();
            assertThat(statements).containsExactly("DELETE FROM books WHERE books.id = ?");
        }
        assertThat(rows("books")).extracting(r -> r.get("title")).containsExactly("b2");
    }

    @Test
    void withoutDeleteCascadeChildrenAreDetachedFromTheirParent() {
        sessions.transaction(s -> {
            Team t = new Team("red");
            t.players.add(new Player("p1"));
            t.players.add(new Player("p2"));
            s.add(t);
        });
        try (Session session = sessions.open()) {
            Team t = session.get(Team.class, 1);
            Player p1 = t.players.get(0);
            t.players.remove(p1);
            clearStatements();
            session.flush();
            assertThat(statements).containsExactly("UPDATE players SET team_id=? WHERE players.id = ?");
            assertThat(p1.teamId).isNull();
            clearStatements();
            session.delete(t);
            session.commit();
            assertThat(statements).containsExactly(
                    "UPDATE players SET team_id=? WHERE players.id = ?",
                    "DELETE FROM teams WHERE teams.id = ?");
        }
        assertThat(rows("players")).extracting(r -> r.get("name") + ":" + r.get("team_id")).containsExactly("p1:null", "p2:null");
    }

    @Test
    void movingAChildToAnotherParentUpdatesItsForeignKey() {
        sessions.transaction(s -> {
            Team t = new Team("red");
            t.players.add(new Player("p1"));
            s.add(t);
        });
        try (Session session = sessions.open()) {
            Team red = session.get(Team.class, 1);
            Team blue = new Team("blue");
            session.add(blue);
            Player p = red.players.get(0);
            red.players.remove(p);
            blue.players.add(p);
            assertThat(p.team).isSameAs(blue);
            session.commit();
        }
        assertThat((Object) rows("players").get(0).get("team_id")).isEqualTo(2);
    }

    @Test
    void manyToManyAppendsAndRemovalsWriteTheAssociationTable() {
        sessions.transaction(s -> {
            Student st = new Student("sam");
            st.courses.add(new Course("math"));
            st.courses.add(new Course("art"));
            s.add(st);
        });
        assertThat(rows("enrollments")).extracting(r -> r.get("student_id") + "-" + r.get("course_id"))
                .containsExactlyInAnyOrder("1-1", "1-2");
        try (Session session = sessions.open()) {
            Student st = session.get(Student.class, 1);
            Course math = session.get(Course.class, 1);
            clearStatements();
            st.courses.remove(math);
            assertThat(math.students).doesNotContain(st);            // the backref side follows
            Course bio = new Course("bio");
            st.courses.add(bio);
            assertThat(bio.students).containsExactly(st);
            session.commit();
            assertThat(statements).contains(
                    "DELETE FROM enrollments WHERE enrollments.course_id = ? AND enrollments.student_id = ?",
                    "INSERT INTO enrollments (student_id, course_id) VALUES (?, ?)");
        }
        assertThat(rows("enrollments")).extracting(r -> r.get("student_id") + "-" + r.get("course_id"))
                .containsExactlyInAnyOrder("1-2", "1-3");
        try (Session session = sessions.open()) {
            Course art = session.get(Course.class, 2);
            assertThat(art.students).extracting(s -> s.name).containsExactly("sam");
        }
    }

    @Test
    void selfReferentialTree() {
        sessions.transaction(s -> {
            Node root = new Node("root");
            Node a = new Node("a");
            Node b = new Node("b");
            root.children.add(a);
            root.children.add(b);
            a.children.add(new Node("a1"));
            s.add(root);
        });
        assertThat(rows("nodes")).extracting(r -> r.get("name") + ":" + r.get("parent_id"))
                .containsExactly("root:null", "a:1", "a1:2", "b:1");   // parents first, depth first
        try (Session session = sessions.open()) {
            Node root = session.get(Node.class, 1);
            assertThat(root.parent).isNull();
            assertThat(root.children).extracting(n -> n.name).containsExactly("a", "b");
            Node a = root.children.get(0);
            assertThat(a.parent).isSameAs(root);
            assertThat(a.children).extracting(n -> n.name).containsExactly("a1");
            assertThat(a.children.get(0).parent).isSameAs(a);
        }
        try (Session session = sessions.open()) {
            Node a1 = session.get(Node.class, 3);       // the many-to-one chain is loaded with it
            assertThat(a1.parent.name).isEqualTo("a");
            assertThat(a1.parent.parent.name).isEqualTo("root");
        }
    }

    @Test
    void touchingAnUnloadedCollectionOfADetachedObjectRaises() {
        sessions.transaction(s -> s.add(authorWithBooks("ann", "b1")));
        Author a;
        try (Session session = sessions.open()) {
            a = session.get(Author.class, 1);
        }
        clearStatements();
        assertThatThrownBy(() -> a.books.size())
                .isInstanceOf(DetachedInstanceError.class)
                .hasMessageContaining("Author.books").hasMessageContaining("not bound to a Session");
        assertThat(statements).isEmpty();
    }
}
