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
import org.jalchemy.schema.CheckConstraint;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Index;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;

/** TOUR.md sections 1 to 3: engine, connections, raw SQL, schema, the expression language. */
final class CoreTour {
    private CoreTour() {}

    static void run() {
        try (Engine engine = Engine.builder("sqlite:///:memory:").echo(true).build()) {
            rawSql(engine);
            schema(engine);
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
        long count = engine.transactionResult(conn -> conn.execute(text("SELECT count(*) FROM greetings")).scalar() instanceof Number n
                ? n.longValue() : -1L);
        show("rows after the savepoint was rolled back", count);
    }

    private static void schema(Engine engine) {
        section("2. Schema: MetaData, Table, create_all");
        MetaData metadata = new MetaData();
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
}
