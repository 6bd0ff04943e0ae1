package org.jalchemy.orm.rel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.orm.LoaderOptions.*;
import static org.jalchemy.orm.OrmSql.aliased;
import static org.jalchemy.orm.OrmSql.select;

import java.util.List;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.Alias;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Nested joinedload in one statement, joinedload below selectinload, and containsEager; counted in statements. */
class EagerJoinTest extends DatabaseTest {
    static final String CUSTOMER = "customers.id, customers.name";
    static final String PURCHASE = "purchases.id, purchases.total, purchases.customer_id";
    static final String LINE = "purchase_lines.id, purchase_lines.item, purchase_lines.purchase_id";
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        Registry registry = new Registry().map(Customer.class, Purchase.class, Line.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        sessions.transaction(s -> {
            for (int i = 1; i <= 5; i++) {
                Customer c = new Customer("c" + i);
                c.purchases.add(new Purchase(i * 10));
                c.purchases.add(new Purchase(i * 10 + 1));
                s.add(c);
            }
            s.flush();
            Purchase first = s.get(Purchase.class, 1);
            first.lines.add(new Line("apple"));
            first.lines.add(new Line("pear"));
            s.get(Purchase.class, 3).lines.add(new Line("plum"));
        });
        clearStatements();
    }

    // ---- joinedload beyond the first level

    @Test
    void nestedJoinedloadIsOneStatementWithChainedOuterJoins() {
        try (Session session = sessions.open()) {
            List<Customer> cs = session.query(Customer.class).filter(Customer_.id.le(2)).orderBy(Customer_.id)
                    .options(joinedload(Customer_.purchases).joinedload(Purchase_.lines)).all();
            assertThat(statements).containsExactly("SELECT " + CUSTOMER + ", " + PURCHASE + ", " + LINE
                    + " FROM customers LEFT OUTER JOIN purchases ON purchases.customer_id = customers.id"
                    + " LEFT OUTER JOIN purchase_lines ON purchase_lines.purchase_id = purchases.id"
                    + " WHERE customers.id <= ? ORDER BY customers.id, purchases.id, purchase_lines.id DESC");
            assertThat(cs).extracting(c -> c.name).containsExactly("c1", "c2");          // 3 rows for c1, one object
            assertThat(cs.get(0).purchases).extracting(p -> p.total).containsExactly(10, 11);
            assertThat(cs.get(0).purchases.get(0).lines).extracting(l -> l.item).containsExactly("pear", "apple");
            assertThat(cs.get(0).purchases.get(1).lines).isEmpty();
            assertThat(cs.get(1).purchases.get(0).lines).extracting(l -> l.item).containsExactly("plum");
            assertThat(cs.get(1).purchases.get(1).lines).isEmpty();
            assertThat(cs.get(1).purchases.get(0).customer).isSameAs(cs.get(1));
            assertThat(statements).hasSize(1);                                           // nothing lazy-loaded
        }
    }

    @Test
    void nestedJoinedloadWithLimitJoinsBothLevelsToTheLimitedSubquery() {
        try (Session session = sessions.open()) {
            List<Customer> cs = session.scalars(select(Customer.class).orderBy(Customer_.id).limit(1)
                    .options(joinedload(Customer_.purchases).joinedload(Purchase_.lines))).all();
            assertThat(cs).extracting(c -> c.name).containsExactly("c1");               // 1 customer, not 1 row
            assertThat(cs.get(0).purchases).hasSize(2);
            assertThat(cs.get(0).purchases.get(0).lines).hasSize(2);
            assertThat(statements).hasSize(1);
            assertThat(statements.get(0)).startsWith("SELECT anon_1.id, anon_1.name, " + PURCHASE + ", " + LINE
                            + " FROM (SELECT " + CUSTOMER + " FROM customers ORDER BY customers.id")
                    .endsWith(") AS anon_1 LEFT OUTER JOIN purchases ON purchases.customer_id = anon_1.id"
                            + " LEFT OUTER JOIN purchase_lines ON purchase_lines.purchase_id = purchases.id"
                            + " ORDER BY anon_1.id, purchases.id, purchase_lines.id DESC");
        }
    }

