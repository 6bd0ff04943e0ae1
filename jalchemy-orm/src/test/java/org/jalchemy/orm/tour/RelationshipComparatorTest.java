package org.jalchemy.orm.tour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.and;
import static org.jalchemy.Sql.not;
import static org.jalchemy.Sql.or;
import static org.jalchemy.orm.OrmSql.select;
import static org.jalchemy.types.Types.INTEGER;

import java.util.List;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.schema.Column;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 12: relationship comparators {@code any}, {@code has}, {@code contains}, {@code eq}/{@code ne} on
 * metamodel relationship attributes, in both query styles, as the EXISTS subqueries SQLAlchemy sends.
 */
class RelationshipComparatorTest extends DatabaseTest {
    private static final String USERS = "SELECT users.id, users.username, users.email FROM users WHERE ";
    private static final String STUDENTS = "SELECT students.id, students.name FROM students WHERE ";
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
            session.add(new User("carol", "carol@example.com"));
            session.add(new Address("nobody@void.org"));
            Student sam = new Student("sam");
            Student kim = new Student("kim");
            Student lee = new Student("lee");
            Course math = new Course("math");
            Course art = new Course("art");
            session.add(new Course("music"));
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
    void anyOfAOneToManyWithAndWithoutCriteria() {
        fixture();
        try (Session session = sessions.open()) {
            List<User> withAddresses = session.query(User.class).filter(User_.addresses.any()).orderBy(User_.username).all();
            List<User> atHome = session.scalars(select(User.class)
                    .where(User_.addresses.any(Address_.email.like("%@home.org"))).orderBy(User_.username)).all();
            assertThat(withAddresses).extracting(u -> u.username).containsExactly("alice", "bob");
            assertThat(atHome).extracting(u -> u.username).containsExactly("alice");
            assertThat(statements).containsExactly(
                    USERS + "EXISTS (SELECT 1 FROM addresses WHERE addresses.user_id = users.id) ORDER BY users.username",
                    USERS + "EXISTS (SELECT 1 FROM addresses WHERE addresses.user_id = users.id AND addresses.email LIKE ?) "
                            + "ORDER BY users.username");
        }
    }

    @Test
    void combinedWithNotAndOr() {
        fixture();
        try (Session session = sessions.open()) {
            assertThat(session.query(User.class).filter(not(User_.addresses.any())).all())
                    .extracting(u -> u.username).containsExactly("carol");
            assertThat(session.scalars(select(User.class).where(or(User_.username.eq("carol"),
                    User_.addresses.any(Address_.email.like("bob%")))).orderBy(User_.username)).all())
                    .extracting(u -> u.username).containsExactly("bob", "carol");
            assertThat(session.query(User.class).filter(and(User_.addresses.any(Address_.email.like("%@work.org")),
                    not(User_.addresses.any(Address_.email.like("%@home.org"))))).all())
                    .extracting(u -> u.username).containsExactly("bob");
            assertThat(statements.get(0)).isEqualTo(USERS + "NOT EXISTS (SELECT 1 FROM addresses WHERE addresses.user_id = users.id)");
        }
    }

    @Test
    void hasOfAManyToOne() {
        fixture();
        try (Session session = sessions.open()) {
            List<Address> bobs = session.scalars(select(Address.class).where(Address_.user.has(User_.username.eq("bob")))).all();
            List<Address> owned = session.query(Address.class).filter(Address_.user.has()).orderBy(Address_.email).all();
            assertThat(bobs).extracting(a -> a.email).containsExactly("bob@work.org");
            assertThat(owned).extracting(a -> a.email).containsExactly("alice@home.org", "alice@work.org", "bob@work.org");
            assertThat(statements).filteredOn(q -> q.startsWith("SELECT addresses")).containsExactly(
                    "SELECT addresses.id, addresses.email, addresses.user_id FROM addresses WHERE EXISTS (SELECT 1 FROM users "
                            + "WHERE addresses.user_id = users.id AND users.username = ?)",
                    "SELECT addresses.id, addresses.email, addresses.user_id FROM addresses WHERE EXISTS (SELECT 1 FROM users "
                            + "WHERE addresses.user_id = users.id) ORDER BY addresses.email");
        }
    }

    @Test
    void anyOfAManyToManyGoesThroughTheAssociationTable() {
        fixture();
        try (Session session = sessions.open()) {
            List<Student> art = session.query(Student.class).filter(Student_.courses.any(Course_.title.eq("art")))
                    .orderBy(Student_.name).all();
            List<Course> taken = session.scalars(select(Course.class).where(Course_.students.any()).orderBy(Course_.title)).all();
            assertThat(art).extracting(s -> s.name).containsExactly("lee", "sam");
            assertThat(taken).extracting(c -> c.title).containsExactly("art", "math");
            assertThat(statements).containsExactly(
                    STUDENTS + "EXISTS (SELECT 1 FROM enrollments, courses WHERE enrollments.student_id = students.id "
                            + "AND enrollments.course_id = courses.id AND courses.title = ?) ORDER BY students.name",
                    "SELECT courses.id, courses.title FROM courses WHERE EXISTS (SELECT 1 FROM enrollments, students "
                            + "WHERE enrollments.course_id = courses.id AND enrollments.student_id = students.id) ORDER BY courses.title");
        }
    }

