package org.jalchemy.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Sql.*;
import static org.jalchemy.types.Types.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.Row;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

/**
 * Wall-clock values do not depend on the JVM's time zone: with the default zone set to New York, 02:30 on the day
 * the clocks spring forward (a time that does not exist there) is stored and read back as 02:30.
 */
class TimeZoneIndependenceTest extends DatabaseTest {
    @Test
    void daylightSavingGapIsNotApplied() {
        TimeZone saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        Engine ny = null;
        try {
            ny = sandbox().engineBuilder().build();
            MetaData md = new MetaData();
            Table t = md.table("tz", Column.of("id", INTEGER).primaryKey(), Column.of("d", DATE), Column.of("tm", TIME),
                    Column.of("dt", DATETIME), Column.of("tstz", TIMESTAMPTZ));
            md.createAll(ny);
            LocalDateTime gap = LocalDateTime.of(2024, 3, 10, 2, 30, 0, 250_000);
            OffsetDateTime utcGap = gap.atOffset(ZoneOffset.UTC);
            ny.transaction(conn -> conn.execute(insert(t).values(Map.of("d", gap.toLocalDate(), "tm", gap.toLocalTime(),
                    "dt", gap, "tstz", utcGap))));
            try (Connection conn = ny.connect()) {
                Row r = conn.execute(select(t.c("d"), t.c("tm"), t.c("dt"), t.c("tstz"))).one();
                assertThat(r.toList()).as("on %s", database).containsExactly(LocalDate.of(2024, 3, 10),
                        LocalTime.of(2, 30, 0, 250_000), gap, utcGap);
                assertThat(conn.execute(select(t.c("id")).where(t.c("dt").eq(gap))).all()).as("on %s", database).hasSize(1);
                List<Object> ids = conn.execute(select(t.c("id")).where(t.c("tstz").eq(utcGap))).scalars().all();
                assertThat(ids).as("on %s", database).hasSize(1);
            }
        } finally {
            TimeZone.setDefault(saved);
            if (ny != null) {
                ny.dispose();
            }
        }
    }
}
