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
import org.openjdk.jmh.infra.Blackhole;

/** large_resultsets with Hibernate ORM (on SQLite with hibernate-community-dialects' SQLiteDialect). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LargeResultsetsHibernate {
    /** The database. */
    @Param({"sqlite", "postgresql", "mariadb"})
    public String db;

    private CustomerTable customers;
    private SessionFactory hibernate;

    /** Fills the table and builds the session factory. */
    @Setup(Level.Trial)
    public void setUp() {
        BenchDatabase database = BenchDatabase.of(db);
        customers = CustomerTable.create(database, Sizes.resultRows());
        hibernate = Competitors.hibernate(database);
    }

    /** Closes everything. */
    @TearDown(Level.Trial)
    public void tearDown() {
        Competitors.close(hibernate);
        customers.close();
    }

    /** Hibernate: every row as a managed entity ({@code from HibernateCustomer}) in a fresh Session. */
    @Benchmark
    public void objects(Blackhole bh) {
        try (Session session = hibernate.openSession()) {
            session.beginTransaction();
            for (HibernateCustomer c : session.createSelectionQuery("from HibernateCustomer", HibernateCustomer.class).getResultList()) {
                bh.consume(c);
            }
            session.getTransaction().commit();
        }
    }

    /** Hibernate, columns only: an HQL select of the five columns as {@code Object[]}. */
    @Benchmark
    public void columns(Blackhole bh) {
        try (Session session = hibernate.openSession()) {
            session.beginTransaction();
            for (Object[] r : session.createSelectionQuery("select id, name, description, q, p from HibernateCustomer", Object[].class)
                    .getResultList()) {
                bh.consume(r);
            }
            session.getTransaction().commit();
        }
    }
}
