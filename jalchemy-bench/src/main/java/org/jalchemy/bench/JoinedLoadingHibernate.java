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

/** joined_loading with Hibernate ORM: {@code join fetch} (one query) and SUBSELECT fetching (two queries). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JoinedLoadingHibernate {
    /** The database. */
    @Param({"sqlite", "postgresql", "mariadb"})
    public String db;

    private ParentChildTables tables;
    private SessionFactory hibernate;

    /** Fills the tables and builds the session factory. */
    @Setup(Level.Trial)
    public void setUp() {
        BenchDatabase database = BenchDatabase.of(db);
        tables = ParentChildTables.create(database);
        hibernate = Competitors.hibernate(database, HibernateParent.class, HibernateChild.class);
        JoinedLoading.verify("hibernateJoinFetch", joinFetch());
        JoinedLoading.verify("hibernateSubselect", subselect());
    }

    /** Closes everything. */
    @TearDown(Level.Trial)
    public void tearDown() {
        Competitors.close(hibernate);
        tables.close();
    }

    /** Hibernate: {@code from HibernateParent p left join fetch p.children}, one query (parents de-duplicated). */
    @Benchmark
    public int joinFetch() {
        return load("from HibernateParent p left join fetch p.children order by p.id");
    }

    /** Hibernate: the parents, then every parent's children by one SUBSELECT query on first access. */
    @Benchmark
    public int subselect() {
        return load("from HibernateParent p order by p.id");
    }

    /** Runs {@code hql} in a fresh Session and touches every parent's children; the number of children loaded. */
    private int load(String hql) {
        try (Session session = hibernate.openSession()) {
            session.beginTransaction();
            int n = 0;
            for (HibernateParent p : session.createSelectionQuery(hql, HibernateParent.class).getResultList()) {
                n += p.children.size();
            }
            session.getTransaction().commit();
            return n;
        }
    }
}
