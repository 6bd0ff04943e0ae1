package org.jalchemy.orm.inherit.concrete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.OrmSql;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.schema.Column;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Concrete-table inheritance: each class has a full table of its own; a query of the abstract root is a UNION ALL of
 * those tables with a discriminator literal; keys are unique per table, so identities are per class.
 */
class ConcreteTableInheritanceTest extends DatabaseTest {
    static final String UNION = "FROM (SELECT cars.id, cars.name, ? AS type, cars.doors, NULL AS payload FROM cars "
            + "UNION ALL SELECT trucks.id, trucks.name, ? AS type, NULL AS doors, trucks.payload FROM trucks) AS vehicles";

    Registry registry;
    SessionFactory sessions;

    /** The statements sent, each NULL of a union (cast to its column's type, named per dialect) written plainly. */
    private List<String> sent() {
        return statements.stream().map(s -> s.replaceAll("CAST\\(NULL AS [A-Z]+( [A-Z]+)?(\\(\\d+\\))?\\)", "NULL")).toList();
    }

    @BeforeEach
    void setUp() {
        registry = new Registry().map(Vehicle.class, Car.class, Truck.class);       // the union follows mapping order
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
    }

    private void addVehicles() {
        sessions.transaction(s -> {
            s.add(new Car("mini", 3));
            s.add(new Truck("rig", 40));
            s.add(new Car("estate", 5));
        });
        clearStatements();
    }

    @Test
    void eachClassHasAFullTableAndTheRootNone() {
        assertThat(registry.metadata().tables().keySet()).containsExactlyInAnyOrder("cars", "trucks");
        assertThat(registry.table(Car.class).columns()).extracting(Column::name).containsExactly("id", "name", "doors");
        assertThat(registry.table(Truck.class).columns()).extracting(Column::name).containsExactly("id", "name", "payload");
    }

    @Test
    void flushWritesEachObjectToItsOwnTableWithKeysPerTable() {
        try (Session session = sessions.open()) {
            Car mini = new Car("mini", 3);
            Truck rig = new Truck("rig", 40);
            session.add(mini);
            session.add(rig);
            session.commit();
            assertThat(statements).filteredOn(s -> s.startsWith("INSERT")).extracting(s -> s.substring(0, s.indexOf(" (")))
                    .containsExactly("INSERT INTO cars", "INSERT INTO trucks");
            assertThat(mini.id).isEqualTo(1);
            assertThat(rig.id).isEqualTo(1);                                        // keys are unique per table only
            clearStatements();
            rig.payload = 44;
            session.delete(mini);
            session.commit();
            assertThat(statements).filteredOn(s -> !s.equals("COMMIT") && !s.equals("BEGIN")).containsExactly(
                    "UPDATE trucks SET payload=? WHERE trucks.id = ?", "DELETE FROM cars WHERE cars.id = ?");
        }
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(org.jalchemy.Sql.text("SELECT payload FROM trucks")).scalars().all())
                    .extracting(v -> ((Number) v).intValue()).containsExactly(44);
            assertThat(conn.execute(org.jalchemy.Sql.text("SELECT COUNT(*) FROM cars")).scalars().all())
                    .extracting(v -> ((Number) v).intValue()).containsExactly(0);
        }
    }

    @Test
    void queryOfTheRootIsAUnionReturningEachRowAsItsClass() {
        addVehicles();
        try (Session session = sessions.open()) {
            List<Vehicle> all = session.query(Vehicle.class).orderBy(Vehicle_.name).all();
            assertThat(sent()).containsExactly("SELECT vehicles.id, vehicles.name, vehicles.type, vehicles.doors, "
                    + "vehicles.payload " + UNION + " ORDER BY vehicles.name");
            assertThat(all).extracting(v -> v.getClass().getSimpleName() + ":" + v.id + ":" + v.name)
                    .containsExactly("Car:2:estate", "Car:1:mini", "Truck:1:rig");
            assertThat(((Car) all.get(0)).doors).isEqualTo(5);
            assertThat(((Truck) all.get(2)).payload).isEqualTo(40);
            assertThat(session.get(Car.class, 1)).isSameAs(all.get(1));             // identity per concrete class
            assertThat(session.get(Truck.class, 1)).isSameAs(all.get(2));
            assertThat(statements).hasSize(1);
        }
    }

    @Test
    void filtersOnRootColumnsAndSubclassQueries() {
        addVehicles();
        try (Session session = sessions.open()) {
            List<Vehicle> rig = session.scalars(OrmSql.select(Vehicle.class).where(Vehicle_.name.eq("rig"))).all();
            assertThat(sent().get(0)).endsWith(UNION + " WHERE vehicles.name = ?");
            assertThat(rig).singleElement().isInstanceOf(Truck.class);
            clearStatements();
            List<Car> cars = session.query(Car.class).filterBy("doors", 5).all();
            assertThat(statements).containsExactly("SELECT cars.id, cars.name, cars.doors FROM cars WHERE cars.doors = ?");
            assertThat(cars).extracting(c -> c.name).containsExactly("estate");
        }
    }

    @Test
    void getOfTheAbstractRootIsAClearError() {
        addVehicles();
        try (Session session = sessions.open()) {
            assertThatThrownBy(() -> session.get(Vehicle.class, 1))
                    .isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("Cannot get() a Vehicle by key")
                    .hasMessageContaining("Car");
            assertThat(session.get(Truck.class, 1).name).isEqualTo("rig");
        }
    }

    @Test
    void ormBulkStatementsOfTheRootAreClearErrors() {
        try (Session session = sessions.open()) {
            assertThatThrownBy(() -> session.execute(OrmSql.delete(Vehicle.class).where(Vehicle_.name.eq("rig"))))
                    .isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("Cannot run an ORM bulk DELETE of Vehicle: it has no table");
        }
    }
}
