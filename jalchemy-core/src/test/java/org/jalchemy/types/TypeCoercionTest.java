package org.jalchemy.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.DataError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link SqlType#coerce}: values of a convertible Java type are accepted for a column; values that do not fit are
 * refused with an {@link ArgumentError} naming the value, the type and the column, before any SQL is sent.
 */
class TypeCoercionTest extends DatabaseTest {
    enum Size { SMALL, LARGE }

    private Table t;

    @BeforeEach
    void createTable() {
        MetaData md = new MetaData();
        t = md.table("c", Column.of("id", INTEGER).primaryKey(), Column.of("n", INTEGER), Column.of("s", SMALLINT),
                Column.of("b", BIGINT), Column.of("u", UUID), Column.of("e", enumOf(Size.class)),
                Column.of("d", numeric(8, 2)), Column.of("flag", BOOLEAN));
        md.createAll(engine);
        clearStatements();
    }

    private Row only() {
        try (Connection conn = engine.connect()) {
            return conn.execute(select(t.c("n"), t.c("s"), t.c("b"), t.c("u"), t.c("e"), t.c("d"), t.c("flag"))).one();
        }
    }

    @Test
    void widerAndExactValuesAreConverted() {
        engine.transaction(conn -> conn.execute(insert(t).values(Map.of("n", 5L, "s", 7L, "b", 3, "d", 2,
                "flag", 1, "u", "123e4567-e89b-12d3-a456-426614174000", "e", "LARGE"))));
        Row r = only();
        assertThat(r.<Object>get("n")).isEqualTo(5);
        assertThat(r.<Object>get("s")).isEqualTo(7);
        assertThat(r.<Object>get("b")).isEqualTo(3L);
        assertThat(r.<Object>get("d")).isEqualTo(new BigDecimal("2.00"));
        assertThat(r.<Object>get("flag")).isEqualTo(true);
        assertThat(r.<Object>get("u")).isEqualTo(java.util.UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        assertThat(r.<Object>get("e")).isEqualTo(Size.LARGE);
        try (Connection conn = engine.connect()) {
            // the same conversions apply in comparisons
            assertThat(conn.execute(select(t.c("id")).where(and(t.c("n").eq(5L), t.c("b").eq(new BigDecimal("3")),
                    t.c("u").eq("123e4567-e89b-12d3-a456-426614174000"), t.c("e").eq("LARGE")))).all()).hasSize(1);
        }
    }

    @Test
    void executemanyConvertsEachRow() {
        engine.transaction(conn -> conn.execute(insert(t), List.of(Map.of("n", 1L, "e", "SMALL"),
                Map.of("n", BigInteger.TEN, "e", Size.LARGE))));
        try (Connection conn = engine.connect()) {
            List<Row> rows = conn.execute(select(t.c("n"), t.c("e")).orderBy(t.c("n"))).all();
            assertThat(rows).extracting(r -> r.get("n")).containsExactly(1, 10);
            assertThat(rows).extracting(r -> r.get("e")).containsExactly(Size.SMALL, Size.LARGE);
        }
    }

    @Test
    void outOfRangeLongForIntegerIsRefusedBeforeSql() {
        assertThatThrownBy(() -> engine.transaction(conn ->
                conn.execute(insert(t).values(Map.of("n", 3_000_000_000L)))))
                .isExactlyInstanceOf(ArgumentError.class)
                .hasMessageContaining("3000000000").hasMessageContaining("java.lang.Long")
                .hasMessageContaining("INTEGER").hasMessageContaining("c.n");
        assertThat(statements).isEmpty();
    }

    @Test
    void stringForIntegerIsRefusedBeforeSql() {
        assertThatThrownBy(() -> engine.transaction(conn -> conn.execute(insert(t).values(Map.of("n", "12")))))
                .isExactlyInstanceOf(ArgumentError.class)
                .hasMessageContaining("12 (java.lang.String)").hasMessageContaining("INTEGER");
        assertThat(statements).isEmpty();
    }

    @Test
    void badValueInExecutemanyIsRefusedBeforeSql() {
        assertThatThrownBy(() -> engine.transaction(conn -> conn.execute(insert(t),
                List.of(Map.of("n", 1), Map.of("n", 2), Map.of("n", Long.MAX_VALUE)))))
                .isExactlyInstanceOf(ArgumentError.class)
                .hasMessageContaining(String.valueOf(Long.MAX_VALUE)).hasMessageContaining("INTEGER")
                .hasMessageContaining("parameter 'n'");
        assertThat(statements).isEmpty();
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(select(func.count()).selectFrom(t)).<Long>scalar()).isZero();
        }
    }

    @Test
    void badValueInWhereIsRefusedBeforeSql() {
        assertThatThrownBy(() -> select(t.c("id")).where(t.c("n").eq("five")))
                .isExactlyInstanceOf(ArgumentError.class).hasMessageContaining("five").hasMessageContaining("INTEGER");
        assertThatThrownBy(() -> select(t.c("id")).where(t.c("n").lt(1L << 40)))
                .isExactlyInstanceOf(ArgumentError.class).hasMessageContaining(String.valueOf(1L << 40));
        assertThat(statements).isEmpty();
    }

    @Test
    void fractionsAreNeverTruncatedIntoIntegers() {
        for (Object bad : List.of(5.5, 0.1f, new BigDecimal("2.5"), Double.NaN, Double.POSITIVE_INFINITY, 9.3e18, true)) {
            assertThatThrownBy(() -> insert(t).values(Map.of("b", bad))).as("%s", bad)
                    .isExactlyInstanceOf(ArgumentError.class).hasMessageContaining("BIGINT");
        }
        assertThatThrownBy(() -> insert(t).values(Map.of("flag", 2))).isExactlyInstanceOf(ArgumentError.class)
                .hasMessageContaining("BOOLEAN");
        assertThat(statements).isEmpty();
    }

    @Test
    void smallintRangeIsCheckedEvenForIntegers() {
        assertThatThrownBy(() -> insert(t).values(Map.of("s", 40_000))).isExactlyInstanceOf(ArgumentError.class)
                .hasMessageContaining("40000").hasMessageContaining("SMALLINT").hasMessageContaining("-32768..32767");
        assertThat(statements).isEmpty();
    }

    @Test
    void badUuidAndEnumStringsAreRefused() {
        assertThatThrownBy(() -> insert(t).values(Map.of("u", "not-a-uuid"))).isExactlyInstanceOf(ArgumentError.class)
                .hasMessageContaining("not-a-uuid").hasMessageContaining("UUID");
        assertThatThrownBy(() -> insert(t).values(Map.of("e", "MEDIUM"))).isExactlyInstanceOf(ArgumentError.class)
                .hasMessageContaining("MEDIUM").hasMessageContaining("ENUM(Size)");
        assertThat(statements).isEmpty();
    }

    @Test
    void anUnknownEnumNameInTheDatabaseIsADataError() {
        engine.transaction(conn -> conn.execute(text("INSERT INTO c (e) VALUES ('HUGE')")));
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(select(t.c("e"))).all()).isInstanceOf(DataError.class)
                    .hasMessageContaining("'HUGE'").hasMessageContaining(Size.class.getName());
        }
    }

    @Test
    void jsonTakesOnlyJsonValues() {
        assertThatThrownBy(() -> select(t.c("id")).where(Column.of("j", JSON).eq(java.time.LocalDate.of(2024, 1, 1))))
                .isExactlyInstanceOf(ArgumentError.class).hasMessageContaining("2024-01-01")
                .hasMessageContaining("JSON").hasMessageContaining("Map, List, String, Number or Boolean");
        assertThat(JSON.coerce(List.of(1))).isEqualTo(List.of(1));
        assertThat(statements).isEmpty();
    }
}
