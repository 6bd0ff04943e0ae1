package org.jalchemy.orm.inherit.concrete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.orm.LoaderOptions.joinedload;
import static org.jalchemy.orm.LoaderOptions.selectinload;

import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.orm.OrmSql;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.ForeignKeyConstraint;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Concrete-table inheritance over several levels (Machine, abstract; Boat, concrete, with Yacht below it; Plane) with a
 * relationship declared on the abstract root: every class's table is full; a query of any class with subclasses is a
 * UNION ALL of its own table and theirs; identities are per class (keys are unique per table).
 */
class ConcreteHierarchyTest extends DatabaseTest {
    static final String MACHINES = "(SELECT boats.id, boats.name, boats.owner_id, ? AS type, boats.length, NULL AS wings, "
            + "NULL AS cabins FROM boats UNION ALL SELECT planes.id, planes.name, planes.owner_id, ? AS type, NULL AS length, "
            + "planes.wings, NULL AS cabins FROM planes UNION ALL SELECT yachts.id, yachts.name, yachts.owner_id, ? AS type, "
            + "yachts.length, NULL AS wings, yachts.cabins FROM yachts) AS machines";
    static final String MACHINE_COLUMNS = "machines.id, machines.name, machines.owner_id, machines.type, machines.length, "
            + "machines.wings, machines.cabins";
    static final String BOATS = "(SELECT boats.id, boats.name, boats.owner_id, boats.length, ? AS type, NULL AS cabins "
            + "FROM boats UNION ALL SELECT yachts.id, yachts.name, yachts.owner_id, yachts.length, ? AS type, yachts.cabins "
            + "FROM yachts) AS boats";
    static final String BOAT_COLUMNS = "boats.id, boats.name, boats.owner_id, boats.length, boats.type, boats.cabins";

    Registry registry;
    SessionFactory sessions;

    /**
     * The statements sent, each NULL of a union written plainly: the union casts it to its column's type (PostgreSQL
     * cannot match two untyped NULLs, taken for text, with an integer), which each dialect names its own way.
     */
    private List<String> sent() {
        return statements.stream().map(s -> s.replaceAll("CAST\\(NULL AS [A-Z]+( [A-Z]+)?(\\(\\d+\\))?\\)", "NULL")).toList();
    }

    @BeforeEach
    void setUp() {
        registry = new Registry().map(Owner.class, Machine.class, Boat.class, Yacht.class, Plane.class, Seat.class);
        registry.metadata().createAll(engine);
        sessions = SessionFactory.of(engine);
    }

    /** ann: a boat (boats 1), a yacht (yachts 1) and a plane with two seats (planes 1); bob: a yacht (yachts 2). */
    private void addMachines() {
        sessions.transaction(s -> {
            Owner ann = new Owner("ann");
            ann.machines.add(new Boat("dinghy", 3));
            ann.machines.add(new Yacht("lady", 30, 4));
            Plane cub = new Plane("cub", 2);
            cub.seats.add(new Seat("1A"));
            cub.seats.add(new Seat("1B"));
            ann.machines.add(cub);
            Owner bob = new Owner("bob");
            bob.machines.add(new Yacht("breeze", 20, 2));
            s.add(ann);
            s.add(bob);
        });
        clearStatements();
    }

    @Test
    void everyConcreteClassHasAFullTableWithTheRootsForeignKey() {
        assertThat(registry.metadata().tables().keySet()).containsExactlyInAnyOrder("owners", "boats", "yachts", "planes", "seats");
        assertThat(registry.table(Boat.class).columns()).extracting(Column::name).containsExactly("id", "name", "owner_id", "length");
        assertThat(registry.table(Yacht.class).columns()).extracting(Column::name)
                .containsExactly("id", "name", "owner_id", "length", "cabins");
        for (Class<?> c : List.of(Boat.class, Yacht.class, Plane.class)) {
            assertThat(registry.table(c).foreignKeys()).extracting(ForeignKeyConstraint::referredTableName).containsExactly("owners");
        }
    }

