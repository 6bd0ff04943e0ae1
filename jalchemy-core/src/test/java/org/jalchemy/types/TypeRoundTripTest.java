package org.jalchemy.types;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.exc.DataError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Every built-in type, on every database: values written through {@code insert(table).values(...)} and through
 * executemany come back equal and as the exact Java class of the column's type, and (where equality is meaningful
 * on that database) {@code where(col.eq(value))} finds exactly the rows holding the value.
 *
 * <p>Equality is not checked for JSON anywhere: PostgreSQL's {@code json} has no {@code =} operator, and elsewhere
 * JSON compares as text, so it depends on formatting. MariaDB compares strings by collation (utf8mb4_general_ci:
 * case-, accent- and trailing-space-insensitive, all emoji equal), so the string values here differ beyond that.
 */
class TypeRoundTripTest extends DatabaseTest {
    enum Color { RED, GREEN, LIGHT_BLUE }

    /** A value to write and the value expected back (equal, same class). */
    record Case(Object input, Object expected) {
    }

    private static Case same(Object value) {
        return new Case(value, value);
    }

    private static Case of(Object input, Object expected) {
        return new Case(input, expected);
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static final int MANY = 1000;

    /**
     * Creates {@code rt(id, v)}, writes each case twice (id {@code i} through {@code insert().values()}, id
     * {@code 1000 + i} through executemany) plus a NULL, reads everything back and checks value and class; then,
     * when {@code whereEq}, looks every value up with {@code v = ?}.
     */
    private void roundTrip(SqlType<?> type, Class<?> javaClass, boolean whereEq, List<Case> cases) {
        MetaData md = new MetaData();
        Table t = md.table("rt", Column.of("id", INTEGER).primaryKey().autoincrement(false), Column.of("v", type));
        md.createAll(engine);
        List<Case> all = new ArrayList<>(cases);
        all.add(same(null));
        engine.transaction(conn -> {
            List<Map<String, Object>> many = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                conn.execute(insert(t).values(row("id", i, "v", all.get(i).input())));
                many.add(row("id", MANY + i, "v", all.get(i).input()));
            }
            conn.execute(insert(t), many);
        });
        Column<Object> id = t.c("id");
        Column<Object> v = t.c("v");
        try (Connection conn = engine.connect()) {
            List<Row> rows = conn.execute(select(id, v).orderBy(id)).all();
            assertThat(rows).hasSize(2 * all.size());
            for (Row r : rows) {
                int i = (Integer) r.get(id);
                Case c = all.get(i % MANY);
                Object got = r.get(v);
                String what = type + " on " + database + ", row " + i + ", written as " + show(c.input());
                if (c.expected() == null) {
                    assertThat(got).as(what).isNull();
                    continue;
                }
                assertThat(got).as(what).isInstanceOf(javaClass);
                if (javaClass != java.util.Map.class && javaClass != List.class) {
                    assertThat(got.getClass()).as(what).isEqualTo(c.expected().getClass());
                }
                assertThat(got).as(what).isEqualTo(c.expected());
                if (got instanceof OffsetDateTime odt) {
                    assertThat(odt.getOffset()).as(what).isEqualTo(ZoneOffset.UTC);
                    assertThat(odt).as(what).isAtSameInstantAs((OffsetDateTime) c.expected());
                }
            }
            if (!whereEq) {
                return;
            }
            for (int i = 0; i < all.size(); i++) {
                Object in = all.get(i).input();
                List<Object> found = conn.execute(select(id).where(v.eq(in)).orderBy(id)).scalars().all();
                TreeSet<Integer> expected = new TreeSet<>();
                for (int j = 0; j < all.size(); j++) {
                    if (Objects.deepEquals(all.get(j).expected(), all.get(i).expected())) {
                        expected.add(j);
                        expected.add(MANY + j);
                    }
                }
                assertThat(new TreeSet<>(found)).as("%s on %s: WHERE v = %s", type, database, show(in))
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    private static String show(Object v) {
        return v instanceof byte[] b ? "bytes" + Arrays.toString(b) : String.valueOf(v);
    }

    @Test
    void integer() {
        roundTrip(INTEGER, Integer.class, true, List.of(same(0), same(1), same(-1), same(Integer.MAX_VALUE),
                same(Integer.MIN_VALUE), of(42L, 42), of((short) 7, 7), of(new BigDecimal("12"), 12)));
    }

    @Test
    void bigint() {
        roundTrip(BIGINT, Long.class, true, List.of(same(0L), same(-1L), same(Long.MAX_VALUE), same(Long.MIN_VALUE),
                of(Integer.MAX_VALUE, (long) Integer.MAX_VALUE), same(1L << 40)));
    }

    @Test
    void smallint() {
        roundTrip(SMALLINT, Integer.class, true, List.of(same(0), same(-1), same(32767), same(-32768),
                of((short) 12, 12), of(99L, 99)));
    }

    @Test
    void varchar() {
        roundTrip(string(100), String.class, true, strings());
    }

    @Test
    void unboundedStringOrText() {
        roundTrip(TEXT, String.class, true, strings());
    }

    private static List<Case> strings() {
        return List.of(same(""), same("plain"), same("Ünïcödé ß 日本語"), same("emoji 😀 in the middle"),
                same("it's \"quoted\""), same("back\\slash \\n not a newline"), same("line\nbreak\ttab"),
                same(" padded both sides  "), same("percent % and _ underscore"), same("x".repeat(100)));
    }

    @Test
    void longText() {
        roundTrip(TEXT, String.class, true, List.of(same("ü".repeat(70_000)), same("a".repeat(300_000))));
    }

    @Test
    void bool() {
        roundTrip(BOOLEAN, Boolean.class, true, List.of(same(true), same(false), of(1, true), of(0L, false)));
    }

    @Test
    void floatType() {
        roundTrip(FLOAT, Float.class, true, List.of(same(0f), same(1.5f), same(-0.25f), same(1024.125f),
                of(2.5d, 2.5f), of(3, 3f)));
    }

    @Test
    void floatTypeInexact() {
        // 3.14f has no exact binary form; it must still come back as the same float, and be found by equality
        roundTrip(FLOAT, Float.class, true, List.of(same(3.14f), same(-123.456f), same(1.0e30f)));
    }

    @Test
    void doubleType() {
        roundTrip(DOUBLE, Double.class, true, List.of(same(0d), same(0.1d), same(-1.5d), same(Math.PI),
                same(1.7976931348623157e308), same(-2.2250738585072014e-308), same(1.0e-300), of(7, 7d), of(1.5f, 1.5d)));
    }

    // NaN and infinities: kept by PostgreSQL; SQLite keeps infinities but would turn NaN into NULL, and MySQL/MariaDB
    // has neither, so those are refused with a DataError naming the value instead of a silent NULL or a syntax error

    @Test
    void nonFiniteDoubles() {
        List<Double> kept = database == TestDatabase.POSTGRESQL ? List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)
                : database == TestDatabase.SQLITE ? List.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY) : List.of();
        List<Double> refused = database == TestDatabase.POSTGRESQL ? List.of()
                : database == TestDatabase.SQLITE ? List.of(Double.NaN) : List.of(Double.NaN, Double.POSITIVE_INFINITY);
        nonFinite(DOUBLE, kept, refused);
    }

    @Test
    void nonFiniteFloats() {
        List<Float> kept = database == TestDatabase.POSTGRESQL ? List.of(Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY)
                : database == TestDatabase.SQLITE ? List.of(Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY) : List.of();
        List<Float> refused = database == TestDatabase.POSTGRESQL ? List.of()
                : database == TestDatabase.SQLITE ? List.of(Float.NaN) : List.of(Float.NaN, Float.NEGATIVE_INFINITY);
        nonFinite(FLOAT, kept, refused);
    }

    private void nonFinite(SqlType<?> type, List<?> kept, List<?> refused) {
        MetaData md = new MetaData();
        Table t = md.table("nf", Column.of("id", INTEGER).primaryKey(), Column.of("v", type));
        md.createAll(engine);
        for (Object value : kept) {
            engine.transaction(conn -> conn.execute(insert(t).values(Map.of("v", value))));
        }
        for (Object value : refused) {
            assertThatThrownBy(() -> engine.transaction(conn -> conn.execute(insert(t).values(Map.of("v", value)))))
                    .as("%s into %s on %s", value, type, database).isInstanceOf(DataError.class)
                    .hasMessageContaining("cannot store the floating-point value " + value.toString().replace("Infinity", ""));
        }
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(select(t.c("v")).orderBy(t.c("id"))).scalars().all()).as("on %s", database)
                    .containsExactlyElementsOf(kept);
        }
    }

    @Test
    void numericWithScale() {
        roundTrip(numeric(12, 2), BigDecimal.class, true, List.of(
                same(new BigDecimal("12.50")), of(new BigDecimal("12.5"), new BigDecimal("12.50")),
                same(new BigDecimal("-12.75")), same(new BigDecimal("0.00")), of(BigDecimal.ZERO, new BigDecimal("0.00")),
                same(new BigDecimal("9999999999.99")), same(new BigDecimal("-9999999999.99")),
                of(new BigDecimal("1E+3"), new BigDecimal("1000.00")), of(new BigDecimal("-5E+2"), new BigDecimal("-500.00")),
                of(7, new BigDecimal("7.00")), of(-3L, new BigDecimal("-3.00")), same(new BigDecimal("0.01"))));
    }

    @Test
    void numericWithoutPrecision() {
        // NUMERIC without precision: the exact value, trailing zeros stripped (scale never negative)
        roundTrip(NUMERIC, BigDecimal.class, true, List.of(
                of(new BigDecimal("12.50"), new BigDecimal("12.5")), same(new BigDecimal("-0.125")),
                same(new BigDecimal("123456789")), of(new BigDecimal("1E+3"), new BigDecimal("1000")),
                of(5, new BigDecimal("5")), same(new BigDecimal("0.1"))));
    }

    @Test
    void date() {
        roundTrip(DATE, LocalDate.class, true, List.of(same(LocalDate.of(2024, 2, 29)), same(LocalDate.of(1970, 1, 1)),
                same(LocalDate.of(1, 1, 1).plusYears(1000)), same(LocalDate.of(9999, 12, 31)), same(LocalDate.of(1969, 12, 31))));
    }

    @Test
    void time() {
        roundTrip(TIME, LocalTime.class, true, List.of(same(LocalTime.MIDNIGHT), same(LocalTime.of(12, 0)),
                same(LocalTime.of(23, 59, 59, 123_456_000)), same(LocalTime.of(23, 59, 59, 999_999_000)),
                same(LocalTime.of(0, 0, 0, 1000)), same(LocalTime.of(8, 30, 15))));
    }

    @Test
    void datetime() {
        roundTrip(DATETIME, LocalDateTime.class, true, List.of(
                same(LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_000)), same(LocalDateTime.of(1970, 1, 1, 0, 0)),
                same(LocalDateTime.of(2000, 1, 1, 12, 0, 0, 1000)), same(LocalDateTime.of(1999, 12, 31, 23, 59, 59)),
                same(LocalDateTime.of(2038, 1, 19, 3, 14, 8)), same(LocalDateTime.of(2024, 3, 10, 2, 30)), same(LocalDateTime.of(2024, 3, 31, 2, 30)),
                same(LocalDateTime.of(1500, 3, 1, 10, 0, 0, 5000)), same(LocalDateTime.of(1, 1, 1, 0, 0)), same(LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000))));
    }

    @Test
    void timestampWithTimeZone() {
        OffsetDateTime india = OffsetDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_000, ZoneOffset.ofHoursMinutes(5, 30));
        OffsetDateTime west = OffsetDateTime.of(1999, 12, 31, 20, 0, 0, 0, ZoneOffset.ofHours(-8));
        OffsetDateTime utc = OffsetDateTime.of(2030, 6, 1, 0, 0, 0, 1000, ZoneOffset.UTC);
        roundTrip(TIMESTAMPTZ, OffsetDateTime.class, true, List.of(
                of(india, india.withOffsetSameInstant(ZoneOffset.UTC)), of(west, west.withOffsetSameInstant(ZoneOffset.UTC)),
                same(utc), of(utc.toInstant().plusSeconds(1), utc.plusSeconds(1)),
                of(india.toZonedDateTime().plusDays(1), india.plusDays(1).withOffsetSameInstant(ZoneOffset.UTC))));
    }

    @Test
    void interval() {
        Duration long1 = Duration.ofDays(3).plusHours(4).plusMinutes(5).plusSeconds(6).plusNanos(7_000);
        roundTrip(INTERVAL, Duration.class, true, List.of(same(Duration.ZERO), same(long1), same(long1.negated()),
                same(Duration.ofHours(-1).minusNanos(1000)), same(Duration.ofMillis(1500)), same(Duration.ofDays(400)),
                same(Duration.ofNanos(1000)), same(Duration.ofSeconds(-1))));
    }

    // sub-microsecond digits are dropped (toward zero) before binding, so every database stores the same value

    @Test
    void subMicrosecondDateTimes() {
        roundTrip(DATETIME, LocalDateTime.class, true, List.of(
                of(LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_789), LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_000)),
                of(LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_999_999), LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_999_000))));
    }

    @Test
    void subMicrosecondTimes() {
        roundTrip(TIME, LocalTime.class, true, List.of(of(LocalTime.of(1, 2, 3, 456_789_999), LocalTime.of(1, 2, 3, 456_789_000))));
    }

    @Test
    void subMicrosecondTimestampsWithTimeZone() {
        OffsetDateTime t = OffsetDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_789, ZoneOffset.ofHours(2));
        roundTrip(TIMESTAMPTZ, OffsetDateTime.class, true, List.of(
                of(t, t.withNano(123_456_000).withOffsetSameInstant(ZoneOffset.UTC))));
    }

    @Test
    void subMicrosecondIntervals() {
        roundTrip(INTERVAL, Duration.class, true, List.of(of(Duration.ofNanos(1_999), Duration.ofNanos(1_000)),
                of(Duration.ofNanos(-1_500), Duration.ofNanos(-1_000)), of(Duration.ofSeconds(-3, 1_500), Duration.ofSeconds(-3, 2_000))));
    }

    @Test
    void largeBinary() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        roundTrip(LARGE_BINARY, byte[].class, true, List.of(same(new byte[0]), same(all), same(new byte[] {0}),
                same(new byte[] {(byte) 0xff, 0, 0x27, 0x5c}), same(new byte[70_000])));
    }

    @Test
    void enumType() {
        roundTrip(enumOf(Color.class), Color.class, true, List.of(same(Color.RED), same(Color.LIGHT_BLUE),
                of("GREEN", Color.GREEN)));
    }

    @Test
    void uuid() {
        java.util.UUID u = java.util.UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        roundTrip(UUID, java.util.UUID.class, true, List.of(same(u), same(new java.util.UUID(0, 0)),
                same(new java.util.UUID(-1, -1)), of("00000000-0000-0000-0000-000000000001", new java.util.UUID(0, 1))));
    }

    @Test
    void jsonObjects() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("name", "ünï 😀 \"q\" \\");
        nested.put("n", 1);
        nested.put("big", 12345678901L);
        nested.put("pi", 3.25);
        nested.put("yes", true);
        nested.put("nothing", null);
        nested.put("list", Arrays.asList(1, "two", null, false, List.of(), Map.of()));
        nested.put("inner", Map.of("deeper", Map.of("k", List.of(1, 2, 3))));
        roundTrip(JSON, java.util.Map.class, false, List.of(same(nested), same(Map.of()), same(Map.of("a", "b"))));
    }

    @Test
    void jsonLists() {
        roundTrip(JSON, List.class, false, List.of(same(List.of()), same(Arrays.asList(1, 2.5, "x", true, null)),
                same(List.of(Map.of("id", 1), Map.of("id", 2)))));
    }

    @Test
    void jsonScalars() {
        roundTrip(JSON, Object.class, false, List.of(same("just a string"), same(42), same(true), same(2.5)));
    }

    // ---- aggregates: count() is a Long everywhere; sum() is of its argument's type; avg() a BigDecimal

    @Test
    void aggregateTypes() {
        MetaData md = new MetaData();
        Table t = md.table("agg", Column.of("id", INTEGER).primaryKey(), Column.of("i", INTEGER),
                Column.of("b", BIGINT), Column.of("d", numeric(10, 2)), Column.of("f", DOUBLE));
        md.createAll(engine);
        engine.transaction(conn -> conn.execute(insert(t), List.of(
                row("i", 1, "b", 4_000_000_000L, "d", new BigDecimal("1.25"), "f", 0.5),
                row("i", 2, "b", 4_000_000_000L, "d", new BigDecimal("2.50"), "f", 1.0))));
        try (Connection conn = engine.connect()) {
            Row r = conn.execute(select(func.count(), func.count(t.c("i")), func.sum(t.c("i")), func.sum(t.c("b")),
                    func.sum(t.c("d")), func.sum(t.c("f")), func.avg(t.c("i")), func.max(t.c("d")), func.min(t.c("b")))
                    .selectFrom(t)).one();
            String on = "on " + database;
            assertThat(r.<Object>get(0)).as(on).isExactlyInstanceOf(Long.class).isEqualTo(2L);
            assertThat(r.<Object>get(1)).as(on).isExactlyInstanceOf(Long.class).isEqualTo(2L);
            assertThat(r.<Object>get(2)).as(on).isExactlyInstanceOf(Integer.class).isEqualTo(3);
            assertThat(r.<Object>get(3)).as(on).isExactlyInstanceOf(Long.class).isEqualTo(8_000_000_000L);
            assertThat(r.<Object>get(4)).as(on).isExactlyInstanceOf(BigDecimal.class).isEqualTo(new BigDecimal("3.75"));
            assertThat(r.<Object>get(5)).as(on).isExactlyInstanceOf(Double.class).isEqualTo(1.5);
            assertThat(r.<Object>get(6)).as(on).isExactlyInstanceOf(BigDecimal.class).isEqualTo(new BigDecimal("1.5"));
            assertThat(r.<Object>get(7)).as(on).isExactlyInstanceOf(BigDecimal.class).isEqualTo(new BigDecimal("2.50"));
            assertThat(r.<Object>get(8)).as(on).isExactlyInstanceOf(Long.class).isEqualTo(4_000_000_000L);
            long n = conn.execute(select(func.count()).selectFrom(t)).scalar();
            assertThat(n).isEqualTo(2L);
        }
    }

    @Test
    void anIntegerSumTooBigForIntegerIsADataError() {
        MetaData md = new MetaData();
        Table t = md.table("big", Column.of("id", INTEGER).primaryKey(), Column.of("i", INTEGER));
        md.createAll(engine);
        engine.transaction(conn -> conn.execute(insert(t), List.of(row("i", Integer.MAX_VALUE), row("i", 1))));
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(select(func.sum(t.c("i"))).selectFrom(t)).scalar())
                    .as("on %s", database).isInstanceOf(DataError.class).hasMessageContaining("2147483648");
            Object wide = conn.execute(select(func.call("sum", BIGINT, t.c("i"))).selectFrom(t)).scalar();
            assertThat(wide).as("on %s", database).isEqualTo(Integer.MAX_VALUE + 1L);
        }
    }

    @Test
    void booleanExpressionsReadAsBoolean() {
        MetaData md = new MetaData();
        Table t = md.table("b", Column.of("id", INTEGER).primaryKey(), Column.of("n", INTEGER), Column.of("flag", BOOLEAN));
        md.createAll(engine);
        engine.transaction(conn -> conn.execute(insert(t).values(row("n", 5, "flag", true))));
        try (Connection conn = engine.connect()) {
            Row r = conn.execute(select(t.c("n").gt(3).label("big"), t.c("flag")).where(t.c("flag").eq(true))).one();
            assertThat(r.<Object>get("big")).as("on %s", database).isEqualTo(Boolean.TRUE);
            assertThat(r.<Object>get("flag")).as("on %s", database).isEqualTo(Boolean.TRUE);
            assertThat(conn.execute(select(t.c("id")).where(t.c("flag").eq(false))).all()).isEmpty();
        }
    }
}
