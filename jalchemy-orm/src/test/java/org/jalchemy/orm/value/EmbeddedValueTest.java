package org.jalchemy.orm.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.select;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.orm.Column;
import org.jalchemy.orm.ColumnAttribute;
import org.jalchemy.orm.Embedded;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code @Embedded} value columns: a record or a plain class spread over columns of the owner's table. */
class EmbeddedValueTest extends DatabaseTest {
    /** An immutable value. */
    record Address(String street, String city, @Column(length = 10) String zip) {}

    /** A mutable value class with a no-argument constructor and a renamed column. */
    static class Money {
        @Column(precision = 10, scale = 2) BigDecimal amount;
        @Column(name = "currency_code", length = 3) String currency;

        Money() {}

        Money(String amount, String currency) {
            this.amount = new BigDecimal(amount);
            this.currency = currency;
        }
    }

    @Entity(table = "orders")
    static class Order {
        @Id Integer id;
        String customer;
        @Embedded Address shipping;
        @Embedded(prefix = "bill_") Address billing;
        @Embedded Money total;

        Order() {}

        Order(String customer, Address shipping, Money total) {
            this.customer = customer;
            this.shipping = shipping;
            this.total = total;
        }
    }

    /** A record entity with an embedded record. */
    @Entity(table = "depots")
    record Depot(@Id @Column(length = 10) String code, @Embedded Address address, Integer capacity) {}

    @Entity(table = "bad_embedded_entity")
    static class EmbedsAnEntity {
        @Id Integer id;
        @Embedded Order order;
    }

    record WithList(List<String> items) {}

    @Entity(table = "bad_embedded_component")
    static class EmbedsAList {
        @Id Integer id;
        @Embedded WithList value;
    }

    Registry registry;
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        registry = new Registry().map(Order.class, Depot.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        sessions.transaction(s -> s.add(new Order("alice", new Address("1 Main St", "Paris", "75001"), new Money("12.50", "EUR"))));
        clearStatements();
    }

    private Row orderRow(String... columns) {
        Table t = registry.table(Order.class);
        List<org.jalchemy.sql.ColumnElement<?>> cols = new ArrayList<>();
        for (String c : columns) {
            cols.add(t.c(c));
        }
        try (Connection c = engine.connect()) {
            return c.execute(select(cols.toArray(new org.jalchemy.sql.ColumnElement<?>[0])).where(t.c("id").eq(1))).first();
        }
    }

    @Test
    void componentsAreColumnsOfTheOwnersTable() {
        assertThat(registry.table(Order.class).columns()).extracting(c -> c.name()).containsExactly(
                "id", "customer", "shipping_street", "shipping_city", "shipping_zip", "bill_street", "bill_city", "bill_zip",
                "total_amount", "currency_code");
        assertThat(registry.table(Depot.class).columns()).extracting(c -> c.name())
                .containsExactly("code", "address_street", "address_city", "address_zip", "capacity");
        assertThat(orderRow("shipping_street", "shipping_city", "shipping_zip", "bill_city", "currency_code").toList())
                .containsExactly("1 Main St", "Paris", "75001", null, "EUR");
    }

    @Test
    void loadingBuildsTheValuesAndAllNullColumnsAreANullValue() {
        try (Session session = sessions.open()) {
            Order o = session.get(Order.class, 1);
            assertThat(o.shipping).isEqualTo(new Address("1 Main St", "Paris", "75001"));
            assertThat(o.billing).isNull();
            assertThat(o.total.amount).isEqualByComparingTo("12.50");
            assertThat(o.total.currency).isEqualTo("EUR");
            assertThat(session.isModified(o)).isFalse();
        }
    }

