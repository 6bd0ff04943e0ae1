package org.jalchemy.bench;

import static org.jalchemy.Sql.insert;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jalchemy.engine.Engine;
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

/** single_inserts: one operation inserts one row and commits. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SingleInserts {
    /** The database. */
    @Param({"sqlite", "postgresql", "mariadb"})
    public String db;

    private Engine engine;
    private Table customer;
    private CustomerTable customers;
    private java.sql.Connection jdbc;
    private int counter;
    private SessionFactory sessions;
    private DSLContext jooq;

    /** Creates the table. */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        BenchDatabase database = BenchDatabase.of(db);
        customers = CustomerTable.create(database, 0);
        engine = customers.engine;
        customer = customers.table;
        jdbc = database.jdbc();
        sessions = Competitors.orm(engine);
        jooq = Competitors.jooq(jdbc, database);
    }

    /** Closes everything. */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        jdbc.close();
        customers.close();
    }

    /** The floor: prepare, execute, commit on one open connection. */
    @Benchmark
    public void rawJdbc() throws SQLException {
        int i = counter++;
        try (PreparedStatement ps = jdbc.prepareStatement("INSERT INTO customer (name, description, q, p) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, "customer name " + i);
            ps.setString(2, "customer description " + i);
            ps.setInt(3, i);
            ps.setInt(4, i);
            ps.executeUpdate();
        }
        jdbc.commit();
    }

    /** JAlchemy Core: {@code engine.transaction(conn -> conn.execute(insert(customer).values(...)))} per row. */
    @Benchmark
    public void coreInsert() {
        int i = counter++;
        engine.transaction(conn -> conn.execute(insert(customer).values(
                Map.of("name", "customer name " + i, "description", "customer description " + i, "q", i, "p", i))));
    }

    /** JAlchemy ORM: a fresh Session per row: {@code add}, {@code commit} (the generated key is read back). */
    @Benchmark
    public Integer ormAdd() {
        int i = counter++;
        try (Session session = sessions.open()) {
            OrmCustomer c = new OrmCustomer("customer name " + i, "customer description " + i, i, i);
            session.add(c);
            session.commit();
            return c.id;
        }
    }

    /** jOOQ: {@code insertInto(...).values(...).execute()} and commit, on one open connection. */
    @Benchmark
    public void jooqInsert() throws SQLException {
        int i = counter++;
        jooq.insertInto(Competitors.CUSTOMER, Competitors.NAME, Competitors.DESCRIPTION, Competitors.Q, Competitors.P)
                .values("customer name " + i, "customer description " + i, i, i).execute();
        jdbc.commit();
    }
}
