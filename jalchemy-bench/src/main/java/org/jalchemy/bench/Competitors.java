package org.jalchemy.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.Dialects;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.URL;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.SessionFactory;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Set-up of the libraries compared: JAlchemy ORM, Hibernate ORM and jOOQ, on one benchmark database. */
final class Competitors {
    private Competitors() {}

    /** jOOQ's view of {@code customer}, without code generation. */
    static final Table<?> CUSTOMER = DSL.table(DSL.name("customer"));
    static final Field<Integer> ID = DSL.field(DSL.name("id"), SQLDataType.INTEGER);
    static final Field<String> NAME = DSL.field(DSL.name("name"), SQLDataType.VARCHAR(255));
    static final Field<String> DESCRIPTION = DSL.field(DSL.name("description"), SQLDataType.VARCHAR(255));
    static final Field<Integer> Q = DSL.field(DSL.name("q"), SQLDataType.INTEGER);
    static final Field<Integer> P = DSL.field(DSL.name("p"), SQLDataType.INTEGER);

    /** A JAlchemy ORM session factory with {@link OrmCustomer} mapped. */
    static SessionFactory orm(Engine engine) {
        Registry registry = new Registry();
        registry.map(OrmCustomer.class);
        return SessionFactory.builder(engine).registry(registry).build();
    }

    /** A JAlchemy ORM session factory with the plain class {@link PlainCustomer} mapped (default settings). */
    static SessionFactory ormPlain(Engine engine) {
        return SessionFactory.builder(engine).registry(new Registry().map(PlainCustomer.class)).build();
    }

    /**
     * A Hibernate session factory over a HikariCP pool (as JAlchemy's engine), tuned for bulk work: JDBC batches
     * of 1,000, ordered inserts and updates, the pool's connections already out of auto-commit.
     */
    static org.hibernate.SessionFactory hibernate(BenchDatabase db, Class<?>... moreEntities) {
        HikariDataSource ds = dataSource(db);
        Map<String, Object> settings = new HashMap<>();
        settings.put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, ds);
        settings.put(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, true);
        settings.put(AvailableSettings.STATEMENT_BATCH_SIZE, 1000);
        settings.put(AvailableSettings.ORDER_INSERTS, true);
        settings.put(AvailableSettings.ORDER_UPDATES, true);
        settings.put(AvailableSettings.HBM2DDL_AUTO, "none");
        settings.put(AvailableSettings.SHOW_SQL, false);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        MetadataSources sources = new MetadataSources(registry).addAnnotatedClass(HibernateCustomer.class);
        for (Class<?> c : moreEntities) {
            sources.addAnnotatedClass(c);
        }
        return sources.buildMetadata().buildSessionFactory();
    }

    /** Closes a Hibernate session factory and its pool. */
    static void close(org.hibernate.SessionFactory sf) {
        if (sf != null) {
            Object ds = sf.getProperties().get(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE);
            sf.close();
            if (ds instanceof HikariDataSource h) {
                h.close();
            }
        }
    }

    /** A HikariCP pool of connections out of auto-commit: what the hand-written floor checks a connection out of. */
    static HikariDataSource dataSource(BenchDatabase db) {
        URL u = URL.parse(db.benchUrl());
        Dialect d = Dialects.forName(u.dialectName());
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(d.jdbcUrl(u));
        config.setDataSourceProperties(d.jdbcProperties(u));
        config.setAutoCommit(false);
        config.setMaximumPoolSize(5);
        return new HikariDataSource(config);
    }

    /** A jOOQ context on one open JDBC connection (as raw JDBC), rendering {@code ?} binds without quoting checks. */
    static DSLContext jooq(java.sql.Connection jdbc, BenchDatabase db) {
        SQLDialect dialect = switch (db) {
            case SQLITE -> SQLDialect.SQLITE;
            case POSTGRESQL -> SQLDialect.POSTGRES;
            case MARIADB -> SQLDialect.MARIADB;
        };
        return DSL.using(jdbc, dialect, new Settings().withExecuteLogging(false).withRenderSchema(false));
    }
}
