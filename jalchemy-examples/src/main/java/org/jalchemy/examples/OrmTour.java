package org.jalchemy.examples;

import static org.jalchemy.Sql.func;
import static org.jalchemy.examples.Tour.section;
import static org.jalchemy.examples.Tour.show;
import static org.jalchemy.orm.LoaderOptions.containsEager;
import static org.jalchemy.orm.LoaderOptions.joinedload;
import static org.jalchemy.orm.LoaderOptions.selectinload;
import static org.jalchemy.orm.OrmSql.select;
import static org.jalchemy.orm.OrmSql.update;

import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.Row;
import org.jalchemy.examples.model.Address;
import org.jalchemy.examples.model.Address_;
import org.jalchemy.examples.model.User;
import org.jalchemy.examples.model.User_;
import org.jalchemy.orm.Inspect;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;

/** TOUR.md sections 4 to 6: declarative mapping, the Session and its unit of work, querying. */
final class OrmTour {
    private OrmTour() {}

    static void run() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").echo(true).build()) {
            section("4. ORM: declarative mapping");
            Registry base = new Registry();
            base.map(User.class, Address.class);
            base.metadata().createAll(engine);
            SessionFactory sessions = SessionFactory.of(engine);
            unitOfWork(sessions);
            querying(sessions);
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
            List<User> joined = session.query(User.class).options(joinedload(User_.addresses)).all();
            show("joinedload: one query with a LEFT OUTER JOIN", joined.size() + " users");

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
}