    @Test
    void joinedloadBelowSelectinloadJoinsIntoTheSelectinQuery() {
        try (Session session = sessions.open()) {
            List<Customer> cs = session.query(Customer.class).filter(Customer_.id.le(2)).orderBy(Customer_.id)
                    .options(selectinload(Customer_.purchases).joinedload(Purchase_.lines)).all();
            assertThat(statements).hasSize(2);
            assertThat(statements.get(1)).isEqualTo("SELECT " + PURCHASE + ", " + LINE
                    + " FROM purchases LEFT OUTER JOIN purchase_lines ON purchase_lines.purchase_id = purchases.id"
                    + " WHERE purchases.customer_id IN (?, ?) ORDER BY purchases.id, purchase_lines.id DESC");
            assertThat(cs.get(0).purchases).extracting(p -> p.total).containsExactly(10, 11);   // not 3 rows
            assertThat(cs.get(0).purchases.get(0).lines).extracting(l -> l.item).containsExactly("pear", "apple");
            assertThat(cs.get(1).purchases.get(0).lines).extracting(l -> l.item).containsExactly("plum");
            assertThat(cs.get(1).purchases.get(1).lines).isEmpty();
            assertThat(statements).hasSize(2);
        }
    }

    @Test
    void joinedloadOfATableTheQueryAlreadyJoinsJoinsAnAlias() {
        try (Session session = sessions.open()) {
            List<Customer> cs = session.scalars(select(Customer.class).join(Customer_.purchases)
                    .where(Purchase_.total.eq(10)).options(joinedload(Customer_.purchases))).all();
            assertThat(cs).extracting(c -> c.name).containsExactly("c1");
            assertThat(cs.get(0).purchases).hasSize(2);              // all of them: the join only filters
            assertThat(statements).hasSize(1);
            assertThat(statements.get(0)).contains("LEFT OUTER JOIN purchases AS purchases_1 ON purchases_1.customer_id = customers.id");
        }
    }

    // ---- containsEager

    @Test
    void containsEagerFillsTheCollectionFromTheQuerysJoin() {
        try (Session session = sessions.open()) {
            List<Customer> cs = session.scalars(select(Customer.class).join(Customer_.purchases)
                    .where(Purchase_.total.in(List.of(10, 20, 21))).orderBy(Customer_.id, Purchase_.id)
                    .options(containsEager(Customer_.purchases))).all();
            assertThat(statements).containsExactly("SELECT " + CUSTOMER + ", " + PURCHASE
                    + " FROM customers JOIN purchases ON purchases.customer_id = customers.id"
                    + " WHERE purchases.total IN (?, ?, ?) ORDER BY customers.id, purchases.id");
            assertThat(cs).extracting(c -> c.name).containsExactly("c1", "c2");        // 3 rows, 2 customers
            assertThat(cs.get(0).purchases).extracting(p -> p.total).containsExactly(10);  // only the joined rows
            assertThat(cs.get(1).purchases).extracting(p -> p.total).containsExactly(20, 21);
            assertThat(cs.get(1).purchases.get(0).customer).isSameAs(cs.get(1));
            assertThat(statements).hasSize(1);
        }
    }

    @Test
    void containsEagerWorksInTheLegacyQueryApi() {
        try (Session session = sessions.open()) {
            List<Customer> cs = session.query(Customer.class).join(Customer_.purchases).filter(Purchase_.total.eq(31))
                    .options(containsEager(Customer_.purchases)).all();
            assertThat(cs).extracting(c -> c.name).containsExactly("c3");
            assertThat(cs.get(0).purchases).extracting(p -> p.total).containsExactly(31);
            assertThat(statements).hasSize(1);
            assertThat(statements.get(0)).startsWith("SELECT " + CUSTOMER + ", " + PURCHASE + " FROM customers JOIN purchases");
        }
    }

    @Test
    void containsEagerReadsAnAliasedJoin() {
        try (Session session = sessions.open()) {
            Alias<Purchase> p = aliased(Purchase.class, "p");
            List<Customer> cs = session.scalars(select(Customer.class)
                    .join(p, p.get(Purchase_.customerId).eq(Customer_.id)).where(p.get(Purchase_.total).eq(41))
                    .options(containsEager(Customer_.purchases, p))).all();
            assertThat(statements).containsExactly("SELECT " + CUSTOMER + ", p.id, p.total, p.customer_id"
                    + " FROM customers JOIN purchases AS p ON p.customer_id = customers.id WHERE p.total = ?");
            assertThat(cs).extracting(c -> c.name).containsExactly("c4");
            assertThat(cs.get(0).purchases).extracting(x -> x.total).containsExactly(41);
            assertThat(statements).hasSize(1);
        }
    }

