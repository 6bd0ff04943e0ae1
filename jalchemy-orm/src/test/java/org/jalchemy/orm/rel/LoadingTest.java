package org.jalchemy.orm.rel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.orm.LoaderOptions.*;

import java.util.List;
import org.jalchemy.orm.Lazy;
import org.jalchemy.orm.RelationshipAttribute;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.orm.exc.LazyLoadError;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Loader strategies, counted in statements: lazy, joined, selectin, subquery, raise, noload, chained, the N+1 guard. */
class LoadingTest extends DatabaseTest {
    static final String PURCHASE_COLUMNS = "purchases.id, purchases.total, purchases.customer_id";
    Registry registry;
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        registry = new Registry().map(Customer.class, Purchase.class, Line.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        sessions.transaction(s -> {
            for (int i = 1; i <= 50; i++) {
                Customer c = new Customer("c" + i);
                c.purchases.add(new Purchase(i * 10));
                c.purchases.add(new Purchase(i * 10 + 1));
                s.add(c);
            }
            Purchase first = s.get(Purchase.class, 1);
            first.lines.add(new Line("apple"));
            first.lines.add(new Line("pear"));
        });
        clearStatements();
    }

    @Test
    void metamodelHasRelationshipAttributes() {
        RelationshipAttribute<Customer, Purchase> attr = Customer_.purchases;
        assertThat(attr.fieldName()).isEqualTo("purchases");
        assertThat(attr.target()).isEqualTo(Purchase.class);
        assertThat(Purchase_.customer.target()).isEqualTo(Customer.class);
        assertThat(org.jalchemy.Sql.select(Customer_.id).where(attr.joinCondition()).toString()).endsWith("WHERE purchases.customer_id = customers.id");
    }

    @Test
    void lazyCollectionIsLoadedOnFirstAccess() {
        try (Session session = sessions.open()) {
            Customer c = session.get(Customer.class, 1);
            assertThat(statements).hasSize(1);
            assertThat(c.purchases).extracting(p -> p.total).containsExactly(10, 11);
            assertThat(statements).hasSize(2);
            assertThat(statements.get(1)).isEqualTo("SELECT " + PURCHASE_COLUMNS
                    + " FROM purchases WHERE purchases.customer_id = ? ORDER BY purchases.id");
            assertThat(c.purchases.get(0).customer).isSameAs(c);          // the reverse side, without SQL
            assertThat(c.purchases.get(0).total).isInstanceOf(Integer.class);
            assertThat(statements).hasSize(2);
        }
    }

    @Test
    void joinedloadLoadsInOneQuery() {
        try (Session session = sessions.open()) {
            List<Customer> cs = session.query(Customer.class).filter(Customer_.id.le(3)).orderBy(Customer_.id)
                    .options(joinedload(Customer_.purchases)).all();
            assertThat(statements).containsExactly("SELECT customers.id, customers.name, " + PURCHASE_COLUMNS
                    + " FROM customers LEFT OUTER JOIN purchases ON purchases.customer_id = customers.id"
                    + " WHERE customers.id <= ? ORDER BY customers.id, purchases.id");
            assertThat(cs).extracting(c -> c.name).containsExactly("c1", "c2", "c3");
            assertThat(cs.get(2).purchases).extracting(p -> p.total).containsExactly(30, 31);
            assertThat(statements).hasSize(1);
        }
    }

    @Test
    void joinedloadWithLimitWrapsTheLimitedQuery() {
        try (Session session = sessions.open()) {
            List<Customer> cs = session.query(Customer.class).orderBy(Customer_.id.desc()).limit(2)
                    .options(joinedload(Customer_.purchases)).all();
            assertThat(cs).extracting(c -> c.name).containsExactly("c50", "c49");   // 2 customers, not 2 rows
            assertThat(cs.get(0).purchases).extracting(p -> p.total).containsExactly(500, 501);
            assertThat(statements).hasSize(1);
            assertThat(statements.get(0)).startsWith("SELECT anon_1.id, anon_1.name, " + PURCHASE_COLUMNS + " FROM (SELECT customers.id, customers.name FROM customers ORDER BY customers.id DESC")
                    .contains("LEFT OUTER JOIN purchases ON purchases.customer_id = anon_1.id ORDER BY anon_1.id DESC, purchases.id");
        }
    }

