package org.jalchemy.bench;

import static org.jalchemy.Sql.select;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.Row;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.schema.Table;
import org.jooq.DSLContext;
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

/** large_resultsets: one operation reads every row of a {@link Sizes#resultRows()}-row table. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LargeResultsets {
    /** The database. */
    @Param({"sqlite", "postgresql", "mariadb"})
    public String db;

    private Engine engine;
    private Table customer;
    private CustomerTable customers;
    private java.sql.Connection jdbc;
    private SessionFactory sessions;
    private SessionFactory plainSessions;
    private DSLContext jooq;

    /** Fills the table. */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        BenchDatabase database = BenchDatabase.of(db);
        customers = CustomerTable.create(database, Sizes.resultRows());
        engine = customers.engine;
        customer = customers.table;
        jdbc = database.jdbc();
        sessions = Competitors.orm(engine);
        plainSessions = Competitors.ormPlain(engine);
        jooq = Competitors.jooq(jdbc, database);
    }

    /** Closes everything. */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        jdbc.close();
        customers.close();
    }

    /** The floor: one query, every column read with the typed getters. */
    @Benchmark
    public void rawJdbc(Blackhole bh) throws SQLException {
        try (Statement s = jdbc.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name, description, q, p FROM customer")) {
            while (rs.next()) {
                bh.consume(rs.getInt(1));
                bh.consume(rs.getString(2));
                bh.consume(rs.getString(3));
                bh.consume(rs.getInt(4));
                bh.consume(rs.getInt(5));
            }
        }
        jdbc.commit();
    }

    /**
     * The floor of the ORM variants: hand-written JDBC mapping each row into the plain class the ORM loads
     * ({@link PlainCustomer}), collected into a list as {@code all()} returns one.
     */
    @Benchmark
    public List<PlainCustomer> floorPojo() throws SQLException {
        List<PlainCustomer> out = new ArrayList<>();
        try (Statement s = jdbc.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name, description, q, p FROM customer")) {
            while (rs.next()) {
                out.add(new PlainCustomer(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
            }
        }
        jdbc.commit();
        return out;
    }

    /** JAlchemy Core: {@code execute(select(customer)).all()}, every row as a typed {@link Row}. */
    @Benchmark
    public void coreAll(Blackhole bh) {
        try (Connection conn = engine.connect()) {
            for (Row r : conn.execute(select(customer)).all()) {
                bh.consume(r);
            }
        }
    }

    /** JAlchemy Core: the same rows read as they are fetched ({@code conn.stream}). */
    @Benchmark
    public void coreStream(Blackhole bh) {
        try (Connection conn = engine.connect()) {
            for (Row r : conn.stream(select(customer))) {
                bh.consume(r);
            }
        }
    }

    /** JAlchemy ORM: every row as an entity ({@code session.query(OrmCustomer.class).all()}) in a fresh Session. */
    @Benchmark
    public void ormObjects(Blackhole bh) {
        try (Session session = sessions.open()) {
            for (OrmCustomer c : session.query(OrmCustomer.class).all()) {
                bh.consume(c);
            }
        }
    }

    /** JAlchemy ORM with a plain class (no {@code EntityBase}): {@code session.query(PlainCustomer.class).all()} in a fresh Session. */
    @Benchmark
    public List<PlainCustomer> ormPlainObjects() {
        try (Session session = plainSessions.open()) {
            return session.query(PlainCustomer.class).all();
        }
    }

    /** JAlchemy ORM, columns only: a Core select of the mapped table's columns run by a Session. */
    @Benchmark
    public void ormColumns(Blackhole bh) {
        Table t = sessions.registry().table(OrmCustomer.class);
        try (Session session = sessions.open()) {
            for (Row r : session.execute(select(t.c("id"), t.c("name"), t.c("description"), t.c("q"), t.c("p"))).all()) {
                bh.consume(r);
            }
        }
    }

    /** jOOQ: {@code select(...).from(customer).fetch()}, every row as a Record, on one connection. */
    @Benchmark
    public void jooqFetch(Blackhole bh) throws SQLException {
        for (org.jooq.Record r : jooq.select(Competitors.ID, Competitors.NAME, Competitors.DESCRIPTION, Competitors.Q, Competitors.P)
                .from(Competitors.CUSTOMER).fetch()) {
            bh.consume(r);
        }
        jdbc.commit();
    }
}
