package org.jalchemy.orm.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.select;

import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.Column;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Inheritance;
import org.jalchemy.orm.OrmSql;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.orm.SynchronizeSession;
import org.jalchemy.orm.Version;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Record entities: built through the canonical constructor, inserted by add, changed by merge(copy), never written to. */
class RecordEntityTest extends DatabaseTest {
    /** A record entity with an application-assigned key. */
    @Entity(table = "products")
    record Product(@Id @Column(length = 20) String sku, @Column(length = 80, nullable = false) String name, Integer price, int stock) {}

    /** A record whose lone Integer key the database would generate when left null. */
    @Entity(table = "tags")
    record Tag(@Id Integer id, String label) {}

    /** A record entity with a foreign key column. */
    @Entity(table = "reviews")
    record Review(@Id Integer id, @ForeignKey("products.sku") @Column(length = 20) String sku, String body) {}

    /** A class entity with a many-to-one to a record. */
    @Entity(table = "shelves")
    static class Shelf {
        @Id Integer id;
        @ForeignKey("products.sku") @Column(length = 20) String productSku;
        Product product;

        Shelf() {}

        Shelf(Integer id, String productSku) {
            this.id = id;
            this.productSku = productSku;
        }
    }

    /** A class entity with a one-to-many to records: their foreign key must be given, it cannot be written later. */
    @Entity(table = "catalogs")
    static class Catalog {
        @Id Integer id;
        @org.jalchemy.orm.Relationship(cascade = "all")
        List<Item> items = new java.util.ArrayList<>();

        Catalog() {}

        Catalog(Integer id) {
            this.id = id;
        }
    }

    @Entity(table = "items")
    record Item(@Id Integer id, @ForeignKey("catalogs.id") Integer catalogId, String name) {}

    @Entity(table = "versioned")
    record Versioned(@Id Integer id, @Version Integer version) {}

    @Entity(table = "with_rel")
    record WithRelationship(@Id Integer id, Product product) {}

    @Entity(table = "roots")
    @Inheritance
    record Root(@Id Integer id) {}

    Registry registry;
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        registry = new Registry().map(Product.class, Tag.class, Review.class, Shelf.class, Catalog.class, Item.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        sessions.transaction(s -> s.addAll(List.of(new Product("pen", "Pen", 150, 10), new Product("ink", "Ink", 300, 4))));
        clearStatements();
    }

    private Row productRow(String sku) {
        Table t = registry.table(Product.class);
        try (Connection c = engine.connect()) {
            return c.execute(select(t.c("name"), t.c("price"), t.c("stock")).where(t.c("sku").eq(sku))).first();
        }
    }

    @Test
    void addInsertsAndLoadingBuildsTheRecordThroughItsConstructor() {
        Row row = productRow("pen");
        assertThat(row.toList()).containsExactly("Pen", 150, 10);
        try (Session session = sessions.open()) {
            Product pen = session.get(Product.class, "pen");
            assertThat(pen).isEqualTo(new Product("pen", "Pen", 150, 10));
            assertThat(pen.stock()).isEqualTo(10);
            int sent = statements.size();
            assertThat(session.get(Product.class, "pen")).isSameAs(pen);
            assertThat(statements).hasSize(sent);      // from the identity map
            assertThat(session.query(Product.class).filterBy("name", "Pen").one()).isSameAs(pen);
            assertThat(session.query(Product.class).orderBy(registry.table(Product.class).c("sku")).all())
                    .extracting(Product::sku).containsExactly("ink", "pen");
        }
    }

