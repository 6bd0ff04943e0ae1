package org.jalchemy.orm.rel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Sql.select;
import static org.jalchemy.Sql.update;

import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A many-to-one whose foreign-key field changes (docs/orm-loading.md, "Foreign key or relationship: which wins"):
 * reloading the object (get, query, refresh, expire) re-resolves the relationship from the current key, and a flush
 * writes the key when only the key changed, the relationship's key when the relationship changed.
 */
class ForeignKeyChangeTest extends DatabaseTest {
    Registry registry;
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        registry = new Registry().map(Customer.class, Purchase.class, Line.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        sessions.transaction(s -> {
            Customer alice = new Customer("alice");
            alice.purchases.add(new Purchase(10));
            alice.purchases.add(new Purchase(11));
            s.add(alice);
            s.add(new Customer("bob"));
            s.add(new Customer("carol"));
        });
        clearStatements();
    }

    private Object customerIdInDb(int purchaseId) {
        Table t = registry.metadata().tables().get("purchases");
        try (Connection conn = engine.connect()) {
            Object v = conn.execute(select(t.c("customer_id")).where(t.c("id").eq(purchaseId))).first().get(0);
            return v == null ? null : ((Number) v).intValue();
        }
    }

    /** Changes the row behind the Session's back (in its transaction, so SQLite's lock is not in the way). */
    private void setCustomerIdInDb(Session session, int purchaseId, int customerId) {
        Table t = registry.metadata().tables().get("purchases");
        session.execute(update(t).values(Map.of("customer_id", customerId)).where(t.c("id").eq(purchaseId)));
    }

    @Test
    void afterCommitGetRepointsTheManyToOneAtTheNewKey() {
        try (Session session = sessions.open()) {
            Customer alice = session.get(Customer.class, 1);
            Customer bob = session.get(Customer.class, 2);
            Purchase p = session.get(Purchase.class, 1);
            assertThat(p.customer).isSameAs(alice);
            assertThat(alice.purchases).contains(p);
            p.customerId = bob.id;
            session.commit();
            assertThat(customerIdInDb(1)).isEqualTo(2);
            assertThat(session.get(Purchase.class, 1)).isSameAs(p);
            assertThat(p.customer).isSameAs(bob);
            assertThat(alice.purchases).extracting(x -> x.id).containsExactly(2);   // reloaded: no longer holds p
            assertThat(bob.purchases).containsExactly(p);
        }
    }

    @Test
    void afterCommitAQueryRepointsTheManyToOne() {
        try (Session session = sessions.open()) {
            Customer bob = session.get(Customer.class, 2);
            Purchase p = session.get(Purchase.class, 1);
            p.customerId = bob.id;
            session.commit();
            assertThat(session.query(Purchase.class).filter(Purchase_.id.eq(1)).one()).isSameAs(p);
            assertThat(p.customer).isSameAs(bob);
        }
    }

    @Test
    void afterCommitTheNewTargetIsLoadedWhenNotInTheSession() {
        try (Session session = sessions.open()) {
            Purchase p = session.get(Purchase.class, 1);
            Customer alice = p.customer;
            p.customerId = 3;
            session.commit();
            clearStatements();
            session.get(Purchase.class, 1);
            assertThat(p.customer).isNotSameAs(alice);
            assertThat(p.customer.name).isEqualTo("carol");
            assertThat(statements).hasSize(2);                               // the purchase, then carol
            assertThat(statements.get(1)).startsWith("SELECT customers.id, customers.name FROM customers WHERE customers.id");
        }
    }

    @Test
    void refreshRepointsTheManyToOneFromTheCurrentRow() {
        try (Session session = sessions.open()) {
            Customer bob = session.get(Customer.class, 2);
            Purchase p = session.get(Purchase.class, 1);
            setCustomerIdInDb(session, 1, 2);
            session.refresh(p);
            assertThat(p.customerId).isEqualTo(2);
            assertThat(p.customer).isSameAs(bob);
        }
    }

    @Test
    void refreshDiscardsAnUnflushedAssignment() {
        try (Session session = sessions.open()) {
            Customer alice = session.get(Customer.class, 1);
            Customer carol = session.get(Customer.class, 3);
            Purchase p = session.get(Purchase.class, 1);
            p.customer = carol;
            session.refresh(p);
            assertThat(p.customer).isSameAs(alice);
            assertThat(p.customerId).isEqualTo(1);
            session.commit();
            assertThat(customerIdInDb(1)).isEqualTo(1);
        }
    }

    @Test
    void expireThenGetRepointsButKeepsAnAssignmentMadeAfterTheExpiry() {
        try (Session session = sessions.open()) {
            Customer bob = session.get(Customer.class, 2);
            Customer carol = session.get(Customer.class, 3);
            Purchase p1 = session.get(Purchase.class, 1);
            Purchase p2 = session.get(Purchase.class, 2);
            setCustomerIdInDb(session, 1, 2);
            setCustomerIdInDb(session, 2, 2);
            session.expire(p1);
            session.expire(p2);
            p2.customer = carol;                                             // after the expiry: kept, like a column
            session.get(Purchase.class, 1);
            session.get(Purchase.class, 2);
            assertThat(p1.customer).isSameAs(bob);
            assertThat(p2.customer).isSameAs(carol);
            session.commit();
            assertThat(customerIdInDb(1)).isEqualTo(2);
            assertThat(customerIdInDb(2)).isEqualTo(3);
        }
    }

    @Test
    void aChangedForeignKeyWinsOverTheUnchangedRelationshipAtFlush() {
        try (Session session = sessions.open()) {
            Customer alice = session.get(Customer.class, 1);
            Purchase p = session.get(Purchase.class, 1);
            assertThat(alice.purchases).contains(p);                         // loaded: p is a member of alice's list
            p.customerId = 2;
            session.flush();
            assertThat(p.customerId).isEqualTo(2);
            session.commit();
            assertThat(customerIdInDb(1)).isEqualTo(2);
        }
    }

    @Test
    void aChangedRelationshipWinsOverTheForeignKeyAtFlush() {
        try (Session session = sessions.open()) {
            Customer carol = session.get(Customer.class, 3);
            Purchase p1 = session.get(Purchase.class, 1);
            Purchase p2 = session.get(Purchase.class, 2);
            p1.customer = carol;                                             // only the relationship
            p2.customerId = 2;                                               // both: the relationship wins
            p2.customer = carol;
            session.commit();
            assertThat(customerIdInDb(1)).isEqualTo(3);
            assertThat(customerIdInDb(2)).isEqualTo(3);
        }
    }

    @Test
    void aQueryWithoutAutoflushKeepsAnUnflushedAssignment() {
        SessionFactory noAutoflush = SessionFactory.builder(engine).autoflush(false).build();
        try (Session session = noAutoflush.open()) {
            Customer carol = session.get(Customer.class, 3);
            Purchase p = session.get(Purchase.class, 1);
            p.customer = carol;
            assertThat(session.query(Purchase.class).filter(Purchase_.id.eq(1)).one()).isSameAs(p);
            assertThat(p.customer).isSameAs(carol);
            session.commit();
            assertThat(customerIdInDb(1)).isEqualTo(3);
        }
    }
}
