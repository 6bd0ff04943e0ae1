package org.jalchemy.bench;

import static org.jalchemy.Sql.bindparam;
import static org.jalchemy.Sql.select;
import static org.jalchemy.Sql.update;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.Row;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionFactory;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.Update;
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

/**
 * bulk_updates: one operation walks the {@link Sizes#bulkRows()}-row table in chunks of 1,000 keys, loading
 * each chunk, incrementing every row's {@code q} and writing the chunk back, in one transaction.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BulkUpdates {
    static final int CHUNK = 1000;

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
        customers = CustomerTable.create(database, Sizes.bulkRows());
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

    /** The floor: per chunk, one SELECT and a JDBC batch of UPDATEs through two reused prepared statements. */
    @Benchmark
    public void rawJdbc() throws SQLException {
        try (PreparedStatement sel = jdbc.prepareStatement("SELECT id, name, description, q, p FROM customer WHERE id BETWEEN ? AND ?");
             PreparedStatement upd = jdbc.prepareStatement("UPDATE customer SET q = ? WHERE id = ?")) {
            for (int start = 1; start <= Sizes.bulkRows(); start += CHUNK) {
                sel.setInt(1, start);
                sel.setInt(2, start + CHUNK - 1);
                try (ResultSet rs = sel.executeQuery()) {
                    while (rs.next()) {
                        upd.setInt(1, rs.getInt(4) + 1);
                        upd.setInt(2, rs.getInt(1));
                        upd.addBatch();
                    }
                }
                upd.executeBatch();
            }
        }
        jdbc.commit();
    }

    /**
     * The floor of the ORM variants: per chunk, hand-written JDBC maps the rows into {@link PlainCustomer}s,
     * increments each object's {@code q} and sends a JDBC batch of {@code UPDATE ... SET q = ? WHERE id = ?}
     * from the objects, through two reused prepared statements.
     */
    @Benchmark
    public void floorPojo() throws SQLException {
        try (PreparedStatement sel = jdbc.prepareStatement("SELECT id, name, description, q, p FROM customer WHERE id BETWEEN ? AND ?");
             PreparedStatement upd = jdbc.prepareStatement("UPDATE customer SET q = ? WHERE id = ?")) {
            List<PlainCustomer> chunk = new ArrayList<>(CHUNK);
            for (int start = 1; start <= Sizes.bulkRows(); start += CHUNK) {
                sel.setInt(1, start);
                sel.setInt(2, start + CHUNK - 1);
                chunk.clear();
                try (ResultSet rs = sel.executeQuery()) {
                    while (rs.next()) {
                        chunk.add(new PlainCustomer(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
                    }
                }
                for (PlainCustomer c : chunk) {
                    c.q = c.q + 1;
                }
                for (PlainCustomer c : chunk) {
                    upd.setInt(1, c.q);
                    upd.setInt(2, c.id);
                    upd.addBatch();
                }
                upd.executeBatch();
            }
        }
        jdbc.commit();
    }

    /** JAlchemy Core: per chunk, a select and an executemany UPDATE with named parameters. */
    @Benchmark
    public void coreExecutemany() {
        Update upd = update(customer).where(customer.c("id").eq(bindparam("b_id"))).values(Map.of("q", bindparam("b_q")));
        try (Connection conn = engine.connect()) {
            for (int start = 1; start <= Sizes.bulkRows(); start += CHUNK) {
                List<Map<String, Object>> params = new ArrayList<>(CHUNK);
                for (Row r : conn.execute(select(customer).where(customer.c("id").between(start, start + CHUNK - 1))).all()) {
                    params.add(Map.of("b_id", r.get(0), "b_q", (Integer) r.get(3) + 1));
                }
                if (!params.isEmpty()) {
                    conn.execute(upd, params);
                }
            }
            conn.commit();
        }
    }

    /** JAlchemy ORM: per chunk, query the objects, change them, flush (batched UPDATEs) and detach them. */
    @Benchmark
    public void ormFlush() {
        Table t = sessions.registry().table(OrmCustomer.class);
        try (Session session = sessions.open()) {
            for (int start = 1; start <= Sizes.bulkRows(); start += CHUNK) {
                for (OrmCustomer c : session.query(OrmCustomer.class).filter(t.c("id").between(start, start + CHUNK - 1)).all()) {
                    c.q = c.q + 1;
                }
                session.flush();
                session.expungeAll();
            }
            session.commit();
        }
    }

    /** JAlchemy ORM with a plain class (no {@code EntityBase}), otherwise as {@link #ormFlush}. */
    @Benchmark
    public void ormPlainFlush() {
        Table t = plainSessions.registry().table(PlainCustomer.class);
        try (Session session = plainSessions.open()) {
            for (int start = 1; start <= Sizes.bulkRows(); start += CHUNK) {
                for (PlainCustomer c : session.query(PlainCustomer.class).filter(t.c("id").between(start, start + CHUNK - 1)).all()) {
                    c.q = c.q + 1;
                }
                session.flush();
                session.expungeAll();
            }
            session.commit();
        }
    }

    /** jOOQ: per chunk, fetch the records and send a batch of one re-bound UPDATE, on one connection. */
    @Benchmark
    public void jooqBatch() throws SQLException {
        for (int start = 1; start <= Sizes.bulkRows(); start += CHUNK) {
            BatchBindStep batch = jooq.batch(jooq.update(Competitors.CUSTOMER).set(Competitors.Q, (Integer) null)
                    .where(Competitors.ID.eq((Integer) null)));
            for (org.jooq.Record r : jooq.select(Competitors.ID, Competitors.NAME, Competitors.DESCRIPTION, Competitors.Q, Competitors.P)
                    .from(Competitors.CUSTOMER).where(Competitors.ID.between(start, start + CHUNK - 1)).fetch()) {
                batch.bind(r.get(Competitors.Q) + 1, r.get(Competitors.ID));
            }
            batch.execute();
        }
        jdbc.commit();
    }
}
