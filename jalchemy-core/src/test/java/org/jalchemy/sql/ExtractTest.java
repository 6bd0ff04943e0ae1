package org.jalchemy.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jalchemy.dialect.oracle.OracleDialect;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code extract(field, expr)}: the same whole numbers on every database, in SELECT, WHERE, GROUP BY. */
class ExtractTest extends DatabaseTest {
    private Table events;

    @BeforeEach
    void schema() {
        MetaData md = new MetaData();
        events = md.table("events",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("at", DATETIME),
                Column.of("day", DATE));
        md.createAll(engine);
        engine.transaction(conn -> conn.execute(insert(events), List.of(
                // a Sunday, day 63 of a leap year, with a fraction of a second
                Map.of("id", 1, "at", LocalDateTime.of(2024, 3, 3, 14, 5, 9, 750_000_000), "day", LocalDate.of(2024, 3, 3)),
                // a Saturday, day 364
                Map.of("id", 2, "at", LocalDateTime.of(2023, 12, 30, 23, 59, 58), "day", LocalDate.of(2023, 12, 30)),
                // a Monday, before 1970 with a fraction: the epoch floors it (as Instant.getEpochSecond())
                Map.of("id", 3, "at", LocalDateTime.of(1969, 12, 31, 23, 59, 58, 500_000_000), "day", LocalDate.of(1969, 12, 29)),
                Map.of("id", 4, "at", LocalDateTime.of(2024, 12, 31, 0, 0, 0), "day", LocalDate.of(2024, 12, 31)))));
        clearStatements();
    }

    private Row fieldsOf(Connection conn, int id) {
        ColumnElement<?> at = events.c("at");
        return conn.execute(select(extract(DatePart.YEAR, at), extract(DatePart.MONTH, at), extract(DatePart.DAY, at),
                extract(DatePart.HOUR, at), extract(DatePart.MINUTE, at), extract(DatePart.SECOND, at),
                extract(DatePart.DOW, at), extract(DatePart.DOY, at), extract(DatePart.EPOCH, at))
                .where(events.c("id").eq(id))).one();
    }

    @Test
    void everyFieldOfATimestampIsAWholeLong() {
        try (Connection conn = engine.connect()) {
            assertThat(fieldsOf(conn, 1).toList()).containsExactly(2024L, 3L, 3L, 14L, 5L, 9L, 0L, 63L, 1_709_474_709L);
            assertThat(fieldsOf(conn, 2).toList()).containsExactly(2023L, 12L, 30L, 23L, 59L, 58L, 6L, 364L, 1_703_980_798L);
            assertThat(fieldsOf(conn, 3).toList()).containsExactly(1969L, 12L, 31L, 23L, 59L, 58L, 3L, 365L, -2L);
            assertThat(fieldsOf(conn, 4).<Object>get(7)).isEqualTo(366L);
        }
    }

    @Test
    void fieldsOfADate() {
        ColumnElement<?> day = events.c("day");
        try (Connection conn = engine.connect()) {
            Row row = conn.execute(select(extract(DatePart.YEAR, day), extract(DatePart.DOW, day), extract(DatePart.DOY, day),
                    extract(DatePart.EPOCH, day)).where(events.c("id").eq(3))).one();
            assertThat(row.toList()).containsExactly(1969L, 1L, 363L, -3L * 86400);
        }
    }

    @Test
    void inWhereAndByName() {
        try (Connection conn = engine.connect()) {
            List<Integer> sundays = conn.execute(select(events.c("id")).where(extract("dow", events.c("at")).eq(0L))).<Integer>scalars().all();
            assertThat(sundays).containsExactly(1);
            List<Integer> recent = conn.execute(select(events.c("id"))
                    .where(extract("YEAR", events.c("at")).gt(2023)).orderBy(events.c("id"))).<Integer>scalars().all();
            assertThat(recent).containsExactly(1, 4);
        }
    }

    @Test
    void groupByAYear() {
        ColumnElement<Long> year = extract(DatePart.YEAR, events.c("at"));
        try (Connection conn = engine.connect()) {
            List<Row> rows = conn.execute(select(year.label("y"), func.count()).groupBy(year).orderBy(year)).all();
            assertThat(rows).extracting(Row::toList)
                    .containsExactly(List.of(1969L, 1L), List.of(2023L, 1L), List.of(2024L, 2L));
            // a second extract(...) object of the same field groups the same way
            List<Row> byMonth = conn.execute(select(extract(DatePart.MONTH, events.c("at")), func.count())
                    .groupBy(extract(DatePart.MONTH, events.c("at"))).orderBy(extract(DatePart.MONTH, events.c("at")))).all();
            assertThat(byMonth).extracting(Row::toList).containsExactly(List.of(3L, 1L), List.of(12L, 3L));
        }
    }

    @Test
    void anUnknownFieldNameIsRefusedWithTheFields() {
        assertThatThrownBy(() -> extract("fortnight", events.c("at")))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("'fortnight'").hasMessageContaining("[year, month, day, hour, minute, second, dow, doy, epoch]");
    }

    @Test
    void compiledSqlPerDialect() {
        ColumnElement<?> at = events.c("at");
        String oracle = select(extract(DatePart.YEAR, at), extract(DatePart.DOW, at), extract(DatePart.EPOCH, at))
                .compile(OracleDialect.INSTANCE).sql();
        assertThat(oracle).isEqualTo("SELECT TO_NUMBER(TO_CHAR(events.at, 'YYYY')), "
                + "MOD(TRUNC(events.at) - TRUNC(events.at, 'IW') + 1, 7), "
                + "ROUND((CAST(events.at AS DATE) - DATE '1970-01-01') * 86400) FROM events");
        String sent = select(extract(DatePart.DOW, at)).compile(engine.dialect()).sql();
        assertThat(sent).isEqualTo(switch (database) {
            case SQLITE -> "SELECT CAST(strftime('%w', events.at) AS INTEGER) FROM events";
            case POSTGRESQL -> "SELECT EXTRACT(DOW FROM events.at) FROM events";
            case MARIADB -> "SELECT (DAYOFWEEK(events.at) - 1) FROM events";
        });
    }
}
