package org.jalchemy.bench;

import static org.jalchemy.Sql.bindparam;
import static org.jalchemy.Sql.select;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.Row;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.Select;
import org.jooq.impl.DSL;
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
import org.openjdk.jmh.infra.Blackhole;

/** short_selects: one operation looks up one row by a random primary key. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ShortSelects {
    /** The database. */
    @Param({"sqlite", "postgresql", "mariadb"})
    public String db;

    private Engine engine;
    private Table customer;
    private CustomerTable customers;
    private java.sql.Connection jdbc;
    private PreparedStatement rawStatement;
    private Connection conn;
    private Select reused;
    private SessionFactory sessions;
    private SessionFactory plainSessions;
    private com.zaxxer.hikari.HikariDataSource pool;
    private org.jooq.ResultQuery<org.jooq.Record3<Integer, String, String>> jooqQuery;

    /** Fills the table and opens the connections. */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        BenchDatabase database = BenchDatabase.of(db);
        customers = CustomerTable.create(database, Sizes.lookupRows());
        engine = customers.engine;
        customer = customers.table;
        jdbc = database.jdbc();
        rawStatement = jdbc.prepareStatement("SELECT id, name, description FROM customer WHERE id = ?");
        conn = engine.connect();
        reused = select(customer.c("id"), customer.c("name"), customer.c("description"))
                .where(customer.c("id").eq(bindparam("id")));
        sessions = Competitors.orm(engine);
        plainSessions = Competitors.ormPlain(engine);
        pool = Competitors.dataSource(database);
        jooqQuery = Competitors.jooq(jdbc, database)
                .select(Competitors.ID, Competitors.NAME, Competitors.DESCRIPTION).from(Competitors.CUSTOMER)
                .where(Competitors.ID.eq(DSL.param("id", 0))).keepStatement(true);
    }

    /** Closes everything. */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        rawStatement.close();
        jdbc.close();
        conn.close();
        pool.close();
        customers.close();
    }

    static int randomId() {
        return 1 + ThreadLocalRandom.current().nextInt(Sizes.lookupRows());
    }

    /** The floor: a reused prepared statement. */
    @Benchmark
    public void rawJdbc(Blackhole bh) throws SQLException {
        rawStatement.setInt(1, randomId());
        try (ResultSet rs = rawStatement.executeQuery()) {
            rs.next();
            bh.consume(rs.getInt(1));
            bh.consume(rs.getString(2));
            bh.consume(rs.getString(3));
        }
    }

    /**
     * The floor of {@code session.get}: hand-written JDBC in a fresh connection from a pool (as a Session checks
     * one out), the row mapped into {@link PlainCustomer}, the transaction ended.
     */
    @Benchmark
    public PlainCustomer floorPojo() throws SQLException {
        try (java.sql.Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, name, description, q, p FROM customer WHERE id = ?")) {
            ps.setInt(1, randomId());
            PlainCustomer found = null;
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    found = new PlainCustomer(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5));
                }
            }
            c.commit();
            return found;
        }
    }

    /** JAlchemy Core: a new select tree per lookup (compiled once, then from the cache). */
    @Benchmark
    public Row coreNewStatement() {
        return conn.execute(select(customer.c("id"), customer.c("name"), customer.c("description"))
                .where(customer.c("id").eq(randomId()))).one();
    }

    /** JAlchemy Core: one statement with a named parameter, reused. */
    @Benchmark
    public Row coreReusedStatement() {
        return conn.execute(reused, Map.of("id", randomId())).one();
    }

    /** JAlchemy ORM: {@code session.get} in a fresh Session per lookup. */
    @Benchmark
    public OrmCustomer ormGet() {
        try (Session session = sessions.open()) {
            return session.get(OrmCustomer.class, randomId());
        }
    }

    /** JAlchemy ORM with a plain class: {@code session.get} in a fresh Session per lookup. */
    @Benchmark
    public PlainCustomer ormPlainGet() {
        try (Session session = plainSessions.open()) {
            return session.get(PlainCustomer.class, randomId());
        }
    }

    /** JAlchemy ORM: {@code session.query(...).filter(id == ?).one()} in a fresh Session per lookup. */
    @Benchmark
    public OrmCustomer ormQuery() {
        try (Session session = sessions.open()) {
            return session.query(OrmCustomer.class).filter(sessions.registry().table(OrmCustomer.class).c("id").eq(randomId())).one();
        }
    }

    /** jOOQ: a query kept open ({@code keepStatement}) and re-bound per lookup, on one connection. */
    @Benchmark
    public org.jooq.Record3<Integer, String, String> jooqReusedStatement() {
        return jooqQuery.bind("id", randomId()).fetchOne();
    }
}
