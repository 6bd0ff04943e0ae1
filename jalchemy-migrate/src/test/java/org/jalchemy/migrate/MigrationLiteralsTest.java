package org.jalchemy.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.Dialects;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Inspector;
import org.jalchemy.schema.ReflectedColumn;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Offline ({@code --sql}) migration scripts write every value as a literal of its type, escaped for the dialect:
 * the script, run on the real database, leaves exactly the values, comments and defaults it was given (a byte[]
 * used to become {@code '[B@1a2b3c'}, a Map {@code '{a=1}'}, and a backslash broke MariaDB's literals). Also:
 * dropping a CHECK constraint in a migration, online and offline.
 */
class MigrationLiteralsTest extends DatabaseTest {
    enum Kind { PLAIN, SPECIAL }

    static final List<String> HOSTILE = List.of("it's", "\\", "\\' OR 1=1 -- ", "'; DROP TABLE victims; -- ",
            "trailing\\", "line\nbreak\ttab", "ünïcødé ✓ 日本", "100% _done_", "\"dq\" `bq`", "\\x41\\0");

    /** The statements an offline script holds, compiled for a dialect that has never seen a connection. */
    private List<String> offlineScript(java.util.function.Consumer<Operations> migration) {
        Dialect offline = Dialects.forName(engine.dialect().name());
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        SqlSink sink = SqlSink.offline(offline, new PrintStream(buf, true, StandardCharsets.UTF_8));
        migration.accept(new Operations(sink, null));
        String printed = buf.toString(StandardCharsets.UTF_8);
        for (String s : sink.sent()) {
            assertThat(printed).contains(s + ";");
        }
        return sink.sent();
    }

    private void runScript(List<String> script) {
        try (Connection conn = engine.connect()) {
            conn.begin();
            for (String sql : script) {
                conn.withJdbc(sql, List.of(), jdbc -> {
                    try (var st = jdbc.createStatement()) {
                        return st.execute(sql);
                    }
                });
            }
            conn.commit();
        }
    }

    @Test
    void offlineScriptKeepsEveryValueExactly() {
        engine.transaction(conn -> {
            conn.execute(text("CREATE TABLE victims (id INTEGER PRIMARY KEY)"));
            conn.execute(text("INSERT INTO victims (id) VALUES (1)"));
        });
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("a", 1);
        json.put("quote", "it's \\ \"q\"");
        byte[] bytes = {0, 1, (byte) 0xfe, '\'', '\\'};
        java.util.UUID uuid = java.util.UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", i + 1);
            r.put("s", HOSTILE.get(i));
            r.put("b", bytes);
            r.put("j", json);
            r.put("d", LocalDate.of(2024, 2, 29));
            r.put("ts", LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_000));
            r.put("u", uuid);
            r.put("f", i % 2 == 0);
            r.put("n", new BigDecimal("12.50"));
            r.put("k", Kind.SPECIAL);
            rows.add(r);
        }
        String payload = "\\' OR 1=1 -- it's";
        List<String> script = offlineScript(op -> {
            Table t = op.createTable("offline_t", Column.of("id", INTEGER).primaryKey(),
                    Column.of("s", string(100)).comment(payload), Column.of("b", LARGE_BINARY), Column.of("j", JSON),
                    Column.of("d", DATE), Column.of("ts", DATETIME), Column.of("u", UUID), Column.of("f", BOOLEAN),
                    Column.of("n", numeric(10, 2)), Column.of("k", enumOf(Kind.class)));
            op.bulkInsert(t, rows);
            op.addColumn("offline_t", Column.of("extra", string(100)).serverDefault(literal(payload)).notNull());
        });
        assertThat(String.join("\n", script)).doesNotContain("[B@").doesNotContain("{a=1").doesNotContain("?");
        runScript(script);
        Column<String> s = Column.of("s", string(100));
        Table t = new org.jalchemy.schema.MetaData().table("offline_t", Column.of("id", INTEGER).primaryKey(),
                s, Column.of("b", LARGE_BINARY), Column.of("j", JSON), Column.of("d", DATE), Column.of("ts", DATETIME),
                Column.of("u", UUID), Column.of("f", BOOLEAN), Column.of("n", numeric(10, 2)), Column.of("k", enumOf(Kind.class)),
                Column.of("extra", string(100)));
        try (Connection conn = engine.connect()) {
            List<Row> back = conn.execute(select(t).orderBy(t.c("id"))).all();
            assertThat(back).hasSize(HOSTILE.size());
            for (int i = 0; i < back.size(); i++) {
                Row r = back.get(i);
                Map<String, Object> expected = rows.get(i);
                for (String col : List.of("id", "s", "j", "d", "ts", "u", "f", "n", "k")) {
                    assertThat((Object) r.get(col)).as("%s of row %d on %s", col, i, database).isEqualTo(expected.get(col));
                }
                assertThat((byte[]) r.get("b")).containsExactly(bytes);
                assertThat((Object) r.get("extra")).as("server default on %s", database).isEqualTo(payload);
            }
            assertThat((Object) conn.execute(text("SELECT count(*) FROM victims")).scalar()).isIn(1, 1L);
        }
        if (database != TestDatabase.SQLITE) {
            ReflectedColumn rc = Inspector.of(engine).columns("offline_t").stream().filter(c -> c.name().equals("s"))
                    .findFirst().orElseThrow();
            assertThat(rc.comment()).as("comment on %s", database).isEqualTo(payload);
        }
    }

    @Test
    void dropCheckConstraintInAMigration() {
        engine.transaction(conn -> conn.execute(text("CREATE TABLE m_items (id INTEGER PRIMARY KEY, qty INTEGER)")));
        if (database == TestDatabase.SQLITE) {
            try (Connection conn = engine.connect()) {
                Operations op = new Operations(SqlSink.online(conn), null);
                assertThatThrownBy(() -> op.dropConstraint("ck_qty", "m_items", "check")).isInstanceOf(MigrationError.class)
                        .hasMessageContaining("batchAlterTable");
            }
            return;
        }
        // online
        List<String> sent;
        try (Connection conn = engine.connect()) {
            conn.begin();
            Operations op = new Operations(SqlSink.online(conn), null);
            op.createCheckConstraint("ck_qty", "m_items", "qty > 0");
            conn.commit();
        }
        assertThatThrownBy(() -> engine.transaction(conn -> conn.execute(text("INSERT INTO m_items VALUES (1, -1)"))))
                .isInstanceOf(IntegrityError.class);
        try (Connection conn = engine.connect()) {
            conn.begin();
            SqlSink sink = SqlSink.online(conn);
            new Operations(sink, null).dropConstraint("ck_qty", "m_items", "check");
            conn.commit();
            sent = sink.sent();
        }
        assertThat(sent).containsExactly("ALTER TABLE m_items DROP CONSTRAINT ck_qty");
        engine.transaction(conn -> conn.execute(text("INSERT INTO m_items VALUES (1, -1)")));
        assertThat(Inspector.of(engine).checkConstraints("m_items")).isEmpty();
        // offline: the same script text, run on the server
        List<String> script = offlineScript(op -> {
            op.createCheckConstraint("ck_qty2", "m_items", "qty < 100");
            op.dropConstraint("ck_qty2", "m_items", "check");
        });
        assertThat(script).containsExactly("ALTER TABLE m_items ADD CONSTRAINT ck_qty2 CHECK (qty < 100)",
                "ALTER TABLE m_items DROP CONSTRAINT ck_qty2");
        runScript(script);
        engine.transaction(conn -> conn.execute(text("INSERT INTO m_items VALUES (2, 500)")));
        assertThat(Inspector.of(engine).checkConstraints("m_items")).isEmpty();
    }
}
