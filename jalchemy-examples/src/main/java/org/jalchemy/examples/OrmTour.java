package org.jalchemy.examples;

import static org.jalchemy.examples.Tour.section;
import static org.jalchemy.examples.Tour.show;

import org.jalchemy.engine.Engine;
import org.jalchemy.examples.model.Address;
import org.jalchemy.examples.model.Address_;
import org.jalchemy.examples.model.User;
import org.jalchemy.examples.model.User_;
import org.jalchemy.orm.Inspect;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;

/** TOUR.md sections 4 and 5: declarative mapping, the Session and its unit of work. */
final class OrmTour {
    private OrmTour() {}

    static void run() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").echo(true).build()) {
            section("4. ORM: declarative mapping");
            Registry base = new Registry();
            base.map(User.class, Address.class);
            base.metadata().createAll(engine);

            section("5. ORM: Session and unit of work");
            SessionFactory sessions = SessionFactory.of(engine);
            try (Session session = sessions.open()) {
                User alice = new User("alice", "alice@example.com");
                session.add(alice);
                show("state after add()", Inspect.state(alice));
                session.commit();
                show("after commit(), the generated key", alice.getId());
                session.add(new Address("alice@work.org", alice.getId()));
                session.add(new User("bob", "bob@example.com"));
                session.flush();

                User same = session.get(User.class, alice.getId());
                show("get() returns the same object (expired by the commit, so it was refreshed)", same == alice);
                show("a second get() sends nothing and is still the same object", session.get(User.class, alice.getId()) == alice);

                alice.setEmail("a@example.com");
                show("isModified(alice)", session.isModified(alice));
                session.commit();

                User found = session.query(User.class).filter(User_.username.eq("alice")).first();
                show("query(...).filter(User_.username.eq(\"alice\")).first()", found);
                show("query(Address).filterBy(\"userId\", ...).all()",
                        session.query(Address.class).filterBy("userId", alice.getId()).orderBy(Address_.id).all());

                session.delete(session.query(Address.class).filterBy("userId", alice.getId()).one());
                session.delete(alice);
                session.commit();
                show("state after delete + commit", Inspect.state(alice));
                show("users left", session.query(User.class).all());
            }
        }
    }
}
