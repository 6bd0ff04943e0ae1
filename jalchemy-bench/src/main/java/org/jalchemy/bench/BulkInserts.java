package org.jalchemy.bench;

import static org.jalchemy.Sql.insert;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jalchemy.engine.Engine;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.schema.Table;
import org.jooq.BatchBindStep;
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

/** bulk_inserts: one operation inserts {@link Sizes#bulkRows()} rows in one transaction. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BulkInserts {
    /** The database. */
    @Param({"sqlite", "postgresql", "mariadb"})
    public String db;

    private Engine engine;
    private Table customer;
    private CustomerTable customers;
    private List<Map<String, Object>> rows;
    private java.sql.Connection jdbc;
    private SessionFactory sessions;
    private DSLContext jooq;

    /** Creates the table and the rows to insert. */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        BenchDatabase database = BenchDatabase.of(db);
        customers = CustomerTable.create(database, 0);
        engine = customers.engine;
        customer = customers.table;
        rows = new ArrayList<>();
        for (int i = 0; i < Sizes.bulkRows(); i++) {
            rows.add(Map.of("name", "customer name " + i, "description", "customer description " + i, "q", i * 10, "p", i * 20));
        }
        jdbc = database.jdbc();
        sessions = Competitors.orm(engine);
        jooq = Competitors.jooq(jdbc, database);
    }

    /** Empties the table between iterations so every iteration starts alike. */
    @Setup(Level.Iteration)
    public void empty() throws SQLException {
        try (var s = jdbc.createStatement()) {
            s.execute("DELETE FROM customer");
        }
        jdbc.commit();
    }

    /** Closes everything. */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        jdbc.close();
        customers.close();
    }

    /** The floor: one prepared statement, JDBC batches of 1,000. */
    @Benchmark
    public void rawJdbc() throws SQLException {
        try (PreparedStatement ps = jdbc.prepareStatement("INSERT INTO customer (name, description, q, p) VALUES (?, ?, ?, ?)")) {
            int n = 0;
            for (Map<String, Object> r : rows) {
                ps.setString(1, (String) r.get("name"));
                ps.setString(2, (String) r.get("description"));
                ps.setInt(3, (Integer) r.get("q"));
                ps.setInt(4, (Integer) r.get("p"));
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        jdbc.commit();
    }

    /** JAlchemy Core: {@code conn.execute(insert(customer), listOfMaps)} (executemany). */
    @Benchmark
    public void coreExecutemany() {
        engine.transaction(conn -> conn.execute(insert(customer), rows));
    }

    /**
     * JAlchemy ORM: one Session adds the objects and flushes every 1,000 (the generated keys are read back into
     * the objects), detaching each flushed chunk as Hibernate users clear(); then commits.
     */
    @Benchmark
    public void ormAddFlush() {
        try (Session session = sessions.open()) {
            int n = 0;
            for (Map<String, Object> r : rows) {
                session.add(new OrmCustomer((String) r.get("name"), (String) r.get("description"), (Integer) r.get("q"), (Integer) r.get("p")));
                if (++n % 1000 == 0) {
                    session.flush();
                    session.expungeAll();
                }
            }
            session.commit();
        }
    }

    /** jOOQ: a batch of one INSERT re-bound per row, executed every 1,000 rows, on one connection. */
    @Benchmark
    public void jooqBatch() throws SQLException {
        BatchBindStep batch = null;
        int n = 0;
        for (Map<String, Object> r : rows) {
            if (batch == null) {
                batch = jooq.batch(jooq.insertInto(Competitors.CUSTOMER, Competitors.NAME, Competitors.DESCRIPTION, Competitors.Q, Competitors.P)
                        .values((String) null, null, null, null));
            }
            batch.bind(r.get("name"), r.get("description"), r.get("q"), r.get("p"));
            if (++n % 1000 == 0) {
                batch.execute();
                batch = null;
            }
        }
        if (batch != null) {
            batch.execute();
        }
        jdbc.commit();
    }
}
