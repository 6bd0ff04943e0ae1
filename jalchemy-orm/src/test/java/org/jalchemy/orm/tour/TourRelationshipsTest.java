package org.jalchemy.orm.tour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.orm.LoaderOptions.selectinload;
import static org.jalchemy.types.Types.INTEGER;

import java.util.List;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.schema.Column;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

/** TOUR.md sections 4 and 5 (relationship parts), run as written. */
class TourRelationshipsTest extends DatabaseTest {
    @Test
    void tour() {
        Registry base = new Registry();
        base.map(User.class, Address.class, Student.class, Course.class);
        base.metadata().table("enrollments",
                Column.of("student_id", INTEGER).references("students.id").primaryKey(),
                Column.of("course_id", INTEGER).references("courses.id").primaryKey());
        base.metadata().createAll(engine);
        SessionFactory sessions = SessionFactory.of(engine);
        clearStatements();

        try (Session session = sessions.open()) {
            User alice = new User("alice", "alice@example.com");
            alice.getAddresses().add(new Address("alice@work.org"));
            session.add(alice);                        // pending; the address follows by cascade
            assertThat(alice.getAddresses().get(0).getUser()).isSameAs(alice);
            session.commit();                          // INSERT users, then INSERT addresses (id known)
            assertThat(statements).containsExactly(
                    "INSERT INTO users (username, email) VALUES (?, ?) RETURNING id",
                    "INSERT INTO addresses (email, user_id) VALUES (?, ?) RETURNING id");
            User same = session.get(User.class, alice.getId());
            assertThat(same).isSameAs(alice);
            alice.setEmail("a@example.com");
            clearStatements();
            session.commit();
            assertThat(statements).containsExactly("UPDATE users SET email=? WHERE users.id = ?");
            clearStatements();
            session.delete(alice);
            session.commit();                          // DELETE addresses (cascade), then DELETE users
            assertThat(statements).containsExactly(
                    "SELECT addresses.id, addresses.email, addresses.user_id FROM addresses WHERE addresses.user_id = ? ORDER BY addresses.id",
                    "DELETE FROM addresses WHERE addresses.id = ?",
                    "DELETE FROM users WHERE users.id = ?");
        }

        try (Session session = sessions.open()) {
            Student s = new Student("sam");
            s.courses.add(new Course("math"));
            session.add(s);
            session.commit();
            List<Student> eager = session.query(Student.class).options(selectinload(Student_.courses)).all();
            assertThat(eager.get(0).courses).extracting(c -> c.title).containsExactly("math");
            assertThat(eager.get(0).courses.iterator().next().students).containsExactly(eager.get(0));
        }
    }
}
