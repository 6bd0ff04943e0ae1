package org.jalchemy.orm.rel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.orm.LoaderOptions.selectinload;

import java.util.List;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

/** New children reached by cascade from persistent parents are inserted in a stable order, not in hash order. */
class CascadeInsertOrderTest extends DatabaseTest {
    @Test
    void childrenAppendedToLoadedParentsAreInsertedInTheParentsLoadOrder() {
        new Registry().map(Customer.class, Purchase.class, Line.class).metadata().createAll(engine);
        SessionFactory sessions = SessionFactory.of(engine);
        sessions.transaction(s -> {
            for (int i = 1; i <= 12; i++) {
                s.add(new Customer("c" + i));
            }
        });
        try (Session session = sessions.open()) {
            List<Customer> customers = session.query(Customer.class).options(selectinload(Customer_.purchases))
                    .orderBy(Customer_.id).all();
            for (Customer c : customers) {
                c.purchases.add(new Purchase(c.id * 10));
                c.purchases.add(new Purchase(c.id * 10 + 1));
            }
            session.commit();
        }
        try (Session session = sessions.open()) {
            List<Purchase> byId = session.query(Purchase.class).orderBy(Purchase_.id).all();
            assertThat(byId).extracting(p -> p.total).containsExactly(
                    10, 11, 20, 21, 30, 31, 40, 41, 50, 51, 60, 61, 70, 71, 80, 81, 90, 91, 100, 101, 110, 111, 120, 121);
        }
    }
}
