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

/** single_inserts with Hibernate ORM (on SQLite with hibernate-community-dialects' SQLiteDialect). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SingleInsertsHibernate {
    /** The database. */
    @Param({"sqlite", "postgresql", "mariadb"})
    public String db;

    private CustomerTable customers;
    private SessionFactory hibernate;
    private int counter;

    /** Creates the table and the session factory. */
    @Setup(Level.Trial)
    public void setUp() {
        BenchDatabase database = BenchDatabase.of(db);
        customers = CustomerTable.create(database, 0);
        hibernate = Competitors.hibernate(database);
    }

    /** Closes everything. */
    @TearDown(Level.Trial)
    public void tearDown() {
        Competitors.close(hibernate);
        customers.close();
    }

    /** Hibernate: a fresh Session per row: {@code persist}, commit (the generated key is read back). */
    @Benchmark
    public Integer persist() {
        int i = counter++;
        try (Session session = hibernate.openSession()) {
            session.beginTransaction();
            HibernateCustomer c = new HibernateCustomer("customer name " + i, "customer description " + i, i, i);
            session.persist(c);
            session.getTransaction().commit();
            return c.id;
        }
    }
}
