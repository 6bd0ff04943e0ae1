package org.jalchemy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's first command runs the tour: it must run through and show what TOUR.md promises. */
class TourTest {
    @Test
    void tourRunsOnEmbeddedSqliteAndShowsTheResults() {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            Tour.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String out = buffer.toString(StandardCharsets.UTF_8);
        assertThat(out)
                .contains("-> scalar(): it's me")
                .contains("-> rows after the savepoint was rolled back: 4")
                .contains("-> count() of addresses (a Long): 2")
                .contains("-> join inferred from the foreign key: [('john_doe', 'john@work.org')]")
                .contains("-> subquery joined (n is a Long): ('john_doe', 2)")
                .contains("-> recursive CTE: the subtree of node 2: [a, a.1]")
                .contains("-> INSERT ... RETURNING: (4, 'ann')")
                .contains("-> three lookups of one shape, compiled: 1 time(s)")
                .contains("-> a query on the reflected table: [jim]")
                .contains("-> a second get() sends nothing and is still the same object: true")
                .contains("-> after add(), back-populated: the address's user is alice: true")
                .contains("-> state after delete + commit (its address went with it): DETACHED")
                .contains("-> query(User, Address).join(User_.addresses): 3 rows, first Address(1, ann@work.org, user 1)")
                .contains("-> query(func.count(Address_.id)).scalar(): 2")
                .contains("-> selectinload: users and all their addresses in two queries: [Address(5, cy@work.org, user 3), Address(6, cy@home.org, user 3)]")
                .contains("-> containsEager: the query's own join fills the addresses (the work ones): [Address(1, ann@work.org, user 1)]")
                .contains("-> select(User_.username, func.count(...)).join(User_.addresses).groupBy(...): [('ann', 2), ('bob', 2), ('cy', 2)]")
                .contains("-> bulk update synchronised into the session: cy@new.org")
                .contains("-> query(User).filter(User_.username.eq(\"alice\")).one() is alice: true")
                .contains("-> lazy (the default): ann, then ann.getPosts() on first access: 2 statements, "
                        + "[Post(1, Hello from ann, author 1), Post(2, ann again, author 1)]")
                .contains("-> selectinload(User_.posts): 3 users and all their posts: 2 statements (the second with IN)")
                .contains("-> joinedload(User_.addresses): 3 users and their addresses: 1 statement (LEFT OUTER JOIN)")
                .contains("-> raiseload(User_.posts), then bob.getPosts(): LazyLoadError: 'User.posts' is not available")
                .contains("(0 statements sent)")
                .contains("-> after addAll(), the backref is filled: math's students: [kim, sam]")
                .contains("-> commit() wrote the enrollments: [INSERT INTO enrollments (student_id, course_id) VALUES (?, ?)]")
                .contains("-> math.getStudents(), through the backref: [kim, sam]")
                .contains("-> sam leaves math: commit() sent: "
                        + "[DELETE FROM enrollments WHERE enrollments.course_id = ? AND enrollments.student_id = ?]")
                .contains("-> query(Student).join(Student_.courses).filter(Course_.title.eq(\"math\")): [kim]")
                .contains("-> 2.0 style: select(Student).join(Student_.courses).where(Course_.title.eq(\"art\")): [sam]")
                .contains("Detected add table users")
                .contains("-> check after changing the models: exit code: 3")
                .contains("Detected add column users.email")
                .contains("Downgrade ")
                .contains("ALTER TABLE users ADD COLUMN email VARCHAR(100);");
    }
}