    @Test
    void selectinloadLoadsFiftyParentsInTwoQueries() {
        try (Session session = sessions.open()) {
            List<Customer> cs = session.query(Customer.class).orderBy(Customer_.id).options(selectinload(Customer_.purchases)).all();
            assertThat(cs).hasSize(50);
            int total = 0;
            for (Customer c : cs) {
                total += c.purchases.size();
            }
            assertThat(total).isEqualTo(100);
            assertThat(statements).hasSize(2);
            assertThat(statements.get(0)).isEqualTo("SELECT customers.id, customers.name FROM customers ORDER BY customers.id");
            if (database == TestDatabase.POSTGRESQL) {
                // past 32 values PostgreSQL gets the keys as one array (docs/sql.md, "Long IN lists")
                assertThat(statements.get(1)).isEqualTo("SELECT " + PURCHASE_COLUMNS
                        + " FROM purchases WHERE purchases.customer_id = ANY(?) ORDER BY purchases.id");
            } else {
                assertThat(statements.get(1)).startsWith("SELECT " + PURCHASE_COLUMNS + " FROM purchases WHERE purchases.customer_id IN (?, ?, ")
                        .endsWith("?) ORDER BY purchases.id");
                assertThat(statements.get(1).chars().filter(ch -> ch == '?').count()).isEqualTo(50);
            }
        }
    }

    @Test
    void subqueryloadUsesTheParentQueryAsSubquery() {
        try (Session session = sessions.open()) {
            List<Customer> cs = session.query(Customer.class).filter(Customer_.name.like("c1%"))
                    .options(subqueryload(Customer_.purchases)).all();
            assertThat(cs).hasSize(11);
            assertThat(cs.get(0).purchases).hasSize(2);
            assertThat(statements).hasSize(2);
            assertThat(statements.get(1)).isEqualTo("SELECT " + PURCHASE_COLUMNS + " FROM purchases WHERE purchases.customer_id IN "
                    + "(SELECT customers.id FROM customers WHERE customers.name LIKE ?) ORDER BY purchases.id");
        }
    }

    @Test
    void raiseloadRaisesBeforeAnySql() {
        try (Session session = sessions.open()) {
            Customer c = session.query(Customer.class).options(raiseload(Customer_.purchases)).filterBy("name", "c1").all().get(0);
            clearStatements();
            assertThatThrownBy(() -> c.purchases.size())
                    .isInstanceOf(LazyLoadError.class)
                    .hasMessageContaining("Customer.purchases").hasMessageContaining("raise");
            assertThat(statements).isEmpty();
        }
    }

    @Test
    void noloadLeavesTheCollectionEmpty() {
        try (Session session = sessions.open()) {
            Customer c = session.query(Customer.class).options(noload(Customer_.purchases)).filterBy("name", "c1").all().get(0);
            clearStatements();
            assertThat(c.purchases).isEmpty();
            assertThat(statements).isEmpty();
        }
    }

    @Test
    void chainedOptionsLoadEachLevel() {
        try (Session session = sessions.open()) {
            List<Customer> cs = session.query(Customer.class).filter(Customer_.id.le(2))
                    .options(selectinload(Customer_.purchases).selectinload(Purchase_.lines)).all();
            assertThat(statements).hasSize(3);
            assertThat(statements.get(2)).startsWith("SELECT purchase_lines.id, purchase_lines.item, purchase_lines.purchase_id FROM purchase_lines WHERE purchase_lines.purchase_id IN (?, ?, ?, ?)")
                    .endsWith("ORDER BY purchase_lines.id DESC");
            assertThat(cs.get(0).purchases.get(0).lines).extracting(l -> l.item).containsExactly("pear", "apple");
            assertThat(cs.get(1).purchases.get(0).lines).isEmpty();
            assertThat(statements).hasSize(3);
        }
    }

