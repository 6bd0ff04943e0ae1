package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Sql.*;
import static org.jalchemy.orm.OrmSql.*;

import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Row;
import org.jalchemy.orm.model.Address;
import org.jalchemy.orm.model.Address_;
import org.jalchemy.orm.model.User;
import org.jalchemy.orm.model.User_;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

/**
 * TOUR.md section 6 as written, except the relationship joins ({@code join(User_.addresses)}) and loader options,
 * which belong to the relationships work: here the join goes to the entity class, ON inferred from the foreign key.
 */
class TourQueryingTest extends DatabaseTest {

    @Test
    void tourSectionSix() {
        Registry base = new Registry().map(User.class, Address.class);
        base.metadata().createAll(engine);
        SessionFactory sessions = SessionFactory.of(engine);
        try (Session session = sessions.open()) {
            session.execute(insert(User.class), List.of(Map.of("username", "alice", "email", "a@x"),
                    Map.of("username", "bob", "email", "b@x"), Map.of("username", "ann", "email", "ann@x")));
            session.execute(insert(Address.class), List.of(Map.of("email", "alice@work.org", "userId", 1),
                    Map.of("email", "alice@home.org", "userId", 1), Map.of("email", "bob@work.org", "userId", 2)));

            User u = session.query(User.class).filter(User_.username.eq("alice")).first();
            User v = session.query(User.class).filterBy("username", "alice").one();
            assertThat(v).isSameAs(u);
            List<User> page = session.query(User.class).orderBy(User_.id).limit(10).offset(1).all();
            assertThat(page).extracting(x -> x.username).containsExactly("bob", "ann");
            List<Row> pairs = session.query(User.class, Address.class).join(Address.class)
                    .filter(Address_.email.like("%@work.org")).all();
            assertThat(pairs).extracting(r -> r.get(User.class).username).containsExactlyInAnyOrder("alice", "bob");
            long n = session.query(func.count(Address_.id)).filter(Address_.userId.eq(1)).scalar();
            assertThat(n).isEqualTo(2);

            List<User> us = session.scalars(select(User.class).where(User_.username.startsWith("a"))).all();
            assertThat(us).extracting(x -> x.username).containsExactlyInAnyOrder("alice", "ann");
            List<Row> stats = session.execute(select(User_.username, func.count(Address_.id))
                    .join(base.table(Address.class)).groupBy(User_.username).orderBy(User_.username)).all();
            assertThat(stats).extracting(r -> r.get(User_.username)).containsExactly("alice", "bob");
            session.execute(update(User.class).where(User_.id.eq(1)).values(Map.of("username", "x")));
            assertThat(u.username).isEqualTo("x");
            Alias<Address> a2 = aliased(Address.class);
            assertThat(session.scalars(select(a2).where(a2.get(Address_.userId).eq(2))).one().email).isEqualTo("bob@work.org");
            session.commit();
        }
    }
}