    @Test
    void replacingAValueUpdatesOnlyTheColumnsThatDiffer() {
        try (Session session = sessions.open()) {
            Order o = session.get(Order.class, 1);
            o.shipping = new Address("1 Main St", "Lyon", "75001");
            clearStatements();
            session.commit();
        }
        List<String> updates = statements.stream().filter(s -> s.startsWith("UPDATE")).toList();
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0)).startsWith("UPDATE orders SET shipping_city=").doesNotContain("shipping_street")
                .doesNotContain("shipping_zip").doesNotContain("bill_");
        assertThat(orderRow("shipping_street", "shipping_city").toList()).containsExactly("1 Main St", "Lyon");
    }

    @Test
    void changingAMutableValueInPlaceIsAChangeToo() {
        try (Session session = sessions.open()) {
            Order o = session.get(Order.class, 1);
            o.total.currency = "USD";
            clearStatements();
            session.commit();
        }
        assertThat(statements).filteredOn(s -> s.startsWith("UPDATE")).singleElement()
                .satisfies(s -> assertThat(s).startsWith("UPDATE orders SET currency_code=").doesNotContain("total_amount"));
        assertThat(orderRow("currency_code").toList()).containsExactly("USD");
    }

    @Test
    void aNullValueWritesNullsAndASetValueFillsThem() {
        sessions.transaction(s -> {
            Order o = s.get(Order.class, 1);
            o.shipping = null;
            o.billing = new Address("2 Side St", "Nice", "06000");
        });
        assertThat(orderRow("shipping_street", "shipping_city", "shipping_zip", "bill_street", "bill_city", "bill_zip").toList())
                .containsExactly(null, null, null, "2 Side St", "Nice", "06000");
        try (Session session = sessions.open()) {
            Order o = session.get(Order.class, 1);
            assertThat(o.shipping).isNull();
            assertThat(o.billing).isEqualTo(new Address("2 Side St", "Nice", "06000"));
        }
    }

    @Test
    void queriesFilterOnEmbeddedColumns() {
        sessions.transaction(s -> s.add(new Order("bob", new Address("3 Rue", "Lyon", "69001"), null)));
        ColumnAttribute<Order, String> city = new ColumnAttribute<>(Order.class, "shipping.city", String.class);
        try (Session session = sessions.open()) {
            assertThat(session.query(Order.class).filter(city.eq("Lyon")).all()).extracting(o -> o.customer).containsExactly("bob");
            assertThat(session.query(Order.class).filterBy("shipping.city", "Paris").one().customer).isEqualTo("alice");
            assertThat(session.query(Order.class).filter(EmbeddedValueTest_Order_.shipping_zip.eq("69001")).one().customer)
                    .isEqualTo("bob");
            assertThat(EmbeddedValueTest_Order_.total_currency.columnName()).isEqualTo("currency_code");
            Order bob = session.query(Order.class).filterBy("customer", "bob").one();
            assertThat(bob.total).isNull();
        }
    }

    @Test
    void aRecordEntityWithAnEmbeddedValueIsBuiltAndMerged() {
        sessions.transaction(s -> s.add(new Depot("D1", new Address("Dock 4", "Le Havre", "76600"), 100)));
        try (Session session = sessions.open()) {
            Depot d = session.get(Depot.class, "D1");
            assertThat(d).isEqualTo(new Depot("D1", new Address("Dock 4", "Le Havre", "76600"), 100));
            clearStatements();
            session.merge(new Depot("D1", new Address("Dock 5", "Le Havre", "76600"), 100));
            session.commit();
        }
        assertThat(statements).filteredOn(s -> s.startsWith("UPDATE")).singleElement()
                .satisfies(s -> assertThat(s).startsWith("UPDATE depots SET address_street=").doesNotContain("address_city")
                        .doesNotContain("capacity"));
        try (Session session = sessions.open()) {
            assertThat(session.get(Depot.class, "D1").address().street()).isEqualTo("Dock 5");
        }
    }

    @Test
    void aValueThatIsNotAValueClassOrHasAnUnmappableComponentIsAMappingError() {
        assertThatThrownBy(() -> new Registry().map(EmbedsAnEntity.class))
                .isInstanceOf(MappingError.class)
                .hasMessageContaining("EmbedsAnEntity.order")
                .hasMessageContaining("not a value class");
        assertThatThrownBy(() -> new Registry().map(EmbedsAList.class))
                .isInstanceOf(MappingError.class)
                .hasMessageContaining("EmbedsAList.value.items")
                .hasMessageContaining("cannot be mapped to a column");
    }

    @Test
    void aBulkUpdateOfAComponentColumnSynchronizesTheValue() {
        try (Session session = sessions.open()) {
            Order o = session.get(Order.class, 1);
            Address before = o.shipping;
            session.execute(org.jalchemy.orm.OrmSql.update(Order.class)
                    .where(EmbeddedValueTest_Order_.shipping_city.eq("Paris"))
                    .values(java.util.Map.of("shipping.city", "Lille"))
                    .synchronizeSession(org.jalchemy.orm.SynchronizeSession.EVALUATE));
            assertThat(o.shipping).isEqualTo(new Address("1 Main St", "Lille", "75001"));
            assertThat(before.city()).isEqualTo("Paris");          // the old value object is not mutated
            assertThat(session.isModified(o)).isFalse();
            clearStatements();
            session.commit();
            assertThat(statements).noneMatch(s -> s.startsWith("UPDATE"));
        }
        assertThat(orderRow("shipping_city").toList()).containsExactly("Lille");
    }
}