    @Test
    void mergeOfACopyReplacesTheInstanceAndUpdatesOnlyTheChangedColumns() {
        try (Session session = sessions.open()) {
            Product pen = session.get(Product.class, "pen");
            Product cheaper = new Product("pen", "Pen", 120, 10);
            clearStatements();
            Product merged = session.merge(cheaper);
            assertThat(merged).isSameAs(cheaper);
            assertThat(session.contains(cheaper)).isTrue();
            assertThat(session.contains(pen)).isFalse();
            assertThat(session.get(Product.class, "pen")).isSameAs(cheaper);
            assertThat(session.isModified(cheaper)).isTrue();
            session.flush();
            assertThat(statements).hasSize(1);
            assertThat(statements.get(0)).startsWith("UPDATE products SET price=").contains("WHERE products.sku =")
                    .doesNotContain("name").doesNotContain("stock");
            session.commit();
        }
        assertThat(productRow("pen").toList()).containsExactly("Pen", 120, 10);
    }

    @Test
    void mergeOfADetachedChangeLoadsThenUpdates() {
        Product pen;
        try (Session session = sessions.open()) {
            pen = session.get(Product.class, "pen");
        }
        sessions.transaction(s -> {
            clearStatements();
            s.merge(new Product(pen.sku(), "Fountain pen", pen.price(), pen.stock() - 1));
        });
        assertThat(statements.stream().filter(s -> !s.startsWith("SELECT")).toList()).hasSize(1);
        assertThat(statements).anyMatch(s -> s.startsWith("UPDATE products SET name=") && s.contains("stock=") && !s.contains("price"));
        assertThat(productRow("pen").toList()).containsExactly("Fountain pen", 150, 9);
    }

    @Test
    void mergeOfAnUnknownKeyInserts() {
        sessions.transaction(s -> assertThat(s.merge(new Product("cap", "Cap", 5, 1))).isEqualTo(new Product("cap", "Cap", 5, 1)));
        assertThat(productRow("cap").toList()).containsExactly("Cap", 5, 1);
    }

    @Test
    void deleteDeletesTheRow() {
        sessions.transaction(s -> s.delete(s.get(Product.class, "ink")));
        assertThat(statements).anyMatch(s -> s.startsWith("DELETE FROM products"));
        assertThat(productRow("ink")).isNull();
    }

    @Test
    void afterCommitAnUnchangedRowKeepsTheInstanceAndAChangedRowGivesANewOne() {
        try (Session session = sessions.open()) {
            Product pen = session.get(Product.class, "pen");
            session.commit();                      // expires it
            assertThat(session.get(Product.class, "pen")).isSameAs(pen);
            session.commit();
            try (Connection c = engine.connect()) {
                Table t = registry.table(Product.class);
                c.execute(org.jalchemy.Sql.update(t).values(Map.of("stock", 99)).where(t.c("sku").eq("pen")));
                c.commit();
            }
            Product reloaded = session.get(Product.class, "pen");
            assertThat(reloaded).isNotSameAs(pen).isEqualTo(new Product("pen", "Pen", 150, 99));
            assertThat(session.contains(pen)).isFalse();
            assertThat(session.query(Product.class).filterBy("sku", "pen").one()).isSameAs(reloaded);
        }
    }

    @Test
    void populateExistingAndBulkUpdateGiveNewInstances() {
        try (Session session = sessions.open()) {
            Product pen = session.get(Product.class, "pen");
            session.execute(OrmSql.update(Product.class).where(registry.table(Product.class).c("sku").eq("pen"))
                    .values(Map.of("price", 99)).synchronizeSession(SynchronizeSession.EVALUATE));
            Product after = session.get(Product.class, "pen");
            assertThat(after).isNotSameAs(pen).isEqualTo(new Product("pen", "Pen", 99, 10));
            assertThat(session.query(Product.class).populateExisting().filterBy("sku", "pen").one()).isSameAs(after);
        }
    }

    @Test
    void refreshIsRefusedWithTheWayToReload() {
        try (Session session = sessions.open()) {
            Product pen = session.get(Product.class, "pen");
            assertThatThrownBy(() -> session.refresh(pen))
                    .isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("Product")
                    .hasMessageContaining("record")
                    .hasMessageContaining("expire(");
            session.expire(pen);
            assertThat(session.get(Product.class, "pen")).isSameAs(pen);
        }
    }