    @Test
    void flushWritesEachClassToItsTableWithTheOwnersKey() {
        addMachines();
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(org.jalchemy.Sql.text("SELECT name, owner_id FROM yachts ORDER BY id")).all())
                    .extracting(r -> r.get(0) + ":" + ((Number) r.get(1)).intValue()).containsExactly("lady:1", "breeze:2");
            assertThat(conn.execute(org.jalchemy.Sql.text("SELECT name, owner_id FROM boats")).all())
                    .extracting(r -> r.get(0) + ":" + ((Number) r.get(1)).intValue()).containsExactly("dinghy:1");
        }
    }

    @Test
    void queryOfTheRootIsAUnionOfEveryConcreteTable() {
        addMachines();
        try (Session session = sessions.open()) {
            List<Machine> all = session.query(Machine.class).orderBy(Machine_.name).all();
            assertThat(sent().get(0)).isEqualTo("SELECT " + MACHINE_COLUMNS + " FROM " + MACHINES + " ORDER BY machines.name");
            assertThat(all).extracting(m -> m.getClass().getSimpleName() + ":" + m.id + ":" + m.name)
                    .containsExactly("Yacht:2:breeze", "Plane:1:cub", "Boat:1:dinghy", "Yacht:1:lady");
            assertThat(((Yacht) all.get(3)).cabins).isEqualTo(4);
            assertThat(((Yacht) all.get(3)).length).isEqualTo(30);
        }
    }

    @Test
    void queryOfAConcreteClassWithSubclassesIsAUnionOfItsTableAndTheirs() {
        addMachines();
        try (Session session = sessions.open()) {
            List<Boat> boats = session.query(Boat.class).filter(Boat_.length.gt(5)).orderBy(Boat_.name).all();
            assertThat(sent()).containsExactly("SELECT " + BOAT_COLUMNS + " FROM " + BOATS
                    + " WHERE boats.length > ? ORDER BY boats.name",
                    "SELECT owners.id, owners.name FROM owners WHERE owners.id IN (?, ?)");     // the many-to-one, for all
            assertThat(boats).extracting(b -> b.getClass().getSimpleName() + ":" + b.name).containsExactly("Yacht:breeze", "Yacht:lady");
            clearStatements();
            assertThat(session.query(Boat.class).orderBy(Boat_.name).all()).extracting(b -> b.getClass().getSimpleName())
                    .containsExactly("Yacht", "Boat", "Yacht");
            List<Yacht> yachts = session.query(Yacht.class).orderBy(Yacht_.name).all();
            assertThat(sent().get(1)).isEqualTo("SELECT yachts.id, yachts.name, yachts.owner_id, yachts.length, "
                    + "yachts.cabins FROM yachts ORDER BY yachts.name");
            assertThat(yachts).extracting(y -> y.name).containsExactly("breeze", "lady");
        }
    }

    @Test
    void getOfAConcreteClassReadsItsOwnTableOnly() {
        addMachines();
        try (Session session = sessions.open()) {
            Boat boat = session.get(Boat.class, 1);
            assertThat(sent().get(0)).isEqualTo("SELECT boats.id, boats.name, boats.owner_id, boats.length, ? AS type, "
                    + "NULL AS cabins FROM boats WHERE boats.id = ?");
            assertThat(statements.get(0)).contains("CAST(NULL AS ");
            assertThat(boat).isExactlyInstanceOf(Boat.class);
            assertThat(boat.name).isEqualTo("dinghy");
            assertThat(session.get(Boat.class, 2)).isNull();               // yachts 2 is a Yacht: get(Yacht.class, 2)
            Yacht lady = session.get(Yacht.class, 1);
            assertThat(lady.name).isEqualTo("lady");
            clearStatements();
            List<Boat> all = session.query(Boat.class).all();
            assertThat(all).contains(boat, lady);                           // identity per class: the same objects
            assertThat(session.get(Yacht.class, 2)).isSameAs(all.stream().filter(b -> b.name.equals("breeze")).findFirst().get());
            assertThat(sent()).filteredOn(s -> s.startsWith("SELECT boats")).hasSize(1);
        }
    }

    @Test
    void manyToOneDeclaredOnTheRootLoadsForEveryClass() {
        addMachines();
        try (Session session = sessions.open()) {
            List<Machine> all = session.query(Machine.class).orderBy(Machine_.name).all();
            assertThat(sent()).hasSize(2);                               // the union, then the owners IN (...)
            assertThat(sent().get(1)).startsWith("SELECT owners.id, owners.name FROM owners WHERE owners.id IN");
            assertThat(all).extracting(m -> m.name + ":" + m.owner.name)
                    .containsExactly("breeze:bob", "cub:ann", "dinghy:ann", "lady:ann");
            assertThat(all.get(1).owner).isSameAs(all.get(2).owner);
            clearStatements();
            Yacht breeze = session.get(Yacht.class, 2);
            assertThat(breeze.owner.name).isEqualTo("bob");
            assertThat(sent()).isEmpty();
        }
    }

    @Test
    void joinedloadOfTheRootsManyToOneJoinsTheUnion() {
        addMachines();
        try (Session session = sessions.open()) {
            List<Machine> all = session.query(Machine.class).options(joinedload(Machine_.owner)).orderBy(Machine_.name).all();
            assertThat(sent()).hasSize(1);
            assertThat(sent().get(0)).contains("FROM " + MACHINES + " LEFT OUTER JOIN owners ON owners.id = machines.owner_id ORDER BY machines.name");
            assertThat(all).extracting(m -> m.owner.name).containsExactly("bob", "ann", "ann", "ann");
        }
        try (Session session = sessions.open()) {
            clearStatements();
            List<Boat> boats = session.query(Boat.class).options(joinedload(Boat_.owner)).orderBy(Boat_.name).all();
            assertThat(sent()).containsExactly("SELECT " + BOAT_COLUMNS + ", owners.id, owners.name FROM " + BOATS
                    + " LEFT OUTER JOIN owners ON owners.id = boats.owner_id ORDER BY boats.name");
            assertThat(boats).extracting(b -> b.owner.name).containsExactly("bob", "ann", "ann");
        }
    }

    @Test
    void joinedloadOfACollectionOfAUnionLoadsItSelectIn() {
        addMachines();
        try (Session session = sessions.open()) {
            List<Owner> owners = session.query(Owner.class).options(joinedload(Owner_.machines)).orderBy(Owner_.name).all();
            assertThat(sent()).hasSize(2);                                   // a union is not joined: SELECT ... IN instead
            assertThat(sent().get(1)).isEqualTo("SELECT " + MACHINE_COLUMNS + " FROM " + MACHINES
                    + " WHERE machines.owner_id IN (?, ?) ORDER BY machines.name");
            assertThat(owners.get(0).machines).extracting(m -> m.name).containsExactly("cub", "dinghy", "lady");
            assertThat(owners.get(1).machines).extracting(m -> m.getClass().getSimpleName()).containsExactly("Yacht");
            assertThat(sent()).hasSize(2);
        }
    }

    @Test
    void subclassRelationshipsLoadForTheirRowsOfAUnion() {
        addMachines();
        try (Session session = sessions.open()) {
            List<Machine> all = session.query(Machine.class).options(selectinload(Plane_.seats)).orderBy(Machine_.name).all();
            assertThat(sent()).hasSize(3);                               // union, owners, seats of the plane
            assertThat(sent().get(2)).contains("FROM seats WHERE seats.plane_id = ?");
            Plane cub = (Plane) all.get(1);
            assertThat(cub.seats).extracting(s -> s.code).containsExactly("1A", "1B");
            assertThat(sent()).hasSize(3);
        }
    }

    @Test
    void oneToManyToTheAbstractRootLoadsThroughTheUnion() {
        addMachines();
        try (Session session = sessions.open()) {
            Owner ann = session.query(Owner.class).filterBy("name", "ann").one();
            clearStatements();
            assertThat(ann.machines).extracting(m -> m.getClass().getSimpleName() + ":" + m.name)
                    .containsExactly("Plane:cub", "Boat:dinghy", "Yacht:lady");
            assertThat(sent()).containsExactly("SELECT " + MACHINE_COLUMNS + " FROM " + MACHINES
                    + " WHERE machines.owner_id = ? ORDER BY machines.name");
            assertThat(ann.machines.get(0).owner).isSameAs(ann);
            clearStatements();
            List<Owner> owners = session.query(Owner.class).options(selectinload(Owner_.boats)).orderBy(Owner_.name).all();
            assertThat(sent()).hasSize(2);
            assertThat(sent().get(1)).isEqualTo("SELECT " + BOAT_COLUMNS + " FROM " + BOATS
                    + " WHERE boats.owner_id IN (?, ?) ORDER BY boats.name");
            assertThat(owners.get(0).boats).extracting(b -> b.name).containsExactly("dinghy", "lady");
            assertThat(owners.get(1).boats).extracting(b -> b.getClass().getSimpleName()).containsExactly("Yacht");
        }
    }

    @Test
    void ormJoinAlongARelationshipToAUnionJoinsTheUnion() {
        addMachines();
        try (Session session = sessions.open()) {
            List<Owner> owners = session.scalars(OrmSql.select(Owner.class).join(Owner_.machines)
                    .where(Machine_.name.eq("cub"))).all();
            assertThat(sent().get(0)).isEqualTo("SELECT owners.id, owners.name FROM owners JOIN " + MACHINES
                    + " ON machines.owner_id = owners.id WHERE machines.name = ?");
            assertThat(owners).extracting(o -> o.name).containsExactly("ann");
            List<Owner> boatOwners = session.scalars(OrmSql.select(Owner.class).join(Owner_.boats)
                    .where(Boat_.length.gt(25))).all();
            assertThat(sent().get(1)).isEqualTo("SELECT owners.id, owners.name FROM owners JOIN " + BOATS
                    + " ON boats.owner_id = owners.id WHERE boats.length > ?");
            assertThat(boatOwners).extracting(o -> o.name).containsExactly("ann");
        }
    }

    @Test
    void yieldPerReleasesUnionRowsByTheirClassIdentity() {
        addMachines();
        try (Session session = sessions.open()) {
            int[] seen = {0};
            int[] most = {0};
            try (java.util.stream.Stream<Machine> s = session.query(Machine.class).orderBy(Machine_.name).yieldPer(1).stream()) {
                s.forEach(m -> {
                    seen[0]++;
                    most[0] = Math.max(most[0], session.identityMapValues().size());
                });
            }
            assertThat(seen[0]).isEqualTo(4);
            assertThat(most[0]).isLessThanOrEqualTo(2);                   // Boat 1 and Yacht 1 are two identities
        }
    }

    @Test
    void writesThroughTheRootCollectionSetEachTablesForeignKey() {
        addMachines();
        try (Session session = sessions.open()) {
            Owner bob = session.query(Owner.class).filterBy("name", "bob").one();
            Machine lady = session.get(Yacht.class, 1);
            bob.machines.add(new Plane("otter", 2));
            bob.machines.add(lady);                                          // moved from ann
            session.commit();
            clearStatements();
            Boat dinghy = session.get(Boat.class, 1);
            dinghy.owner = bob;                                              // the many-to-one declared on the root
            session.commit();
            assertThat(sent()).filteredOn(s -> s.startsWith("UPDATE")).containsExactly(
                    "UPDATE boats SET owner_id=? WHERE boats.id = ?");
        }
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(org.jalchemy.Sql.text("SELECT name, owner_id FROM planes ORDER BY id")).all())
                    .extracting(r -> r.get(0) + ":" + ((Number) r.get(1)).intValue()).containsExactly("cub:1", "otter:2");
            assertThat(conn.execute(org.jalchemy.Sql.text("SELECT name, owner_id FROM yachts ORDER BY id")).all())
                    .extracting(r -> r.get(0) + ":" + ((Number) r.get(1)).intValue()).containsExactly("lady:2", "breeze:2");
            assertThat(conn.execute(org.jalchemy.Sql.text("SELECT owner_id FROM boats")).scalars().all())
                    .extracting(v -> ((Number) v).intValue()).containsExactly(2);
        }
    }

    @Test
    void filtersOrderingLimitOffsetAndCountOnTheUnion() {
        addMachines();
        try (Session session = sessions.open()) {
            List<Machine> page = session.query(Machine.class).filter(Machine_.ownerId.eq(1)).orderBy(Machine_.name.desc())
                    .limit(2).offset(1).all();
            assertThat(sent().get(0)).startsWith("SELECT " + MACHINE_COLUMNS + " FROM " + MACHINES
                    + " WHERE machines.owner_id = ? ORDER BY machines.name DESC");
            assertThat(page).extracting(m -> m.name).containsExactly("dinghy", "cub");
            clearStatements();
            assertThat(session.query(Machine.class).filter(Machine_.name.like("%y")).count()).isEqualTo(2);
            assertThat(sent()).singleElement().asString().contains(MACHINES + " WHERE machines.name LIKE ?");
            assertThat(session.query(Boat.class).count()).isEqualTo(3);
        }
    }
}
