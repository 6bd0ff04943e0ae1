package org.jalchemy.examples;

import static org.jalchemy.Sql.func;
import static org.jalchemy.examples.Tour.section;
import static org.jalchemy.examples.Tour.show;
import static org.jalchemy.orm.LoaderOptions.containsEager;
import static org.jalchemy.orm.LoaderOptions.joinedload;
import static org.jalchemy.orm.LoaderOptions.raiseload;
import static org.jalchemy.orm.LoaderOptions.selectinload;
import static org.jalchemy.orm.OrmSql.select;
import static org.jalchemy.orm.OrmSql.update;
import static org.jalchemy.types.Types.INTEGER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.Row;
import org.jalchemy.examples.model.Address;
import org.jalchemy.examples.model.Address_;
import org.jalchemy.examples.model.Course;
import org.jalchemy.examples.model.Course_;
import org.jalchemy.examples.model.Post;
import org.jalchemy.examples.model.Student;
import org.jalchemy.examples.model.Student_;
import org.jalchemy.examples.model.User;
import org.jalchemy.examples.model.User_;
import org.jalchemy.orm.Inspect;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.orm.exc.LazyLoadError;
import org.jalchemy.schema.Column;

/**
 * TOUR.md sections 4 to 6: declarative mapping, the Session and its unit of work, querying, the loading strategies
 * of a relationship and a many-to-many through an association table.
 */
final class OrmTour {
    private OrmTour() {}