    @Test
    void joinedThenSelectinChain() {
        try (Session session = sessions.open()) {
            List<Customer> cs = session.query(Customer.class).filter(Customer_.id.eq(1))
                    .options(joinedload(Customer_.purchases).selectinload(Purchase_.lines)).all();
            assertThat(cs.get(0).purchases.get(0).lines).hasSize(2);
            assertThat(statements).hasSize(2);
        }
    }

    @Test
    void manyToOneIsLoadedWithItsOwnerInOneBatch() {
        try (Session session = sessions.open()) {
            List<Purchase> ps = session.query(Purchase.class).filter(Purchase_.id.le(6)).all();
            assertThat(statements).hasSize(2);
            assertThat(statements.get(1)).isEqualTo("SELECT customers.id, customers.name FROM customers WHERE customers.id IN (?, ?, ?)");
            assertThat(ps).extracting(p -> p.customer.name).containsExactly("c1", "c1", "c2", "c2", "c3", "c3");
            assertThat(ps.get(0).customer).isSameAs(ps.get(1).customer);
            Customer c1 = session.get(Customer.class, 1);                 // identity map: no SQL
            assertThat(c1).isSameAs(ps.get(0).customer);
            assertThat(statements).hasSize(2);
        }
    }

    @Test
    void nPlusOneGuardRaisesOnEveryLazyLoad() {
        SessionFactory strict = SessionFactory.builder(engine).raiseOnLazyLoad(true).build();
        try (Session session = strict.open()) {
            Customer c = session.get(Customer.class, 1);
            clearStatements();
            assertThatThrownBy(() -> c.purchases.isEmpty())
                    .isInstanceOf(LazyLoadError.class).hasMessageContaining("Customer.purchases").hasMessageContaining("raiseOnLazyLoad");
            assertThat(statements).isEmpty();
            List<Customer> eager = session.query(Customer.class).filter(Customer_.id.eq(2)).options(selectinload(Customer_.purchases)).all();
            assertThat(eager.get(0).purchases).hasSize(2);
        }
    }

    @Test
    void warnOnLazyLoadLogsEachLazyLoad() {
        SessionFactory warning = SessionFactory.builder(engine).warnOnLazyLoad(true).build();
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true));
        try (Session session = warning.open()) {
            Customer c = session.get(Customer.class, 3);
            assertThat(c.purchases).hasSize(2);
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString()).contains("WARN").contains("Lazy load of Customer.purchases for Customer[3]");
    }

    @Test
    void mergeCascadesAlongTheRelationship() {
        Customer detached;
        try (Session session = sessions.open()) {
            detached = session.query(Customer.class).filter(Customer_.id.eq(4)).options(selectinload(Customer_.purchases)).all().get(0);
        }
        detached.name = "renamed";
        detached.purchases.get(0).total = 999;
        try (Session session = sessions.open()) {
            Customer merged = session.merge(detached);
            assertThat(merged).isNotSameAs(detached);
            assertThat(merged.purchases).extracting(p -> p.total).containsExactly(999, 41);
            assertThat(merged.purchases.get(0)).isNotSameAs(detached.purchases.get(0));
            assertThat(merged.purchases.get(0).customer).isSameAs(merged);
            session.commit();
        }
        try (Session session = sessions.open()) {
            Customer c = session.get(Customer.class, 4);
            assertThat(c.name).isEqualTo("renamed");
            assertThat(c.purchases).extracting(p -> p.total).containsExactly(999, 41);
        }
    }

    @Test
    void lazySettingOnTheAnnotationIsTheDefault() {
        assertThat(registry.metadata().tables()).containsKey("purchase_lines");
        assertThat(Lazy.valueOf("SELECTIN")).isEqualTo(Lazy.SELECTIN);
    }
}