    @Test
    void aRecordCannotReceiveAGeneratedKeySoANullKeyIsRefusedOnAdd() {
        try (Session session = sessions.open()) {
            assertThatThrownBy(() -> session.add(new Tag(null, "x")))
                    .isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining(Tag.class.getName())
                    .hasMessageContaining("'id'")
                    .hasMessageContaining("generated by the database");
            session.commit();
        }
        assertThat(statements).noneMatch(s -> s.startsWith("INSERT"));
        sessions.transaction(s -> s.add(new Tag(7, "seven")));
        try (Session session = sessions.open()) {
            assertThat(session.get(Tag.class, 7)).isEqualTo(new Tag(7, "seven"));
        }
    }

    @Test
    void foreignKeyComponentsAreColumnsAndFlushOrderFollowsThem() {
        sessions.transaction(s -> {
            s.add(new Review(1, "cap", "nice"));
            s.add(new Product("cap", "Cap", 5, 1));
        });
        assertThat(statements.stream().filter(s -> s.startsWith("INSERT")).toList())
                .satisfiesExactly(s -> assertThat(s).contains("products"), s -> assertThat(s).contains("reviews"));
        try (Session session = sessions.open()) {
            assertThat(session.get(Review.class, 1).sku()).isEqualTo("cap");
        }
    }

    @Test
    void whatNeedsMutationOrSubclassingIsAMappingErrorNamingTheRecord() {
        assertThatThrownBy(() -> new Registry().map(Versioned.class))
                .isInstanceOf(MappingError.class)
                .hasMessageContaining(Versioned.class.getName())
                .hasMessageContaining("@Version field version")
                .hasMessageContaining("final");
        assertThatThrownBy(() -> new Registry().map(Product.class, WithRelationship.class))
                .isInstanceOf(MappingError.class)
                .hasMessageContaining(WithRelationship.class.getName())
                .hasMessageContaining("relationship field product")
                .hasMessageContaining("final");
        assertThatThrownBy(() -> new Registry().map(Root.class))
                .isInstanceOf(MappingError.class)
                .hasMessageContaining(Root.class.getName())
                .hasMessageContaining("cannot be subclassed");
    }

    @Test
    void aManyToOneToARecordFollowsItsReplacement() {
        sessions.transaction(s -> s.add(new Shelf(1, "pen")));
        try (Session session = sessions.open()) {
            Shelf shelf = session.get(Shelf.class, 1);
            Product pen = shelf.product;
            assertThat(pen).isSameAs(session.get(Product.class, "pen"));
            Product repriced = session.merge(new Product("pen", "Pen", 175, 10));
            session.commit();
            assertThat(session.get(Shelf.class, 1).product).isSameAs(repriced).isSameAs(session.get(Product.class, "pen"));
            assertThat(session.contains(pen)).isFalse();
        }
        assertThat(productRow("pen").toList()).containsExactly("Pen", 175, 10);
    }

    @Test
    void aOneToManyOfRecordsNeedsTheForeignKeyInTheRecord() {
        sessions.transaction(s -> {
            Catalog c = new Catalog(1);
            c.items.add(new Item(1, 1, "given"));
            s.add(c);
        });
        try (Session session = sessions.open()) {
            assertThat(session.get(Catalog.class, 1).items).containsExactly(new Item(1, 1, "given"));
            Catalog c = new Catalog(2);
            c.items.add(new Item(2, null, "missing"));
            session.add(c);
            assertThatThrownBy(session::flush)
                    .isInstanceOf(MappingError.class)
                    .hasMessageContaining(Item.class.getName() + ".catalogId")
                    .hasMessageContaining("record");
            session.rollback();
        }
        try (Session session = sessions.open()) {
            assertThat(session.query(Catalog.class).count()).isEqualTo(1);
            assertThat(session.query(Item.class).count()).isEqualTo(1);
        }
    }
}
