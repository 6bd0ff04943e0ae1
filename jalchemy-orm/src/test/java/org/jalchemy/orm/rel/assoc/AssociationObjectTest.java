package org.jalchemy.orm.rel.assoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.select;

import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.orm.exc.FlushError;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The association-object pattern: Enrollment(student, course, grade) mapped as an entity with two many-to-ones. */
class AssociationObjectTest extends DatabaseTest {
    Registry registry;
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        registry = new Registry().map(Student.class, Course.class, Enrollment.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        clearStatements();
    }

    private List<String> enrollments() {
        Table t = registry.metadata().tables().get("enrollments");
        try (Connection conn = engine.connect()) {
            return conn.execute(select(t).orderBy(t.c("student_id"), t.c("course_id"))).all().stream()
                    .map(r -> r.get("student_id") + "/" + r.get("course_id") + ":" + r.get("grade")).toList();
        }
    }

    private void seed() {
        try (Session session = sessions.open()) {
            Student sam = new Student("sam");
            Course math = new Course("math");
            Course art = new Course("art");
            sam.enroll(math, "A");
            sam.enroll(art, "B");
            session.add(sam);                       // enrollments by Student's cascade, courses by Enrollment's
            assertThat(math.enrollments).extracting(e -> e.student).containsExactly(sam);
            session.commit();
        }
    }

    @Test
    void createdByCascadeFromTheStudent() {
        seed();
        assertThat(statements).containsExactly(
                "INSERT INTO students (name) VALUES (?) RETURNING id",
                "INSERT INTO courses (title) VALUES (?), (?) RETURNING id",
                "INSERT INTO enrollments (student_id, course_id, grade) VALUES (?, ?, ?)");      // one executemany
        assertThat(enrollments()).containsExactly("1/1:A", "1/2:B");
    }

    @Test
    void queriedAndNavigatedThroughTheAssociationObject() {
        seed();
        try (Session session = sessions.open()) {
            List<Student> withAInMath = session.query(Student.class)
                    .join(Student_.enrollments).join(Enrollment_.course)
                    .filter(Course_.title.eq("math"), Enrollment_.grade.eq("A")).all();
            assertThat(withAInMath).extracting(s -> s.name).containsExactly("sam");
            Student sam = withAInMath.get(0);
            assertThat(sam.enrollments).extracting(e -> e.course.title + ":" + e.grade).containsExactlyInAnyOrder("math:A", "art:B");
            Course math = session.get(Course.class, 1);
            assertThat(math.enrollments).extracting(e -> e.student).containsExactly(sam);
            Enrollment e = session.get(Enrollment.class, List.of(1, 2));          // the composite key (student, course)
            assertThat(e.grade).isEqualTo("B");
            assertThat(e.course.title).isEqualTo("art");
            e.grade = "A+";
            clearStatements();
            session.commit();
            assertThat(statements).containsExactly(
                    "UPDATE enrollments SET grade=? WHERE enrollments.student_id = ? AND enrollments.course_id = ?");
        }
        assertThat(enrollments()).containsExactly("1/1:A", "1/2:A+");
    }

    @Test
    void removingAnEnrollmentFromTheStudentDeletesIt() {
        seed();
        try (Session session = sessions.open()) {
            Student sam = session.get(Student.class, 1);
            Enrollment art = sam.enrollments.stream().filter(e -> e.course.title.equals("art")).findFirst().orElseThrow();
            clearStatements();
            sam.enrollments.remove(art);                                            // delete-orphan
            session.commit();
            assertThat(statements).containsExactly(
                    "DELETE FROM enrollments WHERE enrollments.student_id = ? AND enrollments.course_id = ?");
        }
        assertThat(enrollments()).containsExactly("1/1:A");
    }

    @Test
    void deletingTheStudentDeletesItsEnrollmentsFirstAndKeepsTheCourses() {
        seed();
        try (Session session = sessions.open()) {
            session.delete(session.get(Student.class, 1));
            session.commit();
        }
        assertThat(enrollments()).isEmpty();
        try (Session session = sessions.open()) {
            assertThat(session.query(Course.class).count()).isEqualTo(2);
        }
    }

    @Test
    void deletingACourseWithoutDeleteCascadeWouldBlankOutAKeyColumnAndRaises() {
        seed();
        try (Session session = sessions.open()) {
            Course math = session.get(Course.class, 1);
            session.delete(math);
            clearStatements();
            assertThatThrownBy(session::flush)
                    .isInstanceOf(FlushError.class)
                    .hasMessageContaining("Course.enrollments")
                    .hasMessageContaining("enrollments.course_id")
                    .hasMessageContaining("primary key of Enrollment");
            assertThat(statements).allMatch(s -> s.startsWith("SELECT"));      // loading the enrollments, nothing written
        }
        assertThat(enrollments()).containsExactly("1/1:A", "1/2:B");
    }
}
