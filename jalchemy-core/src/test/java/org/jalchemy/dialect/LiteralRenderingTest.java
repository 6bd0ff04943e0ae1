package org.jalchemy.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalchemy.dialect.mysql.MariaDbDialect;
import org.jalchemy.dialect.oracle.OracleDialect;
import org.jalchemy.dialect.postgresql.PostgresDialect;
import org.jalchemy.dialect.sqlite.SqliteDialect;
import org.jalchemy.engine.Connection;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.CompileError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.CacheKey;
import org.jalchemy.sql.Executable;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.jalchemy.types.SqlType;
import org.junit.jupiter.api.Test;

/**
 * Values rendered as SQL literals by their type ({@code Dialect.renderLiteral}, used by server defaults,
 * literalBinds and offline migration scripts) insert what a bound parameter would: each case is inserted through
 * a rendered INSERT, read back with a bound SELECT and compared as Java values. A {@code byte[]} used to render as
 * {@code '[B@1a2b3c'} and a JSON map as {@code '{a=1}'}.
 */
class LiteralRenderingTest extends DatabaseTest {
    enum Color { RED, LIGHT_BLUE }

    record Case(SqlType<?> type, Object value, Object expected) {
    }

    private static Case same(SqlType<?> type, Object value) {
        return new Case(type, value, value);
    }

