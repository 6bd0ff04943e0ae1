package org.jalchemy.orm.tour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.orm.OrmSql.aliased;
import static org.jalchemy.orm.OrmSql.select;
import static org.jalchemy.types.Types.INTEGER;

import java.util.List;
import org.jalchemy.orm.Alias;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.schema.Column;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 7: a join along a relationship whose parent is not in the FROM clause yet starts from the parent
 * ({@code select(Student).join(Course_.students)} is {@code FROM courses JOIN enrollments JOIN students}), as SQLAlchemy's
 * does, in both query styles; before, the target's table was sent twice and the ON clause named a table not in the FROM.
 */
class JoinFromRelationshipParentTest extends DatabaseTest {
    private static final String STUDENTS_OF_MATH = "SELECT students.id, students.name FROM courses "
            + "JOIN enrollments ON enrollments.course_id = courses.id "
            + "JOIN students ON enrollments.student_id = students.id WHERE courses.title = ? ORDER BY students.name";
    private SessionFactory sessions;

    private void fixture() {
        Registry base = new Registry();
        base.map(User.class, Address.class, Student.class, Course.class);
        base.metadata().table("enrollments",
                Column.of("student_id", INTEGER).references("students.id").primaryKey(),
                Column.of("course_id", INTEGER).references("courses.id").primaryKey());
        base.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        try (Session session = sessions.open()) {
            User alice = new User("alice", "alice@example.com");
            alice.getAddresses().add(new Address("alice@work.org"));
            alice.getAddresses().add(new Address("alice@home.org"));
            User bob = new User("bob", "bob@example.com");
            bob.getAddresses().add(new Address("bob@work.org"));
            session.add(alice);
            session.add(bob);
            Student sam = new Student("sam");
            Student kim = new Student("kim");
            Student lee = new Student("lee");
            Course math = new Course("math");
            Course art = new Course("art");
            sam.courses.add(math);
            sam.courses.add(art);
            kim.courses.add(math);
            lee.courses.add(art);
            session.add(sam);
            session.add(kim);
            session.add(lee);
            session.commit();
        }
        clearStatements();
    }

    @Test
    void manyToManyLegacyQueryStartsFromTheParent() {
        fixture();
        try (Session session = sessions.open()) {
            List<Student> students = session.query(Student.class).join(Course_.students)
                    .filter(Course_.title.eq("math")).orderBy(Student_.name).all();
            assertThat(students).extracting(s -> s.name).containsExactly("kim", "sam");
            assertThat(statements).containsExactly(STUDENTS_OF_MATH);
        }
    }

    @Test
    void manyToManyNewStyleStartsFromTheParent() {
        fixture();
        try (Session session = sessions.open()) {
            List<Student> students = session.scalars(select(Student.class).join(Course_.students)
                    .where(Course_.title.eq("math")).orderBy(Student_.name)).all();
            assertThat(students).extracting(s -> s.name).containsExactly("kim", "sam");
            assertThat(statements).containsExactly(STUDENTS_OF_MATH);
        }
    }

    @Test
    void oneToManyStartsFromTheParentInBothStyles() {
        fixture();
        String sql = "SELECT addresses.id, addresses.email, addresses.user_id FROM users "
                + "JOIN addresses ON addresses.user_id = users.id WHERE users.username = ? ORDER BY addresses.email";
        try (Session session = sessions.open()) {
            List<Address> legacy = session.query(Address.class).join(User_.addresses)
                    .filter(User_.username.eq("alice")).orderBy(Address_.email).all();
            List<Address> modern = session.scalars(select(Address.class).join(User_.addresses)
                    .where(User_.username.eq("alice")).orderBy(Address_.email)).all();
            assertThat(legacy).extracting(a -> a.email).containsExactly("alice@home.org", "alice@work.org");
            assertThat(modern).containsExactlyElementsOf(legacy);
            // (the many-to-one Address.user is loaded by its own statement after the first query)
            assertThat(statements).filteredOn(q -> q.contains("JOIN")).containsExactly(sql, sql);
        }
    }

    @Test
    void manyToOneStartsFromTheParent() {
        fixture();
        try (Session session = sessions.open()) {
            List<User> users = session.scalars(select(User.class).join(Address_.user)
                    .where(Address_.email.like("%@work.org")).orderBy(User_.username)).all();
            assertThat(users).extracting(u -> u.username).containsExactly("alice", "bob");
            assertThat(statements).containsExactly("SELECT users.id, users.username, users.email FROM addresses "
                    + "JOIN users ON addresses.user_id = users.id WHERE addresses.email LIKE ? ORDER BY users.username");
        }
    }

    @Test
    void joinToAnAliasOfTheTarget() {
        fixture();
        try (Session session = sessions.open()) {
            Alias<Student> s = aliased(Student.class, "s");
            List<Student> modern = session.scalars(select(s).join(Course_.students, s)
                    .where(Course_.title.eq("art")).orderBy(s.get(Student_.name))).all();
            List<Student> legacy = session.query(s).join(Course_.students, s)
                    .filter(Course_.title.eq("art")).orderBy(s.get(Student_.name)).all();
            assertThat(modern).extracting(x -> x.name).containsExactly("lee", "sam");
            assertThat(legacy).containsExactlyElementsOf(modern);
            String sql = "SELECT s.id, s.name FROM courses JOIN enrollments ON enrollments.course_id = courses.id "
                    + "JOIN students AS s ON enrollments.student_id = s.id WHERE courses.title = ? ORDER BY s.name";
            assertThat(statements).containsExactly(sql, sql);
            // one-to-many to an alias, the parent already selected: the join continues from it
            Alias<Address> a = aliased(Address.class, "a");
            clearStatements();
            List<org.jalchemy.engine.Row> rows = session.execute(select(User.class, a).join(User_.addresses, a)
                    .where(a.get(Address_.email).like("%@work.org")).orderBy(User_.username)).all();
            assertThat(rows).extracting(r -> r.get(User.class).username + " " + ((Address) r.get(1)).email)
                    .containsExactly("alice alice@work.org", "bob bob@work.org");
            assertThat(statements).containsExactly("SELECT users.id, users.username, users.email, a.id, a.email, a.user_id "
                    + "FROM users JOIN addresses AS a ON a.user_id = users.id WHERE a.email LIKE ? ORDER BY users.username");
        }
    }

    @Test
    void parentAlreadyInTheFromKeepsTheJoinAsItWas() {
        fixture();
        try (Session session = sessions.open()) {
            List<org.jalchemy.engine.Row> rows = session.query(Course.class, Student.class).join(Course_.students)
                    .filter(Student_.name.eq("sam")).orderBy(Course_.title).all();
            assertThat(rows).extracting(r -> r.get(Course.class).title).containsExactly("art", "math");
            assertThat(statements).containsExactly("SELECT courses.id, courses.title, students.id, students.name FROM courses "
                    + "JOIN enrollments ON enrollments.course_id = courses.id JOIN students ON enrollments.student_id = students.id "
                    + "WHERE students.name = ? ORDER BY courses.title");
        }
    }
}