    @Test
    void theTargetJoinedInTheEnclosingQueryIsNotCorrelated() {
        fixture();
        try (Session session = sessions.open()) {
            // students in math who also take art: the EXISTS must range over courses itself, not the joined row
            List<Student> both = session.scalars(select(Student.class).join(Student_.courses)
                    .where(Course_.title.eq("math"), Student_.courses.any(Course_.title.eq("art")))).all();
            assertThat(both).extracting(s -> s.name).containsExactly("sam");
            assertThat(statements).containsExactly("SELECT students.id, students.name FROM students "
                    + "JOIN enrollments ON enrollments.student_id = students.id JOIN courses ON enrollments.course_id = courses.id "
                    + "WHERE courses.title = ? AND EXISTS (SELECT 1 FROM enrollments, courses WHERE enrollments.student_id = students.id "
                    + "AND enrollments.course_id = courses.id AND courses.title = ?)");
        }
    }

    @Test
    void containsOfCollections() {
        fixture();
        try (Session session = sessions.open()) {
            Address home = session.query(Address.class).filter(Address_.email.eq("alice@home.org")).one();
            Course math = session.query(Course.class).filter(Course_.title.eq("math")).one();
            Student lee = session.query(Student.class).filter(Student_.name.eq("lee")).one();
            clearStatements();
            assertThat(session.query(User.class).filter(User_.addresses.contains(home)).all())
                    .extracting(u -> u.username).containsExactly("alice");
            assertThat(session.scalars(select(Student.class).where(Student_.courses.contains(math)).orderBy(Student_.name)).all())
                    .extracting(s -> s.name).containsExactly("kim", "sam");
            assertThat(session.query(Course.class).filter(not(Course_.students.contains(lee))).orderBy(Course_.title).all())
                    .extracting(c -> c.title).containsExactly("math", "music");
            assertThat(statements).containsExactly(USERS + "users.id = ?",
                    STUDENTS + "EXISTS (SELECT 1 FROM enrollments WHERE enrollments.student_id = students.id "
                            + "AND enrollments.course_id = ?) ORDER BY students.name",
                    "SELECT courses.id, courses.title FROM courses WHERE NOT EXISTS (SELECT 1 FROM enrollments "
                            + "WHERE enrollments.course_id = courses.id AND enrollments.student_id = ?) ORDER BY courses.title");
        }
    }

    @Test
    void eqAndNeOfAManyToOne() {
        fixture();
        try (Session session = sessions.open()) {
            User bob = session.query(User.class).filter(User_.username.eq("bob")).one();
            clearStatements();
            assertThat(session.query(Address.class).filter(Address_.user.eq(bob)).all())
                    .extracting(a -> a.email).containsExactly("bob@work.org");
            assertThat(session.scalars(select(Address.class).where(Address_.user.ne(bob)).orderBy(Address_.email)).all())
                    .extracting(a -> a.email).containsExactly("alice@home.org", "alice@work.org", "nobody@void.org");
            assertThat(session.query(Address.class).filter(Address_.user.eq(null)).all())
                    .extracting(a -> a.email).containsExactly("nobody@void.org");
            assertThat(statements).filteredOn(q -> q.startsWith("SELECT addresses")).containsExactly(
                    "SELECT addresses.id, addresses.email, addresses.user_id FROM addresses WHERE addresses.user_id = ?",
                    "SELECT addresses.id, addresses.email, addresses.user_id FROM addresses "
                            + "WHERE addresses.user_id != ? OR addresses.user_id IS NULL ORDER BY addresses.email",
                    "SELECT addresses.id, addresses.email, addresses.user_id FROM addresses WHERE addresses.user_id IS NULL");
        }
    }

    @Test
    void oracleCompilesTheSameSql() {
        fixture();
        org.jalchemy.dialect.Dialect oracle = org.jalchemy.dialect.oracle.OracleDialect.INSTANCE;
        assertThat(select(Student.class).where(Student_.courses.any(Course_.title.eq("art"))).statement().compile(oracle).sql())
                .isEqualTo(STUDENTS + "EXISTS (SELECT 1 FROM enrollments, courses WHERE enrollments.student_id = students.id "
                        + "AND enrollments.course_id = courses.id AND courses.title = ?)");
        assertThat(select(Student.class).join(Course_.students).statement().compile(oracle).sql())
                .isEqualTo("SELECT students.id, students.name FROM courses JOIN enrollments ON enrollments.course_id = courses.id "
                        + "JOIN students ON enrollments.student_id = students.id");
    }

    @Test
    void wrongUseRaisesClearly() {
        fixture();
        assertThatThrownBy(() -> User_.addresses.has()).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("'has()' is not available for collection relationship User.addresses; use any()");
        assertThatThrownBy(() -> Address_.user.any(User_.username.eq("x"))).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("use has()");
        assertThatThrownBy(() -> User_.addresses.contains(new Address("new@x.org"))).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("Address.userId of the object given to User.addresses is null");
        assertThatThrownBy(() -> User_.addresses.eq(new Address("x"))).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("use contains(obj) or any()");
    }
}
