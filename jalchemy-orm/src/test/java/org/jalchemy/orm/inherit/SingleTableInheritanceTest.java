package org.jalchemy.orm.inherit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.select;

import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.orm.exc.MappingError;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Single-table inheritance: one table, a discriminator column, polymorphic queries. */
class SingleTableInheritanceTest extends DatabaseTest {
    Registry registry;
    SessionFactory sessions;

    @BeforeEach
    void setUp() {
        registry = new Registry().map(Manager.class, Employee.class, Engineer.class);   // any order
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
        sessions.transaction(s -> {
            s.add(new Employee("eve"));
            s.add(new Manager("max", 1000));
            s.add(new Engineer("ed", "java"));
        });
        clearStatements();
    }

    @Test
    void rowsCarryTheDiscriminatorAndSubclassColumns() {
        Table t = registry.table(Employee.class);
        assertThat(registry.table(Manager.class)).isSameAs(t);
        try (Connection conn = engine.connect()) {
            List<Row> rows = conn.execute(select(t).orderBy(t.c("id"))).all();
            assertThat(rows).extracting(r -> r.get("name") + ":" + r.get("kind") + ":" + r.get("budget") + ":" + r.get("language"))
                    .containsExactly("eve:employee:null:null", "max:manager:1000:null", "ed:Engineer:null:java");
        }
    }

    @Test
    void queryOfTheRootReturnsEachRowAsItsClass() {
        try (Session session = sessions.open()) {
            List<Employee> all = session.query(Employee.class).orderBy(Employee_.id).all();
            assertThat(statements).containsExactly("SELECT employees.id, employees.name, employees.kind, employees.budget, "
                    + "employees.language FROM employees ORDER BY employees.id");
            assertThat(all).extracting(e -> e.getClass().getSimpleName()).containsExactly("Employee", "Manager", "Engineer");
            assertThat(((Manager) all.get(1)).budget).isEqualTo(1000);
            assertThat(((Engineer) all.get(2)).language).isEqualTo("java");
            assertThat(session.get(Employee.class, 2)).isSameAs(all.get(1));       // one identity for the hierarchy
            assertThat(session.get(Manager.class, 2)).isSameAs(all.get(1));
            assertThat(statements).hasSize(1);
        }
    }

    @Test
    void queryOfASubclassIsRestrictedToItsRows() {
        try (Session session = sessions.open()) {
            List<Manager> ms = session.query(Manager.class).all();
            assertThat(statements.get(0)).endsWith("FROM employees WHERE employees.kind IN (?)");
            assertThat(ms).hasSize(1);
            assertThat(ms.get(0).name).isEqualTo("max");
            assertThat(session.get(Manager.class, 1)).isNull();                       // eve is no manager
        }
    }

    @Test
    void updatesAndDeletesOfSubclassObjects() {
        try (Session session = sessions.open()) {
            Manager max = session.get(Manager.class, 2);
            max.budget = 2000;
            clearStatements();
            session.flush();
            assertThat(statements).containsExactly("UPDATE employees SET budget=? WHERE employees.id = ?");
            session.delete(session.get(Engineer.class, 3));
            session.commit();
        }
        try (Session session = sessions.open()) {
            assertThat(session.query(Employee.class).all()).hasSize(2);
            assertThat(session.get(Manager.class, 2).budget).isEqualTo(2000);
        }
    }

    @Test
    void aSubclassOfAPlainEntityIsAMappingError() {
        assertThatThrownBy(() -> new Registry().map(Plain.class, Plain.Sub.class))
                .isInstanceOf(MappingError.class).hasMessageContaining("@Inheritance");
    }

    @org.jalchemy.orm.Entity(table = "plain")
    static class Plain {
        @org.jalchemy.orm.Id Integer id;
        Plain() {}

        @org.jalchemy.orm.Entity
        static class Sub extends Plain {
            String extra;
            Sub() {}
        }
    }
}
