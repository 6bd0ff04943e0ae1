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

/** short_selects with Hibernate ORM (on SQLite with hibernate-community-dialects' SQLiteDialect). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ShortSelectsHibernate {
    /** The database. */
    @Param({"sqlite", "postgresql", "mariadb"})
    public String db;

    private CustomerTable customers;
    private SessionFactory hibernate;

    /** Fills the table and builds the session factory. */
    @Setup(Level.Trial)
    public void setUp() {
        BenchDatabase database = BenchDatabase.of(db);
        customers = CustomerTable.create(database, Sizes.lookupRows());
        hibernate = Competitors.hibernate(database);
    }

    /** Closes everything. */
    @TearDown(Level.Trial)
    public void tearDown() {
        Competitors.close(hibernate);
        customers.close();
    }

    /** Hibernate: {@code session.get} in a fresh Session per lookup (as the JAlchemy ORM's ormGet). */
    @Benchmark
    public HibernateCustomer get() {
        try (Session session = hibernate.openSession()) {
            session.beginTransaction();
            HibernateCustomer c = session.get(HibernateCustomer.class, ShortSelects.randomId());
            session.getTransaction().commit();
            return c;
        }
    }

    /** Hibernate: an HQL query by key in a fresh Session per lookup (as the JAlchemy ORM's ormQuery). */
    @Benchmark
    public HibernateCustomer query() {
        try (Session session = hibernate.openSession()) {
            session.beginTransaction();
            HibernateCustomer c = session.createSelectionQuery("from HibernateCustomer where id = :id", HibernateCustomer.class)
                    .setParameter("id", ShortSelects.randomId()).getSingleResult();
            session.getTransaction().commit();
            return c;
        }
    }
}
