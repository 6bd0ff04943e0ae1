package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.util.List;
import java.util.Map;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

class SmokeTest extends DatabaseTest {
    @Test
    void createInsertSelect() {
        MetaData md = new MetaData();
        Table users = md.table("users",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("username", string(50)).unique().notNull(),
                Column.of("age", INTEGER));
        md.createAll(engine);
        Object pk = engine.transactionResult(conn ->
                conn.execute(insert(users).values(Map.of("username", "alice", "age", 30))).insertedPrimaryKey().get(0));
        assertThat(pk).isEqualTo(1);
        engine.transaction(conn -> conn.execute(insert(users), List.of(Map.of("username", "bob", "age", 20),
                Map.of("username", "carol", "age", 40))));
        try (Connection conn = engine.connect()) {
            List<Row> rows = conn.execute(select(users.c("id"), users.c("username")).where(users.c("age").gt(25))
                    .orderBy(users.c("id"))).all();
            assertThat(rows).extracting(r -> r.get("username")).containsExactly("alice", "carol");
            long n = conn.execute(select(func.count()).selectFrom(users)).scalar();
            assertThat(n).isEqualTo(3L);
            String name = conn.execute(text("SELECT username FROM users WHERE id = :id"), Map.of("id", 1)).scalar();
            assertThat(name).isEqualTo("alice");
        }
        md.dropAll(engine);
    }
}