    private List<Case> cases() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("a", 1);
        json.put("s", "it's \\ \"quoted\" {a=1}");
        json.put("n", null);
        json.put("list", List.of(1, 2, "x"));
        OffsetDateTime zoned = OffsetDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_000, ZoneOffset.ofHoursMinutes(5, 30));
        List<Case> c = new ArrayList<>(List.of(
                same(INTEGER, 0), same(INTEGER, Integer.MIN_VALUE), same(INTEGER, Integer.MAX_VALUE),
                same(BIGINT, Long.MIN_VALUE), same(BIGINT, Long.MAX_VALUE), same(SMALLINT, -32768),
                same(string(60), "it's \\' OR 1=1 -- "), same(string(60), "ünïcødé ✓ 日本"), same(string(10), ""),
                same(TEXT, "line\nbreak\\n and a tab\t"),
                same(BOOLEAN, true), same(BOOLEAN, false),
                same(FLOAT, 1.5f), same(FLOAT, -1024.125f), same(FLOAT, 3.4e38f),
                same(DOUBLE, 0.1), same(DOUBLE, Math.PI), same(DOUBLE, 1e300), same(DOUBLE, -2.5e-300),
                new Case(numeric(10, 2), new BigDecimal("12.5"), new BigDecimal("12.50")),
                same(numeric(10, 2), new BigDecimal("-0.01")), same(numeric(12, 4), new BigDecimal("12345678.1234")),
                same(NUMERIC, new BigDecimal("1000")),
                same(DATE, LocalDate.of(2024, 2, 29)), same(DATE, LocalDate.of(1970, 1, 1)),
                same(TIME, LocalTime.of(23, 59, 59, 123_456_000)), same(TIME, LocalTime.MIDNIGHT),
                same(DATETIME, LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_000)),
                same(DATETIME, LocalDateTime.of(1999, 12, 31, 0, 0)),
                new Case(TIMESTAMPTZ, zoned, zoned.withOffsetSameInstant(ZoneOffset.UTC)),
                same(INTERVAL, Duration.ofHours(76).plusNanos(5_000)), same(INTERVAL, Duration.ofMinutes(-90)),
                same(LARGE_BINARY, new byte[] {0, 1, 2, (byte) 0xff, '\'', '\\', 'x'}), same(LARGE_BINARY, new byte[0]),
                same(enumOf(Color.class), Color.LIGHT_BLUE),
                same(JSON, json), same(JSON, List.of(1, "two", Map.of("three", 3))),
                same(UUID, java.util.UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"))));
        if (database == TestDatabase.POSTGRESQL) {
            c.add(same(DOUBLE, Double.NaN));
            c.add(same(DOUBLE, Double.NEGATIVE_INFINITY));
            c.add(same(FLOAT, Float.POSITIVE_INFINITY));
        }
        if (database == TestDatabase.SQLITE) {
            c.add(same(DOUBLE, Double.POSITIVE_INFINITY));
            c.add(same(DOUBLE, Double.NEGATIVE_INFINITY));
        }
        return c;
    }

    @Test
    void renderedInsertsReadBackAsTheValue() {
        List<Case> cases = cases();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            String what = c.type() + " " + show(c.value()) + " on " + database;
            MetaData md = new MetaData();
            Column<Object> v = Column.of("v", (SqlType<Object>) c.type());
            Table t = md.table("lit" + i, Column.of("id", INTEGER).primaryKey().autoincrement(false), v);
            md.createAll(engine);
            Executable ins = insert(t).values(Map.of("id", 1, "v", c.value()));
            String sql = engine.dialect().newCompiler(CacheKey.of(ins), Map.of()).literalBinds(true).compile(ins).sql();
            assertThat(sql).as(what).doesNotContain("?").doesNotContain("[B@").doesNotContain("{a=1,");
            try (Connection conn = engine.connect()) {
                conn.begin();
                conn.withJdbc(sql, List.of(), jdbc -> {
                    try (var st = jdbc.createStatement()) {
                        return st.executeUpdate(sql);
                    }
                });
                conn.commit();
                Object got = conn.execute(select(v).where(t.c("id").eq(1))).scalar();
                Class<?> cls = c.expected() instanceof Map ? Map.class : c.expected() instanceof List ? List.class : c.expected().getClass();
                assertThat(got).as("%s, rendered as %s, read back as %s", what, sql, got).isInstanceOf(cls);
                if (c.expected() instanceof byte[] b) {
                    assertThat((byte[]) got).as(what).containsExactly(b);
                } else {
                    assertThat(got).as("%s, rendered as %s", what, sql).isEqualTo(c.expected());
                }
                // and a bound parameter finds it: the literal stored what binding would (JSON, TEXT and BLOBs
                // are not comparable everywhere, NaN equals nothing)
                if (!(c.value() instanceof Double d && d.isNaN()) && c.type() != JSON && c.type() != TEXT
                        && c.type() != LARGE_BINARY) {
                    Object matched = conn.execute(select(t.c("id")).where(v.eq(c.value()))).scalar();
                    assertThat(matched).as("bound lookup of %s", what).isEqualTo(1);
                }
            }
        }
    }

    @Test
    void nullAndServerDefaults() {
        MetaData md = new MetaData();
        Table t = md.table("defaults", Column.of("id", INTEGER).primaryKey(),
                Column.of("b", LARGE_BINARY).nullable(true),
                Column.of("d", DATE).serverDefault(literal(LocalDate.of(2024, 2, 29))),
                Column.of("n", numeric(10, 2)).serverDefault(literal(new BigDecimal("9.99"))),
                Column.of("f", BOOLEAN).serverDefault(literal(true)),
                Column.of("s", string(30)).serverDefault(literal("it's \\ here")));
        md.createAll(engine);
        engine.transaction(conn -> conn.execute(insert(t).values(Map.of("id", 1))));
        try (Connection conn = engine.connect()) {
            var row = conn.execute(select(t)).one();
            assertThat((Object) row.get("b")).isNull();
            assertThat((Object) row.get("d")).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat((Object) row.get("n")).isEqualTo(new BigDecimal("9.99"));
            assertThat((Object) row.get("f")).isEqualTo(true);
            assertThat((Object) row.get("s")).isEqualTo("it's \\ here");
        }
        assertThat(engine.dialect().renderLiteral(null, LARGE_BINARY)).isEqualTo("NULL");
    }

    @Test
    void wrongValuesAndUnwritableOnesAreClearErrors() {
        assertThatThrownBy(() -> engine.dialect().renderLiteral("abc", INTEGER)).isInstanceOf(ArgumentError.class);
        assertThatThrownBy(() -> engine.dialect().renderLiteral(new Object(), NULLTYPE)).isInstanceOf(CompileError.class)
                .hasMessageContaining("java.lang.Object");
        if (database != TestDatabase.POSTGRESQL) {
            assertThatThrownBy(() -> engine.dialect().renderLiteral(Double.NaN, DOUBLE)).isInstanceOf(CompileError.class)
                    .hasMessageContaining("NaN");
        }
    }

    /** The text per dialect, Oracle included (compiled only). */
    @Test
    void renderedTextPerDialect() {
        if (database != TestDatabase.SQLITE) {
            return; // compiled text only: once is enough
        }
        byte[] bytes = {1, (byte) 0xab};
        OffsetDateTime z = OffsetDateTime.of(2024, 2, 29, 12, 0, 0, 500_000_000, ZoneOffset.ofHours(2));
        Map<String, Object> json = Map.of("a", 1);
        Dialect sqlite = SqliteDialect.INSTANCE;
        Dialect pg = PostgresDialect.INSTANCE;
        Dialect maria = MariaDbDialect.INSTANCE;
        Dialect ora = OracleDialect.INSTANCE;
        assertThat(sqlite.renderLiteral(bytes, LARGE_BINARY)).isEqualTo("X'01ab'");
        assertThat(maria.renderLiteral(bytes, LARGE_BINARY)).isEqualTo("X'01ab'");
        assertThat(pg.renderLiteral(bytes, LARGE_BINARY)).isEqualTo("decode('01ab', 'hex')");
        assertThat(ora.renderLiteral(bytes, LARGE_BINARY)).isEqualTo("HEXTORAW('01ab')");
        for (Dialect d : List.of(sqlite, pg, maria, ora)) {
            assertThat(d.renderLiteral(json, JSON)).isEqualTo("'{\"a\":1}'");
            assertThat(d.renderLiteral(new BigDecimal("1E+3"), NUMERIC)).isEqualTo("1000");
            assertThat(d.renderLiteral(Color.RED, enumOf(Color.class))).isEqualTo("'RED'");
            assertThat(d.renderLiteral(java.util.UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"), UUID))
                    .isEqualTo("'0f8fad5b-d9cb-469f-a165-70867728950e'");
            assertThat(d.renderLiteral(null, JSON)).isEqualTo("NULL");
        }
        assertThat(sqlite.renderLiteral(LocalDate.of(2024, 2, 29), DATE)).isEqualTo("'2024-02-29'");
        assertThat(pg.renderLiteral(LocalDate.of(2024, 2, 29), DATE)).isEqualTo("DATE '2024-02-29'");
        assertThat(ora.renderLiteral(LocalDate.of(2024, 2, 29), DATE)).isEqualTo("DATE '2024-02-29'");
        assertThat(ora.renderLiteral(LocalTime.of(23, 5, 1, 250_000_000), TIME))
                .isEqualTo("INTERVAL '0 23:05:01.25' DAY(0) TO SECOND(6)");
        assertThat(ora.renderLiteral(LocalDateTime.of(2024, 2, 29, 1, 2, 3), DATETIME)).isEqualTo("TIMESTAMP '2024-02-29 01:02:03'");
        assertThat(ora.renderLiteral(z, TIMESTAMPTZ)).isEqualTo("TIMESTAMP '2024-02-29 10:00:00.5 +00:00'");
        assertThat(pg.renderLiteral(z, TIMESTAMPTZ)).isEqualTo("TIMESTAMP WITH TIME ZONE '2024-02-29 10:00:00.5+00:00'");
        assertThat(maria.renderLiteral(z, TIMESTAMPTZ)).isEqualTo("TIMESTAMP '2024-02-29 10:00:00.5'");
        assertThat(sqlite.renderLiteral(z, TIMESTAMPTZ)).isEqualTo("'2024-02-29 10:00:00.5+00:00'");
        assertThat(ora.renderLiteral(Duration.ofHours(-26).minusNanos(5000), INTERVAL))
                .isEqualTo("INTERVAL '-1 02:00:00.000005' DAY(9) TO SECOND(6)");
        assertThat(pg.renderLiteral(Duration.ofMinutes(90), INTERVAL)).isEqualTo("INTERVAL 'PT1H30M'");
        assertThat(maria.renderLiteral(Duration.ofMillis(1), INTERVAL)).isEqualTo("1000");
        assertThat(ora.renderLiteral(true, BOOLEAN)).isEqualTo("1");
        assertThat(pg.renderLiteral(true, BOOLEAN)).isEqualTo("true");
        assertThat(maria.renderLiteral(false, BOOLEAN)).isEqualTo("0");
        assertThat(ora.renderLiteral(Double.NaN, DOUBLE)).isEqualTo("BINARY_DOUBLE_NAN");
        assertThat(ora.renderLiteral(Float.NEGATIVE_INFINITY, FLOAT)).isEqualTo("-BINARY_FLOAT_INFINITY");
        assertThat(pg.renderLiteral(Double.NaN, DOUBLE)).isEqualTo("CAST('NaN' AS DOUBLE PRECISION)");
        // strings: the one escaping place per dialect
        assertThat(ora.renderLiteral("it's \\", STRING)).isEqualTo("'it''s \\'");
        assertThat(sqlite.renderLiteral("it's \\", STRING)).isEqualTo("'it''s \\'");
        assertThat(pg.renderLiteral("it's \\", STRING)).isEqualTo("E'it''s \\\\'");
        assertThat(pg.renderLiteral("it's", STRING)).isEqualTo("'it''s'");
        assertThat(maria.renderLiteral("\\' OR 1=1 -- ", STRING)).isEqualTo("'\\\\'' OR 1=1 -- '");
        assertThatThrownBy(() -> ora.renderLiteral("a\0b", STRING)).isInstanceOf(CompileError.class);
    }

    private static String show(Object v) {
        return v instanceof byte[] b ? java.util.Arrays.toString(b) : String.valueOf(v);
    }
}
