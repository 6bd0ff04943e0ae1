package org.jalchemy.bench;

import java.util.concurrent.TimeUnit;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
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
 * bulk_inserts with Hibernate ORM, IDENTITY keys (on SQLite with hibernate-community-dialects' SQLiteDialect).
 * The batched variant with sequence keys is {@link BulkInsertsHibernateBatched}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BulkInsertsHibernate {
    /** The database. */
    @Param({"sqlite", "postgresql", "mariadb"})
    public String db;

    private CustomerTable customers;
    private SessionFactory hibernate;

    /** Creates the table and the session factory. */
    @Setup(Level.Trial)
    public void setUp() {
        BenchDatabase database = BenchDatabase.of(db);
        customers = CustomerTable.create(database, 0);
        hibernate = Competitors.hibernate(database);
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
        customers.close();
    }

    /** Hibernate: one Session persists the objects and flushes and clears every 1,000 (keys read back); then commits. */
    @Benchmark
    public void sessionPersistFlush() {
        try (Session session = hibernate.openSession()) {
            session.beginTransaction();
            for (int i = 0; i < Sizes.bulkRows(); i++) {
                session.persist(new HibernateCustomer("customer name " + i, "customer description " + i, i * 10, i * 20));
                if ((i + 1) % 1000 == 0) {
                    session.flush();
                    session.clear();
                }
            }
            session.getTransaction().commit();
        }
    }

    /** Hibernate's bulk API: a StatelessSession inserting each object (IDENTITY keys are read back per row). */
    @Benchmark
    public void statelessInsert() {
        try (StatelessSession session = hibernate.openStatelessSession()) {
            session.beginTransaction();
            for (int i = 0; i < Sizes.bulkRows(); i++) {
                session.insert(new HibernateCustomer("customer name " + i, "customer description " + i, i * 10, i * 20));
            }
            session.getTransaction().commit();
        }
    }
}