    @Test
    void containsEagerOfAManyToOneSavesItsSelect() {
        try (Session session = sessions.open()) {
            List<Purchase> ps = session.scalars(select(Purchase.class).join(Purchase_.customer)
                    .where(Customer_.name.eq("c3")).orderBy(Purchase_.id).options(containsEager(Purchase_.customer))).all();
            assertThat(statements).containsExactly("SELECT " + PURCHASE + ", " + CUSTOMER
                    + " FROM purchases JOIN customers ON purchases.customer_id = customers.id"
                    + " WHERE customers.name = ? ORDER BY purchases.id");
            assertThat(ps).extracting(x -> x.total).containsExactly(30, 31);
            assertThat(ps.get(0).customer.name).isEqualTo("c3");
            assertThat(ps.get(1).customer).isSameAs(ps.get(0).customer);
            assertThat(statements).hasSize(1);            // without the option, the customers load by a second SELECT
        }
    }

    @Test
    void containsEagerThenJoinedloadAddsTheNextJoin() {
        try (Session session = sessions.open()) {
            List<Customer> cs = session.scalars(select(Customer.class).join(Customer_.purchases).where(Customer_.id.eq(1))
                    .options(containsEager(Customer_.purchases).joinedload(Purchase_.lines))).all();
            assertThat(statements).containsExactly("SELECT " + CUSTOMER + ", " + PURCHASE + ", " + LINE
                    + " FROM customers JOIN purchases ON purchases.customer_id = customers.id"
                    + " LEFT OUTER JOIN purchase_lines ON purchase_lines.purchase_id = purchases.id"
                    + " WHERE customers.id = ? ORDER BY purchase_lines.id DESC");
            assertThat(cs).hasSize(1);
            assertThat(cs.get(0).purchases).extracting(p -> p.total).containsExactlyInAnyOrder(10, 11);
            Purchase first = cs.get(0).purchases.stream().filter(p -> p.total == 10).findFirst().orElseThrow();
            assertThat(first.lines).extracting(l -> l.item).containsExactly("pear", "apple");
            assertThat(statements).hasSize(1);
        }
    }

    @Test
    void containsEagerChainedTwice() {
        try (Session session = sessions.open()) {
            List<Customer> cs = session.query(Customer.class).join(Customer_.purchases).join(Purchase_.lines)
                    .filter(Line_.item.eq("apple"))
                    .options(containsEager(Customer_.purchases).containsEager(Purchase_.lines)).all();
            assertThat(statements).containsExactly("SELECT " + CUSTOMER + ", " + PURCHASE + ", " + LINE
                    + " FROM customers JOIN purchases ON purchases.customer_id = customers.id"
                    + " JOIN purchase_lines ON purchase_lines.purchase_id = purchases.id WHERE purchase_lines.item = ?");
            assertThat(cs).extracting(c -> c.name).containsExactly("c1");
            assertThat(cs.get(0).purchases).extracting(p -> p.total).containsExactly(10);
            assertThat(cs.get(0).purchases.get(0).lines).extracting(l -> l.item).containsExactly("apple");
            assertThat(statements).hasSize(1);
        }
    }

    @Test
    void containsEagerWithoutTheJoinNamesTheAttribute() {
        try (Session session = sessions.open()) {
            assertThatThrownBy(() -> session.scalars(select(Customer.class).options(containsEager(Customer_.purchases))).all())
                    .isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("containsEager(Customer.purchases)")
                    .hasMessageContaining("does not join table 'purchases'");
            assertThat(statements).isEmpty();
            Alias<Purchase> p = aliased(Purchase.class, "p");
            assertThatThrownBy(() -> session.query(Customer.class).join(Customer_.purchases)
                    .options(containsEager(Customer_.purchases, p)).all())
                    .isInstanceOf(InvalidRequestError.class).hasMessageContaining("does not join alias");
            assertThatThrownBy(() -> containsEager(Customer_.purchases, aliased(Customer.class)))
                    .isInstanceOf(ArgumentError.class).hasMessageContaining("must be of Purchase");
        }
    }

