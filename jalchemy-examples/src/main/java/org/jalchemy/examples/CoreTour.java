package org.jalchemy.examples;

import static org.jalchemy.Sql.*;
import static org.jalchemy.examples.Tour.section;
import static org.jalchemy.examples.Tour.show;
import static org.jalchemy.types.Types.*;

import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.Result;
import org.jalchemy.engine.Row;
import org.jalchemy.engine.Transaction;
import org.jalchemy.dialect.mysql.MySqlDialect;
import org.jalchemy.dialect.oracle.OracleDialect;
import org.jalchemy.dialect.postgresql.PostgresDialect;
import org.jalchemy.dialect.sqlite.Sqlite;
import org.jalchemy.schema.CheckConstraint;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Index;
import org.jalchemy.schema.Inspector;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.Cte;
import org.jalchemy.sql.Subquery;

/** TOUR.md sections 1 to 3: engine, connections, raw SQL, schema, reflection, the expression language. */
final class CoreTour {
    private CoreTour() {}

    static void run() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").echo(true).build()) {
            rawSql(engine);
            MetaData metadata = new MetaData();
            schema(engine, metadata);
            queries(engine, metadata.tables().get("users"), metadata.tables().get("addresses"));
            reflection(engine);
        }
    }

    private static void rawSql(Engine engine) {
        section("1. Engine, connections, text()");
        try (Connection conn = engine.connect()) {
            conn.execute(text("CREATE TABLE greetings (id INTEGER PRIMARY KEY, message TEXT NOT NULL)"));
            conn.execute(text("INSERT INTO greetings (message) VALUES (:m)"),
                    List.of(Map.of("m", "hello"), Map.of("m", "world"), Map.of("m", "it's me")));
            conn.commit();
            String message = conn.execute(text("SELECT message FROM greetings WHERE id = :id"), Map.of("id", 3)).scalar();
            show("scalar()", message);
            show("all()", conn.execute(text("SELECT id, message FROM greetings WHERE id IN :ids ORDER BY id"),
                    Map.of("ids", List.of(1, 2))).all());
        }
        try (Connection conn = engine.connect(); Transaction tx = conn.begin()) {
            conn.execute(text("INSERT INTO greetings (message) VALUES ('kept')"));
            try (Transaction sp = conn.beginNested()) {
                conn.execute(text("INSERT INTO greetings (message) VALUES ('undone')"));
                sp.rollback();
            }
            tx.commit();
        }
        // an untyped whole number is a Long on every database
        long count = engine.transactionResult(conn -> conn.execute(text("SELECT count(*) FROM greetings")).<Long>scalar());
        show("rows after the savepoint was rolled back", count);
    }

    private static void schema(Engine engine, MetaData metadata) {
        section("2. Schema: MetaData, Table, create_all");
        Table users = metadata.table("users",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("username", string(50)).unique().notNull(),
                Column.of("email", string(100)).notNull(),
                Column.of("age", INTEGER),
                Column.of("created", DATETIME).serverDefault(func.currentTimestamp()));
        Table addresses = metadata.table("addresses",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("user_id", INTEGER).references("users.id").onDelete("CASCADE"),
                Column.of("email", string(100)).notNull(),
                Index.of("ix_addresses_email", "email").unique(),
                CheckConstraint.of("length(email) > 3", "ck_email_len"));
        metadata.createAll(engine);

        engine.transaction(conn -> {
            Result r = conn.execute(insert(users).values(Map.of("username", "john_doe", "email", "john@example.com", "age", 31)));
            Integer johnId = r.insertedPrimaryKey().get(0);
            show("insertedPrimaryKey()", johnId);
            conn.execute(insert(users), List.of(
                    Map.of("username", "jane", "email", "jane@example.com", "age", 17),
                    Map.of("username", "jim", "email", "jim@example.org", "age", 45)));
            conn.execute(insert(addresses), List.of(
                    Map.of("user_id", johnId, "email", "john@work.org"),
                    Map.of("user_id", johnId, "email", "john@home.org")));
        });

        try (Connection conn = engine.connect()) {
            for (Row row : conn.execute(select(users.c("id"), users.c("username"), users.c("created"))
                    .where(users.c("age").gt(18)).orderBy(users.c("id")))) {
                show("row", row + "  created is a " + row.get("created").getClass().getSimpleName());
            }
            long n = conn.execute(select(func.count()).selectFrom(addresses)).scalar();
            show("count() of addresses (a Long)", n);
            List<Object> emails = conn.execute(select(addresses.c("email")).orderBy(addresses.c("email"))).scalars().all();
            show("scalars().all()", emails);
        }
    }

    private static void queries(Engine engine, Table users, Table addresses) {
        section("3. The SQL expression language");
        try (Connection conn = engine.connect()) {
            show("and/or/like/isNull", conn.execute(select(users.c("id"), users.c("username"))
                    .where(and(users.c("age").gt(18), or(users.c("username").like("j%"), users.c("email").isNull())))
                    .orderBy(users.c("id").desc()).limit(10)).all());

            show("join inferred from the foreign key", conn.execute(select(users.c("username"), addresses.c("email"))
                    .selectFrom(users.join(addresses)).where(addresses.c("email").endsWith("@work.org"))).all());

            show("outer join, group by, having", conn.execute(select(users.c("username"), func.count(addresses.c("id")).label("n"))
                    .selectFrom(users.outerJoin(addresses, users.c("id").eq(addresses.c("user_id"))))
                    .groupBy(users.c("username")).having(func.count(addresses.c("id")).gt(1))).all());

            show("in(empty list) is simply false", conn.execute(select(users.c("id")).where(users.c("id").in(List.of()))).all());

            show("correlated EXISTS", conn.execute(select(users.c("username"))
                    .where(exists(select(addresses.c("id")).where(addresses.c("user_id").eq(users.c("id")))))).scalars().all());

            Subquery sq = select(addresses.c("user_id"), func.count().label("n")).groupBy(addresses.c("user_id")).subquery("counts");
            Row viaSubquery = conn.execute(select(users.c("username"), sq.c("n")).selectFrom(users.join(sq, users.c("id").eq(sq.c("user_id"))))).one();
            show("subquery joined (n is a " + viaSubquery.get("n").getClass().getSimpleName() + ")", viaSubquery);

            Cte counts = select(addresses.c("user_id"), func.count().label("n")).groupBy(addresses.c("user_id")).cte("counts");
            show("the same as a CTE", conn.execute(select(users.c("username"), counts.c("n")).selectFrom(users.join(counts))).all());

            show("correlated scalar subquery", conn.execute(select(users.c("username"),
                    select(func.count(addresses.c("id"))).where(addresses.c("user_id").eq(users.c("id"))).scalarSubquery().label("n"))
                    .orderBy(users.c("id"))).all());

            show("window function", conn.execute(select(addresses.c("email"),
                    func.rowNumber().over(partitionBy(addresses.c("user_id")), orderBy(addresses.c("id").desc())).label("rn"))).all());

            show("CASE", conn.execute(select(users.c("username"),
                    caseWhen(users.c("age").lt(20), "young").when(users.c("age").lt(40), "mid").otherwise("old").label("bracket"))
                    .orderBy(users.c("id"))).all());

            show("UNION ALL", conn.execute(unionAll(select(users.c("id")), select(addresses.c("id")))
                    .orderBy(literalColumn("id"))).scalars().all());

            Table nodes = new MetaData().table("nodes",
                    Column.of("id", INTEGER).primaryKey(),
                    Column.of("parent_id", INTEGER).references("nodes.id"),
                    Column.of("name", string(20)));
            nodes.create(conn, true);
            conn.execute(insert(nodes).values(Map.of("id", 1, "name", "root")));
            conn.execute(insert(nodes), List.of(Map.of("id", 2, "parent_id", 1, "name", "a"),
                    Map.of("id", 3, "parent_id", 2, "name", "a.1"), Map.of("id", 4, "parent_id", 1, "name", "b")));
            Cte tree = select(nodes.c("id"), nodes.c("name")).where(nodes.c("id").eq(2)).cte("tree", true);
            tree = tree.unionAll(select(nodes.c("id"), nodes.c("name")).selectFrom(nodes.join(tree, nodes.c("parent_id").eq(tree.c("id")))));
            show("recursive CTE: the subtree of node 2", conn.execute(select(tree.c("name")).orderBy(tree.c("id"))).scalars().all());

            conn.execute(update(users).where(users.c("username").eq("jim")).values(Map.of("age", users.c("age").plus(1))));
            Row returned = conn.execute(insert(users).values(Map.of("username", "ann", "email", "ann@example.com", "age", 28))
                    .returning(users.c("id"), users.c("username"))).one();
            show("INSERT ... RETURNING", returned);
            conn.execute(Sqlite.insert(users).values(Map.of("username", "ann", "email", "again@example.com")).onConflictDoNothing());
            show("ON CONFLICT DO NOTHING kept one 'ann'", conn.execute(select(func.count()).selectFrom(users)
                    .where(users.c("username").eq("ann"))).scalar());
            show("DELETE rowcount", conn.execute(delete(users).where(users.c("username").like("ann%"))).rowcount());
            conn.commit();
        }
        show("the same query compiled for PostgreSQL", select(users).where(users.c("username").contains("50%_off"))
                .compile(PostgresDialect.INSTANCE));
        show("... and for MySQL", select(users.c("username"), func.count(addresses.c("id")))
                .selectFrom(users.join(addresses)).groupBy(users.c("username")).orderBy(users.c("username").nullsFirst())
                .compile(MySqlDialect.INSTANCE));
        show("... and for Oracle", select(users).orderBy(users.c("id")).limit(10).offset(20).compile(OracleDialect.INSTANCE));
        long compiledBefore = engine.compiledCache().compilations();
        try (Connection conn = engine.connect()) {
            for (String name : List.of("jane", "jim", "john_doe")) {
                conn.execute(select(users.c("id")).where(users.c("username").eq(name))).scalar();
            }
        }
        show("three lookups of one shape, compiled", (engine.compiledCache().compilations() - compiledBefore) + " time(s)");
    }

    private static void reflection(Engine engine) {
        section("2b. Reflection");
        Inspector insp = Inspector.of(engine);
        show("tableNames()", insp.tableNames());
        show("foreignKeys(addresses)", insp.foreignKeys("addresses"));
        show("indexes(addresses)", insp.indexes("addresses"));
        MetaData reflected = new MetaData();
        reflected.reflect(engine);
        Table users = reflected.tables().get("users");
        show("reflected users columns", users.columns());
        try (Connection conn = engine.connect()) {
            show("a query on the reflected table", conn.execute(select(users.c("username")).where(users.c("age").gt(40))).scalars().all());
        }
    }
}
