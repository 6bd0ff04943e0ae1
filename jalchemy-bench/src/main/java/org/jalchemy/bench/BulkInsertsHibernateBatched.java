package org.jalchemy.bench;

import java.util.concurrent.TimeUnit;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
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
 * bulk_inserts with Hibernate tuned for batching: keys from a pooled sequence. PostgreSQL and MariaDB only:
 * SQLite has no sequences, and a {@code @TableGenerator} (which takes key blocks in a separate transaction)
 * would wait on the write lock the session's own transaction holds after its first flush. On SQLite the best
 * key is the rowid (IDENTITY), read back in-process, as in {@link BulkInsertsHibernate}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BulkInsertsHibernateBatched {
    /** The database. */
    @Param({"postgresql", "mariadb"})
    public String db;

    private CustomerTable customers;
    private SessionFactory hibernate;

    /** Creates the table, the sequence and the session factory. */
    @Setup(Level.Trial)
    public void setUp() {
        BenchDatabase database = BenchDatabase.of(db);
        customers = CustomerTable.create(database, 0);
        customers.engine.transaction(c -> {
            c.execute(org.jalchemy.Sql.text("DROP SEQUENCE IF EXISTS " + HibernateSequenceCustomer.SEQUENCE));
            c.execute(org.jalchemy.Sql.text("CREATE SEQUENCE " + HibernateSequenceCustomer.SEQUENCE + " INCREMENT BY 1000"));
        });
        hibernate = Competitors.hibernate(database, HibernateSequenceCustomer.class);
    }

    /** Empties the table between iterations so every iteration starts alike. */
    @Setup(Level.Iteration)
    public void empty() {
        customers.engine.transaction(c -> c.execute(org.jalchemy.Sql.text("DELETE FROM customer")));
    }

    /** Closes everything. */
    @TearDown(Level.Trial)
    public void tearDown() {
        Competitors.close(hibernate);
        customers.engine.transaction(c -> c.execute(org.jalchemy.Sql.text("DROP SEQUENCE IF EXISTS " + HibernateSequenceCustomer.SEQUENCE)));
        customers.close();
    }

    /**
     * Hibernate tuned for bulk inserts: keys from a sequence allocated 1,000 at a time, so persist() needs no
     * round trip and the INSERTs go in JDBC batches of 1,000; flush and clear every 1,000.
     */
    @Benchmark
    public void sessionSequenceBatched() {
        try (Session session = hibernate.openSession()) {
            session.beginTransaction();
            for (int i = 0; i < Sizes.bulkRows(); i++) {
                session.persist(new HibernateSequenceCustomer("customer name " + i, "customer description " + i, i * 10, i * 20));
                if ((i + 1) % 1000 == 0) {
                    session.flush();
                    session.clear();
                }
            }
            session.getTransaction().commit();
        }
    }
}