    @Test
    void containsEagerWithJoinedloadUnderLimitWrapsTheLimitedQuery() {
        try (Session session = sessions.open()) {
            List<Customer> cs = session.scalars(select(Customer.class).join(Customer_.purchases)
                    .orderBy(Customer_.id, Purchase_.id).limit(2)
                    .options(containsEager(Customer_.purchases).joinedload(Purchase_.lines))).all();
            assertThat(statements).containsExactly("SELECT anon_1.id, anon_1.name, anon_1.purchases_id, anon_1.purchases_total,"
                    + " anon_1.purchases_customer_id, " + LINE + " FROM (SELECT " + CUSTOMER + ", purchases.id AS purchases_id,"
                    + " purchases.total AS purchases_total, purchases.customer_id AS purchases_customer_id"
                    + " FROM customers JOIN purchases ON purchases.customer_id = customers.id ORDER BY customers.id, purchases.id"
                    + " LIMIT ?) AS anon_1 LEFT OUTER JOIN purchase_lines ON purchase_lines.purchase_id = anon_1.purchases_id"
                    + " ORDER BY anon_1.id, purchase_lines.id DESC");
            // LIMIT 2 counts the query's rows (c1 with each purchase), not the rows the lines' join adds
            assertThat(cs).extracting(c -> c.name).containsExactly("c1");
            assertThat(cs.get(0).purchases).extracting(p -> p.total).containsExactlyInAnyOrder(10, 11);
            Purchase first = cs.get(0).purchases.stream().filter(p -> p.total == 10).findFirst().orElseThrow();
            assertThat(first.lines).extracting(l -> l.item).containsExactly("pear", "apple");
            assertThat(statements).hasSize(1);
        }
    }

    @Test
    void containsEagerInASelectOfSeveralEntitiesReusesTheSelectedColumns() {
        try (Session session = sessions.open()) {
            List<org.jalchemy.engine.Row> rows = session.execute(select(Customer.class, Purchase.class).join(Customer_.purchases)
                    .where(Purchase_.total.in(List.of(10, 11, 20))).orderBy(Purchase_.id)
                    .options(containsEager(Customer_.purchases))).all();
            assertThat(statements).containsExactly("SELECT " + CUSTOMER + ", " + PURCHASE
                    + " FROM customers JOIN purchases ON purchases.customer_id = customers.id"
                    + " WHERE purchases.total IN (?, ?, ?) ORDER BY purchases.id");
            assertThat(rows).hasSize(3);                                      // one row per pair, as selected
            Customer c1 = (Customer) rows.get(0).get(0);
            assertThat((Object) rows.get(1).get(0)).isSameAs(c1);
            assertThat(c1.purchases).extracting(p -> p.total).containsExactly(10, 11);
            assertThat((Object) c1.purchases.get(0)).isSameAs(rows.get(0).get(1));
            assertThat(((Customer) rows.get(2).get(0)).purchases).extracting(p -> p.total).containsExactly(20);
            assertThat(statements).hasSize(1);
        }
    }

    @Test
    void containsEagerInASelectOfAnEntityAndColumnsAddsTheJoinedColumns() {
        try (Session session = sessions.open()) {
            List<org.jalchemy.engine.Row> rows = session.execute(select(Customer.class, Purchase_.total).join(Customer_.purchases)
                    .where(Customer_.id.eq(1)).options(containsEager(Customer_.purchases).joinedload(Purchase_.lines))).all();
            assertThat(statements.get(0)).isEqualTo("SELECT " + CUSTOMER + ", purchases.total, " + PURCHASE
                    + " FROM customers JOIN purchases ON purchases.customer_id = customers.id WHERE customers.id = ?");
            assertThat(rows).extracting(r -> r.get(1)).containsExactlyInAnyOrder(10, 11);
            Customer c1 = (Customer) rows.get(0).get(0);
            assertThat(c1.purchases).extracting(p -> p.total).containsExactlyInAnyOrder(10, 11);
            // a joinedload below containsEager in a statement of several items loads select-in (rows stay as selected)
            assertThat(statements).hasSize(2);
            assertThat(statements.get(1)).startsWith("SELECT " + LINE + " FROM purchase_lines WHERE purchase_lines.purchase_id IN");
            Purchase first = c1.purchases.stream().filter(p -> p.total == 10).findFirst().orElseThrow();
            assertThat(first.lines).extracting(l -> l.item).containsExactly("pear", "apple");
            assertThat(statements).hasSize(2);
        }
    }

    @Test
    void containsEagerForAnAliasedEntityItemIsRefused() {
        try (Session session = sessions.open()) {
            Alias<Customer> c = aliased(Customer.class, "c");
            assertThatThrownBy(() -> session.execute(select(c, Purchase.class).join(Purchase.class, Purchase_.customerId.eq(c.get(Customer_.id)))
                    .options(containsEager(Customer_.purchases))).all())
                    .isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("containsEager(Customer.purchases)").hasMessageContaining("not an alias");
        }
    }
}
