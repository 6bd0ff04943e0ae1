package org.jalchemy.bench;

import static org.jalchemy.Sql.insert;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.Row;
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
    private SessionFactory plainSessions;
    /** Whether the driver hands back every generated key of a JDBC batch (sqlite-jdbc does not: one row per execute there). */
    private boolean batchKeys;
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
        plainSessions = Competitors.ormPlain(engine);
        jooq = Competitors.jooq(jdbc, database);
        batchKeys = probeBatchKeys();
        // the floor must read every key back, or its figure means nothing
        for (boolean batch : new boolean[] {false, true}) {
            List<PlainCustomer> inserted = batch ? floorPojoBatchKeys() : floorPojo();
            if (inserted.size() != rows.size() || inserted.stream().map(c -> c.id).distinct().count() != rows.size()
                    || inserted.stream().anyMatch(c -> c.id == null)) {
                throw new IllegalStateException("bulk_inserts floorPojo did not read back " + rows.size() + " distinct keys");
            }
            empty();
        }
    }

    private static final String INSERT_SQL = "INSERT INTO customer (name, description, q, p) VALUES (?, ?, ?, ?)";

    /** Whether a JDBC batch of two INSERTs gives back two generated keys on this driver. */
    private boolean probeBatchKeys() throws SQLException {
        int keys = 0;
        try (PreparedStatement ps = jdbc.prepareStatement(INSERT_SQL, new String[] {"id"})) {
            for (int i = 0; i < 2; i++) {
                ps.setString(1, "probe");
                ps.setString(2, "probe");
                ps.setInt(3, i);
                ps.setInt(4, i);
                ps.addBatch();
            }
            ps.executeBatch();
            try (ResultSet k = ps.getGeneratedKeys()) {
                while (k.next()) {
                    keys++;
                }
            }
        } catch (SQLException e) {
            keys = 0;
        }
        jdbc.rollback();
        return keys == 2;
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

    /**
     * The floor of the ORM variants: hand-written JDBC building the plain objects and inserting them 1,000 at a
     * time with one multi-row {@code INSERT ... VALUES (?, ?, ?, ?), ... RETURNING id} (built once per page size),
     * reading each generated key back into its object. All three databases have INSERT ... RETURNING; it is the
     * quickest way JDBC offers to get many keys back (see {@link #floorPojoBatchKeys} for the batch idiom).
     */
    @Benchmark
    public List<PlainCustomer> floorPojo() throws SQLException {
        List<PlainCustomer> objects = new ArrayList<>(rows.size());
        for (Map<String, Object> r : rows) {
            objects.add(new PlainCustomer((String) r.get("name"), (String) r.get("description"), (Integer) r.get("q"), (Integer) r.get("p")));
        }
        String fullPage = null;
        for (int start = 0; start < objects.size(); start += 1000) {
            int n = Math.min(1000, objects.size() - start);
            String sql = n == 1000 && fullPage != null ? fullPage : pageSql(n);
            if (n == 1000) {
                fullPage = sql;
            }
            try (PreparedStatement ps = jdbc.prepareStatement(sql)) {
                int i = 1;
                for (int k = start; k < start + n; k++) {
                    PlainCustomer c = objects.get(k);
                    ps.setString(i++, c.name);
                    ps.setString(i++, c.description);
                    ps.setInt(i++, c.q);
                    ps.setInt(i++, c.p);
                }
                try (ResultSet keys = ps.executeQuery()) {
                    for (int k = start; keys.next(); k++) {
                        objects.get(k).id = keys.getInt(1);
                    }
                }
            }
        }
        jdbc.commit();
        return objects;
    }

    private static String pageSql(int rows) {
        StringBuilder sb = new StringBuilder("INSERT INTO customer (name, description, q, p) VALUES ");
        for (int i = 0; i < rows; i++) {
            sb.append(i == 0 ? "(?, ?, ?, ?)" : ", (?, ?, ?, ?)");
        }
        return sb.append(" RETURNING id").toString();
    }

    /**
     * The JDBC batch idiom for comparison: the plain objects inserted in JDBC batches of 1,000 with each generated
     * key read back through {@code getGeneratedKeys}; on drivers that give back one key per execution (SQLite)
     * one reused statement per row. Slower than {@link #floorPojo} on SQLite and MariaDB.
     */
    @Benchmark
    public List<PlainCustomer> floorPojoBatchKeys() throws SQLException {
        List<PlainCustomer> objects = new ArrayList<>(rows.size());
        try (PreparedStatement ps = jdbc.prepareStatement(INSERT_SQL, new String[] {"id"})) {
            int pending = 0;
            for (Map<String, Object> r : rows) {
                PlainCustomer c = new PlainCustomer((String) r.get("name"), (String) r.get("description"), (Integer) r.get("q"), (Integer) r.get("p"));
                objects.add(c);
                ps.setString(1, c.name);
                ps.setString(2, c.description);
                ps.setInt(3, c.q);
                ps.setInt(4, c.p);
                if (!batchKeys) {
                    ps.executeUpdate();
                    try (ResultSet k = ps.getGeneratedKeys()) {
                        k.next();
                        c.id = k.getInt(1);
                    }
                    continue;
                }
                ps.addBatch();
                if (++pending == 1000) {
                    executeBatchReadingKeys(ps, objects, objects.size() - pending);
                    pending = 0;
                }
            }
            if (pending > 0) {
                executeBatchReadingKeys(ps, objects, objects.size() - pending);
            }
        }
        jdbc.commit();
        return objects;
    }

    private static void executeBatchReadingKeys(PreparedStatement ps, List<PlainCustomer> objects, int first) throws SQLException {
        ps.executeBatch();
        try (ResultSet k = ps.getGeneratedKeys()) {
            for (int i = first; k.next(); i++) {
                objects.get(i).id = k.getInt(1);
            }
        }
    }

    /**
     * JAlchemy Core: {@code conn.execute(insert(customer).returning(customer.c("id")), listOfMaps)}, the keys read
     * back (insertmanyvalues: multi-row INSERT ... RETURNING pages); the Core counterpart of {@link #floorPojo}.
     */
    @Benchmark
    public List<Row> coreInsertReturning() {
        try (org.jalchemy.engine.Connection conn = engine.connect()) {
            List<Row> keys = conn.execute(insert(customer).returning(customer.c("id")), rows).all();
            conn.commit();
            return keys;
        }
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

    /** JAlchemy ORM with a plain class (no {@code EntityBase}), otherwise as {@link #ormAddFlush}. */
    @Benchmark
    public void ormPlainAddFlush() {
        try (Session session = plainSessions.open()) {
            int n = 0;
            for (Map<String, Object> r : rows) {
                session.add(new PlainCustomer((String) r.get("name"), (String) r.get("description"), (Integer) r.get("q"), (Integer) r.get("p")));
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