    static void run() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").echo(true).build()) {
            section("4. ORM: declarative mapping");
            Registry base = new Registry();
            base.map(User.class, Address.class, Post.class, Student.class, Course.class);
            base.metadata().table("enrollments",
                    Column.of("student_id", INTEGER).references("students.id").primaryKey(),
                    Column.of("course_id", INTEGER).references("courses.id").primaryKey());
            base.metadata().createAll(engine);
            SessionFactory sessions = SessionFactory.of(engine);
            StatementLog log = new StatementLog();
            engine.events().beforeExecute((conn, sql, params) -> log.sent.add(sql));
            unitOfWork(sessions);
            querying(sessions);
            loading(sessions, log);
            manyToMany(sessions, log);
        }
    }

    private static void unitOfWork(SessionFactory sessions) {
        section("5. ORM: Session and unit of work");
        try (Session session = sessions.open()) {
            User alice = new User("alice", "alice@example.com");
            alice.getAddresses().add(new Address("alice@work.org"));
            session.add(alice);
            show("after add(), back-populated: the address's user is alice", alice.getAddresses().get(0).getUser() == alice);
            show("state after add()", Inspect.state(alice));
            session.commit();
            show("after commit(), the generated key", alice.getId());

            User found = session.query(User.class).filter(User_.username.eq("alice")).one();
            show("query(User).filter(User_.username.eq(\"alice\")).one() is alice", found == alice);

            User same = session.get(User.class, alice.getId());
            show("get() returns the same object (expired by the commit, so it was refreshed)", same == alice);
            show("a second get() sends nothing and is still the same object", session.get(User.class, alice.getId()) == alice);

            alice.setEmail("a@example.com");
            show("isModified(alice)", session.isModified(alice));
            session.commit();

            session.delete(alice);
            session.commit();
            show("state after delete + commit (its address went with it)", Inspect.state(alice));
        }
    }

    private static void querying(SessionFactory sessions) {
        section("6. ORM: querying");
        try (Session session = sessions.open()) {
            for (String name : List.of("ann", "bob", "cy")) {
                User u = new User(name, name + "@example.com");
                u.getAddresses().add(new Address(name + "@work.org"));
                u.getAddresses().add(new Address(name + "@home.org"));
                session.add(u);
            }
            session.commit();

            User u = session.query(User.class).filter(User_.username.eq("ann")).first();
            show("query(User).filter(User_.username.eq(\"ann\")).first()", u);
            show("filterBy(\"username\", \"ann\").one() is the same object",
                    session.query(User.class).filterBy("username", "ann").one() == u);
            show("the addresses, loaded lazily on first access", u.getAddresses());

            List<Row> pairs = session.query(User.class, Address.class).join(User_.addresses)
                    .filter(Address_.email.like("%@work.org")).orderBy(User_.id).all();
            show("query(User, Address).join(User_.addresses)", pairs.size() + " rows, first " + pairs.get(0).get(Address.class));

            long n = session.query(func.count(Address_.id)).filter(Address_.userId.eq(u.getId())).scalar();
            show("query(func.count(Address_.id)).scalar()", n);

            List<User> us = session.scalars(select(User.class).where(User_.username.startsWith("b"))).all();
            show("2.0 style: scalars(select(User.class).where(...))", us);

            session.expireAll();
            List<User> eager = session.scalars(select(User.class).options(selectinload(User_.addresses)).orderBy(User_.id)).all();
            show("selectinload: users and all their addresses in two queries", eager.get(2).getAddresses());

            session.expireAll();
            List<User> atWork = session.scalars(select(User.class).join(User_.addresses).where(Address_.email.like("%@work.org"))
                    .orderBy(User_.id).options(containsEager(User_.addresses))).all();
            show("containsEager: the query's own join fills the addresses (the work ones)", atWork.get(0).getAddresses());

            List<Row> stats = session.execute(select(User_.username, func.count(Address_.id))
                    .join(User_.addresses).groupBy(User_.username).orderBy(User_.username)).all();
            show("select(User_.username, func.count(...)).join(User_.addresses).groupBy(...)", stats);

            session.execute(update(User.class).where(User_.username.eq("cy")).values(Map.of("email", "cy@new.org")));
            show("bulk update synchronised into the session", session.query(User.class).filterBy("username", "cy").one().getEmail());
            session.commit();
        }
    }

    /** Lazy (the default), selectin, joined and raise loading, each with the number of statements it sent. */
    private static void loading(SessionFactory sessions, StatementLog log) {
        section("6. ORM: loading relationships (lazy, selectinload, joinedload, raiseload)");
        try (Session session = sessions.open()) {
            for (User u : session.query(User.class).options(selectinload(User_.posts)).orderBy(User_.id).all()) {
                u.getPosts().add(new Post("Hello from " + u.getUsername(), "first post"));
                u.getPosts().add(new Post(u.getUsername() + " again", "second post"));
            }
            session.commit();
        }
        try (Session session = sessions.open()) {
            List<Post> posts = log.count(() -> {
                User ann = session.query(User.class).filterBy("username", "ann").one();
                ann.getPosts().size();   // the first touch of the collection sends the SELECT for the posts
                return ann.getPosts();
            });
            show("lazy (the default): ann, then ann.getPosts() on first access", log.last + " statements, " + posts);
        }
        try (Session session = sessions.open()) {
            List<User> users = log.count(() -> {
                List<User> all = session.scalars(select(User.class).options(selectinload(User_.posts)).orderBy(User_.id)).all();
                all.forEach(u -> u.getPosts().size());
                return all;
            });
            show("selectinload(User_.posts): " + users.size() + " users and all their posts", log.last + " statements (the second with IN)");
        }
        try (Session session = sessions.open()) {
            List<User> users = log.count(() -> {
                List<User> all = session.query(User.class).options(joinedload(User_.addresses)).orderBy(User_.id).all();
                all.forEach(u -> u.getAddresses().size());
                return all;
            });
            show("joinedload(User_.addresses): " + users.size() + " users and their addresses", log.last + " statement (LEFT OUTER JOIN)");
        }
        try (Session session = sessions.open()) {
            User bob = session.query(User.class).options(raiseload(User_.posts)).filterBy("username", "bob").one();
            String outcome = log.count(() -> {
                try {
                    return "loaded " + bob.getPosts().size();
                } catch (LazyLoadError e) {
                    return e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            });
            show("raiseload(User_.posts), then bob.getPosts()", outcome + " (" + log.last + " statements sent)");
        }
    }

    /** Students and courses through the enrollments table: the Set writes and deletes its rows. */
    private static void manyToMany(SessionFactory sessions, StatementLog log) {
        section("6. ORM: many-to-many, Student.courses through the enrollments table (secondary, backref)");
        try (Session session = sessions.open()) {
            Student sam = new Student("sam");
            Student kim = new Student("kim");
            Course math = new Course("math");
            Course art = new Course("art");
            sam.getCourses().add(math);
            sam.getCourses().add(art);
            kim.getCourses().add(math);
            session.addAll(List.of(math, art, sam, kim));   // courses first: their ids then follow this order
            show("after addAll(), the backref is filled: math's students", sorted(math.getStudents()));
            log.count(() -> {
                session.commit();
                return null;
            });
            show("commit() wrote the enrollments", log.since().stream().filter(sql -> sql.contains("enrollments")).toList());
        }
        try (Session session = sessions.open()) {
            Course math = session.query(Course.class).filterBy("title", "math").one();
            show("math.getStudents(), through the backref", sorted(math.getStudents()));

            Student sam = session.query(Student.class).filterBy("name", "sam").one();
            sam.getCourses().remove(math);
            log.count(() -> {
                session.commit();
                return null;
            });
            show("sam leaves math: commit() sent", log.since());

            List<Student> mathStudents = session.query(Student.class).join(Student_.courses)
                    .filter(Course_.title.eq("math")).orderBy(Student_.name).all();
            show("query(Student).join(Student_.courses).filter(Course_.title.eq(\"math\"))", mathStudents);
            List<Student> artStudents = session.scalars(select(Student.class).join(Student_.courses)
                    .where(Course_.title.eq("art"))).all();
            show("2.0 style: select(Student).join(Student_.courses).where(Course_.title.eq(\"art\"))", artStudents);
        }
    }

    private static List<String> sorted(java.util.Collection<?> items) {
        return items.stream().map(String::valueOf).sorted().toList();
    }

    /** The statements the engine sends (a beforeExecute listener), to count what one step cost. */
    private static final class StatementLog {
        final List<String> sent = new ArrayList<>();
        private int start;
        int last;

        /** Runs the step and records in {@link #last} how many statements it sent. */
        <T> T count(Supplier<T> step) {
            start = sent.size();
            T result = step.get();
            last = sent.size() - start;
            return result;
        }

        /** The statements the last counted step sent. */
        List<String> since() {
            return List.copyOf(sent.subList(start, start + last));
        }
    }
}
