package org.jalchemy.orm.inherit.concrete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.ForeignKey;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.Inheritance;
import org.jalchemy.orm.InheritanceType;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.schema.Column;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

/**
 * A concrete (non-abstract) root, like SQLAlchemy's ConcreteBase: a table of its own, queries of it a union of its table
 * and its subclasses'; and the mappings a concrete-table hierarchy refuses, each naming the class.
 */
class ConcreteBaseAndMappingErrorsTest extends DatabaseTest {
    static final String ACCOUNTS = "FROM (SELECT accounts.id, accounts.holder, ? AS kind, NULL AS rate FROM accounts "
            + "UNION ALL SELECT savings.id, savings.holder, ? AS kind, savings.rate FROM savings) AS accounts";

    private List<String> sent() {
        return statements.stream().map(s -> s.replaceAll("CAST\\(NULL AS [A-Z]+( [A-Z]+)?(\\(\\d+\\))?\\)", "NULL")).toList();
    }

    @Test
    void aConcreteRootHasATableAndQueriesTheUnionOfItAndItsSubclasses() {
        Registry registry = new Registry().map(Account.class, Savings.class);
        registry.metadata().createAll(engine);
        assertThat(registry.metadata().tables().keySet()).containsExactlyInAnyOrder("accounts", "savings");
        assertThat(registry.table(Account.class).columns()).extracting(Column::name).containsExactly("id", "holder");
        assertThat(registry.table(Savings.class).columns()).extracting(Column::name).containsExactly("id", "holder", "rate");
        SessionFactory sessions = SessionFactory.of(engine);
        sessions.transaction(s -> {
            s.add(new Account("ann"));
            s.add(new Savings("bob", 3));
        });
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(org.jalchemy.Sql.text("SELECT holder FROM accounts")).scalars().all()).containsExactly("ann");
            assertThat(conn.execute(org.jalchemy.Sql.text("SELECT holder FROM savings")).scalars().all()).containsExactly("bob");
        }
        clearStatements();
        try (Session session = sessions.open()) {
            List<Account> all = session.query(Account.class).orderBy(Account_.holder).all();
            assertThat(sent()).containsExactly("SELECT accounts.id, accounts.holder, accounts.kind, accounts.rate " + ACCOUNTS
                    + " ORDER BY accounts.holder");
            assertThat(all).extracting(a -> a.getClass().getSimpleName() + ":" + a.id + ":" + a.holder)
                    .containsExactly("Account:1:ann", "Savings:1:bob");
            assertThat(((Savings) all.get(1)).rate).isEqualTo(3);
            assertThat(session.get(Account.class, 1)).isSameAs(all.get(0));     // identity per class, no SQL
            assertThat(session.get(Savings.class, 1)).isSameAs(all.get(1));
            assertThat(statements).hasSize(1);
        }
        try (Session session = sessions.open()) {
            clearStatements();
            assertThat(session.get(Account.class, 1).holder).isEqualTo("ann");   // its own table: never the Savings 1
            assertThat(sent()).containsExactly("SELECT accounts.id, accounts.holder, ? AS kind, NULL AS rate FROM accounts "
                    + "WHERE accounts.id = ?");
        }
    }

    @Entity(table = "gadgets")
    @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
    abstract static class Gadget {
        @Id Integer id;
    }

    @Entity(table = "phones")
    abstract static class Phone extends Gadget {
    }

    @Test
    void anAbstractClassBelowTheRootIsAMappingError() {
        assertThatThrownBy(() -> new Registry().map(Gadget.class, Phone.class))
                .isInstanceOf(MappingError.class)
                .hasMessageContaining("Class " + Phone.class.getName() + " of a concrete-table hierarchy is abstract; only the root may be");
    }

    @Entity(table = "holders")
    static class Holder {
        @Id Integer id;
    }

    @Entity(table = "parts")
    static class Part {
        @Id Integer id;
        @ForeignKey("holders.id") Integer holderId;
    }

    @Entity(table = "tools")
    @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
    abstract static class Tool {
        @Id Integer id;
        List<Part> parts = new ArrayList<>();
    }

    @Entity(table = "hammers")
    static class Hammer extends Tool {
    }

    @Test
    void aCollectionOnTheAbstractRootIsAMappingError() {
        Registry registry = new Registry().map(Holder.class, Part.class, Tool.class, Hammer.class);
        assertThatThrownBy(registry::configure)
                .isInstanceOf(MappingError.class)
                .hasMessageContaining("Relationship Tool.parts is declared on Tool, the abstract root of a concrete-table hierarchy")
                .hasMessageContaining("declare the collection on each concrete subclass");
    }

    @Entity(table = "handles")
    static class Handle {
        @Id Integer id;
        @ForeignKey("gadgets.id") Integer gadgetId;
    }

    @Entity(table = "tablets")
    static class Tablet extends Gadget {
    }

    @Test
    void aForeignKeyToTheAbstractRootsUnionIsAMappingError() {
        Registry registry = new Registry().map(Gadget.class, Tablet.class, Handle.class);
        assertThatThrownBy(registry::configure)
                .isInstanceOf(MappingError.class)
                .hasMessageContaining("@ForeignKey(\"gadgets.id\") on field")
                .hasMessageContaining("refers to 'gadgets', the union of concrete-table hierarchy Gadget, which is no table");
    }

    @Entity(table = "crates")
    @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
    static class Crate {
        @Id Integer id;
        List<Item> items = new ArrayList<>();
    }

    @Entity(table = "items")
    static class Item {
        @Id Integer id;
        @ForeignKey("crates.id") Integer crateId;
    }

    @Entity(table = "big_crates")
    static class BigCrate extends Crate {
    }

    @Test
    void anInheritedCollectionWithoutAForeignKeyToTheSubclassTableNamesTheClass() {
        Registry registry = new Registry().map(Crate.class, Item.class, BigCrate.class);
        assertThatThrownBy(registry::configure)
                .isInstanceOf(MappingError.class)
                .hasMessageContaining("Cannot find the join condition of relationship BigCrate.items: no foreign key links "
                        + "tables 'big_crates' and 'items'")
                .hasMessageContaining("BigCrate maps the field inherited from Crate with its own table 'big_crates'; declare "
                        + "the relationship on each concrete class instead");
    }
}
