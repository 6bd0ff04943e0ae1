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

/** bulk_updates with Hibernate ORM (on SQLite with hibernate-community-dialects' SQLiteDialect). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BulkUpdatesHibernate {
    /** The database. */
    @Param({"sqlite", "postgresql", "mariadb"})
    public String db;

    private CustomerTable customers;
    private SessionFactory hibernate;

    /** Fills the table and builds the session factory. */
    @Setup(Level.Trial)
    public void setUp() {
        BenchDatabase database = BenchDatabase.of(db);
        customers = CustomerTable.create(database, Sizes.bulkRows());
        hibernate = Competitors.hibernate(database);
    }

    /** Closes everything. */
    @TearDown(Level.Trial)
    public void tearDown() {
        Competitors.close(hibernate);
        customers.close();
    }

    /** Hibernate: per chunk, query the entities, change them, flush (JDBC batches of 1,000) and clear. */
    @Benchmark
    public void sessionFlush() {
        try (Session session = hibernate.openSession()) {
            session.beginTransaction();
            for (int start = 1; start <= Sizes.bulkRows(); start += BulkUpdates.CHUNK) {
                for (HibernateCustomer c : session.createSelectionQuery("from HibernateCustomer where id between :a and :b", HibernateCustomer.class)
                        .setParameter("a", start).setParameter("b", start + BulkUpdates.CHUNK - 1).getResultList()) {
                    c.q = c.q + 1;
                }
                session.flush();
                session.clear();
            }
            session.getTransaction().commit();
        }
    }
}
