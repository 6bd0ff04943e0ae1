package org.jalchemy.bench;

import static org.jalchemy.Sql.select;
import static org.jalchemy.orm.LoaderOptions.joinedload;
import static org.jalchemy.orm.LoaderOptions.selectinload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.orm.OrmSql;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.Select;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * joined_loading: one operation loads every parent ({@link Sizes#parents()}) with its
 * {@link Sizes#CHILDREN_PER_PARENT} children, as objects or grouped rows, in one or two queries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JoinedLoading {
    /** The database. */
    @Param({"sqlite", "postgresql", "mariadb"})
    public String db;

    static final String JOIN_SQL = "SELECT p.id, p.name, c.id, c.parent_id, c.name, c.q FROM parent p"
            + " LEFT OUTER JOIN child c ON c.parent_id = p.id ORDER BY p.id, c.id";

    /** A parent as the raw JDBC variant builds it. */
    record RawParent(int id, String name, List<RawChild> children) {}

    /** A child as the raw JDBC variant builds it. */
    record RawChild(int id, int parentId, String name, int q) {}

    /** A parent row with the joined rows of its children, as the Core variant groups them. */
    record ParentRows(Row parent, List<Row> children) {}

    private ParentChildTables tables;
    private java.sql.Connection jdbc;
    private SessionFactory sessions;
    private SessionFactory plainSessions;
    private DSLContext jooq;
    private Select coreJoin;

    static final org.jooq.Table<?> J_PARENT = DSL.table(DSL.name("parent"));
    static final org.jooq.Table<?> J_CHILD = DSL.table(DSL.name("child"));
    static final Field<Integer> P_ID = DSL.field(DSL.name("parent", "id"), SQLDataType.INTEGER);
    static final Field<String> P_NAME = DSL.field(DSL.name("parent", "name"), SQLDataType.VARCHAR(100));
    static final Field<Integer> C_ID = DSL.field(DSL.name("child", "id"), SQLDataType.INTEGER);
    static final Field<Integer> C_PARENT_ID = DSL.field(DSL.name("child", "parent_id"), SQLDataType.INTEGER);
    static final Field<String> C_NAME = DSL.field(DSL.name("child", "name"), SQLDataType.VARCHAR(100));
    static final Field<Integer> C_Q = DSL.field(DSL.name("child", "q"), SQLDataType.INTEGER);

    /** Fills the tables. */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        BenchDatabase database = BenchDatabase.of(db);
        tables = ParentChildTables.create(database);
        jdbc = database.jdbc();
        Registry registry = new Registry().map(OrmParent.class, OrmChild.class);
        sessions = SessionFactory.builder(tables.engine).registry(registry).build();
        plainSessions = SessionFactory.builder(tables.engine).registry(new Registry().map(PlainParent.class, PlainChild.class)).build();
        jooq = Competitors.jooq(jdbc, database);
        Table p = tables.parent;
        Table c = tables.child;
        coreJoin = select(p.c("id"), p.c("name"), c.c("id"), c.c("parent_id"), c.c("name"), c.c("q"))
                .outerJoin(c).orderBy(p.c("id"), c.c("id"));
        // every variant must load the whole graph, or its figure means nothing
        verify("rawJdbc", rawJdbc().stream().mapToInt(r -> r.children().size()).sum());
        verify("coreJoined", coreJoined().stream().mapToInt(r -> r.children().size()).sum());
        verify("ormJoined", ormJoined());
        verify("ormSelectin", ormSelectin());
        verify("floorPojo", countPlain(floorPojo()));
        verify("ormPlainJoined", countPlain(ormPlainJoined()));
        verify("ormPlainSelectin", countPlain(ormPlainSelectin()));
        verify("jooqJoined", jooqJoined().values().stream().mapToInt(org.jooq.Result::size).sum());
    }

    /** Closes everything. */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        jdbc.close();
        tables.close();
    }

    /** The floor: one LEFT OUTER JOIN ordered by parent, children grouped per parent in Java. */
    @Benchmark
    public List<RawParent> rawJdbc() throws SQLException {
        List<RawParent> parents = new ArrayList<>();
        try (Statement s = jdbc.createStatement(); ResultSet rs = s.executeQuery(JOIN_SQL)) {
            RawParent current = null;
            while (rs.next()) {
                int id = rs.getInt(1);
                if (current == null || current.id() != id) {
                    current = new RawParent(id, rs.getString(2), new ArrayList<>());
                    parents.add(current);
                }
                int childId = rs.getInt(3);
                if (!rs.wasNull()) {
                    current.children().add(new RawChild(childId, rs.getInt(4), rs.getString(5), rs.getInt(6)));
                }
            }
        }
        jdbc.commit();
        return parents;
    }

    /**
     * The floor of the ORM variants: the same join, hand-written JDBC mapping each row into the plain classes the
     * ORM loads ({@link PlainParent}, {@link PlainChild}), the children grouped into their parent's list with
     * the back reference set.
     */
    @Benchmark
    public List<PlainParent> floorPojo() throws SQLException {
        List<PlainParent> parents = new ArrayList<>();
        try (Statement s = jdbc.createStatement(); ResultSet rs = s.executeQuery(JOIN_SQL)) {
            PlainParent current = null;
            while (rs.next()) {
                int id = rs.getInt(1);
                if (current == null || current.id != id) {
                    current = new PlainParent(id, rs.getString(2));
                    parents.add(current);
                }
                int childId = rs.getInt(3);
                if (!rs.wasNull()) {
                    current.children.add(new PlainChild(childId, rs.getInt(4), rs.getString(5), rs.getInt(6), current));
                }
            }
        }
        jdbc.commit();
        return parents;
    }

    /** JAlchemy ORM with plain classes: {@code joinedload}, as {@link #ormJoined}. */
    @Benchmark
    public List<PlainParent> ormPlainJoined() {
        try (Session session = plainSessions.open()) {
            return session.scalars(OrmSql.select(PlainParent.class).orderBy(PlainParent_.id).options(joinedload(PlainParent_.children))).all();
        }
    }

    /** JAlchemy ORM with plain classes: {@code selectinload}, as {@link #ormSelectin}. */
    @Benchmark
    public List<PlainParent> ormPlainSelectin() {
        try (Session session = plainSessions.open()) {
            return session.scalars(OrmSql.select(PlainParent.class).orderBy(PlainParent_.id).options(selectinload(PlainParent_.children))).all();
        }
    }

    private static int countPlain(List<PlainParent> parents) {
        int n = 0;
        for (PlainParent p : parents) {
            n += p.children.size();
        }
        return n;
    }

    /** JAlchemy Core: the same join built with the expression language, the rows grouped per parent. */
    @Benchmark
    public List<ParentRows> coreJoined() {
        List<ParentRows> parents = new ArrayList<>();
        try (Connection conn = tables.engine.connect()) {
            ParentRows current = null;
            for (Row r : conn.execute(coreJoin).all()) {
                Integer id = r.get(0);
                if (current == null || !current.parent().get(0).equals(id)) {
                    current = new ParentRows(r, new ArrayList<>());
                    parents.add(current);
                }
                if (r.get(2) != null) {
                    current.children().add(r);
                }
            }
        }
        return parents;
    }

    /** JAlchemy ORM: {@code select(OrmParent.class).orderBy(OrmParent_.id).options(joinedload(OrmParent_.children))}, one query. */
    @Benchmark
    public int ormJoined() {
        try (Session session = sessions.open()) {
            return countChildren(session.scalars(OrmSql.select(OrmParent.class).orderBy(OrmParent_.id).options(joinedload(OrmParent_.children))).all());
        }
    }

    /** JAlchemy ORM: the parents, then their children by {@code selectinload} ({@code WHERE parent_id IN (...)}). */
    @Benchmark
    public int ormSelectin() {
        try (Session session = sessions.open()) {
            return countChildren(session.scalars(OrmSql.select(OrmParent.class).orderBy(OrmParent_.id).options(selectinload(OrmParent_.children))).all());
        }
    }

    private static int countChildren(List<OrmParent> parents) {
        int n = 0;
        for (OrmParent p : parents) {
            n += p.children.size();
        }
        return n;
    }

    /** Fails the trial unless {@code variant} loaded every parent's children. */
    static void verify(String variant, int children) {
        if (children != Sizes.parents() * Sizes.CHILDREN_PER_PARENT) {
            throw new IllegalStateException("joined_loading " + variant + " loaded " + children + " children, expected "
                    + Sizes.parents() * Sizes.CHILDREN_PER_PARENT);
        }
    }

    /** jOOQ: the join fetched as Records and grouped per parent with {@code intoGroups}, on one connection. */
    @Benchmark
    public Map<Record, org.jooq.Result<Record>> jooqJoined() throws SQLException {
        Map<Record, org.jooq.Result<Record>> groups = jooq.select(P_ID, P_NAME, C_ID, C_PARENT_ID, C_NAME, C_Q)
                .from(J_PARENT).leftJoin(J_CHILD).on(C_PARENT_ID.eq(P_ID)).orderBy(P_ID, C_ID).fetch()
                .intoGroups(new Field<?>[] {P_ID, P_NAME}, new Field<?>[] {C_ID, C_PARENT_ID, C_NAME, C_Q});
        jdbc.commit();
        return groups;
    }
}
