package org.jalchemy.orm.inherit.joined;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.select;

import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.orm.Entity;
import org.jalchemy.orm.Id;
import org.jalchemy.orm.OrmSql;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Joined-table inheritance: the root's table with the discriminator, a table per subclass keyed by the root's key;
 * flushes write every table of an object, polymorphic queries load subclass columns through outer joins.
 */
class JoinedTableInheritanceTest extends DatabaseTest {
    static final String POLYMORPHIC_FROM = "FROM people LEFT OUTER JOIN engineers ON people.id = engineers.id "
            + "LEFT OUTER JOIN managers ON people.id = managers.id LEFT OUTER JOIN directors ON people.id = directors.id";

    Registry registry;
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        registry = new Registry().map(Director.class, Person.class, Task.class, Engineer.class, Manager.class, Project.class);   // any order
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
    }

    private void addStaff() {
        sessions.transaction(s -> {
            s.add(new Person("pat"));
            s.add(new Engineer("ed", "java", 3));
            s.add(new Manager("max", 1000));
            s.add(new Director("dora", 5000, "emea"));
        });
        clearStatements();
    }

    private List<String> rows(String sql) {
        try (Connection conn = engine.connect()) {
            return conn.execute(org.jalchemy.Sql.text(sql)).all().stream()
                    .map(r -> { StringBuilder b = new StringBuilder();
                        for (int i = 0; i < r.size(); i++) {
                            b.append(i == 0 ? "" : ":").append(String.valueOf((Object) r.get(i)));
                        }
                        return b.toString(); })
                    .toList();
        }
    }

    @Test
    void eachSubclassHasATableKeyedByAForeignKeyToItsParentsTable() {
        Table managers = registry.table(Manager.class);
        assertThat(managers.name()).isEqualTo("managers");
        assertThat(managers.primaryKeyColumns()).extracting(Column::name).containsExactly("id");
        assertThat(managers.foreignKeys()).singleElement().satisfies(fk -> assertThat(fk.targets()).containsExactly("people.id"));
        assertThat(registry.table(Director.class).foreignKeys()).singleElement()
                .satisfies(fk -> assertThat(fk.targets()).containsExactly("managers.id"));
        assertThat(registry.table(Person.class).columnOrNull("kind")).isNotNull();
        assertThat(registry.table(Engineer.class).columnOrNull("level").isNullable()).isFalse();
    }

    @Test
    void insertWritesTheRootRowFirstThenEachSubclassRowWithItsKey() {
        try (Session session = sessions.open()) {
            Director d = new Director("dora", 5000, "emea");
            session.add(d);
            session.add(new Engineer("ed", "java", 3));
            session.commit();
            assertThat(statements).filteredOn(s -> s.startsWith("INSERT")).extracting(s -> s.substring(0, s.indexOf(" (")))
                    .containsExactly("INSERT INTO people", "INSERT INTO managers", "INSERT INTO directors",
                            "INSERT INTO people", "INSERT INTO engineers");
            assertThat(d.id).isEqualTo(1);
        }
        assertThat(rows("SELECT id, name, kind FROM people ORDER BY id")).containsExactly("1:dora:director", "2:ed:engineer");
        assertThat(rows("SELECT id, budget FROM managers")).containsExactly("1:5000");
        assertThat(rows("SELECT id, region FROM directors")).containsExactly("1:emea");
        assertThat(rows("SELECT id, language, level FROM engineers")).containsExactly("2:java:3");
    }

    @Test
    void updateTouchesOnlyTheTablesWhoseColumnsChanged() {
        addStaff();
        try (Session session = sessions.open()) {
            Director d = session.get(Director.class, 4);
            clearStatements();
            d.region = "apac";
            session.flush();
            assertThat(statements).containsExactly("UPDATE directors SET region=? WHERE directors.id = ?");
            clearStatements();
            d.name = "dana";
            d.budget = 6000;
            session.flush();
            assertThat(statements).containsExactly("UPDATE people SET name=? WHERE people.id = ?",
                    "UPDATE managers SET budget=? WHERE managers.id = ?");
            session.commit();
        }
        assertThat(rows("SELECT p.name, m.budget, d.region FROM people p JOIN managers m ON m.id = p.id "
                + "JOIN directors d ON d.id = p.id")).containsExactly("dana:6000:apac");
    }

    @Test
    void deleteRemovesTheSubclassRowsBeforeTheRootRow() {
        addStaff();
        try (Session session = sessions.open()) {
            session.delete(session.get(Director.class, 4));
            clearStatements();
            session.commit();
            assertThat(statements).filteredOn(s -> s.startsWith("DELETE")).containsExactly(
                    "DELETE FROM directors WHERE directors.id = ?", "DELETE FROM managers WHERE managers.id = ?",
                    "DELETE FROM people WHERE people.id = ?");
        }
        assertThat(rows("SELECT id FROM people ORDER BY id")).containsExactly("1", "2", "3");
        assertThat(rows("SELECT id FROM managers")).containsExactly("3");
        assertThat(rows("SELECT COUNT(*) FROM directors")).containsExactly("0");
    }

    @Test
    void queryOfTheRootReturnsSubclassesWithTheirColumnsInOneStatement() {
        addStaff();
        try (Session session = sessions.open()) {
            List<Person> all = session.query(Person.class).orderBy(Person_.id).all();
            assertThat(statements).containsExactly("SELECT people.id, people.name, people.kind, engineers.language, "
                    + "engineers.level, managers.budget, directors.region " + POLYMORPHIC_FROM + " ORDER BY people.id");
            assertThat(all).extracting(p -> p.getClass().getSimpleName())
                    .containsExactly("Person", "Engineer", "Manager", "Director");
            Engineer ed = (Engineer) all.get(1);
            assertThat(ed.language).isEqualTo("java");
            assertThat(ed.level).isEqualTo(3);
            assertThat(((Manager) all.get(2)).budget).isEqualTo(1000);
            Director dora = (Director) all.get(3);
            assertThat(dora.budget).isEqualTo(5000);
            assertThat(dora.region).isEqualTo("emea");
            assertThat(statements).hasSize(1);
        }
        try (Session session = sessions.open()) {
            clearStatements();
            List<Person> all = session.scalars(OrmSql.select(Person.class).orderBy(Person_.id)).all();
            assertThat(all).hasSize(4);
            assertThat(statements).hasSize(1);
        }
    }

    @Test
    void queryOfASubclassInnerJoinsItsTables() {
        addStaff();
        try (Session session = sessions.open()) {
            List<Manager> ms = session.query(Manager.class).orderBy(Person_.id).all();
            assertThat(statements).hasSize(1);
            assertThat(statements).containsExactly("SELECT people.id, people.name, people.kind, managers.budget, "
                    + "directors.region FROM people JOIN managers ON people.id = managers.id "
                    + "LEFT OUTER JOIN directors ON people.id = directors.id ORDER BY people.id");
            assertThat(ms).extracting(m -> m.getClass().getSimpleName() + ":" + m.name + ":" + m.budget)
                    .containsExactly("Manager:max:1000", "Director:dora:5000");
            clearStatements();
            List<Director> ds = session.query(Director.class).all();
            assertThat(statements.get(0)).endsWith("FROM people JOIN managers ON people.id = managers.id "
                    + "JOIN directors ON people.id = directors.id");
            assertThat(ds).containsExactly((Director) ms.get(1));                  // the same identity
        }
    }

    @Test
    void filtersOnRootAndSubclassColumns() {
        addStaff();
        try (Session session = sessions.open()) {
            assertThat(session.query(Person.class).where(Manager_.budget.gt(2000)).all())
                    .extracting(p -> p.name).containsExactly("dora");
            assertThat(session.query(Engineer.class).filterBy("language", "java").all())
                    .extracting(p -> p.name).containsExactly("ed");
            assertThat(session.query(Manager.class).where(Person_.name.eq("max")).all())
                    .extracting(p -> p.getClass().getSimpleName()).containsExactly("Manager");
            assertThat(session.scalars(OrmSql.select(Director.class).where(Director_.region.eq("emea"), Manager_.budget.lt(9000)))
                    .all()).extracting(p -> p.name).containsExactly("dora");
        }
    }

    @Test
    void getOnTheRootAndOnASubclass() {
        addStaff();
        try (Session session = sessions.open()) {
            Person p = session.get(Person.class, 2);
            assertThat(statements).hasSize(1);
            assertThat(statements.get(0)).contains(POLYMORPHIC_FROM + " WHERE people.id = ?");
            assertThat(p).isInstanceOf(Engineer.class);
            assertThat(((Engineer) p).language).isEqualTo("java");
            assertThat(session.get(Engineer.class, 2)).isSameAs(p);                // one identity for the hierarchy
            assertThat(statements).hasSize(1);
            assertThat(session.get(Manager.class, 2)).isNull();                    // ed is no manager
            Director d = session.get(Director.class, 4);
            assertThat(d.region).isEqualTo("emea");
            assertThat(session.get(Person.class, 4)).isSameAs(d);
        }
    }

    @Test
    void manyToOneToTheRootLoadsTheSubclassAndFlushesInOrder() {
        try (Session session = sessions.open()) {
            Manager max = new Manager("max", 1000);
            session.add(new Task("plan", max));                                      // the task's INSERT needs max's key
            session.add(new Task("code", new Engineer("ed", "java", 3)));
            session.commit();
        }
        assertThat(rows("SELECT t.title, p.kind FROM tasks t JOIN people p ON p.id = t.owner_id ORDER BY t.id"))
                .containsExactly("plan:manager", "code:engineer");
        try (Session session = sessions.open()) {
            clearStatements();
            List<Task> tasks = session.query(Task.class).orderBy(Task_.id).all();
            assertThat(tasks.get(0).owner).isInstanceOf(Manager.class);
            assertThat(((Manager) tasks.get(0).owner).budget).isEqualTo(1000);
            assertThat(((Engineer) tasks.get(1).owner).language).isEqualTo("java");
            assertThat(statements).hasSize(2);                                      // tasks, then the owners by key
            assertThat(statements.get(1)).contains(POLYMORPHIC_FROM + " WHERE people.id IN (?, ?)");
            clearStatements();
            List<Task> joined = session.query(Task.class).join(Person.class).where(Person_.name.eq("max")).all();
            assertThat(joined).extracting(t -> t.title).containsExactly("plan");
            session.delete(tasks.get(0).owner);
            session.delete(tasks.get(0));
            session.commit();
        }
        assertThat(rows("SELECT COUNT(*) FROM managers")).containsExactly("0");
    }

    @Test
    void ormBulkStatementsOfMultiTableClassesAreClearErrors() {
        addStaff();
        try (Session session = sessions.open()) {
            assertThatThrownBy(() -> session.execute(OrmSql.update(Manager.class).values(java.util.Map.of("budget", 1))))
                    .isInstanceOf(org.jalchemy.exc.InvalidRequestError.class)
                    .hasMessageContaining("Cannot run an ORM bulk UPDATE of Manager: its objects are stored in several tables");
            assertThatThrownBy(() -> session.execute(OrmSql.insert(Person.class), List.of(java.util.Map.of("name", "x"))))
                    .isInstanceOf(org.jalchemy.exc.InvalidRequestError.class)
                    .hasMessageContaining("Cannot run an ORM bulk INSERT of Person");
            assertThat(statements).isEmpty();
            // the root's own columns: one table, allowed
            assertThat(session.execute(OrmSql.update(Person.class).where(Person_.name.eq("pat"))
                    .values(java.util.Map.of("name", "patty"))).rowcount()).isEqualTo(1);
        }
    }

    @Entity(table = "bad_people")
    @org.jalchemy.orm.Inheritance(strategy = org.jalchemy.orm.InheritanceType.JOINED)
    static class BadRoot {
        @Id Integer id;
    }

    @Entity
    static class SubWithId extends BadRoot {
        @Id Integer otherId;
    }

    @Entity(table = "bad_people")
    static class SubInRootTable extends BadRoot {
        String x;
    }

    @Entity(table = "people_sub")
    static class SubWithKeyNamedColumn extends BadRoot {
        @org.jalchemy.orm.Column(name = "id") String code;
    }

    @Test
    void mappingErrorsNameTheSubclass() {
        assertThatThrownBy(() -> new Registry().map(BadRoot.class, SubWithId.class))
                .isInstanceOf(MappingError.class)
                .hasMessageContaining("SubWithId.otherId of joined-table subclass")
                .hasMessageContaining("cannot be an @Id");
        assertThatThrownBy(() -> new Registry().map(BadRoot.class, SubInRootTable.class))
                .isInstanceOf(MappingError.class)
                .hasMessageContaining("SubInRootTable is a joined-table subclass")
                .hasMessageContaining("needs a table of its own, not 'bad_people'");
        assertThatThrownBy(() -> new Registry().map(BadRoot.class, SubWithKeyNamedColumn.class))
                .isInstanceOf(MappingError.class)
                .hasMessageContaining("SubWithKeyNamedColumn maps a field to column 'id'");
    }
}
