package org.jalchemy.orm.tour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Sql.func;
import static org.jalchemy.orm.OrmSql.select;
import static org.jalchemy.types.Types.INTEGER;

import java.util.List;
import org.jalchemy.engine.Row;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.schema.Column;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

/** TOUR.md section 6's joins along relationships: {@code join(User_.addresses)}, in both query styles. */
class RelationshipJoinTest extends DatabaseTest {
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
            Student sam = new Student("sam");
            Course math = new Course("math");
            sam.courses.add(math);
            sam.courses.add(new Course("art"));
            Student kim = new Student("kim");
            kim.courses.add(math);
            session.add(sam);
            session.add(kim);
            session.commit();
        }
        clearStatements();
    }

    @Test
    void legacyQueryJoinsAlongTheRelationship() {
        fixture();
        try (Session session = sessions.open()) {
            List<Row> pairs = session.query(User.class, Address.class).join(User_.addresses)
                    .filter(Address_.email.like("%@work.org")).orderBy(User_.id).all();
            assertThat(pairs).extracting(r -> r.get(User.class).username + " " + r.get(Address.class).email)
                    .containsExactly("alice alice@work.org", "bob bob@work.org");
            assertThat(statements).containsExactly("SELECT users.id, users.username, users.email, addresses.id, "
                    + "addresses.email, addresses.user_id FROM users JOIN addresses ON addresses.user_id = users.id "
                    + "WHERE addresses.email LIKE ? ORDER BY users.id");
        }
    }

    @Test
    void newStyleJoinAlongTheRelationshipWithGroupBy() {
        fixture();
        try (Session session = sessions.open()) {
            List<Row> stats = session.execute(select(User_.username, func.count(Address_.id))
                    .join(User_.addresses).groupBy(User_.username).orderBy(User_.username)).all();
            assertThat(stats).extracting(r -> r.get(User_.username) + "=" + r.get(1)).containsExactly("alice=2", "bob=1");
            Object count = stats.get(0).get(1);
            assertThat(count).isInstanceOf(Long.class);
            // the outer join keeps the user without addresses
            List<Row> all = session.execute(select(User_.username, func.count(Address_.id))
                    .outerJoin(User_.addresses).groupBy(User_.username).orderBy(User_.username)).all();
            assertThat(all).extracting(r -> r.get(User_.username) + "=" + r.get(1)).containsExactly("alice=2", "bob=1", "carol=0");
        }
    }

    @Test
    void manyToManyJoinGoesThroughTheAssociationTable() {
        fixture();
        try (Session session = sessions.open()) {
            List<Student> mathStudents = session.query(Student.class).join(Student_.courses)
                    .filter(Course_.title.eq("math")).orderBy(Student_.name).all();
            assertThat(mathStudents).extracting(s -> s.name).containsExactly("kim", "sam");
            assertThat(statements.get(0)).contains("FROM students JOIN enrollments ON enrollments.student_id = students.id "
                    + "JOIN courses ON enrollments.course_id = courses.id");
        }
    }
}
